"""Functional regions: SCB's rule and travel-to-work areas on hand-worked cases, the sample region checked by hand,
generated cases checked against the validity function, order independence, and the quality summary against networkx."""

from __future__ import annotations

import networkx as nx
import numpy as np
import pandas as pd
import pytest
import scipy.sparse as sp
import shapely

from samplan.core.commuting import CommutingColumns, CommutingMatrix, build_matrix, commuting_frame_from_records
from samplan.core.labour_markets import (
    PUBLISHED,
    SET_ASIDE,
    TtwaParameters,
    _ttwa_result,
    make_contiguous,
    modularity,
    package_set_aside,
    scb_local_labour_markets,
    travel_to_work_areas,
    validity,
    zone_adjacency,
)
from samplan.core.progress import SilentProgress
from samplan.core.sample_region import build_sample_region

MIN_SC, TARGET_SC = 0.6667, 0.75


def codes_of(flows) -> list[str]:
    return sorted({a for a, _ in flows} | {b for _, b in flows})


def matrix_of(flows: dict[tuple[str, str], float], zones: list[str] | None = None, progress=None) -> CommutingMatrix:
    records = [(n, a, b, c) for n, ((a, b), c) in enumerate(flows.items(), start=2)]
    frame = commuting_frame_from_records(records, "test", CommutingColumns())
    zones = zones or codes_of(flows)
    return build_matrix(frame, zones, progress=progress)


def regions_of(result) -> dict[str, str]:
    return dict(zip(result.zones["code"], result.zones["region_code"]))


def partition(result) -> set[frozenset[str]]:
    return {frozenset(group["code"]) for _, group in result.zones.groupby("region_code")}


# ---------------------------------------------------------------------------------------------------------------------
# SCB's rule, hand-worked

SCB_CASE = {
    # A is a centre: 50 of 1000 (5 %) work elsewhere, the largest single flow is 30 (3 %).
    ("A", "A"): 950,
    ("A", "B"): 30,
    ("A", "C"): 20,
    # B: 40 % work elsewhere; its largest flow goes to the centre A (one link).
    ("B", "B"): 600,
    ("B", "A"): 300,
    ("B", "C"): 100,
    # C: its largest flow goes to B, not a centre, whose largest goes to A: two links.
    ("C", "C"): 500,
    ("C", "B"): 400,
    ("C", "A"): 100,
    # G a centre; F → G (one link), E → F → G (two links), D → E → F → G would need a third: D stays on its own.
    ("G", "G"): 1000,
    ("G", "L"): 10,
    ("F", "F"): 500,
    ("F", "G"): 500,
    ("E", "E"): 500,
    ("E", "F"): 500,
    ("D", "D"): 500,
    ("D", "E"): 500,
    # L has jobs and no employed residents: it follows its largest inflow, from G.
    # H and I point at each other, neither a centre: one region, centred on H (1100 jobs against 900).
    ("H", "H"): 500,
    ("H", "I"): 500,
    ("I", "I"): 400,
    ("I", "H"): 600,
    # J exactly at both thresholds (200 of 1000 = 20 % out, largest 75 = 7.5 %): a centre ("at most").
    ("J", "J"): 800,
    ("J", "K1"): 75,
    ("J", "K2"): 75,
    ("J", "K3"): 50,
    ("K1", "K1"): 10,
    ("K1", "J"): 90,
    ("K2", "J"): 40,
    ("K3", "K3"): 40,
}


