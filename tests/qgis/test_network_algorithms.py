"""samplan:linkcriticality and samplan:accessibility through processing.run: hand-worked layers, the sample region,
the Helsinki OpenStreetMap extract and the Dalarna tätorter and stops."""

from __future__ import annotations

import hashlib

import networkx as nx
import numpy as np
import pytest
import shapely
from qgis.core import QgsFeature, QgsGeometry, QgsProcessingException, QgsVectorLayer
from qgis.PyQt.QtCore import QVariant

import processing

from samplan.core.network import attach_points, build_network

from ..conftest import SHARED_DATA
from ..core.network_reference import nearest_by_splitting
from .conftest import RecordingFeedback, ensure_provider, memory_layer

HELSINKI = SHARED_DATA / "helsinki_centre.osm.pbf"
DALARNA = SHARED_DATA / "dalarna.gpkg"
LINE_FIELDS = "field=namn:string&field=hastighet:double&field=bro:integer&field=enkelriktad:string"


def is_null(value) -> bool:
    return (
        value is None
        or (isinstance(value, QVariant) and value.isNull())
        or (isinstance(value, float) and np.isnan(value))
    )


def rows_of(layer: QgsVectorLayer) -> list[dict]:
    return [
        dict(zip(layer.fields().names(), f.attributes())) | {"_geometry": f.geometry()} for f in layer.getFeatures()
    ]


def square_with_tail():
    return memory_layer(
        "LineString",
        LINE_FIELDS,
        [
            ("LINESTRING(0 0, 100 0)", ["AB", 36.0, 0, None]),
            ("LINESTRING(100 0, 100 100)", ["BC", 36.0, 0, None]),
            ("LINESTRING(100 100, 0 100)", ["CD", 36.0, 0, None]),
            ("LINESTRING(0 100, 0 0)", ["DA", 36.0, 0, None]),
            ("LINESTRING(100 0, 200 0)", ["BE", 36.0, 0, None]),
        ],
        "vagar",
    )


def criticality(parameters, feedback=None):
    base = {
        "NETWORK": square_with_tail(),
        "CRS": "EPSG:3006",
        "DEMAND": 0,
        "LINKS": "TEMPORARY_OUTPUT",
        "NODES": "TEMPORARY_OUTPUT",
    }
    base.update(parameters)
    return processing.run("samplan:linkcriticality", base, feedback=feedback or RecordingFeedback())


def test_link_criticality_hand_worked(samplan_provider):
    network = square_with_tail()
    before = hashlib.sha1(b"".join(bytes(f.geometry().asWkb()) for f in network.getFeatures())).hexdigest()
    people = memory_layer("Point", "field=bef:integer", [("POINT(200 2)", [50]), ("POINT(98 102)", [20])], "bef")
    centre = memory_layer("Point", "field=namn:string", [("POINT(10 -2)", ["A"])], "centrum")
    result = criticality(
        {
            "NETWORK": network,
            "SPEED_FIELD": "hastighet",
            "POPULATION": people,
            "POPULATION_FIELD": "bef",
            "CENTRES": centre,
            "MAX_CONNECTOR": 10,
        }
    )
    links = {r["fid_list"]: r for r in rows_of(result["LINKS"])}
    # One row per stretch. Only two lines meet at A, C and D: the square is a loop from B back to B, split at D
    # (its vertex farthest from B) into B-A-D and D-C-B, 200 m each and each the other's detour.
    assert sorted(links) == ["1,4", "3,2", "5"]
    for loop in ("1,4", "3,2"):
        assert links[loop]["length_m"] == pytest.approx(200.0) and links[loop]["alt_length_m"] == pytest.approx(200.0)
        assert links[loop]["alt_time_s"] == pytest.approx(20.0) and links[loop]["detour_ratio"] == pytest.approx(1.0)
        assert links[loop]["is_bridge"] == 0 and links[loop]["extra_m"] == pytest.approx(0.0)
    tail = links["5"]
    assert tail["is_bridge"] == 1 and tail["pop_cut_off"] == 50 and tail["rank"] == 1 and tail["source_fid"] == 5
    assert is_null(tail["alt_length_m"]) and is_null(tail["detour_ratio"])
    # Every line kept apart by a field that differs on each (its name): the links as they come, A-B's detour 300 m.
    apart = {
        r["fid_list"]: r
        for r in rows_of(criticality({"NETWORK": network, "SPEED_FIELD": "hastighet", "KEEP_APART": ["namn"]})["LINKS"])
    }
    assert sorted(apart) == ["1", "2", "3", "4", "5"]
    ab = apart["1"]
    assert (
        ab["is_bridge"] == 0 and ab["alt_length_m"] == pytest.approx(300.0) and ab["alt_time_s"] == pytest.approx(30.0)
    )
    assert ab["extra_m"] == pytest.approx(200.0) and ab["detour_ratio"] == pytest.approx(3.0)
    # People join the nearer end of their stretch: the centre B, the 20 near C join D; closing B cuts off both.
    nodes = rows_of(result["NODES"])
    assert [(n["_geometry"].asPoint().x(), n["pop_cut_off"]) for n in nodes] == [(100.0, 70)]
    assert result["BRIDGES"] == 1
    after = hashlib.sha1(b"".join(bytes(f.geometry().asWkb()) for f in network.getFeatures())).hexdigest()
    assert before == after


