"""The sample region through Processing: written deterministically, and its planted conflicts found."""

from __future__ import annotations

import math

import pytest
from qgis.core import QgsVectorLayer
from qgis.PyQt.QtCore import QVariant

import processing

from samplan.core.rules import read_rule_set
from samplan.core.sample_region import theme_layers_by_role
from samplan.core.rules import ROLE_PARAMETERS

from ..reference.native_chain import NamedLayer, native_conflicts
from .compare import assert_same_as_native, samplan_rows
from .conftest import RecordingFeedback

THEMES = {parameter: theme_layers_by_role()[role] for role, parameter in ROLE_PARAMETERS.items()}
ROLES = {parameter: role for role, parameter in ROLE_PARAMETERS.items()}
OUTPUTS = ("CONFLICT_AREAS", "CONFLICT_LINES", "CONFLICT_POINTS", "SUMMARY", "RULES_USED", "RUN_INFO")


def layer(region, name) -> QgsVectorLayer:
    loaded = QgsVectorLayer(f"{region}|layername={name}", name, "ogr")
    assert loaded.isValid(), name
    return loaded


def plain(value):
    return None if isinstance(value, QVariant) and value.isNull() else value


def check(region, version: str):
    parameters = {
        "PLAN": f"{region}|layername=plan_{version}_omraden",
        "PLAN_LINES": f"{region}|layername=plan_{version}_strak",
        "PLAN_FIELD": "anvandning",
        "THEME_FIELD": "kategori",
        "MUNICIPALITIES": f"{region}|layername=kommuner",
        "CRS": "EPSG:3006",
        **{role: [f"{region}|layername={name}" for name in names] for role, names in THEMES.items()},
        **dict.fromkeys(OUTPUTS, "TEMPORARY_OUTPUT"),
    }
    return processing.run("samplan:conflictcheck", parameters, feedback=RecordingFeedback())


def planted(region, version: str) -> list[dict]:
    table = layer(region, "planterade_konflikter")
    names = table.fields().names()
    return [
        r
        for r in (dict(zip(names, map(plain, f.attributes()))) for f in table.getFeatures())
        if r["version"] == version.upper()
    ]


def test_same_seed_gives_the_same_data(samplan_provider, sample_region, tmp_path):
    again = tmp_path / "again.gpkg"
    processing.run("samplan:sampleregion", {"SEED": 2026, "SCALE": 1, "OUTPUT": str(again)})
    other_seed = tmp_path / "other.gpkg"
    processing.run("samplan:sampleregion", {"SEED": 7, "SCALE": 1, "OUTPUT": str(other_seed)})

    def content(path, name):
        return [
            (f.id(), [plain(v) for v in f.attributes()], f.geometry().asWkb().data() if f.hasGeometry() else b"")
            for f in layer(path, name).getFeatures()
        ]

    from osgeo import ogr

    source = ogr.Open(str(sample_region))
    names = [source.GetLayer(i).GetName() for i in range(source.GetLayerCount())]
    del source
    assert {
        "kommuner",
        "byggnader",
        "vagar",
        "plan_a_omraden",
        "plan_b_omraden",
        "pendling",
        "planterade_konflikter",
    } <= set(names)
    for name in names:
        assert content(sample_region, name) == content(again, name), name
    assert content(sample_region, "byggnader") != content(other_seed, "byggnader")


@pytest.mark.parametrize("version", ["a", "b"])
def test_every_planted_conflict_is_found_and_nothing_else_of_severity_conflict(
    samplan_provider, sample_region, version
):
    rows = samplan_rows(check(sample_region, version))
    expected = planted(sample_region, version)
    assert expected, "the planted list is empty"
    plan_layers = {"area": f"plan_{version}_omraden", "line": f"plan_{version}_strak"}
    for plant in expected:
        found = rows[
            (rows["rule_id"] == plant["rule_id"])
            & (rows["plan_layer"] == plant["plan_layer"])
            & (rows["plan_fid"] == plant["plan_fid"])
        ]
        if plant["theme_layer"]:
            found = found[(found["theme_layer"] == plant["theme_layer"]) & (found["theme_fid"] == plant["theme_fid"])]
        assert len(found) == 1, plant
        got = found.iloc[0]
        measure = {
            "area": got["area_m2"],
            "length": got["length_m"],
            "points": got["point_count"],
            "gap": got["distance_m"],
        }[plant["measure"]]
        assert measure == pytest.approx(plant["expected"], rel=1e-3), (plant, measure)
    conflicts = rows[rows["severity"] == "conflict"]
    planted_keys = {
        (p["rule_id"], p["plan_layer"], p["plan_fid"], p["theme_layer"] or None, p["theme_fid"] or None)
        for p in expected
        if p["severity"] == "conflict"
    }
    found_keys = {
        (
            r.rule_id,
            r.plan_layer,
            int(r.plan_fid),
            r.theme_layer or None,
            None
            if r.theme_fid is None or (isinstance(r.theme_fid, float) and math.isnan(r.theme_fid))
            else int(r.theme_fid),
        )
        for r in conflicts.itertuples()
    }
    assert found_keys == planted_keys
    assert set(plan_layers.values()) >= set(rows["plan_layer"])


def test_version_a_has_every_rule_of_the_default_set_planted(sample_region):
    assert {p["rule_id"] for p in planted(sample_region, "a")} == {r.id for r in read_rule_set()}


def test_plan_a_matches_the_native_algorithm_chain(samplan_provider, sample_region):
    rows = samplan_rows(check(sample_region, "a"))
    plans = [NamedLayer(n, "plan", layer(sample_region, n)) for n in ("plan_a_omraden", "plan_a_strak")]
    themes = [NamedLayer(n, ROLES[key], layer(sample_region, n)) for key, names in THEMES.items() for n in names]
    native = native_conflicts(plans, "anvandning", themes, "kategori", read_rule_set())
    assert assert_same_as_native(rows, native) >= 30


def test_cancelled_sample_region_leaves_no_file(samplan_provider, tmp_path):
    from qgis.core import QgsProcessingException

    target = tmp_path / "cancelled.gpkg"
    feedback = RecordingFeedback(cancel_at=60.0)  # while the layers are being written
    with pytest.raises(QgsProcessingException, match="Cancelled"):
        processing.run("samplan:sampleregion", {"SEED": 1, "SCALE": 1, "OUTPUT": str(target)}, feedback=feedback)
    assert feedback.cancelled_at_time is not None
    assert list(tmp_path.iterdir()) == []
