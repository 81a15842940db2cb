"""The workshop report from its Processing dialog in the real QGIS desktop under Xvfb: the dialog runs it (in the
main thread) without error and the PDF is written; a screenshot of the dialog is kept in build/test-output/, the PDF's
pages as PNG in build/test-output/report/desktop_report-NN.png. The maps' scale bars are read back from the PDF and held
to the ground distance the overview map must show (the plan draft's extent, read here from the sample region)."""

from __future__ import annotations

import json
import os
import shutil
import site
import subprocess
import sys
from pathlib import Path

import pytest
from qgis.core import QgsVectorLayer

from ..conftest import REPOSITORY
from ..qgis.scale_bar import scale_bars
from .test_desktop import PROFILE_SETTINGS, TEST_OUTPUT

pytestmark = pytest.mark.skipif(
    shutil.which("qgis") is None or shutil.which("xvfb-run") is None, reason="the QGIS desktop or Xvfb is not installed"
)


def test_the_report_runs_from_its_processing_dialog(qgis_processing, tmp_path):
    profile = tmp_path / "profiles" / "profiles" / "default"
    (profile / "python" / "plugins").mkdir(parents=True)
    (profile / "python" / "plugins" / "samplan").symlink_to(REPOSITORY, target_is_directory=True)
    (profile / "QGIS").mkdir()
    (profile / "QGIS" / "QGIS3.ini").write_text(PROFILE_SETTINGS, encoding="utf-8")
    out, folder, runtime = tmp_path / "out", tmp_path / "files", tmp_path / "xdg"
    out.mkdir()
    runtime.mkdir(mode=0o700)
    python_path = [p for p in sys.path if p.endswith("site-packages") and ".venv" in p] + site.getsitepackages()
    env = {
        **os.environ,
        "SAMPLAN_FOLDER": str(folder),
        "SAMPLAN_OUT": str(out),
        "XDG_RUNTIME_DIR": str(runtime),
        "PYTHONPATH": os.pathsep.join(dict.fromkeys(python_path)),
    }
    env.pop("QT_QPA_PLATFORM", None)
    env.pop("QGIS_CUSTOM_CONFIG_PATH", None)
    command = [
        "xvfb-run",
        "-a",
        "-s",
        "-screen 0 1600x1000x24",
        "qgis",
        "--profiles-path",
        str(tmp_path / "profiles"),
        "--nologo",
        "--noversioncheck",
        "--code",
        str(Path(__file__).with_name("report_session.py")),
    ]
    done = subprocess.run(command, env=env, capture_output=True, text=True, timeout=300, check=False)
    report_file = out / "report.json"
    assert report_file.exists(), (
        f"QGIS wrote no report (exit {done.returncode}): {done.stdout[-2000:]} {done.stderr[-2000:]}"
    )
    report = json.loads(report_file.read_text(encoding="utf-8"))
    TEST_OUTPUT.mkdir(parents=True, exist_ok=True)
    if (out / "desktop_report_dialog.png").exists():
        shutil.copy(out / "desktop_report_dialog.png", TEST_OUTPUT / "desktop_report_dialog.png")
    assert not report["errors"], report["errors"]
    assert report["pdf_exists"] and report["pdf_size"] > 10000
    assert "Report written" in report["log"] or "Rapport" in report["log"], report["log"]
    errors = [
        m
        for m in report["messages"]
        if m["tag"] == "Python error" or (m["level"] == 2 and "samplan" in m["message"].lower())
    ]
    assert not errors, errors

    pdf = folder / "rapport.pdf"
    pages = TEST_OUTPUT / "report"
    pages.mkdir(parents=True, exist_ok=True)
    for old in pages.glob("desktop_report-*.png"):
        old.unlink()
    subprocess.run(["pdftoppm", "-png", "-r", "60", str(pdf), str(pages / "desktop_report")], check=True)
    # The overview map (page 2) is zoomed to the plan draft (given in WGS 84) and the results within it, with 4 %
    # around: CONTENT_W (186 mm) of map shows at least the plan's width on the ground, measured here in SWEREF 99 TM.
    plan = QgsVectorLayer(f"{folder / 'region.gpkg'}|layername=plan_a_omraden", "plan", "ogr")
    assert plan.crs().authid() == "EPSG:3006"
    least = 1.04 * plan.extent().width() / 186.0
    (overview,) = scale_bars(pdf, 2)
    assert overview.unit == "km" and overview.labels[0] == "0", overview
    assert least * 0.97 <= overview.metres_per_mm <= least * 1.5, (overview, least)
    info = subprocess.run(["pdfinfo", str(pdf)], capture_output=True, text=True, check=True).stdout
    page_count = int(info.split("Pages:")[1].split()[0])
    assert sum(len(scale_bars(pdf, page)) for page in range(3, page_count + 1)) >= 2  # Norrsjö's and Sörby's maps
    for page in range(3, page_count + 1):  # the municipalities' maps: closer in, never wider than the overview
        for bar in scale_bars(pdf, page):
            assert bar.metres_per_mm < overview.metres_per_mm, (page, bar)
