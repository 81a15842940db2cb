"""Test set-up: make the repository importable as the package `samplan`, as QGIS imports the plugin."""
from __future__ import annotations

import os
import sys
from pathlib import Path

REPOSITORY = Path(__file__).resolve().parent.parent
PACKAGE_PARENT = REPOSITORY / "build" / "python"
SHARED_DATA = REPOSITORY.parent / "shared" / "data" / "real"

PACKAGE_PARENT.mkdir(parents=True, exist_ok=True)
_link = PACKAGE_PARENT / "samplan"
if not _link.is_symlink():
    _link.symlink_to(REPOSITORY, target_is_directory=True)
if str(PACKAGE_PARENT) not in sys.path:
    sys.path.insert(0, str(PACKAGE_PARENT))
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