def test_grade_separation_field_keeps_a_bridge_apart(samplan_provider):
    cross = memory_layer(
        "LineString",
        LINE_FIELDS,
        [
            ("LINESTRING(-100 0, 0 0, 100 0)", ["väg", 50, 0, None]),
            ("LINESTRING(0 -100, 0 0, 0 100)", ["bro", 50, 1, None]),
        ],
        "korsning",
    )
    assert len(rows_of(criticality({"NETWORK": cross})["LINKS"])) == 4
    separated = rows_of(criticality({"NETWORK": cross, "GRADE_FIELD": "bro"})["LINKS"])
    assert sorted(r["fid_list"] for r in separated) == ["1", "2"]
    assert len(separated) == 2 and all(r["network_part"] in ("main", "loose") for r in separated)


def test_network_parts_in_swedish(samplan_provider):
    """The part of the network a link or node is in, in the user's words: by hand, the crossing with a bridge kept
    apart is two links that meet nothing, the longer one (by fid order, the road) the main part; the square with a
    tail is one main part, its articulation point B in it."""
    from samplan.i18n.translation import install_translator, remove_translators

    cross = memory_layer(
        "LineString",
        LINE_FIELDS,
        [
            ("LINESTRING(-100 0, 0 0, 100 0)", ["väg", 50, 0, None]),
            ("LINESTRING(0 -100, 0 0, 0 100)", ["bro", 50, 1, None]),
        ],
        "korsning",
    )
    assert install_translator("sv")
    try:
        separated = rows_of(criticality({"NETWORK": cross, "GRADE_FIELD": "bro"})["LINKS"])
        square = criticality({})
    finally:
        remove_translators()
    assert sorted(r["network_part"] for r in separated) == ["huvudnät", "lös länk"]
    assert {r["network_part"] for r in rows_of(square["LINKS"])} == {"huvudnät"}
    assert {r["network_part"] for r in rows_of(square["NODES"])} == {"huvudnät"}


def test_bad_input_is_named(samplan_provider):
    bad_speed = memory_layer("LineString", "field=fart:string", [("LINESTRING(0 0, 100 0)", ["fort"])], "vagnat")
    with pytest.raises(QgsProcessingException, match="vagnat.*fart.*fort"):
        criticality({"NETWORK": bad_speed, "SPEED_FIELD": "fart"})
    with pytest.raises(QgsProcessingException, match="class=km/h"):
        criticality({"CLASS_SPEEDS": "motorväg=snabb"})
    with pytest.raises(QgsProcessingException, match="OD table"):
        criticality({"DEMAND": 2})
    with pytest.raises(QgsProcessingException, match="degrees"):
        criticality({"CRS": "EPSG:4326"})


def test_od_table_trips(samplan_provider, tmp_path):
    zones = memory_layer(
        "Point",
        "field=zon:string&field=bef:integer",
        [
            ("POINT(0 -1)", ["A", 10]),
            ("POINT(200 1)", ["E", 5]),
            ("POINT(100 101)", ["C", 5]),
            ("POINT(1 1)", ["A2", 3]),
        ],
        "zoner",
    )
    od = tmp_path / "od.csv"
    od.write_text("origin;destination;trips\nA;C;30\nA;E;4\nX;A;1\nA2;A;7\n", encoding="utf-8")
    feedback = RecordingFeedback()
    # Each line its own stretch (kept apart by its name), so that A and C are nodes.
    result = criticality(
        {
            "SPEED_FIELD": "hastighet",
            "POPULATION": zones,
            "POPULATION_FIELD": "bef",
            "ZONE_FIELD": "zon",
            "DEMAND": 2,
            "OD_TABLE": str(od),
            "MAX_CONNECTOR": 10,
            "KEEP_APART": ["namn"],
        },
        feedback,
    )
    links = {r["fid_list"]: r for r in rows_of(result["LINKS"])}
    # A-C runs A-D-C or A-B-C (200 m at 10 m/s, 20 s); closing BC, CD or DA: the other way is as long.
    assert all(links[k]["total_delay"] == pytest.approx(0.0) for k in ("2", "3", "4"))
    assert links["1"]["total_delay"] == pytest.approx(4 * 20 / 3600)
    # A-E: 4 trips over AB then BE; closing AB costs 300 - 100 = 200 m at 10 m/s = 20 s each; closing BE strands them.
    assert links["1"]["importance"] == pytest.approx(4 * 20 / 34 / 60)
    assert links["5"]["unsatisfied_trips"] == pytest.approx(4.0)
    assert "X" in feedback.log
    # A2 joins the network at A's node: the two count as one zone, and the 7 trips between them are named as left out.
    assert "the 7 trip(s) between them are left out: A, A2." in feedback.log, feedback.log
    od.write_text("origin;destination;trips\nA;C;many\n", encoding="utf-8")
    with pytest.raises(QgsProcessingException, match="line 2.*trips"):
        criticality({"POPULATION": zones, "ZONE_FIELD": "zon", "DEMAND": 2, "OD_TABLE": str(od)})


