"""make bench: samplan:conflictcheck beside the same checks as a chain of QGIS native algorithms.

Two cases, built once and cached:
  county    the sample region generator at scale 125 (over a million buildings), benchmarks/out/;
  national  the county laid out 3 x 2 times side by side (about 7.7 million buildings, every layer alike),
            build/bench/ (benchmarks/national_case.py).
Each side runs in its own process, so that peak memory is its own:
  (a) samplan:conflictcheck as a whole `qgis_process run` (start-up included), default rule set, outputs to a
      GeoPackage; its log gives the time per step (read, index, measure, write);
  (b) the same rules as a chain of native algorithms (extract by expression, reproject, buffer, intersection,
      extract by location, line intersections, merge), outputs in memory, timed inside its process. On the
      national case it would pass 10 minutes, so it runs on a sample: one of the six counties (the county
      case, the same features), and the national figure is that times six, said so.
  (c) on the county case, (a) again with the plan and theme layers read from PostGIS (the project's private server,
      scripts/setup-postgres.sh, named by SAMPLAN_TEST_PG; loaded once with ogr2ogr into the schema samplan_bench,
      GiST indexes, kept while the row counts match): only the features near the plan are read (a spatial filter
      the server applies), counted in its log. Without the server the case is skipped, with the reason.
Prints both wall times, their ratio, peak memory, the time per step and whether both found the same
(rule, plan feature, theme feature) pairs with the same measures.

    python benchmarks/bench_conflicts.py [--scale 125] [--skip-native] [--skip-national] [--skip-postgis]
"""

from __future__ import annotations

import argparse
import json
import math
import os
import re
import resource
import subprocess
import sys
import time
from pathlib import Path

REPOSITORY = Path(__file__).resolve().parent.parent
OUT = REPOSITORY / "benchmarks" / "out"
sys.path.insert(0, str(REPOSITORY / "scripts"))
from demo import THEMES  # noqa: E402 - the sample region's layers by role, as the demo uses them
from samplan.core.rules import ROLE_PARAMETERS  # noqa: E402 - demo made samplan importable

sys.path.insert(0, str(Path(__file__).resolve().parent))
import postgis_case  # noqa: E402
from national_case import COLUMNS, ROWS, build_national  # noqa: E402

PLAN_LAYERS = ("plan_a_omraden", "plan_a_strak")
NATIONAL = REPOSITORY / "build" / "bench" / "national_3x2.gpkg"
OUTPUT_KEYS = ("CONFLICT_AREAS", "CONFLICT_LINES", "CONFLICT_POINTS", "SUMMARY", "RULES_USED", "RUN_INFO")
STEP_LINE = re.compile(
    r"Time per step: reading ([\d.,]+) s, spatial indexes ([\d.,]+) s, measuring ([\d.,]+) s, writing ([\d.,]+) s"
)
# The conflict check's log line per theme layer read; "the layer holds" where only the features within reach were read.
READ_LINE = re.compile(
    r"^(?P<name>\S+) \((?P<role>[^()]*)\): (?P<read>\d+) features read\."
    r"(?: Only those within reach of the plan were asked for: .*; the layer holds (?P<total>\d+)\.)?$",
    re.MULTILINE,
)
NOT_READ_LINE = re.compile(r"^(?P<name>\S+) \((?P<role>[^()]*)\): no rule checks its categories", re.MULTILINE)
PG_SCHEMA = "samplan_bench"


def _start_qgis():
    from qgis.core import QgsApplication

    app = QgsApplication([], False)
    app.initQgis()
    sys.path.insert(0, "/usr/share/qgis/python/plugins")  # before any folder named processing
    from processing.core.Processing import Processing

    Processing.initialize()
    from samplan.algorithms.provider import SamplanProvider

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


def check_parameters(region: Path, output: Path, sources: dict[str, str] | None = None) -> dict:
    """The check's parameters: the region's GeoPackage layers, or the layer sources given by name (PostGIS)."""

    def layer(name: str) -> str:
        return sources[name] if sources else f"{region}|layername={name}"

    return {
        "PLAN": layer(PLAN_LAYERS[0]),
        "PLAN_LINES": layer(PLAN_LAYERS[1]),
        "PLAN_FIELD": "anvandning",
        "THEME_FIELD": "kategori",
        "CRS": "EPSG:3006",
        "LANGUAGE": 0,
        **{role: [layer(name) for name in names] for role, names in THEMES.items()},
        **{key: f"ogr:dbname='{output}' table=\"{key.lower()}\" (geom)" for key in OUTPUT_KEYS},
    }


