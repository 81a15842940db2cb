"""The fast way in: file layers read with GDAL's Arrow stream, and the plan's reach pushed to the data source.

QGIS's own reading hands Python one QgsFeature at a time (about 3 µs a feature, and more to copy its WKB
out); GDAL's Arrow stream hands over whole columns of WKB and attribute values in batches of tens of
thousands, in C. It is used for layers QGIS itself reads with its OGR provider from a file (GeoPackage,
shapefile, FlatGeobuf) with no subset filter and already in the analysis CRS; every other layer goes the
QGIS way. A Reach (see core/reach.py) becomes one spatial filter rectangle per request, which the file's
R-tree answers, or for PostGIS an ST_Intersects clause the server evaluates with its GiST index.
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np
import shapely
from osgeo import gdal, ogr
from qgis.core import (
    QgsCoordinateReferenceSystem,
    QgsCoordinateTransform,
    QgsCoordinateTransformContext,
    QgsCsException,
    QgsDataSourceUri,
    QgsExpression,
    QgsProviderRegistry,
    QgsRectangle,
    QgsVectorLayer,
)

from ..core.progress import Progress, check_cancelled
from .arrow_columns import PLAIN_FIELD_TYPES, python_values
from ..core.reach import Reach
from ..core.spatial_index import geometries_from_wkb

# Drivers whose feature ids QGIS's OGR provider takes over unchanged (so results name the same features).
ARROW_DRIVERS = frozenset({"GPKG", "ESRI Shapefile", "FlatGeobuf"})
_BATCH = "MAX_FEATURES_IN_BATCH=65536"
# One spatial filter request to a file costs about as much as reading this many features whole.
RECTANGLE_COST = 400


@dataclass
class FileLayer:
    """Where GDAL finds a layer QGIS reads through its OGR provider."""

    path: str
    layer: str | int


@dataclass
class RawFeatures:
    """Features as read: ids, WKB (None for a null geometry) and field values (None where null), as arrays."""

    fids: np.ndarray
    wkbs: np.ndarray
    values: dict[str, np.ndarray]
    requests: int
    filtered: bool  # only features within the rectangles were asked for


def file_layer(source, target_crs: QgsCoordinateReferenceSystem) -> FileLayer | None:
    """The file behind a layer that can be read with GDAL's Arrow stream with the same answers as QGIS's; else None."""
    if (
        not isinstance(source, QgsVectorLayer)
        or source.providerType() != "ogr"
        or source.subsetString()
        or source.isModified()
    ):
        return None  # a filter, or unsaved edits the file does not hold yet
    if not source.crs().isValid() or source.crs() != target_crs:
        return None  # QGIS transforms (or warns about a missing CRS); that stays its job
    parts = QgsProviderRegistry.instance().decodeUri("ogr", source.source())
    path = parts.get("path") or ""
    if not path or parts.get("subset") or parts.get("geometryType"):
        return None
    if parts.get("layerName"):
        return FileLayer(path, parts["layerName"])
    return FileLayer(path, int(parts.get("layerId") or 0))


def read_file_layer(
    where: FileLayer, fields: list[str], rectangles: np.ndarray | None, progress: Progress
) -> RawFeatures | None:
    """The features of a file layer (only those whose bounding box meets one of `rectangles`, when given),
    with the named fields; None when GDAL cannot give them exactly as QGIS would (the caller reads with QGIS)."""
    dataset = gdal.OpenEx(where.path, gdal.OF_VECTOR | gdal.OF_READONLY)
    if dataset is None or dataset.GetDriver().ShortName not in ARROW_DRIVERS:
        return None
    layer = dataset.GetLayerByName(where.layer) if isinstance(where.layer, str) else dataset.GetLayer(where.layer)
    if layer is None or ogr.GT_IsNonLinear(layer.GetGeomType()):
        return None
    definition = layer.GetLayerDefn()
    names = [definition.GetFieldDefn(i).GetName() for i in range(definition.GetFieldCount())]
    for name in fields:
        if name not in names:
            return None
        field = definition.GetFieldDefn(names.index(name))
        if field.GetType() not in PLAIN_FIELD_TYPES or field.GetSubType() != ogr.OFSTNone:
            return None
    if layer.SetIgnoredFields([n for n in names if n not in fields]) != ogr.OGRERR_NONE:
        return None
    fid_name = layer.GetFIDColumn() or "OGC_FID"
    geometry_name = layer.GetGeometryColumn() or "wkb_geometry"
    try:
        requests = _requests(dataset, layer, rectangles)
    except RuntimeError:
        return None
    batches = []
    try:
        for number, (where_clause, box) in enumerate(requests):
            if number % 16 == 0:
                check_cancelled(progress)
                progress.set_progress(100.0 * number / max(len(requests), 1))
            if layer.SetAttributeFilter(where_clause) != ogr.OGRERR_NONE:
                return None
            if box is None:
                layer.SetSpatialFilter(None)
            else:
                layer.SetSpatialFilterRect(*box)
            stream = layer.GetArrowStreamAsNumPy(options=[_BATCH])
            if stream is None:
                return None
            for batch in stream:
                check_cancelled(progress)
                if fid_name not in batch or geometry_name not in batch:
                    return None
                batches.append(batch)
            del stream
    except RuntimeError:  # GDAL's error, where its exceptions are on: QGIS reads the layer instead
        return None
    finally:
        layer.SetSpatialFilter(None)
        layer.SetAttributeFilter(None)
        layer = None
        dataset = None
    filtered = rectangles is not None and requests != [(None, None)]
    if not batches:
        return RawFeatures(
            np.empty(0, dtype=np.int64),
            np.empty(0, dtype=object),
            {n: np.empty(0, dtype=object) for n in fields},
            len(requests),
            filtered,
        )
    fids = np.concatenate([np.asarray(b[fid_name], dtype=np.int64) for b in batches])
    wkbs = np.concatenate([python_values(b[geometry_name]) for b in batches])
    values = {name: np.concatenate([python_values(b[name]) for b in batches]) for name in fields}
    if len(requests) > 1:
        # A feature found by two requests came twice: keep it once, in id order.
        fids, first = np.unique(fids, return_index=True)
        wkbs = wkbs[first]
        values = {name: column[first] for name, column in values.items()}
    return RawFeatures(fids, wkbs, values, len(requests), filtered)


def _requests(dataset, layer, rectangles: np.ndarray | None) -> list[tuple[str | None, tuple | None]]:
    """(attribute filter, spatial filter rectangle) per request to make.

    A GeoPackage answers a whole list of rectangles in one SQL statement on its R-tree (a UNION of one R-tree
    query per rectangle; SQLite takes up to 500 terms). Other files are asked once per rectangle, where that
    costs less than reading the whole layer (a request costs about as much as reading RECTANGLE_COST features)."""
    if rectangles is None:
        return [(None, None)]
    rectangles = np.asarray(rectangles, dtype=float).reshape(-1, 4)
    if len(rectangles) == 0:
        return [("0 = 1", None)]
    rtree = _gpkg_rtree(dataset, layer)
    if rtree is not None:
        requests = []
        for start in range(0, len(rectangles), 400):
            terms = " UNION ALL ".join(
                f"SELECT id FROM {rtree} WHERE maxx >= {r[0]!r} AND minx <= {r[2]!r} AND maxy >= {r[1]!r} AND miny <= {r[3]!r}"
                for r in rectangles[start : start + 400].tolist()
            )
            requests.append((f"{_quoted(layer.GetFIDColumn())} IN ({terms})", None))
        return requests
    if layer.GetFeatureCount(False) < RECTANGLE_COST * len(rectangles):
        return [(None, None)]
    return [(None, tuple(r)) for r in rectangles.tolist()]


def _gpkg_rtree(dataset, layer) -> str | None:
    """The quoted name of a GeoPackage layer's R-tree table, when it has one."""
    if dataset.GetDriver().ShortName != "GPKG" or not layer.GetFIDColumn() or not layer.GetGeometryColumn():
        return None
    name = f"rtree_{layer.GetName()}_{layer.GetGeometryColumn()}"
    found = dataset.ExecuteSQL(f"SELECT name FROM sqlite_master WHERE type = 'table' AND name = {_literal(name)}")
    if found is None:
        return None
    exists = found.GetFeatureCount() > 0
    dataset.ReleaseResultSet(found)
    return _quoted(name) if exists else None


