"""The network engine: graph building, bridges and articulation points, all-link detours, population cut off and
demand-weighted importance, against hand-worked answers and networkx brute force (cut each link, search again)."""

from __future__ import annotations

import networkx as nx
import numpy as np
import pytest
import shapely
from shapely import LineString, Point

from samplan.core.criticality import Demand, link_criticality
from samplan.core.network import DetourStats, all_link_detours, attach_points, block_structure, build_network
from samplan.core.sample_region import build_sample_region

from .network_reference import detours_by_cutting, grid_lines, multigraph

RTOL = 1e-9


def lines(*coords):
    return np.array([LineString(c) for c in coords], dtype=object)


def link_between(network, a, b):
    """Index of the link whose ends lie at points a and b (either way round)."""
    xy = network.node_xy
    ends = [(tuple(xy[s]), tuple(xy[e])) for s, e in zip(network.start, network.end)]
    for k, (p, q) in enumerate(ends):
        if {p, q} == {tuple(map(float, a)), tuple(map(float, b))}:
            return k
    raise AssertionError(f"no link between {a} and {b}")


# A square A-B-C-D with a tail B-E: the tail is the only bridge, B the only articulation point.
SQUARE = lines(
    [(0, 0), (100, 0)], [(100, 0), (100, 100)], [(100, 100), (0, 100)], [(0, 100), (0, 0)], [(100, 0), (200, 0)]
)


def test_square_with_a_tail_hand_worked():
    network = build_network(np.arange(1, 6), SQUARE)
    assert len(network) == 5 and network.n_nodes == 5
    structure = block_structure(network.n_nodes, network.start, network.end)
    tail = link_between(network, (100, 0), (200, 0))
    assert structure.is_bridge.tolist() == [k == tail for k in range(5)]
    articulation = network.node_xy[structure.is_articulation]
    assert articulation.tolist() == [[100.0, 0.0]]
    detours = all_link_detours(network, network.length_m, structure.is_bridge)
    # Closing A-B leaves B-C-D-A: 300 m; the tail has none.
    assert detours[link_between(network, (0, 0), (100, 0))] == pytest.approx(300.0)
    assert np.isinf(detours[tail])


def test_detours_along_chains_hand_worked_without_searching_a_loop():
    """The square with its tail, cut into 2-vertex pieces of 50 m: closing any piece of the loop A-B-C-D-A (B
    the only junction) leaves the rest of the loop, 400 - 50 = 350 m, found from the chain alone (no search
    round); a ring meeting nothing else gets the same; the tail's pieces have none."""
    pieces = []
    for (x0, y0), (x1, y1) in [((0, 0), (100, 0)), ((100, 0), (100, 100)), ((100, 100), (0, 100)), ((0, 100), (0, 0))]:
        mid = ((x0 + x1) / 2, (y0 + y1) / 2)
        pieces += [[(x0, y0), mid], [mid, (x1, y1)]]
    pieces += [[(100, 0), (150, 0)], [(150, 0), (200, 0)]]
    network = build_network(np.arange(1, 11), lines(*pieces))
    structure = block_structure(network.n_nodes, network.start, network.end)
    stats = DetourStats()
    detours = all_link_detours(network, network.length_m, structure.is_bridge, stats=stats)
    x0, x1 = np.sort(network.node_xy[np.column_stack([network.start, network.end]), 0], axis=1).T
    tail = (network.node_xy[network.start, 1] + network.node_xy[network.end, 1] == 0) & (x0 >= 100)
    assert tail.sum() == 2 and np.isinf(detours[tail]).all()
    assert np.allclose(detours[~tail], 350.0, rtol=RTOL)
    assert stats.rounds == 0
    # A ring meeting nothing else: the same 350 m, as cutting each link and searching again gives.
    ring = [[(x + 1000, y) for x, y in piece] for piece in pieces[:8]]
    network = build_network(np.arange(1, 9), lines(*ring))
    structure = block_structure(network.n_nodes, network.start, network.end)
    detours = all_link_detours(network, network.length_m, structure.is_bridge)
    assert np.allclose(detours, 350.0, rtol=RTOL)
    assert np.allclose(detours, detours_by_cutting(network.start, network.end, network.length_m), rtol=RTOL)