def test_cancel_leaves_no_output(samplan_provider, tmp_path):
    out = tmp_path / "links.gpkg"
    with pytest.raises(QgsProcessingException, match="Cancelled"):
        criticality({"LINKS": str(out), "NODES": "TEMPORARY_OUTPUT"}, RecordingFeedback(cancel_at=1))
    assert not out.exists()


@pytest.fixture(scope="module")
def region(qgis_processing, tmp_path_factory):
    ensure_provider()
    path = tmp_path_factory.mktemp("region") / "region.gpkg"
    processing.run("samplan:sampleregion", {"SEED": 2026, "SCALE": 1, "OUTPUT": str(path)})
    return path


def test_sample_region_weak_links(samplan_provider, region):
    towns = QgsVectorLayer(f"{region}|layername=tatorter", "tatorter", "ogr")
    centre = [f for f in towns.getFeatures() if f["namn"] == "Älvstad"][0].geometry().pointOnSurface().asWkt()
    result = criticality(
        {
            "NETWORK": f"{region}|layername=vagar",
            "SPEED_FIELD": "hastighet",
            "CLASS_FIELD": "kategori",
            "POPULATION": f"{region}|layername=befolkning_250m",
            "POPULATION_FIELD": "befolkning",
            "CENTRES": memory_layer("Point", "field=namn:string", [(centre, ["Älvstad"])], "centrum"),
            "MAX_CONNECTOR": 2000,
            "DEMAND": 1,
        }
    )
    roads = {f.id(): f for f in QgsVectorLayer(f"{region}|layername=vagar", "vagar", "ogr").getFeatures()}
    links = sorted(rows_of(result["LINKS"]), key=lambda r: r["rank"])

    def bridge_road(r):
        """The road number of the river bridge among the stretch's features, or None."""
        return next((roads[int(f)]["vagnummer"] for f in r["fid_list"].split(",") if roads[int(f)]["bro"] == 1), None)

    river = [r for r in links if bridge_road(r) is not None]
    assert bridge_road(river[0]) == "603"  # Holmbron first among the river bridges
    assert river[0]["is_bridge"] == 1 and river[0]["pop_cut_off"] > 500
    assert all(r["is_bridge"] == 0 and r["alt_length_m"] > 0 for r in river[1:])
    assert sum(r["total_delay"] or 0 for r in links) > 0
    # Independent brute force over the output graph: every person joins the nearer end of the nearest link within
    # 2000 m (shapely), and cutting each link in turn (networkx) leaves some of them apart from Älvstad's node.
    geometries = np.array([shapely.from_wkt(r["_geometry"].asWkt()) for r in links])
    tree = shapely.STRtree(geometries)

    def nearest_node(points):
        hit_point, hit_link = tree.query_nearest(points, max_distance=2000, all_matches=False)
        node = np.full(len(points), -1)
        along = shapely.line_locate_point(geometries[hit_link], points[hit_point], normalized=True)
        node[hit_point] = [links[k]["from_node"] if a <= 0.5 else links[k]["to_node"] for k, a in zip(hit_link, along)]
        return node

    grid = list(QgsVectorLayer(f"{region}|layername=befolkning_250m", "g", "ogr").getFeatures())
    people = np.array([float(f["befolkning"] or 0) for f in grid])
    person_node = nearest_node(np.array([shapely.from_wkt(f.geometry().pointOnSurface().asWkt()) for f in grid]))
    centre_node = int(nearest_node(np.array([shapely.from_wkt(centre)]))[0])
    graph = nx.MultiGraph()
    graph.add_edges_from((r["from_node"], r["to_node"], k) for k, r in enumerate(links))
    expected = []
    for k, r in enumerate(links):
        graph.remove_edge(r["from_node"], r["to_node"], k)
        inside = nx.node_connected_component(graph, centre_node)
        expected.append(people[(person_node >= 0) & ~np.isin(person_node, list(inside))].sum())
        graph.add_edge(r["from_node"], r["to_node"], k)
    expected = np.array(expected)
    assert np.allclose([r["pop_cut_off"] for r in links], expected)
    assert links[0]["pop_cut_off"] == pytest.approx(expected.max()) and expected.max() > 500
    # The weak links by construction (Holmbron, the dead-end roads to the towns): every link that cuts people off
    # ranks exactly where its brute-force cut-off puts it, between the links cutting off more and those cutting off
    # as many (ties are broken by the other keys).
    weak = np.flatnonzero(expected > 0)
    assert roads[links[0]["source_fid"]] is not None and len(weak) > 5
    for k in weak:
        first, last = 1 + int((expected > expected[k]).sum()), int((expected >= expected[k]).sum())
        assert first <= links[k]["rank"] <= last, (links[k]["fid_list"], links[k]["rank"], first, last)
    holmbron = [k for k in weak if bridge_road(links[k]) is not None]
    assert len(holmbron) == 1 and bridge_road(links[holmbron[0]]) == "603"


