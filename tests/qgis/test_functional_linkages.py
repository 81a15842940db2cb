"""samplan:functionalregions and samplan:commutingflows through processing.run: the sample region, a CSV or a layer as the
commuting table, bad input named, the flow style, cancel, and input layers left alone."""

from __future__ import annotations

import hashlib

import pytest
from qgis.core import QgsGeometry, QgsProcessingException, QgsVectorLayer
from qgis.PyQt.QtCore import QVariant

import processing

from .conftest import RecordingFeedback, ensure_provider, memory_layer


@pytest.fixture(scope="module")
def region(qgis_processing, tmp_path_factory):
    ensure_provider()
    path = tmp_path_factory.mktemp("region") / "region.gpkg"
    processing.run("samplan:sampleregion", {"SEED": 2026, "SCALE": 1, "OUTPUT": str(path)})
    return path


def plain(value):
    return None if isinstance(value, QVariant) and value.isNull() else value


def rows_of(layer: QgsVectorLayer) -> list[dict]:
    names = layer.fields().names()
    return [dict(zip(names, map(plain, f.attributes()))) | {"_geometry": f.geometry()} for f in layer.getFeatures()]


def regions_run(parameters, feedback=None):
    base = {
        "ZONE_CODE": "kommunkod",
        "ZONE_NAME": "kommunnamn",
        "CRS": "EPSG:3006",
        "REGIONS": "TEMPORARY_OUTPUT",
        "ZONE_REGIONS": "TEMPORARY_OUTPUT",
        "SUMMARY": "TEMPORARY_OUTPUT",
    }
    base.update(parameters)
    return processing.run("samplan:functionalregions", base, feedback=feedback or RecordingFeedback())


def digest(layer: QgsVectorLayer) -> str:
    return hashlib.sha256(
        repr([(f.attributes(), f.geometry().asWkt()) for f in layer.getFeatures()]).encode()
    ).hexdigest()


def test_sample_region_regions_with_the_table_layer(region):
    zones = f"{region}|layername=kommuner"
    table = f"{region}|layername=pendling"
    pendling = QgsVectorLayer(table, "pendling", "ogr")
    # By hand from the table: Älvstad (9901) keeps 97 % of its workers and no flow out exceeds 7.5 %: the one centre;
    # every other municipality sends its largest flow to Älvstad.
    flows = {}
    for f in pendling.getFeatures():
        flows[(f["bostadskommun"], f["arbetskommun"])] = f["antal"]
    codes = sorted({a for a, _ in flows})
    residents = {c: sum(v for (a, _), v in flows.items() if a == c) for c in codes}
    assert (residents["9901"] - flows[("9901", "9901")]) / residents["9901"] <= 0.2
    assert all(
        max((v, b) for (a, b), v in flows.items() if a == c and b != c)[1] == "9901" for c in codes if c != "9901"
    )
    result = regions_run({"ZONES": zones, "COMMUTING_TABLE": table, "METHOD": 0})
    regions = rows_of(result["REGIONS"])
    assert [(r["region_code"], r["region_name"], r["zones"]) for r in regions] == [("9901", "Älvstad", 6)]
    assert regions[0]["residents"] == sum(residents.values()) and regions[0]["sc_supply"] == pytest.approx(1.0)
    kommuner = QgsVectorLayer(zones, "k", "ogr")
    assert regions[0]["_geometry"].area() == pytest.approx(
        sum(f.geometry().area() for f in kommuner.getFeatures()), rel=1e-9
    )
    assert {r["code"]: r["region_code"] for r in rows_of(result["ZONE_REGIONS"])} == dict.fromkeys(codes, "9901")
    assert (
        result["REGION_COUNT"] == 1
        and result["SHARE_INSIDE"] == pytest.approx(1.0)
        and result["MODULARITY"] == pytest.approx(0.0)
    )
    summary = {r["key"]: r["value"] for r in rows_of(result["SUMMARY"])}
    assert summary["method"] == "SCB local labour markets" and summary["regions"] == "1"


