"""samplan:areadisruption through processing.run: the hand-worked network of tests/core/test_area_disruption.py
as layers, a hazard layer in another CRS, styled outputs, and bad input named."""

from __future__ import annotations

import processing
import pytest
from qgis.core import (
    QgsCoordinateReferenceSystem,
    QgsCoordinateTransform,
    QgsFeature,
    QgsGeometry,
    QgsProcessingException,
    QgsProject,
    QgsRuleBasedRenderer,
    QgsVectorLayer,
)

from samplan.qgis_adapter.network_styles import style_network_layer

from .conftest import RecordingFeedback, memory_layer

ROADS = [
    ("LINESTRING(0 0, 1000 0, 1000 1000)", ["R", 60.0, None]),
    ("LINESTRING(0 0, 0 1000)", ["S1", 72.0, None]),
    ("LINESTRING(0 1000, 1000 1000)", ["S2", 72.0, None]),
    ("LINESTRING(0 0, 1000 1000)", ["M", 36.0, None]),
    ("LINESTRING(0 0, -500 0)", ["T", 36.0, None]),
]
AREAS = [
    ("POLYGON((-50 950, 50 950, 50 1050, -50 1050, -50 950))", ["hörnet"]),
    ("POLYGON((-300 -50, -200 -50, -200 50, -300 50, -300 -50))", ["svansen"]),
    ("POLYGON((5000 5000, 5100 5000, 5100 5100, 5000 5100, 5000 5000))", ["långt bort"]),
]


def roads(rows=ROADS):
    return memory_layer("LineString", "field=namn:string&field=hastighet:double&field=enkel:string", rows, "vagar")


def hazards(rows=AREAS, crs="EPSG:3006"):
    layer = memory_layer("Polygon", "field=namn:string", rows, "oversvamning")
    if crs == "EPSG:3006":
        return layer
    # The same areas in another CRS: the algorithm must transform them back.
    other = QgsVectorLayer(f"Polygon?crs={crs}&field=namn:string", "oversvamning_wgs84", "memory")
    to_other = QgsCoordinateTransform(layer.crs(), QgsCoordinateReferenceSystem(crs), QgsProject.instance())
    features = []
    for f in layer.getFeatures():
        g = QgsGeometry(f.geometry())
        g.densifyByCount(20)
        g.transform(to_other)
        copy = QgsFeature(other.fields())
        copy.setGeometry(g)
        copy.setAttributes(f.attributes())
        features.append(copy)
    other.dataProvider().addFeatures(features)
    return other


def run(parameters, feedback=None):
    people = memory_layer(
        "Point",
        "field=bef:integer",
        [("POINT(-500 1)", [100]), ("POINT(1 1000)", [30]), ("POINT(1000 1001)", [50])],
        "bef",
    )
    centre = memory_layer("Point", "field=namn:string", [("POINT(1001 1000)", ["B"])], "centrum")
    base = {
        "NETWORK": roads(),
        "SPEED_FIELD": "hastighet",
        "HAZARDS": hazards(),
        "HAZARD_NAME": "namn",
        "POPULATION": people,
        "POPULATION_FIELD": "bef",
        "CENTRES": centre,
        "MAX_CONNECTOR": 10,
        "DEMAND": 0,
        "CRS": "EPSG:3006",
        "AREAS": "TEMPORARY_OUTPUT",
        "FEATURES": "TEMPORARY_OUTPUT",
        "CLOSED": "TEMPORARY_OUTPUT",
    }
    base.update(parameters)
    return processing.run("samplan:areadisruption", base, feedback=feedback or RecordingFeedback())


