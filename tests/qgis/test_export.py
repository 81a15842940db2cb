"""Exports for colleagues without QGIS, under a Swedish locale: the XLSX read back with openpyxl and the CSV with csv,
against the conflict layers' own attributes."""

from __future__ import annotations

import csv
import os

import pytest
from qgis.core import QgsSettings, QgsVectorLayer
from samplan.core.conflicts import CONFLICT_COLUMNS
from samplan.core.sample_region import theme_layers_by_role
from samplan.core.rules import ROLE_PARAMETERS
from samplan.qgis_adapter.reviews import write_review
from samplan.ui.export import export_consultation, export_rows
from samplan.ui.results_model import read_rows

import processing

from .conftest import ensure_provider

THEMES = {parameter: theme_layers_by_role()[role] for role, parameter in ROLE_PARAMETERS.items()}
SWEDISH_HEADINGS = [
    "Allvarlighetsgrad",
    "Regel",
    "Meddelande",
    "Lagstöd",
    "Plankategori",
    "Temakategori",
    "Temaroll",
    "Kommun",
    "Yta (m²)",
    "Längd (m)",
    "Avstånd (m)",
    "Andel av planobjektet (%)",
    "Status",
    "Kommentar",
    "Granskad av",
    "Granskad",
    "Planskikt",
    "Planobjektets id",
    "Temaskikt",
    "Temaobjektets id",
    "Resultatets id",
]
RAW_CODES = {
    "conflict",
    "warning",
    "opportunity",
    "open",
    "accepted",
    "resolved",
    "not_a_conflict",
    "settlement",
    "infrastructure",
    "green-blue",
    "other",
    "overlaps",
    "within_distance",
    "not_within_distance",
    "crosses",
}
COMMENTS = {
    "first": "Kommunen flyttar området norrut; frågan tas upp i samrådet",
    "second": "Ingen konflikt: vägen är nedlagd",
}


@pytest.fixture()
def swedish():
    """QGIS set to Swedish, with the plugin's Swedish translation, as a Swedish user has it."""
    from samplan.i18n.translation import install_translator, remove_translators

    settings = QgsSettings()
    settings.setValue("locale/overrideFlag", True)
    settings.setValue("locale/userLocale", "sv_SE")
    assert install_translator("sv")
    yield
    settings.setValue("locale/overrideFlag", False)
    settings.remove("locale/userLocale")
    remove_translators()


@pytest.fixture(scope="module")
def conflicts(sample_region, tmp_path_factory):
    ensure_provider()
    folder = tmp_path_factory.mktemp("export")
    region = sample_region

    def uri(name):
        return f"{region}|layername={name}"

    outputs = {k: str(folder / f"{k.lower()}.gpkg") for k in ("CONFLICT_AREAS", "CONFLICT_LINES", "CONFLICT_POINTS")}
    processing.run(
        "samplan:conflictcheck",
        {
            "PLAN": uri("plan_a_omraden"),
            "PLAN_LINES": uri("plan_a_strak"),
            "PLAN_FIELD": "anvandning",
            "THEME_FIELD": "kategori",
            "MUNICIPALITIES": uri("kommuner"),
            "CRS": "EPSG:3006",
            "LANGUAGE": 0,
            **{role: [uri(n) for n in names] for role, names in THEMES.items()},
            **outputs,
        },
    )
    layers = {k: QgsVectorLayer(v, k, "ogr") for k, v in outputs.items()}
    areas = layers["CONFLICT_AREAS"]
    by_share = sorted((f for f in areas.getFeatures() if f["severity"] == "conflict"), key=lambda f: -(f["share"] or 0))
    write_review(areas, by_share[1].id(), "accepted", COMMENTS["first"])
    warning = next(f for f in areas.getFeatures() if f["severity"] == "warning")
    write_review(areas, warning.id(), "not_a_conflict", COMMENTS["second"])
    rows = read_rows(
        [(layers["CONFLICT_AREAS"], "area"), (layers["CONFLICT_LINES"], "line"), (layers["CONFLICT_POINTS"], "point")]
    )
    return layers, rows, by_share


def test_xlsx_has_swedish_headings_a_named_frozen_filtered_sheet_and_shares_in_per_cent(conflicts, swedish, tmp_path):
    import openpyxl

    _layers, rows, _ = conflicts
    path = tmp_path / "konflikter.xlsx"
    assert export_rows(rows, path) == len(rows)
    workbook = openpyxl.load_workbook(path)
    assert workbook.sheetnames == ["Konflikter"]
    sheet = workbook["Konflikter"]
    table = list(sheet.iter_rows(values_only=True))
    assert list(table[0]) == SWEDISH_HEADINGS
    assert not set(table[0]) & set(CONFLICT_COLUMNS)  # no raw field names
    assert sheet.freeze_panes == "A2"
    assert sheet.auto_filter.ref == f"A1:U{len(rows) + 1}"
    assert len(table) == len(rows) + 1
    header = list(table[0])
    by_key = {r.values["conflict_key"]: r.values for r in rows}
    for line in table[1:]:
        values = by_key[line[header.index("Resultatets id")]]
        share = line[header.index("Andel av planobjektet (%)")]
        assert share == (pytest.approx(values["share"] * 100, abs=0.05) if values["share"] is not None else None)
        assert (
            line[header.index("Meddelande")] == values["message"] and line[header.index("Lagstöd")] == values["basis"]
        )
        assert (
            line[header.index("Allvarlighetsgrad")]
            == {"conflict": "Konflikt", "warning": "Varning", "opportunity": "Möjlighet"}[values["severity"]]
        )
        assert line[header.index("Status")] in {"Öppen", "Godtagen", "Löst", "Ingen konflikt"}
        assert not RAW_CODES & {c for c in line if isinstance(c, str)}, line
    comments = {line[header.index("Kommentar")] for line in table[1:]}
    assert set(COMMENTS.values()) <= comments
    shares = [
        line[header.index("Andel av planobjektet (%)")]
        for line in table[1:]
        if line[header.index("Andel av planobjektet (%)")]
    ]
    assert max(shares) > 1.0  # per cent, not a fraction


