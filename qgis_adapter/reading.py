"""QGIS layers in, engine arrays out: features read once, transformed to the analysis CRS, repaired."""
from __future__ import annotations

from dataclasses import dataclass

import numpy as np
import shapely
from qgis.core import (
    Qgis,
    QgsCoordinateReferenceSystem,
    QgsCoordinateTransformContext,
    QgsExpression,
    QgsFeatureRequest,
    QgsFeatureSource,
    QgsMapLayer,
    QgsProcessingException,
    QgsProviderRegistry,
)

from qgis.PyQt.QtCore import QVariant

from ..core.categories import normalise_category
from ..core.features import FeatureTable, clean_geometries
from ..core.spatial_index import geometries_from_wkb
from ..core.messages import some_ids
from ..core.progress import Progress, check_cancelled
from ..i18n.translation import tr


@dataclass
class ReadReport:
    layer_name: str
    read: int = 0
    null_geometries: int = 0
    repaired: int = 0
    dropped_after_repair: int = 0


def layer_name_of(layer: QgsMapLayer) -> str:
    """The name rules match: the layer's name in the project, or its table name when QGIS named it after the file."""
    parts = QgsProviderRegistry.instance().decodeUri(layer.providerType(), layer.source())
    table = parts.get("layerName") or ""
    path = parts.get("path") or ""
    shown = layer.name()
    if table and (not shown or path.endswith(shown) or shown in (path.rsplit("/", 1)[-1].rsplit(".", 1)[0], "output")):
        return table
    return shown or table


# Projections that stretch distances and areas far from their standard parallel (Mercator, Web Mercator).
STRETCHING_PROJECTIONS = frozenset({"merc", "webmerc"})


def is_metric_crs(crs: QgsCoordinateReferenceSystem) -> bool:
    """The one rule for an analysis CRS, for the algorithms and the inspector alike: valid, projected, in metres,
    and not Mercator. SWEREF 99 TM and the SWEREF 99 zones (EPSG:3006-3018, transverse Mercator) all pass."""
    if not crs.isValid() or crs.isGeographic() or crs.mapUnits() != Qgis.DistanceUnit.Meters:
        return False
    names = {token.split("=", 1)[1] for token in crs.toProj().split() if token.startswith("+proj=")}
    return not names & STRETCHING_PROJECTIONS


def require_metric_crs(crs: QgsCoordinateReferenceSystem) -> None:
    if not crs.isValid():
        raise QgsProcessingException(tr("The analysis CRS is not valid. Choose a projected metric CRS such as SWEREF 99 TM (EPSG:3006)."))
    if not is_metric_crs(crs):
        raise QgsProcessingException(
            tr("The analysis CRS {0} measures in degrees or other non-metric units, or stretches distances and areas as "
               "Mercator does (twice the distance, four times the area in Sweden); results would be wrong. "
               "Choose a projected metric CRS such as SWEREF 99 TM (EPSG:3006).").format(crs.authid() or crs.description())
        )