@pytest.mark.skipif(not HELSINKI.exists(), reason=f"real data not found at {HELSINKI}")
def test_helsinki_osm_lines_build_a_valid_graph(samplan_provider):
    lines = QgsVectorLayer(f"{HELSINKI}|layername=lines", "lines", "ogr")
    assert lines.isValid()
    lines.setSubsetString("highway IS NOT NULL")
    # A grade separation flag from the OSM tags: bridges and tunnels.
    copy = memory_layer(
        "LineString", "field=osm_id:string&field=highway:string&field=grade:integer", [], "helsinki", "EPSG:4326"
    )
    features = []
    for f in lines.getFeatures():
        tags = f["other_tags"] or ""
        feature = QgsFeature(copy.fields())
        feature.setGeometry(f.geometry())
        feature.setAttributes([f["osm_id"], f["highway"], int('"bridge"=>' in tags or '"tunnel"=>' in tags)])
        features.append(feature)
    copy.dataProvider().addFeatures(features)
    assert len(features) > 500 and any(f["grade"] for f in features)
    plain = rows_of(criticality({"NETWORK": copy, "CRS": "EPSG:3067", "TOLERANCE": 1.0})["LINKS"])
    graded = rows_of(
        criticality({"NETWORK": copy, "CRS": "EPSG:3067", "TOLERANCE": 1.0, "GRADE_FIELD": "grade"})["LINKS"]
    )
    from qgis.core import QgsCoordinateReferenceSystem, QgsCoordinateTransform, QgsProject

    to_metres = QgsCoordinateTransform(copy.crs(), QgsCoordinateReferenceSystem("EPSG:3067"), QgsProject.instance())
    total = 0.0
    for f in copy.getFeatures():
        g = f.geometry()
        g.transform(to_metres)
        total += g.length()
    for links, kept in ((plain, 0.999), (graded, 0.995)):
        # Links partition the lines: every metre once, none of zero length, each link carrying its OSM feature. Only
        # closed ways meeting nothing else (loops of one link; more of them where bridges and tunnels meet nothing
        # midway) are left out, and they are few: a 1 m snap tolerance never merges neighbouring vertices of one way.
        assert total * kept < sum(r["length_m"] for r in links) <= total * (1 + 1e-9)
        assert all(r["length_m"] > 0 for r in links)
        assert len({f for r in links for f in r["fid_list"].split(",")}) > 0.99 * len(features)
        assert sum(r["network_part"] == "main" for r in links) > 0.8 * len(links)
    # Bridges and tunnels no longer meet what passes under them at shared vertices: fewer splits.
    assert len(graded) < len(plain)


def accessibility(parameters, feedback=None):
    base = {
        "NETWORK": square_with_tail(),
        "CRS": "EPSG:3006",
        "OUTPUT": "TEMPORARY_OUTPUT",
        "SUMMARY": "TEMPORARY_OUTPUT",
        "CHANGE": "TEMPORARY_OUTPUT",
        "CHANGE_SUMMARY": "TEMPORARY_OUTPUT",
    }
    base.update(parameters)
    return processing.run("samplan:accessibility", base, feedback=feedback or RecordingFeedback())


