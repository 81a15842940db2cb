"""The conflict engine on hand-made fixtures; every expected value is worked out by hand in the comment beside it."""

from __future__ import annotations

import math

import numpy as np
import pytest
import shapely
from shapely.geometry import LineString, MultiPolygon, Point, Polygon, box

from samplan.core.conflicts import check_conflicts, summarise
from samplan.core.features import FeatureTable, clean_geometries
from samplan.core.progress import Cancelled, SilentProgress
from samplan.core.rules import parse_rule_set

HEADER = "id,plan_category,theme_role,theme_category,relation,distance_m,severity,message_sv,message_en,basis\n"


def rules(*lines: str):
    return parse_rule_set(HEADER + "\n".join(lines) + "\n", "test.csv")


def table(name: str, role: str, geometries: list, category: str | list[str]) -> FeatureTable:
    categories = [category] * len(geometries) if isinstance(category, str) else category
    return FeatureTable(name, role, np.arange(1, len(geometries) + 1), np.array(geometries, dtype=object), categories)


def plan(*geometries, category: str = "Bostäder") -> FeatureTable:
    return table("plan", "plan", list(geometries), category)


def run(plan_tables, theme_tables, rule_set, municipalities=None):
    if isinstance(plan_tables, FeatureTable):
        plan_tables = [plan_tables]
    return check_conflicts(plan_tables, theme_tables, rule_set, municipalities=municipalities)


OVERLAP = rules("R1,Bostäder,green-blue,natur,overlaps,,conflict,sv,en,MB")


class TestOverlaps:
    def test_partial_overlap_area_and_share(self):
        # 100 x 100 square against a square shifted by 50 both ways: 50 x 50 = 2500 m², a quarter of the plan.
        result = run(plan(box(0, 0, 100, 100)), [table("n", "green-blue", [box(50, 50, 150, 150)], "natur")], OVERLAP)
        assert len(result) == 1
        assert result.loc[0, "area_m2"] == pytest.approx(2500.0)
        assert result.loc[0, "share"] == pytest.approx(0.25)
        assert shapely.equals(result.loc[0, "geometry"], box(50, 50, 100, 100))
        assert (result.loc[0, "plan_fid"], result.loc[0, "theme_layer"], result.loc[0, "theme_fid"]) == (1, "n", 1)

    def test_touching_edges_are_not_an_overlap(self):
        theme = table("n", "green-blue", [box(100, 0, 200, 100), box(100, 100, 200, 200)], "natur")  # edge, corner
        assert run(plan(box(0, 0, 100, 100)), [theme], OVERLAP).empty

    def test_hole_excludes_what_lies_inside_it(self):
        with_hole = Polygon([(0, 0), (100, 0), (100, 100), (0, 100)], [[(20, 20), (80, 20), (80, 80), (20, 80)]])
        inside_hole = box(30, 30, 70, 70)
        straddling = box(10, 10, 90, 90)  # 80² - 60² = 6400 - 3600 = 2800 m² on the ring
        result = run(plan(with_hole), [table("n", "green-blue", [inside_hole, straddling], "natur")], OVERLAP)
        assert list(result["theme_fid"]) == [2]
        assert result.loc[0, "area_m2"] == pytest.approx(2800.0)
        assert result.loc[0, "share"] == pytest.approx(2800.0 / (10000 - 3600))

    def test_multipart_plan_feature_counts_both_parts(self):
        two_squares = MultiPolygon([box(0, 0, 10, 10), box(20, 0, 30, 10)])
        result = run(plan(two_squares), [table("n", "green-blue", [box(5, 0, 25, 10)], "natur")], OVERLAP)
        assert result.loc[0, "area_m2"] == pytest.approx(100.0)  # 5x10 in each part
        assert result.loc[0, "share"] == pytest.approx(0.5)  # of 200 m²

    def test_line_along_a_border_does_not_overlap(self):
        along = LineString([(0, 0), (100, 0)])
        across = LineString([(-20, 50), (120, 50)])  # 100 m inside the square
        half_along = LineString([(50, 0), (150, 0), (150, 50)])  # along the edge, then outside
        result = run(
            plan(along, across, half_along), [table("n", "green-blue", [box(0, 0, 100, 100)], "natur")], OVERLAP
        )
        assert list(result["plan_fid"]) == [2]
        assert result.loc[0, "length_m"] == pytest.approx(100.0)
        assert result.loc[0, "share"] == pytest.approx(100.0 / 140.0)

    def test_theme_line_inside_plan_polygon(self):
        rule = rules("R1,Bostäder,infrastructure,järnväg,overlaps,,warning,sv,en,MB")
        rail = table("rail", "infrastructure", [LineString([(-50, 50), (150, 50)])], "järnväg")
        result = run(plan(box(0, 0, 100, 100)), [rail], rule)
        assert result.loc[0, "length_m"] == pytest.approx(100.0)
        assert math.isnan(result.loc[0, "share"])  # a length is no share of an area

    def test_points_inside_and_on_the_boundary(self):
        rule = rules("R1,Bostäder,other,fornlämning,overlaps,,warning,sv,en,KML")
        points = table("f", "other", [Point(50, 50), Point(100, 50), Point(500, 500)], "fornlämning")
        result = run(plan(box(0, 0, 100, 100)), [points], rule)
        assert list(result["theme_fid"]) == [1]  # the one on the boundary is not inside
        assert result.loc[0, "point_count"] == 1

    def test_category_matching_ignores_case_and_separators(self):
        rule = rules("R1,Sammanhängande bostadsbebyggelse,green-blue,Natura 2000,overlaps,,conflict,sv,en,MB")
        theme = table("n2000", "green-blue", [box(0, 0, 10, 10), box(0, 0, 10, 10)], ["NATURA_2000", "naturreservat"])
        result = run(plan(box(0, 0, 10, 10), category="sammanhängande  bostadsbebyggelse"), [theme], rule)
        assert list(result["theme_fid"]) == [1]

    def test_other_role_is_not_checked(self):
        theme = table("n", "settlement", [box(0, 0, 10, 10)], "natur")
        assert run(plan(box(0, 0, 10, 10)), [theme], OVERLAP).empty