def test_the_summary_names_method_and_compatibility_in_swedish(region):
    """The quality summary's method and compatibility are named in the user's language, never by their codes (scb,
    ttwa, istat_package, published); every row has a label in words and Swedish numbers."""
    from samplan.i18n.translation import install_translator, remove_translators

    assert install_translator("sv")
    try:
        result = regions_run(
            {"ZONES": f"{region}|layername=kommuner", "COMMUTING_TABLE": f"{region}|layername=pendling", "METHOD": 1}
        )
    finally:
        remove_translators()
    rows = rows_of(result["SUMMARY"])
    by_key = {r["key"]: r for r in rows}
    assert (by_key["method"]["label"], by_key["method"]["value"]) == (
        "Metod",
        "Resebehovsområden (Coombes & Bond, Istat)",
    )
    assert (by_key["compatibility"]["label"], by_key["compatibility"]["value"]) == (
        "Resebehovsområden: kompatibilitet",
        "Istats paket LabourMarketAreas (som findClusters 3.4)",
    )
    codes = {"scb", "ttwa", "istat_package", "published"}
    assert not codes & {str(r["value"]).strip().lower() for r in rows}
    assert all(r["label"] and "_" not in r["label"] and r["label"] != r["key"] for r in rows), rows
    assert by_key["zones_layer"]["label"] == "Områdeslager"
    assert by_key["min_sc"]["value"] == "0,6667" and "," in by_key["share_inside_regions"]["value"]


def test_zone_roles_in_swedish(region):
    """The zone table's roles are words in the user's language, not the engine's codes: by hand from the table (see
    the test above), Älvstad is the one centre and every other municipality is linked to it."""
    from samplan.i18n.translation import install_translator, remove_translators

    assert install_translator("sv")
    try:
        result = regions_run(
            {"ZONES": f"{region}|layername=kommuner", "COMMUTING_TABLE": f"{region}|layername=pendling", "METHOD": 0}
        )
    finally:
        remove_translators()
    roles = {r["code"]: r["role"] for r in rows_of(result["ZONE_REGIONS"])}
    assert roles.pop("9901") == "centrum" and roles and set(roles.values()) == {"kopplad"}


def test_ttwa_with_csv_and_validity_in_output(region, tmp_path):
    pendling = QgsVectorLayer(f"{region}|layername=pendling", "pendling", "ogr")
    csv = tmp_path / "pendling.csv"
    csv.write_text(
        "bostadskommun;arbetskommun;antal\n"
        + "".join(f"{f['bostadskommun']};{f['arbetskommun']};{f['antal']}\n" for f in pendling.getFeatures()),
        encoding="utf-8",
    )
    result = regions_run(
        {"ZONES": f"{region}|layername=kommuner", "COMMUTING_FILE": str(csv), "METHOD": 1, "CONTIGUOUS": True}
    )
    regions = rows_of(result["REGIONS"])
    assert all(r["valid"] == 1 and r["validity"] >= 1 for r in regions)
    assert sum(r["zones"] for r in regions) == 6
    for r in regions:  # the validity column recomputed from the region's own figures (Istat: term capped at 1)
        size, sc = r["residents"], min(r["sc_supply"], r["sc_demand"])
        factor = 1 - (1 - 0.6667 / 0.75) * max((10000 - size) / 9000, 0)
        assert r["validity"] == pytest.approx(1.0 if sc >= 1 else min(sc / 0.75, 1) * factor * 0.75 / 0.6667)
        assert r["_geometry"].constGet().partCount() == 1  # one piece, whether stored as Polygon or MultiPolygon


