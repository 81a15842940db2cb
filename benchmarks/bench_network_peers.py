"""The real peers, side by side with Samplan in one run, on the sample region's roads (make bench-network):

- QNEAT3 1.0.8 (from ../shared/peers/, unpacked into a private QGIS profile under build/) OD matrix from layers,
  and QGIS's own native:shortestpathpointtolayer, against samplan:accessibility: the nearest destination (by
  distance) of every population point, whole runs through processing.run in one QGIS process. The peers run on
  samples of origins and are extrapolated linearly (fixed cost plus cost per origin, from two sample sizes);
  their answers are compared with Samplan's on the sample.
- ra2ce (PyPI, in a separate environment this script makes under build/) single-link redundancy against
  Samplan's all-link detours (samplan:linkcriticality's engine), on the same graph: ra2ce's whole run and its
  analysis step alone, with the detours compared (ra2ce rounds lengths to whole metres).
- Area disruptions: samplan:areadisruption for every flood-zone area of the sample region.

Ratios are printed as measured; nothing is assumed.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
import tarfile
import time
from pathlib import Path

import numpy as np
import shapely

REPOSITORY = Path(__file__).resolve().parent.parent
BUILD = REPOSITORY / "build" / "bench-peers"
PEERS = REPOSITORY.parent / "shared" / "peers"
if not PEERS.exists():
    PEERS = Path("/work/shared/peers")
QNEAT3_ARCHIVE = PEERS / "QNEAT3-1.0.8.tar.gz"
PLUGINS = REPOSITORY / "build" / "peer-qgis" / "profiles" / "default" / "python" / "plugins"
RA2CE_VENV = REPOSITORY / "build" / "ra2ce-venv"
RA2CE_RUNNER = Path(__file__).resolve().parent / "ra2ce_runner.py"
_KEPT: list = []


def qgis_app():
    """QGIS with Processing, Samplan's provider and QNEAT3's (from the private peer profile)."""
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from qgis.core import QgsApplication

    if not _KEPT:
        _KEPT.append(QgsApplication([], False))
        _KEPT[0].initQgis()
    app = _KEPT[0]
    plugins = Path(QgsApplication.pkgDataPath()) / "python" / "plugins"
    for path in (plugins, Path("/usr/share/qgis/python/plugins")):
        if str(path) not in sys.path:
            sys.path.append(str(path))
    from processing.core.Processing import Processing

    Processing.initialize()
    from samplan.algorithms.provider import SamplanProvider

    registry = QgsApplication.processingRegistry()
    if registry.providerById("native") is None:
        from qgis.analysis import QgsNativeAlgorithms

        registry.addProvider(QgsNativeAlgorithms())
    if registry.providerById("samplan") is None:
        _KEPT.append(SamplanProvider())  # Python must keep a provider alive, or its algorithms are lost
        registry.addProvider(_KEPT[-1])
    if not (PLUGINS / "QNEAT3").exists():
        PLUGINS.mkdir(parents=True, exist_ok=True)
        with tarfile.open(QNEAT3_ARCHIVE) as archive:
            archive.extractall(PLUGINS)
    if str(PLUGINS) not in sys.path:
        sys.path.insert(0, str(PLUGINS))
    if registry.providerById("qneat3") is None:
        from QNEAT3.Qneat3Provider import Qneat3Provider

        _KEPT.append(Qneat3Provider())
        registry.addProvider(_KEPT[-1])
    return app


def point_layer(points, name: str, crs: str = "EPSG:3006"):
    from qgis.core import QgsFeature, QgsGeometry, QgsVectorLayer

    layer = QgsVectorLayer(f"Point?crs={crs}&field=pid:integer", name, "memory")
    features = []
    for k, p in enumerate(points):
        f = QgsFeature(layer.fields())
        f.setGeometry(QgsGeometry.fromWkt(p.wkt))
        f.setAttributes([k])
        features.append(f)
    layer.dataProvider().addFeatures(features)
    return layer


def region(scale: float):
    """The sample region at a scale, written once; (path, its roads as a layer source, origins, destinations)."""
    import processing

    BUILD.mkdir(parents=True, exist_ok=True)
    path = BUILD / f"region_scale{scale:g}.gpkg"
    if not path.exists():
        processing.run("samplan:sampleregion", {"SEED": 2026, "SCALE": scale, "OUTPUT": str(path)})
    from qgis.core import QgsVectorLayer

    grid = QgsVectorLayer(f"{path}|layername=befolkning_250m", "grid", "ogr")
    towns = QgsVectorLayer(f"{path}|layername=tatorter", "towns", "ogr")
    origins = [shapely.from_wkt(f.geometry().pointOnSurface().asWkt()) for f in grid.getFeatures()]
    destinations = [shapely.from_wkt(f.geometry().pointOnSurface().asWkt()) for f in towns.getFeatures()]
    return path, f"{path}|layername=vagar", origins, destinations


def quiet():
    from qgis.core import QgsProcessingFeedback

    return QgsProcessingFeedback()


def bench_accessibility_peers(scale: float, samples: tuple[int, int], native_sample: int) -> bool:
    import processing

    path, roads, origins, destinations = region(scale)
    from qgis.core import QgsVectorLayer

    network = QgsVectorLayer(roads, "vagar", "ogr")
    print(
        f"\nA. Accessibility against the real peers: sample region at scale {scale:g}, {network.featureCount():,} road "
        f"segments, {len(origins):,} population points, {len(destinations)} tätorter (nearest by distance)"
    )
    dest_layer = point_layer(destinations, "destinations")
    all_origins = point_layer(origins, "origins")
    started, cpu_started = time.perf_counter(), time.process_time()
    ours = processing.run(
        "samplan:accessibility",
        {
            "NETWORK": roads,
            "POPULATION": all_origins,
            "DESTINATIONS": dest_layer,
            "MAX_CONNECTOR": 100000,
            "CRS": "EPSG:3006",
            "TOLERANCE": 0.0,
            "OUTPUT": "TEMPORARY_OUTPUT",
            "SUMMARY": "TEMPORARY_OUTPUT",
            "CHANGE": "TEMPORARY_OUTPUT",
            "CHANGE_SUMMARY": "TEMPORARY_OUTPUT",
        },
        feedback=quiet(),
    )
    samplan_s, samplan_cpu = time.perf_counter() - started, time.process_time() - cpu_started
    dist = {
        f["fid"]: (f["dist_km"] * 1000.0 if f["dist_km"] is not None else np.inf, f["nearest_by_distance"])
        for f in ours["OUTPUT"].getFeatures()
    }
    print(
        f"   samplan:accessibility, whole run (all {len(origins):,} origins): {samplan_s:.2f} s (CPU {samplan_cpu:.2f} s)"
    )
    rng = np.random.default_rng(11)
    order = rng.permutation(len(origins))
    # QNEAT3: OD matrix from layers (shortest distance, planar entry cost), two sample sizes.
    timings, cpu_timings = [], []
    agree = differ = explained = 0
    wrong_examples = []
    network_lines = np.array([shapely.from_wkt(f.geometry().asWkt()) for f in network.getFeatures()])
    tree = shapely.STRtree(network_lines)
    for n in samples:
        chosen = order[:n]
        layer = point_layer([origins[i] for i in chosen], "from")
        started, cpu_started = time.perf_counter(), time.process_time()
        result = processing.run(
            "qneat3:OdMatrixFromLayersAsTable",
            {
                "INPUT": roads,
                "FROM_POINT_LAYER": layer,
                "FROM_ID_FIELD": "pid",
                "TO_POINT_LAYER": dest_layer,
                "TO_ID_FIELD": "pid",
                "STRATEGY": 0,
                "ENTRY_COST_CALCULATION_METHOD": 1,
                "DEFAULT_SPEED": 50,
                "TOLERANCE": 0.0,
                "OUTPUT": "TEMPORARY_OUTPUT",
            },
            feedback=quiet(),
        )
        timings.append(time.perf_counter() - started)
        cpu_timings.append(time.process_time() - cpu_started)
        best = {}
        no_route = set()
        for f in result["OUTPUT"].getFeatures():
            cost = f["total_cost"]
            if not isinstance(cost, (int, float)):  # no route: NULL, as a QVariant
                no_route.add((int(f["origin_id"]), int(f["destination_id"])))
                continue
            o = int(f["origin_id"])
            if o not in best or cost < best[o][0]:
                best[o] = (float(cost), int(f["destination_id"]))
        if n == samples[-1]:
            ratios = []
            for local, i in enumerate(chosen):
                ours_cost, ours_name = dist[int(i) + 1]
                theirs, their_dest = best.get(local, (np.inf, -1))
                # Destination names are their feature ids (1..n); QNEAT3 gives the 0-based pid.
                if ours_name is not None and int(ours_name) - 1 == their_dest:
                    agree += 1
                    if np.isfinite(theirs) and np.isfinite(ours_cost) and ours_cost > 0:
                        ratios.append(theirs / ours_cost)
                    continue
                differ += 1
                if ours_name is not None and _same_tie_point(
                    origins[i], destinations[int(ours_name) - 1], network_lines, tree
                ):
                    # QNEAT3 ties every point to the nearest point of the network (a vertex of its graph) and reads
                    # QgsGraphAnalyzer's tree, where the start vertex has no incoming edge (-1), as 'no route': a
                    # destination tied to the origin's own vertex gets a NULL cost, so QNEAT3 picks the next one.
                    explained += int((local, int(ours_name) - 1) in no_route)
                if len(wrong_examples) < 3:
                    wrong_examples.append(
                        (int(i) + 1, ours_name, their_dest + 1, round(ours_cost, 1), round(theirs, 1))
                    )
    per_origin = (timings[1] - timings[0]) / (samples[1] - samples[0])
    fixed = max(timings[0] - per_origin * samples[0], 0.0)
    qneat3_full = fixed + per_origin * len(origins)
    cpu_per_origin = (cpu_timings[1] - cpu_timings[0]) / (samples[1] - samples[0])
    qneat3_cpu = max(cpu_timings[0] - cpu_per_origin * samples[0], 0.0) + cpu_per_origin * len(origins)
    print(
        f"   QNEAT3 OD matrix: {timings[0]:.2f} s for {samples[0]} origins, {timings[1]:.2f} s for {samples[1]} (CPU "
        f"{cpu_timings[0]:.2f} s, {cpu_timings[1]:.2f} s); a full run would take about {qneat3_full / 60:.0f} min, so it "
        f"is EXTRAPOLATED (fixed {fixed:.2f} s + {per_origin:.4f} s per origin) to {qneat3_full:.1f} s (CPU "
        f"{qneat3_cpu:.1f} s) for all {len(origins):,}"
    )
    print(
        f"   same nearest destination as Samplan on the {samples[-1]} sampled origins: {agree}, different: {differ}"
        + (f" (e.g. origin, Samplan's, QNEAT3's, Samplan m, QNEAT3 m: {wrong_examples})" if differ else "")
    )
    if differ:
        print(
            f"      explained: {explained} (Samplan's nearest destination ties to the same point of the network as the "
            f"origin, and QNEAT3 gives that pair no cost: it reads QgsGraphAnalyzer's -1 for the start vertex as "
            f"'no route', so it picks the next destination); unexplained: {differ - explained}"
        )
    if ratios:
        print(
            f"   QNEAT3's distance / Samplan's, same destination: {min(ratios):.5f} to {max(ratios):.5f} (QNEAT3 measures edges on the ellipsoid, "
            f"Samplan in the projected CRS: SWEREF 99 TM's scale factor)"
        )
    print(
        f"   ratio (QNEAT3 extrapolated / Samplan whole run): {qneat3_full / samplan_s:.1f}x wall, "
        f"{qneat3_cpu / samplan_cpu:.1f}x CPU   target: >= 100x at county scale"
    )
    # QGIS's own shortest path, point to layer: one run per origin.

    def connector(p):
        return float(shapely.distance(p, network_lines[tree.nearest(p)]))

    started = time.perf_counter()
    native_agree = native_differ = 0
    for i in order[:native_sample]:
        p = origins[i]
        result = processing.run(
            "native:shortestpathpointtolayer",
            {
                "INPUT": roads,
                "STRATEGY": 0,
                "DEFAULT_DIRECTION": 2,
                "DEFAULT_SPEED": 50,
                "TOLERANCE": 0.0,
                "START_POINT": f"{p.x},{p.y} [EPSG:3006]",
                "END_POINTS": dest_layer,
                "OUTPUT": "TEMPORARY_OUTPUT",
            },
            feedback=quiet(),
        )
        costs = [
            float(f["cost"]) + connector(destinations[int(f["pid"])])
            for f in result["OUTPUT"].getFeatures()
            if isinstance(f["cost"], (int, float))
        ]
        theirs = (min(costs) + connector(p)) if costs else np.inf
        if np.isclose(theirs, dist[int(i) + 1][0], rtol=1e-6, atol=0.01):
            native_agree += 1
        else:
            native_differ += 1
    native_s = time.perf_counter() - started
    native_full = native_s / native_sample * len(origins)
    print(
        f"   native:shortestpathpointtolayer: {native_s:.2f} s for {native_sample} origins (one run each), extrapolated "
        f"{native_full:.1f} s for all {len(origins):,}; same nearest distance: {native_agree}, different: {native_differ}"
    )
    print(f"   ratio (QGIS native extrapolated / Samplan whole run): {native_full / samplan_s:.1f}x")
    return explained == differ


def _same_tie_point(origin, destination, lines: np.ndarray, tree) -> bool:
    """Whether two points meet the network at the same point (their projections onto their nearest lines)."""
    ties = []
    for point in (origin, destination):
        line = lines[tree.nearest(point)]
        ties.append(shapely.line_interpolate_point(line, shapely.line_locate_point(line, point)))
    return bool(shapely.distance(ties[0], ties[1]) < 0.01)


def bench_area_disruptions(scale: float) -> bool:
    import processing
    from qgis.core import QgsVectorLayer

    path, roads, _, _ = region(scale)
    floods = QgsVectorLayer(f"{path}|layername=oversvamning_100ar", "floods", "ogr")
    # Trips by the gravity model need a zone-by-zone cost matrix: up to a few thousand zones (scale 3); above, people only.
    demand = 1 if scale <= 3 else 0
    started, cpu_started = time.perf_counter(), time.process_time()
    result = processing.run(
        "samplan:areadisruption",
        {
            "NETWORK": roads,
            "SPEED_FIELD": "hastighet",
            "HAZARDS": f"{path}|layername=oversvamning_100ar",
            "POPULATION": f"{path}|layername=befolkning_250m",
            "POPULATION_FIELD": "befolkning",
            "CENTRES": f"{path}|layername=stationer",
            "MAX_CONNECTOR": 2000,
            "DEMAND": demand,
            "CRS": "EPSG:3006",
            "AREAS": "TEMPORARY_OUTPUT",
            "FEATURES": "TEMPORARY_OUTPUT",
            "CLOSED": "TEMPORARY_OUTPUT",
        },
        feedback=quiet(),
    )
    took, cpu = time.perf_counter() - started, time.process_time() - cpu_started
    touched = sum(1 for f in result["AREAS"].getFeatures() if f["links_closed"] > 0)
    print(
        f"\nC. Area disruptions: every one of the {floods.featureCount()} flood-zone areas of the sample region at scale "
        f"{scale:g} ({touched} touch roads), {'trips by the gravity model' if demand else 'people cut off and delayed, no trips'}: "
        f"{took:.2f} s whole run (CPU {cpu:.2f} s)   target: <= 60 s"
    )
    return True


def ra2ce_environment() -> Path | None:
    """The separate environment with ra2ce from PyPI (made once under build/); None where it cannot be made."""
    python = RA2CE_VENV / "bin" / "python"
    if python.exists() and subprocess.run([str(python), "-c", "import ra2ce"], capture_output=True).returncode == 0:
        return python
    subprocess.run(["python3", "-m", "venv", "--clear", str(RA2CE_VENV)], check=False)
    pip = subprocess.run(
        [str(python), "-m", "pip", "install", "--quiet", "--disable-pip-version-check", "ra2ce"],
        capture_output=True,
        text=True,
    )
    if pip.returncode != 0:
        print(
            f"   ra2ce could not be installed: {pip.stderr.strip().splitlines()[-1] if pip.stderr.strip() else pip.returncode}"
        )
        return None
    return python


def bench_ra2ce(scales: tuple[float, ...]) -> bool:
    from samplan.core.network import DetourStats, all_link_detours, block_structure, build_network

    python = ra2ce_environment()
    print("\nB. All-link detours against ra2ce's single-link redundancy (the real ra2ce, its own environment)")
    if python is None:
        print("   ra2ce unavailable: part skipped")
        return True
    same_all = True
    for scale in scales:
        fid, geometry, speed = _roads(scale)
        started, cpu_started = time.perf_counter(), time.process_time()
        network = build_network(fid, geometry, 0.5, speed)
        structure = block_structure(network.n_nodes, network.start, network.end)
        analysis_started, analysis_cpu_started = time.perf_counter(), time.process_time()
        detours = all_link_detours(network, network.length_m, structure.is_bridge, stats=DetourStats())
        ours_analysis = time.perf_counter() - analysis_started
        ours_analysis_cpu = time.process_time() - analysis_cpu_started
        ours, ours_cpu = time.perf_counter() - started, time.process_time() - cpu_started
        BUILD.mkdir(parents=True, exist_ok=True)
        edges = BUILD / f"ra2ce_edges_scale{scale:g}.json"
        edges.write_text(
            json.dumps(
                {
                    "u": network.start.tolist(),
                    "v": network.end.tolist(),
                    "length": network.length_m.tolist(),
                    "speed": speed[np.searchsorted(fid, network.fid)].tolist(),
                    "wkt": [g.wkt for g in network.geometry],
                    "x": network.node_xy[:, 0].tolist(),
                    "y": network.node_xy[:, 1].tolist(),
                }
            )
        )
        run = subprocess.run([str(python), str(RA2CE_RUNNER), str(edges)], capture_output=True, text=True, timeout=3600)
        if run.returncode != 0:
            print(f"   scale {scale:g}: ra2ce failed: {run.stderr.strip()[-400:]}")
            same_all = False
            continue
        answer = json.loads(run.stdout.strip().splitlines()[-1])
        theirs = np.array([np.inf if d is None else d for d in answer["alt_dist"]], dtype=float)
        mine = np.where(np.isfinite(detours), detours, np.inf)
        both = np.isfinite(theirs) & np.isfinite(mine)
        same = bool(
            np.array_equal(np.isfinite(theirs), np.isfinite(mine))
            and np.all(np.abs(theirs[both] - mine[both]) <= 1.0 + 1e-9)
        )
        same_all &= same
        print(
            f"   scale {scale:g}, {len(network):,} links: Samplan {ours:.2f} s whole (graph, bridges, detours; CPU "
            f"{ours_cpu:.2f} s), analysis step {ours_analysis:.2f} s (CPU {ours_analysis_cpu:.2f} s); ra2ce "
            f"{answer['whole_s']:.2f} s whole (its graph and analysis, CPU {answer['whole_cpu_s']:.2f} s; "
            f"{answer['process_s']:.2f} s with its imports), analysis step {answer['analysis_s']:.2f} s (CPU "
            f"{answer['analysis_cpu_s']:.2f} s)"
        )
        print(
            f"      ratio whole run {answer['whole_s'] / ours:.1f}x (CPU {answer['whole_cpu_s'] / ours_cpu:.1f}x), analysis "
            f"step {answer['analysis_s'] / ours_analysis:.1f}x (CPU {answer['analysis_cpu_s'] / ours_analysis_cpu:.1f}x)"
            f"{'   target: >= 5x at about 90,000 links' if len(network) >= 50_000 else ''}; same detours (within ra2ce's "
            f"rounding to whole metres): {same}"
        )
        same_all &= _ra2ce_pipeline(python, edges, scale)
    return same_all


def _roads(scale: float) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """The sample region's roads at a scale (from its GeoPackage, written once): fid, geometry, speed (km/h)."""
    from qgis.core import QgsVectorLayer

    _, roads, _, _ = region(scale)
    layer = QgsVectorLayer(roads, "vagar", "ogr")
    rows = [(f.id(), bytes(f.geometry().asWkb()), float(f["hastighet"])) for f in layer.getFeatures()]
    rows.sort()
    fid = np.array([r[0] for r in rows], dtype=np.int64)
    return fid, shapely.from_wkb([r[1] for r in rows]), np.array([r[2] for r in rows])


