"""samplan:commutingflows — commuting flow lines between zones, and the commuting that crosses borders."""

from __future__ import annotations

from pathlib import Path

from qgis.core import (
    Qgis,
    QgsProcessingException,
    QgsProcessingMultiStepFeedback,
    QgsProcessingParameterEnum,
    QgsProcessingParameterFeatureSink,
    QgsProcessingParameterFeatureSource,
    QgsProcessingParameterField,
    QgsProcessingParameterNumber,
    QgsProcessingUtils,
    QgsVectorLayer,
)

from ..core.flow_lines import FLOW_COLUMNS, GROSS, NET, ZONE_FLOW_COLUMNS, flow_lines, representative_points
from ..core.progress import Cancelled
from ..qgis_adapter.commuting import area_codes
from ..qgis_adapter.progress import FeedbackProgress
from ..qgis_adapter.writing import INTEGER, REAL, TEXT, fields_for, write_frame_to_sink
from .base import SamplanAlgorithm
from .commuting_inputs import add_commuting_parameters, add_crs_parameter, read_commuting_inputs
from .inputs import layer_name, source_as_is
from ..qgis_adapter.compat import OPTIONAL_PARAMETER, number_type, source_type

STYLE = Path(__file__).resolve().parent.parent / "resources" / "styles" / "commuting_flows.qml"
TEXT_COLUMNS = {"from_code", "from_name", "to_code", "to_name", "code", "name"}


def _kind(name: str) -> str:
    if name in TEXT_COLUMNS:
        return TEXT
    return INTEGER if name.startswith("crosses_") else REAL