def test_scb_rule_on_hand_worked_case():
    progress = SilentProgress()
    result = scb_local_labour_markets(matrix_of(SCB_CASE, zones=codes_of(SCB_CASE) + ["N"]), progress=progress)
    expected = {
        "A": "A",
        "B": "A",
        "C": "A",
        "G": "G",
        "F": "G",
        "E": "G",
        "D": "D",
        "L": "G",
        "H": "H",
        "I": "H",
        "J": "J",
        "K1": "J",
        "K2": "J",
        "K3": "K3",
        "N": "N",
    }
    assert regions_of(result) == expected
    zones = result.zones.set_index("code")
    assert zones.loc["C", "links"] == 2 and zones.loc["C", "linked_to"] == "B"
    assert zones.loc["B", "links"] == 1 and zones.loc["E", "links"] == 2
    assert zones.loc["D", "role"] == "unlinked" and zones.loc["D", "linked_to"] == "E"
    assert zones.loc["H", "role"] == "mutual centre" and zones.loc["I", "role"] == "linked"
    assert zones.loc["J", "role"] == "centre" and zones.loc["K3", "role"] == "centre"  # K3: nobody works elsewhere
    assert zones.loc["N", "role"] == "no commuting"
    assert zones.loc["J", "out_share"] == pytest.approx(0.2) and zones.loc["J", "largest_out_share"] == pytest.approx(
        0.075
    )
    assert any("reach no centre within two links" in w and "D" in w for w in progress.warnings)
    # Region A by hand: residents 1000+1000+1000, jobs A 950+300+100, B 30+600+400, C 20+100+500, all inside.
    region_a = result.regions.set_index("region_code").loc["A"]
    assert (region_a["zones"], region_a["residents"], region_a["jobs"], region_a["internal"]) == (3, 3000, 3000, 3000)


def test_scb_thresholds_are_parameters():
    # With 5 % for a single flow, J (7.5 %) is no longer a centre: it links to K1 (75, tie with K2 → the lower code).
    result = scb_local_labour_markets(matrix_of(SCB_CASE), max_single_share=0.05)
    zones = result.zones.set_index("code")
    assert zones.loc["J", "role"] != "centre" and zones.loc["J", "linked_to"] == "K1"


def test_scb_does_not_depend_on_input_order():
    items = list(SCB_CASE.items())
    reordered = dict(items[::-1])
    first = scb_local_labour_markets(matrix_of(SCB_CASE))
    second = scb_local_labour_markets(matrix_of(reordered, zones=codes_of(SCB_CASE)[::-1]))
    assert regions_of(first) == regions_of(second)


# ---------------------------------------------------------------------------------------------------------------------
# The sample region, checked by hand


def sample_matrix(scale: float) -> tuple[CommutingMatrix, pd.DataFrame, pd.DataFrame]:
    layers = build_sample_region(scale=scale)
    kommuner, pendling = layers["kommuner"].frame, layers["pendling"].frame
    records = [(n, r.bostadskommun, r.arbetskommun, r.antal) for n, r in enumerate(pendling.itertuples(), start=2)]
    matrix = build_matrix(
        commuting_frame_from_records(records, "pendling", CommutingColumns()),
        kommuner["kommunkod"],
        kommuner["kommunnamn"],
    )
    return matrix, kommuner, pendling


def scb_by_hand(pendling: pd.DataFrame, codes: list[str]) -> dict[str, str]:
    """SCB's rule in plain Python, written from its description (not from the engine)."""
    flows = {}
    for row in pendling.itertuples():
        flows[(row.bostadskommun, row.arbetskommun)] = flows.get((row.bostadskommun, row.arbetskommun), 0) + row.antal
    residents = {c: sum(v for (a, _), v in flows.items() if a == c) for c in codes}
    jobs = {c: sum(v for (_, b), v in flows.items() if b == c) for c in codes}
    largest = {}
    for c in codes:
        outflows = [(v, b) for (a, b), v in flows.items() if a == c and b != c and v > 0]
        largest[c] = min(outflows, key=lambda t: (-t[0], t[1])) if outflows else (0, None)
    centre = {
        c
        for c in codes
        if residents[c] > 0
        and (residents[c] - flows.get((c, c), 0)) <= 0.2 * residents[c]
        and largest[c][0] <= 0.075 * residents[c]
    }
    link = {c: largest[c][1] for c in codes if c not in centre}
    for c in list(link):
        other = link[c]
        if other in link and link[other] == c and (jobs[c], -codes.index(c)) > (jobs[other], -codes.index(other)):
            centre.add(c)
    region = {}
    for c in codes:
        if c in centre:
            region[c] = c
        elif link[c] in centre:
            region[c] = link[c]
        elif link[link[c]] in centre:
            region[c] = link[link[c]]
        else:
            region[c] = c
    return region


