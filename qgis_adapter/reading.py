"""QGIS layers in, engine arrays out: features read once, transformed to the analysis CRS, repaired."""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np
import pandas as pd
import shapely
from qgis.core import (
    QgsDataSourceUri,
    Qgis,
    QgsCoordinateReferenceSystem,
    QgsCoordinateTransformContext,
    QgsExpression,
    QgsFeatureRequest,
    QgsFeatureSource,
    QgsMapLayer,
    QgsProcessingException,
    QgsProviderRegistry,
    QgsVectorLayer,
)


from ..core.categories import normalise_categories, normalise_category
from ..core.features import FeatureTable, clean_geometries
from ..core.spatial_index import geometries_from_wkb
from ..core.messages import some_ids
from ..core.progress import Progress, check_cancelled
from ..core.reach import Reach
from ..i18n.labels import role_label
from ..i18n.translation import tr
from . import fast_read
from .values import none_for_null
from .input_checks import (
    coordinates_without_crs,
    empty_category_ids,
    report_curves,
    report_empty_categories,
    straight,
    without_duplicates,
)


@dataclass
class ReadReport:
    layer_name: str
    read: int = 0
    null_geometries: int = 0
    repaired: int = 0
    dropped_after_repair: int = 0
    total: int = -1  # features in the layer, where known
    within_reach: bool = False  # only the features within the plan's reach were asked for


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
        raise QgsProcessingException(
            tr("The analysis CRS is not valid. Choose a projected metric CRS such as SWEREF 99 TM (EPSG:3006).")
        )
    if not is_metric_crs(crs):
        raise QgsProcessingException(
            tr(
                "The analysis CRS {0} measures in degrees or other non-metric units, or stretches distances and areas as "
                "Mercator does (twice the distance, four times the area in Sweden); results would be wrong. "
                "Choose a projected metric CRS such as SWEREF 99 TM (EPSG:3006)."
            ).format(crs.authid() or crs.description())
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
    reach: Reach | None = None,
    count_duplicates_once: bool = True,
) -> tuple[FeatureTable, ReadReport]:
    """Read the features of a source into a FeatureTable in the analysis CRS.

    The category is the value of `category_field` where the layer has that field and the value is not
    empty; else, with `name_when_empty` (theme layers), the layer's name, and otherwise no category. With `wanted_categories` (normalised), only features of those
    categories are read: the filter goes to the data provider, so a million buildings of which the
    rules need none cost nothing. With a `reach` (see core/reach.py), only features whose bounding box meets
    it are asked for (by file layers' R-tree, PostGIS's index). Null geometries are skipped, invalid ones
    repaired; both are counted. File layers in the analysis CRS are read through GDAL's Arrow stream
    (fast_read), the same features with the same ids as QGIS would give. The checks
    of input_checks apply: no CRS, curves, empty categories, duplicates (read once with `count_duplicates_once`).
    """
    fields = source.fields()
    field_index = fields.lookupField(category_field) if category_field else -1
    if category_required and field_index < 0:
        raise QgsProcessingException(
            tr("Layer '{0}' has no field '{1}'. Its fields are: {2}.").format(
                layer_name, category_field, ", ".join(fields.names())
            )
        )
    key_index = fields.lookupField(key_field) if key_field else -1
    extra_index = []
    for name in extra_fields:
        index = fields.lookupField(name)
        if index < 0:
            raise QgsProcessingException(
                tr("Layer '{0}' has no field '{1}'. Its fields are: {2}.").format(
                    layer_name, name, ", ".join(fields.names())
                )
            )
        extra_index.append(index)
    report = ReadReport(layer_name)
    missing_category = layer_name if name_when_empty else ""
    names = {index: fields.at(index).name() for index in (field_index, key_index, *extra_index) if index >= 0}
    fast = _read_fast(
        source,
        layer_name,
        role,
        target_crs,
        progress,
        names,
        field_index,
        key_index,
        extra_index,
        extra_fields,
        missing_category,
        wanted_categories,
        reach,
        report,
        count_duplicates_once,
    )
    if fast is not None:
        return fast
    request = QgsFeatureRequest()
    request.setSubsetOfAttributes([i for i in (field_index, key_index, *extra_index) if i >= 0])
    if not coordinates_without_crs(source, layer_name, target_crs, transform_context, progress):
        request.setDestinationCrs(target_crs, transform_context)
    if wanted_categories is not None:
        selection = _category_filter(source, field_index, layer_name, wanted_categories)
        if field_index >= 0 and (selection is None or "IS NULL" not in selection):
            # The filter leaves out features without a category: they are named here, as they are not read.
            report_empty_categories(
                layer_name, fields.at(field_index).name(), empty_category_ids(source, field_index), "", progress
            )
        if selection is None:
            progress.warning(_not_read(layer_name, role, wanted_categories))
            return FeatureTable(layer_name, role, [], [], []), report
        if selection:
            request.setFilterExpression(selection)
    count = int(source.featureCount())  # the whole layer's (-1 where the provider does not know)
    total = max(count, 1)
    spatial = _reach_filter(source, reach, target_crs, transform_context)
    if spatial:
        report.within_reach = True
        report.total = count
    if isinstance(spatial, QgsVectorLayer):
        source = spatial  # the same table, the reach in its subset: the server joins it with its index
    elif spatial:
        request.combineFilterExpression(spatial) if request.filterExpression() else request.setFilterExpression(spatial)

    fids: list[int] = []
    keys: list[object] = []
    wkbs: list[bytes | None] = []
    categories: list[object] = []
    extras: list[list[object]] = [[] for _ in extra_index]
    curved: list[int] = []
    empty_category: list[int] = []
    for count, feature in enumerate(source.getFeatures(request)):
        if count % 20000 == 0:
            check_cancelled(progress)
            progress.set_progress(100.0 * count / total)
        geometry = feature.geometry()
        fids.append(feature.id())
        if geometry.isNull() or geometry.isEmpty():
            wkbs.append(None)
        else:
            flat = straight(geometry)
            if flat is not geometry:
                curved.append(feature.id())
            wkbs.append(bytes(flat.asWkb()))
        if key_index >= 0:
            key = none_for_null(feature.attribute(key_index))
            keys.append(None if key is None else str(key))
        for values, index in zip(extras, extra_index):
            values.append(none_for_null(feature.attribute(index)))
        if field_index >= 0:
            value = none_for_null(feature.attribute(field_index))
            if value is None or value == "":
                empty_category.append(feature.id())
                categories.append(missing_category)
            else:
                categories.append(value)
        else:
            categories.append(missing_category)
    report_curves(layer_name, curved, progress)
    if field_index >= 0:
        report_empty_categories(
            layer_name,
            fields.at(field_index).name(),
            np.asarray(empty_category, dtype=np.int64),
            missing_category,
            progress,
        )
    fid_array = np.asarray(fids, dtype=np.int64)
    geometries = geometries_from_wkb(np.asarray(wkbs, dtype=object), progress) if wkbs else np.empty(0, dtype=object)
    return _feature_table(
        layer_name,
        role,
        fid_array,
        geometries,
        np.asarray(categories, dtype=object),
        keys,
        key_index >= 0,
        {name: np.asarray(values, dtype=object) for name, values in zip(extra_fields, extras)},
        report,
        progress,
        count_duplicates_once,
    )