class CommutingFlowsAlgorithm(SamplanAlgorithm):
    help_page = "commuting_flows"

    MEASURE = "MEASURE"
    MIN_COUNT = "MIN_COUNT"
    TOP_N = "TOP_N"
    FLOWS = "FLOWS"
    ZONE_SHARES = "ZONE_SHARES"
    AREAS = (
        ("MUNICIPALITIES", "MUNICIPALITY_FIELD", "municipality"),
        ("COUNTIES", "COUNTY_FIELD", "county"),
        ("REGIONS", "REGION_FIELD", "region"),
    )

    def __init__(self) -> None:
        super().__init__()
        self._styled: list[str] = []

    def name(self) -> str:
        return "commutingflows"

    def displayName(self) -> str:
        return self.tr("Commuting flow lines and border crossings")

    def group(self) -> str:
        return self.tr("Functional linkages")

    def groupId(self) -> str:
        return "functionallinkages"

    def tags(self) -> list[str]:
        return self.tr("commuting,pendling,flow,flöde,border,gräns,kommun,län,region").split(",")

    def shortHelpString(self) -> str:
        return self.tr(
            "Draws the commuting between zones as lines and tells which flows cross municipal, county and regional borders.\n\n"
            "<b>Inputs.</b> Zones with a code field and a commuting table (a CSV file or any QGIS table: residence code, "
            "workplace code, number of employed), checked as in 'Functional regions from commuting'. Optionally up to three "
            "polygon layers of areas whose borders count: municipalities, counties and regions (for example the functional "
            "regions), each with a code field.\n\n"
            "<b>Method.</b> Each zone is represented by a point inside it (GEOS point on surface, which unlike the centroid "
            "always lies inside the zone). For every pair of zones with commuting there is one line, drawn from the zone that "
            "sends more to the zone that sends less: flow_from_to and flow_to_from are the two directions, gross their sum, net "
            "their difference. The chosen measure (gross or net) is the field 'flow' that the line width shows; lines below the "
            "minimum count are left out, and with a top-N only the N largest are kept (ties by code). A flow crosses a border "
            "when its two zones' points lie in different areas of that layer (null without that layer). Commuting inside a zone "
            "has no line.\n\n"
            "<b>Outputs.</b> The flow lines, styled with a width that grows with the flow; and the zones with their employed "
            "residents, jobs, out- and in-commuters, and for each kind of border the commuters out and in that cross it, as "
            "counts and as shares of the employed residents (out) and of the jobs (in). The zone figures count every flow, "
            "filtered or not. Sources: commuting statistics as SCB publishes them (RAMS / BAS, pendling mellan kommuner)."
        )

    def initAlgorithm(self, config=None) -> None:
        add_commuting_parameters(self)
        self.addParameter(
            QgsProcessingParameterEnum(
                self.MEASURE,
                self.tr("Line width and filters by"),
                [self.tr("Gross flow (both directions)"), self.tr("Net flow")],
                defaultValue=0,
            )
        )
        self.addParameter(
            QgsProcessingParameterNumber(
                self.MIN_COUNT, self.tr("Minimum flow for a line"), number_type("Double"), 0.0, minValue=0.0
            )
        )
        self.addParameter(
            QgsProcessingParameterNumber(
                self.TOP_N, self.tr("Only the N largest flows (0 = all)"), number_type("Integer"), 0, minValue=0
            )
        )
        for key, field, kind in self.AREAS:
            label = {
                "municipality": self.tr("Municipalities (borders to flag)"),
                "county": self.tr("Counties (borders to flag)"),
                "region": self.tr("Regions (borders to flag)"),
            }[kind]
            self.addParameter(
                QgsProcessingParameterFeatureSource(key, label, [source_type("VectorPolygon")], optional=True)
            )
            self.addParameter(
                QgsProcessingParameterField(field, self.tr("Code field of {0}").format(label), None, key, optional=True)
            )
        add_crs_parameter(self)
        self.addParameter(
            QgsProcessingParameterFeatureSink(self.FLOWS, self.tr("Commuting flows"), source_type("VectorLine"))
        )
        self.addParameter(
            QgsProcessingParameterFeatureSink(
                self.ZONE_SHARES,
                self.tr("Zones: commuting across borders"),
                source_type("VectorPolygon"),
                optional=True,
                createByDefault=True,
            )
        )

    def processAlgorithm(self, parameters, context, feedback):
        steps = QgsProcessingMultiStepFeedback(3, feedback)
        measure = (GROSS, NET)[self.parameterAsEnum(parameters, self.MEASURE, context)]
        try:
            matrix, geometries, crs, _, _ = read_commuting_inputs(self, parameters, context, FeedbackProgress(steps))
            points = representative_points(geometries)
            areas = {}
            for key, field, kind in self.AREAS:
                source = source_as_is(self, parameters, key, context)
                areas[kind] = area_codes(
                    source,
                    layer_name(self, parameters, key, context, kind),
                    self.parameterAsString(parameters, field, context) or None,
                    points,
                    crs,
                    context.transformContext(),
                    FeedbackProgress(steps),
                )
            steps.setCurrentStep(1)
            lines, zones = flow_lines(
                matrix,
                points,
                areas,
                measure,
                self.parameterAsDouble(parameters, self.MIN_COUNT, context),
                self.parameterAsInt(parameters, self.TOP_N, context),
                FeedbackProgress(steps),
            )
        except Cancelled:
            raise self.cancelled() from None
        self.stop_if_cancelled(feedback)
        steps.setCurrentStep(2)
        feedback.pushInfo(
            self.tr("{0} flow lines written (of the pairs of zones with commuting between them).").format(len(lines))
        )
        results = {}
        sink, dest_id = self.parameterAsSink(
            parameters,
            self.FLOWS,
            context,
            fields_for([(c, _kind(c)) for c in FLOW_COLUMNS]),
            Qgis.WkbType.LineString,
            crs,
        )
        if sink is None:
            raise QgsProcessingException(self.invalidSinkError(parameters, self.FLOWS))
        write_frame_to_sink(sink, lines, FLOW_COLUMNS, multi=False, progress=FeedbackProgress(steps, 0, 80))
        del sink
        results[self.FLOWS] = dest_id
        self._styled = [dest_id]
        zones["geometry"] = geometries
        sink, dest_id = self.parameterAsSink(
            parameters,
            self.ZONE_SHARES,
            context,
            fields_for([(c, _kind(c)) for c in ZONE_FLOW_COLUMNS]),
            Qgis.WkbType.MultiPolygon,
            crs,
        )
        if sink is not None:
            write_frame_to_sink(sink, zones, ZONE_FLOW_COLUMNS, multi=True)
            del sink
            results[self.ZONE_SHARES] = dest_id
        elif not self.parameterDefinition(self.ZONE_SHARES).flags() & OPTIONAL_PARAMETER:
            raise QgsProcessingException(self.invalidSinkError(parameters, self.ZONE_SHARES))
        return results

    def postProcessAlgorithm(self, context, feedback):
        self.localise_csv_outputs(feedback)
        # Line width by the flow; in a GeoPackage the style is saved as its default too.
        self.present_results(context)
        for dest_id in self._styled:
            layer = QgsProcessingUtils.mapLayerFromString(dest_id, context)
            if not isinstance(layer, QgsVectorLayer) or not STYLE.exists():
                continue
            layer.loadNamedStyle(str(STYLE))
            if layer.providerType() == "ogr" and ".gpkg" in layer.source().lower():
                layer.saveStyleToDatabase("samplan", "Samplan: commuting flows by width", True, "")
            layer.triggerRepaint()
        return {}
