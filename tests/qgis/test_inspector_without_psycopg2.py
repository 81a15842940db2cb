"""psycopg2 is optional: in a Python where importing it fails, the inspector dock opens, checks the sample region
and shows the results; only the PostGIS choice is off, its tooltip saying why. The check runs in a pytest of its own
(dock_without_psycopg2.py) whose Python has a sitecustomize that makes `import psycopg2` fail, as on a machine
without it."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

from ..conftest import PSYCOPG2_BLOCKER, REPOSITORY


def test_the_dock_works_without_psycopg2(tmp_path):
    blocker = tmp_path / "blocker"
    blocker.mkdir()
    (blocker / "sitecustomize.py").write_text(PSYCOPG2_BLOCKER, encoding="utf-8")
    runtime = tmp_path / "xdg"
    runtime.mkdir(mode=0o700)
    env = {
        **os.environ,
        "PYTHONPATH": os.pathsep.join([str(blocker), os.environ.get("PYTHONPATH", "")]),
        "SAMPLAN_PSYCOPG2_BLOCKED": "1",
        "XDG_RUNTIME_DIR": str(runtime),
        "QGIS_CUSTOM_CONFIG_PATH": str(tmp_path / "config"),
        "PYTHONDONTWRITEBYTECODE": "1",
    }
    done = subprocess.run(
        [
            sys.executable,
            "-m",
            "pytest",
            "-q",
            "-p",
            "no:cacheprovider",
            str(Path(__file__).with_name("dock_without_psycopg2.py")),
        ],
        cwd=REPOSITORY,
        env=env,
        capture_output=True,
        text=True,
        timeout=900,
    )
    assert done.returncode == 0 and "1 passed" in done.stdout, done.stdout[-4000:] + done.stderr[-2000:]
