"""A small plan draft over real Dalarna data: nature reserves in EPSG:4326, stops and tätorter in EPSG:3006."""

from __future__ import annotations

import pytest
from qgis.core import QgsCoordinateReferenceSystem, QgsCoordinateTransform, QgsProject, QgsRectangle, QgsVectorLayer

import processing

from samplan.core.rules import read_rule_set

from ..conftest import SHARED_DATA
from ..reference.native_chain import NamedLayer, native_conflicts
from .compare import assert_same_as_native, samplan_rows
from .conftest import memory_layer

DALARNA = SHARED_DATA / "dalarna.gpkg"
pytestmark = pytest.mark.skipif(not DALARNA.exists(), reason=f"real data not found at {DALARNA}")

RULES = """id,plan_category,theme_role,theme_category,relation,distance_m,severity,message_sv,message_en,basis
NR,Sammanhängande bostadsbebyggelse|Verksamheter och industri,green-blue,naturreservat,overlaps,,conflict,Naturreservat,Nature reserve,MB 7 kap. 4 §
STOP,Sammanhängande bostadsbebyggelse,infrastructure,hallplatser,within_distance,300,opportunity,Nära hållplats,Near a stop,RUS
GAP,Sammanhängande bostadsbebyggelse|Verksamheter och industri,settlement,tatorter,not_within_distance,3000,warning,Långt från tätort,Far from a town,PBL 2 kap. 3 §
"""


def layer(name: str) -> QgsVectorLayer:
    loaded = QgsVectorLayer(f"{DALARNA}|layername={name}", name, "ogr")
    assert loaded.isValid(), name
    return loaded


def square(x: float, y: float, half: float) -> str:
    return QgsRectangle(x - half, y - half, x + half, y + half).asWktPolygon()


def test_plan_over_real_dalarna_layers_matches_native_algorithms(samplan_provider, tmp_path):
    reserves, stops, towns = layer("naturreservat"), layer("hallplatser"), layer("tatorter")
    assert reserves.crs().authid() == "EPSG:4326"
    # Plan features placed on real features: the largest reserve's centre, Falun's centre, and open forest.
    to_sweref = QgsCoordinateTransform(reserves.crs(), QgsCoordinateReferenceSystem("EPSG:3006"), QgsProject.instance())
    largest = max(reserves.getFeatures(), key=lambda f: f["AREA_HA"] or 0)
    reserve_centre = to_sweref.transform(largest.geometry().pointOnSurface().asPoint())
    falun = next(f for f in towns.getFeatures() if f["name"] == "Falun").geometry().asPoint()
    plan = memory_layer(
        "Polygon",
        "field=plan_id:string&field=anvandning:string",
        [
            (square(reserve_centre.x(), reserve_centre.y(), 1500), ["D-1", "Verksamheter och industri"]),
            (square(falun.x(), falun.y(), 400), ["D-2", "Sammanhängande bostadsbebyggelse"]),
            (square(falun.x() + 12000, falun.y() + 9000, 600), ["D-3", "Sammanhängande bostadsbebyggelse"]),
        ],
        "utkast",
    )
    rules_path = tmp_path / "dalarna_regler.csv"
    rules_path.write_text(RULES, encoding="utf-8")
    outputs = dict.fromkeys(
        ("CONFLICT_AREAS", "CONFLICT_LINES", "CONFLICT_POINTS", "SUMMARY", "RULES_USED", "RUN_INFO"), "TEMPORARY_OUTPUT"
    )
    result = processing.run(
        "samplan:conflictcheck",
        {
            "PLAN": plan,
            "PLAN_FIELD": "anvandning",
            "SETTLEMENT": [towns],
            "INFRASTRUCTURE": [stops],
            "GREEN_BLUE": [reserves],
            "THEME_FIELD": "kategori",
            "RULES": str(rules_path),
            "MUNICIPALITIES": layer("kommuner"),
            "CRS": "EPSG:3006",
            **outputs,
        },
    )
    ours = samplan_rows(result)
    native = native_conflicts(
        [NamedLayer("utkast", "plan", plan)],
        "anvandning",
        [
            NamedLayer("tatorter", "settlement", towns),
            NamedLayer("hallplatser", "infrastructure", stops),
            NamedLayer("naturreservat", "green-blue", reserves),
        ],
        "kategori",
        read_rule_set(rules_path),
    )
    pairs = assert_same_as_native(ours, native)
    assert set(ours["rule_id"]) == {"NR", "STOP", "GAP"}  # each relation met real data
    assert pairs >= 5
    # Municipality from the real boundaries: the Falun square lies in Falun.
    assert set(ours.loc[ours["plan_fid"] == 2, "municipality"]) == {"Falun"}
