"""Engine results out: pandas frames with shapely geometries into QGIS sinks and GeoPackage files."""

from __future__ import annotations

import math
from pathlib import Path

import numpy as np
import pandas as pd
import shapely
from qgis.core import (
    Qgis,
    QgsCoordinateReferenceSystem,
    QgsCoordinateTransformContext,
    QgsFeature,
    QgsFeatureSink,
    QgsField,
    QgsFields,
    QgsGeometry,
    QgsProcessingException,
    QgsVectorFileWriter,
)
from qgis.PyQt.QtCore import QMetaType, QVariant

from ..core.progress import Progress, check_cancelled
from ..i18n.translation import tr
from .results_file import pause_for_fault_test

TEXT, INTEGER, REAL = "text", "integer", "real"
_CHUNK = 5000


def make_field(name: str, kind: str) -> QgsField:
    """A QgsField of a plain kind, built with QMetaType where QGIS takes it (3.38+), else QVariant."""
    meta = {TEXT: QMetaType.Type.QString, INTEGER: QMetaType.Type.LongLong, REAL: QMetaType.Type.Double}[kind]
    try:
        return QgsField(name, meta)
    except TypeError:
        variant = {TEXT: QVariant.String, INTEGER: QVariant.LongLong, REAL: QVariant.Double}[kind]
        return QgsField(name, variant)


def kind_of(series: pd.Series) -> str:
    if pd.api.types.is_integer_dtype(series.dtype) or pd.api.types.is_bool_dtype(series.dtype):
        return INTEGER
    if pd.api.types.is_float_dtype(series.dtype):
        return REAL
    return TEXT


def fields_for(columns: list[tuple[str, str]]) -> QgsFields:
    fields = QgsFields()
    for name, kind in columns:
        fields.append(make_field(name, kind))
    return fields


def _qgis_value(value: object) -> object:
    """numpy scalars and NaN as QGIS wants them: Python numbers, NULL for missing."""
    if value is None:
        return None
    if isinstance(value, (float, np.floating)):
        return None if math.isnan(value) else float(value)
    if isinstance(value, (np.integer,)):
        return int(value)
    if isinstance(value, (np.bool_,)):
        return int(value)
    return value


def features_of(frame: pd.DataFrame, columns: list[str], multi: bool) -> list[QgsFeature]:
    """QgsFeatures of a frame's rows, geometry from its 'geometry' column when there is one.

    The values are made plain column by column and the geometries turned multi and into WKB in bulk, so that
    what is left per row is building the feature itself."""
    rows = zip(*(_qgis_column(frame[c].to_numpy()) for c in columns)) if columns else iter([()] * len(frame))
    if "geometry" in frame.columns:
        geometries = frame["geometry"].to_numpy(dtype=object)
        wkbs = shapely.to_wkb(as_multi(geometries) if multi else geometries).tolist()
    else:
        wkbs = [None] * len(frame)
    features = []
    for values, wkb in zip(rows, wkbs):
        feature = QgsFeature()
        feature.setAttributes(list(values))
        if wkb is not None:
            geometry = QgsGeometry()
            geometry.fromWkb(wkb)
            feature.setGeometry(geometry)
        features.append(feature)
    return features


def _qgis_column(values: np.ndarray) -> list:
    """A column as QGIS wants its values: Python numbers and text, None for missing (NaN, None); booleans as 0/1."""
    if values.dtype.kind == "b":
        return values.astype(np.int64).tolist()
    if values.dtype.kind in "iu":
        return values.tolist()
    if values.dtype.kind == "f":
        plain = values.astype(object)
        plain[np.isnan(values)] = None
        return plain.tolist()
    plain = np.asarray(values, dtype=object)
    listed = plain.tolist()
    missing = pd.isna(plain)
    if pd.api.types.infer_dtype(plain, skipna=True) in ("string", "empty") and (
        not missing.any() or np.equal(plain[missing], None).all()
    ):
        return listed  # text and None only (the usual case): nothing to convert, and no look at each value
    scalars = [i for i, v in enumerate(listed) if isinstance(v, (np.generic, float))]
    for i in scalars:
        listed[i] = _qgis_value(listed[i])
    return listed


