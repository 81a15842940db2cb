"""Results per stretch: chains of links through nodes where only two links meet are merged (merge_stretches), so a
road gives the same detours, bridges, people cut off, importance and rank whether it comes as one line, as
two-vertex segments or split at speed changes (hand-worked), and links differing in a named attribute or in their
one-way direction stay apart."""

from __future__ import annotations

import numpy as np
import pytest
from shapely import LineString, Point

from samplan.core.criticality import Demand, link_criticality
from samplan.core.network import build_network, merge_stretches

# A(0,0) and B(1000,1000) joined three ways: R along the x axis then up (2000 m), S up then along (2000 m at 72 km/h,
# 100 s), M the diagonal (1414.2 m at 36 km/h, 141.4 s); a tail T from A to (-500,0) (500 m at 36 km/h).
# R takes 120 s: at 60 km/h throughout, or 1000 m at 50 km/h (72 s) and 1000 m at 75 km/h (48 s).
DIAGONAL = 1000.0 * np.sqrt(2.0)
OTHERS = [
    ([(0, 0), (0, 1000), (1000, 1000)], 72.0, "S"),
    ([(0, 0), (500, 500), (1000, 1000)], 36.0, "M"),
    ([(0, 0), (-500, 0)], 36.0, "T"),
]


def segments(coords):
    return [[a, b] for a, b in zip(coords[:-1], coords[1:])]


def forms():
    r = [(0, 0), (500, 0), (1000, 0), (1000, 500), (1000, 1000)]
    one_line = [(r, 60.0, "R")] + OTHERS
    as_segments = [(s, speed, name) for coords, speed, name in [(r, 60.0, "R")] + OTHERS for s in segments(coords)]
    # Split where the speed changes, the pieces digitised against each other, T cut in two.
    by_speed = [
        (r[2::-1], 50.0, "R"),
        (r[2:], 75.0, "R"),
        OTHERS[0],
        OTHERS[1],
        ([(0, 0), (-250, 0)], 36.0, "T"),
        ([(-500, 0), (-250, 0)], 36.0, "T"),
    ]
    return {"one line": one_line, "segments": as_segments, "split at speed changes": by_speed}


def criticality(rows):
    fids = np.arange(10, 10 + len(rows))
    network = build_network(
        fids, np.array([LineString(c) for c, _, _ in rows]), speed_kmh=np.array([s for _, s, _ in rows])
    )
    merged = merge_stretches(network)
    people = np.array([Point(-500, 1), Point(1000, 1001)])
    result = link_criticality(
        merged,
        True,
        people,
        np.array([100.0, 50.0]),
        None,
        np.array([Point(1001, 1000)]),
        10.0,
        Demand("gravity", 1.0, 0.0),
    )
    names = {fid: name for fid, (_, _, name) in zip(fids, rows)}
    links = result.links
    links["road"] = [names[int(f.split(",")[0])] for f in links["fid_list"]]
    return links.set_index("road"), result


@pytest.mark.parametrize("form", ["one line", "segments", "split at speed changes"])
def test_same_results_per_stretch_however_the_road_is_cut(form):
    links, result = criticality(forms()[form])
    assert sorted(links.index) == ["M", "R", "S", "T"]  # one row per stretch
    assert links.loc[["R", "S", "M", "T"], "length_m"].tolist() == pytest.approx([2000, 2000, DIAGONAL, 500])
    assert links.loc[["R", "S", "M", "T"], "time_s"].tolist() == pytest.approx([120, 100, DIAGONAL / 10, 50])
    # Closing R: quickest S (100 s), shortest M; closing S: R (120 s); closing M: S (100 s), shortest R or S (2000 m).
    assert links.loc[["R", "S", "M"], "alt_time_s"].tolist() == pytest.approx([100, 120, 100])
    assert links.loc[["R", "S", "M"], "alt_length_m"].tolist() == pytest.approx([DIAGONAL, DIAGONAL, 2000])
    assert links.loc[["R", "S", "M"], "detour_ratio"].tolist() == pytest.approx(
        [100 / 120, 120 / 100, 100 / (DIAGONAL / 10)]
    )
    assert links.loc[["R", "S", "M", "T"], "is_bridge"].tolist() == [0, 0, 0, 1]
    assert np.isnan(links.loc["T", "alt_time_s"])
    # 100 people beyond the tail, the centre at B.
    assert links.loc[["R", "S", "M", "T"], "pop_cut_off"].tolist() == [0, 0, 0, 100]
    assert result.nodes["pop_cut_off"].tolist() == [100]
    # Gravity without decay: 100 trips from the tail's end to B and 50 back, all over T and S (100 + 50 s). Closing
    # S costs each 20 s more (over R); closing T strands all 150.
    assert links.loc["S", "total_delay"] == pytest.approx(150 * 20 / 3600)
    assert links.loc["S", "importance"] == pytest.approx(20 / 60)
    assert links.loc[["R", "M"], "total_delay"].tolist() == [0, 0]
    assert links.loc["T", "unsatisfied_trips"] == pytest.approx(150)
    assert links.loc[["T", "S", "R", "M"], "rank"].tolist() == [1, 2, 3, 4]
    # Every input feature belongs to exactly one stretch.
    members = [int(f) for text in links["fid_list"] for f in text.split(",")]
    assert sorted(members) == list(range(10, 10 + len(forms()[form])))


