"""Publishing a run's tables into an existing results GeoPackage: the staged rows exactly, found by their spatial
index, the layer's extent and count theirs, other tables kept."""

from __future__ import annotations

from osgeo import gdal, ogr, osr

from samplan.qgis_adapter.results_file import publish_tables


def _make(path, squares: list[tuple[float, float]], comment: str, extra_table: bool = False) -> None:
    """A GeoPackage with a polygon table 'areas' (one square of side 10 per corner given) and a table 'info'."""
    srs = osr.SpatialReference()
    srs.ImportFromEPSG(3006)
    dataset = ogr.GetDriverByName("GPKG").CreateDataSource(str(path))
    areas = dataset.CreateLayer("areas", srs, ogr.wkbMultiPolygon)
    areas.CreateField(ogr.FieldDefn("comment", ogr.OFTString))
    areas.CreateField(ogr.FieldDefn("area_m2", ogr.OFTReal))
    for number, (x, y) in enumerate(squares, start=1):
        feature = ogr.Feature(areas.GetLayerDefn())
        feature.SetFID(number * 10)
        feature.SetField("comment", f"{comment} {number} 'citat'")
        feature.SetField("area_m2", 100.0 * number)
        feature.SetGeometry(
            ogr.CreateGeometryFromWkt(
                f"MULTIPOLYGON ((({x} {y}, {x + 10} {y}, {x + 10} {y + 10}, {x} {y + 10}, {x} {y})))"
            )
        )
        areas.CreateFeature(feature)
    info = dataset.CreateLayer("info", None, ogr.wkbNone)
    info.CreateField(ogr.FieldDefn("value", ogr.OFTString))
    feature = ogr.Feature(info.GetLayerDefn())
    feature.SetField("value", comment)
    info.CreateFeature(feature)
    if extra_table:
        kept = dataset.CreateLayer("kept", None, ogr.wkbNone)
        kept.CreateField(ogr.FieldDefn("value", ogr.OFTString))
        feature = ogr.Feature(kept.GetLayerDefn())
        feature.SetField("value", "the user's own table")
        kept.CreateFeature(feature)
    dataset = None


def _rows(path, table: str) -> dict:
    dataset = ogr.Open(str(path))
    layer = dataset.GetLayerByName(table)
    return {f.GetFID(): (f.items(), f.GetGeometryRef().ExportToWkt() if f.GetGeometryRef() else None) for f in layer}


def test_the_staged_rows_replace_the_old_ones_with_their_index_extent_and_count(tmp_path):
    results, staged = tmp_path / "results.gpkg", tmp_path / "staged.gpkg"
    _make(results, [(0, 0), (100, 100), (200, 200), (300, 300)], "old", extra_table=True)
    new_squares = [(1000, 0), (1050, 20), (1100, 40)]
    _make(staged, new_squares, "ny")
    publish_tables(staged, results, ["areas", "info"])

    assert _rows(results, "areas") == _rows(staged, "areas")
    assert _rows(results, "info") == _rows(staged, "info")
    assert [v[0]["value"] for v in _rows(results, "kept").values()] == ["the user's own table"]
    dataset = gdal.OpenEx(str(results), gdal.OF_VECTOR)
    areas = dataset.GetLayerByName("areas")
    assert areas.GetFeatureCount() == 3
    # The extent as written in the file, worked out by hand from the squares: x 1000..1110, y 0..50.
    extent = dataset.ExecuteSQL("SELECT min_x, min_y, max_x, max_y FROM gpkg_contents WHERE table_name = 'areas'")
    feature = extent.GetNextFeature()
    assert [feature.GetField(i) for i in range(4)] == [1000.0, 0.0, 1110.0, 50.0]
    dataset.ReleaseResultSet(extent)
    # The spatial index holds the new rows only: a box around the second square finds it alone, an old place none.
    areas.SetSpatialFilterRect(1052, 22, 1058, 28)
    assert [f.GetFID() for f in areas] == [20]
    areas.SetSpatialFilterRect(100, 100, 110, 110)
    assert [f.GetFID() for f in areas] == []
    check = dataset.ExecuteSQL("PRAGMA integrity_check")
    assert check.GetNextFeature().GetField(0) == "ok"
    dataset.ReleaseResultSet(check)


def test_a_new_results_file_holds_every_staged_table_even_rows_still_in_the_write_ahead_log(tmp_path):
    results, staged = tmp_path / "results.gpkg", tmp_path / "staged.gpkg"
    _make(staged, [(0, 0), (20, 0)], "ny")
    # A connection still open on the staged file in WAL mode, its last row not yet checkpointed into the file.
    gdal.SetConfigOption("OGR_SQLITE_JOURNAL", "WAL")
    try:
        writer = gdal.OpenEx(str(staged), gdal.OF_VECTOR | gdal.OF_UPDATE)
    finally:
        gdal.SetConfigOption("OGR_SQLITE_JOURNAL", None)
    layer = writer.GetLayerByName("areas")
    feature = ogr.Feature(layer.GetLayerDefn())
    feature.SetFID(99)
    feature.SetField("comment", "late")
    feature.SetGeometry(ogr.CreateGeometryFromWkt("MULTIPOLYGON (((50 0, 60 0, 60 10, 50 10, 50 0)))"))
    layer.CreateFeature(feature)
    layer.SyncToDisk()
    assert (tmp_path / "staged.gpkg-wal").exists()
    publish_tables(staged, results, ["areas", "info"])
    writer = None

    assert sorted(_rows(results, "areas")) == [10, 20, 99]
    assert _rows(results, "areas") == _rows(staged, "areas")
    assert _rows(results, "info") == _rows(staged, "info")
    assert not (tmp_path / ".results.gpkg.partial").exists()
    dataset = gdal.OpenEx(str(results), gdal.OF_VECTOR)
    areas = dataset.GetLayerByName("areas")
    areas.SetSpatialFilterRect(52, 2, 58, 8)
    assert [f.GetFID() for f in areas] == [99]
