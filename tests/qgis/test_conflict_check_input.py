"""samplan:conflictcheck through processing.run on small hand-made layers: bad input, CRSs, cancel, no harm to inputs."""

from __future__ import annotations

import hashlib

import pytest
from qgis.core import (
    QgsCoordinateReferenceSystem,
    QgsCoordinateTransform,
    QgsProject,
    QgsProcessingException,
    QgsVectorLayer,
)

import processing

from .conftest import RecordingFeedback, memory_layer, save_gpkg

PLAN_FIELDS = "field=plan_id:string&field=anvandning:string"
THEME_FIELDS = "field=kategori:string"


def plan_layer(rows=None, name="plan"):
    rows = (
        rows
        if rows is not None
        else [
            ("POLYGON((0 0, 100 0, 100 100, 0 100, 0 0))", ["P1", "Sammanhängande bostadsbebyggelse"]),
            ("POLYGON((1000 0, 1100 0, 1100 100, 1000 100, 1000 0))", ["P2", "Verksamheter och industri"]),
        ]
    )
    return memory_layer("Polygon", PLAN_FIELDS, rows, name)


def natura_layer(crs="EPSG:3006"):
    return memory_layer(
        "Polygon", THEME_FIELDS, [("POLYGON((50 50, 150 50, 150 150, 50 150, 50 50))", ["natura 2000"])], "n2000", crs
    )


def run(parameters, feedback=None):
    base = {
        "PLAN": plan_layer(),
        "PLAN_FIELD": "anvandning",
        "GREEN_BLUE": [natura_layer()],
        "THEME_FIELD": "kategori",
        "CRS": "EPSG:3006",
        "LANGUAGE": 1,
        **dict.fromkeys(
            ("CONFLICT_AREAS", "CONFLICT_LINES", "CONFLICT_POINTS", "SUMMARY", "RULES_USED", "RUN_INFO"),
            "TEMPORARY_OUTPUT",
        ),
    }
    base.update(parameters)
    return processing.run("samplan:conflictcheck", base, feedback=feedback or RecordingFeedback())


def rows_of(layer: QgsVectorLayer) -> list[dict]:
    return [
        dict(zip(layer.fields().names(), f.attributes())) | {"_geometry": f.geometry()} for f in layer.getFeatures()
    ]


def test_overlap_found_with_hand_worked_area(samplan_provider):
    result = run({})
    areas = [r for r in rows_of(result["CONFLICT_AREAS"]) if r["rule_id"] == "N2000-01"]
    assert [(r["plan_fid"], r["theme_fid"]) for r in areas] == [(1, 1)]
    assert areas[0]["area_m2"] == pytest.approx(2500.0)
    assert areas[0]["share"] == pytest.approx(0.25)
    assert areas[0]["_geometry"].area() == pytest.approx(2500.0)
    assert areas[0]["message"].startswith("New development inside a Natura 2000 site")
    assert result["CONFLICT_COUNT"] >= 1
    summary = rows_of(result["SUMMARY"])
    assert {(r["rule_id"], r["count"]) for r in summary} >= {("N2000-01", 1)}
    run_info = {r["key"]: r["value"] for r in rows_of(result["RUN_INFO"])}
    assert run_info["analysis_crs"] == "EPSG:3006" and run_info["rule_set"] == "default"
    from samplan.core.rules import read_rule_set

    assert [r["id"] for r in rows_of(result["RULES_USED"])] == [r.id for r in read_rule_set()]


def test_theme_in_another_crs_is_transformed(samplan_provider):
    # The same Natura 2000 square, its corners transformed to WGS 84: the overlap stays 2500 m² (to 0.1 %).
    transform = QgsCoordinateTransform(
        QgsCoordinateReferenceSystem("EPSG:3006"), QgsCoordinateReferenceSystem("EPSG:4326"), QgsProject.instance()
    )
    square = natura_layer()
    geographic = memory_layer("Polygon", THEME_FIELDS, [], "n2000", "EPSG:4326")
    feature = next(square.getFeatures())
    geometry = feature.geometry()
    geometry.transform(transform)
    feature.setGeometry(geometry)
    geographic.dataProvider().addFeatures([feature])
    rows = [r for r in rows_of(run({"GREEN_BLUE": [geographic]})["CONFLICT_AREAS"]) if r["rule_id"] == "N2000-01"]
    assert rows[0]["area_m2"] == pytest.approx(2500.0, rel=1e-3)


