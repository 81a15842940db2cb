"""Moving a finished run's tables into the results GeoPackage, all or nothing.

The results file may be open in QGIS (its layers in the project, its connections pooled), so it is never
renamed or deleted under QGIS's feet: a new file is made by copying, and an existing one has its tables'
rows replaced inside one transaction, which any open connection then sees as a whole.
"""

from __future__ import annotations

import os
import sqlite3
import time
from pathlib import Path

import numpy as np
from osgeo import gdal, ogr

from .arrow_columns import PLAIN_FIELD_TYPES, python_values

# The files SQLite keeps beside a database (a GeoPackage) while it is written: they belong to it, and a log left
# behind is replayed into a new database of the same name.
SQLITE_COMPANION_SUFFIXES = ("-wal", "-shm", "-journal")


def sqlite_companions(path: Path) -> list[Path]:
    return [Path(f"{path}{suffix}") for suffix in SQLITE_COMPANION_SUFFIXES]


FAULT_TEST_VARIABLE = "SAMPLAN_TEST_PAUSE"


class ResultsFileError(Exception):
    """The results could not be written; the file is as it was before."""


def publish_tables(staging: Path, results: Path, tables: list[str]) -> None:
    """Make `results` hold `tables` exactly as in `staging`; other tables of `results` are kept."""
    source = gdal.OpenEx(str(staging), gdal.OF_VECTOR)
    if source is None:
        raise ResultsFileError(f"{staging}: {gdal.GetLastErrorMsg()}")
    try:
        if not results.exists():
            # Copied beside the destination and renamed when complete: a kill leaves no half file.
            partial = results.with_name(f".{results.name}.partial")
            try:
                _copy_database(staging, partial)
            except (sqlite3.Error, OSError) as error:
                partial.unlink(missing_ok=True)
                raise ResultsFileError(f"{results}: {error}") from None
            os.replace(partial, results)
            return
        _replace_rows(source, results, tables)
    finally:
        source = None


def _copy_database(staging: Path, copy: Path) -> None:
    """The staged GeoPackage, every table of it, page by page into a new file (SQLite's backup: what a connection
    still holds in its write-ahead log comes along), on the disk when this returns."""
    source = sqlite3.connect(f"{staging.absolute().as_uri()}?mode=ro", uri=True)
    try:
        target = sqlite3.connect(copy)
        try:
            source.backup(target)
        finally:
            target.close()
    finally:
        source.close()
    flush_to_disk(copy)


def flush_to_disk(path: Path) -> None:
    """The file's (or folder's) content on the disk, not only in the system's cache, before it is renamed into place."""
    if os.name == "nt" and path.is_dir():
        return  # folders cannot be opened for a flush there
    descriptor = os.open(path, os.O_RDONLY if path.is_dir() else os.O_RDWR | getattr(os, "O_BINARY", 0))
    try:
        os.fsync(descriptor)
    finally:
        os.close(descriptor)


def _replace_rows(source, results: Path, tables: list[str]) -> None:
    target = gdal.OpenEx(str(results), gdal.OF_VECTOR | gdal.OF_UPDATE)
    if target is None:
        raise ResultsFileError(f"{results}: {gdal.GetLastErrorMsg()}")
    # The staged file beside, for copying rows in SQLite itself (ATTACH is refused inside a transaction).
    attached = _execute(target, f"ATTACH DATABASE '{_quoted(source.GetDescription())}' AS staged")
    if target.StartTransaction() != ogr.OGRERR_NONE:
        raise ResultsFileError(f"{results}: {gdal.GetLastErrorMsg()}")
    try:
        for table in tables:
            new = source.GetLayerByName(table)
            if new is None:
                continue
            old = target.GetLayerByName(table)
            if old is None or _field_names(old) != _field_names(new):
                # A table new to the file, or one of another make: the fresh copy replaces it whole.
                if old is not None:
                    target.DeleteLayer(_layer_index(target, table))
                old = target.CopyLayer(new, table)
                if old is None:
                    raise ResultsFileError(f"{results}, {table}: {gdal.GetLastErrorMsg()}")
                continue
            target.ExecuteSQL(f'DELETE FROM "{table}"')
            if attached and _copy_rows_in_sqlite(target, table, old, new):
                continue
            new.ResetReading()
            for feature in new:
                copy = ogr.Feature(old.GetLayerDefn())
                copy.SetFrom(feature)
                copy.SetFID(feature.GetFID())
                if old.CreateFeature(copy) != ogr.OGRERR_NONE:
                    raise ResultsFileError(f"{results}, {table}: {gdal.GetLastErrorMsg()}")
        pause_for_fault_test("transaction")
        if target.CommitTransaction() != ogr.OGRERR_NONE:
            raise ResultsFileError(f"{results}: {gdal.GetLastErrorMsg()}")
    except Exception:
        target.RollbackTransaction()
        raise
    finally:
        target = None