def test_accessibility_hand_worked_before_and_after(samplan_provider):
    line = memory_layer(
        "LineString", LINE_FIELDS, [("LINESTRING(0 0, 2000 0, 2000 1000)", ["L1", 36.0, 0, None])], "vag"
    )
    people = memory_layer(
        "Polygon", "field=bef:integer", [("POLYGON((-20 -10, 0 -10, 0 10, -20 10, -20 -10))", [10])], "rutor"
    )
    target = memory_layer(
        "Point",
        "field=namn:string&field=bef:integer",
        [("POINT(2010 1000)", ["Stad", 5000]), ("POINT(0 500)", ["By", 100])],
        "orter",
    )
    added = memory_layer("LineString", LINE_FIELDS, [("LINESTRING(0 0, 2000 1000)", ["ny", 36.0, 0, None])], "ny_vag")
    result = accessibility(
        {
            "NETWORK": line,
            "SPEED_FIELD": "hastighet",
            "POPULATION": people,
            "POPULATION_FIELD": "bef",
            "DESTINATIONS": target,
            "DESTINATION_NAME": "namn",
            "SIZE_FIELD": "bef",
            "MIN_SIZE": 3000,
            "MAX_CONNECTOR": 50,
            "CONNECTOR_SPEED": 36,
            "ADDED_LINKS": added,
        }
    )
    row = rows_of(result["OUTPUT"])[0]
    # Point inside the square at (-10, 0): 10 m connector, 3000 m of road, 10 m connector, all at 10 m/s.
    assert row["nearest_by_distance"] == "Stad" and row["nearest_by_time"] == "Stad"
    assert row["dist_km"] == pytest.approx(3.020) and row["time_min"] == pytest.approx(302 / 60)
    assert row["_geometry"].area() == pytest.approx(400.0)
    change = rows_of(result["CHANGE"])[0]
    assert change["dist_km_change"] == pytest.approx((np.hypot(2000, 1000) + 20 - 3020) / 1000)
    summary = {r["municipality"]: r for r in rows_of(result["CHANGE_SUMMARY"])}
    assert summary["Whole area"]["mean_dist_km_change"] == pytest.approx(change["dist_km_change"])
    cut = accessibility(
        {"NETWORK": line, "POPULATION": people, "DESTINATIONS": target, "MAX_CONNECTOR": 50, "CUT_IDS": "1"}
    )
    assert is_null(rows_of(cut["CHANGE"])[0]["dist_km_after"])
    with pytest.raises(QgsProcessingException, match="network layer 'vag' has the feature id\\(s\\) 7"):
        accessibility({"NETWORK": line, "POPULATION": people, "DESTINATIONS": target, "CUT_IDS": "7"})
    with pytest.raises(QgsProcessingException, match="orter"):
        accessibility(
            {"NETWORK": line, "POPULATION": people, "DESTINATIONS": target, "SIZE_FIELD": "bef", "MIN_SIZE": 1e9}
        )


def test_accessibility_iso_areas_hand_worked(samplan_provider):
    """The road runs 2 km east and 1 km north to the town, 10 m off its end, at 36 km/h (10 m/s): the 1 km iso-area
    covers the last 990 m of road (10 m go to the connector), the 1 minute one the last 590 m, each buffered by 50 m.
    Without the output asked for, none is made."""
    line = memory_layer(
        "LineString", LINE_FIELDS, [("LINESTRING(0 0, 2000 0, 2000 1000)", ["L1", 36.0, 0, None])], "vag"
    )
    people = memory_layer("Point", "field=bef:integer", [("POINT(1000 5)", [10])], "folk")
    target = memory_layer(
        "Point",
        "field=namn:string&field=bef:integer",
        [("POINT(2010 1000)", ["Stad", 5000]), ("POINT(0 500)", ["By", 100])],
        "orter",
    )
    result = accessibility(
        {
            "NETWORK": line,
            "SPEED_FIELD": "hastighet",
            "POPULATION": people,
            "POPULATION_FIELD": "bef",
            "DESTINATIONS": target,
            "DESTINATION_NAME": "namn",
            "SIZE_FIELD": "bef",
            "MIN_SIZE": 3000,
            "MAX_CONNECTOR": 50,
            "CONNECTOR_SPEED": 36,
            "DISTANCES": "1",
            "TIMES": "1",
            "ISO_BUFFER": 50,
            "ISO_AREAS": "TEMPORARY_OUTPUT",
        }
    )
    areas = {(r["destination"], r["criterion"], r["threshold"], r["unit"]): r for r in rows_of(result["ISO_AREAS"])}
    assert set(areas) == {("Stad", "distance", 1.0, "km"), ("Stad", "time", 1.0, "min")}
    for key, reached in ((("Stad", "distance", 1.0, "km"), 990.0), (("Stad", "time", 1.0, "min"), 590.0)):
        geometry = areas[key]["_geometry"]
        assert geometry.area() == pytest.approx(reached * 100 + np.pi * 50**2, rel=2e-3)
        assert areas[key]["area_km2"] == pytest.approx(geometry.area() / 1e6, rel=1e-6)
        assert geometry.contains(QgsGeometry.fromWkt(f"POINT(2000 {1000 - reached + 5})"))
        assert not geometry.intersects(QgsGeometry.fromWkt(f"POINT(2000 {1000 - reached - 55})"))
    plain = accessibility({"NETWORK": line, "POPULATION": people, "DESTINATIONS": target, "MAX_CONNECTOR": 50})
    assert "ISO_AREAS" not in plain or plain["ISO_AREAS"] is None