def test_geographic_analysis_crs_is_refused(samplan_provider):
    with pytest.raises(QgsProcessingException, match="EPSG:4326.*degrees"):
        run({"CRS": "EPSG:4326"})


def test_invalid_geometry_repaired_and_null_skipped_and_counted(samplan_provider):
    rows = [
        ("POLYGON((0 0, 100 100, 100 0, 0 100, 0 0))", ["BOW", "Sammanhängande bostadsbebyggelse"]),  # bow tie
        (None, ["NULL", "Sammanhängande bostadsbebyggelse"]),
    ]
    feedback = RecordingFeedback()
    result = run({"PLAN": plan_layer(rows)}, feedback)
    assert "1 invalid geometry(ies) repaired (feature ids 1)" in feedback.log
    assert "1 feature(s) without geometry skipped" in feedback.log
    # The bow tie becomes two triangles; the right one (x >= 50) meets the square [50,150]²: 50·50/2 = 1250 m².
    areas = [r for r in rows_of(result["CONFLICT_AREAS"]) if r["rule_id"] == "N2000-01"]
    assert [r["plan_fid"] for r in areas] == [1]
    assert areas[0]["area_m2"] == pytest.approx(1250.0)


def test_empty_plan_gives_empty_result_and_says_so(samplan_provider):
    feedback = RecordingFeedback()
    result = run({"PLAN": plan_layer([])}, feedback)
    assert result["CONFLICT_COUNT"] == 0
    assert result["CONFLICT_AREAS"].featureCount() == 0 and result["SUMMARY"].featureCount() == 0
    assert "The plan draft is empty" in feedback.log


def test_missing_plan_category_field_is_named(samplan_provider):
    layer = memory_layer("Polygon", "field=typ:string", [("POLYGON((0 0, 1 0, 1 1, 0 0))", ["x"])], "utkast")
    with pytest.raises(QgsProcessingException, match="Layer 'utkast' has no field 'anvandning'"):
        run({"PLAN": layer})


def test_theme_without_category_field_uses_its_name(samplan_provider):
    unnamed = memory_layer(
        "Polygon", "field=id:integer", [("POLYGON((50 50, 150 50, 150 150, 50 150, 50 50))", [7])], "Natura_2000"
    )
    feedback = RecordingFeedback()
    rows = rows_of(run({"GREEN_BLUE": [unnamed]}, feedback)["CONFLICT_AREAS"])
    assert [r["theme_fid"] for r in rows if r["rule_id"] == "N2000-01"] == [1]
    assert "has no field 'kategori'" in feedback.log


@pytest.mark.parametrize(
    "content, where",
    [
        ("id,plan_category\nR1,x\n", "line 1, column 'theme_role'"),
        (
            "id,plan_category,theme_role,theme_category,relation,distance_m,severity,message_sv,message_en,basis\n"
            "R1,Bostäder,green-blue,natur,overlaps,,conflict,sv,en,MB\n"
            "R2,Bostäder,green-blue,natur,near,,conflict,sv,en,MB\n",
            "line 3, column 'relation'",
        ),
        (
            "id,plan_category,theme_role,theme_category,relation,distance_m,severity,message_sv,message_en,basis\n"
            "R1,Bostäder,green-blue,natur,overlaps,,serious,sv,en,MB\n",
            "line 2, column 'severity'",
        ),
    ],
)
def test_malformed_rule_file_is_refused_with_file_line_and_column(samplan_provider, tmp_path, content, where):
    path = tmp_path / "regler.csv"
    path.write_text(content, encoding="utf-8")
    with pytest.raises(QgsProcessingException) as caught:
        run({"RULES": str(path)})
    assert str(path) in str(caught.value) and where in str(caught.value)


def test_input_geopackage_is_byte_identical_after_a_run(samplan_provider, tmp_path):
    path = tmp_path / "inputs.gpkg"
    plan = save_gpkg(plan_layer(), path, "plan")
    natura = save_gpkg(natura_layer(), path, "n2000")
    del plan, natura
    before = hashlib.sha256(path.read_bytes()).hexdigest()
    result = run({"PLAN": f"{path}|layername=plan", "GREEN_BLUE": [f"{path}|layername=n2000"]})
    assert result["CONFLICT_COUNT"] >= 1
    QgsProject.instance().removeAllMapLayers()
    assert hashlib.sha256(path.read_bytes()).hexdigest() == before


