"""End to end in the real QGIS desktop under Xvfb: the plugin installed into a fresh profile loads, its menu
action builds and opens the sample region, the conflict inspector runs the check as a task, its table holds
the planted conflicts, and a screenshot is kept among the test outputs (build/test-output/)."""
from __future__ import annotations

import json
import os
import shutil
import site
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest

from samplan.core.sample_region import LAYER_SPEC

from ..conftest import REPOSITORY

pytestmark = pytest.mark.skipif(shutil.which("qgis") is None or shutil.which("xvfb-run") is None,
                                reason="the QGIS desktop or Xvfb is not installed")
TEST_OUTPUT = REPOSITORY / "build" / "test-output"
# A fresh profile: the plugin enabled, and nothing that would reach for the network at start-up.
PROFILE_SETTINGS = """[PythonPlugins]
samplan=true

[app]
plugin_installer\\checkOnStart=false

[core]
NewsFeed\\httpsfeedqgisorg\\disabled=true

[qgis]
checkVersion=false
"""


@pytest.fixture(scope="module")
def desktop_run(qgis_processing, tmp_path_factory) -> tuple[dict, Path]:
    work = tmp_path_factory.mktemp("desktop")
    folder = work / "workshop"
    profile = work / "profiles" / "profiles" / "default"
    (profile / "python" / "plugins").mkdir(parents=True)
    (profile / "python" / "plugins" / "samplan").symlink_to(REPOSITORY, target_is_directory=True)
    (profile / "QGIS").mkdir()
    (profile / "QGIS" / "QGIS3.ini").write_text(PROFILE_SETTINGS, encoding="utf-8")
    out = work / "out"
    out.mkdir()
    runtime = work / "xdg"
    runtime.mkdir(mode=0o700)
    python_path = [p for p in sys.path if p.endswith("site-packages") and ".venv" in p] + site.getsitepackages()
    env = {**os.environ, "SAMPLAN_FOLDER": str(folder), "SAMPLAN_OUT": str(out), "XDG_RUNTIME_DIR": str(runtime),
           "SAMPLAN_REPOSITORY": str(REPOSITORY),
           "PYTHONPATH": os.pathsep.join(dict.fromkeys(python_path))}
    env.pop("QT_QPA_PLATFORM", None)  # a real window on the virtual screen, not offscreen
    env.pop("QGIS_CUSTOM_CONFIG_PATH", None)
    command = ["xvfb-run", "-a", "-s", "-screen 0 1600x1000x24", "qgis", "--profiles-path", str(work / "profiles"),
               "--nologo", "--noversioncheck", "--code", str(Path(__file__).with_name("desktop_session.py"))]
    done = subprocess.run(command, env=env, capture_output=True, text=True, timeout=300)
    report_file = out / "report.json"
    assert report_file.exists(), f"QGIS wrote no report (exit {done.returncode}): {done.stdout[-2000:]} {done.stderr[-2000:]}"
    TEST_OUTPUT.mkdir(parents=True, exist_ok=True)
    screenshot = out / "desktop_conflict_inspector.png"
    if screenshot.exists():
        shutil.copy(screenshot, TEST_OUTPUT / screenshot.name)
    report = json.loads(report_file.read_text(encoding="utf-8"))
    report["folder"] = str(folder)
    return report, screenshot


def test_the_inspector_lists_the_planted_conflicts_in_the_desktop(desktop_run):
    report, _ = desktop_run
    assert not report["errors"], report["errors"]
    assert "samplan" in report["active_plugins"] and report["provider"]
    assert report["menu"] == ["Conflict inspector", "Rule set editor", "Load sample region…"]
    assert report["region_loaded"] and report["inspector_visible"] and report["check_ok"] and report["results_tab"]
    folder = Path(report["folder"])
    assert (folder / "samplan_exempelregion.qgz").exists() and (folder / "samplan_konflikter.gpkg").exists()
    titles = {title: name for name, (_, _, title) in LAYER_SPEC.items()}
    shown = {(r["rule_id"], titles[r["plan_layer"]], r["plan_fid"], titles.get(r["theme_layer"], ""), r["theme_fid"] or 0)
             for r in report["rows"]}
    with sqlite3.connect(folder / "samplan_exempelregion.gpkg") as connection:
        planted = connection.execute(
            "SELECT rule_id, plan_layer, plan_fid, theme_layer, theme_fid FROM planterade_konflikter WHERE version = 'A'").fetchall()
    assert len(planted) == 33
    missing = [p for p in planted if (p[0], p[1], p[2], p[3] or "", p[4] or 0) not in shown]
    assert not missing, missing
    conflicts = sum(r["severity"] == "conflict" for r in report["rows"])
    assert report["counts_label"].startswith(f"{conflicts} conflict(s)")
    assert report["selected"]["rule_id"]


def test_message_log_holds_no_python_error(desktop_run):
    report, _ = desktop_run
    critical = 2  # Qgis.MessageLevel.Critical; Success (3) is a plain report
    errors = [m for m in report["messages"] if m["tag"] == "Python error" or (m["level"] == critical and "samplan" in m["message"].lower())]
    assert not errors, errors


def test_screenshot_shows_the_map(desktop_run, qgis_app):
    from qgis.PyQt.QtGui import QImage

    _, screenshot = desktop_run
    image = QImage(str(screenshot))
    assert image.width() >= 1200 and image.height() >= 800
    # The map is drawn: many distinct colours in the canvas area, not a blank window.
    colours = {image.pixel(x, y) for x in range(400, image.width() - 50, 23) for y in range(200, image.height() - 100, 19)}
    assert len(colours) > 20
