"""Run inside a real QGIS desktop (qgis --code): load the sample region, run the conflict check from the
Processing framework as a user would, show the results, take a screenshot, report, quit.

Arguments come through the environment: SAMPLAN_REGION (GeoPackage), SAMPLAN_OUT (folder for the
screenshot and report.json).
"""
import json
import os
import traceback
from pathlib import Path

from qgis.core import QgsApplication, QgsProject, QgsVectorLayer
from qgis.PyQt.QtCore import QTimer
from qgis.utils import active_plugins, iface

REGION = Path(os.environ["SAMPLAN_REGION"])
OUT = Path(os.environ["SAMPLAN_OUT"])
report = {"messages": [], "errors": []}


def _log(message, tag, level):
    report["messages"].append({"tag": tag, "level": int(level), "message": message})


QgsApplication.messageLog().messageReceived.connect(_log)
# Errors logged while QGIS started and loaded the plugins were written before this script ran.
report["startup_log"] = os.environ.get("SAMPLAN_STARTUP_LOG", "")


def run():
    try:
        import processing

        report["active_plugins"] = list(active_plugins)
        report["provider"] = QgsApplication.processingRegistry().providerById("samplan") is not None
        themes = {"SETTLEMENT": ["tatorter", "byggnader"], "INFRASTRUCTURE": ["vagar", "farligt_gods", "jarnvag", "stationer", "hallplatser"],
                  "GREEN_BLUE": ["naturreservat", "natura2000", "grona_kilar", "ekologiska_samband", "oversvamning_100ar",
                                 "strandskydd", "jordbruksmark", "vattenskydd"], "OTHER": ["riksintressen"]}
        layers = {}
        for name in ["kommuner", "plan_a_omraden", "plan_a_strak"] + [n for names in themes.values() for n in names]:
            layer = QgsVectorLayer(f"{REGION}|layername={name}", name, "ogr")
            layers[name] = layer
            if name in ("kommuner", "plan_a_omraden", "plan_a_strak", "naturreservat", "natura2000", "oversvamning_100ar", "vagar"):
                QgsProject.instance().addMapLayer(layer)
            else:
                QgsProject.instance().addMapLayer(layer, False)
        result = processing.runAndLoadResults("samplan:conflictcheck", {
            "PLAN": layers["plan_a_omraden"], "PLAN_LINES": layers["plan_a_strak"], "PLAN_FIELD": "anvandning",
            "THEME_FIELD": "kategori", "MUNICIPALITIES": layers["kommuner"], "CRS": "EPSG:3006",
            **{role: [layers[n] for n in names] for role, names in themes.items()},
            **{k: "TEMPORARY_OUTPUT" for k in ("CONFLICT_AREAS", "CONFLICT_LINES", "CONFLICT_POINTS", "SUMMARY", "RULES_USED", "RUN_INFO")},
        })
        report["conflict_count"] = int(result["CONFLICT_COUNT"])
        loaded = [layer for layer in QgsProject.instance().mapLayers().values() if layer.name().startswith(("Conflicts", "Konflikter"))]
        report["loaded_conflict_layers"] = sorted(layer.name() for layer in loaded)
        report["styled_by_severity"] = all(layer.renderer().type() == "categorizedSymbol" for layer in loaded)
        # The demo map's plain symbols for the background layers.
        import sys

        from qgis.core import QgsSingleSymbolRenderer

        sys.path.insert(0, os.path.join(os.environ["SAMPLAN_REPOSITORY"], "scripts"))
        from render_map import BACKGROUND, SYMBOLS

        for name, kind, properties in BACKGROUND:
            if name in layers:
                layers[name].setRenderer(QgsSingleSymbolRenderer(SYMBOLS[kind].createSimple(properties)))
        QTimer.singleShot(1000, zoom)
    except Exception:  # noqa: BLE001 - the report says what went wrong
        report["errors"].append(traceback.format_exc())
        finish()


def zoom():
    try:
        canvas = iface.mapCanvas()
        canvas.setExtent(QgsProject.instance().mapLayersByName("kommuner")[0].extent())
        canvas.refresh()
        QTimer.singleShot(3000, finish)
    except Exception:  # noqa: BLE001 - the report says what went wrong
        report["errors"].append(traceback.format_exc())
        finish()


def finish():
    try:
        iface.mainWindow().grab().save(str(OUT / "desktop_conflict_check.png"), "PNG")
    except Exception:  # noqa: BLE001
        report["errors"].append(traceback.format_exc())
    (OUT / "report.json").write_text(json.dumps(report, ensure_ascii=False, indent=1), encoding="utf-8")
    QgsProject.instance().setDirty(False)
    os._exit(0)  # no "save project?" dialog can hold the test up


iface.mainWindow().resize(1600, 1000)
iface.mainWindow().move(0, 0)
QTimer.singleShot(2000, run)
