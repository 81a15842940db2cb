"""The installed plugin run headless through qgis_process, as the demo runs it."""

from __future__ import annotations

import json
import os
import shutil
import site
import subprocess
import sys

import pytest

from ..conftest import REPOSITORY
from .conftest import memory_layer, save_gpkg

pytestmark = pytest.mark.skipif(shutil.which("qgis_process") is None, reason="qgis_process is not installed")


@pytest.fixture(scope="module")
def qgis_process_env(tmp_path_factory) -> dict[str, str]:
    """A fresh QGIS profile with Samplan installed from the package zip, as "Install from ZIP" does, and enabled."""
    import configparser
    import zipfile

    built = subprocess.run(["make", "-s", "package"], cwd=REPOSITORY, capture_output=True, text=True)
    assert built.returncode == 0, built.stderr
    metadata = configparser.ConfigParser()
    metadata.read(REPOSITORY / "metadata.txt", encoding="utf-8")
    archive = REPOSITORY / "dist" / f"samplan-{metadata['general']['version']}.zip"
    config = tmp_path_factory.mktemp("qgis-config")
    plugins = config / "profiles" / "default" / "python" / "plugins"
    plugins.mkdir(parents=True)
    zipfile.ZipFile(archive).extractall(plugins)
    assert (plugins / "samplan" / "metadata.txt").exists()
    runtime = tmp_path_factory.mktemp("xdg")
    runtime.chmod(0o700)
    python_path = [p for p in sys.path if p.endswith("site-packages") and ".venv" in p] + site.getsitepackages()
    env = {
        **os.environ,
        "QGIS_CUSTOM_CONFIG_PATH": str(config),
        "QT_QPA_PLATFORM": "offscreen",
        "XDG_RUNTIME_DIR": str(runtime),
        "PYTHONPATH": os.pathsep.join(dict.fromkeys(python_path)),
    }
    enabled = subprocess.run(["qgis_process", "plugins", "enable", "samplan"], env=env, capture_output=True, text=True)
    assert enabled.returncode == 0, enabled.stdout + enabled.stderr
    return env


def qgis_process(env, *arguments, stdin: str | None = None) -> subprocess.CompletedProcess:
    return subprocess.run(
        ["qgis_process", *arguments], env=env, input=stdin, capture_output=True, text=True, timeout=600
    )


def test_provider_and_algorithms_are_listed(qgis_process_env):
    listed = qgis_process(qgis_process_env, "list")
    assert listed.returncode == 0, listed.stderr
    assert "samplan:conflictcheck" in listed.stdout and "samplan:sampleregion" in listed.stdout
    helped = qgis_process(qgis_process_env, "help", "samplan:conflictcheck")
    assert "not_within_distance" in helped.stdout and "PLAN_FIELD" in helped.stdout


def test_conflict_check_runs_headless_into_one_geopackage(qgis_process_env, tmp_path, qgis_app):
    inputs = tmp_path / "inputs.gpkg"
    save_gpkg(
        memory_layer(
            "Polygon",
            "field=anvandning:string",
            [
                ("POLYGON((0 0, 100 0, 100 100, 0 100, 0 0))", ["Mångfunktionell bebyggelse"]),
            ],
            "plan",
        ),
        inputs,
        "plan",
    )
    save_gpkg(
        memory_layer(
            "Polygon",
            "field=kategori:string",
            [
                ("POLYGON((60 -20, 160 -20, 160 120, 60 120, 60 -20))", ["översvämning 100 år"]),
            ],
            "flood",
        ),
        inputs,
        "flood",
    )
    output = tmp_path / "result.gpkg"
    summary = tmp_path / "summary.csv"
    parameters = {
        "PLAN": f"{inputs}|layername=plan",
        "PLAN_FIELD": "anvandning",
        "GREEN_BLUE": [f"{inputs}|layername=flood"],
        "THEME_FIELD": "kategori",
        "CRS": "EPSG:3006",
        "LANGUAGE": 0,
        "SUMMARY": str(summary),
        **{
            key: f"ogr:dbname='{output}' table=\"{key.lower()}\" (geom)"
            for key in ("CONFLICT_AREAS", "CONFLICT_LINES", "CONFLICT_POINTS", "RULES_USED", "RUN_INFO")
        },
    }
    done = qgis_process(
        qgis_process_env, "--json", "run", "samplan:conflictcheck", "-", stdin=json.dumps({"inputs": parameters})
    )
    assert done.returncode == 0, done.stdout[-3000:] + done.stderr[-3000:]
    answer = json.loads(done.stdout[done.stdout.index("{") :])
    assert answer["results"]["CONFLICT_COUNT"] >= 1
    from qgis.core import QgsVectorLayer

    areas = QgsVectorLayer(f"{output}|layername=conflict_areas", "areas", "ogr")
    flood = [f for f in areas.getFeatures() if f["rule_id"] == "FLOOD-01"]
    # The flood zone covers x in [60, 100] of the 100 x 100 plan square: 4000 m².
    assert len(flood) == 1 and flood[0]["area_m2"] == pytest.approx(4000.0)
    assert flood[0]["message"].startswith("Ny bebyggelse inom område som översvämmas")
    assert "FLOOD-01" in summary.read_text(encoding="utf-8")
