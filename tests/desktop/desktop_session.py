"""Run inside a real QGIS desktop (qgis --code), in Swedish: the trainer's guide (docs/sv/utbildarhandledning.md)
step by step, as a trainer would, with a screenshot per step and what each step promises written to a report.

1 load the sample region from the Samplan menu's action; 2 read the map (labels, north arrow, scale bar) and open
the trainer's guide from Samplan → Hjälp; 3 functional regions; 4 weak links (the form first); 5 accessibility;
6 check draft A in the inspector and pick a conflict; 7 review, and the rule set editor's question on Close;
8 compare with draft B; 9 the report.

Arguments come through the environment: SAMPLAN_FOLDER (where the sample region goes), SAMPLAN_OUT (folder
for the screenshots and report.json).
"""

import json
import os
import time
import traceback
from pathlib import Path

from qgis.core import QgsApplication, QgsProject
from qgis.PyQt.QtCore import QObject, QTimer, QUrl, pyqtSlot
from qgis.PyQt.QtGui import QDesktopServices
from qgis.utils import active_plugins, iface, plugins

FOLDER = Path(os.environ["SAMPLAN_FOLDER"])
OUT = Path(os.environ["SAMPLAN_OUT"])
report = {"messages": [], "errors": [], "steps": [], "screenshots": []}


def _log(message, tag, level):
    report["messages"].append({"tag": tag, "level": int(level), "message": message})


QgsApplication.messageLog().messageReceived.connect(_log)


class UrlCatcher(QObject):
    """Receives the file URLs the plugin asks the system to open (Qt's own hook), instead of a browser."""

    @pyqtSlot(QUrl)
    def open(self, url):
        report.setdefault("opened_urls", []).append(url.toLocalFile())


catcher = UrlCatcher()
QDesktopServices.setUrlHandler("file", catcher, "open")


def step(name):
    report["steps"].append((name, round(time.perf_counter() - started, 2)))


def guarded(function):
    def run(*args):
        try:
            function(*args)
        except Exception:  # noqa: BLE001 - the report says what went wrong
            report["errors"].append(traceback.format_exc())
            finish()

    return run


def screenshot(name, widget=None, then=None, delay_ms=1500):
    """Wait for the map to draw, save the window (or `widget`) as OUT/name, then go on with `then`."""

    def take():
        try:
            iface.mapCanvas().waitWhileRendering()
            (widget or iface.mainWindow()).grab().save(str(OUT / name), "PNG")
            report["screenshots"].append(name)
        except Exception:  # noqa: BLE001
            report["errors"].append(traceback.format_exc())
        if then is not None:
            QTimer.singleShot(0, then)

    QTimer.singleShot(delay_ms, take)


def layer(title):
    found = QgsProject.instance().mapLayersByName(title)
    if not found:
        raise LookupError(
            f"no layer '{title}' in the project: {sorted(lyr.name() for lyr in QgsProject.instance().mapLayers().values())}"
        )
    return found[0]


def run_and_load(algorithm_id, parameters):
    import processing

    return processing.runAndLoadResults(algorithm_id, parameters)


def results_group_layers():
    group = QgsProject.instance().layerTreeRoot().findGroup("Samplan-resultat")
    return [node.layer().name() for node in group.findLayers()] if group is not None else []


# 1. Load the sample region ------------------------------------------------------------------------------------
@guarded
def load_sample_region():
    report["active_plugins"] = list(active_plugins)
    report["provider"] = QgsApplication.processingRegistry().providerById("samplan") is not None
    plugin = plugins["samplan"]
    menu_bar_titles = [a.text() for a in iface.mainWindow().menuBar().actions()]
    report["menu"] = [a.text() for a in plugin.menu.actions()] if "&Samplan" in menu_bar_titles else []
    help_menu = plugin.menu.actions()[-1].menu()
    report["help_menu"] = [a.text() for a in help_menu.actions()] if help_menu is not None else []
    step("1 sample region started")
    plugin.start_sample_region(FOLDER).finished.connect(guarded(region_loaded))