def run_samplan(region: Path, output: Path, sources: dict[str, str] | None = None) -> dict:
    """samplan:conflictcheck as one whole `qgis_process run`: its wall time, its peak memory, its time per step, the
    features it read per theme layer."""
    output.unlink(missing_ok=True)
    command = ["qgis_process", "--json", "run", "samplan:conflictcheck", "-"]
    started = time.perf_counter()
    process = subprocess.Popen(
        command, stdin=subprocess.PIPE, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, env=os.environ.copy()
    )
    stdout, stderr = process.communicate(json.dumps({"inputs": check_parameters(region, output, sources)}))
    seconds = time.perf_counter() - started
    # The child's own peak and CPU time (the shell wrapper execs qgis_process.bin, so it is the same process).
    usage = resource.getrusage(resource.RUSAGE_CHILDREN)
    peak_mb = usage.ru_maxrss / 1024.0
    cpu = usage.ru_utime + usage.ru_stime
    if process.returncode != 0:
        sys.stderr.write(stdout[-4000:] + stderr[-4000:])
        raise SystemExit(f"qgis_process samplan:conflictcheck failed ({process.returncode})")
    # Its log: the lines qgis_process prints before its JSON answer, and the answer's "log" (kept beside the output).
    text = "\n".join([stdout[: stdout.index("{")], *_strings(json.loads(stdout[stdout.index("{") :]).get("log", ""))])
    output.with_suffix(".log").write_text(text + "\n" + stderr)
    log = text + stdout
    found = STEP_LINE.search(log)
    steps = (
        dict(zip(("read", "index", "measure", "write"), (float(v.replace(",", ".")) for v in found.groups())))
        if found
        else {}
    )
    pairs, distances, measures = read_pairs(output)
    return {
        "seconds": seconds,
        "cpu": cpu,
        "load": os.getloadavg()[0],
        "peak_mb": peak_mb,
        "steps": steps,
        "read": read_counts(text),
        "pairs": pairs,
        "distances": distances,
        "measures": measures,
    }


def _strings(value) -> list[str]:
    if isinstance(value, str):
        return [value]
    if isinstance(value, dict):
        value = list(value.values())
    return [text for item in value for text in _strings(item)] if isinstance(value, list) else []


def read_counts(log: str) -> dict[str, list]:
    """Per theme layer, from the check's log: [features read, features in the layer or None where all were asked for]."""
    found: dict[str, list] = {m["name"]: [0, None] for m in NOT_READ_LINE.finditer(log)}
    for m in READ_LINE.finditer(log):
        found[m["name"]] = [int(m["read"]), None if m["total"] is None else int(m["total"])]
    return found


def read_pairs(output: Path) -> tuple[list, dict, dict]:
    """(rule, plan layer, plan fid, theme layer, theme fid) of every result, with its distance and measures (GDAL alone)."""
    from osgeo import ogr

    pairs, distances, measures = [], {}, {}
    dataset = ogr.Open(str(output))
    for table in ("conflict_areas", "conflict_lines", "conflict_points"):
        layer = dataset.GetLayerByName(table)
        layer.SetIgnoredFields(["OGR_GEOMETRY"])
        for feature in layer:
            theme_fid = feature.GetField("theme_fid")
            pair = [
                feature.GetField("rule_id"),
                feature.GetField("plan_layer"),
                int(feature.GetField("plan_fid")),
                feature.GetField("theme_layer") or None,
                None if theme_fid is None else int(theme_fid),
            ]
            pairs.append(pair)
            distances[json.dumps(pair)] = _number(feature.GetField("distance_m"))
            measures[json.dumps(pair)] = [_number(feature.GetField("area_m2")), _number(feature.GetField("length_m"))]
    return pairs, distances, measures