def test_longest_connector_of_zero_is_refused(samplan_provider):
    """0 m used to mean 'no limit' without saying so: it is refused now."""
    people = memory_layer("Point", "field=bef:integer", [("POINT(50 -10)", [7])], "rutor")
    target = memory_layer("Point", "field=namn:string", [("POINT(0 110)", ["Stad"])], "orter")
    with pytest.raises(QgsProcessingException, match="MAX_CONNECTOR"):
        accessibility({"POPULATION": people, "DESTINATIONS": target, "MAX_CONNECTOR": 0})


def test_planned_link_ending_partway_along_a_road(samplan_provider):
    """A T-junction: the planned link ends at (500, 0), partway along road A; B was not connected before."""
    roads = memory_layer(
        "LineString",
        LINE_FIELDS,
        [("LINESTRING(0 0, 2000 0)", ["A", 36.0, 0, None]), ("LINESTRING(500 800, 500 1500)", ["B", 36.0, 0, None])],
        "vagar",
    )
    people = memory_layer("Point", "field=bef:integer", [("POINT(510 1200)", [10])], "rutor")
    target = memory_layer("Point", "field=namn:string", [("POINT(2000 10)", ["Stad"])], "orter")
    added = memory_layer("LineString", LINE_FIELDS, [("LINESTRING(500 800, 500 0)", ["ny", 36.0, 0, None])], "ny_vag")
    feedback = RecordingFeedback()
    result = accessibility(
        {
            "NETWORK": roads,
            "POPULATION": people,
            "POPULATION_FIELD": "bef",
            "DESTINATIONS": target,
            "MAX_CONNECTOR": 50,
            "ADDED_LINKS": added,
        },
        feedback,
    )
    change = rows_of(result["CHANGE"])[0]
    assert is_null(change["dist_km_before"])
    # 10 m connector + 400 m along B + 800 m planned + 1500 m along A + 10 m connector.
    assert change["dist_km_after"] == pytest.approx(2.720)
    # The changed network's own summary is reported too: 4 links, 5 nodes, one network.
    assert any(i.startswith("Changed network: Network: 4 links, 5 nodes") for i in feedback.infos), feedback.infos


def test_municipalities_are_read_as_every_algorithm_reads_reporting_units(samplan_provider):
    """No name field chosen: the first name-like text field names them, and the run says which (inputs.read_units)."""
    people = memory_layer("Point", "field=bef:integer", [("POINT(50 -10)", [7]), ("POINT(150 10)", [3])], "rutor")
    target = memory_layer("Point", "field=namn:string", [("POINT(0 110)", ["Stad"])], "orter")
    units = memory_layer(
        "Polygon",
        "field=kod:integer&field=kommun:string",
        [
            ("POLYGON((-50 -50, 100 -50, 100 200, -50 200, -50 -50))", [1, "Västby"]),
            ("POLYGON((100 -50, 300 -50, 300 200, 100 200, 100 -50))", [2, "Östby"]),
        ],
        "kommuner",
    )
    feedback = RecordingFeedback()
    result = accessibility(
        {
            "POPULATION": people,
            "POPULATION_FIELD": "bef",
            "DESTINATIONS": target,
            "MUNICIPALITIES": units,
            "MAX_CONNECTOR": 50,
        },
        feedback,
    )
    assert "Municipalities layer 'kommuner': names taken from the field 'kommun'." in feedback.infos
    summary = {r["municipality"]: r["population"] for r in rows_of(result["SUMMARY"])}
    assert summary == {"Whole area": 10, "Västby": 7, "Östby": 3}


