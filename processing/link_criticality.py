"""samplan:linkcriticality — weak links and redundancy of a road or rail network."""
from __future__ import annotations

from qgis.core import (
    Qgis,
    QgsProcessingException,
    QgsProcessingMultiStepFeedback,
    QgsProcessingOutputNumber,
    QgsProcessingParameterEnum,
    QgsProcessingParameterFeatureSink,
    QgsProcessingParameterFeatureSource,
    QgsProcessingParameterField,
    QgsProcessingParameterFile,
    QgsProcessingParameterNumber,
)

from ..core.criticality import LINK_COLUMNS, NODE_COLUMNS, Demand, link_criticality, read_od_table
from ..core.progress import Cancelled
from ..core.table_files import TableFileError
from ..qgis_adapter.networks import read_points
from ..qgis_adapter.progress import FeedbackProgress, localised
from ..qgis_adapter.writing import INTEGER, REAL, TEXT, fields_for, write_frame_to_sink
from .base import SamplanAlgorithm
from .compat import number_type, source_type
from .inputs import layer_name, source_as_is
from .form_guides import guessed_field_value, guessing_field_parameter, mark_advanced
from .network_parameters import (
    MAX_CONNECTOR,
    add_network_parameters,
    analysis_crs,
    read_network_parameters,
)

LINK_KINDS = {"fid": INTEGER, "link_id": INTEGER, "from_node": INTEGER, "to_node": INTEGER, "network_part": TEXT,
              "is_bridge": INTEGER, "rank": INTEGER}
NODE_KINDS = {"node_id": INTEGER, "links": INTEGER, "network_part": TEXT}


