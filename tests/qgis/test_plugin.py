"""The plugin object as QGIS drives it: provider registration, missing packages, Swedish."""
from __future__ import annotations

from qgis.core import QgsApplication
from qgis.PyQt.QtCore import QCoreApplication


def test_plugin_registers_and_removes_its_provider(samplan_iface, no_samplan_provider):
    from samplan import classFactory

    plugin = classFactory(samplan_iface)
    plugin.initGui()
    try:
        provider = QgsApplication.processingRegistry().providerById("samplan")
        assert provider is not None
        assert {a.id() for a in provider.algorithms()} == {"samplan:conflictcheck", "samplan:sampleregion", "samplan:functionalregions",
                                                           "samplan:commutingflows", "samplan:fragmentation", "samplan:comparedrafts",
                                                           "samplan:bordercoherence", "samplan:report", "samplan:sharedreviewroles",
                                                           "samplan:linkcriticality", "samplan:accessibility",
                                                           "samplan:transitaccessibility"}
        for algorithm in provider.algorithms():
            assert len(algorithm.shortHelpString()) > 300, algorithm.id()
    finally:
        plugin.unload()
    assert QgsApplication.processingRegistry().providerById("samplan") is None


def test_plugin_loads_and_says_what_is_missing(samplan_iface, no_samplan_provider, monkeypatch):
    from samplan import dependencies, plugin as plugin_module

    monkeypatch.setattr(dependencies, "find_spec", lambda name: None if name == "pandas" else object())
    monkeypatch.setattr(plugin_module, "missing_packages", dependencies.missing_packages)
    messages = []
    monkeypatch.setattr(samplan_iface.messageBar(), "pushMessage", lambda *args: messages.append(args), raising=False)
    plugin = plugin_module.SamplanPlugin(samplan_iface)
    plugin.initGui()
    try:
        assert QgsApplication.processingRegistry().providerById("samplan") is None
        assert messages and "pandas" in messages[0][1]
    finally:
        plugin.unload()


def test_swedish_interface(qgis_processing):
    from samplan.i18n.translation import install_translator, remove_translators
    from samplan.processing.provider import SamplanProvider

    assert install_translator("sv")
    try:
        provider = SamplanProvider()
        provider.loadAlgorithms()
        names = {a.name(): a.displayName() for a in provider.algorithms()}
        assert names == {"conflictcheck": "Samordningskontroll av konflikter", "sampleregion": "Skapa exempelregion",
                         "functionalregions": "Funktionella regioner utifrån pendling",
                         "commutingflows": "Pendlingsflöden och gränsöverskridande pendling",
                         "fragmentation": "Effektiv maskstorlek (fragmentering)", "comparedrafts": "Jämför versioner av planförslag",
                         "bordercoherence": "Samstämmighet över kommungränser", "report": "Rapport för workshop (HTML och PDF)",
                         "sharedreviewroles": "Förbered delad granskning i PostGIS",
                         "linkcriticality": "Svaga länkar och redundans", "accessibility": "Tillgänglighet mellan stad och land",
                         "transitaccessibility": "Tillgänglighet med kollektivtrafik (GTFS)"}
        weak = next(a for a in provider.algorithms() if a.name() == "linkcriticality")
        weak.initAlgorithm()
        assert weak.parameterDefinition("GRADE_FIELD").description().startswith("Planskildhetsfält")
        assert weak.shortHelpString().startswith("Hittar de svaga länkarna")
        check = next(a for a in provider.algorithms() if a.name() == "conflictcheck")
        check.initAlgorithm()
        assert check.parameterDefinition("PLAN").description() == "Planförslag (ytor eller linjer)"
        assert check.shortHelpString().startswith("Kontrollerar ett planförslag")
    finally:
        remove_translators()
    assert QCoreApplication.translate("Samplan", "Create sample region") == "Create sample region"  # English again


def test_engine_messages_are_translated(qgis_processing):
    import pytest

    from samplan.core.rules import RuleSetError, parse_rule_set
    from samplan.i18n.translation import install_translator, remove_translators
    from samplan.qgis_adapter.progress import localised

    header = "id,plan_category,theme_role,theme_category,relation,distance_m,severity,message_sv,message_en,basis\n"
    with pytest.raises(RuleSetError) as caught:
        parse_rule_set(header + "R1,Bostäder,green-blue,natur,near,,conflict,sv,en,MB\n", "regler.csv")
    assert localised(caught.value) == "regler.csv, line 2, column 'relation': unknown relation 'near'; expected one of " \
        "overlaps, within_distance, not_within_distance, crosses"
    assert install_translator("sv")
    try:
        assert localised(caught.value) == "regler.csv, rad 2, kolumn 'relation': okänd relation 'near'; förväntade en av " \
            "overlaps, within_distance, not_within_distance, crosses"
    finally:
        remove_translators()


def test_menu_toolbar_and_dock(samplan_iface, no_samplan_provider):
    from samplan import classFactory

    plugin = classFactory(samplan_iface)
    plugin.initGui()
    try:
        texts = [a.text() for a in plugin.menu.actions()]
        assert texts == ["Conflict inspector", "Rule set editor", "Load sample region…"]
        assert [a.text() for a in plugin.toolbar.actions()] == texts
        assert all(not a.icon().isNull() for a in plugin.menu.actions())
        assert plugin.menu.menuAction() in samplan_iface.mainWindow().menuBar().actions()
        assert plugin.inspector is not None and plugin.inspector.isHidden()
        plugin.actions["inspector"].trigger()
        assert not plugin.inspector.isHidden() and plugin.actions["inspector"].isChecked()
        plugin.actions["inspector"].trigger()
        assert plugin.inspector.isHidden()
    finally:
        plugin.unload()
    assert plugin.menu is None and plugin.inspector is None


def test_swedish_locale_gives_swedish_menu_dock_and_algorithms(samplan_iface, no_samplan_provider):
    """Under QGIS's Swedish locale the plugin installs its Swedish translation itself."""
    from qgis.core import QgsSettings

    from samplan import classFactory
    from samplan.i18n.translation import remove_translators

    settings = QgsSettings()
    settings.setValue("locale/overrideFlag", True)
    settings.setValue("locale/userLocale", "sv_SE")
    try:
        plugin = classFactory(samplan_iface)
        plugin.initGui()
        try:
            assert plugin.menu.title() == "&Samplan"
            assert [a.text() for a in plugin.menu.actions()] == ["Konfliktgranskning", "Redigera regeluppsättning",
                                                                 "Läs in exempelregion…"]
            dock = plugin.inspector
            assert dock.windowTitle() == "Samplan: konfliktgranskning"
            assert dock.runButton.text() == "Kör kontrollen"
            assert dock.tabs.tabText(0) == "Inställning" and dock.tabs.tabText(1) == "Resultat"
            assert dock.severityFilter.itemText(0) == "Alla allvarlighetsgrader"
            assert dock.themeTable.horizontalHeaderItem(1).text() == "Roll"
            provider = QgsApplication.processingRegistry().providerById("samplan")
            assert provider.algorithm("conflictcheck").displayName() == "Samordningskontroll av konflikter"
        finally:
            plugin.unload()
    finally:
        settings.setValue("locale/overrideFlag", False)
        settings.remove("locale/userLocale")
        remove_translators()
    assert QCoreApplication.translate("ConflictInspectorDock", "Run the check") == "Run the check"