def run_inspector(region: Path) -> dict:
    """The check as the conflict inspector runs it (a QgsTask on layer copies, the staging GeoPackage, publishing into
    the results file, the rows read back for the table), twice: into a new results file, then over it (reviews
    carried). Its set-up is the sample project's, which also attributes municipalities."""
    import shutil

    _app, _provider = _start_qgis()
    from qgis.core import QgsProject
    from qgis.PyQt.QtCore import QCoreApplication, QEventLoop

    from samplan.ui.check_runner import ConflictCheckRun
    from samplan.ui.inspector_setup import load_from_project
    from samplan.ui.sample_project import build_sample_project

    folder = OUT / "inspector"
    shutil.rmtree(folder, ignore_errors=True)
    folder.mkdir(parents=True)
    project = QgsProject.instance()
    build_sample_project(project, region, folder)
    runs = []
    for _ in range(2):
        run = ConflictCheckRun(load_from_project(project), project)
        finished: list = []
        checked: list = []
        run.finished.connect(lambda ok, message, done=finished: done.append((ok, message, time.perf_counter())))
        started, before = time.perf_counter(), resource.getrusage(resource.RUSAGE_SELF)
        run.start()
        # When the check's task is done: what follows is publishing into the results file and reading the rows back.
        run.task.executed.connect(lambda *_, done=checked: done.append(time.perf_counter()))
        while not finished:
            QCoreApplication.processEvents(QEventLoop.ProcessEventsFlag.AllEvents, 50)
        ok, message, ended = finished[0]
        after = resource.getrusage(resource.RUSAGE_SELF)
        if not ok:
            raise SystemExit(f"inspector run failed: {message}")
        runs.append(
            {
                "seconds": ended - started,
                "cpu": after.ru_utime + after.ru_stime - before.ru_utime - before.ru_stime,
                "check": checked[0] - started,
                "publish": ended - checked[0],
                "rows": sum(len(rows) for rows in run.records.values()),
            }
        )
    project.clear()
    return {"runs": runs, "peak_mb": _peak_rss_mb()}


def _number(value) -> float | None:
    return None if value is None or str(value) == "NULL" else float(value)


def run_native(region: Path) -> dict:
    _app, _provider = _start_qgis()
    from qgis.core import QgsVectorLayer

    sys.path.insert(0, str(REPOSITORY))
    from tests.reference.native_chain import NamedLayer, native_conflicts

    from samplan.core.rules import read_rule_set

    roles = {parameter: role for role, parameter in ROLE_PARAMETERS.items()}
    plans = [
        NamedLayer(name, "plan", QgsVectorLayer(f"{region}|layername={name}", name, "ogr")) for name in PLAN_LAYERS
    ]
    themes = [
        NamedLayer(name, roles[key], QgsVectorLayer(f"{region}|layername={name}", name, "ogr"))
        for key, names in THEMES.items()
        for name in names
    ]
    started, before = time.perf_counter(), resource.getrusage(resource.RUSAGE_SELF)
    frame = native_conflicts(plans, "anvandning", themes, "kategori", read_rule_set())
    seconds, after = time.perf_counter() - started, resource.getrusage(resource.RUSAGE_SELF)
    cpu = after.ru_utime + after.ru_stime - before.ru_utime - before.ru_stime
    pairs, measures = [], {}
    for r in frame.itertuples():
        pair = [
            r.rule_id,
            r.plan_layer,
            int(r.plan_fid),
            r.theme_layer or None,
            None if r.theme_fid is None or r.theme_fid != r.theme_fid else int(r.theme_fid),
        ]
        pairs.append(pair)
        measures[json.dumps(pair)] = [_number(r.area_m2), _number(r.length_m)]
    return {
        "seconds": seconds,
        "cpu": cpu,
        "load": os.getloadavg()[0],
        "peak_mb": _peak_rss_mb(),
        "pairs": pairs,
        "measures": measures,
    }


def counts(region: Path) -> dict[str, int]:
    from osgeo import ogr

    source = ogr.Open(str(region))
    count = {source.GetLayer(i).GetName(): source.GetLayer(i).GetFeatureCount() for i in range(source.GetLayerCount())}
    green_blue_polygons = sum(
        count.get(n, 0) for n in THEMES["GREEN_BLUE"] if n not in ("ekologiska_samband", "vattendrag")
    )
    return {
        "buildings": count.get("byggnader", 0),
        "green-blue polygons": green_blue_polygons,
        "road and rail segments": count.get("vagar", 0) + count.get("jarnvag", 0) + count.get("farligt_gods", 0),
        "plan features": count.get(PLAN_LAYERS[0], 0) + count.get(PLAN_LAYERS[1], 0),
    }


