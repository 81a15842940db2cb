"""Effective mesh size on hand-worked cases; every expected value is worked out in the comment beside it."""

from __future__ import annotations

import numpy as np
import pytest
from shapely.geometry import LineString, box

from samplan.core.features import FeatureTable
from samplan.core.fragmentation import (
    Barriers,
    FragmentationInputError,
    analyse_fragmentation,
    effective_mesh_size,
    grid_units,
    mesh_density,
    parse_widths,
    patches_of,
)
from samplan.core.progress import SilentProgress


def table(name, role, geometries, categories):
    categories = [categories] * len(geometries) if isinstance(categories, str) else categories
    return FeatureTable(name, role, np.arange(1, len(geometries) + 1), np.array(geometries, dtype=object), categories)


SQUARE = box(0, 0, 10_000, 10_000)  # 100 km²
UNIT = table("units", "boundaries", [SQUARE], ["Ruta"])


@pytest.mark.parametrize(
    "barrier_areas, barrier_lines, expected_km2",
    [
        # No barrier: one patch of 100 km², m_eff = 100² / 100 = 100 km².
        ([], [], 100.0),
        # A 20 m strip at x = 3990..4010: patches 3.99 x 10 = 39.9 km² and 5.99 x 10 = 59.9 km²;
        # m_eff = (39.9² + 59.9²) / 100 = (1592.01 + 3588.01) / 100 = 51.8002 km².
        ([box(3990, -100, 4010, 10_100)], [], 51.8002),
        # The same strip as a local road (10 m wide by default, here set to 20 m) drawn beyond the square.
        ([], [("lokal väg", LineString([(4000, -1000), (4000, 11_000)]))], 51.8002),
        # Two 20 m roads crossing at the centre cut four 4.99 x 4.99 km parts: m_eff = 4 x 24.9001² / 100 = 24.80059...
        (
            [],
            [
                ("lokal väg", LineString([(5000, -1000), (5000, 11_000)])),
                ("lokal väg", LineString([(-1000, 5000), (11_000, 5000)])),
            ],
            4 * 24.9001**2 / 100,
        ),
    ],
)
def test_square_cut_into_known_parts(barrier_areas, barrier_lines, expected_km2):
    barriers = Barriers(
        lines=[table("vagar", "infrastructure", [g for _, g in barrier_lines], [c for c, _ in barrier_lines])]
        if barrier_lines
        else [],
        areas=[table("tatorter", "settlement", barrier_areas, "tätort")] if barrier_areas else [],
    )
    result = analyse_fragmentation(UNIT, barriers, widths={"lokal väg": 20.0})
    row = result.units.iloc[0]
    assert row["area_km2"] == pytest.approx(100.0)
    assert row["m_eff_before_km2"] == pytest.approx(expected_km2, rel=1e-9)
    # Inside one unit that holds every patch whole, the CBC variant equals the cutting-out method.
    assert row["m_eff_cbc_before_km2"] == pytest.approx(expected_km2, rel=1e-9)
    assert row["s_eff_before"] == pytest.approx(1000.0 / expected_km2)
    # Without a plan nothing changes.
    assert row["m_eff_change_km2"] == pytest.approx(0.0, abs=1e-9)


def test_cross_boundary_patch_and_planned_road():
    """Two units A = [0,10] x [0,10] km and B = [10,20] x [0,10] km; habitat: a patch [6,14] x [2,8] km (48 km²)
    crossing the border and a small one [1,3] x [1,3] km (4 km²) in A.

    Before: A: CUT = (24² + 4²) / 100 = 5.92, CBC = (24·48 + 4·4) / 100 = 11.68; B: CUT = 24² / 100 = 5.76,
    CBC = 24·48 / 100 = 11.52.
    A planned road (Transportinfrastruktur, 40 m wide) at x = 12 km splits the big patch into [6, 11.98] (35.88 km²)
    and [12.02, 14] (11.88 km²). After: A: CUT 5.92 (unchanged), CBC = (24·35.88 + 16) / 100 = 8.7712;
    B: pieces 11.88 (whole 35.88) and 11.88 (whole 11.88): CUT = 2·11.88² / 100 = 2.822688,
    CBC = (11.88·35.88 + 11.88²) / 100 = 5.673888.
    """
    units = table("kommuner", "boundaries", [box(0, 0, 10_000, 10_000), box(10_000, 0, 20_000, 10_000)], ["A", "B"])
    habitat = [table("natur", "green-blue", [box(6000, 2000, 14_000, 8000), box(1000, 1000, 3000, 3000)], "natur")]
    road = table("plan_strak", "plan", [LineString([(12_000, -500), (12_000, 10_500)])], "Transportinfrastruktur")
    result = analyse_fragmentation(units, Barriers(), plan_lines=[road], habitat=habitat)
    frame = result.units.set_index("unit")
    expected = {
        "A": (5.92, 11.68, 5.92, 8.7712, 2, 2),
        "B": (5.76, 11.52, 2.822688, 5.673888, 1, 2),
    }
    for unit, (cut_before, cbc_before, cut_after, cbc_after, n_before, n_after) in expected.items():
        row = frame.loc[unit]
        assert row["m_eff_before_km2"] == pytest.approx(cut_before, rel=1e-9)
        assert row["m_eff_cbc_before_km2"] == pytest.approx(cbc_before, rel=1e-9)
        assert row["m_eff_after_km2"] == pytest.approx(cut_after, rel=1e-6)
        assert row["m_eff_cbc_after_km2"] == pytest.approx(cbc_after, rel=1e-6)
        assert (row["patches_before"], row["patches_after"]) == (n_before, n_after)
        assert row["m_eff_cbc_change_km2"] == pytest.approx(cbc_after - cbc_before, rel=1e-6)
        assert row["s_eff_cbc_after"] == pytest.approx(1000.0 / cbc_after, rel=1e-6)
    assert frame.loc["B", "m_eff_change_pct"] == pytest.approx(100 * (2.822688 - 5.76) / 5.76, rel=1e-6)


