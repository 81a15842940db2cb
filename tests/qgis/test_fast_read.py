"""The fast way in (qgis_adapter/fast_read.py): a GeoPackage read through GDAL's Arrow stream gives exactly the
table QGIS's own reading gives, and a reach reads only the features whose bounding box meets it, from a file's
R-tree and from PostGIS, where the filter runs on the server."""

from __future__ import annotations

import time

import numpy as np
import psycopg2
import pytest
import shapely
from psycopg2 import sql
from qgis.core import QgsCoordinateReferenceSystem, QgsCoordinateTransformContext, QgsDataSourceUri, QgsVectorLayer

from samplan.core.progress import SilentProgress
from samplan.core.reach import Reach
from samplan.qgis_adapter import fast_read
from samplan.qgis_adapter.reading import read_feature_table

from .conftest import memory_layer, pg_parameters, save_gpkg

CRS = QgsCoordinateReferenceSystem("EPSG:3006")
ROWS = [
    ("POLYGON((0 0, 100 0, 100 100, 0 100, 0 0))", ["Natura 2000", 11]),
    ("POLYGON((0 0, 100 100, 100 0, 0 100, 0 0))", ["natura 2000", 12]),  # a bow tie: repaired
    (None, ["Natura 2000", 13]),  # no geometry: skipped
    ("MULTIPOLYGON(((200 0, 300 0, 300 50, 200 0)),((400 0, 500 0, 500 50, 400 0)))", [None, 14]),  # the layer's name
    ("POLYGON((600 0, 700 0, 700 70, 600 0))", ["", None]),  # empty: the layer's name
    ("POLYGON((800 0, 900 0, 900 90, 800 0))", ["Sjö Ås", 16]),  # not wanted
    ("POLYGON((1000 0, 1100 0, 1100 100, 1000 0))", ["NATURA_2000", 17]),
]


def read(layer, reach=None, wanted=frozenset({"natura 2000"})):
    progress = SilentProgress()
    table, report = read_feature_table(
        layer,
        "natura 2000",
        "green-blue",
        "kategori",
        CRS,
        QgsCoordinateTransformContext(),
        progress,
        wanted_categories=wanted,
        key_field="kod",
        reach=reach,
    )
    return table, report, progress


def test_arrow_read_gives_the_table_qgis_gives(qgis_app, tmp_path):
    path = tmp_path / "teman.gpkg"
    arrow_layer = save_gpkg(
        memory_layer("MultiPolygon", "field=kategori:string&field=kod:integer", ROWS, "n"), path, "natura"
    )
    qgis_layer = QgsVectorLayer(f"{path}|layername=natura|subset=fid >= 0", "natura", "ogr")
    assert fast_read.file_layer(arrow_layer, CRS) is not None  # read through GDAL's Arrow stream
    assert fast_read.file_layer(qgis_layer, CRS) is None  # a subset filter: read by QGIS
    fast, fast_report, fast_progress = read(arrow_layer)
    slow, slow_report, slow_progress = read(qgis_layer)
    # Hand-worked: rows 1, 2 (repaired), 4 and 5 (the layer's name 'natura 2000') and 7 are wanted; 3 has no geometry.
    assert list(slow.fids) == [1, 2, 4, 5, 7]
    assert list(fast.fids) == list(slow.fids)
    assert (
        list(fast.categories)
        == list(slow.categories)
        == ["Natura 2000", "natura 2000", "natura 2000", "natura 2000", "NATURA_2000"]
    )
    assert list(fast.keys) == list(slow.keys) == ["11", "12", "14", None, "17"]
    assert all(shapely.equals_exact(a, b, 0) for a, b in zip(fast.geometries, slow.geometries))
    assert (
        (fast_report.read, fast_report.null_geometries, fast_report.repaired) == (slow_report.read, 1, 1) == (6, 1, 1)
    )
    assert fast_progress.warnings == slow_progress.warnings
    assert "1 invalid geometry(ies) repaired (feature ids 2)" in " ".join(fast_progress.warnings)


