"""make bench: samplan:conflictcheck beside the same checks as a chain of QGIS native algorithms.

Builds a county-scale case with the sample region generator (scale 125: over a million buildings), then
runs, each in its own process so that peak memory is its own:
  (a) samplan:conflictcheck with the default rule set, outputs to a GeoPackage;
  (b) the same rules as a chain of native algorithms (extract by expression, reproject, buffer,
      intersection, extract by location, line intersections, merge), outputs in memory.
Prints both wall times, their ratio, the peak memory of each and whether both found the same
(rule, plan feature, theme feature) pairs.

    python benchmarks/bench_conflicts.py [--scale 125] [--skip-native]
"""
from __future__ import annotations

import argparse
import json
import math
import os
import resource
import subprocess
import sys
import time
from pathlib import Path

REPOSITORY = Path(__file__).resolve().parent.parent
OUT = REPOSITORY / "benchmarks" / "out"
sys.path.insert(0, str(REPOSITORY / "scripts"))
from demo import THEMES  # noqa: E402 - the sample region's layers by role, as the demo uses them
from samplan.processing.conflict_check import THEME_ROLES  # noqa: E402 - demo made samplan importable

PLAN_LAYERS = ("plan_a_omraden", "plan_a_strak")


def _start_qgis():
    from qgis.core import QgsApplication

    app = QgsApplication([], False)
    app.initQgis()
    sys.path.insert(0, "/usr/share/qgis/python/plugins")  # before any folder named processing
    from processing.core.Processing import Processing

    Processing.initialize()
    from samplan.processing.provider import SamplanProvider

    provider = SamplanProvider()
    QgsApplication.processingRegistry().addProvider(provider)
    return app, provider


def _peak_rss_mb() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024.0


def build_region(scale: float) -> Path:
    region = OUT / f"county_scale{scale:g}.gpkg"
    if region.exists():
        return region
    _app, _provider = _start_qgis()
    import processing

    started = time.perf_counter()
    processing.run("samplan:sampleregion", {"SEED": 2026, "SCALE": scale, "OUTPUT": str(region)})
    print(f"built {region.name} in {time.perf_counter() - started:.0f} s", flush=True)
    return region


def run_samplan(region: Path) -> dict:
    _app, _provider = _start_qgis()
    import processing
    from qgis.core import QgsVectorLayer

    output = OUT / "samplan_conflicts.gpkg"
    output.unlink(missing_ok=True)
    parameters = {
        "PLAN": f"{region}|layername={PLAN_LAYERS[0]}", "PLAN_LINES": f"{region}|layername={PLAN_LAYERS[1]}",
        "PLAN_FIELD": "anvandning", "THEME_FIELD": "kategori", "CRS": "EPSG:3006", "LANGUAGE": 0,
        **{role: [f"{region}|layername={name}" for name in names] for role, names in THEMES.items()},
        **{key: f"ogr:dbname='{output}' table=\"{key.lower()}\" (geom)" for key in
           ("CONFLICT_AREAS", "CONFLICT_LINES", "CONFLICT_POINTS", "SUMMARY", "RULES_USED", "RUN_INFO")},
    }
    started = time.perf_counter()
    processing.run("samplan:conflictcheck", parameters)
    seconds = time.perf_counter() - started
    pairs = []
    distances = {}
    measures = {}
    for table in ("conflict_areas", "conflict_lines", "conflict_points"):
        layer = QgsVectorLayer(f"{output}|layername={table}", table, "ogr")
        for feature in layer.getFeatures():
            theme_fid = feature["theme_fid"]
            pair = [feature["rule_id"], feature["plan_layer"], int(feature["plan_fid"]),
                    feature["theme_layer"] or None, None if theme_fid in (None, "") or str(theme_fid) == "NULL" else int(theme_fid)]
            pairs.append(pair)
            distances[json.dumps(pair)] = _number(feature["distance_m"])
            measures[json.dumps(pair)] = [_number(feature["area_m2"]), _number(feature["length_m"])]
    return {"seconds": seconds, "peak_mb": _peak_rss_mb(), "pairs": pairs, "distances": distances, "measures": measures}


def _number(value) -> float | None:
    return None if value is None or str(value) == "NULL" else float(value)


def run_native(region: Path) -> dict:
    _app, _provider = _start_qgis()
    from qgis.core import QgsVectorLayer

    sys.path.insert(0, str(REPOSITORY))
    from tests.reference.native_chain import NamedLayer, native_conflicts

    from samplan.core.rules import read_rule_set

    roles = dict(THEME_ROLES)
    plans = [NamedLayer(name, "plan", QgsVectorLayer(f"{region}|layername={name}", name, "ogr")) for name in PLAN_LAYERS]
    themes = [NamedLayer(name, roles[key], QgsVectorLayer(f"{region}|layername={name}", name, "ogr"))
              for key, names in THEMES.items() for name in names]
    started = time.perf_counter()
    frame = native_conflicts(plans, "anvandning", themes, "kategori", read_rule_set())
    seconds = time.perf_counter() - started
    pairs, measures = [], {}
    for r in frame.itertuples():
        pair = [r.rule_id, r.plan_layer, int(r.plan_fid), r.theme_layer or None,
                None if r.theme_fid is None or r.theme_fid != r.theme_fid else int(r.theme_fid)]
        pairs.append(pair)
        measures[json.dumps(pair)] = [_number(r.area_m2), _number(r.length_m)]
    return {"seconds": seconds, "peak_mb": _peak_rss_mb(), "pairs": pairs, "measures": measures}


