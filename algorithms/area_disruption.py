"""samplan:areadisruption — area-covering disruptions: hazard areas close every link inside or crossing them."""

from __future__ import annotations

import numpy as np
import shapely
from qgis.core import (
    Qgis,
    QgsProcessingException,
    QgsProcessingMultiStepFeedback,
    QgsProcessingParameterFeatureSink,
    QgsProcessingParameterFeatureSource,
    QgsProcessingParameterField,
    QgsProcessingUtils,
    QgsVectorLayer,
)

from ..core.area_disruption import (
    AREA_COLUMNS,
    CLOSED_COLUMNS,
    FEATURE_COLUMNS,
    area_disruptions,
    links_in_areas,
)
from ..core.progress import Cancelled
from ..qgis_adapter.network_styles import style_network_layer
from ..qgis_adapter.progress import FeedbackProgress, localised
from ..qgis_adapter.reading import read_feature_table
from ..qgis_adapter.writing import INTEGER, REAL, TEXT, fields_for, write_frame_to_sink
from .base import SamplanAlgorithm
from ..qgis_adapter.compat import source_type
from .demand_parameters import add_demand_parameters, read_demand_parameters
from .inputs import layer_name, source_as_is
from .network_parameters import (
    MAX_CONNECTOR,
    add_network_parameters,
    analysis_crs,
    read_network_parameters,
    require_network,
)

KINDS = {
    "area_id": INTEGER,
    "name": TEXT,
    "areas": INTEGER,
    "links_closed": INTEGER,
    "keeps_route": INTEGER,
    "link_id": INTEGER,
    "source_fid": INTEGER,
}


