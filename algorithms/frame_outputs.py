"""The outputs that accessibility by road and by public transport share: a per-municipality summary, a change per
feature and per municipality (before and after), and writing a result frame into a sink."""

from __future__ import annotations

from qgis.core import (
    Qgis,
    QgsCoordinateReferenceSystem,
    QgsProcessingException,
    QgsProcessingParameterFeatureSink,
)

from ..qgis_adapter.compat import source_type
from ..qgis_adapter.writing import INTEGER, fields_for, kind_of, write_frame_to_sink
from ..i18n.labels import whole_area_label

OUTPUT = "OUTPUT"
SUMMARY = "SUMMARY"
CHANGE = "CHANGE"
CHANGE_SUMMARY = "CHANGE_SUMMARY"
_MULTI = (Qgis.WkbType.MultiPolygon, Qgis.WkbType.MultiPoint, Qgis.WkbType.MultiLineString)


def add_summary_sink(algorithm, label: str) -> None:
    """The per-municipality table (no geometry), made by default."""
    algorithm.addParameter(
        QgsProcessingParameterFeatureSink(SUMMARY, label, source_type("Vector"), optional=True, createByDefault=True)
    )


def add_change_sinks(algorithm, per_feature_label: str, per_municipality_label: str) -> None:
    """The change (after minus before) per feature and per municipality, made by default when there is a change."""
    algorithm.addParameter(
        QgsProcessingParameterFeatureSink(CHANGE, per_feature_label, optional=True, createByDefault=True)
    )
    algorithm.addParameter(
        QgsProcessingParameterFeatureSink(
            CHANGE_SUMMARY, per_municipality_label, source_type("Vector"), optional=True, createByDefault=True
        )
    )


def write_frame(algorithm, parameters, context, key, frame, wkb_type, crs, results: dict, required: bool = False):
    """A frame's columns (all but 'geometry'; 'fid' as an integer) and geometries (none when `wkb_type` is None) into
    the sink `key`; its destination into `results` and returned. None when the sink is not wanted (an error when it is
    `required`)."""
    columns = [c for c in frame.columns if c != "geometry"]
    fields = fields_for([(c, INTEGER if c == "fid" else kind_of(frame[c])) for c in columns])
    sink, dest = algorithm.parameterAsSink(
        parameters,
        key,
        context,
        fields,
        wkb_type if wkb_type is not None else Qgis.WkbType.NoGeometry,
        crs if wkb_type is not None else QgsCoordinateReferenceSystem(),
    )
    if sink is None:
        if required:
            raise QgsProcessingException(algorithm.invalidSinkError(parameters, key))
        return None
    multi = wkb_type is not None and Qgis.WkbType(wkb_type) in _MULTI
    if wkb_type is None and "municipality" in frame:  # a summary: its whole-area row named in words, not '*'
        frame = frame.assign(municipality=frame["municipality"].replace("*", whole_area_label()))
    write_frame_to_sink(sink, frame, columns, multi=multi)
    del sink
    results[key] = dest
    return dest
