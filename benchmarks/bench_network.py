"""Benchmark of the network engine against its peers, side by side in one run.

A-C. The real peers (bench_network_peers.py) on the sample region at county scale (scale 125: 88,417 road links,
   166,247 population points): QNEAT3 and QGIS's own shortest path against samplan:accessibility (the peers on
   samples of origins, extrapolated, and said so), ra2ce's single-link redundancy against the all-link detours at
   every size from 873 to 88,417 links, area disruptions of every flood zone. Wall and CPU times are printed
   (a shared machine inflates wall times), every difference in the answers is explained or counted as unexplained.

Extras, against re-implementations of the peers' methods at sizes the real tools cannot reach in a run:
1. All-link detours on a network of at least 100,000 links: Samplan's batched bounded searches against the
   per-link search of ra2ce's single-link redundancy (networkx: remove the link, Dijkstra between its ends, put
   it back), on the same graph. The peer runs on a random sample of links and is extrapolated to all of them
   (the full run would take minutes); its answers are compared with Samplan's on that sample.
2. Demand-weighted link importance (Jenelius & Mattsson) for every link of a grid network with 200 zones.
3. Accessibility of 600,000 population points to 2,000 destinations over a 500,000-link network: one multi-source
   search against one search per origin (as QNEAT3's OD matrix does), the latter on a sample of origins,
   extrapolated, with the answers compared.

The networks are synthetic: a square grid of 100 m blocks, nodes jittered by up to 30 m, 30 % of the edges
dropped at random (seeded), speeds of 30-90 km/h. Run: make bench-network (or .venv/bin/python benchmarks/bench_network.py).
"""

from __future__ import annotations

import argparse
import importlib.util
import sys
import time
from pathlib import Path

import numpy as np
import shapely

REPOSITORY = Path(__file__).resolve().parent.parent
_spec = importlib.util.spec_from_file_location("samplan_path", REPOSITORY / "scripts" / "samplan_path.py")
_samplan_path = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(_samplan_path)
_samplan_path.make_samplan_importable()

import networkx as nx  # noqa: E402
from scipy.sparse.csgraph import dijkstra  # noqa: E402

from samplan.core.accessibility import accessibility  # noqa: E402
from samplan.core.criticality import Demand, link_criticality  # noqa: E402
from samplan.core.network import Arcs, DetourStats, all_link_detours, attach_points, block_structure, build_network  # noqa: E402


COUNTY_SCALE = 125.0  # the county case of every benchmark (docs/en/sample_region.md)


def grid_lines(nx_: int, ny_: int, seed: int, drop: float = 0.3) -> np.ndarray:
    rng = np.random.default_rng(seed)
    xs, ys = np.meshgrid(np.arange(nx_), np.arange(ny_))
    points = np.column_stack([xs.ravel(), ys.ravel()]).astype(float) * 100.0 + rng.uniform(-30, 30, (nx_ * ny_, 2))
    index = np.arange(nx_ * ny_).reshape(ny_, nx_)
    edges = np.concatenate(
        [
            np.column_stack([index[:, :-1].ravel(), index[:, 1:].ravel()]),
            np.column_stack([index[:-1, :].ravel(), index[1:, :].ravel()]),
        ]
    )
    edges = edges[rng.uniform(size=len(edges)) > drop]
    return shapely.linestrings(np.stack([points[edges[:, 0]], points[edges[:, 1]]], axis=1))


def network_of(side: int, seed: int):
    geometries = grid_lines(side, side, seed)
    speed = np.random.default_rng(seed + 1).choice([30.0, 50.0, 70.0, 90.0], len(geometries))
    return build_network(np.arange(len(geometries)), geometries, speed_kmh=speed)


