"""samplan:linkcriticality — weak links and redundancy of a road or rail network."""

from __future__ import annotations

from qgis.core import (
    Qgis,
    QgsProcessingException,
    QgsProcessingMultiStepFeedback,
    QgsProcessingOutputNumber,
    QgsProcessingParameterFeatureSink,
    QgsProcessingUtils,
    QgsVectorLayer,
)

from ..core.criticality import LINK_COLUMNS, NODE_COLUMNS, link_criticality
from ..i18n.labels import network_part_label
from ..core.network import merge_stretches
from ..core.progress import Cancelled
from ..qgis_adapter.network_styles import style_network_layer
from ..qgis_adapter.progress import FeedbackProgress, localised
from ..qgis_adapter.writing import INTEGER, REAL, TEXT, fields_for, write_frame_to_sink
from .base import SamplanAlgorithm
from ..qgis_adapter.compat import source_type
from .demand_parameters import add_demand_parameters, read_demand_parameters
from .network_parameters import (
    MAX_CONNECTOR,
    add_network_parameters,
    add_stretch_parameter,
    analysis_crs,
    read_network_parameters,
    require_network,
)

LINK_KINDS = {
    "source_fid": INTEGER,
    "fid_list": TEXT,
    "oneway": INTEGER,
    "no_way_back": INTEGER,
    "link_id": INTEGER,
    "from_node": INTEGER,
    "to_node": INTEGER,
    "network_part": TEXT,
    "is_bridge": INTEGER,
    "rank": INTEGER,
}
NODE_KINDS = {"node_id": INTEGER, "links": INTEGER, "network_part": TEXT}


class LinkCriticalityAlgorithm(SamplanAlgorithm):
    help_page = "link_criticality"

    LINKS = "LINKS"
    NODES = "NODES"
    BRIDGES = "BRIDGES"

    def name(self) -> str:
        return "linkcriticality"

    def displayName(self) -> str:
        return self.tr("Weak links and redundancy")

    def group(self) -> str:
        return self.tr("Networks")

    def groupId(self) -> str:
        return "networks"

    def tags(self) -> list[str]:
        return self.tr("network,road,rail,bridge,redundancy,detour,vulnerability,criticality,sårbarhet,omväg").split(
            ","
        )

    def shortHelpString(self) -> str:
        return self.tr(
            "Finds the weak links of a road or rail network: where a closed link leaves no way round, how long the "
            "detour is where there is one, how many people it cuts off from the centres, and how much it matters to "
            "the trips made on the network.\n\n"
            "<b>Network.</b> Lines are joined where they share a vertex (within the snap tolerance). A line marked in the "
            "grade separation field (bridge, tunnel) joins other lines only at its own ends, so a bridge over a road is "
            "no junction. Links run between junctions. "
            "Results are per stretch: links that meet only each other at a node are one stretch (unless a field to keep "
            "stretches apart differs there, or the one-way direction changes), so a road gives the same results however "
            "its lines are cut; source_fid and fid_list name each stretch's input features. The network's parts are reported as Tillväxtverket's Pipos "
            "prepares its road network: the main network, islands and loose links. With a speed field or speeds by "
            "class, costs are travel times; otherwise distances.\n\n"
            "<b>Per link.</b> is_bridge: no alternative route exists (a bridge in the graph sense, found with Tarjan's "
            "algorithm, on the network without directions); no_way_back: a one-way stretch with no route back at all. The best alternative route between the link's ends when it is closed, in metres and seconds, "
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

    def initAlgorithm(self, config=None) -> None:
        add_network_parameters(self)
        add_stretch_parameter(self)
        add_demand_parameters(self, self.tr("Trips for link importance"))
        self.addParameter(QgsProcessingParameterFeatureSink(self.LINKS, self.tr("Links"), source_type("VectorLine")))
        self.addParameter(
            QgsProcessingParameterFeatureSink(
                self.NODES,
                self.tr("Articulation points"),
                source_type("VectorPoint"),
                optional=True,
                createByDefault=True,
            )
        )
        self.addOutput(
            QgsProcessingOutputNumber(self.BRIDGES, self.tr("Number of bridges (links without alternative)"))
        )

    def processAlgorithm(self, parameters, context, feedback):
        steps = QgsProcessingMultiStepFeedback(4, feedback)
        crs = analysis_crs(self, parameters, context)
        try:
            network, network_inputs, _ = read_network_parameters(self, parameters, context, crs, steps)
            require_network(self, parameters, context, network)
            network = merge_stretches(network)
            has_time = network_inputs.has_time
            steps.setCurrentStep(1)
            inputs = read_demand_parameters(self, parameters, context, crs, steps, feedback)
            steps.setCurrentStep(2)
            result = link_criticality(
                network,
                has_time,
                inputs.points,
                inputs.values,
                inputs.zones,
                inputs.centres,
                self.parameterAsDouble(parameters, MAX_CONNECTOR, context),
                inputs.demand,
                FeedbackProgress(steps),
            )
        except Cancelled:
            raise self.cancelled() from None
        self.stop_if_cancelled(feedback)
        for message in result.messages:
            feedback.pushInfo(localised(message))
        steps.setCurrentStep(3)
        results = {}
        link_fields = [(c, LINK_KINDS.get(c, REAL)) for c in LINK_COLUMNS]
        sink, dest = self.parameterAsSink(
            parameters, self.LINKS, context, fields_for(link_fields), Qgis.WkbType.LineString, crs
        )
        if sink is None:
            raise QgsProcessingException(self.invalidSinkError(parameters, self.LINKS))
        links = result.links.assign(network_part=result.links["network_part"].map(network_part_label))
        write_frame_to_sink(sink, links, LINK_COLUMNS, multi=False, progress=FeedbackProgress(steps).span(0, 90))
        del sink
        results[self.LINKS] = dest
        self._styled = {dest: "links"}
        node_fields = [(c, NODE_KINDS.get(c, REAL)) for c in NODE_COLUMNS]
        sink, dest = self.parameterAsSink(
            parameters, self.NODES, context, fields_for(node_fields), Qgis.WkbType.Point, crs
        )
        if sink is not None:
            nodes = result.nodes.assign(network_part=result.nodes["network_part"].map(network_part_label))
            write_frame_to_sink(sink, nodes, NODE_COLUMNS, multi=False)
            del sink
            results[self.NODES] = dest
            self._styled[dest] = "articulation"
        bridges = int(result.links["is_bridge"].sum())
        feedback.pushInfo(
            self.tr("{0} bridge(s) without alternative route, {1} articulation point(s).").format(
                bridges, len(result.nodes)
            )
        )
        results[self.BRIDGES] = bridges
        return results

    def postProcessAlgorithm(self, context, feedback):
        super().postProcessAlgorithm(context, feedback)  # CSV conventions, the results group
        # Links by detour ratio with bridges standing out, articulation points; legends in the user's language.
        for dest, kind in getattr(self, "_styled", {}).items():
            layer = QgsProcessingUtils.mapLayerFromString(dest, context)
            if isinstance(layer, QgsVectorLayer):
                style_network_layer(layer, kind)
        return {}