@pytest.mark.parametrize("crs", ["EPSG:3006", "EPSG:4326"])
def test_hand_worked_areas_and_features(samplan_provider, crs, tmp_path):
    feedback = RecordingFeedback()
    result = run(
        {
            "HAZARDS": hazards(crs=crs),
            "AREAS": str(tmp_path / "avbrott.gpkg"),
            "FEATURES": str(tmp_path / "bef.gpkg"),
            "CLOSED": str(tmp_path / "lankar.gpkg"),
        },
        feedback,
    )
    areas = {f["name"]: f for f in QgsVectorLayer(result["AREAS"], "a", "ogr").getFeatures()}
    assert areas["hörnet"]["links_closed"] == 2 and areas["hörnet"]["pop_cut_off"] == 30
    assert areas["hörnet"]["pop_delayed"] == 100 and areas["hörnet"]["pop_added"] == pytest.approx(
        100 * 20 / 60, rel=1e-6
    )
    assert areas["svansen"]["links_closed"] == 1 and areas["svansen"]["pop_cut_off"] == 100
    assert areas["långt bort"]["links_closed"] == 0
    assert "långt bort" in feedback.log
    # GeoPackage outputs: a population feature (or a link) closed by two areas is two rows, without a key clash.
    features = {(f["name"], f["source_fid"]): f for f in QgsVectorLayer(result["FEATURES"], "f", "ogr").getFeatures()}
    assert sorted(features) == [("hörnet", 1), ("hörnet", 2), ("svansen", 1)]
    assert features[("hörnet", 2)]["keeps_route"] == 0 and features[("hörnet", 1)]["keeps_route"] == 1
    closed = QgsVectorLayer(result["CLOSED"], "c", "ogr")
    assert sorted((f["name"], f["source_fid"]) for f in closed.getFeatures()) == [
        ("hörnet", 2),
        ("hörnet", 3),
        ("svansen", 5),
    ]


def test_outputs_are_styled_with_legends(samplan_provider, tmp_path):
    # In a GeoPackage the style is saved as the layer's default, and the styled layer still reads its features.
    saved = run({"AREAS": str(tmp_path / "avbrott.gpkg")})["AREAS"]
    layer = QgsVectorLayer(saved, "avbrott", "ogr")
    assert len(list(layer.getFeatures())) == 3  # read once, as a map canvas would, before the style is saved
    style_network_layer(layer, "disruption_areas")
    assert layer.featureCount() == 3 and len(list(layer.getFeatures())) == 3
    assert QgsVectorLayer(saved, "again", "ogr").styleManager() is not None
    assert isinstance(QgsVectorLayer(saved, "again", "ogr").renderer(), QgsRuleBasedRenderer)  # the default style loads
    result = run({})
    for key, first in (
        ("AREAS", "People cut off"),
        ("FEATURES", "Cut off from every centre"),
        ("CLOSED", "Link closed by the area"),
    ):
        renderer = result[key].renderer()
        assert isinstance(renderer, QgsRuleBasedRenderer), key
        assert renderer.rootRule().children()[0].label() == first


def test_bad_input_is_named(samplan_provider):
    with pytest.raises(QgsProcessingException, match="oversvamning.*no polygons"):
        run({"HAZARDS": memory_layer("Polygon", "field=namn:string", [], "oversvamning")})
    with pytest.raises(QgsProcessingException, match="oversvamning.*touches the network 'vagar'"):
        run({"HAZARDS": hazards([AREAS[2]])})
    with pytest.raises(QgsProcessingException, match="vagar.*one link"):
        run({"NETWORK": roads([ROADS[0]])})
    # Every line one-way: said in the log, naming layer and field.
    feedback = RecordingFeedback()
    oneway = [(wkt, [name, speed, "yes"]) for wkt, (name, speed, _) in ROADS]
    run({"NETWORK": roads(oneway), "ONEWAY_FIELD": "enkel"}, feedback)
    assert "'vagar', field 'enkel': every line is one-way" in feedback.log


def test_legends_in_swedish(samplan_provider):
    from samplan.i18n.translation import install_translator, remove_translators

    links = memory_layer(
        "LineString",
        "field=is_bridge:integer&field=no_way_back:integer&field=detour_ratio:double",
        [("LINESTRING(0 0, 1 0)", [0, 0, 2.0])],
        "lankar",
    )
    access = memory_layer("Point", "field=time_min:double&field=dist_km:double", [("POINT(0 0)", [12.5, 3.0])], "bef")
    assert install_translator("sv")
    try:
        style_network_layer(links, "links")
        style_network_layer(access, "accessibility")
    finally:
        remove_translators()
    labels = [r.label() for r in links.renderer().rootRule().children()]
    assert labels[:4] == [
        "Brygga: ingen alternativ väg",
        "Enkelriktad, ingen väg tillbaka",
        "Omvägskvot upp till 1,5",
        "Omvägskvot 1,5–3",
    ]
    assert [r.label() for r in access.renderer().rootRule().children()][-1] == "Ingen väg till något mål"
    assert [r.label() for r in access.renderer().rootRule().children()][0] == "upp till 5 min"