@guarded
def region_loaded(ok, message):
    step("1 sample region loaded")
    report["region_loaded"] = ok
    if not ok:
        report["errors"].append(message)
        finish()
        return
    project = QgsProject.instance()
    report["inspector_visible"] = plugins["samplan"].inspector.isVisible()
    report["layer_names"] = sorted(lyr.name() for lyr in project.mapLayers().values())
    report["groups"] = [g.name() for g in project.layerTreeRoot().children()]
    report["labelled"] = sorted(
        lyr.name() for lyr in project.mapLayers().values() if lyr.type() == lyr.LayerType.Vector and lyr.labelsEnabled()
    )
    report["decorations"] = {
        "north_arrow": project.readBoolEntry("NorthArrow", "/Enabled")[0],
        "scale_bar": project.readBoolEntry("ScaleBar", "/Enabled")[0],
    }
    report["commuting_features"] = layer("Pendling mellan kommuner").featureCount()

    def canvas_too():
        iface.mapCanvas().grab().save(str(OUT / "canvas_1.png"), "PNG")  # the decorations, checked by the test
        QTimer.singleShot(0, guarded(read_the_map))

    screenshot("workshop_1_region.png", then=canvas_too)


# 2. Read the map; the trainer's guide from the Help menu --------------------------------------------------------
@guarded
def read_the_map():
    step("2 map read")
    plugins["samplan"].actions["help_trainers_guide"].trigger()
    # Zoomed in on Älvstad, the labels are what the room reads: the river, E99, road 96.
    canvas = iface.mapCanvas()
    extent = layer("Tätorter").extent()
    canvas.zoomScale(80000)
    canvas.setCenter(
        next(f for f in layer("Tätorter").getFeatures() if f["namn"] == "Älvstad").geometry().centroid().asPoint()
    )
    canvas.refresh()
    report["map_extent_ok"] = not extent.isEmpty()
    screenshot("workshop_2_map.png", then=functional_regions)


# 3. Functional regions -----------------------------------------------------------------------------------------
@guarded
def functional_regions():
    iface.mapCanvas().setExtent(QgsProject.instance().viewSettings().defaultViewExtent())
    result = run_and_load(
        "samplan:functionalregions",
        {
            "ZONES": layer("Kommuner"),
            "COMMUTING_TABLE": layer("Pendling mellan kommuner"),
            "REGIONS": "TEMPORARY_OUTPUT",
            "ZONE_REGIONS": "TEMPORARY_OUTPUT",
            "SUMMARY": "TEMPORARY_OUTPUT",
        },
    )
    report["region_count"] = result["REGION_COUNT"]
    zones = [lyr for lyr in QgsProject.instance().mapLayers().values() if lyr.name() == "Områden och deras regioner"]
    report["zone_roles"] = (
        {
            f["name"]: (f["role"], round(f["out_share"], 3), round(f["largest_out_share"], 3))
            for f in zones[0].getFeatures()
        }
        if zones
        else {}
    )
    report["results_after_regions"] = results_group_layers()
    step("3 functional regions")
    screenshot("workshop_3_functional_regions.png", then=weak_links_form)


# 4. Weak links: the form offers hastighet and befolkning, then the run ------------------------------------------
@guarded
def weak_links_form():
    import processing
    from qgis.core import QgsProcessingContext

    dialog = processing.createAlgorithmDialog("samplan:linkcriticality", {})
    dialog.resize(900, 800)
    dialog.show()
    wrappers = dialog.mainWidget().wrappers
    context = QgsProcessingContext()
    context.setProject(QgsProject.instance())
    wrappers["NETWORK"].setParameterValue(layer("Vägar"), context)
    wrappers["POPULATION"].setParameterValue(layer("Befolkning per 250 m-ruta"), context)
    wrappers["CENTRES"].setParameterValue(layer("Stationer"), context)
    QgsApplication.processEvents()
    report["form_speed_field"] = wrappers["SPEED_FIELD"].parameterValue()
    report["form_population_field"] = wrappers["POPULATION_FIELD"].parameterValue()
    report["form_help_url"] = dialog.algorithm().helpUrl()

    def close_and_run():
        dialog.close()
        QTimer.singleShot(0, guarded(weak_links))

    screenshot("workshop_4_weak_links_form.png", widget=dialog, then=close_and_run, delay_ms=800)


@guarded
def weak_links():
    result = run_and_load(
        "samplan:linkcriticality",
        {
            "NETWORK": layer("Vägar"),
            "SPEED_FIELD": "hastighet",
            "POPULATION": layer("Befolkning per 250 m-ruta"),
            "POPULATION_FIELD": "befolkning",
            "CENTRES": layer("Stationer"),
            "LINKS": "TEMPORARY_OUTPUT",
        },
    )
    links = QgsProject.instance().mapLayer(result["LINKS"]) or next(
        lyr for lyr in QgsProject.instance().mapLayers().values() if lyr.name() == "Länkar"
    )
    first = min(links.getFeatures(), key=lambda f: f["rank"])
    report["weakest_link"] = {"link_id": first["link_id"], "pop_cut_off": first["pop_cut_off"]}
    report["bridges"] = result["BRIDGES"]
    report["links_renderer"] = links.renderer().type()
    step("4 weak links")
    screenshot("workshop_4_weak_links.png", then=accessibility)


