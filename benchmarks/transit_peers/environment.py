"""The peers of the public transport tests and benchmark, pyraptor and ferrobus, from PyPI in a venv of their own under
build/ (never the plugin's environment). Made on first use; None with the reason where it cannot be made."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import numpy as np

REPOSITORY = Path(__file__).resolve().parents[2]
VENV = REPOSITORY / "build" / "transit-peers"
PACKAGES = (
    "pyraptor",
    "attrs",
    "ferrobus",
    "numpy<2",
)  # pyraptor pins pandas 1.5 (numpy 1) and imports attrs undeclared
HERE = Path(__file__).resolve().parent


def peer_python() -> tuple[Path | None, str]:
    """The peers' Python, making its venv (python3 -m venv; pip install pyraptor ferrobus) when missing."""
    python = VENV / "bin" / "python"
    marker = VENV / ".installed"
    if python.exists() and marker.exists():
        return python, ""
    try:
        subprocess.run(["/usr/bin/python3", "-m", "venv", str(VENV)], check=True, capture_output=True, timeout=300)
        subprocess.run(
            [str(python), "-m", "pip", "install", "--quiet", "--disable-pip-version-check", *PACKAGES],
            check=True,
            capture_output=True,
            timeout=900,
        )
    except (subprocess.CalledProcessError, subprocess.TimeoutExpired, OSError) as error:
        detail = getattr(error, "stderr", b"") or b""
        return None, f"the peers' venv could not be made: {error} {detail.decode(errors='replace')[-500:]}"
    marker.write_text(" ".join(PACKAGES))
    return python, ""


def run_peer(script: str, args: list, out: Path, timeout: float = 3600) -> dict:
    """Runs a runner script of this folder with the peers' Python; returns the JSON it wrote to `out`."""
    python, reason = peer_python()
    if python is None:
        raise RuntimeError(reason)
    env = {k: v for k, v in os.environ.items() if k not in ("PYTHONPATH", "PYTHONHOME", "VIRTUAL_ENV")}
    completed = subprocess.run(
        [str(python), str(HERE / script), *map(str, args)], capture_output=True, timeout=timeout, text=True, env=env
    )
    if completed.returncode != 0:
        raise RuntimeError(f"{script} failed: {completed.stderr[-2000:]}")
    return json.loads(Path(out).read_text())


if __name__ == "__main__":
    print(peer_python())
    sys.exit(0)


def osm_pbf_from_xml(xml: Path, pbf: Path) -> Path:
    """OSM XML converted to PBF with Debian's osmium-tool (scripts/setup-system.sh installs it)."""
    subprocess.run(
        ["osmium", "cat", "--overwrite", str(xml), "-o", str(pbf)], check=True, capture_output=True, timeout=600
    )
    return pbf


def stub_streets_xml(path: Path, lat, lon) -> Path:
    """Streets on which nobody walks from stop to stop within minutes: a node at every stop with a footway 2 km north
    to a spine that joins them all (ferrobus keeps only joined streets), so that a point at a stop reaches that stop
    only (stop to stop comparisons, with short walking limits)."""
    lat = np.asarray(lat, dtype=float)
    lon = np.asarray(lon, dtype=float)
    top = float(np.nanmax(lat)) + 0.02
    order = np.argsort(lon)
    with open(path, "w", encoding="utf-8") as out:
        out.write('<?xml version="1.0" encoding="UTF-8"?>\n<osm version="0.6" generator="samplan">\n')
        for k, (y, x) in enumerate(zip(lat, lon)):
            out.write(f'<node id="{2 * k + 1}" version="1" lat="{y:.7f}" lon="{x:.7f}"/>\n')
            out.write(f'<node id="{2 * k + 2}" version="1" lat="{top:.7f}" lon="{x:.7f}"/>\n')
        for k in range(len(lat)):
            out.write(
                f'<way id="{k + 1}" version="1"><nd ref="{2 * k + 1}"/><nd ref="{2 * k + 2}"/>'
                '<tag k="highway" v="footway"/></way>\n'
            )
        spine = "".join(f'<nd ref="{2 * k + 2}"/>' for k in order)
        out.write(f'<way id="{len(lat) + 1}" version="1">{spine}<tag k="highway" v="footway"/></way>\n')
        out.write("</osm>\n")
    return path