def test_cancelled_run_leaves_no_file(samplan_provider, tmp_path):
    # A plan of many features so that the check takes a while; cancel once reading has begun.
    rows = [
        (f"POLYGON(({x} 0, {x + 10} 0, {x + 10} 10, {x} 10, {x} 0))", [f"P{x}", "Sammanhängande bostadsbebyggelse"])
        for x in range(0, 200000, 20)
    ]
    outputs = {
        key: str(tmp_path / f"{key.lower()}.gpkg")
        for key in ("CONFLICT_AREAS", "CONFLICT_LINES", "CONFLICT_POINTS", "SUMMARY", "RULES_USED", "RUN_INFO")
    }
    feedback = RecordingFeedback(cancel_at=30.0)
    with pytest.raises(QgsProcessingException, match="Cancelled"):
        run({"PLAN": plan_layer(rows), **outputs}, feedback)
    assert feedback.cancelled_at_time is not None
    assert not any(p.name.endswith(".gpkg") for p in tmp_path.iterdir()), list(tmp_path.iterdir())


def test_only_categories_some_rule_checks_are_read(samplan_provider):
    square = "POLYGON((50 50, 150 50, 150 150, 50 150, 50 50))"
    mixed = memory_layer(
        "Polygon", THEME_FIELDS, [(square, ["natura 2000"]), (square, ["sjö"]), (square, [None])], "blandat"
    )
    unnamed_fallback = memory_layer("Polygon", THEME_FIELDS, [(square, [None]), (square, ["sjö"])], "Natura 2000")
    lakes = memory_layer("Polygon", THEME_FIELDS, [(square, ["sjö"])], "sjoar")
    feedback = RecordingFeedback()
    rows = rows_of(run({"GREEN_BLUE": [mixed, unnamed_fallback, lakes]}, feedback)["CONFLICT_AREAS"])
    assert "blandat (Green-blue structure): 1 features read." in feedback.log
    # A feature without a category takes the layer's name, and that name is one a rule checks.
    assert "Natura 2000 (Green-blue structure): 1 features read." in feedback.log
    assert "sjoar (Green-blue structure): no rule checks its categories, so it was not read." in feedback.log
    assert "natura 2000" in feedback.log.split("so it was not read.")[1]  # the categories the rules check are named
    assert sorted((r["theme_layer"], r["theme_fid"]) for r in rows if r["rule_id"] == "N2000-01") == [
        ("Natura 2000", 1),
        ("blandat", 1),
    ]


def test_own_category_words_are_named_then_mapped(samplan_provider, tmp_path):
    own_words = plan_layer([("POLYGON((0 0, 100 0, 100 100, 0 100, 0 0))", ["P1", "Bostäder"])])
    feedback = RecordingFeedback()
    unmapped = run({"PLAN": own_words}, feedback)
    assert unmapped["CONFLICT_COUNT"] == 0
    assert "no rule applies to the categories 'Bostäder' (1)" in feedback.log
    mapping = tmp_path / "mappning.csv"
    mapping.write_text("draft_category;op_category\nbostäder;Sammanhängande bostadsbebyggelse\n", encoding="utf-8")
    mapped = rows_of(run({"PLAN": own_words, "CATEGORY_MAPPING": str(mapping)})["CONFLICT_AREAS"])
    natura = [r for r in mapped if r["rule_id"] == "N2000-01"]
    assert len(natura) == 1 and natura[0]["area_m2"] == pytest.approx(2500.0)
    assert natura[0]["plan_category"] == "Sammanhängande bostadsbebyggelse"
    assert natura[0]["plan_category_source"] == "Bostäder"  # the draft's own word stays traceable
    mapping.write_text("draft_category;op_category\nbostäder;Villaområde\n", encoding="utf-8")
    with pytest.raises(
        QgsProcessingException, match="line 2, column 'op_category': 'Villaområde' is not an ÖP-modell category"
    ):
        run({"PLAN": own_words, "CATEGORY_MAPPING": str(mapping)})