@pytest.mark.skipif(not DALARNA.exists(), reason=f"real data not found at {DALARNA}")
def test_dalarna_tatorter_and_stops_as_destinations(samplan_provider):
    """Dalarna holds no roads: a 5 km grid of lines over the county's extent stands in for the network, the tätorter
    are the population, and the tätorter of at least 3,000 inhabitants, or the stops, are the destinations."""
    municipalities = QgsVectorLayer(f"{DALARNA}|layername=kommuner", "kommuner", "ogr")
    extent = municipalities.extent()
    xs = np.arange(extent.xMinimum() - 5000, extent.xMaximum() + 5000, 5000.0)
    ys = np.arange(extent.yMinimum() - 5000, extent.yMaximum() + 5000, 5000.0)
    rows = [(f"LINESTRING({x0} {y}, {x1} {y})", ["", 70.0, 0, None]) for y in ys for x0, x1 in zip(xs[:-1], xs[1:])]
    rows += [(f"LINESTRING({x} {y0}, {x} {y1})", ["", 70.0, 0, None]) for x in xs for y0, y1 in zip(ys[:-1], ys[1:])]
    grid = memory_layer("LineString", LINE_FIELDS, rows, "rutnat")
    towns = f"{DALARNA}|layername=tatorter"
    result = accessibility(
        {
            "NETWORK": grid,
            "SPEED_FIELD": "hastighet",
            "POPULATION": towns,
            "POPULATION_FIELD": "pop",
            "DESTINATIONS": towns,
            "DESTINATION_NAME": "name",
            "SIZE_FIELD": "pop",
            "MIN_SIZE": 3000,
            "MUNICIPALITIES": municipalities,
            "MUNICIPALITY_FIELD": "name",
            "MAX_CONNECTOR": 5000,
        }
    )
    features = rows_of(result["OUTPUT"])
    assert len(features) == 108 and all(r["dist_km"] is not None for r in features)
    # Independent: every point split into its grid line, one networkx search per origin.
    town_layer = QgsVectorLayer(towns, "t", "ogr")
    points = np.array([shapely.from_wkt(f.geometry().asWkt()) for f in town_layer.getFeatures()])
    big = np.array([f["pop"] >= 3000 for f in town_layer.getFeatures()])
    lines = np.array([shapely.from_wkt(w) for w, _ in rows])
    network = build_network(np.arange(len(lines)), lines, 0.5)
    reference = nearest_by_splitting(
        network, network.length_m, attach_points(network, points, 5000), attach_points(network, points[big], 5000)
    )
    by_fid = {r["fid"]: r["dist_km"] for r in features}
    ours = np.array([by_fid[f.id()] for f in town_layer.getFeatures()])
    assert np.allclose(ours, reference / 1000, rtol=1e-9)
    summary = {r["municipality"]: r for r in rows_of(result["SUMMARY"])}
    assert "Falun" in summary and summary["Whole area"]["population"] == pytest.approx(
        sum(f["pop"] for f in town_layer.getFeatures())
    )
    # The stops as destinations: every town has one near (the grid takes them within the connector).
    stops = accessibility(
        {
            "NETWORK": grid,
            "POPULATION": towns,
            "POPULATION_FIELD": "pop",
            "DESTINATIONS": f"{DALARNA}|layername=hallplatser",
            "DESTINATION_NAME": "namn"
            if QgsVectorLayer(f"{DALARNA}|layername=hallplatser", "h", "ogr").fields().lookupField("namn") >= 0
            else None,
            "MAX_CONNECTOR": 5000,
        }
    )
    near = [r["dist_km"] for r in rows_of(stops["OUTPUT"])]
    assert all(d is not None for d in near) and max(near) < max(ours)