def bench_detours(side: int, sample: int) -> bool:
    network = network_of(side, 1)
    print(f"\n1. All-link detours: synthetic grid {side} x {side}, {len(network):,} links, {network.n_nodes:,} nodes")
    started = time.perf_counter()
    structure = block_structure(network.n_nodes, network.start, network.end)
    stats = DetourStats()
    detours = all_link_detours(network, network.length_m, structure.is_bridge, stats=stats)
    ours = time.perf_counter() - started
    print(
        f"   Samplan (bridges + all-link detours): {ours:.1f} s  ({stats.rounds} rounds, {stats.retried} links retried, "
        f"{int(structure.is_bridge.sum())} bridges)"
    )
    # The peer: ra2ce's single-link redundancy, link by link with networkx.
    graph = nx.MultiGraph()
    for k, (a, b, w) in enumerate(zip(network.start, network.end, network.length_m)):
        graph.add_edge(int(a), int(b), key=k, weight=float(w))
    chosen = np.random.default_rng(7).choice(len(network), min(sample, len(network)), replace=False)
    reference = np.full(len(chosen), np.inf)
    started = time.perf_counter()
    for i, k in enumerate(chosen):
        a, b, w = int(network.start[k]), int(network.end[k]), float(network.length_m[k])
        graph.remove_edge(a, b, key=int(k))
        try:
            reference[i] = nx.dijkstra_path_length(graph, a, b, weight="weight")
        except nx.NetworkXNoPath:
            pass
        graph.add_edge(a, b, key=int(k), weight=w)
    peer_sample = time.perf_counter() - started
    peer = peer_sample * len(network) / len(chosen)
    same = np.array_equal(np.isinf(reference), np.isinf(detours[chosen])) and np.allclose(
        reference[np.isfinite(reference)], detours[chosen][np.isfinite(reference)], rtol=1e-9
    )
    print(
        f"   networkx per link (ra2ce): {peer_sample:.1f} s for a random sample of {len(chosen):,} links, "
        f"extrapolated {peer:.1f} s for all {len(network):,}"
    )
    print(f"   same answers on the sample: {same}")
    print(f"   ratio (peer / Samplan): {peer / ours:.1f}x   target: Samplan <= 60 s and >= 10x")
    return bool(same)


def bench_demand(side: int, zones: int) -> bool:
    network = network_of(side, 2)
    rng = np.random.default_rng(3)
    extent = side * 100.0
    points = shapely.points(rng.uniform(0, extent, (zones, 2)))
    population = rng.integers(200, 20000, zones).astype(float)
    print(
        f"\n2. Demand-weighted importance: synthetic grid {side} x {side}, {len(network):,} links, {zones} zones (gravity model)"
    )
    started = time.perf_counter()
    result = link_criticality(network, True, points, population, None, points[:5], 1000.0, Demand("gravity", 1.0, 0.1))
    took = time.perf_counter() - started
    affected = int(
        (result.links["total_delay"].fillna(0) > 0).sum() + (result.links["unsatisfied_trips"].fillna(0) > 0).sum()
    )
    print(
        f"   Samplan (bridges, detours in m and s, cut-off population, importance of every link): {took:.1f} s; "
        f"{affected:,} links matter to some trip   target: <= 300 s"
    )
    return True  # no peer to compare with here: the tests hold it to a brute-force reference


def bench_accessibility(side: int, origins: int, destinations: int, sample: int) -> bool:
    network = network_of(side, 4)
    rng = np.random.default_rng(5)
    extent = side * 100.0
    population = shapely.points(rng.uniform(0, extent, (origins, 2)))
    targets = shapely.points(rng.uniform(0, extent, (destinations, 2)))
    print(
        f"\n3. Accessibility: synthetic grid {side} x {side}, {len(network):,} links; {origins:,} population points, "
        f"{destinations:,} destinations"
    )
    people = rng.integers(0, 50, origins).astype(float)
    municipality = np.where(shapely.get_x(population) < extent / 2, "Väst", "Öst").astype(object)
    started = time.perf_counter()
    result = accessibility(
        network, True, population, people, targets, np.arange(destinations).astype(str), municipality, 1000.0, 30.0
    )
    ours = time.perf_counter() - started
    cost = result.features["time_min"].to_numpy() * 60.0
    print(
        f"   Samplan, the whole algorithm's engine (one multi-source search for distance and one for time, connectors, "
        f"thresholds, summary per municipality): {ours:.1f} s"
    )
    # The peer: one Dijkstra per origin over the whole network (QNEAT3's OD matrix), then the nearest destination.
    graph = Arcs(network, network.time_s).graph
    orig = attach_points(network, population, 1000.0)
    dest = attach_points(network, targets, 1000.0)
    chosen = rng.choice(origins, sample, replace=False)
    started = time.perf_counter()
    peer_cost = np.full(sample, np.inf)
    for i, o in enumerate(chosen):
        if orig.link[o] < 0:
            continue
        link, f = orig.link[o], orig.fraction[o]
        to_node = dijkstra(graph, directed=True, indices=[network.start[link], network.end[link]])
        w = network.time_s
        from_o = np.minimum(f * w[link] + to_node[0], (1 - f) * w[link] + to_node[1])
        ok = dest.link >= 0
        dl, g = dest.link[ok], dest.fraction[ok]
        reach = np.minimum(from_o[network.start[dl]] + g * w[dl], from_o[network.end[dl]] + (1 - g) * w[dl])
        same_link = dl == link
        reach[same_link] = np.minimum(reach[same_link], np.abs(g[same_link] - f) * w[link])
        peer_cost[i] = orig.connector_m[o] / (30 / 3.6) + (reach + dest.connector_m[ok] / (30 / 3.6)).min()
    peer_sample = time.perf_counter() - started
    peer = peer_sample * origins / sample
    same = np.allclose(peer_cost, np.where(np.isnan(cost[chosen]), np.inf, cost[chosen]), rtol=1e-9)
    print(
        f"   one search per origin (QNEAT3): {peer_sample:.1f} s for a random sample of {sample} origins, "
        f"extrapolated {peer:.0f} s for all {origins:,}"
    )
    print(f"   same answers on the sample: {same}")
    print(f"   ratio (peer / Samplan): {peer / ours:.0f}x   target: Samplan <= 120 s")
    return bool(same)