def test_runs_inside_a_graphical_model(samplan_provider, tmp_path):
    """The check as a step of a Graphical Modeler model: plan and theme layers come from the model's inputs."""
    from qgis.core import (
        QgsProcessingContext,
        QgsProcessingFeedback,
        QgsProcessingModelAlgorithm,
        QgsProcessingModelChildAlgorithm,
        QgsProcessingModelChildParameterSource,
        QgsProcessingModelOutput,
        QgsProcessingModelParameter,
        QgsProcessingParameterFeatureSink,
        QgsProcessingParameterFeatureSource,
        QgsProcessingParameterMultipleLayers,
    )

    from samplan.qgis_adapter.compat import source_type

    model = QgsProcessingModelAlgorithm("Samplan i en modell", "test")
    model.addModelParameter(
        QgsProcessingParameterFeatureSource("utkast", "Utkast"), QgsProcessingModelParameter("utkast")
    )
    model.addModelParameter(
        QgsProcessingParameterMultipleLayers("natur", "Natur", source_type("VectorAnyGeometry")),
        QgsProcessingModelParameter("natur"),
    )
    child = QgsProcessingModelChildAlgorithm("samplan:conflictcheck")
    child.setChildId("check")
    child.addParameterSources("PLAN", [QgsProcessingModelChildParameterSource.fromModelParameter("utkast")])
    child.addParameterSources("PLAN_FIELD", [QgsProcessingModelChildParameterSource.fromStaticValue("anvandning")])
    child.addParameterSources("GREEN_BLUE", [QgsProcessingModelChildParameterSource.fromModelParameter("natur")])
    child.addParameterSources("CRS", [QgsProcessingModelChildParameterSource.fromStaticValue("EPSG:3006")])
    output = QgsProcessingModelOutput("konflikter", "Konflikter")
    output.setChildOutputName("CONFLICT_AREAS")
    child.setModelOutputs({"konflikter": output})
    model.addChildAlgorithm(child)
    model.updateDestinationParameters()
    assert any(isinstance(p, QgsProcessingParameterFeatureSink) for p in model.parameterDefinitions())
    sink_name = next(p.name() for p in model.parameterDefinitions() if isinstance(p, QgsProcessingParameterFeatureSink))
    target = tmp_path / "modell.gpkg"
    context = QgsProcessingContext()
    results, ok = model.run(
        {"utkast": plan_layer(), "natur": [natura_layer()], sink_name: str(target)}, context, QgsProcessingFeedback()
    )
    assert ok
    areas = QgsVectorLayer(str(target), "areas", "ogr")
    natura = [f for f in areas.getFeatures() if f["rule_id"] == "N2000-01"]
    assert len(natura) == 1 and natura[0]["area_m2"] == pytest.approx(2500.0)


def test_engine_cancel_between_plan_chunks_stops_inside_the_check(samplan_provider, tmp_path):
    rows = [
        (f"POLYGON(({x} 0, {x + 10} 0, {x + 10} 10, {x} 10, {x} 0))", [f"P{x}", "Sammanhängande bostadsbebyggelse"])
        for x in range(0, 200000, 20)
    ]
    outputs = {key: str(tmp_path / f"{key.lower()}.gpkg") for key in ("CONFLICT_AREAS", "SUMMARY")}
    feedback = RecordingFeedback(cancel_at=55.0)  # the check itself runs from 50 to 75 %
    with pytest.raises(QgsProcessingException, match="Cancelled"):
        run({"PLAN": plan_layer(rows), **outputs}, feedback)
    # Stopped between plan chunks: no progress reported past the check's own span (it ends at 75 %).
    assert feedback.cancelled_at_time is not None
    assert max(feedback.progress) < 75.0, max(feedback.progress)
    assert list(tmp_path.iterdir()) == []


def test_plan_feature_without_category_is_named_not_renamed(samplan_provider):
    rows = [("POLYGON((0 0, 100 0, 100 100, 0 100, 0 0))", ["P1", None])]
    feedback = RecordingFeedback()
    result = run({"PLAN": plan_layer(rows, name="Utbyggnadsområde")}, feedback)
    assert result["CONFLICT_COUNT"] == 0  # the layer's name is no land use
    assert "1 feature(s) have no category and match no rule (feature ids 1)" in feedback.log