def counts(region: Path) -> dict[str, int]:
    from osgeo import ogr

    source = ogr.Open(str(region))
    count = {source.GetLayer(i).GetName(): source.GetLayer(i).GetFeatureCount() for i in range(source.GetLayerCount())}
    green_blue_polygons = sum(count.get(n, 0) for n in THEMES["GREEN_BLUE"] if n not in ("ekologiska_samband", "vattendrag"))
    return {"buildings": count.get("byggnader", 0), "green-blue polygons": green_blue_polygons,
            "road and rail segments": count.get("vagar", 0) + count.get("jarnvag", 0) + count.get("farligt_gods", 0),
            "plan features": count.get(PLAN_LAYERS[0], 0) + count.get(PLAN_LAYERS[1], 0)}


def child(kind: str, region: Path) -> dict:
    """Run one side in a fresh process; its result comes back as JSON."""
    result_file = OUT / f"{kind}_result.json"
    result_file.unlink(missing_ok=True)
    done = subprocess.run([sys.executable, __file__, "--child", kind, "--region", str(region), "--result", str(result_file)],
                          env=os.environ.copy())
    if done.returncode != 0:
        raise SystemExit(f"{kind} run failed ({done.returncode})")
    return json.loads(result_file.read_text())


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--scale", type=float, default=125.0)
    parser.add_argument("--skip-native", action="store_true", help="time Samplan alone")
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
        subprocess.run([sys.executable, __file__, "--child", "build", "--scale", str(arguments.scale)], check=True, env=os.environ.copy())
        print(f"sample region at scale {arguments.scale:g} built in {time.perf_counter() - started:.0f} s")
    print(f"case: {region.name}")
    for name, value in counts(region).items():
        print(f"  {name:>24}: {value:,}".replace(",", " "))
    samplan = child("samplan", region)
    print(f"(a) samplan:conflictcheck     {samplan['seconds']:8.1f} s   peak {samplan['peak_mb']:7.0f} MB   {len(samplan['pairs'])} results", flush=True)
    if arguments.skip_native:
        return
    native = child("native", region)
    print(f"(b) native algorithm chain    {native['seconds']:8.1f} s   peak {native['peak_mb']:7.0f} MB   {len(native['pairs'])} results")
    ours = {tuple(p) for p in samplan["pairs"]}
    theirs = {tuple(p) for p in native["pairs"]}
    print(f"ratio native / samplan: {native['seconds'] / samplan['seconds']:.1f}x")
    print(f"same (rule, plan feature, theme feature) pairs: {'yes' if ours == theirs else 'no'} "
          f"({len(ours & theirs)} in both, {len(ours - theirs)} only Samplan, {len(theirs - ours)} only native)")
    compare_measures(ours & theirs, samplan["measures"], native["measures"], samplan["distances"])
    if ours != theirs:
        explain_differences(ours - theirs, theirs - ours, samplan["distances"])


def compare_measures(shared: set, ours: dict, theirs: dict, distances: dict, tolerance: float = 1e-3) -> None:
    """Area and length of the pairs both found: the largest relative difference, and the pairs beyond the tolerance.

    Within-distance slivers thinner than the native buffer's chord error are measured by Samplan with a
    1024-segment circle, so there the two differ by design; their distance to the threshold is printed.
    """
    from samplan.core.rules import read_rule_set

    thresholds = {r.id: r.distance_m for r in read_rule_set()}
    worst, beyond, compared = 0.0, [], 0
    for pair in shared:
        key = json.dumps(list(pair))
        for mine, other in zip(ours.get(key, []), theirs.get(key, [])):
            if mine is None or other is None or other != other:
                continue
            compared += 1
            difference = abs(mine - other) / max(abs(other), 1.0)
            worst = max(worst, difference)
            if difference > tolerance:
                beyond.append((pair, mine, other, distances.get(key)))
    print(f"measures of shared pairs: {compared} compared, largest relative difference {worst:.2e}, {len(beyond)} beyond {tolerance:g}")
    for pair, mine, other, distance in sorted(beyond)[:10]:
        threshold = thresholds.get(pair[0])
        where = f"distance {distance:.3f} m of threshold {threshold:g} m" if distance is not None and threshold else ""
        print(f"    {pair}: Samplan {mine:.3f}, native {other:.3f}; {where}")


def explain_differences(only_samplan: set, only_native: set, distances: dict) -> None:
    """Pairs that only Samplan finds within a distance, where the native buffer's chords cannot reach.

    A buffer of radius d drawn with 16 segments a quarter circle lies inside the true circle by up to
    d·(1 − cos(π/64)): a plan feature whose true distance is that close to d meets the true zone but
    not the polygon buffer. Samplan measures the distance itself, so it keeps them.
    """
    from samplan.core.rules import read_rule_set

    thresholds = {r.id: r.distance_m for r in read_rule_set()}
    at_resolution = []
    for pair in only_samplan:
        threshold = thresholds.get(pair[0])
        distance = distances.get(json.dumps(list(pair)))
        if threshold and distance is not None and threshold - distance <= threshold * (1 - math.cos(math.pi / 64)) + 1e-9:
            at_resolution.append((pair, distance, threshold))
    print(f"  of those only Samplan finds, {len(at_resolution)} lie within the native buffer's chord error of the threshold:")
    for pair, distance, threshold in sorted(at_resolution)[:10]:
        print(f"    {pair}: distance {distance:.3f} m, threshold {threshold:g} m")
    unexplained = len(only_samplan) - len(at_resolution) + len(only_native)
    print(f"  unexplained differences: {unexplained}")

if __name__ == "__main__":
    main()
