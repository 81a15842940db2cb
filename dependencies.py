"""The Python packages Samplan's engine needs beyond QGIS, checked before anything imports them."""
from __future__ import annotations

from importlib.util import find_spec

# Package to import, and what to install where it is missing.
REQUIRED = {
    "numpy": "numpy",
    "shapely": "shapely>=2 (Debian: python3-shapely; OSGeo4W: python3-shapely)",
    "pandas": "pandas (Debian: python3-pandas; OSGeo4W: python3-pandas)",
    "scipy": "scipy (Debian: python3-scipy; OSGeo4W: python3-scipy)",
}


def missing_packages() -> list[str]:
    """What to install, for every required package that cannot be imported (shapely 1.x counts as missing)."""
    missing = [hint for module, hint in REQUIRED.items() if find_spec(module) is None]
    if find_spec("shapely") is not None:
        import shapely

        if int(shapely.__version__.split(".")[0]) < 2:
            missing.append(REQUIRED["shapely"] + f"; found {shapely.__version__}")
    return missing
