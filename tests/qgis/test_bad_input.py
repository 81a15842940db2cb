"""Bad input, each case named: the message names the layer, field, feature or file; the inputs are not changed;
nothing is left at the output path after a refusal. Data-driven: one row per case of issue 16.

The inputs are small GeoPackages written with GDAL (curves and "no CRS" as QGIS and ogr2ogr write them); the
expected figures are worked out by hand in each case's comment.
"""

from __future__ import annotations

import hashlib
import math
from dataclasses import dataclass, field
from pathlib import Path

import pytest
from osgeo import ogr, osr
from qgis.core import QgsProcessingException, QgsVectorLayer

import processing

from .conftest import RecordingFeedback

PLAN_SQUARE = "POLYGON((600000 6600000, 600100 6600000, 600100 6600100, 600000 6600100, 600000 6600000))"
FLOOD = (
    "POLYGON((600060 6599980, 600160 6599980, 600160 6600120, 600060 6600120, 600060 6599980))"  # 40 m of the square
)
HOUSING = "Mångfunktionell bebyggelse"


def write_layer(
    path: Path,
    name: str,
    geometry_type,
    fields: dict[str, int],
    rows: list[tuple[str | None, list]],
    epsg: int | None = 3006,
):
    """A GeoPackage layer written by GDAL; epsg None writes "no CRS" (srs_id 0, as ogr2ogr and QGIS write it)."""
    source = ogr.Open(str(path), 1) if path.exists() else ogr.GetDriverByName("GPKG").CreateDataSource(str(path))
    srs = None
    if epsg is not None:
        srs = osr.SpatialReference()
        srs.ImportFromEPSG(epsg)
    layer = source.CreateLayer(name, srs, geometry_type)
    for field_name, kind in fields.items():
        layer.CreateField(ogr.FieldDefn(field_name, kind))
    for wkt, values in rows:
        feature = ogr.Feature(layer.GetLayerDefn())
        if wkt is not None:
            feature.SetGeometry(ogr.CreateGeometryFromWkt(wkt))
        for (field_name, _), value in zip(fields.items(), values):
            if value is not None:
                feature.SetField(field_name, value)
        layer.CreateFeature(feature)
    source = None
    return f"{path}|layername={name}"