def child(kind: str, region: Path) -> dict:
    """Run one side in a fresh process; its result comes back as JSON."""
    result_file = OUT / f"{kind}_{region.stem}_result.json"
    result_file.unlink(missing_ok=True)
    done = subprocess.run(
        [sys.executable, __file__, "--child", kind, "--region", str(region), "--result", str(result_file)],
        env=os.environ.copy(),
    )
    if done.returncode != 0:
        raise SystemExit(f"{kind} run failed ({done.returncode})")
    return json.loads(result_file.read_text())


def print_case(region: Path) -> dict[str, int]:
    print(f"case: {region.name}   (load average {os.getloadavg()[0]:.1f}, {os.cpu_count()} cores)")
    found = counts(region)
    for name, value in found.items():
        print(f"  {name:>24}: {value:,}".replace(",", " "))
    return found


def print_samplan(samplan: dict) -> None:
    print(
        f"(a) samplan:conflictcheck, whole qgis_process run   {samplan['seconds']:8.1f} s   peak {samplan['peak_mb']:7.0f} MB   "
        f"{len(samplan['pairs'])} results   (CPU {samplan['cpu']:.1f} s, start-up included; load average {samplan['load']:.1f})",
        flush=True,
    )
    steps = samplan["steps"]
    if steps:
        print(
            "    per step (from its log): "
            + ", ".join(f"{name} {steps[name]:.2f} s" for name in ("read", "index", "measure", "write"))
            + f"; start-up and the rest {samplan['seconds'] - sum(steps.values()):.2f} s"
        )


def compare(samplan: dict, native: dict) -> None:
    ours = {tuple(p) for p in samplan["pairs"]}
    theirs = {tuple(p) for p in native["pairs"]}
    print(
        f"same (rule, plan feature, theme feature) pairs: {'yes' if ours == theirs else 'no'} "
        f"({len(ours & theirs)} in both, {len(ours - theirs)} only Samplan, {len(theirs - ours)} only native)"
    )
    compare_measures(ours & theirs, samplan["measures"], native["measures"], samplan["distances"])
    if ours != theirs:
        explain_differences(ours - theirs, theirs - ours, samplan["distances"])


def first_county_pairs(national: dict, county_counts: dict[str, int]) -> set:
    """The national run's pairs whose plan feature lies in the first county copy (its ids come first)."""
    return {tuple(p) for p in national["pairs"] if p[2] <= county_counts[p[1]]}


