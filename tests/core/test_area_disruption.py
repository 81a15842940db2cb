"""Area-covering disruptions: a hand-worked network (people cut off, added time, trips lost), and random hazard
areas on perturbed grids against a brute force that removes each area's links and searches again (networkx)."""

from __future__ import annotations

import networkx as nx
import numpy as np
import pytest
import shapely
from shapely import LineString, Point, box

from samplan.core.area_disruption import area_disruptions
from samplan.core.criticality import Demand
from samplan.core.network import attach_points, build_network

from .network_reference import grid_lines, multigraph

# A(0,0) and B(1000,1000): R along the x axis then up (2000 m, 60 km/h: 120 s), S up to the corner C(0,1000) and
# along (two lines of 1000 m at 72 km/h: 50 s each), M the diagonal (36 km/h: 141.4 s); a tail T from A to
# E(-500,0) (500 m at 36 km/h: 50 s). People: 100 at E, 30 at C, 50 at B; the centre at B.
ROADS = [
    ([(0, 0), (1000, 0), (1000, 1000)], 60.0),
    ([(0, 0), (0, 1000)], 72.0),
    ([(0, 1000), (1000, 1000)], 72.0),
    ([(0, 0), (1000, 1000)], 36.0),
    ([(0, 0), (-500, 0)], 36.0),
]
PEOPLE = np.array([Point(-500, 1), Point(1, 1000), Point(1000, 1001)])
POPULATION = np.array([100.0, 30.0, 50.0])


def hand_worked(demand=None):
    network = build_network(
        np.arange(1, 6), np.array([LineString(c) for c, _ in ROADS]), speed_kmh=np.array([s for _, s in ROADS])
    )
    areas = np.array([box(-50, 950, 50, 1050), box(-300, -50, -200, 50), box(5000, 5000, 5100, 5100)])
    return area_disruptions(
        network,
        True,
        areas,
        np.arange(3),
        ["hörnet", "svansen", "långt bort"],
        PEOPLE,
        POPULATION,
        np.array([11, 12, 13]),
        None,
        np.array([Point(1001, 1000)]),
        10.0,
        demand,
    )


def test_hand_worked_people_cut_off_and_added_time():
    result = hand_worked()
    areas = result.areas.set_index("name")
    # The corner's flood closes both S lines: C is cut off, E's route to B runs over R (50 + 120 s, not 50 + 100 s).
    assert areas.loc["hörnet", "links_closed"] == 2 and areas.loc["hörnet", "length_closed_km"] == pytest.approx(2.0)
    assert areas.loc["hörnet", "pop_cut_off"] == 30
    assert areas.loc["hörnet", "pop_delayed"] == 100 and areas.loc["hörnet", "pop_added"] == pytest.approx(
        100 * 20 / 60
    )
    # Across the tail: E (100 people) cut off.
    assert areas.loc["svansen", "links_closed"] == 1 and areas.loc["svansen", "pop_cut_off"] == 100
    assert areas.loc["svansen", "pop_delayed"] == 0
    # Far away: nothing closed, and the log says so.
    assert areas.loc["långt bort", "links_closed"] == 0 and areas.loc["långt bort", "pop_cut_off"] == 0
    assert any("långt bort" in str(m) for m in result.messages)
    # Per population feature: who keeps a route, and at what cost (minutes).
    rows = {(r.name, r.source_fid): r for r in result.features.itertuples()}
    assert set(rows) == {("hörnet", 12), ("hörnet", 11), ("svansen", 11)}
    assert rows[("hörnet", 12)].keeps_route == 0 and np.isnan(rows[("hörnet", 12)].after)
    assert rows[("hörnet", 11)].keeps_route == 1
    assert (rows[("hörnet", 11)].before, rows[("hörnet", 11)].after) == pytest.approx((150 / 60, 170 / 60))
    assert result.unit == "min"


def test_hand_worked_trips_lost_and_delay():
    # Gravity without decay: each zone sends its people's trips to the others in proportion to their population.
    result = hand_worked(Demand("gravity", 1.0, 0.0))
    areas = result.areas.set_index("name")
    pop = {"E": 100.0, "C": 30.0, "B": 50.0}
    trips = {(o, d): pop[o] * pop[d] / sum(v for k, v in pop.items() if k != o) for o in pop for d in pop if o != d}
    total = sum(trips.values())
    assert areas.loc["hörnet", "trips"] == pytest.approx(total)
    # The corner: every trip to or from C is lost; E-B trips (both ways) take 20 s more.
    lost = sum(t for (o, d), t in trips.items() if "C" in (o, d))
    delay = (trips[("E", "B")] + trips[("B", "E")]) * 20
    assert areas.loc["hörnet", "trips_lost"] == pytest.approx(lost)
    assert areas.loc["hörnet", "total_delay"] == pytest.approx(delay / 3600)
    assert areas.loc["hörnet", "delay_per_trip"] == pytest.approx(delay / total / 60)
    # The tail: all trips to or from E lost, no delay; far away: nothing.
    assert areas.loc["svansen", "trips_lost"] == pytest.approx(sum(t for (o, d), t in trips.items() if "E" in (o, d)))
    assert areas.loc["svansen", "total_delay"] == 0
    assert areas.loc["långt bort", "trips_lost"] == 0 and areas.loc["långt bort", "total_delay"] == 0