def sha256(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


@dataclass
class Case:
    name: str
    algorithm: str
    build: object  # (folder) -> parameters; inputs go into folder/"in.gpkg"
    refused: tuple[str, ...] = ()  # every text must be in the error
    warned: tuple[str, ...] = ()  # every text must be in one warning
    check: object = None  # (result, folder) -> None for a run that goes through
    outputs: tuple[str, ...] = field(default=("CONFLICT_AREAS",))


def conflict_parameters(folder: Path, plan=None, flood=None, **extra):
    inputs = folder / "in.gpkg"
    plan = plan or write_layer(
        inputs, "plan", ogr.wkbPolygon, {"anvandning": ogr.OFTString}, [(PLAN_SQUARE, [HOUSING])]
    )
    flood = flood or write_layer(
        inputs, "flood", ogr.wkbPolygon, {"kategori": ogr.OFTString}, [(FLOOD, ["översvämning 100 år"])]
    )
    return {
        "PLAN": plan,
        "PLAN_FIELD": "anvandning",
        "GREEN_BLUE": [flood],
        "THEME_FIELD": "kategori",
        "CRS": "EPSG:3006",
        "LANGUAGE": 1,
        "CONFLICT_AREAS": str(folder / "out.gpkg"),
        **extra,
    }


def areas(result) -> list[float]:
    layer = QgsVectorLayer(result["CONFLICT_AREAS"], "areas", "ogr")
    return sorted(f["area_m2"] for f in layer.getFeatures() if f["rule_id"] == "FLOOD-01")


def curved_plan(folder):
    # A circle of radius 30 m around (600100, 6600050): wholly inside the flood zone, area pi * 30².
    plan = write_layer(
        folder / "in.gpkg",
        "plan_curved",
        ogr.wkbCurvePolygon,
        {"anvandning": ogr.OFTString},
        [
            (
                "CURVEPOLYGON(CIRCULARSTRING(600070 6600050, 600100 6600080, 600130 6600050, 600100 6600020, 600070 6600050))",
                [HOUSING],
            )
        ],
    )
    return conflict_parameters(folder, plan=plan)


def no_crs_plan(folder, offset=0.0):
    plan = write_layer(
        folder / "in.gpkg",
        "plan_no_crs",
        ogr.wkbPolygon,
        {"anvandning": ogr.OFTString},
        [(PLAN_SQUARE.replace("600", str(int(600 + offset))), [HOUSING])],
        epsg=None,
    )
    return conflict_parameters(folder, plan=plan)


def doubled_flood(folder, **extra):
    flood = write_layer(
        folder / "in.gpkg",
        "flood_twice",
        ogr.wkbPolygon,
        {"kategori": ogr.OFTString},
        [(FLOOD, ["översvämning 100 år"]), (FLOOD, ["översvämning 100 år"])],
    )
    return conflict_parameters(folder, flood=flood, **extra)


def null_theme_category(folder):
    flood = write_layer(
        folder / "in.gpkg",
        "flood_null",
        ogr.wkbPolygon,
        {"kategori": ogr.OFTString},
        [(FLOOD, ["översvämning 100 år"]), (FLOOD.replace("6599980", "6599990"), [None])],
    )
    return conflict_parameters(folder, flood=flood)


def rule_typo(folder):
    rules = Path(__file__).resolve().parents[2] / "resources" / "rules" / "default_rules.csv"
    text = rules.read_text(encoding="utf-8").replace(
        "FLOOD-01,Mångfunktionell bebyggelse|", "FLOOD-01,Mångfunktionel bebyggelse|", 1
    )
    own = folder / "rules.csv"
    own.write_text(text, encoding="utf-8")
    return conflict_parameters(folder, RULES=str(own))


def previous_klar(folder):
    previous = write_layer(
        folder / "in.gpkg",
        "previous",
        ogr.wkbPolygon,
        {"conflict_key": ogr.OFTString, "status": ogr.OFTString},
        [(PLAN_SQUARE, ["abc", "accepted"]), (PLAN_SQUARE, ["def", "klar"])],
    )
    return conflict_parameters(folder, PREVIOUS_RESULTS=[previous])


def unnamed_municipality(folder):
    units = write_layer(
        folder / "in.gpkg",
        "kommuner",
        ogr.wkbPolygon,
        {"kommunnamn": ogr.OFTString},
        [
            ("POLYGON((599000 6599000, 600050 6599000, 600050 6601000, 599000 6601000, 599000 6599000))", ["Falun"]),
            ("POLYGON((600050 6599000, 601000 6599000, 601000 6601000, 600050 6601000, 600050 6599000))", [None]),
        ],
    )
    return conflict_parameters(folder, MUNICIPALITIES=units, MUNICIPALITY_FIELD="kommunnamn")


def points_as_plan(folder):
    plan = write_layer(
        folder / "in.gpkg",
        "plan_points",
        ogr.wkbPoint,
        {"anvandning": ogr.OFTString},
        [("POINT(600050 6600050)", [HOUSING])],
    )
    return conflict_parameters(folder, plan=plan)


def lines_as_units(folder):
    units = write_layer(
        folder / "in.gpkg",
        "kommungranser",
        ogr.wkbLineString,
        {"kommunnamn": ogr.OFTString},
        [("LINESTRING(600000 6599000, 600000 6601000)", ["Falun"])],
    )
    return conflict_parameters(folder, MUNICIPALITIES=units)


def output_is_input(folder):
    parameters = conflict_parameters(folder)
    return {**parameters, "CONFLICT_AREAS": str(folder / "in.gpkg")}


def network(folder, population_values, population_type=ogr.OFTString):
    inputs = folder / "in.gpkg"
    road = write_layer(
        inputs, "vag", ogr.wkbLineString, {"id": ogr.OFTInteger}, [("LINESTRING(600000 6600000, 602000 6600000)", [1])]
    )
    people = write_layer(
        inputs,
        "befolkning",
        ogr.wkbPoint,
        {"bef": population_type},
        [(f"POINT({600100 + 100 * i} 6600005)", [v]) for i, v in enumerate(population_values)],
    )
    town = write_layer(inputs, "orter", ogr.wkbPoint, {"namn": ogr.OFTString}, [("POINT(602000 6600005)", ["Stad"])])
    return {
        "NETWORK": road,
        "POPULATION": people,
        "POPULATION_FIELD": "bef",
        "DESTINATIONS": town,
        "CRS": "EPSG:3006",
        "MAX_CONNECTOR": 50,
        "OUTPUT": str(folder / "out.gpkg"),
    }


def populations(result) -> list[float]:
    layer = QgsVectorLayer(result["OUTPUT"], "out", "ogr")
    return sorted(f["population"] for f in layer.getFeatures())


def far_plan_fragmentation(folder):
    inputs = folder / "in.gpkg"
    barriers = write_layer(
        inputs,
        "vagar",
        ogr.wkbLineString,
        {"id": ogr.OFTInteger},
        [("LINESTRING(600000 6600000, 610000 6600000)", [1])],
    )
    plan = write_layer(
        inputs,
        "plan_far",
        ogr.wkbPolygon,
        {"anvandning": ogr.OFTString},
        [("POLYGON((1e12 0, 1.0000001e12 0, 1.0000001e12 100, 1e12 100, 1e12 0))", [HOUSING])],
        epsg=3006,
    )
    return {"BARRIER_LINES": [barriers], "PLAN": plan, "CRS": "EPSG:3006", "OUTPUT": str(folder / "out.gpkg")}


def empty_zones(folder):
    zones = write_layer(folder / "in.gpkg", "zoner", ogr.wkbPolygon, {"kommunkod": ogr.OFTString}, [])
    table = folder / "pendling.csv"
    table.write_text("bostad;arbete;antal\n2080;2080;10\n", encoding="utf-8")
    return {
        "ZONES": zones,
        "ZONE_CODE": "kommunkod",
        "COMMUTING_FILE": str(table),
        "RESIDENCE_FIELD": "bostad",
        "WORKPLACE_FIELD": "arbete",
        "COUNT_FIELD": "antal",
        "CRS": "EPSG:3006",
        "REGIONS": str(folder / "out.gpkg"),
    }


def doubled_network(folder):
    # A square with a tail (B-E): the tail is the one bridge. Every line twice would make every link a pair of
    # parallel edges and no bridge at all; read once, the tail is the bridge again.
    lines = [
        "LINESTRING(600000 6600000, 600100 6600000)",
        "LINESTRING(600100 6600000, 600100 6600100)",
        "LINESTRING(600100 6600100, 600000 6600100)",
        "LINESTRING(600000 6600100, 600000 6600000)",
        "LINESTRING(600100 6600000, 600200 6600000)",
    ]
    road = write_layer(
        folder / "in.gpkg",
        "vagar_twice",
        ogr.wkbLineString,
        {"namn": ogr.OFTString},
        [(wkt, [str(i)]) for i, wkt in enumerate(lines)] * 2,
    )
    return {"NETWORK": road, "CRS": "EPSG:3006", "DEMAND": 0, "LINKS": str(folder / "out.gpkg")}


def line_as_version(folder):
    inputs = folder / "in.gpkg"
    version_a = write_layer(inputs, "plan_a", ogr.wkbPolygon, {"anvandning": ogr.OFTString}, [(PLAN_SQUARE, [HOUSING])])
    version_b = write_layer(
        inputs,
        "plan_b_linjer",
        ogr.wkbLineString,
        {"anvandning": ogr.OFTString},
        [("LINESTRING(600000 6600000, 600100 6600100)", [HOUSING])],
    )
    return {
        "VERSIONS": [version_a, version_b],
        "PLAN_FIELD": "anvandning",
        "CRS": "EPSG:3006",
        "CHANGES": str(folder / "out.gpkg"),
        "INDICATORS": "TEMPORARY_OUTPUT",
    }


def polygons_as_links(folder):
    parameters = network(folder, ["1"])
    links = write_layer(
        folder / "in.gpkg", "nya_lankar_ytor", ogr.wkbPolygon, {"id": ogr.OFTInteger}, [(PLAN_SQUARE, [1])]
    )
    return {**parameters, "ADDED_LINKS": links}


CASES = [
    Case(
        "curve polygon in a GeoPackage",
        "samplan:conflictcheck",
        curved_plan,
        warned=("plan_curved", "curved", "0.1 m", "feature ids 1"),
        # Chords at most 0.1 m inside the arc: the area lies between pi r² less the perimeter times 0.1 m, and pi r².
        check=lambda result, folder: (
            (len(areas(result)) == 1 and math.pi * 900 - 2 * math.pi * 30 * 0.1 <= areas(result)[0] <= math.pi * 900)
            or pytest.fail(str(areas(result)))
        ),
    ),
    Case(
        "no CRS, coordinates fit SWEREF 99 TM",
        "samplan:conflictcheck",
        no_crs_plan,
        warned=("plan_no_crs", "no coordinate reference system", "EPSG:3006"),
        # The flood zone covers x 600060-600100 of the 100 m square: 40 x 100 m.
        check=lambda result, folder: areas(result) == [pytest.approx(4000.0)] or pytest.fail(str(areas(result))),
    ),
    Case(
        "no CRS, coordinates outside the analysis CRS",
        "samplan:conflictcheck",
        lambda f: no_crs_plan(f, offset=9e9),
        refused=("plan_no_crs", "no coordinate reference system", "EPSG:3006"),
    ),
    Case(
        "every feature twice, counted once",
        "samplan:conflictcheck",
        doubled_flood,
        warned=("flood_twice", "repeat another feature", "counted once", "feature ids 2"),
        check=lambda result, folder: areas(result) == [pytest.approx(4000.0)] or pytest.fail(str(areas(result))),
    ),
    Case(
        "every feature twice, counted each",
        "samplan:conflictcheck",
        lambda f: doubled_flood(f, DUPLICATES_ONCE=False),
        warned=("flood_twice", "repeat another feature", "each is counted", "feature ids 2"),
        check=lambda result, folder: areas(result) == [pytest.approx(4000.0)] * 2 or pytest.fail(str(areas(result))),
    ),
    Case(
        "NULL theme category",
        "samplan:conflictcheck",
        null_theme_category,
        warned=("flood_null", "kategori", "feature ids 2"),
    ),
    Case(
        "typo in a rule's plan category",
        "samplan:conflictcheck",
        rule_typo,
        warned=("FLOOD-01", "Mångfunktionel bebyggelse", "misspelt"),
    ),
    Case(
        "review status 'klar' in the previous results",
        "samplan:conflictcheck",
        previous_klar,
        refused=("previous", "'klar'", "feature ids 2"),
    ),
    Case(
        "municipality without a name",
        "samplan:conflictcheck",
        unnamed_municipality,
        refused=("kommuner", "kommunnamn", "feature ids 2"),
    ),
    Case(
        "points as the plan draft",
        "samplan:conflictcheck",
        points_as_plan,
        refused=("plan_points", "points", "Plan draft"),
    ),
    Case(
        "a line layer as municipalities",
        "samplan:conflictcheck",
        lines_as_units,
        refused=("kommungranser", "lines", "Municipalities"),
    ),
    Case(
        "the input GeoPackage as the output",
        "samplan:conflictcheck",
        output_is_input,
        refused=("in.gpkg", "would overwrite", "plan"),
    ),
    Case(
        "population as text '12,000'",
        "samplan:accessibility",
        lambda f: network(f, ["500", "12,000"]),
        refused=("befolkning", "bef", "feature 2", "12,000"),
        outputs=("OUTPUT",),
    ),
    Case(
        "population as text '12 000' and '12,5'",
        "samplan:accessibility",
        lambda f: network(f, ["12 000", "12,5"]),
        outputs=("OUTPUT",),
        check=lambda result, folder: populations(result) == [12.5, 12000.0] or pytest.fail(str(populations(result))),
    ),
    Case(
        "negative population",
        "samplan:accessibility",
        lambda f: network(f, [500, -20], ogr.OFTInteger),
        refused=("befolkning", "bef", "negative", "feature ids 2"),
        outputs=("OUTPUT",),
    ),
    Case(
        "NULL population",
        "samplan:accessibility",
        lambda f: network(f, [500, None], ogr.OFTInteger),
        warned=("befolkning", "bef", "no value", "feature ids 2"),
        outputs=("OUTPUT",),
        check=lambda result, folder: populations(result) == [0.0, 500.0] or pytest.fail(str(populations(result))),
    ),
    Case(
        "snap tolerance 1e9 m",
        "samplan:linkcriticality",
        lambda f: {**network(f, [1]), "TOLERANCE": 1e9, "LINKS": str(f / "out.gpkg")},
        refused=("TOLERANCE",),
        outputs=("LINKS",),
    ),
    Case(
        "iso-area buffer 1e9 m",
        "samplan:accessibility",
        lambda f: {**network(f, [1]), "ISO_BUFFER": 1e9},
        refused=("ISO_BUFFER",),
        outputs=("OUTPUT",),
    ),
    Case(
        "fragmentation with a plan feature 1e12 m away",
        "samplan:fragmentation",
        far_plan_fragmentation,
        refused=("plan_far", "grid", "cells"),
        outputs=("OUTPUT",),
    ),
    Case(
        "every road twice",
        "samplan:linkcriticality",
        doubled_network,
        warned=("vagar_twice", "repeat another feature", "counted once", "feature ids 6, 7, 8, 9, 10"),
        outputs=("LINKS",),
        check=lambda result, folder: result["BRIDGES"] == 1 or pytest.fail(str(result["BRIDGES"])),
    ),
    Case(
        "a line layer as a draft version",
        "samplan:comparedrafts",
        line_as_version,
        refused=("plan_b_linjer", "lines", "Plan draft versions"),
        outputs=("CHANGES",),
    ),
    Case(
        "polygons as planned links",
        "samplan:accessibility",
        polygons_as_links,
        refused=("nya_lankar_ytor", "polygons", "planned links"),
        outputs=("OUTPUT",),
    ),
    Case(
        "zones with no features",
        "samplan:functionalregions",
        empty_zones,
        refused=("zoner", "no features"),
        outputs=("REGIONS",),
    ),
    Case(
        "report into a folder that cannot be written",
        "samplan:report",
        lambda f: {"OUTPUT_HTML": "/proc/samplan-report/report.html", "OUTPUT_PDF": "/proc/samplan-report/report.pdf"},
        refused=("/proc", "HTML report"),
        outputs=(),
    ),
]


@pytest.mark.parametrize("case", CASES, ids=[c.name for c in CASES])
def test_bad_input_is_named(samplan_provider, tmp_path, case):
    parameters = case.build(tmp_path)
    inputs = sorted(p for p in tmp_path.iterdir() if p.is_file())
    before = {p: sha256(p) for p in inputs}
    feedback = RecordingFeedback()
    if case.refused:
        with pytest.raises(QgsProcessingException) as refused:
            processing.run(case.algorithm, parameters, feedback=feedback)
        message = str(refused.value) + "\n" + feedback.log
        for text in case.refused:
            assert text in message, message
        for key in case.outputs:
            output = Path(str(parameters[key]))
            assert output in before or not output.exists(), f"{output} was left after the refusal"
        assert not list(tmp_path.glob(".samplan-partial-*"))
    else:
        result = processing.run(case.algorithm, parameters, feedback=feedback)
        if case.warned:
            assert any(all(text in warning for text in case.warned) for warning in feedback.warnings), feedback.warnings
        if case.check is not None:
            case.check(result, tmp_path)
    assert {p: sha256(p) for p in inputs} == before