def layer_counts(region: Path) -> dict[str, int]:
    from osgeo import ogr

    source = ogr.Open(str(region))
    return {source.GetLayer(i).GetName(): source.GetLayer(i).GetFeatureCount() for i in range(source.GetLayerCount())}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--scale", type=float, default=125.0)
    parser.add_argument("--skip-native", action="store_true", help="time Samplan alone")
    parser.add_argument("--skip-national", action="store_true", help="the county case alone")
    parser.add_argument("--skip-inspector", action="store_true", help="no run through the inspector's path")
    parser.add_argument("--skip-postgis", action="store_true", help="no run from PostGIS inputs")
    parser.add_argument("--child", choices=("samplan", "postgis", "native", "build", "inspector"))
    parser.add_argument("--region", type=Path)
    parser.add_argument("--result", type=Path)
    arguments = parser.parse_args()
    OUT.mkdir(parents=True, exist_ok=True)
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    if arguments.child:
        if arguments.child == "build":
            build_region(arguments.scale)
            return
        if arguments.child == "samplan":
            result = run_samplan(arguments.region, OUT / f"samplan_{arguments.region.stem}.gpkg")
        elif arguments.child == "postgis":
            dsn = os.environ[postgis_case.ENVIRONMENT]
            sources = postgis_case.sources(list(PLAN_LAYERS) + theme_layer_names(), dsn)
            result = run_samplan(arguments.region, OUT / f"samplan_postgis_{arguments.region.stem}.gpkg", sources)
        elif arguments.child == "inspector":
            result = run_inspector(arguments.region)
        else:
            result = run_native(arguments.region)
        arguments.result.write_text(json.dumps(result))
        return

    region = OUT / f"county_scale{arguments.scale:g}.gpkg"
    if not region.exists():
        started = time.perf_counter()
        subprocess.run(
            [sys.executable, __file__, "--child", "build", "--scale", str(arguments.scale)],
            check=True,
            env=os.environ.copy(),
        )
        print(f"sample region at scale {arguments.scale:g} built in {time.perf_counter() - started:.0f} s")
    print_case(region)
    samplan = child("samplan", region)
    print_samplan(samplan)
    if not arguments.skip_inspector:
        inspector = child("inspector", region)
        print(
            f"    through the inspector's path (task, staging, publishing, rows read back; municipalities attributed too), "
            f"peak {inspector['peak_mb']:.0f} MB, load average {os.getloadavg()[0]:.1f}:"
        )
        for run, what in zip(inspector["runs"], ("into a new results file", "over it, reviews carried")):
            print(
                f"      {what:<26} {run['seconds']:6.1f} s (CPU {run['cpu']:.1f} s): the check's task {run['check']:.1f} s, "
                f"publishing and rows read back {run['publish']:.1f} s; {run['rows']} rows",
                flush=True,
            )
    if not arguments.skip_postgis:
        run_postgis(region, samplan)
    native = None
    if not arguments.skip_native:
        native = child("native", region)
        print(
            f"(b) native algorithm chain, inside its process      {native['seconds']:8.1f} s   peak {native['peak_mb']:7.0f} MB   "
            f"{len(native['pairs'])} results   (CPU {native['cpu']:.1f} s; load average {native['load']:.1f})"
        )
        print(
            f"ratio native / samplan: {native['seconds'] / samplan['seconds']:.1f}x wall time, "
            f"{native['cpu'] / samplan['cpu']:.1f}x CPU time (less sensitive to a shared machine's load)"
        )
        compare(samplan, native)
    if arguments.skip_national:
        return

    print()
    if not NATIONAL.exists():
        started = time.perf_counter()
        build_national(
            region, NATIONAL, [*PLAN_LAYERS, "lan", "kommuner", *(n for names in THEMES.values() for n in names)]
        )
        print(
            f"national case built in {time.perf_counter() - started:.0f} s (cached: {NATIONAL.relative_to(REPOSITORY)})"
        )
    print_case(NATIONAL)
    national = child("samplan", NATIONAL)
    print_samplan(national)
    copies = COLUMNS * ROWS
    if native is not None:
        estimate = native["seconds"] * copies
        print(
            f"(b) native algorithm chain: not run on the national case, it would pass 10 minutes; run on a sample, one of its "
            f"{copies} counties (the county case above, the same features): {native['seconds']:.1f} s, so about "
            f"{estimate:.0f} s for all {copies}"
        )
        print(
            f"ratio native (estimated from the sample) / samplan: {estimate / national['seconds']:.1f}x wall time, "
            f"{native['cpu'] * copies / national['cpu']:.1f}x CPU time"
        )
    county_counts = layer_counts(region)
    first = first_county_pairs(national, county_counts)
    county = {tuple(p) for p in samplan["pairs"]}
    across = {p for p in first - county if p[4] is not None and p[4] > county_counts.get(p[3], 0)}
    print(
        f"national run, first county: same pairs as the county run: {'yes' if first == county else 'no'} "
        f"({len(first & county)} in both, {len(first - county)} only national, of which {len(across)} with a theme feature "
        f"of the neighbouring county across the border; {len(county - first)} only county)"
    )


def theme_layer_names() -> list[str]:
    return [name for names in THEMES.values() for name in names]