def as_multi(geometries: np.ndarray) -> np.ndarray:
    """Points, lines and polygons as one-part multi geometries (others, and missing ones, as they are)."""
    geometries = np.asarray(geometries, dtype=object).copy()
    type_ids = shapely.get_type_id(geometries)
    for single, make in ((0, shapely.multipoints), (1, shapely.multilinestrings), (3, shapely.multipolygons)):
        rows = np.flatnonzero((type_ids == single) & ~shapely.is_empty(geometries))
        if len(rows):
            geometries[rows] = make(geometries[rows], indices=np.arange(len(rows)))
    return geometries


def write_frame_to_sink(
    sink: QgsFeatureSink, frame: pd.DataFrame, columns: list[str], multi: bool = True, progress: Progress | None = None
) -> int:
    """Add a frame's rows to a sink in chunks; returns the number written."""
    written = 0
    for start in range(0, len(frame), _CHUNK):
        chunk = frame.iloc[start : start + _CHUNK]
        if not sink.addFeatures(features_of(chunk, columns, multi), QgsFeatureSink.Flag.FastInsert):
            raise QgsProcessingException(
                tr("Could not write features to the output: {0}").format(getattr(sink, "lastError", lambda: "")())
            )
        written += len(chunk)
        pause_for_fault_test("write")
        if progress is not None:
            progress.set_progress(100.0 * written / max(len(frame), 1))
    return written


_WKB_TYPES = {
    "Point": Qgis.WkbType.Point,
    "LineString": Qgis.WkbType.LineString,
    "Polygon": Qgis.WkbType.Polygon,
    "MultiPoint": Qgis.WkbType.MultiPoint,
    "MultiLineString": Qgis.WkbType.MultiLineString,
    "MultiPolygon": Qgis.WkbType.MultiPolygon,
    None: Qgis.WkbType.NoGeometry,
}


def write_gpkg_layer(
    path: Path,
    layer_name: str,
    frame: pd.DataFrame,
    geometry_type: str | None,
    crs: QgsCoordinateReferenceSystem,
    append_to_file: bool,
    progress: Progress,
) -> None:
    """Write one frame as a GeoPackage layer; 'fid' (1..n) becomes the layer's feature id."""
    options = QgsVectorFileWriter.SaveVectorOptions()
    options.driverName = "GPKG"
    options.layerName = layer_name
    options.fileEncoding = "UTF-8"
    options.actionOnExistingFile = (
        QgsVectorFileWriter.ActionOnExistingFile.CreateOrOverwriteLayer
        if append_to_file
        else QgsVectorFileWriter.ActionOnExistingFile.CreateOrOverwriteFile
    )
    columns = [c for c in frame.columns if c != "geometry"]
    fields = fields_for([(c, kind_of(frame[c])) for c in columns])
    writer = QgsVectorFileWriter.create(
        str(path), fields, _WKB_TYPES[geometry_type], crs, QgsCoordinateTransformContext(), options
    )
    if writer.hasError() != QgsVectorFileWriter.WriterError.NoError:
        raise QgsProcessingException(
            tr("Could not create layer '{0}' in {1}: {2}").format(layer_name, path, writer.errorMessage())
        )
    try:
        for start in range(0, len(frame), _CHUNK):
            check_cancelled(progress)
            chunk = frame.iloc[start : start + _CHUNK]
            features = features_of(chunk, columns, multi=False)
            for feature, fid in zip(features, chunk["fid"].to_numpy() if "fid" in columns else [None] * len(chunk)):
                if fid is not None:
                    feature.setId(int(fid))
            if not writer.addFeatures(features):
                raise QgsProcessingException(
                    tr("Could not write layer '{0}' in {1}: {2}").format(layer_name, path, writer.errorMessage())
                )
    finally:
        del writer  # closes the layer and commits
