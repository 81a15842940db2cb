"""Checks every input layer goes through as it is read (reading.read_feature_table calls them): a layer
without a CRS, curved geometries, geometries of the wrong type, empty categories and duplicate features.
Each names the layer, and the feature ids where there are any."""

from __future__ import annotations

import numpy as np
from qgis.core import (
    Qgis,
    QgsAbstractGeometry,
    QgsCoordinateReferenceSystem,
    QgsCoordinateTransform,
    QgsCoordinateTransformContext,
    QgsExpression,
    QgsFeatureRequest,
    QgsFeatureSource,
    QgsGeometry,
    QgsProcessingException,
    QgsRectangle,
    QgsWkbTypes,
)

from ..core.features import FeatureTable
from ..core.input_checks import duplicate_rows
from ..core.messages import some_ids, translatable
from ..core.progress import Progress
from .compat import NO_GEOMETRY
from ..i18n.translation import tr

# Curves (CircularString, CurvePolygon) are read as straight segments deviating from the arc by at most this.
CURVE_TOLERANCE_M = 0.1
_UNDEFINED = ("Undefined geographic SRS", "Undefined Cartesian SRS")


def has_no_crs(crs: QgsCoordinateReferenceSystem) -> bool:
    """No CRS, or a GeoPackage's "undefined" one (srs_id 0 or -1, as QGIS and ogr2ogr write "no CRS")."""
    return not crs.isValid() or (not crs.authid() and any(name in crs.toWkt() for name in _UNDEFINED))


def analysis_area(crs: QgsCoordinateReferenceSystem, transform_context: QgsCoordinateTransformContext) -> QgsRectangle:
    """The area of use of the analysis CRS, in its own coordinates."""
    bounds = crs.bounds()
    if bounds.isEmpty():
        return QgsRectangle()
    to_crs = QgsCoordinateTransform(QgsCoordinateReferenceSystem("EPSG:4326"), crs, transform_context)
    try:
        return to_crs.transformBoundingBox(bounds)
    except Exception:  # noqa: BLE001 - QgsCsException: no area to compare with
        return QgsRectangle()


def coordinates_without_crs(
    source: QgsFeatureSource,
    layer_name: str,
    target_crs: QgsCoordinateReferenceSystem,
    transform_context: QgsCoordinateTransformContext,
    progress: Progress,
) -> bool:
    """True when the layer has no CRS and its coordinates fit the analysis CRS's area: they are then taken as they
    are, with a warning. A layer without a CRS whose extent lies elsewhere is refused."""
    if not has_no_crs(source.sourceCrs()):
        return False
    extent = source.sourceExtent()
    area = analysis_area(target_crs, transform_context)
    margin = max(area.width(), area.height()) * 0.05 if not area.isEmpty() else 0.0
    area = QgsRectangle(
        area.xMinimum() - margin, area.yMinimum() - margin, area.xMaximum() + margin, area.yMaximum() + margin
    )
    if extent.isNull() or source.featureCount() == 0:
        fits = True  # an empty layer
    else:
        fits = not area.isEmpty() and area.contains(extent)
    if not fits:
        raise QgsProcessingException(
            tr(
                "Layer '{0}' has no coordinate reference system, and its coordinates ({1}) lie outside the area of the analysis "
                "CRS {2}: it cannot be read. Set the layer's CRS (Layer Properties > Source)."
            ).format(layer_name, extent.toString(0), target_crs.authid())
        )
    progress.warning(
        tr(
            "Layer '{0}' has no coordinate reference system: its coordinates fit the analysis CRS {1} and are "
            "read as such. Set its CRS if that is wrong."
        ).format(layer_name, target_crs.authid())
    )
    return True


def straight(geometry: QgsGeometry) -> QgsGeometry:
    """A curved geometry as straight segments (at most CURVE_TOLERANCE_M from the arc); others as they are."""
    if not QgsWkbTypes.isCurvedType(geometry.wkbType()):
        return geometry
    segmented = geometry.constGet().segmentize(
        CURVE_TOLERANCE_M, QgsAbstractGeometry.SegmentationToleranceType.MaximumDifference
    )
    return QgsGeometry(segmented)