def grid_rows(count: int, step: float = 100.0, size: float = 10.0) -> list[tuple[str, list]]:
    rows = []
    for number in range(count):
        x, y = (number % 50) * step, (number // 50) * step
        rows.append(
            (
                f"POLYGON(({x} {y}, {x + size} {y}, {x + size} {y + size}, {x} {y + size}, {x} {y}))",
                ["Natura 2000", number + 1],
            )
        )
    return rows


# Two rectangles: one around the squares at x = 200 and 300, y = 0 and 100 (2 x 2 of them; the squares at x = 300
# and y = 100 it meets at their edge), one that meets only the corner of the square at (1000, 1000), number
# 10 * 50 + 10 + 1 = 511.
REACH = Reach(np.array([[195.0, -5.0, 300.0, 100.0], [1010.0, 1010.0, 1050.0, 1050.0]]))


def expected_fids(rows) -> list[int]:
    """Worked out with shapely from the rows themselves: bounding boxes that meet a reach rectangle."""
    boxes = shapely.box(*REACH.rectangles.T)
    return [fid for (wkt, (_, fid)) in rows if shapely.intersects(shapely.envelope(shapely.from_wkt(wkt)), boxes).any()]


def test_reach_reads_only_the_features_near_the_plan_from_a_geopackage(qgis_app, tmp_path):
    rows = grid_rows(1000)
    layer = save_gpkg(
        memory_layer("Polygon", "field=kategori:string&field=kod:integer", rows, "n"), tmp_path / "grid.gpkg", "grid"
    )
    table, report, _ = read(layer, REACH)
    assert sorted(int(k) for k in table.keys) == expected_fids(rows) == [3, 4, 53, 54, 511]
    assert report.within_reach and report.total == 1000 and report.read == 5


def test_reach_is_a_server_filter_on_postgis(qgis_app, tmp_path, pg_dsn, pg_cleanup):
    """The features come from the server already filtered: PostGIS answers with its GiST index, and QGIS
    receives only those near the plan."""
    schema = f"samplan_reach_{int(time.time() * 1000) % 10**9}"
    pg_cleanup["schemas"].append(schema)
    rows = grid_rows(20000)
    admin = psycopg2.connect(pg_dsn)
    admin.autocommit = True
    with admin.cursor() as cursor:
        cursor.execute(sql.SQL("CREATE SCHEMA {}").format(sql.Identifier(schema)))
        cursor.execute(
            sql.SQL(
                "CREATE TABLE {}.grid (fid serial PRIMARY KEY, kategori text, kod integer, geom geometry(Polygon, 3006))"
            ).format(sql.Identifier(schema))
        )
        cursor.executemany(
            sql.SQL("INSERT INTO {}.grid (kategori, kod, geom) VALUES (%s, %s, ST_GeomFromText(%s, 3006))").format(
                sql.Identifier(schema)
            ),
            [(category, code, wkt) for wkt, (category, code) in rows],
        )
        cursor.execute(sql.SQL("CREATE INDEX ON {}.grid USING gist (geom)").format(sql.Identifier(schema)))
        cursor.execute(sql.SQL("ANALYZE {}.grid").format(sql.Identifier(schema)))
    server = pg_parameters(pg_dsn)
    uri = QgsDataSourceUri()
    uri.setConnection(server["host"], server["port"], server["dbname"], server["user"], server["password"])
    uri.setDataSource(schema, "grid", "geom", "", "fid")
    layer = QgsVectorLayer(uri.uri(False), "grid", "postgres")
    assert layer.isValid()

    def gist_scans() -> int:
        with admin.cursor() as cursor:
            cursor.execute("SELECT pg_stat_clear_snapshot()")
            cursor.execute(
                "SELECT coalesce(sum(idx_scan), 0) FROM pg_stat_user_indexes WHERE schemaname = %s AND relname = 'grid' "
                "AND indexrelname = 'grid_geom_idx'",
                (schema,),
            )
            return int(cursor.fetchone()[0])

    before = gist_scans()
    table, report, _ = read(layer, REACH)
    assert sorted(int(k) for k in table.keys) == expected_fids(rows) == [3, 4, 53, 54, 511]
    assert report.within_reach and report.read == 5 and report.total == len(rows)
    # Only a query with a spatial condition uses the GiST index: the filter went to the server. (A backend sends
    # its statistics within seconds of its query.)
    deadline = time.time() + 20
    while gist_scans() == before and time.time() < deadline:
        time.sleep(0.25)
    assert gist_scans() > before, "the GiST index was not used: the filter did not reach the server"
    admin.close()


@pytest.mark.parametrize("wanted", [frozenset({"sjö ås"})])
def test_a_reach_without_wanted_features_says_so(qgis_app, tmp_path, wanted):
    layer = save_gpkg(
        memory_layer("MultiPolygon", "field=kategori:string&field=kod:integer", ROWS, "n"), tmp_path / "t.gpkg", "t"
    )
    far = Reach(np.array([[5000.0, 5000.0, 5100.0, 5100.0]]))
    table, report, progress = read(layer, far, wanted)
    assert len(table) == 0 and report.within_reach
    assert "no feature within reach of the plan has a category a rule checks (sjö ås)" in " ".join(progress.warnings)


def test_unsaved_edits_are_read_as_qgis_has_them(qgis_app, tmp_path):
    """A layer with edits not yet saved goes the QGIS way: the file does not hold the edits yet."""
    layer = save_gpkg(
        memory_layer("MultiPolygon", "field=kategori:string&field=kod:integer", ROWS, "n"), tmp_path / "e.gpkg", "e"
    )
    assert fast_read.file_layer(layer, CRS) is not None
    assert layer.startEditing() and layer.deleteFeature(1)
    assert fast_read.file_layer(layer, CRS) is None
    table, _, _ = read(layer)
    assert list(table.fids) == [2, 4, 5, 7]  # feature 1 is gone, as the layer shows it
    layer.rollBack()


def test_the_reach_is_joined_on_the_server_rectangle_by_rectangle(qgis_app, pg_dsn, pg_cleanup):
    """For a PostGIS table the reach is a join of its rectangles (one index scan each), not one ST_Intersects with
    their union that the server tests row by row (26 s for a county's buildings); the rows are those whose bounding
    box meets a rectangle, worked out with shapely; a schema and table named to break SQL are quoted."""
    schema = f"Åre 'reach\"; DROP TABLE x;-- {int(time.time() * 1000) % 10**9}"
    pg_cleanup["schemas"].append(schema)
    rows = grid_rows(2000)
    admin = psycopg2.connect(pg_dsn)
    admin.autocommit = True
    table = sql.Identifier(schema, "grid 'x'")
    with admin.cursor() as cursor:
        cursor.execute(sql.SQL("CREATE SCHEMA {}").format(sql.Identifier(schema)))
        cursor.execute(
            sql.SQL("CREATE TABLE {} (fid serial PRIMARY KEY, kategori text, kod integer, geom geometry)").format(table)
        )
        cursor.executemany(
            sql.SQL("INSERT INTO {} (kategori, kod, geom) VALUES (%s, %s, ST_GeomFromText(%s, 3006))").format(table),
            [(category, code, wkt) for wkt, (category, code) in rows],
        )
        cursor.execute(sql.SQL("CREATE INDEX ON {} USING gist (geom)").format(table))
        cursor.execute(sql.SQL("ANALYZE {}").format(table))
        uri = QgsDataSourceUri()
        uri.setDataSource(schema, "grid 'x'", "geom", "", "fid")
        uri.setSrid("3006")
        clause = fast_read.reach_sql(REACH, uri, CRS, CRS, QgsCoordinateTransformContext())
        query = sql.SQL("SELECT kod FROM {} WHERE ").format(table).as_string(cursor) + clause
        cursor.execute(query)
        assert sorted(code for (code,) in cursor.fetchall()) == expected_fids(rows) == [3, 4, 53, 54, 511]
        cursor.execute("EXPLAIN " + query)
        plan = "\n".join(line for (line,) in cursor.fetchall())
    admin.close()
    assert "st_intersects" not in plan.lower() and "&&" in plan, plan
