"""The population, centres and trips parameters that link criticality and area disruptions share, and reading them."""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np
from qgis.core import (
    QgsProcessingException,
    QgsProcessingParameterEnum,
    QgsProcessingParameterFeatureSource,
    QgsProcessingParameterField,
    QgsProcessingParameterFile,
    QgsProcessingParameterNumber,
)

from ..core.criticality import Demand, read_od_table
from ..core.table_files import TableFileError
from ..qgis_adapter.networks import read_points
from ..qgis_adapter.progress import FeedbackProgress, localised
from ..qgis_adapter.compat import number_type, source_type
from .form_guides import guessed_field_value, guessing_field_parameter, mark_advanced
from .inputs import layer_name, source_as_is

POPULATION = "POPULATION"
POPULATION_FIELD = "POPULATION_FIELD"
ZONE_FIELD = "ZONE_FIELD"
CENTRES = "CENTRES"
DEMAND = "DEMAND"
OD_TABLE = "OD_TABLE"
TRIPS_PER_PERSON = "TRIPS_PER_PERSON"
DECAY = "DECAY"


def add_demand_parameters(algorithm, trips_label: str, centres_optional: bool = True) -> None:
    tr = algorithm.tr
    algorithm.addParameter(
        QgsProcessingParameterFeatureSource(
            POPULATION, tr("Population (points or grid polygons)"), [source_type("VectorAnyGeometry")], optional=True
        )
    )
    algorithm.addParameter(guessing_field_parameter(POPULATION_FIELD, tr("Population field"), POPULATION, "population"))
    algorithm.addParameter(
        QgsProcessingParameterField(ZONE_FIELD, tr("Zone id field (for the OD table)"), None, POPULATION, optional=True)
    )
    algorithm.addParameter(
        QgsProcessingParameterFeatureSource(
            CENTRES,
            tr("Centres (population cut off from all of them counts)"),
            [source_type("VectorAnyGeometry")],
            optional=centres_optional,
        )
    )
    algorithm.addParameter(
        QgsProcessingParameterEnum(
            DEMAND, trips_label, [tr("None"), tr("Gravity model from the population"), tr("OD table")], defaultValue=1
        )
    )
    algorithm.addParameter(
        QgsProcessingParameterFile(
            OD_TABLE, tr("OD table (CSV: origin, destination, trips)"), extension="csv", optional=True
        )
    )
    algorithm.addParameter(
        QgsProcessingParameterNumber(
            TRIPS_PER_PERSON, tr("Trips per person (gravity model)"), number_type("Double"), 1.0, minValue=0.0
        )
    )
    algorithm.addParameter(
        QgsProcessingParameterNumber(
            DECAY, tr("Distance decay (per minute, or per km without speeds)"), number_type("Double"), 0.1, minValue=0.0
        )
    )
    mark_advanced(algorithm, ZONE_FIELD, DEMAND, OD_TABLE, TRIPS_PER_PERSON, DECAY)


@dataclass
class DemandInputs:
    """The population features (points, values, zone ids, table), the centres' points and the trips' model."""

    table: object = None
    points: np.ndarray | None = None
    values: np.ndarray | None = None
    zones: np.ndarray | None = None
    centres: np.ndarray | None = None
    demand: Demand | None = None


def read_demand_parameters(algorithm, parameters, context, crs, steps, feedback) -> DemandInputs:
    tr = algorithm.tr
    result = DemandInputs()
    demand_kind = algorithm.parameterAsEnum(parameters, DEMAND, context)
    od_path = algorithm.parameterAsFile(parameters, OD_TABLE, context)
    population_source = source_as_is(algorithm, parameters, POPULATION, context)
    if population_source is not None:
        name = layer_name(algorithm, parameters, POPULATION, context, "population")
        population_field = guessed_field_value(
            algorithm, parameters, POPULATION_FIELD, context, population_source, "population"
        )
        zone_field = algorithm.parameterAsString(parameters, ZONE_FIELD, context) or None
        if population_field is None:
            feedback.pushInfo(tr("No population field: each population feature counts as one person."))
        result.table, result.points, result.values = read_points(
            population_source,
            name,
            crs,
            context.transformContext(),
            FeedbackProgress(steps),
            population_field,
            zone_field,
        )
        result.zones = result.table.keys if zone_field else None
    centre_source = source_as_is(algorithm, parameters, CENTRES, context)
    if centre_source is not None:
        _, result.centres, _ = read_points(
            centre_source,
            layer_name(algorithm, parameters, CENTRES, context, "centres"),
            crs,
            context.transformContext(),
            FeedbackProgress(steps),
        )
    if demand_kind == 1 and result.points is not None:
        result.demand = Demand(
            "gravity",
            algorithm.parameterAsDouble(parameters, TRIPS_PER_PERSON, context),
            algorithm.parameterAsDouble(parameters, DECAY, context),
        )
    elif demand_kind == 2:
        if not od_path:
            raise QgsProcessingException(tr("Trips from an OD table need the OD table."))
        if result.points is None or result.zones is None:
            raise QgsProcessingException(tr("Trips from an OD table need the population layer and its zone id field."))
        try:
            origin, destination, trips = read_od_table(od_path)
        except TableFileError as error:
            raise QgsProcessingException(tr("The OD table cannot be used: {0}").format(localised(error))) from None
        result.demand = Demand("od", od_origin=origin, od_destination=destination, od_trips=trips)
    elif demand_kind == 1:
        feedback.pushInfo(tr("No population layer: link importance by demand is left out."))
    return result