def test_patch_entering_a_unit_twice_counts_each_piece():
    # A U-shaped patch: two 1 x 4 km legs in the unit [0,10]x[0,10] km joined outside it (y < 0) by a 5 x 1 km base.
    # The whole patch: 1x5 + 1x5 + 3x1 = 13 km² (legs from y = -1 to 4, base between them). In the unit: two pieces of 4 km².
    # CUT = (4² + 4²) / 100 = 0.32; CBC = (4·13 + 4·13) / 100 = 1.04.
    legs = box(1000, -1000, 2000, 4000).union(box(5000, -1000, 6000, 4000)).union(box(2000, -1000, 5000, 0))
    outside = box(0, -2000, 10_000, 0)
    units = np.array([SQUARE, outside], dtype=object)
    patches = patches_of(legs, box(0, 0, 0, 0).buffer(0))
    m_eff, m_cbc, count = effective_mesh_size(units, patches)
    assert m_eff[0] / 1e6 == pytest.approx(0.32)
    assert m_cbc[0] / 1e6 == pytest.approx(1.04)
    assert count[0] == 2


def test_cuts_of_links_and_wedges():
    # A planned road along x = 500 crosses a link along y = 200 once at (500, 200), and runs through a wedge
    # [0,1000] x [400,700]: one point at the middle of the 300 m stretch inside, (500, 550).
    road = table("plan_strak", "plan", [LineString([(500, 0), (500, 1000)])], "Transportinfrastruktur")
    link = table("ekologiska_samband", "green-blue", [LineString([(0, 200), (1000, 200)])], "ekologiskt samband")
    wedge = table("grona_kilar", "green-blue", [box(0, 400, 1000, 700)], "grön kil")
    green = table(
        "gront_strak", "plan", [LineString([(0, 900), (1000, 900)])], "Viktigt samband för natur och friluftsliv"
    )
    units = table("units", "boundaries", [box(0, 0, 1000, 1000)], ["U"])
    result = analyse_fragmentation(units, Barriers(), plan_lines=[road, green], links=[link, wedge])
    cuts = result.cuts
    assert len(cuts) == 2  # the green link plan line is no barrier and no cut
    by_layer = cuts.set_index("theme_layer")
    assert (by_layer.loc["ekologiska_samband", "geometry"].x, by_layer.loc["ekologiska_samband", "geometry"].y) == (
        500,
        200,
    )
    assert (by_layer.loc["grona_kilar", "geometry"].x, by_layer.loc["grona_kilar", "geometry"].y) == (500, 550)
    assert by_layer.loc["grona_kilar", "length_m"] == pytest.approx(300.0)
    assert set(cuts["unit"]) == {"U"}


def test_unknown_width_uses_default_and_warns():
    road = table("vagar", "infrastructure", [LineString([(4000, -1000), (4000, 11_000)])], "skogsbilväg")
    progress = SilentProgress()
    result = analyse_fragmentation(UNIT, Barriers(lines=[road]), default_width=20.0, progress=progress)
    assert result.units.iloc[0]["m_eff_before_km2"] == pytest.approx(51.8002)
    assert any("vagar" in w and "skogsbilväg" in w for w in progress.warnings)


