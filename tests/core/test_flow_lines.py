"""Flow lines: gross and net by hand, orientation, filters, border flags and per-zone crossing shares."""

from __future__ import annotations

import numpy as np
import pandas as pd
import pytest
import shapely

from samplan.core.commuting import CommutingColumns, build_matrix, commuting_frame_from_records
from samplan.core.flow_lines import area_of_points, flow_lines, representative_points

FLOWS = {("A", "A"): 50, ("A", "B"): 30, ("B", "A"): 10, ("B", "C"): 5, ("C", "B"): 5, ("C", "A"): 40, ("D", "D"): 7}
# Zones: A and B in municipality M1, C in M2, D in M2; all in county L1 except D (L2).
ZONES = {
    "A": shapely.box(0, 0, 10, 10),
    "B": shapely.box(10, 0, 20, 10),
    "C": shapely.box(20, 0, 30, 10),
    "D": shapely.box(30, 0, 40, 10),
}


def case():
    frame = commuting_frame_from_records(
        [(n, a, b, c) for n, ((a, b), c) in enumerate(FLOWS.items(), 2)], "t", CommutingColumns()
    )
    matrix = build_matrix(frame, list(ZONES))
    geometries = np.array([ZONES[c] for c in matrix.codes], dtype=object)
    points = representative_points(geometries)
    municipalities = area_of_points(
        points, np.array([shapely.box(0, 0, 20, 10), shapely.box(20, 0, 40, 10)]), np.array(["M1", "M2"])
    )
    counties = area_of_points(
        points, np.array([shapely.box(0, 0, 30, 10), shapely.box(30, 0, 40, 10)]), np.array(["L1", "L2"])
    )
    return matrix, points, {"municipality": municipalities, "county": counties, "region": None}


def test_gross_net_orientation_and_flags():
    matrix, points, areas = case()
    lines, zones = flow_lines(matrix, points, areas)
    table = {(r.from_code, r.to_code): r for r in lines.itertuples()}
    # A⇄B: 30 and 10: drawn A→B, gross 40, net 20. C→A only: 40 and 0. B⇄C: 5 and 5: from the lower code.
    assert set(table) == {("A", "B"), ("C", "A"), ("B", "C")}
    ab = table[("A", "B")]
    assert (ab.flow_from_to, ab.flow_to_from, ab.gross, ab.net, ab.flow) == (30, 10, 40, 20, 40)
    assert (ab.crosses_municipality, ab.crosses_county) == (0, 0) and pd.isna(ab.crosses_region)
    assert table[("C", "A")].crosses_municipality == 1 and table[("B", "C")].net == 0
    # Largest gross flows first (ties by code); the line runs between the two zones' inner points.
    assert lines["gross"].tolist() == [40, 40, 10]
    assert shapely.equals(lines["geometry"].iloc[0], shapely.LineString([(5, 5), (15, 5)]))
    assert lines["length_m"].iloc[0] == pytest.approx(10.0)
    # Zones: A out 30 (to B, same municipality), in 10 + 40 (C from M2): in crossing municipal border 40 of 90 jobs.
    z = zones.set_index("code")
    assert (z.loc["A", "residents"], z.loc["A", "jobs"], z.loc["A", "out_commuters"], z.loc["A", "in_commuters"]) == (
        80,
        100,
        30,
        50,
    )
    assert z.loc["A", "out_municipality"] == 0 and z.loc["A", "in_municipality"] == 40
    assert z.loc["A", "in_municipality_share"] == pytest.approx(0.4)
    assert z.loc["C", "out_municipality_share"] == pytest.approx(45 / 45)  # 40 to A, 5 to B: all into M1
    assert z.loc["C", "out_county"] == 0 and np.isnan(z.loc["C", "out_region"])
    assert z.loc["D", "out_commuters"] == 0 and z.loc["D", "out_county_share"] == 0


def test_net_measure_minimum_and_top_n():
    matrix, points, areas = case()
    lines, _ = flow_lines(matrix, points, areas, measure="net")
    assert [(r.from_code, r.to_code, r.flow) for r in lines.itertuples()] == [
        ("C", "A", 40),
        ("A", "B", 20),
    ]  # B⇄C nets out
    lines, _ = flow_lines(matrix, points, areas, min_count=40)
    assert len(lines) == 2
    lines, zones = flow_lines(matrix, points, areas, top_n=1)
    assert [(r.from_code, r.to_code) for r in lines.itertuples()] == [("A", "B")]
    assert zones.set_index("code").loc["C", "out_commuters"] == 45  # zone figures count every flow


def test_point_on_surface_inside_a_crescent():
    crescent = shapely.box(0, 0, 10, 10).difference(shapely.box(2, 2, 10, 8))
    point = representative_points(np.array([crescent], dtype=object))[0]
    assert crescent.contains(point) and not crescent.contains(crescent.centroid)
