"""Functional regions and flow lines over Dalarna's 15 real municipalities (irregular, simplified borders), with a
commuting table made here by a gravity model from the real tätorter populations."""

from __future__ import annotations

import math

import numpy as np
import pandas as pd
import pytest
from qgis.core import QgsGeometry, QgsProcessingException, QgsVectorLayer

import processing

from ..conftest import SHARED_DATA
from ..core.test_labour_markets import scb_by_hand
from .conftest import RecordingFeedback

DALARNA = SHARED_DATA / "dalarna.gpkg"
pytestmark = pytest.mark.skipif(not DALARNA.exists(), reason=f"real data not found at {DALARNA}")


def municipalities() -> QgsVectorLayer:
    layer = QgsVectorLayer(f"{DALARNA}|layername=kommuner", "kommuner", "ogr")
    assert layer.isValid()
    return layer


@pytest.fixture(scope="module")
def commuting(tmp_path_factory):
    """Workers (47 % of the tätort population) spread over the municipalities by jobs · exp(-distance / 25 km)."""
    towns = QgsVectorLayer(f"{DALARNA}|layername=tatorter", "tatorter", "ogr")
    population: dict[str, float] = {}
    for f in towns.getFeatures():
        population[f["mun_code"]] = population.get(f["mun_code"], 0) + f["pop"]
    kommuner = {f["code"]: f.geometry().pointOnSurface().asPoint() for f in municipalities().getFeatures()}
    codes = sorted(kommuner)
    xy = np.array([[kommuner[c].x(), kommuner[c].y()] for c in codes])
    workers = np.array([population.get(c, 0) * 0.47 for c in codes])
    distance_km = np.hypot(*(xy[:, None, :] - xy[None, :, :]).transpose(2, 0, 1)) / 1000
    attraction = workers[None, :] ** 1.2 * np.exp(-distance_km / 25.0)
    attraction[np.diag_indices(len(codes))] *= 8
    rng = np.random.default_rng(15)
    rows = []
    for i, code in enumerate(codes):
        flows = rng.multinomial(int(workers[i]), attraction[i] / attraction[i].sum())
        rows += [(code, codes[j], int(n)) for j, n in enumerate(flows) if n > 0]
    table = pd.DataFrame(rows, columns=["bostadskommun", "arbetskommun", "antal"])
    path = tmp_path_factory.mktemp("dalarna") / "pendling.csv"
    table.to_csv(path, sep=";", index=False)
    return path, table


def run_regions(csv, method, contiguous):
    return processing.run(
        "samplan:functionalregions",
        {
            "ZONES": f"{DALARNA}|layername=kommuner",
            "ZONE_CODE": "code",
            "ZONE_NAME": "name",
            "COMMUTING_FILE": str(csv),
            "METHOD": method,
            "CONTIGUOUS": contiguous,
            "CRS": "EPSG:3006",
            "REGIONS": "TEMPORARY_OUTPUT",
            "ZONE_REGIONS": "TEMPORARY_OUTPUT",
            "SUMMARY": "TEMPORARY_OUTPUT",
        },
        feedback=RecordingFeedback(),
    )


def test_scb_regions_over_real_municipalities(samplan_provider, commuting):
    path, table = commuting
    codes = sorted(f["code"] for f in municipalities().getFeatures())
    expected = scb_by_hand(table, codes)
    result = run_regions(path, 0, False)
    zones = {f["code"]: f["region_code"] for f in result["ZONE_REGIONS"].getFeatures()}
    assert zones == expected
    assert 1 < len(set(expected.values())) < len(codes)  # a case worth checking: some regions, not one, not all
    total = sum(f.geometry().area() for f in municipalities().getFeatures())
    assert sum(f.geometry().area() for f in result["REGIONS"].getFeatures()) == pytest.approx(total, rel=1e-6)


