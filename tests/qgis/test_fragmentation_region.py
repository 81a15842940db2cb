"""samplan:fragmentation on the sample region against the same measure built from QGIS's native algorithms."""

from __future__ import annotations

import pytest
from qgis.core import QgsProcessingException, QgsVectorLayer

import processing

from ..reference.native_mesh import native, native_mesh as reference_mesh
from .conftest import RecordingFeedback, ensure_provider, memory_layer

WIDTHS = {"motorväg": 60.0, "nationell väg": 30.0, "regional väg": 20.0, "lokal väg": 10.0, "järnväg": 25.0}


@pytest.fixture(scope="module")
def region(qgis_processing, tmp_path_factory):
    ensure_provider()
    path = tmp_path_factory.mktemp("region") / "region.gpkg"
    processing.run("samplan:sampleregion", {"SEED": 2026, "SCALE": 1, "OUTPUT": str(path)})
    return path


def uri(region, name):
    return f"{region}|layername={name}"


def _parameters(region):
    return {
        "UNITS": uri(region, "kommuner"),
        "UNIT_FIELD": "kommunnamn",
        "BARRIER_LINES": [uri(region, "vagar"), uri(region, "jarnvag")],
        "BARRIER_AREAS": [uri(region, "tatorter")],
        "CATEGORY_FIELD": "kategori",
        "WIDTHS": "; ".join(f"{k}={v:g}" for k, v in WIDTHS.items()),
        "DEFAULT_WIDTH": 10,
        "PLAN": uri(region, "plan_a_omraden"),
        "PLAN_LINES": uri(region, "plan_a_strak"),
        "PLAN_FIELD": "anvandning",
        "LINKS": [uri(region, "ekologiska_samband"), uri(region, "grona_kilar")],
        "CRS": "EPSG:3006",
        "OUTPUT": "TEMPORARY_OUTPUT",
        "CUTS": "TEMPORARY_OUTPUT",
    }


def run_fragmentation(region, **extra):
    return processing.run("samplan:fragmentation", {**_parameters(region), **extra}, feedback=RecordingFeedback())


def native_mesh(region, plan_uri=None, plan_lines_uri=None, units=None):
    """The native-algorithm chain of tests/reference for the sample region's roads, railway and tätorter."""
    units = units or QgsVectorLayer(uri(region, "kommuner"), "kommuner", "ogr")
    return reference_mesh(
        units,
        "kommunnamn",
        [uri(region, "vagar"), uri(region, "jarnvag")],
        [uri(region, "tatorter")],
        WIDTHS,
        10.0,
        plan_uri,
        plan_lines_uri,
    )


def test_mesh_per_municipality_matches_native_chain(region):
    result = run_fragmentation(region)
    rows = {f["unit"]: f for f in result["OUTPUT"].getFeatures()}
    before = native_mesh(region)
    after = native_mesh(region, uri(region, "plan_a_omraden"), uri(region, "plan_a_strak"))
    assert set(rows) == set(before) == {"Älvstad", "Norrsjö", "Västerby", "Österå", "Sörby", "Ekeby"}
    for name, row in rows.items():
        # Buffers of 8 segments per quarter circle on both sides; GEOS overlays differ only in rounding: 0.1 %.
        assert row["m_eff_before_km2"] == pytest.approx(before[name][0], rel=1e-3), name
        assert row["m_eff_cbc_before_km2"] == pytest.approx(before[name][1], rel=1e-3), name
        assert row["m_eff_after_km2"] == pytest.approx(after[name][0], rel=1e-3), name
        assert row["m_eff_cbc_after_km2"] == pytest.approx(after[name][1], rel=1e-3), name
        assert row["s_eff_after"] == pytest.approx(1000.0 / row["m_eff_after_km2"])
    # The plan only adds barriers: no municipality's mesh grows, and some shrink.
    assert all(r["m_eff_change_km2"] <= 1e-9 for r in rows.values())
    assert any(r["m_eff_change_km2"] < -0.01 for r in rows.values())


def test_cut_points_match_native_line_intersections(region):
    result = run_fragmentation(region)
    cuts = [f for f in result["CUTS"].getFeatures() if f["theme_layer"] == "ekologiska_samband"]
    roads = native(
        "native:extractbyexpression",
        {"INPUT": uri(region, "plan_a_strak"), "EXPRESSION": "\"anvandning\" = 'Transportinfrastruktur'"},
    )
    points = native("native:lineintersections", {"INPUT": roads, "INTERSECT": uri(region, "ekologiska_samband")})
    expected = sorted(
        (round(p.geometry().asPoint().x(), 3), round(p.geometry().asPoint().y(), 3)) for p in points.getFeatures()
    )
    found = sorted((round(f.geometry().asPoint().x(), 3), round(f.geometry().asPoint().y(), 3)) for f in cuts)
    assert expected and found == expected


def test_grid_units_without_municipalities(region):
    result = run_fragmentation(region, UNITS=None, GRID_SIZE=20000)
    rows = list(result["OUTPUT"].getFeatures())
    # 60 x 40 km in 20 km cells aligned to whole multiples of 20 km in SWEREF 99 TM: x 420-500 km (4 cells),
    # y 6700-6740 km (2 cells); the cells' names are their lower left corners in km.
    assert len(rows) == 8
    assert {r["unit"] for r in rows} == {f"{x}_{y}" for x in (420, 440, 460, 480) for y in (6700, 6720)}
    assert all(r["area_km2"] == pytest.approx(400.0) for r in rows)


