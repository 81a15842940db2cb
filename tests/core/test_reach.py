"""The plan's reach per theme role, worked out by hand; and that cutting the themes to it changes no result."""

from __future__ import annotations

import numpy as np
import pytest
import shapely
from shapely.geometry import LineString, box

from samplan.core.conflicts import check_conflicts
from samplan.core.features import FeatureTable
from samplan.core.reach import REACH_MARGIN_M, merged_boxes, reach_by_role
from samplan.core.rules import parse_rule_set

HEADER = "id,plan_category,theme_role,theme_category,relation,distance_m,severity,message_sv,message_en,basis\n"
RULES = parse_rule_set(
    HEADER
    + "\n".join(
        [
            "OV,Bostäder,green-blue,natur,overlaps,,conflict,sv,en,MB",
            "NEAR,Industri,settlement,bostad,within_distance,200,warning,sv,en,MB",
            "GAP,Bostäder,infrastructure,station,not_within_distance,1000,warning,sv,en,MB",
            "CROSS,Väg,green-blue,kil,crosses,,warning,sv,en,MB",
        ]
    )
    + "\n",
    "test.csv",
)


def table(name, role, geometries, categories):
    return FeatureTable(name, role, np.arange(1, len(geometries) + 1), np.array(geometries, dtype=object), categories)


def test_reach_per_role_by_hand():
    plan = table(
        "plan",
        "plan",
        [box(0, 0, 100, 100), box(5000, 0, 5100, 50), LineString([(0, 500), (300, 500)])],
        ["Bostäder", "Industri", "Väg"],
    )
    reach = reach_by_role([plan], RULES)
    m = REACH_MARGIN_M
    # green-blue: the housing square (overlaps, no distance) and the road's box (crosses), each grown by the margin.
    assert sorted(map(tuple, reach["green-blue"].rectangles.tolist())) == [
        (-m, -m, 100 + m, 100 + m),
        (-m, 500 - m, 300 + m, 500 + m),
    ]
    # settlement: only the industrial box, grown by 200 m and the margin.
    d = 200 + m
    assert reach["settlement"].rectangles.tolist() == [[5000 - d, -d, 5100 + d, 50 + d]]
    # infrastructure has a gap rule, which reports the distance to the nearest station however far: no bounded reach.
    assert reach["infrastructure"] is None


def test_a_category_mapping_is_applied_before_the_reach():
    plan = table("plan", "plan", [box(0, 0, 10, 10)], ["Fabriker"])
    assert len(reach_by_role([plan], RULES)["settlement"]) == 0
    assert len(reach_by_role([plan], RULES, {"fabriker": "Industri"})["settlement"]) == 1


def test_overlapping_boxes_merge_into_their_common_box_until_none_overlap():
    boxes = np.array(
        [[0, 0, 10, 10], [5, 5, 20, 20], [19, -30, 40, 1], [100, 100, 110, 110], [0, 0, 10, 10]], dtype=float
    )
    # The first two overlap: [0,0,20,20]; that box then meets the third ([19,-30,40,1]): [0,-30,40,20]. The fourth stays.
    assert sorted(map(tuple, merged_boxes(boxes).tolist())) == [(0, -30, 40, 20), (100, 100, 110, 110)]


def test_themes_cut_to_the_reach_give_the_same_results():
    """Random plan and theme features: the check on the themes whose bounding box meets the reach equals the
    check on all of them (the reach holds everything a rule can find)."""
    rng = np.random.default_rng(7)

    def squares(count, size, categories):
        x, y = rng.uniform(0, 20000, count), rng.uniform(0, 20000, count)
        return list(shapely.box(x, y, x + size, y + size)), list(rng.choice(categories, count))

    plan_geometries, plan_categories = squares(60, 300, ["Bostäder", "Industri"])
    lines = [LineString([(x, y), (x + 800, y + 300)]) for x, y in rng.uniform(0, 20000, (20, 2))]
    plan = table("plan", "plan", plan_geometries, plan_categories)
    roads = table("vag", "plan", lines, ["Väg"] * len(lines))
    nature_geometries, nature_categories = squares(400, 500, ["natur", "kil", "annat"])
    houses_geometries, houses_categories = squares(3000, 15, ["bostad", "lada"])
    stations_geometries, _ = squares(5, 20, ["station"])
    themes = [
        table("natur", "green-blue", nature_geometries, nature_categories),
        table("hus", "settlement", houses_geometries, houses_categories),
        table("stationer", "infrastructure", stations_geometries, ["station"] * 5),
    ]
    reach = reach_by_role([plan, roads], RULES)
    cut = []
    for theme in themes:
        rectangles = reach[theme.role]
        if rectangles is None:
            cut.append(theme)
            continue
        inside = np.zeros(len(theme), dtype=bool)
        inside[shapely.STRtree(theme.geometries).query(shapely.box(*rectangles.rectangles.T))[1]] = True
        cut.append(table(theme.layer_name, theme.role, list(theme.geometries[inside]), list(theme.categories[inside])))
        cut[-1].fids = theme.fids[inside]
        assert 0 < inside.sum() < len(theme)  # the reach does leave features out
    everything = check_conflicts([plan, roads], themes, RULES)
    within = check_conflicts([plan, roads], cut, RULES)
    assert len(everything) > 20 and set(everything["rule_id"]) == {"OV", "NEAR", "GAP", "CROSS"}
    columns = [
        "rule_id",
        "plan_layer",
        "plan_fid",
        "theme_layer",
        "theme_fid",
        "area_m2",
        "length_m",
        "distance_m",
        "conflict_key",
    ]
    assert within[columns].equals(everything[columns])


@pytest.mark.parametrize("count", [0, 1])
def test_an_empty_or_single_box_list_stays_as_it_is(count):
    boxes = np.array([[1.0, 2.0, 3.0, 4.0]] * count).reshape(-1, 4)
    assert merged_boxes(boxes).tolist() == boxes.tolist()