def _ra2ce_pipeline(python, edges: Path, scale: float) -> bool:
    """ra2ce as its users run it (network from a shapefile, simplified to stretches, then the analysis) against the
    whole samplan:linkcriticality on the same shapefile; stretches matched by their end points and length."""
    import processing

    shapefile = BUILD / f"ra2ce_roads_scale{scale:g}.shp"
    run = subprocess.run(
        [str(python), str(RA2CE_RUNNER), str(edges), str(shapefile)], capture_output=True, text=True, timeout=7200
    )
    if run.returncode != 0:
        print(f"      ra2ce's whole pipeline failed: {run.stderr.strip()[-400:]}")
        return False
    answer = json.loads(run.stdout.strip().splitlines()[-1])
    # The same work as ra2ce's run: its analysis weighs by length alone, so Samplan runs without a speed field
    # (with one it also finds every detour by travel time, a second pass ra2ce does not make).
    started, cpu_started = time.perf_counter(), time.process_time()
    result = processing.run(
        "samplan:linkcriticality",
        {
            "NETWORK": str(shapefile),
            "SPEED_FIELD": "",
            "CRS": "EPSG:3006",
            "TOLERANCE": 0.0,
            "DEMAND": 0,
            "LINKS": "TEMPORARY_OUTPUT",
            "NODES": "TEMPORARY_OUTPUT",
        },
        feedback=quiet(),
    )
    ours, ours_cpu = time.perf_counter() - started, time.process_time() - cpu_started

    def key(x0, y0, x1, y1, length):
        return tuple(sorted([(round(x0, 2), round(y0, 2)), (round(x1, 2), round(y1, 2))])) + (round(length, 1),)

    theirs = {key(*row[:5]): (row[5], row[6]) for row in answer["rows"]}
    # ra2ce's simplification keeps a loop (a road leaving a junction and coming back to it through nodes where only
    # two links meet) as one self-loop edge with a 'detour' of 0 m, listed twice; Samplan splits it at its vertex
    # farthest from the junction into two stretches, each the other's detour (docs: noding and merging rules).
    loops: dict[tuple[float, float], list[float]] = {}
    for row in answer["rows"]:
        if (round(row[0], 2), round(row[1], 2)) == (round(row[2], 2), round(row[3], 2)):
            loops.setdefault((round(row[0], 2), round(row[1], 2)), []).append(row[4])
    matched = same = 0
    worst = 0.0
    examples = []
    unmatched: dict[tuple, list[float]] = {}
    for f in result["LINKS"].getFeatures():
        line = f.geometry().constGet()
        k = key(
            line.startPoint().x(),
            line.startPoint().y(),
            line.endPoint().x(),
            line.endPoint().y(),
            f.geometry().length(),
        )
        if k not in theirs:
            unmatched.setdefault(k[:2], []).append(f.geometry().length())
            continue
        matched += 1
        mine, (other, edges_on_detour) = f["alt_length_m"], theirs[k]
        mine_none = mine is None or not isinstance(mine, float) or mine != mine  # NULL comes as a QVariant
        # ra2ce rounds every edge of its simplified graph to whole metres: a detour over n edges may be n/2 m off.
        if mine_none == (other is None) and (other is None or abs(mine - other) <= 0.5 * edges_on_detour + 1e-6):
            same += 1
            if other is not None:
                worst = max(worst, abs(mine - other))
        elif len(examples) < 4:
            examples.append(
                (round(f.geometry().length(), 1), None if mine_none else round(mine, 1), other and round(other, 1))
            )
    # An unmatched pair of Samplan stretches between the same two nodes is explained when ra2ce has a self-loop at one
    # of them as long as the two together.
    in_loops = sum(
        len(lengths)
        for ends, lengths in unmatched.items()
        if len(lengths) == 2 and any(abs(sum(lengths) - loop) < 0.5 for end in ends for loop in loops.get(end, []))
    )
    unexplained = sum(len(lengths) for lengths in unmatched.values()) - in_loops
    stretches = result["LINKS"].featureCount()
    print(
        f"      whole pipelines from the same shapefile (both by length): samplan:linkcriticality {ours:.2f} s (CPU "
        f"{ours_cpu:.2f} s; {stretches:,} stretches); ra2ce {answer['whole_s']:.2f} s (CPU {answer['whole_cpu_s']:.2f} s; "
        f"{len(answer['rows']):,} edges after its simplification; {answer['process_s']:.2f} s with its imports and writing "
        f"the file); ratio {answer['whole_s'] / ours:.1f}x (CPU {answer['whole_cpu_s'] / ours_cpu:.1f}x)"
        + ("   target: >= 10x from 5,000 links" if stretches >= 5000 else "")
    )
    print(
        f"      stretches matched by their ends and length: {matched:,} of {stretches:,}; same detour (within ra2ce's "
        f"rounding, at most {worst:.1f} m apart): {same:,}"
        + (f" (e.g. length, Samplan's detour, ra2ce's: {examples})" if same < matched else "")
    )
    print(
        f"      not matched: {in_loops} stretches in {in_loops // 2} loop(s) that ra2ce keeps as one self-loop edge "
        f"(detour 0 m, listed twice) and Samplan splits in two at the farthest vertex; unexplained: {unexplained}"
    )
    return matched > 0 and same == matched and unexplained == 0