def test_population_cut_off_hand_worked():
    network = build_network(np.arange(1, 6), SQUARE)
    # 50 people at E beyond the tail, 20 at C; the centre at A.
    result = link_criticality(
        network,
        False,
        np.array([Point(200, 1), Point(100, 101)]),
        np.array([50.0, 20.0]),
        centre_points=np.array([Point(0, -1)]),
        max_connector_m=10,
        demand=None,
    )
    links = result.links
    tail = link_between(network, (100, 0), (200, 0))
    assert links.loc[tail, "pop_cut_off"] == 50
    assert links.drop(index=tail)["pop_cut_off"].eq(0).all()
    assert links.loc[tail, "rank"] == 1
    assert result.nodes["pop_cut_off"].tolist() == [50]
    # Without a centre nothing counts as cut off.
    alone = link_criticality(network, False, np.array([Point(200, 1)]), np.array([50.0]), None, None, 10, None)
    assert alone.links["pop_cut_off"].eq(0).all()


def test_grade_separated_line_is_no_junction():
    cross = lines([(-100, 0), (0, 0), (100, 0)], [(0, -100), (0, 0), (0, 100)])
    assert len(build_network([1, 2], cross)) == 4  # noded at the shared vertex
    bridge = build_network([1, 2], cross, grade_separated=[False, True])
    assert len(bridge) == 2 and bridge.n_nodes == 4  # the bridge passes over
    # Lines that cross without a shared vertex never meet.
    assert len(build_network([1, 2], lines([(-100, 0), (100, 0)], [(0, -100), (0, 100)]))) == 2


def test_snap_tolerance_joins_near_ends_only():
    near = lines([(0, 0), (100, 0)], [(100.3, 0), (200, 0)])
    assert build_network([1, 2], near, tolerance=0.5).n_nodes == 3
    assert build_network([1, 2], near, tolerance=0.1).n_nodes == 4
    islands = build_network([1, 2], near, tolerance=0.1)
    assert sorted(islands.island_kind().tolist()) == ["loose", "main"]


def test_parallel_links_are_not_bridges_and_detour_over_each_other():
    network = build_network([1, 2, 3], lines([(0, 0), (100, 0)], [(0, 0), (50, 40), (100, 0)], [(100, 0), (200, 0)]))
    structure = block_structure(network.n_nodes, network.start, network.end)
    assert structure.is_bridge.tolist() == [False, False, True]
    detours = all_link_detours(network, network.length_m, structure.is_bridge)
    assert detours[0] == pytest.approx(2 * np.hypot(50, 40))
    assert detours[1] == pytest.approx(100.0)


def test_one_way_ring_has_no_way_back():
    # A one-way triangle: closing a link leaves no route from its start to its end.
    network = build_network(
        [1, 2, 3], lines([(0, 0), (100, 0)], [(100, 0), (50, 80)], [(50, 80), (0, 0)]), oneway=[1, 1, 1]
    )
    structure = block_structure(network.n_nodes, network.start, network.end)
    assert not structure.is_bridge.any()
    assert np.isinf(all_link_detours(network, network.length_m, structure.is_bridge)).all()
    # Against the digitised direction (-1) the way round runs the other way.
    both = build_network(
        [1, 2, 3, 4],
        lines([(0, 0), (100, 0)], [(100, 0), (50, 80)], [(50, 80), (0, 0)], [(0, 0), (100, 0)]),
        oneway=[-1, -1, -1, 0],
    )
    s = block_structure(both.n_nodes, both.start, both.end)
    reference = detours_by_cutting(both.start, both.end, both.length_m, both.oneway)
    assert np.allclose(all_link_detours(both, both.length_m, s.is_bridge), reference, rtol=RTOL)


