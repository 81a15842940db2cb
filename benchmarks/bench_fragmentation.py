"""make bench-fragmentation: samplan:fragmentation beside the same effective mesh size as a chain of QGIS native algorithms.

Builds the sample region at the given scale (default 16: about 240 x 160 km, a county's size of roads),
then runs, each in its own process so that peak memory is its own:
  (a) samplan:fragmentation per municipality, before and after plan draft A, outputs to a GeoPackage;
  (b) the same measure as a chain of native algorithms (tests/reference/native_mesh.py: buffer with a
      data-defined width, merge, dissolve, difference, multipart to single parts, intersection), before and after.
Prints both wall times, their ratio, the peak memory of each and the largest relative difference of m_eff
and m_eff_CBC between the two over all municipalities.

    python benchmarks/bench_fragmentation.py [--scale 16]
"""

from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
import time
from pathlib import Path

from bench_conflicts import OUT, REPOSITORY, _peak_rss_mb, _start_qgis, build_region

WIDTHS = {"motorväg": 60.0, "nationell väg": 30.0, "regional väg": 20.0, "lokal väg": 10.0, "järnväg": 25.0}


def uri(region: Path, name: str) -> str:
    return f"{region}|layername={name}"


def run_samplan(region: Path) -> dict:
    _app, _provider = _start_qgis()
    import processing
    from qgis.core import QgsVectorLayer

    output = OUT / "samplan_mesh.gpkg"
    output.unlink(missing_ok=True)
    started = time.perf_counter()
    processing.run(
        "samplan:fragmentation",
        {
            "UNITS": uri(region, "kommuner"),
            "UNIT_FIELD": "kommunnamn",
            "BARRIER_LINES": [uri(region, "vagar"), uri(region, "jarnvag")],
            "BARRIER_AREAS": [uri(region, "tatorter")],
            "WIDTHS": "; ".join(f"{k}={v:g}" for k, v in WIDTHS.items()),
            "DEFAULT_WIDTH": 10,
            "PLAN": uri(region, "plan_a_omraden"),
            "PLAN_LINES": uri(region, "plan_a_strak"),
            "PLAN_FIELD": "anvandning",
            "CRS": "EPSG:3006",
            "OUTPUT": f"ogr:dbname='{output}' table=\"mesh\" (geom)",
            "CUTS": "TEMPORARY_OUTPUT",
        },
    )
    seconds = time.perf_counter() - started
    layer = QgsVectorLayer(f"{output}|layername=mesh", "mesh", "ogr")
    values = {
        f["unit"]: [f["m_eff_before_km2"], f["m_eff_cbc_before_km2"], f["m_eff_after_km2"], f["m_eff_cbc_after_km2"]]
        for f in layer.getFeatures()
    }
    return {"seconds": seconds, "peak_mb": _peak_rss_mb(), "values": values}


def run_native(region: Path) -> dict:
    _app, _provider = _start_qgis()
    from qgis.core import QgsVectorLayer

    sys.path.insert(0, str(REPOSITORY))
    from tests.reference.native_mesh import native_mesh

    units = QgsVectorLayer(uri(region, "kommuner"), "kommuner", "ogr")
    lines, areas = [uri(region, "vagar"), uri(region, "jarnvag")], [uri(region, "tatorter")]
    started = time.perf_counter()
    before = native_mesh(units, "kommunnamn", lines, areas, WIDTHS, 10.0)
    after = native_mesh(
        units, "kommunnamn", lines, areas, WIDTHS, 10.0, uri(region, "plan_a_omraden"), uri(region, "plan_a_strak")
    )
    seconds = time.perf_counter() - started
    values = {name: [*before[name], *after.get(name, (0.0, 0.0))] for name in before}
    return {"seconds": seconds, "peak_mb": _peak_rss_mb(), "values": values}


def child(kind: str, region: Path, scale: float) -> dict:
    result_file = OUT / f"mesh_{kind}_result.json"
    result_file.unlink(missing_ok=True)
    done = subprocess.run(
        [
            sys.executable,
            __file__,
            "--child",
            kind,
            "--region",
            str(region),
            "--result",
            str(result_file),
            "--scale",
            str(scale),
        ],
        env=os.environ.copy(),
    )
    if done.returncode != 0:
        raise SystemExit(f"{kind} run failed ({done.returncode})")
    return json.loads(result_file.read_text()) if result_file.exists() else {}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--scale", type=float, default=16.0)
    parser.add_argument("--child", choices=("samplan", "native", "build"))
    parser.add_argument("--region", type=Path)
    parser.add_argument("--result", type=Path)
    arguments = parser.parse_args()
    OUT.mkdir(parents=True, exist_ok=True)
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    if arguments.child:
        if arguments.child == "build":
            build_region(arguments.scale)
            return
        result = (run_samplan if arguments.child == "samplan" else run_native)(arguments.region)
        arguments.result.write_text(json.dumps(result))
        return

    region = OUT / f"county_scale{arguments.scale:g}.gpkg"
    if not region.exists():
        started = time.perf_counter()
        child("build", region, arguments.scale)
        print(f"sample region at scale {arguments.scale:g} built in {time.perf_counter() - started:.0f} s")
    from osgeo import ogr

    source = ogr.Open(str(region))
    count = {source.GetLayer(i).GetName(): source.GetLayer(i).GetFeatureCount() for i in range(source.GetLayerCount())}
    print(
        f"case: {region.name}: {count['kommuner']} municipalities, {count['vagar'] + count['jarnvag']} road and rail segments, "
        f"{count['tatorter']} tätorter, {count['plan_a_omraden'] + count['plan_a_strak']} plan features"
    )
    samplan = child("samplan", region, arguments.scale)
    print(f"(a) samplan:fragmentation    {samplan['seconds']:8.1f} s   peak {samplan['peak_mb']:7.0f} MB", flush=True)
    native = child("native", region, arguments.scale)
    print(f"(b) native algorithm chain   {native['seconds']:8.1f} s   peak {native['peak_mb']:7.0f} MB")
    print(f"ratio native / samplan: {native['seconds'] / samplan['seconds']:.1f}x")
    worst = 0.0
    for name, ours in samplan["values"].items():
        theirs = native["values"].get(name)
        if theirs is None:
            print(f"  {name}: no patches in the native chain")
            continue
        for a, b in zip(ours, theirs):
            worst = max(worst, abs(a - b) / max(abs(b), 1e-9))
    print(
        f"largest relative difference of m_eff / m_eff_CBC over {len(samplan['values'])} municipalities (before, after): {worst:.2e}"
    )


if __name__ == "__main__":
    main()