@pytest.mark.parametrize("method", [0, 1])
def test_contiguous_regions_are_one_piece(samplan_provider, commuting, method):
    path, _ = commuting
    result = run_regions(path, method, True)
    for f in result["REGIONS"].getFeatures():
        geometry = QgsGeometry(f.geometry())
        # Municipal borders are simplified: unioned neighbours may leave slivers, so count parts above 1 km².
        parts = list(geometry.asMultiPolygon()) if geometry.isMultipart() else [geometry.asPolygon()]
        large = [p for p in parts if QgsGeometry.fromPolygonXY(p).area() > 1e6]
        assert len(large) == 1, f["region_code"]
    assert math.isclose(
        result["SHARE_INSIDE"],
        sum(f["internal"] for f in result["REGIONS"].getFeatures())
        / sum(f["residents"] for f in result["REGIONS"].getFeatures()),
    )


def test_flow_lines_start_and_end_inside_their_municipalities(samplan_provider, commuting):
    path, table = commuting
    result = processing.run(
        "samplan:commutingflows",
        {
            "ZONES": f"{DALARNA}|layername=kommuner",
            "ZONE_CODE": "code",
            "ZONE_NAME": "name",
            "COMMUTING_FILE": str(path),
            "MUNICIPALITIES": f"{DALARNA}|layername=kommuner",
            "MUNICIPALITY_FIELD": "code",
            "CRS": "EPSG:3006",
            "FLOWS": "TEMPORARY_OUTPUT",
            "ZONE_SHARES": "TEMPORARY_OUTPUT",
        },
        feedback=RecordingFeedback(),
    )
    polygons = {f["code"]: f.geometry() for f in municipalities().getFeatures()}
    lines = list(result["FLOWS"].getFeatures())
    pairs = {(a, b) for a, b in zip(table.bostadskommun, table.arbetskommun) if a != b}
    assert len(lines) == len({tuple(sorted(p)) for p in pairs})
    for f in lines:
        line = f.geometry().asPolyline()
        assert polygons[f["from_code"]].contains(QgsGeometry.fromPointXY(line[0]))
        assert polygons[f["to_code"]].contains(QgsGeometry.fromPointXY(line[-1]))
        assert f["crosses_municipality"] == 1


def test_scb_export_as_published_gives_the_same_regions(samplan_provider, commuting, tmp_path):
    """The same table as SCB's Statistikdatabasen exports it: Windows-1252, a title line, SCB's column names, a year as
    the count column, and cells with code and name ("2062 Mora"). A table whose codes match no municipality at all
    (names only) is refused with what was read and what the zones hold, instead of giving one region per zone."""
    _, table = commuting
    names = {f["code"]: f["name"] for f in municipalities().getFeatures()}
    lines = [
        '"Sysselsatta 15-74 år efter bostadskommun, arbetsställekommun och kön. Årligt register"',
        "",
        '"bostadskommun";"arbetsställekommun";"kön";"2023"',
    ]
    lines += [
        f'"{r.bostadskommun} {names[r.bostadskommun]}";"{r.arbetskommun} {names[r.arbetskommun]}";"totalt";{r.antal}'
        for r in table.itertuples()
    ]
    export = tmp_path / "ArRegPend2.csv"
    export.write_bytes(("\r\n".join(lines) + "\r\n").encode("cp1252"))
    feedback = RecordingFeedback()
    result = processing.run(
        "samplan:functionalregions",
        {
            "ZONES": f"{DALARNA}|layername=kommuner",
            "ZONE_CODE": "code",
            "ZONE_NAME": "name",
            "COMMUTING_FILE": str(export),
            "METHOD": 0,
            "CRS": "EPSG:3006",
            "REGIONS": "TEMPORARY_OUTPUT",
            "ZONE_REGIONS": "TEMPORARY_OUTPUT",
            "SUMMARY": "TEMPORARY_OUTPUT",
        },
        feedback=feedback,
    )
    codes = sorted(names)
    assert {f["code"]: f["region_code"] for f in result["ZONE_REGIONS"].getFeatures()} == scb_by_hand(table, codes)
    assert not feedback.warnings
    names_only = tmp_path / "names.csv"
    names_only.write_bytes(
        (
            "\r\n".join(
                ['"bostadskommun";"arbetsställekommun";"2023"']
                + [f'"{names[r.bostadskommun]}";"{names[r.arbetskommun]}";{r.antal}' for r in table.itertuples()]
            )
            + "\r\n"
        ).encode("cp1252")
    )
    with pytest.raises(
        QgsProcessingException, match="no row of the commuting table has both codes among the zones of kommuner"
    ):
        run_regions(names_only, 1, False)