@pytest.mark.parametrize(
    "seed,drop,oneway_share", [(1, 0.3, 0.0), (2, 0.45, 0.0), (3, 0.2, 0.0), (4, 0.3, 0.15), (5, 0.35, 0.3)]
)
def test_detours_equal_cutting_each_link(seed, drop, oneway_share):
    geometries = grid_lines(25, 25, drop=drop, seed=seed)
    rng = np.random.default_rng(seed)
    oneway = np.where(rng.uniform(size=len(geometries)) < oneway_share, rng.choice([1, -1], len(geometries)), 0)
    speed = rng.choice([30.0, 50.0, 70.0, 90.0], len(geometries))
    network = build_network(np.arange(len(geometries)), geometries, speed_kmh=speed, oneway=oneway)
    structure = block_structure(network.n_nodes, network.start, network.end)
    undirected = nx.Graph(multigraph(network.start, network.end, network.length_m).to_undirected())
    assert set(np.flatnonzero(structure.is_articulation)) == set(nx.articulation_points(undirected))
    for weight in (network.length_m, network.time_s):
        stats = DetourStats()
        fast = all_link_detours(network, weight, structure.is_bridge, stats=stats)
        reference = detours_by_cutting(network.start, network.end, weight, network.oneway)
        assert np.array_equal(np.isinf(fast), np.isinf(reference))
        finite = np.isfinite(reference)
        assert np.allclose(fast[finite], reference[finite], rtol=RTOL)
        if oneway_share == 0:
            assert stats.rounds < len(network)  # batched: fewer rounds than links
    if oneway_share == 0:
        bridges = {tuple(sorted(e)) for e in nx.bridges(undirected)}
        parallel = {tuple(sorted((a, b))) for a, b in zip(network.start, network.end)}
        assert {
            tuple(sorted((a, b))) for a, b in zip(network.start[structure.is_bridge], network.end[structure.is_bridge])
        } == bridges & parallel


def _gravity_reference(costs, population, trips_per_person, decay, per_unit):
    attraction = population[None, :] * np.exp(-decay * costs / per_unit)
    np.fill_diagonal(attraction, 0)
    attraction[~np.isfinite(costs)] = 0
    total = attraction.sum(axis=1, keepdims=True)
    return np.where(total > 0, trips_per_person * population[:, None] * attraction / np.where(total > 0, total, 1), 0.0)


@pytest.mark.parametrize(
    "seed,oneway_share,n_zones,parallel",
    [(11, 0.0, 8, 0), (12, 0.0, 8, 0), (13, 0.2, 8, 0), (14, 0.0, 30, 0), (15, 0.0, 20, 12), (16, 0.0, 25, 0)],
)
def test_demand_weighted_importance_equals_cutting_each_link(seed, oneway_share, n_zones, parallel):
    """Undirected networks take the crossing-arc route, directed ones the block searches: both equal brute force,
    also with more zones (long paths, many closures per pair) and with parallel links (bent twins of grid links)."""
    rng = np.random.default_rng(seed)
    geometries = grid_lines(12, 12, drop=0.3, seed=seed)
    if parallel:
        twins = rng.choice(len(geometries), parallel, replace=False)
        bent = [
            LineString([g.coords[0], (g.centroid.x + 15.0, g.centroid.y + 15.0), g.coords[-1]])
            for g in geometries[twins]
        ]
        geometries = np.concatenate([geometries, np.array(bent, dtype=object)])
    oneway = np.where(rng.uniform(size=len(geometries)) < oneway_share, 1, 0)
    network = build_network(
        np.arange(len(geometries)), geometries, speed_kmh=rng.choice([40.0, 70.0], len(geometries)), oneway=oneway
    )
    if parallel:
        pairs = np.sort(np.column_stack([network.start, network.end]), axis=1)
        assert len(np.unique(pairs, axis=0)) < len(pairs)  # the case has parallel links indeed
    # Zones exactly at distinct nodes of the main network.
    main_nodes = np.flatnonzero(network.node_component == network.main_component)
    zone_nodes = rng.choice(main_nodes, n_zones, replace=False)
    points = shapely.points(network.node_xy[zone_nodes])
    population = rng.integers(100, 1000, n_zones).astype(float)
    result = link_criticality(network, True, points, population, None, None, 1.0, Demand("gravity", 1.5, 0.2))
    graph = multigraph(network.start, network.end, network.time_s, network.oneway)

    def zone_costs(g):
        costs = np.full((n_zones, n_zones), np.inf)
        for r, a in enumerate(zone_nodes):
            reached = nx.single_source_dijkstra_path_length(g, int(a))
            for c, b in enumerate(zone_nodes):
                costs[r, c] = reached.get(int(b), np.inf)
        return costs

    base = zone_costs(graph)
    trips = _gravity_reference(base, population, 1.5, 0.2, 60.0)
    total = trips.sum()
    for k in range(len(network)):
        removed = [(x, y, d) for x, y, key, d in graph.edges(keys=True, data=True) if key == k]
        for x, y, _ in removed:
            graph.remove_edge(x, y, key=k)
        after = zone_costs(graph)
        for x, y, d in removed:
            graph.add_edge(x, y, key=k, **d)
        lost = ~np.isfinite(after) & np.isfinite(base)
        delay = np.where(lost | ~np.isfinite(base), 0, trips * (after - base)).sum()
        row = result.links.loc[k]
        assert row["unsatisfied_trips"] == pytest.approx(trips[lost].sum(), rel=1e-9, abs=1e-9)
        assert row["total_delay"] == pytest.approx(delay / 3600.0, rel=1e-9, abs=1e-9)
        assert row["importance"] == pytest.approx(delay / total / 60.0, rel=1e-9, abs=1e-12)