class TestWithinDistance:
    RULE = rules("W1,Bostäder,infrastructure,järnväg,within_distance,80,warning,sv,en,PBL")

    def test_part_within_the_distance(self):
        # Rail along y = 150; within 80 m means y >= 70: a 100 x 30 strip of the square.
        rail = table("rail", "infrastructure", [LineString([(-1000, 150), (1000, 150)])], "järnväg")
        result = run(plan(box(0, 0, 100, 100)), [rail], self.RULE)
        assert result.loc[0, "area_m2"] == pytest.approx(3000.0, rel=1e-9)
        assert result.loc[0, "share"] == pytest.approx(0.3)
        assert result.loc[0, "distance_m"] == pytest.approx(50.0)

    def test_distance_exactly_at_the_threshold_counts(self):
        rule = rules("W1,Bostäder,infrastructure,station,within_distance,100,warning,sv,en,PBL")
        station = table("st", "infrastructure", [Point(5, 110)], "station")  # 100 m above the top edge y = 10
        result = run(plan(box(0, 0, 10, 10)), [station], rule)
        assert len(result) == 1
        assert result.loc[0, "distance_m"] == pytest.approx(100.0)
        assert result.loc[0, "area_m2"] == pytest.approx(0.0, abs=1e-6)
        assert result.loc[0, "geometry"].equals(Point(5, 10))  # where they come closest

    def test_sliver_just_inside_the_threshold_is_measured(self):
        # The station is 99.9 m above the top edge: within 100 m lies a circular segment of height h = 0.1 m,
        # r² acos((r − h) / r) − (r − h) √(2rh − h²), narrower than the 10 m edge. A 16-segment buffer misses it.
        rule = rules("W1,Bostäder,infrastructure,station,within_distance,100,warning,sv,en,PBL")
        station = table("st", "infrastructure", [Point(5, 109.9)], "station")
        result = run(plan(box(0, 0, 10, 10)), [station], rule)
        r, h = 100.0, 0.1
        segment = r * r * math.acos((r - h) / r) - (r - h) * math.sqrt(2 * r * h - h * h)
        assert result.loc[0, "distance_m"] == pytest.approx(99.9)
        assert result.loc[0, "area_m2"] == pytest.approx(segment, rel=0.02)

    def test_just_beyond_the_threshold_does_not(self):
        rule = rules("W1,Bostäder,infrastructure,station,within_distance,99.99,warning,sv,en,PBL")
        station = table("st", "infrastructure", [Point(5, 110)], "station")
        assert run(plan(box(0, 0, 10, 10)), [station], rule).empty

    def test_overlapping_feature_is_within_at_distance_zero(self):
        rail = table("rail", "infrastructure", [LineString([(-50, 50), (150, 50)])], "järnväg")
        result = run(plan(box(0, 0, 100, 100)), [rail], self.RULE)
        assert result.loc[0, "distance_m"] == 0
        assert result.loc[0, "share"] == pytest.approx(1.0)

    def test_each_theme_feature_is_its_own_row(self):
        rails = table(
            "rail",
            "infrastructure",
            [LineString([(-500, 150), (500, 150)]), LineString([(-500, -60), (500, -60)])],
            "järnväg",
        )
        result = run(plan(box(0, 0, 100, 100)), [rails], self.RULE)
        by_theme = dict(zip(result["theme_fid"], result["area_m2"]))
        assert by_theme[1] == pytest.approx(3000.0)  # y in [70, 100]
        assert by_theme[2] == pytest.approx(2000.0)  # y in [0, 20]

    def test_plan_line_within_distance_measures_length(self):
        rail = table("rail", "infrastructure", [LineString([(0, 0), (1000, 0)])], "järnväg")
        corridor = LineString([(100, 0), (100, 200)])  # the first 80 m are within
        result = run(plan(corridor), [rail], self.RULE)
        assert result.loc[0, "length_m"] == pytest.approx(80.0)
        assert result.loc[0, "share"] == pytest.approx(0.4)


