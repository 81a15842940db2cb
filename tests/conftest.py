"""Test set-up: make the repository importable as the package `samplan`, as QGIS imports the plugin."""

from __future__ import annotations

import importlib.util
import os
import sys
from pathlib import Path

REPOSITORY = Path(__file__).resolve().parent.parent

# A Python start-up script (a sitecustomize, or the head of a script) that makes `import psycopg2` fail as on a
# machine without it, for the tests of what works without the optional package.
PSYCOPG2_BLOCKER = """import sys


class Absent:  # psycopg2 as on a machine without it: importing it fails
    def find_spec(self, name, path=None, target=None):
        if name == "psycopg2" or name.startswith("psycopg2."):
            raise ModuleNotFoundError(f"No module named {name!r}", name=name)
        return None


sys.meta_path.insert(0, Absent())
"""
SHARED_DATA = REPOSITORY.parent / "shared" / "data" / "real"

# The scripts' own helper does it, so that tests, demo and benchmark import the plugin one way.
_spec = importlib.util.spec_from_file_location("samplan_path", REPOSITORY / "scripts" / "samplan_path.py")
_samplan_path = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(_samplan_path)
_samplan_path.make_samplan_importable()
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

# QGIS's own Processing package (processing.run) lives among QGIS's bundled plugins.
try:
    from qgis.core import QgsApplication

    _qgis_plugins = Path(QgsApplication.pkgDataPath() or "/usr/share/qgis") / "python" / "plugins"
    if not _qgis_plugins.exists():
        _qgis_plugins = Path("/usr/share/qgis/python/plugins")
    if str(_qgis_plugins) not in sys.path:
        sys.path.append(str(_qgis_plugins))
except ImportError:  # core tests still run where QGIS is absent
    pass
