"""Plan drafts side by side and coherence across borders on hand-worked cases."""

from __future__ import annotations

import numpy as np
import pytest
from shapely.geometry import Point, box

from samplan.core.coherence import border_incompatibilities, border_rules
from samplan.core.drafts import (
    DraftInputError,
    DraftVersion,
    IndicatorInputs,
    compare_versions,
    indicator_table,
    prepare_versions,
)
from samplan.core.features import FeatureTable
from samplan.core.rules import parse_rule_set, read_rule_set

HEADER = "id,plan_category,theme_role,theme_category,relation,distance_m,severity,message_sv,message_en,basis\n"
BOSTAD = "Sammanhängande bostadsbebyggelse"
INDUSTRI = "Verksamheter och industri"
PARK = "Grönområde och park"


def table(name, role, geometries, categories):
    categories = [categories] * len(geometries) if isinstance(categories, str) else categories
    return FeatureTable(name, role, np.arange(1, len(geometries) + 1), np.array(geometries, dtype=object), categories)


def version(name, rows):
    return DraftVersion(name, table(f"plan_{name.lower()}", "plan", [g for g, _ in rows], [c for _, c in rows]))


BASE = version("A", [(box(0, 0, 100, 100), BOSTAD), (box(200, 0, 300, 100), INDUSTRI)])
OTHER = version("B", [(box(50, 0, 150, 100), BOSTAD), (box(200, 0, 300, 100), PARK)])


def test_changes_hand_worked():
    # B moves the housing 50 m east: 50 x 100 = 5000 m² added at x 100..150 and removed at x 0..50; the industry
    # site becomes a park: 100 x 100 = 10 000 m² category changed.
    changes = compare_versions(prepare_versions([BASE, OTHER]))
    rows = {(r.change, r.from_category, r.to_category, r.from_fid, r.to_fid): r.area_m2 for r in changes.itertuples()}
    assert rows == pytest.approx(
        {
            ("added", None, BOSTAD, -1, 1): 5000.0,
            ("removed", BOSTAD, None, 1, -1): 5000.0,
            ("category_changed", INDUSTRI, PARK, 2, 2): 10_000.0,
        }
    )
    assert changes.loc[changes["change"] == "added", "geometry"].iloc[0].equals(box(100, 0, 150, 100))


def test_indicators_hand_worked():
    # Agricultural land x 0..75: housing A on it 75 x 100 = 7500 m², B 25 x 100 = 2500 m²; the industry (development)
    # does not touch it. Flood zone x 250..400: A's industry 50 x 100 = 5000 m², B's park is no development: 0.
    # A station at (0, 50): within 1 km of all housing in both. A stop at (1000, 50) with 50 departures (≥ 40):
    # no housing within 400 m. So 100 % of new housing near transit in both.
    inputs = IndicatorInputs(
        agriculture=[table("jordbruk", "green-blue", [box(0, -10, 75, 110)], "jordbruksmark")],
        flood=[table("flod", "green-blue", [box(250, -10, 400, 110)], "översvämning 100 år")],
        stations=[table("stationer", "infrastructure", [Point(0, 50)], "station")],
        stops=[table("hallplatser", "infrastructure", [Point(1000, 50)], ["50"])],
        min_departures=40,
    )
    frame = indicator_table(prepare_versions([BASE, OTHER]), inputs).set_index(["indicator", "category"])
    km2 = 1e-6
    assert frame.loc[("area_by_category", BOSTAD), ["A", "B", "difference"]].tolist() == pytest.approx(
        [0.01, 0.01, 0.0]
    )
    assert frame.loc[("area_by_category", PARK), ["A", "B"]].tolist() == pytest.approx([0.0, 0.01])
    assert frame.loc[("new_development", ""), ["A", "B"]].tolist() == pytest.approx([20_000 * km2, 10_000 * km2])
    assert frame.loc[("development_on_agriculture", ""), ["A", "B", "difference"]].tolist() == pytest.approx(
        [7500 * km2, 2500 * km2, -5000 * km2]
    )
    assert frame.loc[("development_in_flood_zone", ""), ["A", "B"]].tolist() == pytest.approx([5000 * km2, 0.0])
    assert frame.loc[("new_housing_near_transit", ""), ["A", "B"]].tolist() == pytest.approx([100.0, 100.0])
    assert ("development_in_protected_nature", "") not in frame.index  # no layer given: no row, rather than a false 0