def _quoted(identifier: str) -> str:
    return '"' + identifier.replace('"', '""') + '"'


def _literal(text: str) -> str:
    return "'" + text.replace("'", "''") + "'"


def geometries_or_none(wkbs: np.ndarray, progress: Progress | None = None) -> np.ndarray | None:
    """shapely geometries of WKB (parsed in slices, so that the GIL is never held long), an empty one as missing
    (as QGIS's reading has it); None when GEOS cannot read one (a curve, say): QGIS then reads the layer."""
    try:
        geometries = geometries_from_wkb(wkbs, progress)
    except shapely.errors.GEOSException:
        return None
    geometries[shapely.is_empty(geometries)] = None
    return geometries


def reach_rectangles(
    reach: Reach,
    source_crs: QgsCoordinateReferenceSystem,
    target_crs: QgsCoordinateReferenceSystem,
    transform_context: QgsCoordinateTransformContext,
) -> np.ndarray | None:
    """The reach's rectangles in the source's CRS (n x 4: x0, y0, x1, y1); None where they cannot be transformed."""
    rectangles = np.asarray(reach.rectangles, dtype=float).reshape(-1, 4)
    if len(rectangles) and source_crs.isValid() and target_crs.isValid() and source_crs != target_crs:
        transform = QgsCoordinateTransform(target_crs, source_crs, transform_context)
        try:
            boxes = [transform.transformBoundingBox(QgsRectangle(*r)) for r in rectangles]
        except QgsCsException:
            return None
        rectangles = np.array([[b.xMinimum(), b.yMinimum(), b.xMaximum(), b.yMaximum()] for b in boxes])
        # A transformed box is the box of its transformed edges; a little more on every side absorbs the curvature.
        pad = 1e-3 * np.maximum(rectangles[:, 2] - rectangles[:, 0], rectangles[:, 3] - rectangles[:, 1])[:, None]
        rectangles = rectangles + np.hstack([-pad, -pad, pad, pad])
    return rectangles


