"""Makes this checkout importable as the package `samplan` (as QGIS imports the plugin) for the scripts."""

from __future__ import annotations

import sys
from pathlib import Path

REPOSITORY = Path(__file__).resolve().parent.parent


def make_samplan_importable() -> None:
    parent = REPOSITORY / "build" / "python"
    link = parent / "samplan"
    parent.mkdir(parents=True, exist_ok=True)
    if not link.is_symlink():
        link.symlink_to(REPOSITORY, target_is_directory=True)
    if str(parent) not in sys.path:
        sys.path.insert(0, str(parent))