class LinkCriticalityAlgorithm(SamplanAlgorithm):
    result_styles = {"LINKS": "link_importance"}
    help_page = "link_criticality"

    POPULATION = "POPULATION"
    POPULATION_FIELD = "POPULATION_FIELD"
    ZONE_FIELD = "ZONE_FIELD"
    CENTRES = "CENTRES"
    DEMAND = "DEMAND"
    OD_TABLE = "OD_TABLE"
    TRIPS_PER_PERSON = "TRIPS_PER_PERSON"
    DECAY = "DECAY"
    LINKS = "LINKS"
    NODES = "NODES"
    BRIDGES = "BRIDGES"

    def name(self) -> str:
        return "linkcriticality"

    def displayName(self) -> str:  # noqa: N802
        return self.tr("Weak links and redundancy")

    def group(self) -> str:
        return self.tr("Networks")

    def groupId(self) -> str:  # noqa: N802
        return "networks"

    def tags(self) -> list[str]:
        return self.tr("network,road,rail,bridge,redundancy,detour,vulnerability,criticality,sårbarhet,omväg").split(",")

    def shortHelpString(self) -> str:  # noqa: N802
        return self.tr(
            "Finds the weak links of a road or rail network: where a closed link leaves no way round, how long the "
            "detour is where there is one, how many people it cuts off from the centres, and how much it matters to "
            "the trips made on the network.\n\n"
            "<b>Network.</b> Lines are joined where they share a vertex (within the snap tolerance). A line marked in the "
            "grade separation field (bridge, tunnel) joins other lines only at its own ends, so a bridge over a road is "
            "no junction. Links run between junctions. The network's parts are reported as Tillväxtverket's Pipos "
            "prepares its road network: the main network, islands and loose links. With a speed field or speeds by "
            "class, costs are travel times; otherwise distances.\n\n"
            "<b>Per link.</b> is_bridge: no alternative route exists (a bridge in the graph sense, found with Tarjan's "
            "algorithm). The best alternative route between the link's ends when it is closed, in metres and seconds, "
            "the extra length and time, and the detour ratio (empty where there is none); the result is exactly what "
            "closing every link and searching again gives, computed in batches of bounded searches. pop_cut_off: the "
            "people separated from every centre when the link is closed. importance, total_delay and unsatisfied_trips: "
            "link importance weighted by demand as Jenelius, Petersen & Mattsson (2006) and Jenelius & Mattsson (2012) "
            "define it: the increase in total travel time of all trips when the link is closed (total_delay in trip "
            "hours, importance per trip in minutes), with the trips that can no longer be made reported apart. Trips "
            "come from an OD table (CSV: origin, destination, trips, by the zone id field) or from the population by "
            "a production-constrained gravity model (trips per person, exponential decay per minute or per km). rank: "
            "1 is the weakest link (most people cut off, most trips lost, largest delay, bridges, longest detour).\n\n"
            "<b>Per node.</b> Articulation points (a node whose closing splits the network) and the people they cut "
            "off.\n\n"
            "Population (points, or grid polygons read at a point inside each) and centres join the network at the "
            "nearest link within the longest connector; population at a node counts for the nodes and links around "
            "it. Input layers are never modified."
        )

    def initAlgorithm(self, config=None) -> None:  # noqa: N802
        add_network_parameters(self)
        self.addParameter(QgsProcessingParameterFeatureSource(
            self.POPULATION, self.tr("Population (points or grid polygons)"), [source_type("VectorAnyGeometry")], optional=True))
        self.addParameter(guessing_field_parameter(self.POPULATION_FIELD, self.tr("Population field"), self.POPULATION, "population"))
        self.addParameter(QgsProcessingParameterField(
            self.ZONE_FIELD, self.tr("Zone id field (for the OD table)"), None, self.POPULATION, optional=True))
        self.addParameter(QgsProcessingParameterFeatureSource(
            self.CENTRES, self.tr("Centres (population cut off from all of them counts)"), [source_type("VectorAnyGeometry")], optional=True))
        self.addParameter(QgsProcessingParameterEnum(
            self.DEMAND, self.tr("Trips for link importance"),
            [self.tr("None"), self.tr("Gravity model from the population"), self.tr("OD table")], defaultValue=1))
        self.addParameter(QgsProcessingParameterFile(
            self.OD_TABLE, self.tr("OD table (CSV: origin, destination, trips)"), extension="csv", optional=True))
        self.addParameter(QgsProcessingParameterNumber(
            self.TRIPS_PER_PERSON, self.tr("Trips per person (gravity model)"), number_type("Double"), 1.0, minValue=0.0))
        self.addParameter(QgsProcessingParameterNumber(
            self.DECAY, self.tr("Distance decay (per minute, or per km without speeds)"), number_type("Double"), 0.1, minValue=0.0))
        self.addParameter(QgsProcessingParameterFeatureSink(self.LINKS, self.tr("Links"), source_type("VectorLine")))
        self.addParameter(QgsProcessingParameterFeatureSink(
            self.NODES, self.tr("Articulation points"), source_type("VectorPoint"), optional=True, createByDefault=True))
        self.addOutput(QgsProcessingOutputNumber(self.BRIDGES, self.tr("Number of bridges (links without alternative)")))
        mark_advanced(self, self.ZONE_FIELD, self.DEMAND, self.OD_TABLE, self.TRIPS_PER_PERSON, self.DECAY)

    def processAlgorithm(self, parameters, context, feedback):  # noqa: N802
        steps = QgsProcessingMultiStepFeedback(4, feedback)
        crs = analysis_crs(self, parameters, context)
        demand_kind = self.parameterAsEnum(parameters, self.DEMAND, context)
        od_path = self.parameterAsFile(parameters, self.OD_TABLE, context)
        try:
            network, inputs, _ = read_network_parameters(self, parameters, context, crs, steps)
            has_time = inputs.has_time
            if len(network) == 0:
                raise QgsProcessingException(self.tr("The network has no lines to build a graph from."))
            steps.setCurrentStep(1)
            points = values = zones = centres = None
            population_source = source_as_is(self, parameters, self.POPULATION, context)
            if population_source is not None:
                name = layer_name(self, parameters, self.POPULATION, context, "population")
                population_field = guessed_field_value(self, parameters, self.POPULATION_FIELD, context, population_source, "population")
                zone_field = self.parameterAsString(parameters, self.ZONE_FIELD, context) or None
                if population_field is None:
                    feedback.pushInfo(self.tr("No population field: each population feature counts as one person."))
                table, points, values = read_points(population_source, name, crs, context.transformContext(),
                                                    FeedbackProgress(steps), population_field, zone_field)
                zones = table.keys if zone_field else None
            centre_source = source_as_is(self, parameters, self.CENTRES, context)
            if centre_source is not None:
                _, centres, _ = read_points(centre_source, layer_name(self, parameters, self.CENTRES, context, "centres"), crs,
                                            context.transformContext(), FeedbackProgress(steps))
            demand = None
            if demand_kind == 1 and points is not None:
                demand = Demand("gravity", self.parameterAsDouble(parameters, self.TRIPS_PER_PERSON, context),
                                self.parameterAsDouble(parameters, self.DECAY, context))
            elif demand_kind == 2:
                if not od_path:
                    raise QgsProcessingException(self.tr("Trips from an OD table need the OD table."))
                if points is None or zones is None:
                    raise QgsProcessingException(self.tr("Trips from an OD table need the population layer and its zone id field."))
                try:
                    origin, destination, trips = read_od_table(od_path)
                except TableFileError as error:
                    raise QgsProcessingException(self.tr("The OD table cannot be used: {0}").format(localised(error))) from None
                demand = Demand("od", od_origin=origin, od_destination=destination, od_trips=trips)
            elif demand_kind == 1:
                feedback.pushInfo(self.tr("No population layer: link importance by demand is left out."))
            steps.setCurrentStep(2)
            result = link_criticality(network, has_time, points, values, zones, centres,
                                      self.parameterAsDouble(parameters, MAX_CONNECTOR, context), demand, FeedbackProgress(steps))
        except Cancelled:
            raise self.cancelled() from None
        self.stop_if_cancelled(feedback)
        for message in result.messages:
            feedback.pushInfo(localised(message))
        steps.setCurrentStep(3)
        results = {}
        link_fields = [(c, LINK_KINDS.get(c, REAL)) for c in LINK_COLUMNS]
        sink, dest = self.parameterAsSink(parameters, self.LINKS, context, fields_for(link_fields), Qgis.WkbType.LineString, crs)
        if sink is None:
            raise QgsProcessingException(self.invalidSinkError(parameters, self.LINKS))
        write_frame_to_sink(sink, result.links, LINK_COLUMNS, multi=False, progress=FeedbackProgress(steps).span(0, 90))
        del sink
        results[self.LINKS] = dest
        node_fields = [(c, NODE_KINDS.get(c, REAL)) for c in NODE_COLUMNS]
        sink, dest = self.parameterAsSink(parameters, self.NODES, context, fields_for(node_fields), Qgis.WkbType.Point, crs)
        if sink is not None:
            write_frame_to_sink(sink, result.nodes, NODE_COLUMNS, multi=False)
            del sink
            results[self.NODES] = dest
        bridges = int(result.links["is_bridge"].sum())
        feedback.pushInfo(self.tr("{0} bridge(s) without alternative route, {1} articulation point(s).").format(bridges, len(result.nodes)))
        results[self.BRIDGES] = bridges
        return results