@pytest.mark.parametrize("scale", [1, 4])
def test_sample_region_scb_regions_by_hand(scale):
    matrix, kommuner, pendling = sample_matrix(scale)
    codes = sorted(kommuner["kommunkod"])
    assert regions_of(scb_local_labour_markets(matrix)) == scb_by_hand(pendling, codes)


def test_sample_region_default_scale_is_one_labour_market_around_alvstad():
    # At scale 1 every municipality sends its largest flow to Älvstad (9901), which keeps 97 % of its workers at home.
    matrix, kommuner, pendling = sample_matrix(1)
    result = scb_local_labour_markets(matrix)
    assert set(result.zones["region_code"]) == {"9901"} and result.regions["region_name"].tolist() == ["Älvstad"]
    home = pendling[pendling.bostadskommun == "9901"]
    assert home[home.arbetskommun != "9901"].antal.sum() / home.antal.sum() <= 0.2


# ---------------------------------------------------------------------------------------------------------------------
# Travel-to-work areas

TTWA_CASE = {
    ("P", "P"): 900,
    ("P", "Q"): 50,
    ("P", "R"): 50,
    ("Q", "Q"): 100,
    ("Q", "P"): 150,
    ("R", "R"): 60,
    ("R", "P"): 20,
    ("R", "S"): 40,
    ("S", "S"): 300,
    ("S", "R"): 10,
}


def validity_by_hand(size, sc, p: TtwaParameters):
    """Istat's validity (getLeastSelfContained in LabourMarketAreas): the self-containment term capped at 1, and 1 for
    a fully self-contained area."""
    if sc >= 1:
        return 1.0
    factor = 1 - (1 - p.min_sc / p.target_sc) * max((p.target_size - size) / (p.target_size - p.min_size), 0)
    return min(sc / p.target_sc, 1.0) * factor * p.target_sc / p.min_sc


def test_validity_term_capped_and_full_self_containment_valid():
    p = TtwaParameters(1000, MIN_SC, 10000, TARGET_SC)
    # Size 2000, self-containment 0.95 > tarSC: capped at 1, so only the size factor counts.
    factor = 1 - (1 - MIN_SC / TARGET_SC) * 8000 / 9000
    assert validity(np.array([2000.0]), np.array([0.95]), np.array([0.99]), p)[0] == pytest.approx(
        factor * TARGET_SC / MIN_SC
    )
    assert validity(np.array([2000.0]), np.array([0.95]), np.array([0.99]), p)[0] == pytest.approx(1.01389, abs=1e-5)
    # Uncapped this would be 1.284 and a tiny, 95 % self-contained area valid; capped, below minSZ nothing is valid ...
    assert validity(np.array([200.0]), np.array([0.95]), np.array([0.95]), p)[0] < 1
    # ... except a fully self-contained area.
    assert validity(np.array([10.0]), np.array([1.0]), np.array([1.0]), p)[0] == 1.0
    # At tarSZ or more an area needs minSC: exactly minSC gives 1.
    assert validity(np.array([10000.0]), np.array([MIN_SC]), np.array([0.9]), p)[0] == pytest.approx(1.0)