def test_a_named_attribute_or_a_one_way_change_keeps_links_apart():
    road = [LineString([(0, 0), (100, 0)]), LineString([(100, 0), (200, 0)]), LineString([(200, 0), (300, 0)])]
    geometries = np.array(road)
    assert len(merge_stretches(build_network([1, 2, 3], geometries))) == 1
    classes = np.array(["motorväg", "motorväg", "landsväg"], dtype=object)
    kept = merge_stretches(build_network([1, 2, 3], geometries, apart_key=classes))
    assert sorted(kept.sources().tolist()) == [(1, 2), (3,)]
    # One-way along the line, then digitised backwards and one-way against its digitising: the same direction of
    # travel, one stretch; a two-way piece after them stays apart.
    turned = np.array([road[0], LineString([(200, 0), (100, 0)]), road[2]])
    oneway = merge_stretches(build_network([1, 2, 3], turned, oneway=np.array([1, -1, 0])))
    assert sorted(oneway.sources().tolist()) == [(1, 2), (3,)]
    first = [k for k, s in enumerate(oneway.sources()) if s == (1, 2)][0]
    start, end = oneway.node_xy[oneway.start[first]], oneway.node_xy[oneway.end[first]]
    along = 1 if start[0] < end[0] else -1
    assert oneway.oneway[first] == along  # only from x=0 towards x=200
    against = merge_stretches(build_network([1, 2], turned[:2], oneway=np.array([1, 1])))
    assert len(against) == 2  # one-way towards each other


def test_a_loop_is_split_at_its_farthest_vertex_and_a_ring_stays_as_it_comes():
    # The T-junction of the issue: the loop from (100,0) back to (100,0) is split at (200,100), its vertex farthest
    # from the junction, though no line ends there: two stretches of 200 m, each the other's detour.
    t = np.array(
        [
            LineString([(0, 0), (100, 0), (200, 0)]),
            LineString([(100, 0), (100, 100)]),
            LineString([(200, 0), (200, 100), (100, 100)]),
        ]
    )
    merged = merge_stretches(build_network([1, 2, 3], t))
    assert sorted(merged.sources().tolist()) == [(1,), (1, 3), (3, 2)]
    assert sorted(merged.length_m.tolist()) == pytest.approx([100, 200, 200])
    assert merged.n_nodes == 3 and not np.any(merged.start == merged.end)
    assert sorted(map(tuple, merged.node_xy.tolist())) == [(0, 0), (100, 0), (200, 100)]
    # The same loop as one closed line from the junction: build_network splits it at the same vertex.
    closed = np.array(
        [LineString([(0, 0), (100, 0)]), LineString([(100, 0), (200, 0), (200, 100), (100, 100), (100, 0)])]
    )
    one = merge_stretches(build_network([1, 2], closed))
    assert sorted(one.length_m.tolist()) == pytest.approx([100, 200, 200])
    assert sorted(map(tuple, one.node_xy.tolist())) == [(0, 0), (100, 0), (200, 100)]
    ring = np.array(
        [LineString([(0, 0), (100, 0)]), LineString([(100, 0), (100, 100)]), LineString([(100, 100), (0, 0)])]
    )
    assert len(merge_stretches(build_network([1, 2, 3], ring))) == 3


def test_a_one_way_link_with_no_way_back_is_flagged():
    # A two-way square A(0,0) B(100,0) C(100,100) D(0,100); a one-way detour from B out over E(200,0) and F(200,100)
    # to C (C leads back to B: no flag); a one-way dead end from D to G(-100,100); and two one-way roads from A down
    # to H(0,-100), side by side: without directions they form a circuit (no bridge), but nothing leads back from H.
    lines = np.array(
        [
            LineString([(0, 0), (100, 0)]),
            LineString([(100, 0), (100, 100)]),
            LineString([(100, 100), (0, 100)]),
            LineString([(0, 100), (0, 0)]),
            LineString([(100, 0), (200, 0), (200, 100)]),
            LineString([(200, 100), (100, 100)]),
            LineString([(0, 100), (-100, 100)]),
            LineString([(0, 0), (0, -100)]),
            LineString([(0, 0), (-50, -50), (0, -100)]),
        ]
    )
    oneway = np.array([0, 0, 0, 0, 1, 1, 1, 1, 1])
    network = merge_stretches(build_network(np.arange(1, 10), lines, oneway=oneway, apart_key=np.arange(9).astype(str)))
    result = link_criticality(network, False)
    links = result.links.set_index("fid_list")
    assert set(links.index[links["no_way_back"] == 1]) == {"7", "8", "9"}
    # "No alternative route" (is_bridge) is judged without directions: only the dead end G is a bridge.
    assert set(links.index[links["is_bridge"] == 1]) == {"7"}
    # Closing the straight A-H, the other one-way road still leads from A to H: a detour of 2 x 70.7 m.
    assert links.loc["8", "alt_length_m"] == pytest.approx(2 * np.hypot(50, 50))
    assert any("no_way_back" in str(m) and "3 one-way" in str(m) for m in result.messages)
