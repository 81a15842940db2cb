"""Links written as they come out of real street data: the T-junction of issue 11 (one input line becomes two links
at an interior vertex) written to GeoPackage, shapefile, memory and PostGIS, every row mapping back to its input
features without a primary-key clash."""

from __future__ import annotations

import uuid

import processing
import psycopg2
from psycopg2 import sql
from qgis.core import QgsDataSourceUri, QgsVectorLayer

from .conftest import RecordingFeedback, memory_layer, pg_parameters

T_JUNCTION = [
    ("LINESTRING(0 0, 100 0, 200 0)", ["a"]),
    ("LINESTRING(100 0, 100 100)", ["b"]),
    ("LINESTRING(200 0, 200 100, 100 100)", ["c"]),
]


def t_junction():
    return memory_layer("LineString", "field=namn:string", T_JUNCTION, "tkorsning")


def run(links, nodes="TEMPORARY_OUTPUT"):
    return processing.run(
        "samplan:linkcriticality",
        {"NETWORK": t_junction(), "CRS": "EPSG:3006", "DEMAND": 0, "LINKS": links, "NODES": nodes},
        feedback=RecordingFeedback(),
    )


def check(layer: QgsVectorLayer):
    """Hand-worked: the loop (100,0)-(200,0)-(200,100)-(100,100)-(100,0) is split at (200,100), its vertex farthest
    from the junction, so the stretches are line 1's first half (a bridge), line 1's second half with line 3's first
    (200 m), and line 3's second with line 2 (200 m); the detour around each of the two loop stretches is the other."""
    assert layer.isValid()
    rows = {f["fid_list"]: f for f in layer.getFeatures()}
    assert sorted(rows) == ["1", "1,3", "3,2"]
    assert [rows[k]["source_fid"] for k in ("1", "1,3", "3,2")] == [1, 1, 3]
    assert [round(rows[k].geometry().length(), 6) for k in ("1", "1,3", "3,2")] == [100.0, 200.0, 200.0]
    assert [rows[k]["is_bridge"] for k in ("1", "1,3", "3,2")] == [1, 0, 0]
    alt = [f for f in layer.fields().names() if f.startswith("alt_length")][0]  # shapefiles cut names at 10
    assert [rows[k][alt] for k in ("1,3", "3,2")] == [200.0, 200.0]
    assert sorted(f["link_id"] for f in layer.getFeatures()) == [1, 2, 3]


def test_t_junction_to_geopackage_shapefile_and_memory(samplan_provider, tmp_path):
    gpkg = tmp_path / "x.gpkg"
    result = run(str(gpkg), str(tmp_path / "nodes.gpkg"))
    check(QgsVectorLayer(result["LINKS"], "links", "ogr"))
    shp = tmp_path / "links.shp"
    check(QgsVectorLayer(run(str(shp))["LINKS"], "links", "ogr"))
    check(run("TEMPORARY_OUTPUT")["LINKS"])


def test_t_junction_to_postgis(samplan_provider, pg_dsn, pg_cleanup):
    schema = f"natverk_{uuid.uuid4().hex[:6]}"
    pg_cleanup["schemas"].append(schema)
    admin = psycopg2.connect(pg_dsn)
    with admin.cursor() as cursor:
        cursor.execute(sql.SQL("CREATE SCHEMA {}").format(sql.Identifier(schema)))
    admin.commit()
    admin.close()
    server = pg_parameters(pg_dsn)
    uri = QgsDataSourceUri()
    uri.setConnection(server["host"], server["port"], server["dbname"], server["user"], server["password"])
    uri.setDataSource(schema, "lankar", "geom", "", "")
    run(f"postgres:{uri.uri(False)}")
    uri.setKeyColumn("link_id")
    layer = QgsVectorLayer(uri.uri(False), "lankar", "postgres")
    check(layer)