def test_ttwa_on_hand_worked_case():
    """Worked by hand (see docs/en/functional_regions.md), minSZ 100, tarSZ 1000, minSC 0.6667, tarSC 0.75:
    validity P 1.1249 (valid; SC 0.841 above tarSC, capped), Q 0.5445, R 0.6685 (invalid), S 1.0292 (valid).
    Q is the least valid, a cluster of one zone: its only links are with P (150²/(250·1070) + 50²/(1000·150) = 0.1008).
    P with Q: size 1250, SC_s 1200/1250, SC_d 1200/1220, validity still 1.1249 (capped): not lower, so Q joins P.
    Then R: to {P, Q} 20²/(120·1220) + 50²/(1250·120) = 0.0194, to S 40²/(120·340) + 10²/(310·120) = 0.0419; S with R:
    size 430, SC_s 410/430, SC_d 410/460, validity 1.0458 ≥ 1.0292: R joins S. All valid: two areas."""
    p = TtwaParameters(100, MIN_SC, 1000, TARGET_SC)
    assert validity_by_hand(250, 0.4, p) == pytest.approx(0.5445, abs=1e-4)
    assert validity_by_hand(120, 0.5, p) == pytest.approx(0.6685, abs=1e-4)
    assert validity_by_hand(310, 300 / 340, p) == pytest.approx(1.0292, abs=1e-4)
    assert validity_by_hand(1000, 900 / 1070, p) == pytest.approx(1.1249, abs=1e-4)
    result = travel_to_work_areas(matrix_of(TTWA_CASE), p)
    assert partition(result) == {frozenset("PQ"), frozenset("RS")}
    regions = result.regions.set_index("region_code")
    assert regions.loc["S", "centre_name"] == "S"  # most jobs: S 340 against R 120
    assert regions.loc["S", "sc_supply"] == pytest.approx(410 / 430) and regions.loc["S", "sc_demand"] == pytest.approx(
        410 / 460
    )
    assert regions.loc["S", "validity"] == pytest.approx(validity_by_hand(430, 410 / 460, p))
    assert regions.loc["S", "validity"] == pytest.approx(1.0458, abs=1e-4)
    assert regions["valid"].tolist() == [1, 1]
    assert set(result.zones["role"]) == {"centre", "member"}  # nobody went to the reserve list
    assert result.summary["iterations"] == 2


REFUSAL_CASE = {
    # A: 1000 employed residents, 70 % working in A: valid (0.7/0.6667 = 1.0500) but not above tarSC, so not capped.
    ("A", "A"): 700,
    ("A", "C"): 300,
    # B: small, its residents mostly work elsewhere: the least valid. Its strongest link is A.
    ("B", "B"): 10,
    ("B", "A"): 45,
    ("B", "C"): 45,
    # C: large and well self-contained (validity capped at 1.1249).
    ("C", "C"): 2000,
    ("C", "A"): 100,
}


def test_ttwa_move_refused_zone_to_reserve_list_then_assigned():
    """Worked by hand, minSZ 100, tarSZ 1000, minSC 0.6667, tarSC 0.75.
    A: R 1000, W 700+100+45 = 845, T_AA 700: SC_s 0.7, SC_d 0.828, validity 0.7/0.6667 = 1.0500.
    B: R 100, W 10, T_BB 10: SC_s 0.1: validity 0.1/0.75 · (1 − 0.1111·900/900) · 1.1249 = 0.1333, the least valid.
    C: R 2100, W 2000+300+45 = 2345: SC_s 0.952, SC_d 0.853, capped: 1.1249.
    B's linkage to A 45²/(100·845) = 0.0240, to C 45²/(100·2345) = 0.0086: A. A with B: R 1100, T 700+45+10 = 755,
    SC_s 0.6864: validity 1.0295 < 1.0500, so the move is refused and B goes to the reserve list. A and C are valid:
    converged. The reserve list is then assigned without the condition: B joins A (still valid, 1.0295)."""
    p = TtwaParameters(100, MIN_SC, 1000, TARGET_SC)
    assert validity_by_hand(1000, 0.7, p) == pytest.approx(1.0500, abs=1e-4)
    assert validity_by_hand(100, 0.1, p) == pytest.approx(0.1333, abs=1e-4)
    assert validity_by_hand(1100, 755 / 1100, p) == pytest.approx(1.0295, abs=1e-4)
    assert validity_by_hand(1100, 755 / 1100, p) < validity_by_hand(1000, 0.7, p)
    result = travel_to_work_areas(matrix_of(REFUSAL_CASE), p)
    zones = result.zones.set_index("code")
    assert zones.loc["B", "role"] == "reserve, assigned"
    assert partition(result) == {frozenset("AB"), frozenset("C")}
    regions = result.regions.set_index("region_code")
    assert regions.loc["A", "validity"] == pytest.approx(1.0295, abs=1e-4)
    assert result.summary["iterations"] == 1


ONE_AT_A_TIME_CASE = {
    ("H", "H"): 5000,
    ("H", "V"): 20,
    ("K", "K"): 40,
    ("K", "M"): 55,
    ("K", "H"): 5,
    ("M", "M"): 40,
    ("M", "K"): 50,
    ("M", "V"): 10,
    ("V", "V"): 20,
    ("V", "M"): 40,
    ("V", "H"): 100,
}