def reach_expression(
    reach: Reach,
    source_crs: QgsCoordinateReferenceSystem,
    target_crs: QgsCoordinateReferenceSystem,
    transform_context: QgsCoordinateTransformContext,
) -> str | None:
    """A QGIS expression selecting the features that meet the reach, in the source's CRS, for a PostGIS source that
    is a query rather than a table (reach_sql serves tables): the server tests every row against the union."""
    rectangles = reach_rectangles(reach, source_crs, target_crs, transform_context)
    if rectangles is None:
        return None
    if len(rectangles) == 0:
        return "FALSE"
    polygon = shapely.union_all(shapely.box(*rectangles.T))
    return f"intersects($geometry, geom_from_wkt({QgsExpression.quotedString(shapely.to_wkt(polygon, rounding_precision=3))}))"


def reach_sql(
    reach: Reach,
    uri: QgsDataSourceUri,
    source_crs: QgsCoordinateReferenceSystem,
    target_crs: QgsCoordinateReferenceSystem,
    transform_context: QgsCoordinateTransformContext,
) -> str | None:
    """A WHERE clause for a PostGIS table selecting the rows whose bounding box meets one of the reach's rectangles
    (as a GeoPackage's R-tree answers), written as a join the planner runs as one GiST index scan per rectangle:
    the union of the rectangles tested row by row took PostgreSQL 26 s for a county's buildings, the join 0.3 s.
    None where the source is a query, has no single key column, or the rectangles cannot be transformed."""
    table, key, geometry = uri.table(), uri.keyColumn(), uri.geometryColumn()
    if not table or table.lstrip().startswith("(") or not key or "," in key or not geometry:
        return None
    rectangles = reach_rectangles(reach, source_crs, target_crs, transform_context)
    if rectangles is None:
        return None
    if len(rectangles) == 0:
        return "FALSE"
    merged = np.unique(np.round(rectangles, 3), axis=0)  # each rectangle once (a union would cost more than it saves)
    srid = int(uri.srid()) if str(uri.srid()).isdigit() else source_crs.postgisSrid()
    boxes = ",".join(f"(ST_MakeEnvelope({x0:.3f},{y0:.3f},{x1:.3f},{y1:.3f},{srid}))" for x0, y0, x1, y1 in merged)
    quoted = QgsExpression.quotedColumnRef  # SQL's identifier quoting: doubled quotes inside
    name = f"{quoted(uri.schema())}.{quoted(table)}" if uri.schema() else quoted(table)
    key, geometry = quoted(key.strip('"')), quoted(geometry)
    return (
        f"{key} IN (SELECT samplan_row.{key} FROM {name} AS samplan_row "
        f"JOIN (VALUES {boxes}) AS samplan_reach(box) ON samplan_row.{geometry} && samplan_reach.box)"
    )