def test_bad_widths_are_named(region):
    with pytest.raises(QgsProcessingException, match="motorväg:60"):
        run_fragmentation(region, WIDTHS="motorväg:60")


def test_hand_worked_square_through_processing(region):
    units = memory_layer(
        "Polygon", "field=namn:string", [("POLYGON((0 0, 10000 0, 10000 10000, 0 10000, 0 0))", ["Ruta"])], "ruta"
    )
    road = memory_layer(
        "LineString",
        "field=kategori:string",
        [("LINESTRING(3990 -1000, 3990 11000)", ["lokal väg"])],
        "vag",
        "EPSG:3006",
    )
    result = run_fragmentation(
        region,
        UNITS=units,
        UNIT_FIELD="namn",
        BARRIER_LINES=[road],
        BARRIER_AREAS=[],
        PLAN=None,
        PLAN_LINES=None,
        LINKS=[],
        CRS="EPSG:3006",
        WIDTHS="lokal väg=20",
    )
    row = next(result["OUTPUT"].getFeatures())
    # Patches 3.98 x 10 and 6.0 x 10 km: (39.8² + 60²) / 100 = 51.8404 km².
    assert row["m_eff_before_km2"] == pytest.approx(51.8404, rel=1e-6)


def test_cancelled_run_leaves_no_file(region, tmp_path):
    target = tmp_path / "mesh.gpkg"
    feedback = RecordingFeedback(cancel_at=40.0)  # while the barriers are being built
    parameters = {"OUTPUT": str(target), "CUTS": str(tmp_path / "cuts.gpkg")}
    with pytest.raises(QgsProcessingException, match="Cancelled"):
        processing.run("samplan:fragmentation", {**_parameters(region), **parameters}, feedback=feedback)
    assert list(tmp_path.iterdir()) == []


def test_unknown_plan_category_is_named_and_mapping_applies(region, tmp_path):
    # A plan road in the draft's own words would silently be no barrier (after = before): it is refused, named, and
    # accepted once mapped onto Transportinfrastruktur (40 m wide): patches 3.98 x 10 and 5.98 x 10 km,
    # (39.8² + 59.8²) / 100 = 51.6008 km².
    units = memory_layer(
        "Polygon", "field=namn:string", [("POLYGON((0 0, 10000 0, 10000 10000, 0 10000, 0 0))", ["Ruta"])], "ruta"
    )
    road = memory_layer(
        "LineString",
        "field=anvandning:string",
        [
            ("LINESTRING(4000 -1000, 4000 11000)", ["Ny väg"]),
            ("LINESTRING(-500 -500, -400 -400)", ["Transportinfrastruktur"]),
        ],
        "plan_vag",
    )
    square = dict(
        UNITS=units, UNIT_FIELD="namn", BARRIER_LINES=[], BARRIER_AREAS=[], PLAN=None, PLAN_LINES=road, LINKS=[]
    )
    with pytest.raises(QgsProcessingException, match="Plan layer 'plan_vag'.*'Ny väg'.*feature ids 1\\b"):
        run_fragmentation(region, **square)
    mapping = tmp_path / "mappning.csv"
    mapping.write_text("draft_category;op_category\nny väg;Transportinfrastruktur\n", encoding="utf-8")
    row = next(run_fragmentation(region, **square, CATEGORY_MAPPING=str(mapping))["OUTPUT"].getFeatures())
    assert row["m_eff_before_km2"] == pytest.approx(100.0)
    assert row["m_eff_after_km2"] == pytest.approx(51.6008, rel=1e-6)


def test_cross_boundary_variant_through_processing(region):
    # One unit [0,10] x [0,10] km; habitat [6,14] x [2,8] km reaches 4 km beyond it. CUT = 24² / 100 = 5.76 km²;
    # CBC with the whole patch (within the default 10 km context) = 24 · 48 / 100 = 11.52 km²; clipped (0 m) = 5.76.
    units = memory_layer(
        "Polygon", "field=namn:string", [("POLYGON((0 0, 10000 0, 10000 10000, 0 10000, 0 0))", ["Ruta"])], "ruta"
    )
    habitat = memory_layer(
        "Polygon",
        "field=kategori:string",
        [("POLYGON((6000 2000, 14000 2000, 14000 8000, 6000 8000, 6000 2000))", ["natur"])],
        "natur",
    )
    square = dict(
        UNITS=units,
        UNIT_FIELD="namn",
        BARRIER_LINES=[],
        BARRIER_AREAS=[],
        PLAN=None,
        PLAN_LINES=None,
        LINKS=[],
        HABITAT=[habitat],
    )
    row = next(run_fragmentation(region, **square)["OUTPUT"].getFeatures())
    assert row["m_eff_before_km2"] == pytest.approx(5.76, rel=1e-9)
    assert row["m_eff_cbc_before_km2"] == pytest.approx(11.52, rel=1e-9)
    clipped = next(run_fragmentation(region, **square, CONTEXT_DISTANCE=0)["OUTPUT"].getFeatures())
    assert clipped["m_eff_cbc_before_km2"] == pytest.approx(5.76, rel=1e-9)
