"""Enum names that moved between QGIS 3.34 and the scoped enums of 3.36+ (and QGIS 4): one place to ask."""
from __future__ import annotations

from qgis.core import (
    Qgis,
    QgsFeatureRequest,
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
NO_GEOMETRY_CHECK = Qgis.InvalidGeometryCheck.NoCheck if hasattr(Qgis, "InvalidGeometryCheck") else QgsFeatureRequest.GeometryNoCheck
ADVANCED_PARAMETER = Qgis.ProcessingParameterFlag.Advanced if _SCOPED else QgsProcessingParameterDefinition.FlagAdvanced
# An algorithm that must run in the main thread (a print layout, for one).
NO_THREADING = Qgis.ProcessingAlgorithmFlag.NoThreading if hasattr(Qgis, "ProcessingAlgorithmFlag") else \
    QgsProcessingAlgorithm.FlagNoThreading