def _feature_table(
    layer_name: str,
    role: str,
    fid_array: np.ndarray,
    geometries: np.ndarray,
    categories: np.ndarray,
    keys: list,
    has_keys: bool,
    extras: dict[str, np.ndarray],
    report: ReadReport,
    progress: Progress,
    count_duplicates_once: bool = True,
) -> tuple[FeatureTable, ReadReport]:
    """The features read, their geometries repaired and counted, as a FeatureTable."""
    report.read = len(fid_array)
    report.null_geometries = int(shapely.is_missing(geometries).sum()) if len(geometries) else 0
    kept, cleaned, repair = clean_geometries(fid_array, geometries, progress)
    report.repaired = len(repair.repaired_fids)
    report.dropped_after_repair = len(repair.dropped_fids) - report.null_geometries
    if report.null_geometries:
        without = fid_array[shapely.is_missing(geometries)]
        progress.warning(
            tr("Layer '{0}': {1} feature(s) without geometry skipped (feature ids {2}).").format(
                layer_name, report.null_geometries, some_ids(without)
            )
        )
    if report.repaired:
        progress.warning(
            tr("Layer '{0}': {1} invalid geometry(ies) repaired (feature ids {2}).").format(
                layer_name, report.repaired, some_ids(repair.repaired_fids)
            )
        )
    if repair.flattened_fids:
        progress.info(
            tr(
                "Layer '{0}': {1} geometry collection(s) read as their parts of the highest dimension (feature ids {2})."
            ).format(layer_name, len(repair.flattened_fids), some_ids(repair.flattened_fids))
        )
    if report.dropped_after_repair:
        progress.warning(
            tr("Layer '{0}': {1} empty geometry(ies) skipped.").format(layer_name, report.dropped_after_repair)
        )
    table = FeatureTable(
        layer_name,
        role,
        fid_array[kept],
        cleaned,
        categories[kept],
        np.asarray(keys, dtype=object)[kept] if has_keys else None,
        {name: values[kept] for name, values in extras.items()},
    )
    return without_duplicates(table, progress, count_duplicates_once), report