class TestNotWithinDistance:
    RULE = rules("G1,Bostäder,infrastructure,station,not_within_distance,1000,warning,sv,en,RUS")

    def test_gap_only_beyond_the_distance(self):
        station = table("st", "infrastructure", [Point(5, 1010)], "station")
        at_threshold = box(0, 0, 10, 10)  # top edge y = 10, exactly 1000 m from the station: not a gap
        far = box(2000, 0, 2010, 10)
        result = run(plan(at_threshold, far), [station], self.RULE)
        assert list(result["plan_fid"]) == [2]
        # Nearest point of the far square to (5, 1010) is its top-left corner (2000, 10).
        assert result.loc[0, "distance_m"] == pytest.approx(math.hypot(1995, 1000))
        assert result.loc[0, "theme_layer"] is None
        assert result.loc[0, "area_m2"] == pytest.approx(100.0)

    def test_the_nearest_of_several_layers_decides(self):
        far_station = table("st1", "infrastructure", [Point(0, 5000)], "station")
        near_station = table("st2", "infrastructure", [Point(0, 500)], "Station")
        assert run(plan(box(0, 0, 10, 10)), [far_station, near_station], self.RULE).empty

    def test_no_theme_feature_of_the_category_makes_every_plan_feature_a_gap(self):
        progress = SilentProgress()
        other_category = table("hpl", "infrastructure", [Point(0, 0)], "hållplats")
        result = check_conflicts([plan(box(0, 0, 10, 10))], [other_category], self.RULE, progress=progress)
        assert len(result) == 1 and math.isnan(result.loc[0, "distance_m"])
        assert any("G1" in w for w in progress.warnings)

    def test_no_layer_in_the_role_leaves_the_rule_unchecked(self):
        progress = SilentProgress()
        nature = table("n", "green-blue", [box(0, 0, 1, 1)], "natur")
        assert check_conflicts([plan(box(0, 0, 10, 10))], [nature], self.RULE, progress=progress).empty
        assert any(
            "role 'Infrastructure'" in m and "G1" in m for m in progress.messages
        )  # the role's name, not its code