def test_grid_units_and_density():
    cells, names = grid_units((0, 0, 2500, 1000), 1000)
    assert len(cells) == 3 and list(names) == ["0_0", "1_0", "2_0"]
    assert mesh_density(np.array([0.0, 4.0]))[1] == pytest.approx(250.0)
    assert np.isnan(mesh_density(np.array([0.0]))[0])


@pytest.mark.parametrize(
    "text, expected", [("motorväg=60; Lokal_väg = 8,5", {"motorväg": 60.0, "lokal väg": 8.5}), ("", {})]
)
def test_parse_widths(text, expected):
    assert parse_widths(text) == expected


def test_parse_widths_names_the_bad_item():
    with pytest.raises(FragmentationInputError, match="motorväg:60"):
        parse_widths("motorväg:60")


def test_unknown_plan_category_is_named():
    # 'Bostäder' is not an ÖP-modell category: without the check it would be no barrier and after = before.
    plan = table("plan_x", "plan", [box(4000, 0, 6000, 10_000), box(0, 0, 1000, 1000)], ["Bostäder", "Landsbygd"])
    with pytest.raises(FragmentationInputError, match="Plan layer 'plan_x'.*'Bostäder'.*feature ids 1\\b"):
        analyse_fragmentation(UNIT, Barriers(), plan_areas=[plan])
    # Mapped onto Sammanhängande bostadsbebyggelse it is a barrier: patches 4 x 10 and 4 x 10 km (the Landsbygd is
    # no barrier): m_eff after = (40² + 40²) / 100 = 32 km².
    result = analyse_fragmentation(
        UNIT, Barriers(), plan_areas=[plan], mapping={"bostäder": "Sammanhängande bostadsbebyggelse"}
    )
    assert result.units.iloc[0]["m_eff_after_km2"] == pytest.approx(32.0, rel=1e-9)


@pytest.mark.parametrize(
    "context_m, expected_cbc_km2",
    [
        # Habitat [6,14] x [2,8] km (48 km²) crossing the only unit's edge at x = 10 km: the piece inside is 4 x 6 = 24 km².
        # CUT = 24² / 100 = 5.76 whatever the context. CBC with the whole patch: 24 · 48 / 100 = 11.52 km².
        (10_000.0, 11.52),
        # Within 1 km of the unit the patch reaches x = 11 km (y 2..8 lies on the buffer's straight edge): 5 x 6 = 30 km²,
        # CBC = 24 · 30 / 100 = 7.2 km².
        (1000.0, 7.2),
        # Clipped at the unit, the patch is its piece: CBC = CUT = 5.76 km².
        (0.0, 5.76),
    ],
)
def test_cross_boundary_variant_sees_habitat_beyond_a_single_unit(context_m, expected_cbc_km2):
    habitat = [table("natur", "green-blue", [box(6000, 2000, 14_000, 8000)], "natur")]
    row = analyse_fragmentation(UNIT, Barriers(), habitat=habitat, context_distance=context_m).units.iloc[0]
    assert row["m_eff_before_km2"] == pytest.approx(5.76, rel=1e-9)
    assert row["m_eff_cbc_before_km2"] == pytest.approx(expected_cbc_km2, rel=1e-9)


def test_default_context_reaches_10_km():
    # A patch 9.5 km beyond the edge still counts, by default: habitat [6, 19.5] x [2, 8] km, 13.5 x 6 = 81 km² whole;
    # CBC = 24 · 81 / 100 = 19.44 km². A barrier beyond the edge cuts it: a 20 m road at x = 12 km leaves
    # [6, 11.99] x [2, 8] = 35.94 km², CBC = 24 · 35.94 / 100 = 8.6256 km².
    habitat = [table("natur", "green-blue", [box(6000, 2000, 19_500, 8000)], "natur")]
    assert analyse_fragmentation(UNIT, Barriers(), habitat=habitat).units.iloc[0][
        "m_eff_cbc_before_km2"
    ] == pytest.approx(19.44)
    road = Barriers(
        lines=[table("vagar", "infrastructure", [LineString([(12_000, 0), (12_000, 10_000)])], "lokal väg")]
    )
    row = analyse_fragmentation(UNIT, road, habitat=habitat, widths={"lokal väg": 20.0}).units.iloc[0]
    assert row["m_eff_cbc_before_km2"] == pytest.approx(8.6256, rel=1e-9)
    assert row["m_eff_before_km2"] == pytest.approx(5.76, rel=1e-9)


def test_negative_context_is_refused():
    with pytest.raises(FragmentationInputError, match="context distance"):
        analyse_fragmentation(
            UNIT, Barriers(), habitat=[table("natur", "green-blue", [SQUARE], "natur")], context_distance=-1.0
        )
