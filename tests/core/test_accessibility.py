"""Accessibility: multi-source search from all destinations against one search per origin on a network where every
point is split into its link (networkx), hand-worked cases, thresholds and municipality summaries, before and after."""

from __future__ import annotations

import numpy as np
import pytest
import shapely
from shapely import LineString, Point, box

from samplan.core.accessibility import (
    accessibility,
    changed_network_lines,
    compare,
    municipality_of,
    nearest_destination_costs,
    weighted_median,
)
from samplan.core.network import attach_points, build_network

from .network_reference import grid_lines, nearest_by_splitting


def test_one_line_hand_worked():
    network = build_network([1], np.array([LineString([(0, 0), (1000, 0)])]), speed_kmh=[36.0])
    result = accessibility(
        network,
        True,
        np.array([Point(300, 50)]),
        [120.0],
        np.array([Point(800, -20)]),
        ["Centrum"],
        max_connector_m=100,
        connector_speed_kmh=36.0,
    )
    row = result.features.iloc[0]
    assert row["dist_km"] == pytest.approx(0.570)  # 50 + 500 + 20 m
    assert row["time_min"] == pytest.approx(57.0 / 60.0)  # 70 m of connectors and 500 m of road at 10 m/s
    assert row["nearest_by_distance"] == "Centrum" and row["nearest_by_time"] == "Centrum"
    assert row["within_5km"] == 1 and row["within_30min"] == 1
    # Too far from the network: no answer, counted apart.
    far = accessibility(
        network, True, np.array([Point(300, 500)]), [10.0], np.array([Point(800, 0)]), ["C"], max_connector_m=100
    )
    assert np.isnan(far.features["dist_km"].iloc[0]) and far.features["within_5km"].iloc[0] == 0
    assert far.municipalities["population_reached"].iloc[0] == 0


def test_one_way_link_is_driven_its_way_only():
    # Population at x=800 on a one-way line towards x=0... the destination at x=200 is reached directly, not back.
    lines = np.array([LineString([(1000, 0), (0, 0)]), LineString([(0, 0), (0, 500), (1000, 500), (1000, 0)])])
    network = build_network([1, 2], lines, oneway=[1, 1])
    cost, _, _ = nearest_destination_costs(
        network, network.length_m, np.array([Point(200, 0)]), np.array([Point(800, 0)]), 10, None
    )
    # From x=200 the one-way runs to x=0, then round the loop to x=1000 and back along the line to x=800.
    assert cost[0] == pytest.approx(200 + 2000 + 200)


@pytest.mark.parametrize("seed,oneway_share", [(21, 0.0), (22, 0.0), (23, 0.25)])
def test_equals_one_search_per_origin_on_split_links(seed, oneway_share):
    rng = np.random.default_rng(seed)
    geometries = grid_lines(15, 15, drop=0.35, seed=seed)
    oneway = np.where(rng.uniform(size=len(geometries)) < oneway_share, rng.choice([1, -1], len(geometries)), 0)
    network = build_network(
        np.arange(len(geometries)), geometries, speed_kmh=rng.choice([30.0, 80.0], len(geometries)), oneway=oneway
    )
    origins = shapely.points(rng.uniform(-100, 1500, (150, 2)))
    destinations = shapely.points(rng.uniform(0, 1400, (6, 2)))
    for weight, speed in ((network.length_m, None), (network.time_s, 5.0)):
        cost, nearest, _ = nearest_destination_costs(network, weight, origins, destinations, 120.0, speed)
        reference = nearest_by_splitting(
            network, weight, attach_points(network, origins, 120.0), attach_points(network, destinations, 120.0), speed
        )
        assert np.array_equal(np.isinf(cost), np.isinf(reference))
        assert np.allclose(cost[np.isfinite(cost)], reference[np.isfinite(reference)], rtol=1e-9)
        assert (nearest[np.isfinite(cost)] >= 0).all() and (nearest[np.isinf(cost)] == -1).all()