def bench_real_peers(
    access_scale: float, ra2ce_scales: tuple[float, ...], qneat3_samples: tuple[int, int], native_sample: int
) -> bool:
    """The real tools in one run: QNEAT3 and QGIS's own shortest path (A), ra2ce (B), area disruptions (C)."""
    spec = importlib.util.spec_from_file_location(
        "bench_network_peers", Path(__file__).resolve().parent / "bench_network_peers.py"
    )
    peers = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(peers)
    peers.qgis_app()
    same = peers.bench_accessibility_peers(access_scale, qneat3_samples, native_sample)
    same &= peers.bench_ra2ce(ra2ce_scales)
    same &= peers.bench_area_disruptions(access_scale)
    return same


def main(argv: list[str] | None = None) -> int:
    """Runs the parts; exits 1 when any part's answers differ from its peer's."""
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--quick", action="store_true", help="small sizes, to try the script")
    parser.add_argument(
        "--part",
        choices=("peers", "detours", "demand", "accessibility"),
        action="append",
        help="run only these parts (default: all; 'peers' runs the real ra2ce, QNEAT3 and QGIS)",
    )
    parser.add_argument(
        "--peer-scale", type=float, help="sample region scale for the real peers' accessibility and area parts"
    )
    parser.add_argument("--ra2ce-scales", type=float, nargs="+", help="sample region scales for ra2ce")
    parser.add_argument(
        "--qneat3-samples", type=int, nargs=2, help="the two sample sizes of origins QNEAT3 runs on (default 30 90)"
    )
    args = parser.parse_args(argv)
    parts = args.part or ["peers", "detours", "demand", "accessibility"]
    if args.quick:
        sizes = {
            "peers": (1.0, (1.0,), (10, 30), 5),
            "detours": (60, 300),
            "demand": (40, 30),
            "accessibility": (100, 20000, 100, 20),
        }
    else:
        sizes = {
            # The real peers at county scale (the sample region at scale 125: 88,417 road links, 166,247 population
            # points); ra2ce at every size from 873 to 88,417 links; QNEAT3 and QGIS native on samples of origins.
            "peers": (COUNTY_SCALE, (1.0, 3.0, 6.0, 12.0, 30.0, COUNTY_SCALE), (30, 90), 2),
            "detours": (270, 1000),
            "demand": (80, 200),
            "accessibility": (600, 600_000, 2_000, 30),
        }
    if args.peer_scale or args.ra2ce_scales or args.qneat3_samples:
        scale, scales, samples, native = sizes["peers"]
        sizes["peers"] = (
            args.peer_scale or scale,
            tuple(args.ra2ce_scales or scales),
            tuple(args.qneat3_samples or samples),
            native,
        )
    runs = {
        "peers": bench_real_peers,
        "detours": bench_detours,
        "demand": bench_demand,
        "accessibility": bench_accessibility,
    }
    if len(parts) > 1 or parts != ["peers"]:
        print(
            "The real peers come first (A-C); parts 1-3 are extras: Samplan against re-implementations of the peers' "
            "methods (networkx per link as ra2ce does it, a search per origin as QNEAT3 does it), at sizes the real tools "
            "cannot reach in a benchmark run."
        )
    differ = [part for part in parts if not runs[part](*sizes[part])]
    if differ:
        print(f"\nDIFFERENT ANSWERS from the peer in: {', '.join(differ)}")
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
