"""The network parameters both network algorithms share, and reading the network they describe."""

from __future__ import annotations

from qgis.core import (
    QgsProcessingException,
    QgsProcessingParameterCrs,
    QgsProcessingParameterFeatureSource,
    QgsProcessingParameterField,
    QgsProcessingParameterNumber,
    QgsProcessingParameterString,
)

from ..qgis_adapter.networks import read_network
from ..qgis_adapter.progress import FeedbackProgress
from ..qgis_adapter.reading import require_metric_crs
from ..qgis_adapter.compat import number_type, source_type
from .form_guides import guessed_field_value, guessing_field_parameter, mark_advanced
from .inputs import layer_name, source_as_is

NETWORK = "NETWORK"
SPEED_FIELD = "SPEED_FIELD"
CLASS_FIELD = "CLASS_FIELD"
CLASS_SPEEDS = "CLASS_SPEEDS"
DEFAULT_SPEED = "DEFAULT_SPEED"
ONEWAY_FIELD = "ONEWAY_FIELD"
GRADE_FIELD = "GRADE_FIELD"
TOLERANCE = "TOLERANCE"
# Snapping joins ends this close; beyond some tens of metres it joins separate roads and the network collapses.
MAX_SNAP_TOLERANCE_M = 100.0
MAX_CONNECTOR = "MAX_CONNECTOR"
CRS = "CRS"
KEEP_APART = "KEEP_APART"


def add_network_parameters(algorithm) -> None:
    tr = algorithm.tr
    algorithm.addParameter(
        QgsProcessingParameterFeatureSource(NETWORK, tr("Network (road or rail lines)"), [source_type("VectorLine")])
    )
    algorithm.addParameter(guessing_field_parameter(SPEED_FIELD, tr("Speed field (km/h)"), NETWORK, "speed"))
    algorithm.addParameter(
        QgsProcessingParameterField(CLASS_FIELD, tr("Road class field"), None, NETWORK, optional=True)
    )
    algorithm.addParameter(
        QgsProcessingParameterString(
            CLASS_SPEEDS,
            tr("Speeds by class (class=km/h; separated by ';'), for links without a speed of their own"),
            "",
            optional=True,
        )
    )
    algorithm.addParameter(
        QgsProcessingParameterNumber(
            DEFAULT_SPEED,
            tr("Speed where neither the link nor its class gives one (km/h)"),
            number_type("Double"),
            50.0,
            minValue=1.0,
        )
    )
    algorithm.addParameter(
        QgsProcessingParameterField(
            ONEWAY_FIELD, tr("One-way field (yes/1/F: along the line, -1/T: against it)"), None, NETWORK, optional=True
        )
    )
    algorithm.addParameter(
        QgsProcessingParameterField(
            GRADE_FIELD,
            tr("Grade separation field (bridge, tunnel: joins other lines only at its ends)"),
            None,
            NETWORK,
            optional=True,
        )
    )
    algorithm.addParameter(
        QgsProcessingParameterNumber(
            TOLERANCE,
            tr("Snap tolerance: line ends and vertices this close meet (m)"),
            number_type("Double"),
            0.5,
            minValue=0.0,
            maxValue=MAX_SNAP_TOLERANCE_M,
        )
    )
    algorithm.addParameter(
        QgsProcessingParameterNumber(
            MAX_CONNECTOR,
            tr("Longest connector from a point to the network (m)"),
            number_type("Double"),
            1000.0,
            minValue=1.0,
        )
    )
    algorithm.addParameter(QgsProcessingParameterCrs(CRS, tr("Analysis CRS (projected, metres)"), "EPSG:3006"))
    mark_advanced(
        algorithm, CLASS_FIELD, CLASS_SPEEDS, DEFAULT_SPEED, ONEWAY_FIELD, GRADE_FIELD, TOLERANCE, MAX_CONNECTOR, CRS
    )


def add_stretch_parameter(algorithm) -> None:
    """Results per stretch: the fields whose change keeps two links apart where only they meet."""
    algorithm.addParameter(
        QgsProcessingParameterField(
            KEEP_APART,
            algorithm.tr(
                "Keep stretches apart where these fields change (e.g. road class; otherwise links meeting only "
                "each other are one stretch)"
            ),
            None,
            NETWORK,
            allowMultiple=True,
            optional=True,
        )
    )
    mark_advanced(algorithm, KEEP_APART)


def require_network(algorithm, parameters, context, network, key=NETWORK) -> None:
    """A network to route over: at least two links (an empty layer, or one line meeting nothing, is named)."""
    name = layer_name(algorithm, parameters, key, context, key.lower())
    if len(network) == 0:
        raise QgsProcessingException(algorithm.tr("Layer '{0}' has no lines to build a network from.").format(name))
    if len(network) < 2:
        raise QgsProcessingException(
            algorithm.tr(
                "Layer '{0}' gives a network of one link: it needs lines that meet, so that "
                "there is something to route over."
            ).format(name)
        )


def analysis_crs(algorithm, parameters, context):
    crs = algorithm.parameterAsCrs(parameters, CRS, context)
    require_metric_crs(crs)
    return crs


def read_network_parameters(algorithm, parameters, context, crs, feedback, key=NETWORK, source=None):
    """(network, inputs per feature, table) of the network parameter (or of another line source with the same fields)."""
    source = source if source is not None else source_as_is(algorithm, parameters, key, context)
    if source is None:
        raise QgsProcessingException(algorithm.invalidSourceError(parameters, key))
    name = layer_name(algorithm, parameters, key, context, key.lower())
    field = lambda k: algorithm.parameterAsString(parameters, k, context) or None  # noqa: E731
    as_strings = getattr(algorithm, "parameterAsStrings", None) or algorithm.parameterAsFields
    apart = (
        tuple(as_strings(parameters, KEEP_APART, context) or ())
        if algorithm.parameterDefinition(KEEP_APART) is not None
        else ()
    )
    speed_field = guessed_field_value(algorithm, parameters, SPEED_FIELD, context, source, "speed")
    return read_network(
        source,
        name,
        crs,
        context.transformContext(),
        FeedbackProgress(feedback),
        algorithm.parameterAsDouble(parameters, TOLERANCE, context),
        speed_field,
        field(CLASS_FIELD),
        algorithm.parameterAsString(parameters, CLASS_SPEEDS, context) or "",
        algorithm.parameterAsDouble(parameters, DEFAULT_SPEED, context),
        field(ONEWAY_FIELD),
        field(GRADE_FIELD),
        apart,
    )