def test_municipality_summary_hand_worked():
    network = build_network([1], np.array([LineString([(0, 0), (20000, 0)])]))
    people = np.array([Point(1000, 10), Point(7000, 10), Point(12000, 10), Point(19000, 10)])
    result = accessibility(
        network,
        False,
        people,
        [100.0, 300.0, 50.0, 50.0],
        np.array([Point(0, 0)]),
        ["C"],
        municipality=municipality_of(
            people, [box(-1, -100, 10000, 100), box(10000, -100, 20001, 100)], ["Väst", "Öst"]
        ),
        max_connector_m=100,
    )
    summary = result.municipalities.set_index("municipality")
    # Distances 1.01, 7.01, 12.01, 19.01 km.
    assert summary.loc["Väst", "mean_dist_km"] == pytest.approx((100 * 1.01 + 300 * 7.01) / 400)
    assert summary.loc["Väst", "median_dist_km"] == pytest.approx(7.01)
    assert summary.loc["Väst", "share_within_5km"] == pytest.approx(0.25)
    assert summary.loc["Väst", "beyond_5km"] == 300 and summary.loc["Väst", "beyond_10km"] == 0
    assert summary.loc["Öst", "beyond_10km"] == 100
    assert summary.loc["*", "population"] == 500
    assert "time_min" not in result.features or result.features["time_min"].isna().all()


def test_weighted_median():
    assert weighted_median(np.array([3.0, 1.0, 2.0]), np.array([1.0, 1.0, 5.0])) == 2.0
    assert weighted_median(np.array([1.0, 9.0]), np.array([3.0, 1.0])) == 1.0
    assert np.isnan(weighted_median(np.array([np.inf]), np.array([1.0])))


def test_before_and_after_a_new_link_and_a_cut():
    existing = np.array([LineString([(0, 0), (2000, 0), (2000, 1000)])])
    people = np.array([Point(-10, 0)])
    target = np.array([Point(2010, 1000)])
    before = accessibility(build_network([1], existing), False, people, [10.0], target, ["C"], max_connector_m=50)
    assert before.features["dist_km"].iloc[0] == pytest.approx(3.020)
    fids, geoms, origin, keep = changed_network_lines(
        [1], existing, added_geometries=[LineString([(0, 0), (2000, 1000)])]
    )
    assert origin.tolist() == ["existing", "added"] and keep.all()
    after = accessibility(build_network(fids, geoms), False, people, [10.0], target, ["C"], max_connector_m=50)
    features, municipalities = compare(before, after)
    assert features["dist_km_change"].iloc[0] == pytest.approx((np.hypot(2000, 1000) + 20 - 3020) / 1000)
    assert municipalities.set_index("municipality").loc["*", "mean_dist_km_change"] == pytest.approx(
        features["dist_km_change"].iloc[0]
    )
    # Cut by id: no way left. Cut where a layer meets the line: the same.
    for cut in ({"cut_fids": [1]}, {"cut_geometries": [Point(1000, 0).buffer(5)]}):
        fids, geoms, _, keep = changed_network_lines([1], existing, **cut)
        assert not keep.any() and len(geoms) == 0
        empty = accessibility(build_network(fids, geoms), False, people, [10.0], target, ["C"], max_connector_m=50)
        assert np.isnan(empty.features["dist_km"].iloc[0])