def test_frequent_stops_only():
    # Only a stop with fewer departures than the minimum lies near the housing: 0 % near transit.
    inputs = IndicatorInputs(
        stops=[table("hallplatser", "infrastructure", [Point(50, 50), Point(5000, 0)], ["39", "80"])], min_departures=40
    )
    frame = indicator_table(prepare_versions([BASE, OTHER]), inputs).set_index(["indicator", "category"])
    assert frame.loc[("new_housing_near_transit", ""), "A"] == 0.0


def test_unknown_category_is_named():
    bad = version("B", [(box(0, 0, 10, 10), "Bostäder")])
    with pytest.raises(DraftInputError, match="Version 'B', layer 'plan_b'.*'Bostäder'.*feature ids 1"):
        prepare_versions([BASE, bad])


def test_unknown_category_mapped_is_accepted():
    bad = version("B", [(box(0, 0, 10, 10), "Bostäder")])
    prepared = prepare_versions([BASE, bad], {"bostäder": BOSTAD})
    assert list(prepared[1].areas.categories) == [BOSTAD]


def test_empty_version_is_named():
    with pytest.raises(DraftInputError, match="Version 'B' \\(layer 'plan_b'\\) has no features"):
        prepare_versions([BASE, version("B", [])])


def test_one_version_is_not_enough():
    with pytest.raises(DraftInputError, match="at least two versions"):
        prepare_versions([BASE])


# Two municipalities split at x = 1000. Industry in West at x 800..950; housing in East at x 1100..1300 (150 m away);
# a park in East at x 1000..1050 (50 m from the industry).
MUNICIPALITIES = table("kommuner", "boundaries", [box(0, 0, 1000, 1000), box(1000, 0, 2000, 1000)], ["West", "East"])
BORDER_RULES = parse_rule_set(
    HEADER
    + "\n".join(
        [
            f"B1,{INDUSTRI},settlement,bostadsbebyggelse,within_distance,200,warning,sv,en,PBL 2 kap. 6 a §",
            f"B2,{INDUSTRI},green-blue,{PARK},within_distance,20,warning,sv,en,PBL 3 kap. 5 §",
            f"B3,{INDUSTRI},settlement,bostad,not_within_distance,200,warning,sv,en,x",
            f"B4,{INDUSTRI},green-blue,natura 2000,overlaps,,conflict,sv,en,x",
        ]
    )
    + "\n",
    "border.csv",
)


def test_border_rules_are_those_naming_a_plan_category():
    # B1 names 'Sammanhängande bostadsbebyggelse' by its last word, B2 exactly; B3 has a gap relation, B4 no plan category.
    assert [(r.id, sorted(named)) for r, named in border_rules(BORDER_RULES)] == [
        ("B1", ["sammanhängande bostadsbebyggelse"]),
        ("B2", ["grönområde och park"]),
    ]
    # The default rule set: IND-01 (industry within 200 m of 'bostadsbebyggelse').
    assert [r.id for r, _ in border_rules(read_rule_set())] == ["IND-01"]


def test_border_incompatibility_hand_worked():
    plan = table(
        "plan",
        "plan",
        [box(800, 400, 950, 600), box(1100, 400, 1300, 600), box(1000, 400, 1050, 600), box(600, 400, 700, 600)],
        [INDUSTRI, BOSTAD, PARK, BOSTAD],
    )
    frame = border_incompatibilities([plan], MUNICIPALITIES, BORDER_RULES, language="en")
    # B1: industry (West, fid 1) to housing in East (fid 2) at 150 m ≤ 200 m; housing fid 4 is in West itself: not listed.
    # B2: the park is 50 m away, beyond 20 m: not listed.
    assert frame[
        ["rule_id", "plan_fid", "plan_municipality", "neighbour_fid", "neighbour_municipality"]
    ].values.tolist() == [["B1", 1, "West", 2, "East"]]
    assert frame["distance_m"].iloc[0] == pytest.approx(150.0)
    assert frame["geometry"].iloc[0].area == pytest.approx(150 * 200 + 200 * 200)
    # A search distance of 60 m reaches the park too (B2's own 20 m is smaller).
    wider = border_incompatibilities([plan], MUNICIPALITIES, BORDER_RULES, search_distance=60.0)
    assert sorted(wider["rule_id"]) == ["B1", "B2"]


