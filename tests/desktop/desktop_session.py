"""Run inside a real QGIS desktop (qgis --code): as a trainer would, load the sample region from the Samplan
menu's action, open the conflict inspector, run the check, pick a conflict in the table, take a screenshot,
report, quit.

Arguments come through the environment: SAMPLAN_FOLDER (where the sample region goes), SAMPLAN_OUT (folder
for the screenshot and report.json).
"""
import json
import os
import time
import traceback
from pathlib import Path

from qgis.core import QgsApplication
from qgis.PyQt.QtCore import QTimer
from qgis.utils import active_plugins, iface, plugins

FOLDER = Path(os.environ["SAMPLAN_FOLDER"])
OUT = Path(os.environ["SAMPLAN_OUT"])
report = {"messages": [], "errors": [], "steps": []}


def _log(message, tag, level):
    report["messages"].append({"tag": tag, "level": int(level), "message": message})


QgsApplication.messageLog().messageReceived.connect(_log)


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


@guarded
def load_sample_region():
    report["active_plugins"] = list(active_plugins)
    report["provider"] = QgsApplication.processingRegistry().providerById("samplan") is not None
    plugin = plugins["samplan"]
    menu_bar_titles = [a.text() for a in iface.mainWindow().menuBar().actions()]
    report["menu"] = [a.text() for a in plugin.menu.actions()] if "&Samplan" in menu_bar_titles else []
    step("sample region started")
    plugin.start_sample_region(FOLDER).finished.connect(guarded(region_loaded))


@guarded
def region_loaded(ok, message):
    step("sample region loaded")
    report["region_loaded"] = ok
    if not ok:
        report["errors"].append(message)
        finish()
        return
    dock = plugins["samplan"].inspector
    report["inspector_visible"] = dock.isVisible()
    if not dock.start_check():
        report["errors"].append("the inspector refused to start")
        finish()
        return
    dock.run.finished.connect(guarded(check_done))


@guarded
def check_done(ok, message):
    step("check done")
    dock = plugins["samplan"].inspector
    report["check_ok"] = ok
    report["check_message"] = message
    report["rows"] = [{k: row.values.get(k) for k in ("rule_id", "severity", "plan_layer", "plan_fid", "theme_layer", "theme_fid")}
                      for row in dock.model.rows]
    report["counts_label"] = dock.countsLabel.text()
    report["results_tab"] = dock.tabs.currentWidget() is dock.resultsTab
    # A conflict picked in the table: described above it, zoomed to, its plan feature, theme feature and overlap highlighted.
    dock.severityFilter.setCurrentIndex(dock.severityFilter.findData("conflict"))
    dock.conflictView.selectRow(0)
    chosen = dock.model.rows[dock.selected_source_rows()[0]]
    report["selected"] = {"rule_id": chosen.values["rule_id"], "plan_layer": chosen.values["plan_layer"]}
    QTimer.singleShot(2500, finish)


def finish():
    try:
        iface.mainWindow().grab().save(str(OUT / "desktop_conflict_inspector.png"), "PNG")
    except Exception:  # noqa: BLE001
        report["errors"].append(traceback.format_exc())
    (OUT / "report.json").write_text(json.dumps(report, ensure_ascii=False, indent=1), encoding="utf-8")
    from qgis.core import QgsProject

    QgsProject.instance().setDirty(False)
    os._exit(0)  # no "save project?" dialog can hold the test up


started = time.perf_counter()
iface.mainWindow().resize(1600, 1000)
iface.mainWindow().move(0, 0)
QTimer.singleShot(2000, load_sample_region)