def test_iso_areas_on_a_straight_road_hand_worked():
    """A 4 km road (two links of 2 km, 36 km/h = 10 m/s), the destination at x=1500: the 1 km iso-area covers the road
    from x=500 to x=2500 (over the junction at x=2000), buffered by 50 m, and nothing beyond; 1 minute covers 600 m each
    way. With the destination 100 m off the road, its connector uses 100 m of the budget."""
    from samplan.core.accessibility import iso_areas

    network = build_network(
        [1, 2], np.array([LineString([(0, 0), (2000, 0)]), LineString([(2000, 0), (4000, 0)])]), speed_kmh=[36.0, 36.0]
    )
    frame = iso_areas(
        network,
        True,
        np.array([Point(1500, 0), Point(1500, 100)]),
        ["På vägen", "Vid sidan"],
        distance_thresholds_km=(1.0,),
        time_thresholds_min=(1.0,),
        max_connector_m=200.0,
        connector_speed_kmh=36.0,
        buffer_m=50.0,
    )
    assert list(frame[["destination", "criterion", "threshold", "unit"]].itertuples(index=False, name=None)) == [
        ("På vägen", "distance", 1.0, "km"),
        ("På vägen", "time", 1.0, "min"),
        ("Vid sidan", "distance", 1.0, "km"),
        ("Vid sidan", "time", 1.0, "min"),
    ]
    expected = {
        ("På vägen", "distance"): (500, 2500),
        ("På vägen", "time"): (900, 2100),
        ("Vid sidan", "distance"): (600, 2400),
        ("Vid sidan", "time"): (1000, 2000),
    }
    for _, row in frame.iterrows():
        low, high = expected[(row["destination"], row["criterion"])]
        area = row["geometry"]
        assert (
            area.covers(Point(low + 1, 0))
            and area.covers(Point(high - 1, 0))
            and area.covers(Point((low + high) / 2, 49))
        )
        assert not area.intersects(Point(low - 51, 0)) and not area.intersects(Point(high + 51, 0))
        assert not area.intersects(Point((low + high) / 2, 51))
        # The buffered stretch: a 100 m wide band with round ends.
        assert area.area == pytest.approx((high - low) * 100 + np.pi * 50**2, rel=2e-3)
        assert row["area_km2"] == pytest.approx(area.area / 1e6)


def test_iso_areas_follow_one_way_links_and_leave_unreached_destinations_empty():
    """One-way towards the destination at x=1500 on a 2 km line: the whole stretch before it (1 km budget: 500..1500)
    reaches it, nothing beyond it does; a destination farther than the connector from the road gets an empty area."""
    from samplan.core.accessibility import iso_areas

    network = build_network([1], np.array([LineString([(0, 0), (2000, 0)])]), oneway=[1])
    frame = iso_areas(
        network,
        False,
        np.array([Point(1500, 0), Point(1500, 900)]),
        ["A", "Långt bort"],
        distance_thresholds_km=(1.0,),
        max_connector_m=100.0,
        buffer_m=10.0,
    )
    area = frame.loc[frame["destination"] == "A", "geometry"].iloc[0]
    assert area.covers(Point(600, 0)) and area.covers(Point(1495, 0))
    assert not area.intersects(Point(480, 0)) and not area.intersects(Point(1520, 0))
    assert area.area == pytest.approx(1000 * 20 + np.pi * 10**2, rel=2e-3)
    assert frame.loc[frame["destination"] == "Långt bort", "geometry"].iloc[0].is_empty
    assert list(frame["criterion"]) == ["distance", "distance"]


@pytest.mark.parametrize("seed", [31, 32])
def test_iso_area_nodes_agree_with_networkx(seed):
    """On a grid, with a destination at a node and a 0.5 m buffer: every node within the threshold by networkx lies in
    the area, and no node more than 0.5 m beyond it does (a reached part ends at least that far from such a node)."""
    import networkx as nx

    from samplan.core.accessibility import iso_areas

    from .network_reference import multigraph

    geometries = grid_lines(15, 15, drop=0.3, seed=seed)
    network = build_network(np.arange(len(geometries)), geometries)
    node = int(np.flatnonzero(network.node_component == network.main_component)[seed % 7])
    reference = nx.single_source_dijkstra_path_length(multigraph(network.start, network.end, network.length_m), node)
    cost = np.array([reference.get(v, np.inf) for v in range(network.n_nodes)])
    frame = iso_areas(
        network,
        False,
        np.array([Point(network.node_xy[node])]),
        ["D"],
        distance_thresholds_km=(0.4, 0.9),
        max_connector_m=1.0,
        buffer_m=0.5,
    )
    assert len(frame) == 2
    points = shapely.points(network.node_xy)
    for _, row in frame.iterrows():
        limit = row["threshold"] * 1000.0
        covered = shapely.covers(row["geometry"], points)
        assert covered[cost <= limit - 1e-6].all()
        assert not covered[cost > limit + 0.5 + 1e-6].any()
        assert (cost <= limit).sum() > 3


