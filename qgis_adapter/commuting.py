"""Commuting tables and zones from QGIS: a CSV file or any table layer, and a zones layer with a code field."""

from __future__ import annotations

import numpy as np
import pandas as pd
from qgis.core import (
    QgsCoordinateReferenceSystem,
    QgsCoordinateTransformContext,
    QgsFeatureSource,
    QgsProcessingException,
)

from ..core.commuting import (
    CommutingColumns,
    CommutingMatrix,
    CommutingTableError,
    build_matrix,
    commuting_frame_from_records,
    normalise_code,
    read_commuting_csv,
    resolve_columns,
)
from ..core.messages import some_ids
from ..core.progress import Progress
from ..i18n.translation import tr
from .progress import localised
from .reading import read_feature_table
from .tables import attribute_frame


def read_commuting_table(
    path: str | None, source: QgsFeatureSource | None, source_name: str, columns: CommutingColumns, progress: Progress
) -> tuple[pd.DataFrame, str]:
    """The checked commuting rows from a CSV file or a table layer (exactly one of them), and the name to cite."""
    try:
        if path:
            return read_commuting_csv(path, columns, progress), path
        if source is None:
            raise QgsProcessingException(tr("Give the commuting table: a CSV file or a table layer."))
        fields = source.fields()
        columns = resolve_columns(fields.names(), columns, source_name, 0, "feature", progress)
        frame = attribute_frame(source, progress, fields=list(columns.as_tuple()), feature_ids=True)
        records = zip(frame.index, *(frame[name] for name in columns.as_tuple()))
        return commuting_frame_from_records(records, source_name, columns, unit="feature"), source_name
    except CommutingTableError as error:
        raise QgsProcessingException(tr("The commuting table cannot be used: {0}").format(localised(error))) from None


def read_zones(
    source: QgsFeatureSource,
    layer_name: str,
    code_field: str,
    name_field: str | None,
    crs: QgsCoordinateReferenceSystem,
    transform_context: QgsCoordinateTransformContext,
    progress: Progress,
) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """Codes, names and geometries (analysis CRS) of the zones with a geometry."""
    fields = source.fields()
    for name in (code_field, name_field):
        if name and fields.lookupField(name) < 0:
            raise QgsProcessingException(
                tr("Layer '{0}' has no field '{1}'. Its fields are: {2}.").format(
                    layer_name, name, ", ".join(fields.names())
                )
            )
    table, _ = read_feature_table(
        source,
        layer_name,
        "zones",
        name_field or code_field,
        crs,
        transform_context,
        progress,
        category_required=True,
        name_when_empty=False,
        key_field=code_field,
    )
    no_code = np.array([k is None or str(k).strip() == "" for k in table.keys], dtype=bool)
    if no_code.any():
        raise QgsProcessingException(
            tr("Layer '{0}': {1} zone(s) have no code in the field '{2}' (feature ids {3}).").format(
                layer_name, int(no_code.sum()), code_field, some_ids(table.fids[no_code])
            )
        )
    codes = np.array([normalise_code(k) for k in table.keys], dtype=object)
    names = np.array(
        [str(c) if c not in (None, "") else code for c, code in zip(table.categories, codes)], dtype=object
    )
    return codes, names, table.geometries


def zones_and_matrix(
    zone_source,
    zone_name,
    code_field,
    name_field,
    crs,
    transform_context,
    path,
    table_source,
    table_name,
    columns: CommutingColumns,
    progress: Progress,
) -> tuple[CommutingMatrix, np.ndarray, str]:
    """The commuting matrix over the zones (in code order) and the zones' geometries in that order."""
    codes, names, geometries = read_zones(
        zone_source, zone_name, code_field, name_field, crs, transform_context, progress
    )
    table, cited = read_commuting_table(path, table_source, table_name, columns, progress)
    try:
        matrix = build_matrix(table, codes, names, cited, zone_name, progress)
    except CommutingTableError as error:
        raise QgsProcessingException(localised(error)) from None
    order = pd.Index(codes).get_indexer(matrix.codes)
    return matrix, np.asarray(geometries, dtype=object)[order], cited


def area_codes(
    source: QgsFeatureSource | None,
    layer_name: str,
    code_field: str | None,
    points: np.ndarray,
    crs: QgsCoordinateReferenceSystem,
    transform_context: QgsCoordinateTransformContext,
    progress: Progress,
) -> np.ndarray | None:
    """The code of the area (municipality, county, region) holding each point; None without a layer."""
    from ..core.flow_lines import area_of_points

    if source is None:
        return None
    fields = source.fields()
    if not code_field:
        text = [f.name() for f in fields]
        if not text:
            raise QgsProcessingException(tr("Layer '{0}' has no field to tell its areas apart.").format(layer_name))
        code_field = text[0]
        progress.info(tr("Layer '{0}': areas told apart by the field '{1}'.").format(layer_name, code_field))
    if fields.lookupField(code_field) < 0:
        raise QgsProcessingException(
            tr("Layer '{0}' has no field '{1}'. Its fields are: {2}.").format(
                layer_name, code_field, ", ".join(fields.names())
            )
        )
    table, _ = read_feature_table(
        source,
        layer_name,
        "boundaries",
        code_field,
        crs,
        transform_context,
        progress,
        category_required=True,
        name_when_empty=False,
    )
    codes = np.array(
        [normalise_code(c) if c not in (None, "") else f"fid {f}" for c, f in zip(table.categories, table.fids)],
        dtype=object,
    )
    located = area_of_points(points, table.geometries, codes)
    outside = np.array([c is None for c in located], dtype=bool)
    if outside.any():
        progress.warning(
            tr("Layer '{0}': {1} zone(s) lie outside every area; their flows get no border flag.").format(
                layer_name, int(outside.sum())
            )
        )
    return located