def _copy_rows_in_sqlite(target, table: str, old, new) -> bool:
    """The staged table's rows into the emptied table of the same make, one INSERT ... SELECT inside SQLite (its
    spatial index kept by the table's own triggers), and its extent with them; False, and nothing done, where the
    two differ in their geometry column or its coordinate system (then the rows are copied one by one)."""
    geometry = old.GetGeometryColumn()
    fid = old.GetFIDColumn()
    if not fid or geometry != new.GetGeometryColumn() or fid != new.GetFIDColumn():
        return False
    srs_ids = [
        _value(target, f"SELECT srs_id FROM {schema}gpkg_geometry_columns WHERE table_name = '{_quoted(table)}'")
        for schema in ("main.", "staged.")
    ]
    if geometry and srs_ids[0] != srs_ids[1]:
        return False
    columns = ", ".join(f'"{name}"' for name in [fid, *([geometry] if geometry else []), *_field_names(old)])
    if not _execute(target, f'INSERT INTO main."{table}" ({columns}) SELECT {columns} FROM staged."{table}"'):
        raise ResultsFileError(f"{table}: {gdal.GetLastErrorMsg()}")
    extent = ", ".join(
        f"{c} = (SELECT {c} FROM staged.gpkg_contents WHERE table_name = '{_quoted(table)}')"
        for c in ("min_x", "min_y", "max_x", "max_y")
    )
    _execute(target, f"UPDATE main.gpkg_contents SET {extent} WHERE table_name = '{_quoted(table)}'")
    # GDAL's own count of the table's rows is worked out anew when next asked for.
    if _value(target, "SELECT count(*) FROM main.sqlite_master WHERE name = 'gpkg_ogr_contents'"):
        _execute(
            target, f"UPDATE main.gpkg_ogr_contents SET feature_count = NULL WHERE table_name = '{_quoted(table)}'"
        )
    return True


def _execute(dataset, statement: str) -> bool:
    """A statement run by SQLite on GDAL's connection; whether it succeeded."""
    gdal.ErrorReset()
    result = dataset.ExecuteSQL(statement)
    if result is not None:
        dataset.ReleaseResultSet(result)
    return gdal.GetLastErrorType() < gdal.CE_Failure


def _value(dataset, query: str):
    result = dataset.ExecuteSQL(query)
    if result is None:
        return None
    try:
        feature = result.GetNextFeature()
        return feature.GetField(0) if feature is not None else None
    finally:
        dataset.ReleaseResultSet(result)


def _quoted(text: str) -> str:
    return text.replace("'", "''")


def pause_for_fault_test(stage: str) -> None:
    """For the fault tests only: with SAMPLAN_TEST_PAUSE=<stage>:<file>, write <file> and wait here to be killed."""
    wanted = os.environ.get(FAULT_TEST_VARIABLE, "")
    if not wanted.startswith(f"{stage}:"):
        return
    marker = wanted.split(":", 1)[1]
    with open(marker, "w", encoding="utf-8") as handle:
        handle.write(str(os.getpid()))
    time.sleep(600)


def _field_names(layer) -> list[str]:
    definition = layer.GetLayerDefn()
    return [definition.GetFieldDefn(i).GetName() for i in range(definition.GetFieldCount())]


def _layer_index(dataset, name: str) -> int:
    return next(i for i in range(dataset.GetLayerCount()) if dataset.GetLayerByIndex(i).GetName() == name)


def read_records(results: Path, tables: list[str]) -> dict[str, list[tuple[int, dict]]]:
    """Each table's rows as (fid, attributes), read with GDAL alone: safe in a worker thread."""
    dataset = gdal.OpenEx(str(results), gdal.OF_VECTOR)
    if dataset is None:
        raise ResultsFileError(f"{results}: {gdal.GetLastErrorMsg()}")
    try:
        records: dict[str, list[tuple[int, dict]]] = {}
        for table in tables:
            layer = dataset.GetLayerByName(table)
            if layer is None:
                continue
            layer.SetIgnoredFields(["OGR_GEOMETRY"])
            names = _field_names(layer)
            records[table] = _records_in_bulk(layer, names)
            if records[table] is None:
                records[table] = [(feature.GetFID(), {n: feature.GetField(n) for n in names}) for feature in layer]
        return records
    finally:
        dataset = None


def _records_in_bulk(layer, names: list[str]) -> list[tuple[int, dict]] | None:
    """The rows as read_records gives them, through GDAL's Arrow stream (whole columns at a time); None where a
    field is of a type the stream gives otherwise than GetField does."""
    definition = layer.GetLayerDefn()
    if (
        any(
            definition.GetFieldDefn(i).GetType() not in PLAIN_FIELD_TYPES
            or definition.GetFieldDefn(i).GetSubType() != ogr.OFSTNone
            for i in range(definition.GetFieldCount())
        )
        or not layer.GetFIDColumn()
    ):
        return None
    fids, columns = [], {name: [] for name in names}
    for batch in layer.GetArrowStreamAsNumPy():
        fids.extend(np.asarray(batch[layer.GetFIDColumn()]).tolist())
        for name in names:
            columns[name].extend(python_values(batch[name]).tolist())
    rows = zip(*(columns[name] for name in names)) if names else iter([()] * len(fids))
    return [(fid, dict(zip(names, values))) for fid, values in zip(fids, rows)]