@pytest.fixture(scope="module")
def sample():
    return build_sample_region()


def _sample_network(sample):
    roads = sample["vagar"].frame
    network = build_network(
        roads["fid"].to_numpy(),
        roads["geometry"].to_numpy(),
        0.5,
        speed_kmh=roads["hastighet"].to_numpy(float),
        link_class=roads["kategori"].to_numpy(),
    )
    return roads, network


def test_sample_region_roads_have_river_bridges_and_detours_equal_cutting(sample):
    roads, network = _sample_network(sample)
    assert roads["bro"].sum() == 5  # the river bridges: Västerbron, Centrumbron, Rv 96, Holmbron, Österbron
    assert (network.island_kind() == "main").all()
    structure = block_structure(network.n_nodes, network.start, network.end)
    for weight in (network.length_m, network.time_s):
        fast = all_link_detours(network, weight, structure.is_bridge)
        reference = detours_by_cutting(network.start, network.end, weight)
        assert np.array_equal(np.isinf(fast), np.isinf(reference))
        assert np.allclose(fast[np.isfinite(fast)], reference[np.isfinite(reference)], rtol=RTOL)
    # Holmbron (road 603 over the river) is the island's only way out; the other river bridges have detours.
    river = roads["bro"].to_numpy() == 1
    link_fid = network.fid
    holmbron = int(roads.loc[river & (roads["vagnummer"] == "603"), "fid"].iloc[0])
    for fid in roads.loc[river, "fid"]:
        links = np.flatnonzero(link_fid == fid)
        assert structure.is_bridge[links].all() == (fid == holmbron)


def test_sample_region_planted_weak_link_comes_out_on_top(sample):
    """Weak by construction: Holmbron (road 603) is the island Holmen's only way out, and the regional roads to a few
    towns run as dead-end chains of the spanning tree. With the population grid and Älvstad as the centre, the top
    ranks are exactly the links that cut off the most people (brute force), and Holmbron is the top river bridge."""
    roads, network = _sample_network(sample)
    grid = sample["befolkning_250m"].frame
    towns = sample["tatorter"].frame
    centre = shapely.point_on_surface(towns.loc[towns["namn"] == "Älvstad", "geometry"].to_numpy())
    points = shapely.point_on_surface(grid["geometry"].to_numpy())
    people = grid["befolkning"].to_numpy(float)
    result = link_criticality(network, True, points, people, None, centre, 2000.0, None)
    links = result.links
    holmbron = int(roads.loc[(roads["bro"] == 1) & (roads["vagnummer"] == "603"), "fid"].iloc[0])
    from samplan.core.network import attach_points

    nodes = attach_points(network, points, 2000.0).nearest_node(network)
    centre_node = int(attach_points(network, centre, 2000.0).nearest_node(network)[0])

    def cut_off_by_cutting(k):
        g = nx.MultiGraph()
        g.add_nodes_from(range(network.n_nodes))
        g.add_edges_from((int(a), int(b)) for j, (a, b) in enumerate(zip(network.start, network.end)) if j != k)
        inside = nx.node_connected_component(g, centre_node)
        return people[(nodes >= 0) & ~np.isin(nodes, list(inside))].sum()

    expected = np.array([cut_off_by_cutting(k) for k in range(len(network))])
    assert np.allclose(links["pop_cut_off"].to_numpy(), expected)
    ranked = links.sort_values("rank")
    assert ranked["pop_cut_off"].iloc[0] == expected.max() > 0
    river_bridges = ranked[ranked["source_fid"].isin(roads.loc[roads["bro"] == 1, "fid"])]
    assert river_bridges["source_fid"].iloc[0] == holmbron
    assert river_bridges["pop_cut_off"].iloc[0] > 500  # Holmby (800 inhabitants) lies on the island
    assert (river_bridges["pop_cut_off"].iloc[1:] == 0).all()  # the other river bridges have detours
    # Every weak link (Holmbron, the dead-end chains) ranks exactly where its brute-force cut-off puts it: after the
    # links cutting off more people, within those cutting off as many (ties are broken by the other keys).
    rank = links["rank"].to_numpy()
    weak = np.flatnonzero(expected > 0)
    assert len(weak) > 5 and holmbron in links["source_fid"].to_numpy()[weak]
    for k in weak:
        assert 1 + (expected > expected[k]).sum() <= rank[k] <= (expected >= expected[k]).sum(), (k, rank[k])
    # Articulation points cut off what the brute force says too (a few of them).
    for node, cut in zip(result.nodes["node_id"].head(15), result.nodes["pop_cut_off"].head(15)):
        g = nx.MultiGraph()
        g.add_nodes_from(range(network.n_nodes))
        g.add_edges_from((int(a), int(b)) for a, b in zip(network.start, network.end))
        g.remove_node(int(node))
        if node == centre_node:
            continue
        inside = nx.node_connected_component(g, centre_node)
        lost = (nodes >= 0) & ~np.isin(nodes, list(inside)) & (nodes != node)
        assert cut == pytest.approx(people[lost].sum())


