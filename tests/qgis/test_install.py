"""Install as a new Debian user would: QGIS's own Python without Samplan's virtual environment, where shapely is
bookworm's 1.8.5 (python3-shapely, from scripts/setup-system.sh) or missing. The plugin names what is missing,
installs it from the package registry through its own install function into the fresh profile's
python/samplan_deps folder, and its provider then loads without a restart."""

from __future__ import annotations

import json
import os
import subprocess
from pathlib import Path

import pytest

from ..conftest import PSYCOPG2_BLOCKER, REPOSITORY

QGIS_PYTHON = "/usr/bin/python3"


def system_python_has(code: str) -> bool:
    env = {k: v for k, v in os.environ.items() if k != "PYTHONPATH"}
    return subprocess.run([QGIS_PYTHON, "-c", code], env=env, capture_output=True).returncode == 0


pytestmark = pytest.mark.skipif(
    not system_python_has("import qgis.core"), reason="QGIS's Python bindings are not installed"
)


def test_fresh_profile_installs_shapely_2_and_loads(tmp_path):
    assert not system_python_has("import shapely, sys; sys.exit(int(shapely.__version__[0]) < 2)"), (
        "QGIS's Python already has shapely 2: the test would prove nothing"
    )
    config = tmp_path / "qgis-config"
    plugins = config / "profiles" / "default" / "python" / "plugins"
    plugins.mkdir(parents=True)
    (plugins / "samplan").symlink_to(REPOSITORY)
    runtime = tmp_path / "xdg"
    runtime.mkdir(mode=0o700)
    env = {k: v for k, v in os.environ.items() if k not in ("PYTHONPATH", "PYTHONHOME", "VIRTUAL_ENV")}
    env.update(
        QGIS_CUSTOM_CONFIG_PATH=str(config),
        QT_QPA_PLATFORM="offscreen",
        XDG_RUNTIME_DIR=str(runtime),
        PYTHONDONTWRITEBYTECODE="1",
    )
    done = subprocess.run(
        [QGIS_PYTHON, str(Path(__file__).with_name("install_check.py")), str(tmp_path / "region.gpkg")],
        env=env,
        capture_output=True,
        text=True,
        timeout=900,
    )
    lines = [line for line in done.stdout.splitlines() if line.startswith("REPORT ")]
    assert done.returncode == 0 and lines, done.stdout[-3000:] + done.stderr[-3000:]
    report = json.loads(lines[-1][len("REPORT ") :])
    deps = config / "profiles" / "default" / "python" / "samplan_deps"
    # Before: the provider is held back and the message names shapely, with its version where it is too old.
    shapely_problem = [found for module, found in report["before"] if module == "shapely"]
    assert shapely_problem, report["before"]
    assert not report["provider_before"]
    message = report["message"]
    assert "shapely" in message and "2.0 or newer" in message
    if shapely_problem[0] is not None:
        assert f"has version {shapely_problem[0]}" in message
    assert f'--target "{deps}"' in message and "found" not in message
    # The install: pip into the profile only; then the provider loads in the same QGIS session.
    assert report["installed"], report["log_tail"]
    assert report["loaded"] is True
    assert len(report["algorithms"]) == registered_algorithms() and "samplan:conflictcheck" in report["algorithms"]
    version, location = report["shapely"]
    assert int(version.split(".")[0]) >= 2 and Path(location).resolve().is_relative_to(deps.resolve())
    assert report["sample_region"] == [True, True]


def registered_algorithms() -> int:
    """How many algorithms the provider's loadAlgorithms() creates, counted in its source (not by loading it)."""
    import ast

    source = ast.parse((Path(__file__).resolve().parents[2] / "algorithms" / "provider.py").read_text(encoding="utf-8"))
    load = next(n for n in ast.walk(source) if isinstance(n, ast.FunctionDef) and n.name == "loadAlgorithms")
    return sum(1 for n in ast.walk(load) if isinstance(n, ast.Call) and getattr(n.func, "id", "").endswith("Algorithm"))


WITHOUT_PSYCOPG2 = (
    PSYCOPG2_BLOCKER
    + """
sys.modules.pop("psycopg2", None)
from qgis.core import QgsApplication, QgsProcessingContext, QgsProcessingFeedback, QgsProcessingException
app = QgsApplication([], False)
app.initQgis()
sys.path.insert(0, sys.argv[1])
import samplan
plugin = samplan.classFactory(None)
plugin.initProcessing()
provider = QgsApplication.processingRegistry().providerById("samplan")
print("ALGORITHMS", len(provider.algorithms()) if provider else 0)
class Feedback(QgsProcessingFeedback):
    def reportError(self, error, fatalError=False):
        print("REFUSED", error)
algorithm = QgsApplication.processingRegistry().createAlgorithmById("samplan:sharedreviewroles")
results, ok = algorithm.run({"CONNECTION": "x", "SCHEMA": "s", "REVIEWER_ROLE": "a", "READONLY_ROLE": "b"}, QgsProcessingContext(),
                            Feedback())
print("OK", ok)
"""
)


def test_provider_loads_without_psycopg2(tmp_path):
    """psycopg2 is optional: without it every algorithm is listed, and only the shared-review one says it needs it."""
    plugins = tmp_path / "plugins"
    plugins.mkdir()
    (plugins / "samplan").symlink_to(REPOSITORY)
    runtime = tmp_path / "xdg"
    runtime.mkdir(mode=0o700)
    env = {
        **os.environ,
        "QGIS_CUSTOM_CONFIG_PATH": str(tmp_path / "config"),
        "QT_QPA_PLATFORM": "offscreen",
        "XDG_RUNTIME_DIR": str(runtime),
        "PYTHONDONTWRITEBYTECODE": "1",
    }
    done = subprocess.run(
        [QGIS_PYTHON, "-c", WITHOUT_PSYCOPG2, str(plugins)], env=env, capture_output=True, text=True, timeout=300
    )
    assert f"ALGORITHMS {registered_algorithms()}" in done.stdout, done.stdout[-3000:] + done.stderr[-3000:]
    assert (
        "OK False" in done.stdout and "REFUSED" in done.stdout and "psycopg2" in done.stdout.split("REFUSED", 1)[1]
    ), done.stdout[-2000:]