def test_bad_input_named(region, tmp_path):
    zones = f"{region}|layername=kommuner"
    bad = tmp_path / "bad.csv"
    bad.write_text("bostadskommun,arbetskommun,antal\n9901,9901,10\n9901,9902,-4\n", encoding="utf-8")
    with pytest.raises(QgsProcessingException, match="line 3, column 'antal'.*negative"):
        regions_run({"ZONES": zones, "COMMUTING_FILE": str(bad)})
    with pytest.raises(QgsProcessingException, match="CSV file or a table layer"):
        regions_run({"ZONES": zones})
    table = memory_layer(
        "None",
        "field=bostadskommun:string&field=arbetskommun:string&field=antal:string",
        [(None, ["9901", "9901", "10"]), (None, ["9901", "9999", "3"]), (None, ["9902", "9901", "x"])],
        "pendling_x",
    )
    with pytest.raises(QgsProcessingException, match="pendling_x, feature 3, field 'antal'"):
        regions_run({"ZONES": zones, "COMMUTING_TABLE": table})
    table = memory_layer(
        "None",
        "field=bostadskommun:string&field=arbetskommun:string&field=antal:integer",
        [(None, ["9901", "9901", 10]), (None, ["9901", "9999", 3]), (None, ["9901", "9999", 2])],
        "pendling_y",
    )
    feedback = RecordingFeedback()
    regions_run({"ZONES": zones, "COMMUTING_TABLE": table}, feedback)
    assert any("not among the zones of kommuner: 9999" in w for w in feedback.warnings)
    assert any("summed" in w for w in feedback.warnings)
    assert any("no commuting at all" in w and "Norrsjö (9902)" in w for w in feedback.warnings)
    with pytest.raises(
        QgsProcessingException, match="minimum size \\(20000\\.0\\) must be at least 0 and below the target size"
    ):
        regions_run({"ZONES": zones, "COMMUTING_TABLE": table, "METHOD": 1, "MIN_SIZE": 20000})
    with pytest.raises(QgsProcessingException, match="has no field 'kod'"):
        regions_run({"ZONES": zones, "ZONE_CODE": "kod", "COMMUTING_TABLE": table})
    # A NULL count in a numeric field is an empty count, named by its feature; numeric code fields read as codes.
    table = memory_layer(
        "None",
        "field=bostadskommun:integer&field=arbetskommun:integer&field=antal:integer",
        [(None, [9901, 9901, 10]), (None, [9901, 9902, None])],
        "pendling_null",
    )
    with pytest.raises(QgsProcessingException, match="pendling_null, feature 2, field 'antal': the count is empty"):
        regions_run({"ZONES": zones, "COMMUTING_TABLE": table})
    table = memory_layer(
        "None",
        "field=bostadskommun:string&field=arbetskommun:string&field=antal:double",
        [(None, ["9901", "9901", 10.0]), (None, ["9901", "9902", 2.5])],
        "pendling_frac",
    )
    with pytest.raises(QgsProcessingException, match="pendling_frac, feature 2, field 'antal'.*not a whole number"):
        regions_run({"ZONES": zones, "COMMUTING_TABLE": table})


def flows_run(parameters, feedback=None):
    base = {
        "ZONE_CODE": "kommunkod",
        "ZONE_NAME": "kommunnamn",
        "CRS": "EPSG:3006",
        "FLOWS": "TEMPORARY_OUTPUT",
        "ZONE_SHARES": "TEMPORARY_OUTPUT",
    }
    base.update(parameters)
    return processing.run("samplan:commutingflows", base, feedback=feedback or RecordingFeedback())


def test_flow_lines_on_the_sample_region(region, tmp_path):
    zones = f"{region}|layername=kommuner"
    table = f"{region}|layername=pendling"
    before = digest(QgsVectorLayer(zones, "k", "ogr"))
    out = tmp_path / "flows.gpkg"
    result = flows_run(
        {
            "ZONES": zones,
            "COMMUTING_TABLE": table,
            "MUNICIPALITIES": zones,
            "MUNICIPALITY_FIELD": "kommunkod",
            "COUNTIES": f"{region}|layername=lan",
            "COUNTY_FIELD": "lanskod",
            "TOP_N": 5,
            "FLOWS": str(out),
        }
    )
    flows = rows_of(QgsVectorLayer(result["FLOWS"], "flows", "ogr"))
    pendling = {
        (f["bostadskommun"], f["arbetskommun"]): f["antal"] for f in QgsVectorLayer(table, "p", "ogr").getFeatures()
    }
    gross = sorted(((pendling[(a, b)] + pendling.get((b, a), 0), a, b) for a, b in pendling if a < b), reverse=True)
    assert [r["gross"] for r in flows] == [g for g, _, _ in gross[:5]]
    assert all(
        r["crosses_municipality"] == 1 and r["crosses_county"] == 0 and r["crosses_region"] is None for r in flows
    )
    kommuner = {f["kommunkod"]: f.geometry() for f in QgsVectorLayer(zones, "k", "ogr").getFeatures()}
    for r in flows:
        line = r["_geometry"].asPolyline()
        assert kommuner[r["from_code"]].contains(QgsGeometry.fromPointXY(line[0]))
        assert kommuner[r["to_code"]].contains(QgsGeometry.fromPointXY(line[-1]))
        assert r["flow_from_to"] >= r["flow_to_from"] and r["gross"] == r["flow"]
    shares = {r["code"]: r for r in rows_of(result["ZONE_SHARES"])}
    home = "9902"
    out_of_home = sum(v for (a, b), v in pendling.items() if a == home and b != home)
    assert shares[home]["out_municipality"] == out_of_home
    assert shares[home]["out_municipality_share"] == pytest.approx(
        out_of_home / sum(v for (a, _), v in pendling.items() if a == home)
    )
    assert shares[home]["out_county"] == 0 and shares[home]["out_region_share"] is None
    assert digest(QgsVectorLayer(zones, "k", "ogr")) == before
    # The style makes the width follow the flow, and it is saved in the GeoPackage as the default.
    styled = QgsVectorLayer(result["FLOWS"], "flows", "ogr")
    symbol_layer = styled.renderer().symbol().symbolLayer(0)
    width = symbol_layer.dataDefinedProperties().property(symbol_layer.Property.StrokeWidth)
    assert width.isActive() and '"flow"' in width.expressionString()