def test_ttwa_invalid_cluster_gives_up_one_zone_in_istat_order():
    """Worked by hand, minSZ 100, tarSZ 1000, minSC 0.6667, tarSC 0.75 (R: residents, W: jobs, T: inside).
    Singletons: K R 100 W 90 T 40; M R 100 W 135 T 40; V R 160 W 50 T 20 (min SC 0.125, the least valid); H valid.
    1. V: linkage to M 40²/(160·135) + 10²/(100·50) = 0.094, to H 100²/(160·5105) + 20²/(5020·50) = 0.014: M.
       {M, V}: R 260, W 185, T 110, min SC 0.423, validity 0.577 ≥ M's 0.395: accepted.
    2. K (min SC 0.40, size 100; validity 0.533) is now the least valid; its best link is {M, V}; {K, M, V}: R 360,
       W 275, T 255, SC_s 0.708: validity 0.944 · 0.9210 · 1.1249 = 0.979 ≥ 0.577: accepted, but still invalid.
    3. {K, M, V} is the least valid. Istat's order: commuters from outside working in the zone + residents working
       elsewhere: K 0 + 60, M 0 + 60, V 20 + 140 = 160: V goes first (code order would take K). V's only other link
       is H, whose validity stays capped (1.1249): V joins H. {K, M}: R 200, W 225, T 185, SC_d 0.822: validity
       0.9013 · 1.1249 = 1.0139, valid and left together: converged after three iterations."""
    p = TtwaParameters(100, MIN_SC, 1000, TARGET_SC)
    assert validity_by_hand(360, 255 / 360, p) == pytest.approx(0.979, abs=1e-3)
    assert validity_by_hand(100, 0.4, p) == pytest.approx(0.533, abs=1e-3)
    assert validity_by_hand(260, 110 / 260, p) == pytest.approx(0.577, abs=1e-3)
    assert validity_by_hand(200, 185 / 225, p) == pytest.approx(1.0139, abs=1e-4)
    result = travel_to_work_areas(matrix_of(ONE_AT_A_TIME_CASE), p)
    assert partition(result) == {frozenset("HV"), frozenset("KM")}
    assert set(result.zones["role"]) == {"centre", "member"}
    assert result.summary["iterations"] == 3
    assert result.regions.set_index("region_code").loc["M", "validity"] == pytest.approx(1.0139, abs=1e-4)


def test_ttwa_first_zone_without_outside_link_breaks_its_area_up():
    """Worked by hand, minSZ 100, tarSZ 1000. K: R 40, W 15, T 10 (SC_s 0.25: validity 0.331); M: R 33, W 38, T 8
    (SC_d 0.21, the least valid); H: 5000 working at home, capped (1.1249).
    1. M's best link is K (25/(33·15) + 900/(40·38) = 0.643 against H 400/(33·5000) = 0.002); {K, M}: R 73, W 53,
       T 53, SC_s 0.726: validity 0.964 ≥ 0.331, accepted but invalid.
    2. {K, M}, Istat's order: K 0 + 30, M 0 + 25: K first, but K has no flow outside {K, M}: K goes to the reserve
       list and the area is broken up; M then joins its best area H (H stays capped). Converged.
    3. The reserve list: K's flows now reach H through M: K joins H."""
    flows = {("H", "H"): 5000, ("K", "K"): 10, ("K", "M"): 30, ("M", "M"): 8, ("M", "K"): 5, ("M", "H"): 20}
    p = TtwaParameters(100, MIN_SC, 1000, TARGET_SC)
    assert validity_by_hand(73, 53 / 73, p) == pytest.approx(0.964, abs=1e-3)
    result = travel_to_work_areas(matrix_of(flows), p)
    assert partition(result) == {frozenset("HKM")}
    roles = result.zones.set_index("code")["role"]
    assert roles["K"] == "reserve, assigned" and roles["M"] == "member"
    assert result.summary["iterations"] == 2