def read_feature_table(
    source: QgsFeatureSource,
    layer_name: str,
    role: str,
    category_field: str | None,
    target_crs: QgsCoordinateReferenceSystem,
    transform_context: QgsCoordinateTransformContext,
    progress: Progress,
    category_required: bool = False,
    wanted_categories: frozenset[str] | None = None,
    name_when_empty: bool = True,
    key_field: str | None = None,
    extra_fields: tuple[str, ...] = (),
) -> tuple[FeatureTable, ReadReport]:
    """Read the features of a source into a FeatureTable in the analysis CRS.

    The category is the value of `category_field` where the layer has that field and the value is not
    empty; else, with `name_when_empty` (theme layers), the layer's name, and otherwise no category. With `wanted_categories` (normalised), only features of those
    categories are read: the filter goes to the data provider, so a million buildings of which the
    rules need none cost nothing. Null geometries are skipped, invalid ones repaired; both are counted.
    """
    fields = source.fields()
    field_index = fields.lookupField(category_field) if category_field else -1
    if category_required and field_index < 0:
        raise QgsProcessingException(
            tr("Layer '{0}' has no field '{1}'. Its fields are: {2}.").format(layer_name, category_field, ", ".join(fields.names()))
        )
    key_index = fields.lookupField(key_field) if key_field else -1
    extra_index = []
    for name in extra_fields:
        index = fields.lookupField(name)
        if index < 0:
            raise QgsProcessingException(
                tr("Layer '{0}' has no field '{1}'. Its fields are: {2}.").format(layer_name, name, ", ".join(fields.names())))
        extra_index.append(index)
    request = QgsFeatureRequest()
    request.setSubsetOfAttributes([i for i in (field_index, key_index, *extra_index) if i >= 0])
    request.setDestinationCrs(target_crs, transform_context)
    report = ReadReport(layer_name)
    if not source.sourceCrs().isValid():
        progress.warning(tr("Layer '{0}' has no coordinate reference system: it is read as if it were in {1}. "
                            "Set its CRS if that is wrong.").format(layer_name, target_crs.authid()))
    if wanted_categories is not None:
        selection = _category_filter(source, field_index, layer_name, wanted_categories)
        if selection is None:
            progress.warning(tr("{0} ({1}): no rule checks its categories, so it was not read. The rules for this role "
                                "check: {2}.").format(layer_name, role, ", ".join(sorted(wanted_categories)) or "-"))
            return FeatureTable(layer_name, role, [], [], []), report
        if selection:
            request.setFilterExpression(selection)

    missing_category = layer_name if name_when_empty else ""
    fids: list[int] = []
    keys: list[object] = []
    wkbs: list[bytes | None] = []
    categories: list[object] = []
    extras: list[list[object]] = [[] for _ in extra_index]
    total = max(source.featureCount(), 1)
    for count, feature in enumerate(source.getFeatures(request)):
        if count % 20000 == 0:
            check_cancelled(progress)
            progress.set_progress(100.0 * count / total)
        geometry = feature.geometry()
        fids.append(feature.id())
        if geometry.isNull() or geometry.isEmpty():
            wkbs.append(None)
        else:
            wkbs.append(bytes(geometry.asWkb()))
        if key_index >= 0:
            key = feature.attribute(key_index)
            keys.append(None if key is None or isinstance(key, QVariant) else str(key))
        for values, index in zip(extras, extra_index):
            value = feature.attribute(index)
            values.append(None if value is None or isinstance(value, QVariant) else value)
        if field_index >= 0:
            value = feature.attribute(field_index)
            categories.append(missing_category if value is None or value == "" or isinstance(value, QVariant) else value)
        else:
            categories.append(missing_category)
    report.read = len(fids)
    fid_array = np.asarray(fids, dtype=np.int64)
    geometries = geometries_from_wkb(np.asarray(wkbs, dtype=object), progress) if wkbs else np.empty(0, dtype=object)
    report.null_geometries = int(shapely.is_missing(geometries).sum()) if len(geometries) else 0
    kept, cleaned, repair = clean_geometries(fid_array, geometries, progress)
    report.repaired = len(repair.repaired_fids)
    report.dropped_after_repair = len(repair.dropped_fids) - report.null_geometries
    if report.null_geometries:
        without = fid_array[shapely.is_missing(geometries)]
        progress.warning(tr("Layer '{0}': {1} feature(s) without geometry skipped (feature ids {2}).").format(
            layer_name, report.null_geometries, some_ids(without)))
    if report.repaired:
        progress.warning(tr("Layer '{0}': {1} invalid geometry(ies) repaired (feature ids {2}).").format(
            layer_name, report.repaired, some_ids(repair.repaired_fids)))
    if repair.flattened_fids:
        progress.info(tr("Layer '{0}': {1} geometry collection(s) read as their parts of the highest dimension (feature ids {2}).").format(
            layer_name, len(repair.flattened_fids), some_ids(repair.flattened_fids)))
    if report.dropped_after_repair:
        progress.warning(tr("Layer '{0}': {1} empty geometry(ies) skipped.").format(layer_name, report.dropped_after_repair))
    table = FeatureTable(layer_name, role, fid_array[kept], cleaned, np.asarray(categories, dtype=object)[kept],
                         np.asarray(keys, dtype=object)[kept] if key_index >= 0 else None,
                         {name: np.asarray(values, dtype=object)[kept] for name, values in zip(extra_fields, extras)})
    return table, report



def _category_filter(source: QgsFeatureSource, field_index: int, layer_name: str, wanted: frozenset[str]) -> str | None:
    """An expression selecting the features whose category is wanted; '' for all of them, None for none."""
    name_wanted = normalise_category(layer_name) in wanted
    if field_index < 0:
        return "" if name_wanted else None
    values = [v for v in source.uniqueValues(field_index) if v is not None and v != "" and not isinstance(v, QVariant)]
    matching = [v for v in values if normalise_category(v) in wanted]
    if not matching and not name_wanted:
        return None
    if len(matching) == len(values) and name_wanted:
        return ""
    field = source.fields().at(field_index)
    column = QgsExpression.quotedColumnRef(field.name())
    clauses = [f"{column} IN ({', '.join(QgsExpression.quotedValue(v) for v in matching)})"] if matching else []
    if name_wanted:
        # Features without a category fall back to the layer's name, which a rule wants.
        clauses.append(f"{column} IS NULL" + ("" if field.isNumeric() or field.isDateOrTime() else f" OR {column} = ''"))
    return " OR ".join(clauses)