class TestCrosses:
    RULE = rules("C1,Transportinfrastruktur,green-blue,grön kil|ekologiskt samband,crosses,,conflict,sv,en,MB")

    def corridor(self, *lines):
        return table("strak", "plan", list(lines), "Transportinfrastruktur")

    def test_length_inside_a_wedge(self):
        wedge = table("kil", "green-blue", [box(0, 0, 100, 100)], "grön kil")
        result = run(self.corridor(LineString([(-50, 50), (150, 50)])), [wedge], self.RULE)
        assert result.loc[0, "length_m"] == pytest.approx(100.0)

    def test_along_the_wedge_border_is_no_crossing(self):
        wedge = table("kil", "green-blue", [box(0, 0, 100, 100)], "grön kil")
        assert run(self.corridor(LineString([(-50, 0), (150, 0)])), [wedge], self.RULE).empty

    def test_crossing_points_with_a_link(self):
        link = table("eko", "green-blue", [LineString([(50, -100), (50, 100)])], "ekologiskt samband")
        straight = LineString([(0, 0), (100, 0)])  # one crossing at (50, 0)
        zigzag = LineString([(0, 10), (100, 10), (100, 20), (0, 20)])  # crosses x = 50 twice
        ends_on_it = LineString([(0, 50), (50, 50)])  # touches with its end: no crossing
        result = run(self.corridor(straight, zigzag, ends_on_it), [link], self.RULE)
        assert dict(zip(result["plan_fid"], result["point_count"])) == {1: 1, 2: 2}
        assert result.loc[result["plan_fid"] == 1, "geometry"].iloc[0].equals(shapely.multipoints([Point(50, 0)]))

    def test_crossing_still_counts_where_the_lines_also_share_a_stretch(self):
        # Along the link from (0,0) to (50,0), then across another of its branches at (80, 0)...(80, 10).
        link = table(
            "eko",
            "green-blue",
            [shapely.multilinestrings([LineString([(0, 0), (50, 0)]), LineString([(80, -10), (80, 10)])])],
            "ekologiskt samband",
        )
        corridor = LineString([(-10, 0), (50, 0), (100, 0)])
        result = run(self.corridor(corridor), [link], self.RULE)
        assert list(result["point_count"]) == [1]
        assert result.loc[0, "geometry"].equals(shapely.multipoints([Point(80, 0)]))

    def test_link_inside_a_geometry_collection_is_still_crossed(self):
        collection = shapely.GeometryCollection([box(0, 0, 100, 100), Point(500, 500)])
        wedge = table("kil", "green-blue", [collection], "grön kil")
        kept, geometries, report = clean_geometries(wedge.fids, wedge.geometries)
        wedge = FeatureTable("kil", "green-blue", wedge.fids[kept], geometries, wedge.categories[kept])
        assert report.flattened_fids == [1]
        result = run(self.corridor(LineString([(-50, 50), (150, 50)])), [wedge], self.RULE)
        assert result.loc[0, "length_m"] == pytest.approx(100.0)

    def test_polygons_are_not_checked_for_crossing(self):
        wedge = table("kil", "green-blue", [box(0, 0, 100, 100)], "grön kil")
        polygon_plan = table("p", "plan", [box(50, 50, 60, 60)], "Transportinfrastruktur")
        assert run(polygon_plan, [wedge], self.RULE).empty


