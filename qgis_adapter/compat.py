"""Enum names that moved between QGIS 3.34 and the scoped enums of 3.36+ (and QGIS 4): one place to ask, for the
algorithms, the adapter and the user interface alike."""

from __future__ import annotations

from qgis.core import (
    Qgis,
    QgsFeatureRequest,
    QgsFieldProxyModel,
    QgsMapLayerProxyModel,
    QgsProcessing,
    QgsProcessingAlgorithm,
    QgsProcessingParameterDefinition,
    QgsProcessingParameterNumber,
)

_SCOPED = hasattr(Qgis, "ProcessingSourceType")


def source_type(name: str):
    """'VectorPolygon', 'VectorLine', 'VectorPoint', 'Vector' or 'VectorAnyGeometry'."""
    return getattr(Qgis.ProcessingSourceType, name) if _SCOPED else getattr(QgsProcessing, f"Type{name}")


def number_type(name: str):
    """'Integer' or 'Double'."""
    return getattr(Qgis.ProcessingNumberParameterType, name) if _SCOPED else getattr(QgsProcessingParameterNumber, name)


OPTIONAL_PARAMETER = Qgis.ProcessingParameterFlag.Optional if _SCOPED else QgsProcessingParameterDefinition.FlagOptional
# A feature request without geometries.
NO_GEOMETRY = QgsFeatureRequest.Flag.NoGeometry if hasattr(QgsFeatureRequest, "Flag") else QgsFeatureRequest.NoGeometry
NO_GEOMETRY_CHECK = (
    Qgis.InvalidGeometryCheck.NoCheck if hasattr(Qgis, "InvalidGeometryCheck") else QgsFeatureRequest.GeometryNoCheck
)
ADVANCED_PARAMETER = Qgis.ProcessingParameterFlag.Advanced if _SCOPED else QgsProcessingParameterDefinition.FlagAdvanced
# An algorithm that must run in the main thread (a print layout, for one).
NO_THREADING = (
    Qgis.ProcessingAlgorithmFlag.NoThreading
    if hasattr(Qgis, "ProcessingAlgorithmFlag")
    else QgsProcessingAlgorithm.FlagNoThreading
)
# A field combo box's filter for text fields.
STRING_FIELDS = QgsFieldProxyModel.Filter.String if hasattr(QgsFieldProxyModel, "Filter") else QgsFieldProxyModel.String


def layer_filter(*names: str):
    """QgsMapLayerProxyModel filters by name, scoped enums in QGIS 3.34+ (and 4), flags before."""
    flags = getattr(Qgis, "LayerFilter", QgsMapLayerProxyModel)
    value = getattr(flags, names[0])
    for name in names[1:]:
        value = value | getattr(flags, name)
    return value


# Processing's Python widget wrappers (processing.gui.wrappers), through which a parameter names its own widget in its
# metadata: deprecated since QGIS 3.12, gone in QGIS 4, where a form falls back on QGIS's own widget.
PYTHON_WIDGET_WRAPPERS = Qgis.versionInt() < 40000