def test_municipality_field_must_exist(samplan_provider):
    municipalities = memory_layer(
        "Polygon",
        "field=kod:integer",
        [("POLYGON((-500 -500, 500 -500, 500 500, -500 500, -500 -500))", [1])],
        "kommuner",
    )
    with pytest.raises(QgsProcessingException, match="Municipalities layer 'kommuner' has no text field"):
        run({"MUNICIPALITIES": municipalities})
    named = memory_layer(
        "Polygon",
        "field=namn:string",
        [("POLYGON((-500 -500, 500 -500, 500 500, -500 500, -500 -500))", ["Ekeby"])],
        "kommuner",
    )
    with pytest.raises(QgsProcessingException, match="Layer 'kommuner' has no field 'kommunnamn'"):
        run({"MUNICIPALITIES": named, "MUNICIPALITY_FIELD": "kommunnamn"})
    feedback = RecordingFeedback()
    rows = rows_of(run({"MUNICIPALITIES": named}, feedback)["CONFLICT_AREAS"])
    assert {r["municipality"] for r in rows} == {"Ekeby"}
    assert "names taken from the field 'namn'" in feedback.log


def test_mercator_analysis_crs_is_refused(samplan_provider):
    with pytest.raises(QgsProcessingException, match="EPSG:3857.*Mercator"):
        run({"CRS": "EPSG:3857"})


def test_layer_without_crs_is_named(samplan_provider):
    no_crs = QgsVectorLayer("Polygon?field=kategori:string", "utan_crs", "memory")
    no_crs.setCrs(QgsCoordinateReferenceSystem())  # as a shapefile without its .prj
    assert not no_crs.crs().isValid()
    feedback = RecordingFeedback()
    run({"GREEN_BLUE": [natura_layer(), no_crs]}, feedback)
    assert "Layer 'utan_crs' has no coordinate reference system" in feedback.log


def test_integer_category_field_and_name_fallback(samplan_provider, tmp_path):
    rules_file = tmp_path / "regler.csv"
    rules_file.write_text(
        "id,plan_category,theme_role,theme_category,relation,distance_m,severity,message_sv,message_en,basis\n"
        "Z1,Sammanhängande bostadsbebyggelse,other,7|zon,overlaps,,warning,sv,en,MB\n",
        encoding="utf-8",
    )
    square = "POLYGON((50 50, 150 50, 150 150, 50 150, 50 50))"
    zones = save_gpkg(
        memory_layer("Polygon", "field=kategori:integer", [(square, [7]), (square, [8]), (square, [None])], "zon"),
        tmp_path / "zoner.gpkg",
        "zon",
    )
    feedback = RecordingFeedback()
    rows = rows_of(run({"RULES": str(rules_file), "GREEN_BLUE": [], "OTHER": [zones]}, feedback)["CONFLICT_AREAS"])
    # Category 7 matches; 8 does not; the empty one takes the layer's name 'zon', which matches too.
    assert sorted(r["theme_fid"] for r in rows) == [1, 3]
    assert "zon (Other): 2 features read." in feedback.log


def test_inputs_of_the_same_name_are_told_apart(samplan_provider):
    feedback = RecordingFeedback()
    rows = rows_of(run({"GREEN_BLUE": [natura_layer(), natura_layer()]}, feedback)["CONFLICT_AREAS"])
    assert sorted(r["theme_layer"] for r in rows if r["rule_id"] == "N2000-01") == ["n2000", "n2000 (2)"]
    assert "Two input layers are named 'n2000'" in feedback.log


def test_run_parameters_hold_no_password(samplan_provider):
    from qgis.core import QgsProcessingContext

    from samplan.algorithms.conflict_check import ConflictCheckAlgorithm

    described = ConflictCheckAlgorithm()._described(
        "dbname='plan' host=localhost user='region' password='hemligt' table=\"utkast\"", QgsProcessingContext()
    )
    assert "hemligt" not in described and "dbname='plan'" in described


def test_stable_keys_are_carried_into_the_results(samplan_provider):
    theme = memory_layer(
        "Polygon",
        "field=kategori:string&field=site_code:string",
        [("POLYGON((50 50, 150 50, 150 150, 50 150, 50 50))", ["natura 2000", "SE0620001"])],
        "n2000",
    )
    rows = rows_of(
        run({"GREEN_BLUE": [theme], "PLAN_KEY_FIELD": "plan_id", "THEME_KEY_FIELD": "site_code"})["CONFLICT_AREAS"]
    )
    natura = [r for r in rows if r["rule_id"] == "N2000-01"]
    assert [(r["plan_key"], r["theme_key"]) for r in natura] == [("P1", "SE0620001")]
    with pytest.raises(QgsProcessingException, match="Layer 'plan' has no field 'objekt_id'"):
        run({"PLAN_KEY_FIELD": "objekt_id"})