def brute_force(network, weight, polygons, group, g, people, values, centres):
    """Per group: remove the links its polygons intersect (shapely), then networkx from the centres on the reversed
    graph; people at the nearer end of their nearest link."""
    person_node = attach_points(network, people, np.inf).nearest_node(network)
    centre_node = attach_points(network, centres, np.inf).nearest_node(network)

    def cost_to_centres(removed):
        keep = ~np.isin(np.arange(len(network)), removed)
        graph = multigraph(network.start[keep], network.end[keep], weight[keep], network.oneway[keep]).reverse(
            copy=True
        )
        graph.add_nodes_from(range(network.n_nodes))
        dist = nx.multi_source_dijkstra_path_length(graph, set(centre_node.tolist()))
        return np.array([dist.get(int(v), np.inf) for v in person_node])

    before = cost_to_centres([])
    out = []
    for gi in range(g):
        hit = np.flatnonzero(shapely.intersects(network.geometry[:, None], polygons[group == gi][None, :]).any(axis=1))
        after = cost_to_centres(hit)
        lost = np.isfinite(before) & np.isinf(after)
        longer = np.isfinite(after) & (after > before + 1e-9)
        out.append(
            (len(hit), values[lost].sum(), values[longer].sum(), (values[longer] * (after - before)[longer]).sum())
        )
    return np.array(out)


@pytest.mark.parametrize("oneway_share, drop", [(0.0, 0.35), (0.15, 0.1)])
def test_random_areas_against_removing_links_and_searching_again(oneway_share, drop):
    rng = np.random.default_rng(7)
    lines = grid_lines(25, 25, drop=drop, seed=3)
    oneway = np.where(rng.uniform(size=len(lines)) < oneway_share, rng.choice([1, -1], len(lines)), 0)
    network = build_network(np.arange(len(lines)), lines, oneway=oneway)
    centres = shapely.points(rng.uniform(0, 2400, (3, 2)))
    people = shapely.points(rng.uniform(0, 2400, (200, 2)))
    values = rng.integers(1, 100, 200).astype(float)
    polygons = shapely.buffer(shapely.points(rng.uniform(0, 2400, (30, 2))), rng.uniform(50, 350, 30))
    group = rng.integers(0, 12, 30)
    _, group = np.unique(group, return_inverse=True)
    g = int(group.max()) + 1
    result = area_disruptions(
        network,
        False,
        polygons,
        group,
        [f"område {i}" for i in range(g)],
        people,
        values,
        None,
        None,
        centres,
        np.inf,
        None,
    )
    expected = brute_force(network, network.length_m, polygons, group, g, people, values, centres)
    got = result.areas[["links_closed", "pop_cut_off", "pop_delayed", "pop_added"]].to_numpy()
    assert got[:, 0].tolist() == expected[:, 0].tolist()
    assert np.allclose(got[:, 1:3], expected[:, 1:3])
    assert np.allclose(got[:, 3], expected[:, 3] / 1000.0)  # person-km
    assert expected[:, 1].sum() > 0 and expected[:, 2].sum() > 0  # the areas do cut people off and delay others


def test_random_areas_trips_against_searching_all_pairs_again():
    rng = np.random.default_rng(11)
    lines = grid_lines(18, 18, drop=0.3, seed=5)
    oneway = np.where(rng.uniform(size=len(lines)) < 0.2, 1, 0)
    network = build_network(np.arange(len(lines)), lines, oneway=oneway)
    people = shapely.points(rng.uniform(0, 1700, (40, 2)))
    values = rng.integers(1, 100, 40).astype(float)
    polygons = shapely.buffer(shapely.points(rng.uniform(0, 1700, (8, 2))), 150.0)
    result = area_disruptions(
        network,
        False,
        polygons,
        np.arange(8),
        [str(i) for i in range(8)],
        people,
        values,
        None,
        None,
        shapely.points([(850.0, 850.0)]),
        np.inf,
        Demand("gravity", 2.0, 0.5),
    )
    # All pairs again with networkx: trips from the gravity model before (over the full network).
    node = attach_points(network, people, np.inf).nearest_node(network)
    zones, inverse = np.unique(node, return_inverse=True)
    pop = np.bincount(inverse, weights=values)

    def costs(removed):
        keep = ~np.isin(np.arange(len(network)), removed)
        graph = multigraph(network.start[keep], network.end[keep], network.length_m[keep], network.oneway[keep])
        graph.add_nodes_from(range(network.n_nodes))
        out = np.full((len(zones), len(zones)), np.inf)
        for i, z in enumerate(zones):
            dist = nx.single_source_dijkstra_path_length(graph, int(z))
            out[i] = [dist.get(int(t), np.inf) for t in zones]
        return out

    c0 = costs([])
    attraction = pop[None, :] * np.exp(-0.5 * c0 / 1000.0)
    np.fill_diagonal(attraction, 0)
    attraction[np.isinf(c0)] = 0
    trips = 2.0 * pop[:, None] * attraction / attraction.sum(axis=1, keepdims=True)
    for gi, polygon in enumerate(polygons):
        hit = np.flatnonzero(shapely.intersects(network.geometry, polygon))
        c1 = costs(hit)
        lost = trips[np.isinf(c1)].sum()
        kept = np.isfinite(c1) & (trips > 0)
        delay = (trips[kept] * (c1 - c0)[kept]).sum() / 1000.0
        row = result.areas.iloc[gi]
        assert row["trips_lost"] == pytest.approx(lost, abs=1e-6)
        assert row["total_delay"] == pytest.approx(delay, rel=1e-9, abs=1e-9)
    assert result.areas["trips_lost"].sum() > 0 and result.areas["total_delay"].sum() > 0
