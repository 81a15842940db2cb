"""Run inside a real QGIS desktop (qgis --code): the workshop report from its Processing dialog, as a planner runs
it from the Toolbox. The sample region and the conflict check are made first (processing.run); the plan draft is
given in WGS 84 (as one drawn in a web tool comes), the other layers in SWEREF 99 TM; the dialog opens filled in, its Run button's handler runs the report (in the main thread: the algorithm declares NoThreading), a
screenshot of the dialog is taken, a report is written, QGIS quits.

Arguments come through the environment: SAMPLAN_FOLDER (where the files go), SAMPLAN_OUT (screenshot and
report.json).
"""

import json
import os
import traceback
from pathlib import Path

from qgis.core import QgsApplication
from qgis.PyQt.QtCore import QTimer
from qgis.utils import iface

FOLDER = Path(os.environ["SAMPLAN_FOLDER"])
OUT = Path(os.environ["SAMPLAN_OUT"])
report = {"messages": [], "errors": []}
QgsApplication.messageLog().messageReceived.connect(
    lambda message, tag, level: report["messages"].append({"tag": tag, "level": int(level), "message": message})
)


def finish(dialog=None):
    try:
        (dialog or iface.mainWindow()).grab().save(str(OUT / "desktop_report_dialog.png"), "PNG")
    except Exception:  # noqa: BLE001
        report["errors"].append(traceback.format_exc())
    (OUT / "report.json").write_text(json.dumps(report, ensure_ascii=False, indent=1), encoding="utf-8")
    os._exit(0)


def run_report():
    dialog = None
    try:
        import processing
        from processing import createAlgorithmDialog

        FOLDER.mkdir(parents=True, exist_ok=True)
        region = FOLDER / "region.gpkg"
        processing.run("samplan:sampleregion", {"SEED": 2026, "SCALE": 1, "OUTPUT": str(region)})

        def uri(name):
            return f"{region}|layername={name}"

        outputs = {
            k: str(FOLDER / f"{k.lower()}.gpkg")
            for k in ("CONFLICT_AREAS", "CONFLICT_LINES", "CONFLICT_POINTS", "RULES_USED", "RUN_INFO")
        }
        processing.run(
            "samplan:conflictcheck",
            {
                "PLAN": uri("plan_a_omraden"),
                "PLAN_FIELD": "anvandning",
                "THEME_FIELD": "kategori",
                "MUNICIPALITIES": uri("kommuner"),
                "GREEN_BLUE": [uri("natura2000"), uri("oversvamning_100ar")],
                **outputs,
            },
        )
        # The plan draft in another CRS than the results and the background, in degrees.
        plan_wgs84 = processing.run(
            "native:reprojectlayer",
            {"INPUT": uri("plan_a_omraden"), "TARGET_CRS": "EPSG:4326", "OUTPUT": str(FOLDER / "plan_wgs84.gpkg")},
        )["OUTPUT"]
        parameters = {
            "CONFLICTS": [outputs["CONFLICT_AREAS"], outputs["CONFLICT_LINES"], outputs["CONFLICT_POINTS"]],
            "RULES_USED": outputs["RULES_USED"],
            "RUN_INFO": outputs["RUN_INFO"],
            "PLAN": plan_wgs84,
            "MUNICIPALITIES": uri("kommuner"),
            "BACKGROUND": [uri("tatorter"), uri("vagar"), uri("sjoar")],
            "DRAFT_NAME": "Planförslag A",
            "LANGUAGE": 0,
            "OUTPUT_HTML": str(FOLDER / "rapport.html"),
            "OUTPUT_PDF": str(FOLDER / "rapport.pdf"),
        }
        dialog = createAlgorithmDialog("samplan:report", parameters)
        dialog.show()
        report["dialog_title"] = dialog.windowTitle()
        dialog.runAlgorithm()  # what the Run button does
        from qgis.PyQt.QtWidgets import QTextBrowser

        log = dialog.findChild(QTextBrowser, "txtLog")
        report["log"] = log.toPlainText() if log is not None else ""
        if hasattr(dialog, "showLog"):
            dialog.showLog()  # the screenshot shows what the run said
        report["pdf_exists"] = (FOLDER / "rapport.pdf").exists()
        report["pdf_size"] = (FOLDER / "rapport.pdf").stat().st_size if report["pdf_exists"] else 0
    except Exception:  # noqa: BLE001 - the report says what went wrong
        report["errors"].append(traceback.format_exc())
    QTimer.singleShot(1500, lambda: finish(dialog))


iface.mainWindow().resize(1600, 1000)
QTimer.singleShot(2000, run_report)
