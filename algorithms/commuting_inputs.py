"""The inputs samplan:functionalregions and samplan:commutingflows share: zones, a commuting table, the CRS."""

from __future__ import annotations

from qgis.core import (
    QgsProcessingException,
    QgsProcessingParameterCrs,
    QgsProcessingParameterFeatureSource,
    QgsProcessingParameterField,
    QgsProcessingParameterFile,
    QgsProcessingParameterString,
)

from ..core.commuting import CommutingColumns
from ..i18n.translation import tr
from ..qgis_adapter.commuting import zones_and_matrix
from ..qgis_adapter.reading import require_metric_crs
from ..qgis_adapter.compat import source_type
from .form_guides import guessed_field_value, guessing_field_parameter
from .inputs import layer_name, source_as_is

ZONES = "ZONES"
ZONE_CODE = "ZONE_CODE"
ZONE_NAME = "ZONE_NAME"
COMMUTING_FILE = "COMMUTING_FILE"
COMMUTING_TABLE = "COMMUTING_TABLE"
RESIDENCE_FIELD = "RESIDENCE_FIELD"
WORKPLACE_FIELD = "WORKPLACE_FIELD"
COUNT_FIELD = "COUNT_FIELD"
CRS = "CRS"


def add_commuting_parameters(algorithm) -> None:
    algorithm.addParameter(
        QgsProcessingParameterFeatureSource(
            ZONES, tr("Zones (municipalities or statistical areas)"), [source_type("VectorPolygon")]
        )
    )
    algorithm.addParameter(QgsProcessingParameterField(ZONE_CODE, tr("Zone code field"), "kommunkod", ZONES))
    algorithm.addParameter(guessing_field_parameter(ZONE_NAME, tr("Zone name field"), ZONES, "zone_name"))
    algorithm.addParameter(
        QgsProcessingParameterFile(COMMUTING_FILE, tr("Commuting table as a CSV file"), extension="csv", optional=True)
    )
    algorithm.addParameter(
        QgsProcessingParameterFeatureSource(
            COMMUTING_TABLE, tr("Commuting table as a layer (any table)"), [source_type("Vector")], optional=True
        )
    )
    algorithm.addParameter(
        QgsProcessingParameterString(RESIDENCE_FIELD, tr("Column of the residence zone code"), "bostadskommun")
    )
    algorithm.addParameter(
        QgsProcessingParameterString(WORKPLACE_FIELD, tr("Column of the workplace zone code"), "arbetskommun")
    )
    algorithm.addParameter(
        QgsProcessingParameterString(COUNT_FIELD, tr("Column of the number of employed commuters"), "antal")
    )


def add_crs_parameter(algorithm) -> None:
    algorithm.addParameter(QgsProcessingParameterCrs(CRS, tr("Analysis CRS (projected, metres)"), "EPSG:3006"))


def read_commuting_inputs(algorithm, parameters, context, progress):
    """(matrix, zone geometries in matrix order, crs, zones layer name, table name) from the algorithm's parameters."""
    crs = algorithm.parameterAsCrs(parameters, CRS, context)
    require_metric_crs(crs)
    zones = source_as_is(algorithm, parameters, ZONES, context)
    if zones is None:
        raise QgsProcessingException(algorithm.invalidSourceError(parameters, ZONES))
    zone_name = layer_name(algorithm, parameters, ZONES, context, "zones")
    if zones.featureCount() == 0:
        raise QgsProcessingException(tr("Layer '{0}' (zones) has no features.").format(zone_name))
    path = algorithm.parameterAsFile(parameters, COMMUTING_FILE, context) or None
    table = algorithm.parameterAsSource(parameters, COMMUTING_TABLE, context)
    if path and table is not None:
        raise QgsProcessingException(tr("Give the commuting table either as a CSV file or as a layer, not both."))
    if not path and table is None:
        raise QgsProcessingException(tr("Give the commuting table: a CSV file or a table layer."))
    table_name = layer_name(algorithm, parameters, COMMUTING_TABLE, context, "commuting") if table is not None else ""
    columns = CommutingColumns(
        *(
            algorithm.parameterAsString(parameters, key, context).strip()
            for key in (RESIDENCE_FIELD, WORKPLACE_FIELD, COUNT_FIELD)
        )
    )
    code_field = algorithm.parameterAsString(parameters, ZONE_CODE, context)
    name_field = guessed_field_value(algorithm, parameters, ZONE_NAME, context, zones, "zone_name")
    matrix, geometries, cited = zones_and_matrix(
        zones,
        zone_name,
        code_field,
        name_field,
        crs,
        context.transformContext(),
        path,
        table,
        table_name,
        columns,
        progress,
    )
    return matrix, geometries, crs, zone_name, cited