# 5. Accessibility ------------------------------------------------------------------------------------------------
@guarded
def accessibility():
    run_and_load(
        "samplan:accessibility",
        {
            "NETWORK": layer("Vägar"),
            "POPULATION": layer("Befolkning per 250 m-ruta"),
            "DESTINATIONS": layer("Tätorter"),
            "SIZE_FIELD": "befolkning",
            "MIN_SIZE": 3000,
            "MUNICIPALITIES": layer("Kommuner"),
            "OUTPUT": "TEMPORARY_OUTPUT",
            "SUMMARY": "TEMPORARY_OUTPUT",
        },
    )
    summary = next(
        lyr for lyr in QgsProject.instance().mapLayers().values() if lyr.name() == "Tillgänglighet per kommun"
    )
    report["accessibility"] = {
        f["municipality"]: (round(f["mean_dist_km"], 1), round(f["share_within_10km"], 3))
        for f in summary.getFeatures()
    }
    report["results_after_accessibility"] = results_group_layers()
    step("5 accessibility")
    screenshot("workshop_5_accessibility.png", then=check_draft_a)


# 6. Check draft A in the inspector -------------------------------------------------------------------------------
@guarded
def check_draft_a():
    group = QgsProject.instance().layerTreeRoot().findGroup("Samplan-resultat")
    if group is not None:
        group.setItemVisibilityChecked(False)  # the room looks at the conflicts now
    dock = plugins["samplan"].inspector
    report["setup_tab"] = dock.tabs.tabText(0)
    if not dock.start_check():
        report["errors"].append("the inspector refused to start")
        finish()
        return
    dock.run.finished.connect(guarded(check_done))


@guarded
def check_done(ok, message):
    step("6 check done")
    dock = plugins["samplan"].inspector
    report["check_ok"] = ok
    report["check_message"] = message
    report["rows"] = [
        {k: row.values.get(k) for k in ("rule_id", "severity", "plan_layer", "plan_fid", "theme_layer", "theme_fid")}
        for row in dock.model.rows
    ]
    report["counts_label"] = dock.countsLabel.text()
    report["results_tab"] = dock.tabs.currentWidget() is dock.resultsTab
    # A conflict picked in the table: described above it, zoomed to, its plan feature, theme feature and overlap highlighted.
    dock.severityFilter.setCurrentIndex(dock.severityFilter.findData("conflict"))
    dock.conflictView.selectRow(0)
    chosen = dock.model.rows[dock.selected_source_rows()[0]]
    report["selected"] = {"rule_id": chosen.values["rule_id"], "plan_layer": chosen.values["plan_layer"]}
    # The table at the dock's default width: the shown columns' widths, the table's, and whether it scrolls sideways.
    view = dock.conflictView
    shown = [c for c in range(dock.model.columnCount()) if not view.isColumnHidden(c)]
    report["table_fit"] = {
        "dock_width": dock.width(),
        "viewport": view.viewport().width(),
        "columns": [view.horizontalHeader().sectionSize(c) for c in shown],
        "scroll_max": view.horizontalScrollBar().maximum(),
    }
    screenshot("workshop_6_inspector.png", then=review, delay_ms=2500)


# 7. Review; the rule set editor asks before it discards -----------------------------------------------------------
@guarded
def review():
    from qgis.PyQt.QtWidgets import QMessageBox

    from samplan.ui.rule_editor import RuleSetEditor

    dock = plugins["samplan"].inspector
    # The dock's widgets as its .ui names them (another change may rename them: then the review step is skipped).
    if all(hasattr(dock, n) for n in ("statusCombo", "commentEdit", "saveReviewButton")):
        dock.statusCombo.setCurrentIndex(dock.statusCombo.findData("accepted"))
        dock.commentEdit.setText("Flyttas söderut i förslag B")
        dock.saveReviewButton.click()
        report["review_saved"] = [m["message"] for m in report["messages"] if "Granskning" in m["message"]][-1:]
    step("7 review saved")
    editor = RuleSetEditor(None, iface.mainWindow())
    editor.resize(1300, 600)
    editor.show()
    model = editor.model
    model.setData(model.index(0, 1), "Logistik")  # a plan category that is no ÖP-modell category: a warning
    model.setData(model.index(2, 4), "nära")  # a relation that does not exist: an error
    editor.ruleView.setCurrentIndex(model.index(2, 4))
    report["editor_title"] = editor.windowTitle()
    report["editor_relation_shown"] = model.data(model.index(3, 4))
    report["editor_problem"] = editor.problemLabel.text()

    def answer():
        box = editor.question
        report["editor_question"] = box.text() if box is not None else None
        if box is not None:
            box.grab().save(str(OUT / "workshop_7_question.png"), "PNG")
            box.button(QMessageBox.StandardButton.Discard).click()

    def close_editor():
        QTimer.singleShot(300, guarded(answer))
        editor.closeButton.click()
        report["editor_closed"] = not editor.isVisible()
        QTimer.singleShot(0, guarded(compare_b))

    screenshot("workshop_7_rule_editor.png", widget=editor, then=close_editor, delay_ms=800)