def test_ttwa_stop_before_convergence_is_named():
    # The same case stopped after one iteration (V has joined M): {K} and {M, V} are left invalid and named.
    progress = SilentProgress()
    result = travel_to_work_areas(
        matrix_of(ONE_AT_A_TIME_CASE), TtwaParameters(100, MIN_SC, 1000, TARGET_SC), progress, max_iterations=1
    )
    assert partition(result) == {frozenset("H"), frozenset("K"), frozenset("MV")}
    assert result.summary["iterations"] == 1
    assert any("stopped after 1 steps without converging" in w for w in progress.warnings)
    assert any(w.startswith("2 region(s) do not meet the validity condition: K, M") for w in progress.warnings)


def gravity_case(seed: int, zones: int, mean_residents: float = 800.0):
    """A gravity-like commuting table: zones scattered around a few towns, flows falling off with distance."""
    rng = np.random.default_rng(seed)
    towns = rng.uniform(0, 100, size=(max(2, zones // 25), 2))
    xy = towns[rng.integers(0, len(towns), zones)] + rng.normal(0, 8, size=(zones, 2))
    residents = rng.gamma(2.0, mean_residents / 2.0, zones).round() + 50
    jobs = residents * rng.lognormal(0, 0.8, zones)
    distance = np.hypot(*(xy[:, None, :] - xy[None, :, :]).transpose(2, 0, 1))
    attraction = jobs[None, :] * np.exp(-distance / 6.0)
    attraction[np.diag_indices(zones)] *= 6
    rows = []
    codes = [f"Z{k:04d}" for k in range(zones)]
    for i in range(zones):
        flows = rng.multinomial(int(residents[i]), attraction[i] / attraction[i].sum())
        rows += [(codes[i], codes[j], int(f)) for j, f in enumerate(flows) if f > 0]
    return codes, rows


@pytest.mark.parametrize("seed, zones", [(1, 60), (2, 120), (3, 200)])
def test_ttwa_generated_cases_valid_assigned_and_order_independent(seed, zones):
    codes, rows = gravity_case(seed, zones)
    p = TtwaParameters(1000, MIN_SC, 10000, TARGET_SC)
    frame = commuting_frame_from_records([(n, *r) for n, r in enumerate(rows, 2)], "gen", CommutingColumns())
    result = travel_to_work_areas(build_matrix(frame, codes), p)
    # Every zone assigned to exactly one region, none left on the reserve list.
    assert sorted(result.zones["code"]) == codes and result.zones["region_code"].notna().all()
    assert not (result.zones["role"] == "reserve, unassigned").any()
    # Every region valid under the validity function, recomputed here from the raw rows.
    region = regions_of(result)
    totals: dict[str, list[float]] = {}
    for home, work, count in rows:
        t = totals.setdefault(region[home], [0.0, 0.0, 0.0])
        t[0] += count
        totals.setdefault(region[work], [0.0, 0.0, 0.0])[1] += count
        if region[home] == region[work]:
            t[2] += count
    assert len(totals) == len(result.regions) > 1
    for name, (size, jobs, inside) in totals.items():
        assert size >= p.min_size, name
        assert validity_by_hand(size, min(inside / size, inside / jobs), p) >= 1 - 1e-9, name
    # The same regions whatever the order of the rows and of the zones.
    rng = np.random.default_rng(seed + 100)
    shuffled = [rows[k] for k in rng.permutation(len(rows))]
    frame2 = commuting_frame_from_records([(n, *r) for n, r in enumerate(shuffled, 2)], "gen", CommutingColumns())
    again = travel_to_work_areas(build_matrix(frame2, [codes[k] for k in rng.permutation(len(codes))]), p)
    assert regions_of(again) == region


def test_ttwa_isolated_pair_fully_self_contained_and_silent_zone():
    # X and Y commute only with each other: together they are fully self-contained, so valid (validity 1) although
    # far below minSZ. Y is the least valid (SC_d 4/7 against X's 5/8) and joins X; N has no commuting at all.
    flows = dict(TTWA_CASE)
    flows.update({("X", "X"): 5, ("X", "Y"): 3, ("Y", "Y"): 4, ("Y", "X"): 2})
    progress = SilentProgress()
    result = travel_to_work_areas(
        matrix_of(flows, zones=codes_of(flows) + ["N"]), TtwaParameters(100, MIN_SC, 1000, TARGET_SC), progress
    )
    zones = result.zones.set_index("code")
    assert zones.loc["N", "role"] == "no commuting" and zones.loc["N", "region_code"] == "N"
    assert zones.loc["X", "region_code"] == zones.loc["Y", "region_code"] == "X"  # X has more jobs: 5 + 2 against 4 + 3
    regions = result.regions.set_index("region_code")
    assert (
        regions.loc["X", "residents"] == 14 and regions.loc["X", "validity"] == 1.0 and regions.loc["X", "valid"] == 1
    )
    assert not any("validity condition" in w for w in progress.warnings)


# ---------------------------------------------------------------------------------------------------------------------
# Quality summary


def test_modularity_and_share_inside_match_networkx():
    codes, rows = gravity_case(7, 80)
    frame = commuting_frame_from_records([(n, *r) for n, r in enumerate(rows, 2)], "gen", CommutingColumns())
    matrix = build_matrix(frame, codes)
    result = travel_to_work_areas(matrix)
    graph = nx.DiGraph()
    graph.add_nodes_from(codes)
    graph.add_weighted_edges_from(rows)
    region = regions_of(result)
    communities = [{c for c in codes if region[c] == r} for r in sorted(set(region.values()))]
    assert result.summary["modularity"] == pytest.approx(
        nx.community.modularity(graph, communities, weight="weight"), abs=1e-12
    )
    inside = sum(count for home, work, count in rows if region[home] == region[work])
    assert result.summary["share_inside_regions"] == pytest.approx(inside / sum(r[2] for r in rows))
    assert result.summary["regions"] == len(communities)
    # Everyone in one region: modularity 0.
    assert modularity(matrix, np.zeros(len(codes), dtype=int)) == pytest.approx(0.0, abs=1e-12)


# ---------------------------------------------------------------------------------------------------------------------
# Contiguity


def test_contiguity_moves_a_detached_part_to_its_neighbour():
    # Five zones in a row 1..5; 5 commutes to 1 (far away) and so joins 1's region, cut off from it by 2..4.
    boxes = np.array([shapely.box(k, 0, k + 1, 1) for k in range(5)], dtype=object)
    flows = {
        ("1", "1"): 900,
        ("2", "2"): 100,
        ("2", "1"): 300,
        ("3", "3"): 800,
        ("4", "4"): 500,
        ("4", "3"): 300,
        ("5", "5"): 100,
        ("5", "1"): 300,
        ("5", "4"): 50,
        ("1", "5"): 10,
    }
    matrix = matrix_of(flows)
    result = scb_local_labour_markets(matrix)
    assert regions_of(result) == {"1": "1", "2": "1", "3": "3", "4": "3", "5": "1"}
    adjacency = zone_adjacency(boxes)
    assert adjacency.nnz == 8  # four shared borders, both ways
    fixed = make_contiguous(result, matrix, adjacency)
    assert regions_of(fixed) == {"1": "1", "2": "1", "3": "3", "4": "3", "5": "3"}
    assert fixed.zones.set_index("code").loc["5", "role"] == "moved for contiguity"
    assert fixed.regions.set_index("region_code").loc["3", "zones"] == 3


def test_contiguity_island_stays_and_a_second_pass_moves_what_the_first_cut_off():
    """Zones z0..z5; regions A = {z0 centre, z4 island, z5}, C = {z1 centre, z3}, D = {z2 centre}; borders z5–z3, z3–z2 only.

    Pass 1: z3 is cut off from C and joins D (its only flow, 50 to z2); z5 is cut off from A and joins C (its only
    neighbour z3 is in C then); z4 has no neighbour at all: an island, it stays. Pass 2: z5 is now cut off from C
    and joins D (z3 is in D). The pieces are renumbered between the passes (z2 and z3 now form one), so z5's piece
    gets the number z4's had in pass 1: an island told by its piece number would keep z5 where it is."""
    codes = [f"z{k}" for k in range(6)]
    flows = {
        ("z0", "z0"): 1000,
        ("z1", "z1"): 1000,
        ("z2", "z2"): 1000,
        ("z3", "z3"): 10,
        ("z3", "z2"): 50,
        ("z4", "z4"): 10,
        ("z5", "z5"): 10,
    }
    matrix = matrix_of(flows, zones=codes)
    labels = np.array([0, 1, 2, 1, 0, 0])
    result = _ttwa_result(
        matrix, labels, np.full(6, "member", dtype=object), TtwaParameters(100, MIN_SC, 1000, TARGET_SC)
    )
    assert regions_of(result) == {"z0": "z0", "z1": "z1", "z2": "z2", "z3": "z1", "z4": "z0", "z5": "z0"}
    edges = np.array([[5, 3], [3, 2]])
    adjacency = sp.csr_matrix(
        (np.ones(4), (np.r_[edges[:, 0], edges[:, 1]], np.r_[edges[:, 1], edges[:, 0]])), shape=(6, 6)
    )
    progress = SilentProgress()
    fixed = make_contiguous(result, matrix, adjacency, TtwaParameters(100, MIN_SC, 1000, TARGET_SC), progress)
    assert regions_of(fixed) == {"z0": "z0", "z1": "z1", "z2": "z2", "z3": "z2", "z4": "z0", "z5": "z2"}
    assert any(w.startswith("1 part(s) of regions have no neighbouring zone") for w in progress.warnings)


def test_corner_contact_is_not_adjacency():
    boxes = np.array([shapely.box(0, 0, 1, 1), shapely.box(1, 1, 2, 2), shapely.box(1, 0, 2, 1)], dtype=object)
    adjacency = zone_adjacency(boxes).toarray()
    assert adjacency[0, 1] == 0 and adjacency[0, 2] == 1 and adjacency[1, 2] == 1


def test_ttwa_zone_with_jobs_and_no_residents_joins_by_inflow_in_the_published_algorithm():
    # T has 30 jobs, all filled from S, and no employed residents: its only linkage is T_ST²/(R_S·W_T) > 0, so it joins S.
    flows = dict(TTWA_CASE)
    flows[("S", "T")] = 30
    result = travel_to_work_areas(
        matrix_of(flows), TtwaParameters(100, MIN_SC, 1000, TARGET_SC), compatibility=PUBLISHED
    )
    assert regions_of(result)["T"] == regions_of(result)["S"]
    assert result.zones.set_index("code").loc["T", "residents"] == 0


def test_ttwa_zone_with_jobs_and_no_residents_set_aside_as_istat_package_does():
    # The same table as Istat's package reads it: T (jobs only) is set aside with its flow from S before the iteration,
    # and stays a region of its own, named in a warning; the other zones form the areas they form without T.
    flows = dict(TTWA_CASE)
    flows[("S", "T")] = 30
    progress = SilentProgress()
    p = TtwaParameters(100, MIN_SC, 1000, TARGET_SC)
    result = travel_to_work_areas(matrix_of(flows), p, progress)
    zones = result.zones.set_index("code")
    assert zones.loc["T", "region_code"] == "T" and zones.loc["T", "role"] == SET_ASIDE
    assert result.summary["set_aside"] == 1
    assert any("T" in m and "set aside" in m for m in progress.warnings)
    without_t = travel_to_work_areas(matrix_of(TTWA_CASE), p, compatibility=PUBLISHED)
    assert partition(result) - {frozenset({"T"})} == partition(without_t)


def test_package_set_aside_repeats_until_none_is_left():
    # Round 1: A has residents and no jobs, E commutes only within itself. Round 2: without A's flow to B, B has no jobs
    # left. C and D exchange commuters both ways and stay.
    flows = {
        ("A", "B"): 50,
        ("B", "C"): 40,
        ("C", "C"): 100,
        ("C", "D"): 10,
        ("D", "C"): 20,
        ("D", "D"): 100,
        ("E", "E"): 70,
    }
    matrix = matrix_of(flows)
    assert list(matrix.codes[package_set_aside(matrix)]) == ["A", "B", "E"]
    result = travel_to_work_areas(matrix, TtwaParameters(100, MIN_SC, 1000, TARGET_SC))
    zones = result.zones.set_index("code")
    assert list(zones.index[zones["role"] == SET_ASIDE]) == ["A", "B", "E"]
    assert all(regions_of(result)[code] == code for code in "ABE")