def run_postgis(region: Path, samplan: dict) -> None:
    """(c) The county case's check with its plan and theme layers read from PostGIS, beside the GeoPackage run (a):
    the same figures, the features read per layer against the layer's total, and the same pairs expected."""
    print(
        f"(c) the same check with the plan and theme layers from PostGIS (QGIS postgres layers, schema {postgis_case.SCHEMA}):"
    )
    dsn, why = postgis_case.server()
    if dsn is None:
        print(f"    skipped: no PostgreSQL + PostGIS server: {why}")
        return
    totals = layer_counts(region)
    try:
        print("    " + postgis_case.load(region, [*PLAN_LAYERS, *theme_layer_names()], totals, dsn), flush=True)
    except Exception as error:  # the case is skipped, the bench goes on
        print(f"    skipped: the layers could not be loaded into PostGIS: {error}")
        return
    try:
        postgis = child("postgis", region)
    except SystemExit as error:
        print(f"    skipped: the run from PostGIS failed: {error}")
        return
    print(
        f"    samplan:conflictcheck from PostGIS, whole qgis_process run {postgis['seconds']:8.1f} s   peak {postgis['peak_mb']:7.0f} MB   "
        f"{len(postgis['pairs'])} results   (CPU {postgis['cpu']:.1f} s, start-up included; load average {postgis['load']:.1f})",
        flush=True,
    )
    steps, file_steps = postgis["steps"], samplan["steps"]
    if steps:
        print(
            "    per step (from its log): "
            + ", ".join(f"{name} {steps[name]:.2f} s" for name in ("read", "index", "measure", "write"))
            + f"; start-up and the rest {postgis['seconds'] - sum(steps.values()):.2f} s"
        )
    print(
        f"    ratio PostGIS / GeoPackage run (a): {postgis['seconds'] / samplan['seconds']:.2f}x wall time, "
        f"{postgis['cpu'] / samplan['cpu']:.2f}x CPU time, {postgis['peak_mb'] / samplan['peak_mb']:.2f}x peak memory"
        + (
            f", {steps['read'] / file_steps['read']:.2f}x reading ({steps['read']:.2f} s against {file_steps['read']:.2f} s)"
            if steps and file_steps.get("read")
            else ""
        )
    )
    print("    features read per theme layer (from its log): from PostGIS / from the GeoPackage (a) / in the layer")
    for name in theme_layer_names():
        read, total = postgis["read"].get(name, [None, None])
        file_read = samplan.get("read", {}).get(name, [None, None])[0]
        note = ""
        if read == 0 and total is None:
            note = "  not read: no rule checks its categories"
        elif read is not None and total is None:
            note = "  no spatial filter (a not_within_distance rule wants the nearest however far); categories filtered"
        total = totals.get(name) if total is None else total
        share = f"  ({100 * read / total:.1f} %)" if read and total and not note else ""
        print(f"      {name:<20} {_spaced(read):>9} / {_spaced(file_read):>9} / {_spaced(total):>9}{share}{note}")
    ours = {tuple(p) for p in postgis["pairs"]}
    theirs = {tuple(p) for p in samplan["pairs"]}
    shared = ours & theirs
    worst = 0.0
    for pair in shared:
        key = json.dumps(list(pair))
        for mine, other in zip(postgis["measures"].get(key, []), samplan["measures"].get(key, [])):
            if mine is not None and other is not None:
                worst = max(worst, abs(mine - other) / max(abs(other), 1.0))
    print(
        f"    same (rule, plan feature, theme feature) pairs as the GeoPackage run (a): {'yes' if ours == theirs else 'no'} "
        f"({len(shared)} in both, {len(ours - theirs)} only PostGIS, {len(theirs - ours)} only GeoPackage); "
        f"measures of shared pairs: largest relative difference {worst:.2e}",
        flush=True,
    )


def _spaced(number: int | None) -> str:
    return "?" if number is None else postgis_case.spaced(number)


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
    print(
        f"measures of shared pairs: {compared} compared, largest relative difference {worst:.2e}, {len(beyond)} beyond {tolerance:g}"
    )
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
        if (
            threshold
            and distance is not None
            and threshold - distance <= threshold * (1 - math.cos(math.pi / 64)) + 1e-9
        ):
            at_resolution.append((pair, distance, threshold))
    print(
        f"  of those only Samplan finds, {len(at_resolution)} lie within the native buffer's chord error of the threshold:"
    )
    for pair, distance, threshold in sorted(at_resolution)[:10]:
        print(f"    {pair}: distance {distance:.3f} m, threshold {threshold:g} m")
    unexplained = len(only_samplan) - len(at_resolution) + len(only_native)
    print(f"  unexplained differences: {unexplained}")


if __name__ == "__main__":
    main()
