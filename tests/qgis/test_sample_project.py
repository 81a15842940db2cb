"""The sample project a room reads: names on the map, a north arrow and scale bar, layer names in the user's
language, the commuting table, a group for results added styled, and Start again instead of silently kept
reviews."""

from __future__ import annotations

import shutil
import sqlite3

import pytest
from qgis.core import QgsProcessingContext, QgsProcessingFeedback, QgsProject
from qgis.PyQt.QtCore import QTimer
from samplan.core.sample_region import LAYER_SPEC
from samplan.ui.sample_project import (
    PROJECT_FILE,
    RESULTS_FILE,
    SAMPLE_FILE,
    build_sample_project,
    clear_workshop,
    sample_layer_title,
    workshop_files,
)


@pytest.fixture()
def project_in(samplan_provider, sample_region, tmp_path):
    region = tmp_path / SAMPLE_FILE
    shutil.copy(sample_region, region)
    project = QgsProject.instance()
    build_sample_project(project, region, tmp_path)
    yield project, tmp_path
    project.clear()


def _layer(project, name):
    return project.mapLayersByName(sample_layer_title(name))[0]


def test_place_names_road_numbers_water_and_nature_are_labelled(project_in):
    project, _ = project_in
    expected = {
        "tatorter": "namn",
        "vagar": "vagnummer",
        "vattendrag": "namn",
        "sjoar": "namn",
        "naturreservat": "namn",
        "natura2000": "namn",
    }
    for name, field in expected.items():
        layer = _layer(project, name)
        assert layer.labelsEnabled(), name
        settings = layer.labeling().settings()
        assert field in settings.fieldName, name
    # The labels come back from the saved project, and the text is what the room reads on the map.
    from qgis.core import QgsExpression, QgsExpressionContext, QgsExpressionContextUtils

    roads = _layer(project, "vagar")
    expression = QgsExpression(roads.labeling().settings().fieldName)
    context = QgsExpressionContext(QgsExpressionContextUtils.globalProjectLayerScopes(roads))
    labels = set()
    for feature in roads.getFeatures():
        context.setFeature(feature)
        labels.add(expression.evaluate(context))
    with sqlite3.connect(project_in[1] / SAMPLE_FILE) as connection:
        numbers = {r[0] for r in connection.execute("SELECT DISTINCT vagnummer FROM vagar WHERE vagnummer <> ''")}
    assert {"E99", "96"} <= numbers and labels - {None} == numbers
    assert not _layer(project, "kommuner").labelsEnabled()


def test_north_arrow_scale_bar_and_layer_names_in_the_project_file(project_in):
    _, folder = project_in
    reopened = QgsProject()
    assert reopened.read(str(folder / PROJECT_FILE))
    assert reopened.readBoolEntry("NorthArrow", "/Enabled")[0] and reopened.readBoolEntry("ScaleBar", "/Enabled")[0]
    assert reopened.readNumEntry("NorthArrow", "/Placement")[0] != reopened.readNumEntry("ScaleBar", "/Placement")[0]
    names = sorted(layer.name() for layer in reopened.mapLayers().values())
    assert "Roads" in names and "Plan draft A, areas" in names and "Vägar" not in names
    assert len(names) == len(LAYER_SPEC) + 1


def test_swedish_layer_names_are_the_sample_regions_titles(qgis_processing):
    from samplan.i18n.translation import install_translator, remove_translators

    assert install_translator("sv")
    try:
        assert {name: sample_layer_title(name) for name in LAYER_SPEC} == {
            name: spec[2] for name, spec in LAYER_SPEC.items()
        }
        assert sample_layer_title("pendling") == "Pendling mellan kommuner"
    finally:
        remove_translators()


def test_the_commuting_table_is_in_the_project_and_feeds_functional_regions(project_in):
    import processing

    project, folder = project_in
    commuting = _layer(project, "pendling")
    assert commuting.isValid() and not commuting.isSpatial()
    with sqlite3.connect(folder / SAMPLE_FILE) as connection:
        rows = connection.execute("SELECT COUNT(*), SUM(antal) FROM pendling").fetchone()
    assert commuting.featureCount() == rows[0] == 36
    context = QgsProcessingContext()
    context.setProject(project)
    result = processing.run(
        "samplan:functionalregions",
        {
            "ZONES": _layer(project, "kommuner"),
            "ZONE_NAME": "kommunnamn",
            "COMMUTING_TABLE": commuting,
            "REGIONS": "memory:",
        },
        context=context,
        feedback=QgsProcessingFeedback(),
    )
    regions = context.getMapLayer(result["REGIONS"]) if isinstance(result["REGIONS"], str) else result["REGIONS"]
    assert sum(f["residents"] for f in regions.getFeatures()) == rows[1]