def test_expert_settings_are_advanced_and_the_form_keeps_the_essentials(samplan_provider):
    """The first screen of each form holds what a planner must choose; the rest is under Advanced parameters."""
    from samplan.qgis_adapter.compat import ADVANCED_PARAMETER

    def advanced(algorithm_id):
        algorithm = samplan_provider.algorithm(algorithm_id)
        return {p.name() for p in algorithm.parameterDefinitions() if p.flags() & ADVANCED_PARAMETER}, algorithm

    weak, algorithm = advanced("linkcriticality")
    assert {
        "CLASS_FIELD",
        "CLASS_SPEEDS",
        "DEFAULT_SPEED",
        "ONEWAY_FIELD",
        "GRADE_FIELD",
        "TOLERANCE",
        "MAX_CONNECTOR",
        "CRS",
        "ZONE_FIELD",
        "DEMAND",
        "OD_TABLE",
        "TRIPS_PER_PERSON",
        "DECAY",
        "KEEP_APART",
    } == weak
    visible = [
        p.name()
        for p in algorithm.parameterDefinitions()
        if not p.flags() & ADVANCED_PARAMETER and not p.isDestination()
    ]
    assert visible == ["NETWORK", "SPEED_FIELD", "POPULATION", "POPULATION_FIELD", "CENTRES"]
    access, algorithm = advanced("accessibility")
    visible = [
        p.name()
        for p in algorithm.parameterDefinitions()
        if not p.flags() & ADVANCED_PARAMETER and not p.isDestination()
    ]
    assert visible == [
        "NETWORK",
        "SPEED_FIELD",
        "POPULATION",
        "POPULATION_FIELD",
        "DESTINATIONS",
        "DESTINATION_NAME",
        "SIZE_FIELD",
        "MIN_SIZE",
        "MUNICIPALITIES",
    ]
    regions, algorithm = advanced("functionalregions")
    visible = [
        p.name()
        for p in algorithm.parameterDefinitions()
        if not p.flags() & ADVANCED_PARAMETER and not p.isDestination()
    ]
    assert visible == ["ZONES", "ZONE_CODE", "ZONE_NAME", "COMMUTING_FILE", "COMMUTING_TABLE", "METHOD"]
    # Each method's settings are named by their method.
    method_settings = [
        algorithm.parameterDefinition(n).description()
        for n in ("MAX_OUT_SHARE", "MAX_SINGLE_SHARE", "MIN_SC", "TARGET_SC", "MIN_SIZE", "TARGET_SIZE")
    ]
    assert [d.split(":")[0] for d in method_settings] == ["SCB", "SCB"] + ["Travel-to-work areas"] * 4
    _, algorithm = advanced("comparedrafts")
    visible = [
        p.name()
        for p in algorithm.parameterDefinitions()
        if not p.flags() & ADVANCED_PARAMETER and not p.isDestination()
    ]
    assert visible == [
        "VERSIONS",
        "VERSION_LINES",
        "VERSION_NAMES",
        "PLAN_FIELD",
        "AGRICULTURE",
        "FLOOD",
        "PROTECTED",
        "STATIONS",
        "STOPS",
        "SETTLEMENT",
        "INFRASTRUCTURE",
        "GREEN_BLUE",
        "OTHER",
        "MUNICIPALITIES",
        "LANGUAGE",
    ]


def test_a_field_named_like_a_speed_or_a_population_is_offered_and_used(samplan_provider, sample_region, tmp_path):
    """The speed field defaults to hastighet (QGIS's form selects it when the layer has it); a network whose speed
    field is called maxspeed gets that one in a run that names none; the times agree with an explicit choice."""
    import processing
    from qgis.core import QgsVectorLayer

    from samplan.algorithms.network_parameters import SPEED_FIELD

    algorithm = samplan_provider.algorithm("linkcriticality")
    assert algorithm.parameterDefinition(SPEED_FIELD).defaultValue() == "hastighet"
    assert algorithm.parameterDefinition("POPULATION_FIELD").defaultValue() == "befolkning"
    assert (
        samplan_provider.algorithm("functionalregions").parameterDefinition("ZONE_NAME").defaultValue() == "kommunnamn"
    )
    roads = QgsVectorLayer(f"{sample_region}|layername=vagar", "vagar", "ogr")
    renamed = processing.run(
        "native:renametablefield",
        {"INPUT": roads, "FIELD": "hastighet", "NEW_NAME": "maxspeed", "OUTPUT": str(tmp_path / "osm.gpkg")},
    )["OUTPUT"]
    population = f"{sample_region}|layername=befolkning_250m"
    common = {"POPULATION": population, "CENTRES": f"{sample_region}|layername=stationer", "DEMAND": 0}
    guessed = processing.run("samplan:linkcriticality", {"NETWORK": renamed, **common, "LINKS": "memory:"})["LINKS"]
    chosen = processing.run(
        "samplan:linkcriticality",
        {"NETWORK": renamed, "SPEED_FIELD": "maxspeed", "POPULATION_FIELD": "befolkning", **common, "LINKS": "memory:"},
    )["LINKS"]
    without = processing.run(
        "samplan:linkcriticality", {"NETWORK": renamed, "SPEED_FIELD": "", **common, "LINKS": "memory:"}
    )["LINKS"]

    def column(layer, name):
        values = [f[name] for f in layer.getFeatures()]
        return sorted(round(v, 6) if isinstance(v, (int, float)) else -1.0 for v in values)

    assert column(guessed, "time_s") == column(chosen, "time_s") != column(without, "time_s")
    assert set(column(without, "time_s")) == {-1.0}  # without a speed there are no times at all
    assert column(guessed, "pop_cut_off") == column(chosen, "pop_cut_off")