def report_curves(layer_name: str, curved_fids: list[int], progress: Progress) -> None:
    if curved_fids:
        progress.warning(
            tr(
                "Layer '{0}': {1} curved geometry(ies) read as straight segments at most {2} m from the curve "
                "(feature ids {3})."
            ).format(layer_name, len(curved_fids), CURVE_TOLERANCE_M, some_ids(curved_fids))
        )


POLYGONS = (Qgis.GeometryType.Polygon,)
LINES = (Qgis.GeometryType.Line,)
POINTS = (Qgis.GeometryType.Point,)
_KIND_NAMES = {
    Qgis.GeometryType.Polygon: translatable("polygons"),
    Qgis.GeometryType.Line: translatable("lines"),
    Qgis.GeometryType.Point: translatable("points"),
    Qgis.GeometryType.Null: translatable("no geometry"),
    Qgis.GeometryType.Unknown: translatable("unknown geometries"),
}


def require_geometry(source: QgsFeatureSource, layer_name: str, allowed: tuple, what: str) -> None:
    """Refuse a layer whose geometry type is not among `allowed` (e.g. points given as the plan draft's areas)."""
    kind = QgsWkbTypes.geometryType(source.wkbType())
    if kind in allowed or kind == Qgis.GeometryType.Unknown:
        return
    wanted = " / ".join(tr(_KIND_NAMES[a]) for a in allowed)
    raise QgsProcessingException(
        tr("Layer '{0}' holds {1}, but the input {2} takes {3}.").format(
            layer_name, tr(_KIND_NAMES.get(kind, "unknown geometries")), what, wanted
        )
    )


def report_empty_categories(layer_name: str, field: str, fids: np.ndarray, fallback: str, progress: Progress) -> None:
    """Features whose category field is empty: named, with what they count as."""
    if len(fids) == 0:
        return
    if fallback:
        progress.warning(
            tr(
                "Layer '{0}': {1} feature(s) have no value in the field '{2}' and take the layer's name as "
                "category (feature ids {3})."
            ).format(layer_name, len(fids), field, some_ids(fids))
        )
    else:
        progress.warning(
            tr(
                "Layer '{0}': {1} feature(s) have no value in the field '{2}', so no rule applies to them "
                "(feature ids {3})."
            ).format(layer_name, len(fids), field, some_ids(fids))
        )


def empty_category_ids(source: QgsFeatureSource, field_index: int) -> np.ndarray:
    """Ids of the features whose category field is empty (NULL or ''), read without geometry."""
    field = source.fields().at(field_index)
    column = QgsExpression.quotedColumnRef(field.name())
    # A number or a date is never blank; a text is blank when only spaces. (Written so that a database's expression
    # compiler sends it to the server: to_string() would make QGIS test every row of a PostGIS table itself.)
    blank = "" if field.isNumeric() or field.isDateOrTime() else f" OR trim({column}) = ''"
    request = QgsFeatureRequest().setFilterExpression(f"{column} IS NULL{blank}")
    request.setFlags(NO_GEOMETRY)
    request.setSubsetOfAttributes([field_index])
    return np.array([f.id() for f in source.getFeatures(request)], dtype=np.int64)


def without_duplicates(table: FeatureTable, progress: Progress, count_once: bool = True) -> FeatureTable:
    """Features that repeat another one (same geometry, category, key and fields) are reported by id, and with
    `count_once` read once."""
    repeated = duplicate_rows(table.geometries, table.categories, table.keys, *table.attributes.values())
    if not repeated.any():
        return table
    fids = table.fids[repeated]
    if not count_once:
        progress.warning(
            tr("Layer '{0}': {1} feature(s) repeat another feature exactly (feature ids {2}); each is counted.").format(
                table.layer_name, len(fids), some_ids(fids)
            )
        )
        return table
    progress.warning(
        tr("Layer '{0}': {1} feature(s) repeat another feature exactly and are counted once (feature ids {2}).").format(
            table.layer_name, len(fids), some_ids(fids)
        )
    )
    kept = ~repeated
    return FeatureTable(
        table.layer_name,
        table.role,
        table.fids[kept],
        table.geometries[kept],
        table.categories[kept],
        table.keys[kept],
        {name: values[kept] for name, values in table.attributes.items()},
    )