def test_cancel_leaves_no_output(region, tmp_path):
    out = tmp_path / "regions.gpkg"
    feedback = RecordingFeedback(cancel_at=1)
    with pytest.raises(QgsProcessingException, match="Cancelled"):
        regions_run(
            {
                "ZONES": f"{region}|layername=kommuner",
                "COMMUTING_TABLE": f"{region}|layername=pendling",
                "REGIONS": str(out),
            },
            feedback,
        )
    assert not out.exists()


def test_commuting_messages_in_swedish(qgis_processing, tmp_path):
    from samplan.core.commuting import CommutingTableError, read_commuting_csv
    from samplan.i18n.translation import install_translator, remove_translators
    from samplan.qgis_adapter.progress import localised

    bad = tmp_path / "pendling.csv"
    bad.write_text("bostadskommun,arbetskommun,antal\n0180,0180,-2\n", encoding="utf-8")
    with pytest.raises(CommutingTableError) as caught:
        read_commuting_csv(bad)
    assert install_translator("sv")
    try:
        assert (
            localised(caught.value)
            == f"{bad}, rad 2, kolumn 'antal': antalet -2 är negativt; antal pendlare är noll eller fler"
        )
    finally:
        remove_translators()


def test_table_layer_with_scb_column_names(region):
    """A table layer as SCB names its fields (arbetsställekommun, a year as the count) is read like the CSV: the same
    regions as with the sample region's own table; a year's field is chosen only when it is the one year."""
    zones = f"{region}|layername=kommuner"
    pendling = QgsVectorLayer(f"{region}|layername=pendling", "pendling", "ogr")
    rows = [(None, [f["bostadskommun"], f["arbetskommun"], int(f["antal"])]) for f in pendling.getFeatures()]
    table = memory_layer(
        "None", "field=bostadskommun:string&field=arbetsställekommun:string&field=2023:integer", rows, "scb"
    )
    feedback = RecordingFeedback()
    result = regions_run({"ZONES": zones, "COMMUTING_TABLE": table, "METHOD": 1}, feedback)
    expected = regions_run({"ZONES": zones, "COMMUTING_TABLE": f"{region}|layername=pendling", "METHOD": 1})
    assert [r["region_code"] for r in rows_of(result["ZONE_REGIONS"])] == [
        r["region_code"] for r in rows_of(expected["ZONE_REGIONS"])
    ]
    assert "'arbetsställekommun' is read as the workplace column" in feedback.log
    assert "'2023' is read as the count column" in feedback.log
    two_years = memory_layer(
        "None",
        "field=bostadskommun:string&field=arbetskommun:string&field=2022:integer&field=2023:integer",
        [(None, ["9901", "9901", 10, 11])],
        "scb_years",
    )
    with pytest.raises(QgsProcessingException, match="scb_years, column 'antal'.*one column per year: 2022, 2023"):
        regions_run({"ZONES": zones, "COMMUTING_TABLE": two_years})