def test_csv_under_a_swedish_locale_uses_semicolons_a_decimal_comma_and_a_bom(conflicts, swedish, tmp_path):
    _layers, rows, _ = conflicts
    path = tmp_path / "konflikter.csv"
    assert export_rows(rows, path) == len(rows)
    assert path.read_bytes().startswith(b"\xef\xbb\xbf")
    with open(path, encoding="utf-8-sig", newline="") as handle:
        table = list(csv.reader(handle, delimiter=";"))
    assert table[0] == SWEDISH_HEADINGS
    header = table[0]
    by_key = {r.values["conflict_key"]: r.values for r in rows}
    seen_comma = False
    for line in table[1:]:
        assert len(line) == len(header)
        values = by_key[line[header.index("Resultatets id")]]
        area = line[header.index("Yta (m²)")]
        if values["area_m2"] is not None:
            assert "." not in area
            assert float(area.replace(",", ".")) == pytest.approx(round(values["area_m2"], 1), abs=1e-9)
            seen_comma |= "," in area
        else:
            assert area == ""
    assert seen_comma
    # The other convention, when chosen: commas between fields and a decimal point.
    other = tmp_path / "conflicts.csv"
    export_rows(rows, other, csv_style="en")
    with open(other, encoding="utf-8-sig", newline="") as handle:
        table = list(csv.reader(handle, delimiter=","))
    assert table[0] == SWEDISH_HEADINGS and len(table) == len(rows) + 1
    areas = [line[header.index("Yta (m²)")] for line in table[1:] if line[header.index("Yta (m²)")]]
    assert all("," not in a for a in areas) and any("." in a for a in areas)
    previous = os.umask(0o022)
    try:
        export_rows(rows, path)
    finally:
        os.umask(previous)
    assert os.stat(path).st_mode & 0o777 == 0o644  # the user's normal permissions, not private (0600)


def test_consultation_table_lists_the_reviewed_conflicts_by_municipality_with_the_reports_numbers(
    conflicts, swedish, tmp_path
):
    import openpyxl

    _layers, rows, by_share = conflicts
    path = tmp_path / "samradsredogorelse.xlsx"
    assert export_consultation(rows, path) == 2
    sheet = openpyxl.load_workbook(path).active
    table = list(sheet.iter_rows(values_only=True))
    header = list(table[0])
    assert header[:4] == ["Nr", "Kommun", "Allvarlighetsgrad", "Meddelande"] and "Granskad av" in header
    municipalities = [line[1] for line in table[1:]]
    assert municipalities == sorted(municipalities)
    by_comment = {line[header.index("Kommentar")]: line for line in table[1:]}
    first = by_comment[COMMENTS["first"]]
    # Its number in the report's conflict list (worst first: the largest share first): one more than the conflicts
    # with a larger share.
    reviewed_share = by_share[1]["share"]
    larger = sum(1 for r in rows if r.values["severity"] == "conflict" and (r.values["share"] or 0) > reviewed_share)
    assert first[0] == f"K{larger + 1}" and first[header.index("Status")] == "Godtagen"
    assert first[header.index("Granskad av")] and first[header.index("Granskad")][:4].isdigit()
    assert by_comment[COMMENTS["second"]][header.index("Status")] == "Ingen konflikt"
    assert by_comment[COMMENTS["second"]][0].startswith("V")


def test_an_algorithms_csv_summary_follows_the_swedish_locale(sample_region, swedish, tmp_path):
    ensure_provider()

    def uri(name):
        return f"{sample_region}|layername={name}"

    summary, areas = tmp_path / "sammanfattning.csv", tmp_path / "ytor.gpkg"
    processing.run(
        "samplan:conflictcheck",
        {
            "PLAN": uri("plan_a_omraden"),
            "PLAN_FIELD": "anvandning",
            "THEME_FIELD": "kategori",
            "MUNICIPALITIES": uri("kommuner"),
            "CRS": "EPSG:3006",
            "LANGUAGE": 0,
            "GREEN_BLUE": [uri("natura2000"), uri("oversvamning_100ar"), uri("jordbruksmark")],
            "CONFLICT_AREAS": str(areas),
            "SUMMARY": str(summary),
        },
    )
    assert summary.read_bytes().startswith(b"\xef\xbb\xbf")
    with open(summary, encoding="utf-8-sig", newline="") as handle:
        table = list(csv.DictReader(handle, delimiter=";"))
    assert table and "area_m2" in table[0] and "count" in table[0]
    # The areas summed per rule, severity and municipality from the result layer itself.
    expected: dict[tuple, float] = {}
    for feature in QgsVectorLayer(str(areas), "areas", "ogr").getFeatures():
        key = (feature["rule_id"], feature["severity"], feature["municipality"] or "")
        expected[key] = expected.get(key, 0.0) + feature["area_m2"]
    commas = 0
    for row in table:
        key = (row["rule_id"], row["severity"], row["municipality"])
        if row["area_m2"]:
            assert "." not in row["area_m2"]
            commas += "," in row["area_m2"]
            assert float(row["area_m2"].replace(",", ".")) == pytest.approx(expected[key], rel=1e-9)
    assert commas > 0