# 8. Compare with draft B -------------------------------------------------------------------------------------
@guarded
def compare_b():
    root = QgsProject.instance().layerTreeRoot()
    root.findGroup("Samplan-resultat").setItemVisibilityChecked(True)
    for node in root.findGroup("Samplan-resultat").findLayers():
        node.setItemVisibilityChecked(False)
    root.findGroup("Samplan").setItemVisibilityChecked(False)
    iface.mapCanvas().setExtent(QgsProject.instance().viewSettings().defaultViewExtent())
    result = run_and_load(
        "samplan:comparedrafts",
        {
            "VERSIONS": [layer("Planförslag A, områden"), layer("Planförslag B, områden")],
            "VERSION_LINES": [layer("Planförslag A, stråk"), layer("Planförslag B, stråk")],
            "VERSION_NAMES": "A;B",
            "PLAN_FIELD": "anvandning",
            "LANGUAGE": 0,
            "AGRICULTURE": layer("Jordbruksmark"),
            "FLOOD": layer("Översvämning vid 100-årsflöde"),
            "PROTECTED": [layer("Naturreservat"), layer("Natura 2000-områden")],
            "STATIONS": layer("Stationer"),
            "STOPS": layer("Busshållplatser"),
            "DEPARTURES_FIELD": "avgangar_vardag",
            "CHANGES": "TEMPORARY_OUTPUT",
            "INDICATORS": "TEMPORARY_OUTPUT",
        },
    )
    indicators = QgsProject.instance().mapLayer(result["INDICATORS"]) or next(
        lyr for lyr in QgsProject.instance().mapLayers().values() if lyr.name() == "Indikatorer per version"
    )
    changes = QgsProject.instance().mapLayer(result["CHANGES"]) or next(
        lyr for lyr in QgsProject.instance().mapLayers().values() if lyr.name() == "Ändringar mellan versioner"
    )
    report["change_legend"] = sorted(c.label() for c in changes.renderer().categories())
    report["indicators"] = {
        f["indicator"]: (round(f["A"], 2), round(f["B"], 2))
        for f in indicators.getFeatures()
        if f["indicator"]
        in ("development_in_protected_nature", "development_in_flood_zone", "development_on_agriculture")
    }
    step("8 compare drafts")
    screenshot("workshop_8_compare.png", then=print_report)


# 9. The report ---------------------------------------------------------------------------------------------------
@guarded
def print_report():
    import processing

    conflicts = [node.layer() for node in QgsProject.instance().layerTreeRoot().findGroup("Samplan").findLayers()]
    result = processing.run(
        "samplan:report",
        {
            "CONFLICTS": conflicts,
            "PLAN": layer("Planförslag A, områden"),
            "MUNICIPALITIES": layer("Kommuner"),
            "TITLE": "Workshop Storå län",
            "OUTPUT_HTML": str(OUT / "rapport.html"),
            "OUTPUT_PDF": str(OUT / "rapport.pdf"),
        },
    )
    report["report_pages"] = result.get("PAGES")
    report["report_pdf"] = (OUT / "rapport.pdf").exists()
    step("9 report")
    finish()


def finish():
    try:
        iface.mainWindow().grab().save(str(OUT / "final.png"), "PNG")  # where it stopped, for a failing run
    except Exception:  # noqa: BLE001
        report["errors"].append(traceback.format_exc())
    (OUT / "report.json").write_text(json.dumps(report, ensure_ascii=False, indent=1, default=str), encoding="utf-8")
    QgsProject.instance().setDirty(False)
    os._exit(0)  # no "save project?" dialog can hold the test up


started = time.perf_counter()
iface.mainWindow().resize(1600, 1000)
iface.mainWindow().move(0, 0)
QTimer.singleShot(2000, load_sample_region)