class AreaDisruptionAlgorithm(SamplanAlgorithm):
    help_page = "area_disruption"

    HAZARDS = "HAZARDS"
    HAZARD_NAME = "HAZARD_NAME"
    HAZARD_GROUP = "HAZARD_GROUP"
    AREAS = "AREAS"
    FEATURES = "FEATURES"
    CLOSED = "CLOSED"

    def name(self) -> str:
        return "areadisruption"

    def displayName(self) -> str:
        return self.tr("Area disruptions (floods, landslides)")

    def group(self) -> str:
        return self.tr("Networks")

    def groupId(self) -> str:
        return "networks"

    def tags(self) -> list[str]:
        return self.tr("network,road,flood,hazard,disruption,vulnerability,översvämning,skred,sårbarhet").split(",")

    def shortHelpString(self) -> str:
        return self.tr(
            "What a flood, a landslide or any hazard area does to a road or rail network: every link inside or crossing "
            "an area is closed, one area at a time (or one group of areas, by a group field), with all other links "
            "open.\n\n"
            "<b>Per area.</b> links_closed and length_closed_km; pop_cut_off: the people who reach a centre with every "
            "link open but none with the area's links closed; pop_delayed and pop_added: the people whose way to the "
            "nearest centre gets longer, and the sum of the added minutes (person-km without speeds); trips, trips_lost, "
            "total_delay (trip-hours, or trip-km) and delay_per_trip (minutes, or km): the trips between the population "
            "features, from the OD table or the gravity model, that can no longer be made and the added travel time of "
            "the rest.\n\n"
            "<b>Per population feature</b> (only those an area touches): keeps_route (1: still reaches a centre), the "
            "cost to the nearest centre before and after, and the difference (minutes, or km without speeds).\n\n"
            "<b>Method.</b> Area-covering disruptions as Jenelius & Mattsson (2012) define them, with the hazard overlay "
            "of ra2ce (Deltares): the answer for each area equals removing its links and searching again. Costs to the "
            "centres come from one multi-source search per area; trips are searched again only from the zones whose "
            "shortest-path tree uses a closed link. Population and centres join the nearer end of their nearest link "
            "within the longest connector. A hazard layer in another CRS is transformed to the analysis CRS. Input "
            "layers are never modified."
        )

    def initAlgorithm(self, config=None) -> None:
        add_network_parameters(self)
        self.addParameter(
            QgsProcessingParameterFeatureSource(
                self.HAZARDS, self.tr("Hazard areas (e.g. 100-year flood zone)"), [source_type("VectorPolygon")]
            )
        )
        self.addParameter(
            QgsProcessingParameterField(self.HAZARD_NAME, self.tr("Area name field"), None, self.HAZARDS, optional=True)
        )
        self.addParameter(
            QgsProcessingParameterField(
                self.HAZARD_GROUP,
                self.tr("Group field (areas with the same value close together)"),
                None,
                self.HAZARDS,
                optional=True,
            )
        )
        add_demand_parameters(self, self.tr("Trips for trips lost and added travel time"), centres_optional=False)
        self.addParameter(
            QgsProcessingParameterFeatureSink(self.AREAS, self.tr("Disruption per area"), source_type("VectorPolygon"))
        )
        self.addParameter(
            QgsProcessingParameterFeatureSink(
                self.FEATURES,
                self.tr("Population features per area"),
                source_type("VectorAnyGeometry"),
                optional=True,
                createByDefault=True,
            )
        )
        self.addParameter(
            QgsProcessingParameterFeatureSink(
                self.CLOSED,
                self.tr("Links closed per area"),
                source_type("VectorLine"),
                optional=True,
                createByDefault=True,
            )
        )

    def processAlgorithm(self, parameters, context, feedback):
        steps = QgsProcessingMultiStepFeedback(4, feedback)
        crs = analysis_crs(self, parameters, context)
        try:
            network, network_inputs, _ = read_network_parameters(self, parameters, context, crs, steps)
            require_network(self, parameters, context, network)
            steps.setCurrentStep(1)
            polygons, group, names = self._hazards(parameters, context, crs, steps)
            if not any(len(links) for links in links_in_areas(network, polygons, group)):
                raise QgsProcessingException(
                    self.tr(
                        "No area of layer '{0}' touches the network '{1}': nothing would close. Check "
                        "that both cover the same region."
                    ).format(
                        layer_name(self, parameters, self.HAZARDS, context, "hazards"),
                        layer_name(self, parameters, "NETWORK", context),
                    )
                )
            inputs = read_demand_parameters(self, parameters, context, crs, steps, feedback)
            steps.setCurrentStep(2)
            ids = inputs.table.fids if inputs.table is not None else None
            result = area_disruptions(
                network,
                network_inputs.has_time,
                polygons,
                group,
                names,
                inputs.points,
                inputs.values,
                ids,
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
        self._styled = {}
        self._write(
            parameters,
            context,
            self.AREAS,
            result.areas,
            AREA_COLUMNS,
            Qgis.WkbType.MultiPolygon,
            crs,
            results,
            "areas",
        )
        if inputs.table is not None:
            wkb = Qgis.WkbType.Point
            self._write(
                parameters, context, self.FEATURES, result.features, FEATURE_COLUMNS, wkb, crs, results, "features"
            )
        self._write(
            parameters,
            context,
            self.CLOSED,
            result.closed,
            CLOSED_COLUMNS,
            Qgis.WkbType.LineString,
            crs,
            results,
            "closed",
        )
        worst = result.areas.sort_values("pop_cut_off", ascending=False).iloc[0]
        feedback.pushInfo(
            self.tr("{0} area(s); the most people cut off: {1} by '{2}'.").format(
                len(result.areas), int(round(worst["pop_cut_off"])), worst["name"]
            )
        )
        return results

    def _hazards(self, parameters, context, crs, steps):
        source = source_as_is(self, parameters, self.HAZARDS, context)
        if source is None:
            raise QgsProcessingException(self.invalidSourceError(parameters, self.HAZARDS))
        name = layer_name(self, parameters, self.HAZARDS, context, "hazards")
        name_field = self.parameterAsString(parameters, self.HAZARD_NAME, context) or None
        group_field = self.parameterAsString(parameters, self.HAZARD_GROUP, context) or None
        extra = tuple(dict.fromkeys(f for f in (name_field, group_field) if f))
        table, _ = read_feature_table(
            source,
            name,
            "hazards",
            None,
            crs,
            context.transformContext(),
            FeedbackProgress(steps),
            name_when_empty=False,
            extra_fields=extra,
        )
        polygonal = np.isin(shapely.get_type_id(table.geometries), (3, 6)) if len(table) else np.zeros(0, dtype=bool)
        if not polygonal.any():
            raise QgsProcessingException(
                self.tr("Layer '{0}' has no polygons: hazard areas must be polygons.").format(name)
            )
        geometries = table.geometries[polygonal]
        fids = table.fids[polygonal]
        if group_field:
            keys = np.array(
                ["" if v is None else str(v) for v in table.attributes[group_field][polygonal]], dtype=object
            )
            labels, group = np.unique(keys, return_inverse=True)
            names = [str(v) for v in labels]
        else:
            group = np.arange(len(geometries))
            names = (
                [("" if v is None else str(v)) or str(f) for v, f in zip(table.attributes[name_field][polygonal], fids)]
                if name_field
                else [str(f) for f in fids]
            )
        return geometries, np.asarray(group, dtype=np.int64).ravel(), names

    def _write(self, parameters, context, key, frame, columns, wkb_type, crs, results, style):
        fields = fields_for([(c, KINDS.get(c, REAL)) for c in columns])
        sink, dest = self.parameterAsSink(parameters, key, context, fields, wkb_type, crs)
        if sink is None:
            if key == self.AREAS:
                raise QgsProcessingException(self.invalidSinkError(parameters, key))
            return
        multi = wkb_type == Qgis.WkbType.MultiPolygon
        write_frame_to_sink(sink, frame, columns, multi=multi)
        del sink
        results[key] = dest
        self._styled[dest] = style

    def postProcessAlgorithm(self, context, feedback):
        super().postProcessAlgorithm(context, feedback)  # CSV conventions, the results group
        for dest, style in getattr(self, "_styled", {}).items():
            layer = QgsProcessingUtils.mapLayerFromString(dest, context)
            if isinstance(layer, QgsVectorLayer):
                style_network_layer(layer, f"disruption_{style}")
        return {}