def test_snap_tolerance_keeps_a_densely_digitised_line_whole():
    # A 10 m line with a vertex every 0.3 m: at 0.5 m its own neighbouring vertices must not merge.
    xs = np.linspace(0.0, 10.0, 34)
    dense = build_network([1], lines([(x, 0.0) for x in xs]), tolerance=0.5)
    assert len(dense) == 1 and dense.n_nodes == 2 and dense.dropped_loops == 0
    assert dense.length_m[0] == pytest.approx(10.0)
    # A second line ending 0.2 m beside one of its vertices joins it there, and nothing of either line is lost.
    x_mid = float(xs[17])
    side = build_network([1, 2], lines([(x, 0.0) for x in xs], [(x_mid, 0.2), (x_mid, 20.0)]), tolerance=0.5)
    assert len(side) == 3 and side.n_nodes == 4 and side.dropped_loops == 0
    assert side.length_m.sum() == pytest.approx(10.0 + 19.8)
    assert sorted(side.length_m.round(9).tolist()) == pytest.approx(sorted([x_mid, 10.0 - x_mid, 19.8]))


def test_snap_tolerance_does_not_chain_beyond_it():
    # Three line ends 0.4 m apart in a row: the first two meet; the third lies 0.8 m from the first and stays apart.
    ends = lines([(0, 0), (0, 50)], [(0.4, 0), (50, 0)], [(0.8, 0), (0.8, -50)])
    network = build_network([1, 2, 3], ends, tolerance=0.5)
    assert network.n_nodes == 5
    # Every link end lies within the tolerance of its node.
    for k in range(len(network)):
        coords = shapely.get_coordinates(network.geometry[k])
        assert np.hypot(*(coords[0] - network.node_xy[network.start[k]])) <= 0.5
        assert np.hypot(*(coords[-1] - network.node_xy[network.end[k]])) <= 0.5
    # A line whose ends lie 0.3 m apart closes into a ring on one node: a loop, left out.
    assert build_network([1], lines([(0, 0), (50, 0), (50, 50), (0, 0.3)]), tolerance=0.5).dropped_loops == 1


def test_longest_connector_of_zero_is_refused_not_read_as_no_limit():
    network = build_network([1], lines([(0, 0), (100, 0)]))
    far = np.array([Point(50, 5000)])
    with pytest.raises(ValueError, match="more than 0 m"):
        attach_points(network, far, 0.0)
    assert attach_points(network, far, 1000.0).link.tolist() == [-1]
    unlimited = attach_points(network, far, np.inf)
    assert unlimited.link.tolist() == [0] and unlimited.connector_m[0] == pytest.approx(5000.0)