class TestMunicipalitiesAndSummary:
    def test_largest_part_decides_the_municipality(self):
        municipalities = FeatureTable(
            "kommuner", "boundaries", [1, 2], [box(-1000, -1000, 60, 1000), box(60, -1000, 1000, 1000)], ["Väst", "Öst"]
        )
        theme = table("n", "green-blue", [box(0, 0, 100, 10), box(80, 0, 100, 10)], "natur")
        result = run(plan(box(0, 0, 100, 10)), [theme], OVERLAP, municipalities)
        # The first overlap lies 60 % in Väst; the second wholly in Öst.
        assert dict(zip(result["theme_fid"], result["municipality"])) == {1: "Väst", 2: "Öst"}
        summary = summarise(result)
        assert set(zip(summary["municipality"], summary["count"], summary["area_m2"])) == {
            ("Väst", 1, 1000.0),
            ("Öst", 1, 200.0),
        }

    def test_points_weigh_by_their_number(self):
        municipalities = FeatureTable(
            "kommuner", "boundaries", [1, 2], [box(-100, -100, 0, 100), box(0, -100, 100, 100)], ["Väst", "Öst"]
        )
        rule = rules("P1,Bostäder,other,fornlämning,overlaps,,warning,sv,en,KML")
        # One plan square over both municipalities: two theme points fall in Öst, one in Väst.
        points = table(
            "f", "other", [shapely.multipoints([Point(10, 10), Point(20, 20), Point(-10, 10)])], "fornlämning"
        )
        result = run(plan(box(-50, -50, 50, 50)), [points], rule, municipalities)
        assert list(result["municipality"]) == ["Öst"]

    def test_affected_area_counts_a_zone_once(self):
        # One 10 x 10 plan square overlapped by two identical 10 x 5 sites: rows add up to 100 m², the zone is 50 m².
        result = run(
            plan(box(0, 0, 10, 10)), [table("n", "green-blue", [box(0, 0, 10, 5), box(0, 0, 10, 5)], "natur")], OVERLAP
        )
        (row,) = summarise(result).itertuples()
        assert (row.count, row.plan_features) == (2, 1)
        assert row.area_m2 == pytest.approx(100.0) and row.affected_area_m2 == pytest.approx(50.0)
        assert math.isnan(row.point_count)

    def test_summary_sums_area_and_length_per_rule_and_severity(self):
        rule_set = rules(
            "R1,Bostäder,green-blue,natur,overlaps,,conflict,sv,en,MB",
            "W1,Bostäder,infrastructure,väg,within_distance,10,warning,sv,en,PBL",
        )
        themes = [
            table("n", "green-blue", [box(0, 0, 5, 5), box(5, 5, 10, 10)], "natur"),
            table("v", "infrastructure", [LineString([(-100, 15), (100, 15)])], "väg"),
        ]
        summary = summarise(run(plan(box(0, 0, 10, 10)), themes, rule_set))
        rows = {r.rule_id: r for r in summary.itertuples()}
        assert rows["R1"].count == 2 and rows["R1"].area_m2 == pytest.approx(50.0)
        assert rows["W1"].count == 1 and rows["W1"].area_m2 == pytest.approx(50.0)  # y in [5, 10]
        assert math.isnan(rows["R1"].length_m)  # no line results: empty, not zero


def test_empty_plan_gives_an_empty_result():
    result = run([table("plan", "plan", [], [])], [table("n", "green-blue", [box(0, 0, 1, 1)], "natur")], OVERLAP)
    assert result.empty and "rule_id" in result.columns
    assert summarise(result).empty


def test_cancel_stops_between_steps():
    class CancelAtOnce(SilentProgress):
        def is_cancelled(self) -> bool:
            return True

    with pytest.raises(Cancelled):
        check_conflicts([plan(box(0, 0, 1, 1))], [], OVERLAP, progress=CancelAtOnce())


def test_invalid_multiline_with_a_zero_length_part_is_repaired():
    # make_valid turns the zero-length part into a point inside a collection; the lines are kept.
    line = shapely.from_wkt("MULTILINESTRING((0 0, 1 1, 2 2), (5 5, 5 5), (6 6, 7 7))")
    kept, geometries, report = clean_geometries(np.array([7]), np.array([line], dtype=object))
    assert list(kept) == [0] and report.repaired_fids == [7]
    assert shapely.get_dimensions(geometries[0]) == 1 and shapely.length(geometries[0]) == pytest.approx(
        2 * math.sqrt(2) + math.sqrt(2)
    )


def test_invalid_geometry_is_repaired_and_null_dropped():
    bow_tie = Polygon([(0, 0), (10, 10), (10, 0), (0, 10)])  # self-intersecting: two triangles of 25 m² each
    kept, geometries, report = clean_geometries(
        np.array([1, 2, 3]), np.array([bow_tie, None, box(0, 0, 1, 1)], dtype=object)
    )
    assert list(kept) == [0, 2]
    assert report.repaired_fids == [1] and report.dropped_fids == [2]
    assert shapely.is_valid(geometries[0]) and shapely.area(geometries[0]) == pytest.approx(50.0)