def test_planned_link_ending_partway_along_a_road_meets_it():
    """A T-junction: the planned link ends at (500, 0), partway along road A (no vertex there)."""
    road_a = LineString([(0, 0), (2000, 0)])
    road_b = LineString([(500, 800), (500, 1500)])  # not connected to A before
    people = np.array([Point(510, 1200)])  # 10 m from B, 400 m along B from its lower end
    target = np.array([Point(2000, 10)])  # 10 m from A's eastern end
    network = build_network([1, 2], np.array([road_a, road_b]), tolerance=0.5)
    before = accessibility(network, False, people, [10.0], target, ["C"], max_connector_m=50)
    assert np.isnan(before.features["dist_km"].iloc[0])
    for end in ((500, 0), (500, 0.3)):  # exactly on A, and 0.3 m beside it (within the tolerance)
        added = [LineString([(500, 800), end])]
        fids, geoms, origin, keep = changed_network_lines(
            [1, 2], np.array([road_a, road_b]), added_geometries=added, tolerance=0.5
        )
        assert origin.tolist() == ["existing", "existing", "added"] and keep.all()
        changed = build_network(fids, geoms, 0.5)
        after = accessibility(changed, False, people, [10.0], target, ["C"], max_connector_m=50)
        # 10 m connector + 400 m along B + the planned link (800 m, or 799.7 m) + 1500 m along A + 10 m connector.
        # Beside A, A takes a vertex at the link's end and bends by 0.3 m: a few millimetres over its 1500 m.
        expected = 10 + 400 + (800 - end[1]) + 1500 + 10
        assert after.features["dist_km"].iloc[0] * 1000 == pytest.approx(expected, abs=1e-6 if end[1] == 0 else 5e-3)
        assert len(changed) == 4 and changed.length_m.sum() == pytest.approx(2000 + 700 + 800 - end[1])


def test_nearest_by_distance_and_by_time_are_named_apart():
    """From the origin at x=0: A lies 1 km away along a 10 km/h track (6 min), B 2 km away along a 100 km/h road (1.2 min)."""
    lines = np.array([LineString([(0, 0), (-1000, 0)]), LineString([(0, 0), (2000, 0)])])
    network = build_network([1, 2], lines, speed_kmh=[10.0, 100.0])
    result = accessibility(
        network,
        True,
        np.array([Point(0, 0)]),
        [1.0],
        np.array([Point(-1000, 0), Point(2000, 0)]),
        ["A", "B"],
        max_connector_m=10,
    )
    row = result.features.iloc[0]
    assert row["nearest_by_distance"] == "A" and row["dist_km"] == pytest.approx(1.0)
    assert row["nearest_by_time"] == "B" and row["time_min"] == pytest.approx(2.0 / 100.0 * 60.0)
    features, _ = compare(result, result)
    assert features[["nearest_by_distance_after", "nearest_by_time_after"]].iloc[0].tolist() == ["A", "B"]


def test_summary_has_one_denominator_and_counts_the_unreached():
    """100 people 1 km from the centre, 300 at 7 km, 50 farther than the connector reaches: all shares, means and
    medians are of the 400 who reach it; the 50 are counted apart, and within + beyond + unreached = population."""
    network = build_network([1], np.array([LineString([(0, 0), (20000, 0)])]))
    people = np.array([Point(1000, 0), Point(7000, 0), Point(5000, 5000)])
    result = accessibility(
        network, False, people, [100.0, 300.0, 50.0], np.array([Point(0, 0)]), ["C"], max_connector_m=100
    )
    row = result.municipalities.set_index("municipality").loc["*"]
    assert row["population"] == 450 and row["population_reached"] == 400 and row["population_unreached"] == 50
    assert row["mean_dist_km"] == pytest.approx((100 * 1 + 300 * 7) / 400)
    assert row["median_dist_km"] == pytest.approx(7.0)
    assert row["share_within_5km"] == pytest.approx(100 / 400)
    assert row["beyond_5km"] == 300 and row["share_within_10km"] == pytest.approx(1.0) and row["beyond_10km"] == 0
    assert 100 + row["beyond_5km"] + row["population_unreached"] == row["population"]