LAND = "Landsbygd"
GROWTH = "Utbyggnadsområde"


def test_identical_versions_with_overlapping_features_change_nothing():
    # ÖP-modell lays development directions over land use: Utbyggnadsområde over part of the Landsbygd. Two identical
    # versions differ nowhere, however their features overlap (a pairwise overlay called 2 x 5000 m² 'changed').
    rows = [
        (box(0, 0, 100, 100), LAND),
        (box(0, 0, 50, 100), GROWTH),
        (box(50, 0, 100, 100), INDUSTRI),
        (box(80, 0, 150, 100), LAND),
    ]
    changes = compare_versions(prepare_versions([version("A", rows), version("B", rows)]))
    assert changes.empty


def test_overlapping_features_hand_worked():
    # Base A: Landsbygd fid 1 on x 0..100, Utbyggnadsområde fid 2 over it on x 0..50, and two overlapping Landsbygd
    # areas fid 3 (x 150..250) and fid 4 (x 200..300). B: Landsbygd fid 1 on x 0..100, Verksamheter och industri fid 2
    # over it on x 50..100, Landsbygd fid 3 on x 80..150. All 100 m high. ∪A = x 0..100 and 150..300, ∪B = x 0..150.
    # removed from Landsbygd: A_L − ∪B = x 150..300 = 15 000 m², counted once: fid 3 x 150..250 (10 000),
    #   fid 4 only where fid 3 is not, x 250..300 (5000). (Pairwise: 10 000 + 10 000.)
    # added to Landsbygd: B_L − ∪A = x 100..150 = 5000 m² (fid 3).
    # changed from Utbyggnadsområde: (A_U ∩ ∪B) − B_U = x 0..50 = 5000 m², where B plans Landsbygd (fid 1).
    # changed from Landsbygd: (A_L ∩ ∪B) − B_L = nothing. Industry laid over Landsbygd that stays, x 50..100, is a
    # change to industry: (B_V ∩ ∪A) − A_V = x 50..100 = 5000 m², from Landsbygd fid 1.
    base = version(
        "A",
        [
            (box(0, 0, 100, 100), LAND),
            (box(0, 0, 50, 100), GROWTH),
            (box(150, 0, 250, 100), LAND),
            (box(200, 0, 300, 100), LAND),
        ],
    )
    other = version("B", [(box(0, 0, 100, 100), LAND), (box(50, 0, 100, 100), INDUSTRI), (box(80, 0, 150, 100), LAND)])
    changes = compare_versions(prepare_versions([base, other]))
    rows = {(r.change, r.from_category, r.to_category, r.from_fid, r.to_fid): r.area_m2 for r in changes.itertuples()}
    assert rows == pytest.approx(
        {
            ("added", None, LAND, -1, 3): 5000.0,
            ("removed", LAND, None, 3, -1): 10_000.0,
            ("removed", LAND, None, 4, -1): 5000.0,
            ("category_changed", GROWTH, LAND, 2, 1): 5000.0,
            ("category_changed", LAND, INDUSTRI, 1, 2): 5000.0,
        }
    )
    geometry = {(r.change, r.from_fid, r.to_fid): r.geometry for r in changes.itertuples()}
    assert geometry[("category_changed", 2, 1)].equals(box(0, 0, 50, 100))
    assert geometry[("category_changed", 1, 2)].equals(box(50, 0, 100, 100))
    assert geometry[("removed", 4, -1)].equals(box(250, 0, 300, 100))


def test_stops_without_departures_are_named():
    # Missing (empty) or non-numeric departures are refused with the layer, field and feature ids, not read as infrequent.
    stops = table(
        "hallplatser",
        "infrastructure",
        [Point(50, 50), Point(60, 50), Point(70, 50), Point(80, 50)],
        ["50", "", "många", "7"],
    )
    inputs = IndicatorInputs(stops=[stops], min_departures=40, departures_field="avgangar_vardag")
    with pytest.raises(DraftInputError, match="'hallplatser'.*'avgangar_vardag'.*2 stop.*feature ids 2, 3"):
        indicator_table(prepare_versions([BASE, OTHER]), inputs)
