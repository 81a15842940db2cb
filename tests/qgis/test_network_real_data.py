"""Both network algorithms (and area disruptions) on roads as they really come: the sample region's NVDB-style
layer (split at attribute changes, junctions at interior vertices, multi-part features) and the OpenStreetMap ways
of central Helsinki, each output written as GeoPackage, shapefile, memory layer and PostGIS table."""

from __future__ import annotations

import uuid

import processing
import psycopg2
import pytest
import shapely
from psycopg2 import sql
from qgis.core import QgsDataSourceUri, QgsFeature, QgsVectorLayer

from ..conftest import SHARED_DATA
from .conftest import RecordingFeedback, pg_parameters

HELSINKI = SHARED_DATA / "helsinki_centre.osm.pbf"
FORMATS = ("gpkg", "shp", "memory", "postgis")


@pytest.fixture()
def destinations(tmp_path, pg_dsn, pg_cleanup):
    """A destination and a reader for each output format."""
    schema = f"utdata_{uuid.uuid4().hex[:6]}"
    pg_cleanup["schemas"].append(schema)
    admin = psycopg2.connect(pg_dsn)
    with admin.cursor() as cursor:
        cursor.execute(sql.SQL("CREATE SCHEMA {}").format(sql.Identifier(schema)))
    admin.commit()
    admin.close()
    server = pg_parameters(pg_dsn)

    def uri(table, key=""):
        u = QgsDataSourceUri()
        u.setConnection(server["host"], server["port"], server["dbname"], server["user"], server["password"])
        u.setDataSource(schema, table, "geom", "", key)
        return u

    def destination(kind, name):
        return {
            "gpkg": str(tmp_path / f"{name}.gpkg"),
            "shp": str(tmp_path / f"{name}.shp"),
            "memory": "TEMPORARY_OUTPUT",
            "postgis": f"postgres:{uri(name).uri(False)}",
        }[kind]

    def read(kind, name, value, key):
        if kind == "memory":
            return value
        if kind == "postgis":
            return QgsVectorLayer(uri(name, key).uri(False), name, "postgres")
        return QgsVectorLayer(value, name, "ogr")

    return destination, read


@pytest.mark.parametrize("kind", FORMATS)
def test_nvdb_roads_in_every_format(samplan_provider, sample_region, destinations, kind):
    destination, read = destinations
    roads = f"{sample_region}|layername=vagar_nvdb"
    nvdb = QgsVectorLayer(roads, "vagar_nvdb", "ogr")
    total = sum(f.geometry().length() for f in nvdb.getFeatures())
    multi = sum(f.geometry().constGet().numGeometries() > 1 for f in nvdb.getFeatures())
    assert multi > 0
    result = processing.run(
        "samplan:linkcriticality",
        {
            "NETWORK": roads,
            "SPEED_FIELD": "hastighet",
            "POPULATION": f"{sample_region}|layername=befolkning_250m",
            "POPULATION_FIELD": "befolkning",
            "CENTRES": f"{sample_region}|layername=stationer",
            "MAX_CONNECTOR": 2000,
            "DEMAND": 0,
            "CRS": "EPSG:3006",
            "LINKS": destination(kind, "lankar"),
            "NODES": destination(kind, "noder"),
        },
        feedback=RecordingFeedback(),
    )
    links = read(kind, "lankar", result["LINKS"], "link_id")
    assert links.isValid()
    rows = list(links.getFeatures())
    # The same 755 stretches as the region's two-vertex segments give (tests/core/test_sample_nvdb.py), every
    # metre once, every NVDB feature in exactly one stretch's fid list.
    assert len(rows) == 755
    assert sum(f.geometry().length() for f in rows) == pytest.approx(total, rel=1e-9)
    members = sorted(int(x) for f in rows for x in f["fid_list"].split(","))
    assert len(set(members)) == nvdb.featureCount()
    assert sum(f["is_bridge"] for f in rows) > 5
    access = processing.run(
        "samplan:accessibility",
        {
            "NETWORK": roads,
            "SPEED_FIELD": "hastighet",
            "POPULATION": f"{sample_region}|layername=befolkning_250m",
            "POPULATION_FIELD": "befolkning",
            "DESTINATIONS": f"{sample_region}|layername=tatorter",
            "DESTINATION_NAME": "namn",
            "CRS": "EPSG:3006",
            "OUTPUT": destination(kind, "tillganglighet"),
            "SUMMARY": "TEMPORARY_OUTPUT",
            "CHANGE": "TEMPORARY_OUTPUT",
            "CHANGE_SUMMARY": "TEMPORARY_OUTPUT",
        },
        feedback=RecordingFeedback(),
    )
    features = read(kind, "tillganglighet", access["OUTPUT"], "fid" if kind == "postgis" else "")
    assert features.isValid()
    grid = QgsVectorLayer(f"{sample_region}|layername=befolkning_250m", "g", "ogr")
    assert features.featureCount() == grid.featureCount()
    disruption = processing.run(
        "samplan:areadisruption",
        {
            "NETWORK": roads,
            "SPEED_FIELD": "hastighet",
            "HAZARDS": f"{sample_region}|layername=oversvamning_100ar",
            "POPULATION": f"{sample_region}|layername=befolkning_250m",
            "POPULATION_FIELD": "befolkning",
            "CENTRES": f"{sample_region}|layername=stationer",
            "MAX_CONNECTOR": 2000,
            "DEMAND": 0,
            "CRS": "EPSG:3006",
            "AREAS": destination(kind, "avbrott"),
            "FEATURES": destination(kind, "avbrott_bef"),
            "CLOSED": destination(kind, "avbrott_lankar"),
        },
        feedback=RecordingFeedback(),
    )
    areas = read(kind, "avbrott", disruption["AREAS"], "area_id")
    closed = read(kind, "avbrott_lankar", disruption["CLOSED"], "")
    assert areas.isValid() and closed.isValid()
    cut, closing = (
        ("pop_cut_of", "links_clos") if kind == "shp" else ("pop_cut_off", "links_closed")
    )  # shapefile names: 10 letters
    assert sum(f[cut] for f in areas.getFeatures()) > 1000
    assert closed.featureCount() == sum(f[closing] for f in areas.getFeatures())


