"""Staged GeoPackages are written without SQLite's flush at every commit, and only they: the setting is the
writing thread's, for the run, and the previous one comes back after it."""

from __future__ import annotations

import threading

from osgeo import gdal, ogr

from samplan.qgis_adapter.staged_outputs import staged_writes

SYNCHRONOUS_OFF, SYNCHRONOUS_FULL = 0, 2  # SQLite's PRAGMA synchronous values


def _synchronous(path) -> int:
    """PRAGMA synchronous of a new GDAL connection to the GeoPackage, opened for writing."""
    dataset = gdal.OpenEx(str(path), gdal.OF_VECTOR | gdal.OF_UPDATE)
    result = dataset.ExecuteSQL("PRAGMA synchronous")
    value = result.GetNextFeature().GetField(0)
    dataset.ReleaseResultSet(result)
    return value


def test_connections_opened_while_staging_do_not_flush_at_each_commit(tmp_path):
    path = tmp_path / "staged.gpkg"
    ogr.GetDriverByName("GPKG").CreateDataSource(str(path)).CreateLayer("t")
    assert _synchronous(path) == SYNCHRONOUS_FULL
    seen_elsewhere: list[int] = []
    with staged_writes():
        assert _synchronous(path) == SYNCHRONOUS_OFF
        other = threading.Thread(target=lambda: seen_elsewhere.append(_synchronous(path)))
        other.start()
        other.join()
    assert seen_elsewhere == [SYNCHRONOUS_FULL]  # another thread (QGIS's own, a user's edit) is not affected
    assert _synchronous(path) == SYNCHRONOUS_FULL