def test_results_are_added_to_their_own_group_styled(project_in):
    """As the Toolbox runs an algorithm: the outputs to load land in the results group, styled (not single symbol)."""
    from qgis.core import (
        QgsApplication,
        QgsProcessingOutputLayerDefinition,
        QgsProcessingUtils,
    )

    project, _ = project_in
    algorithm = QgsApplication.processingRegistry().createAlgorithmById("samplan:linkcriticality")
    context = QgsProcessingContext()
    context.setProject(project)
    links = QgsProcessingOutputLayerDefinition("TEMPORARY_OUTPUT", project)
    links.destinationName = "Links"
    parameters = {
        "NETWORK": _layer(project, "vagar"),
        "SPEED_FIELD": "hastighet",
        "POPULATION": _layer(project, "befolkning_250m"),
        "POPULATION_FIELD": "befolkning",
        "CENTRES": _layer(project, "stationer"),
        "LINKS": links,
    }
    feedback = QgsProcessingFeedback()
    assert algorithm.prepare(parameters, context, feedback)
    results = algorithm.runPrepared(parameters, context, feedback)
    algorithm.postProcess(context, feedback)
    layer_id = results["LINKS"]
    details = context.layerToLoadOnCompletionDetails(layer_id)
    assert details.groupName == "Samplan results"
    layer = QgsProcessingUtils.mapLayerFromString(layer_id, context)
    # Styled as the weak-link style draws links: bridges first and thickest, then detour ratio classes.
    assert layer.renderer().type() == "RuleRenderer"
    rules = layer.renderer().rootRule().children()
    assert rules[0].filterExpression() == '"is_bridge" = 1'
    assert rules[0].symbol().width() == max(r.symbol().width() for r in rules)
    assert project.layerTreeRoot().children()[0].name() == "Samplan results"


def test_start_again_removes_the_earlier_reviews_and_nothing_else(tmp_path):
    for name in (SAMPLE_FILE, PROJECT_FILE, RESULTS_FILE, "notes.txt"):
        (tmp_path / name).write_text("x", encoding="utf-8")
    assert [p.name for p in workshop_files(tmp_path)] == [SAMPLE_FILE, PROJECT_FILE, RESULTS_FILE]
    clear_workshop(tmp_path)
    assert sorted(p.name for p in tmp_path.iterdir()) == ["notes.txt"]


def test_start_again_leaves_no_write_ahead_log_to_bring_back_the_reviews(tmp_path):
    """A results file whose last review is still in its write-ahead log: Start again removes the log with it, so a
    new results file of the same name does not get the earlier workshop's review back."""
    import sqlite3

    results = tmp_path / RESULTS_FILE
    keeper = sqlite3.connect(results)  # held open, as QGIS holds an open project's GeoPackage
    keeper.execute("PRAGMA journal_mode=WAL")
    keeper.execute("PRAGMA wal_autocheckpoint=0")
    keeper.execute("CREATE TABLE reviews (comment TEXT)")
    keeper.execute("INSERT INTO reviews VALUES ('Flyttas söderut i förslag B')")
    keeper.commit()
    assert (tmp_path / f"{RESULTS_FILE}-wal").stat().st_size > 0
    clear_workshop(tmp_path)
    assert not list(tmp_path.iterdir())
    keeper.close()
    fresh = sqlite3.connect(results)
    assert fresh.execute("SELECT count(*) FROM sqlite_master WHERE name = 'reviews'").fetchone()[0] == 0
    fresh.close()


def test_loading_into_a_used_folder_asks_first(samplan_iface, no_samplan_provider, tmp_path, monkeypatch):
    """The plugin asks before it replaces an earlier workshop; Cancel leaves the folder as it was."""
    from samplan import classFactory

    (tmp_path / RESULTS_FILE).write_text("earlier reviews", encoding="utf-8")
    plugin = classFactory(samplan_iface)
    plugin.initGui()
    try:
        seen = []

        def answer():
            box = plugin.start_again_box
            seen.append((box.text(), [b.text() for b in box.buttons()]))
            box.button(box.StandardButton.Cancel).click()

        QTimer.singleShot(50, answer)
        assert plugin.ask_start_again(tmp_path) is None
        assert str(tmp_path) in seen[0][0] and {"Start again", "Open existing", "Cancel"} <= set(seen[0][1])
        assert (tmp_path / RESULTS_FILE).read_text(encoding="utf-8") == "earlier reviews"

        def start_again():
            box = plugin.start_again_box
            next(b for b in box.buttons() if b.text() == "Start again").click()

        QTimer.singleShot(50, start_again)
        assert plugin.ask_start_again(tmp_path) is True
    finally:
        plugin.unload()