def copy_osm(layer_name, geometry_type, subset, every=1):
    source = QgsVectorLayer(f"{HELSINKI}|layername={layer_name}", layer_name, "ogr")
    assert source.isValid()
    source.setSubsetString(subset)
    copy = QgsVectorLayer(f"{geometry_type}?crs=EPSG:4326&field=osm_id:string", f"helsinki_{layer_name}", "memory")
    features = []
    for k, f in enumerate(source.getFeatures()):
        if k % every == 0 and f.hasGeometry():
            feature = QgsFeature(copy.fields())
            feature.setGeometry(f.geometry())
            feature.setAttributes([f["osm_id"]])
            features.append(feature)
    copy.dataProvider().addFeatures(features)
    return copy


@pytest.mark.skipif(not HELSINKI.exists(), reason=f"real data not found at {HELSINKI}")
@pytest.mark.parametrize("kind", FORMATS)
def test_helsinki_osm_ways_in_every_format(samplan_provider, destinations, kind):
    destination, read = destinations
    # OSM's driver cannot count features: copies in memory (EPSG:4326, transformed by the algorithms).
    lines = copy_osm(
        "lines",
        "LineString",
        "highway IS NOT NULL AND highway NOT IN ('footway','steps','path','cycleway','pedestrian')",
    )
    points = copy_osm("points", "Point", "")
    assert lines.featureCount() > 500 and points.featureCount() > 100
    result = processing.run(
        "samplan:linkcriticality",
        {
            "NETWORK": lines,
            "CRS": "EPSG:3067",
            "TOLERANCE": 1.0,
            "POPULATION": points,
            "DEMAND": 0,
            "LINKS": destination(kind, "hki_lankar"),
            "NODES": destination(kind, "hki_noder"),
        },
        feedback=RecordingFeedback(),
    )
    links = read(kind, "hki_lankar", result["LINKS"], "link_id")
    rows = list(links.getFeatures())
    osm_ids = {f.id() for f in lines.getFeatures()}
    members = {int(x) for f in rows for x in f["fid_list"].split(",")}
    assert members <= osm_ids and len(members) > 0.99 * len(osm_ids)
    # Stretches: far fewer rows than OSM splits ways into links, none of zero length.
    assert 0 < len(rows) and all(f.geometry().length() > 0 for f in rows)
    ends = [shapely.get_coordinates(shapely.from_wkt(f.geometry().asWkt())) for f in rows[:50]]
    assert all(len(c) >= 2 for c in ends)
    nodes = read(kind, "hki_noder", result["NODES"], "node_id")
    assert nodes.isValid() and nodes.featureCount() > 0
    access = processing.run(
        "samplan:accessibility",
        {
            "NETWORK": lines,
            "CRS": "EPSG:3067",
            "TOLERANCE": 1.0,
            "POPULATION": points,
            "DESTINATIONS": copy_osm("points", "Point", "", every=50),
            "MIN_SIZE": 0,
            "OUTPUT": destination(kind, "hki_tillg"),
            "SUMMARY": "TEMPORARY_OUTPUT",
            "CHANGE": "TEMPORARY_OUTPUT",
            "CHANGE_SUMMARY": "TEMPORARY_OUTPUT",
        },
        feedback=RecordingFeedback(),
    )
    features = read(kind, "hki_tillg", access["OUTPUT"], "fid" if kind == "postgis" else "")
    # One row per population feature; features that repeat another exactly (same point) are counted once (issue 16).
    distinct_points = len({bytes(f.geometry().asWkb()) for f in points.getFeatures()})
    assert features.isValid() and features.featureCount() == distinct_points