def _read_fast(
    source,
    layer_name: str,
    role: str,
    target_crs,
    progress: Progress,
    names: dict[int, str],
    field_index: int,
    key_index: int,
    extra_index: list[int],
    extra_fields: tuple[str, ...],
    missing_category: str,
    wanted_categories: frozenset[str] | None,
    reach: Reach | None,
    report: ReadReport,
    count_duplicates_once: bool = True,
):
    """The table read through GDAL's Arrow stream (categories filtered here, before any geometry is parsed), or None
    where QGIS must read the layer: not a plain file layer in the analysis CRS, or a geometry GEOS cannot read."""
    where = fast_read.file_layer(source, target_crs)
    if where is None:
        return None
    if wanted_categories is not None and field_index < 0 and normalise_category(layer_name) not in wanted_categories:
        progress.warning(_not_read(layer_name, role, wanted_categories))
        return FeatureTable(layer_name, role, [], [], []), report
    raw = fast_read.read_file_layer(
        where, list(names.values()), reach.rectangles if reach is not None else None, progress
    )
    if raw is None:
        return None
    raw_categories = raw.values[names[field_index]] if field_index >= 0 else np.full(len(raw.fids), None, dtype=object)
    empty = pd.isna(raw_categories) | (raw_categories == "")
    categories = np.where(empty, missing_category, raw_categories).astype(object)
    if field_index >= 0:
        fallback_used = missing_category and (
            wanted_categories is None or normalise_category(missing_category) in wanted_categories
        )
        report_empty_categories(
            layer_name,
            names[field_index],
            np.asarray(raw.fids)[np.asarray(empty, dtype=bool)],
            missing_category if fallback_used else "",
            progress,
        )
    rows = np.arange(len(raw.fids))
    if wanted_categories is not None:
        rows = np.flatnonzero(np.isin(normalise_categories(categories), list(wanted_categories)))
    geometries = fast_read.geometries_or_none(raw.wkbs[rows], progress)
    if geometries is None:
        return None
    report.total = max(int(source.featureCount()), 0)
    report.within_reach = raw.filtered
    if wanted_categories is not None and len(rows) == 0:
        progress.warning(
            tr(
                "{0} ({1}): no feature within reach of the plan has a category a rule checks ({2}), so none was used."
            ).format(layer_name, role_label(role), ", ".join(sorted(wanted_categories)) or "-")
            if report.within_reach
            else _not_read(layer_name, role, wanted_categories)
        )
    keys = [None if v is None else str(v) for v in raw.values[names[key_index]][rows]] if key_index >= 0 else []
    extras = {name: raw.values[names[index]][rows] for name, index in zip(extra_fields, extra_index)}
    return _feature_table(
        layer_name,
        role,
        raw.fids[rows],
        geometries,
        categories[rows],
        keys,
        key_index >= 0,
        extras,
        report,
        progress,
        count_duplicates_once,
    )


def _not_read(layer_name: str, role: str, wanted_categories: frozenset[str]) -> str:
    return tr(
        "{0} ({1}): no rule checks its categories, so it was not read. The rules for this role check: {2}."
    ).format(layer_name, role_label(role), ", ".join(sorted(wanted_categories)) or "-")


def _reach_filter(source, reach: Reach | None, target_crs, transform_context) -> QgsVectorLayer | str | None:
    """The reach for PostGIS layers, which the server evaluates with its index: for a table, the same table as a new
    layer whose subset joins the reach's rectangles (fast_read.reach_sql); for a query, an expression. None for
    other layers, which QGIS would test feature by feature in Python's thread (no faster than the engine)."""
    if reach is None or not isinstance(source, QgsVectorLayer) or source.providerType() != "postgres":
        return None
    uri = QgsDataSourceUri(source.source())
    clause = fast_read.reach_sql(reach, uri, source.crs(), target_crs, transform_context)
    if clause and not source.isModified():  # a new layer would not have the unsaved edits
        reached = QgsVectorLayer(source.source(), source.name(), "postgres")
        subset = source.subsetString()
        if reached.isValid() and reached.setSubsetString(f"({subset}) AND ({clause})" if subset else clause):
            return reached
    return fast_read.reach_expression(reach, source.crs(), target_crs, transform_context)


def _category_filter(source: QgsFeatureSource, field_index: int, layer_name: str, wanted: frozenset[str]) -> str | None:
    """An expression selecting the features whose category is wanted; '' for all of them, None for none."""
    name_wanted = normalise_category(layer_name) in wanted
    if field_index < 0:
        return "" if name_wanted else None
    values = [v for v in map(none_for_null, source.uniqueValues(field_index)) if v is not None and v != ""]
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
        clauses.append(
            f"{column} IS NULL" + ("" if field.isNumeric() or field.isDateOrTime() else f" OR {column} = ''")
        )
    return " OR ".join(clauses)
