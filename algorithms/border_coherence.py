"""samplan:bordercoherence — incompatible planned uses facing each other across municipal borders."""

from __future__ import annotations

from qgis.core import (
    Qgis,
    QgsProcessingException,
    QgsProcessingMultiStepFeedback,
    QgsProcessingOutputNumber,
    QgsProcessingParameterCrs,
    QgsProcessingParameterEnum,
    QgsProcessingParameterFeatureSink,
    QgsProcessingParameterFeatureSource,
    QgsProcessingParameterField,
    QgsProcessingParameterFile,
    QgsProcessingParameterNumber,
)

from ..core.categories import apply_category_mapping
from ..core.coherence import COHERENCE_COLUMNS, border_incompatibilities, border_rules
from ..core.features import FeatureTable
from ..core.progress import Cancelled
from ..i18n.translation import user_language
from ..qgis_adapter.progress import FeedbackProgress
from ..qgis_adapter.reading import require_metric_crs
from ..qgis_adapter.writing import INTEGER, REAL, TEXT, fields_for, write_frame_to_sink
from .base import SamplanAlgorithm
from ..qgis_adapter.compat import number_type, source_type
from .inputs import read_layer, read_mapping, read_rules, read_units

COHERENCE_FIELDS = [
    (c, INTEGER if c.endswith("_fid") else REAL if c.endswith("distance_m") else TEXT) for c in COHERENCE_COLUMNS
]
LANGUAGES = ("sv", "en")


def mapped(table: FeatureTable, mapping: dict[str, str]) -> FeatureTable:
    """A plan table with the draft's own words replaced by their ÖP-modell categories."""
    return FeatureTable(
        table.layer_name,
        table.role,
        table.fids,
        table.geometries,
        apply_category_mapping(table.categories, mapping),
        table.keys,
    )


class BorderCoherenceAlgorithm(SamplanAlgorithm):
    help_page = "border_coherence"

    PLAN = "PLAN"
    PLAN_FIELD = "PLAN_FIELD"
    PLAN_KEY_FIELD = "PLAN_KEY_FIELD"
    CATEGORY_MAPPING = "CATEGORY_MAPPING"
    RULES = "RULES"
    MUNICIPALITIES = "MUNICIPALITIES"
    MUNICIPALITY_FIELD = "MUNICIPALITY_FIELD"
    DISTANCE = "DISTANCE"
    CRS = "CRS"
    LANGUAGE = "LANGUAGE"
    OUTPUT = "OUTPUT"
    COUNT = "COUNT"

    def name(self) -> str:
        return "bordercoherence"

    def displayName(self) -> str:
        return self.tr("Coherence across municipal borders")

    def group(self) -> str:
        return self.tr("Plan drafts")

    def groupId(self) -> str:
        return "plandrafts"

    def shortHelpString(self) -> str:
        return self.tr(
            "Finds where one municipality's planned use meets an incompatible planned use in a neighbouring "
            "municipality (PBL 3 kap. 5 §: an översiktsplan shows how mellankommunala frågor are coordinated).\n\n"
            "<b>Method.</b> Incompatibility comes from the rule set: a rule with the relation overlaps or "
            "within_distance applies when one of its theme categories names an ÖP-modell plan category, exactly or "
            "as its last word ('bostadsbebyggelse' names 'Sammanhängande bostadsbebyggelse'; in the default rule set "
            "IND-01, industry within 200 m of housing). Each plan area belongs to the municipality holding its "
            "largest part. A pair is listed when the rule's plan side and theme side lie in different "
            "municipalities within the rule's distance (overlaps: touching), or within the search distance where "
            "that is larger.\n\n"
            "<b>Output.</b> One row per rule and pair: both features (layer, id, key, category), both "
            "municipalities, the distance, the rule's severity, message and basis; the geometry holds both "
            "features, so the map shows them side by side."
        )

    def initAlgorithm(self, config=None) -> None:
        self.addParameter(
            QgsProcessingParameterFeatureSource(
                self.PLAN, self.tr("Plan draft (areas)"), [source_type("VectorPolygon")]
            )
        )
        self.addParameter(
            QgsProcessingParameterField(
                self.PLAN_FIELD, self.tr("Plan category field (ÖP-modell land use)"), "anvandning", self.PLAN
            )
        )
        self.addParameter(
            QgsProcessingParameterField(
                self.PLAN_KEY_FIELD,
                self.tr("Plan feature identifier field (stable key carried into the results)"),
                None,
                self.PLAN,
                optional=True,
            )
        )
        self.addParameter(
            QgsProcessingParameterFile(
                self.CATEGORY_MAPPING,
                self.tr("Category mapping (CSV: draft_category, op_category)"),
                extension="csv",
                optional=True,
            )
        )
        self.addParameter(
            QgsProcessingParameterFile(
                self.RULES, self.tr("Rule set (CSV; empty = the bundled default)"), extension="csv", optional=True
            )
        )
        self.addParameter(
            QgsProcessingParameterFeatureSource(
                self.MUNICIPALITIES, self.tr("Municipalities"), [source_type("VectorPolygon")]
            )
        )
        self.addParameter(
            QgsProcessingParameterField(
                self.MUNICIPALITY_FIELD, self.tr("Municipality name field"), None, self.MUNICIPALITIES, optional=True
            )
        )
        self.addParameter(
            QgsProcessingParameterNumber(
                self.DISTANCE,
                self.tr("Search distance (m; 0 = each rule's own distance)"),
                number_type("Double"),
                0.0,
                minValue=0.0,
            )
        )
        self.addParameter(QgsProcessingParameterCrs(self.CRS, self.tr("Analysis CRS (projected, metres)"), "EPSG:3006"))
        self.addParameter(
            QgsProcessingParameterEnum(
                self.LANGUAGE,
                self.tr("Language of the messages"),
                ["Svenska", "English"],
                defaultValue=0 if user_language() == "sv" else 1,
            )
        )
        self.addParameter(
            QgsProcessingParameterFeatureSink(
                self.OUTPUT, self.tr("Incompatible uses across borders"), source_type("VectorPolygon")
            )
        )
        self.addOutput(QgsProcessingOutputNumber(self.COUNT, self.tr("Number of pairs")))

    def processAlgorithm(self, parameters, context, feedback):
        steps = QgsProcessingMultiStepFeedback(2, feedback)
        crs = self.parameterAsCrs(parameters, self.CRS, context)
        require_metric_crs(crs)
        rules = read_rules(self.parameterAsFile(parameters, self.RULES, context))
        if not border_rules(rules):
            feedback.pushWarning(
                self.tr("No rule of the rule set names a plan category on its theme side: nothing can be found.")
            )
        mapping = read_mapping(self.parameterAsFile(parameters, self.CATEGORY_MAPPING, context))
        language = LANGUAGES[self.parameterAsEnum(parameters, self.LANGUAGE, context)]
        plan = read_layer(
            self,
            parameters,
            self.PLAN,
            context,
            crs,
            "plan",
            self.parameterAsString(parameters, self.PLAN_FIELD, context),
            steps,
            required=True,
            category_required=True,
            name_when_empty=False,
            key_field=self.parameterAsString(parameters, self.PLAN_KEY_FIELD, context) or None,
        )
        municipalities = read_units(self, parameters, self.MUNICIPALITIES, self.MUNICIPALITY_FIELD, context, crs, steps)
        steps.setCurrentStep(1)
        try:
            frame = border_incompatibilities(
                [mapped(plan, mapping)],
                municipalities,
                rules,
                self.parameterAsDouble(parameters, self.DISTANCE, context),
                language,
                FeedbackProgress(steps),
            )
        except Cancelled:
            raise self.cancelled() from None
        sink, dest_id = self.parameterAsSink(
            parameters, self.OUTPUT, context, fields_for(COHERENCE_FIELDS), Qgis.WkbType.MultiPolygon, crs
        )
        if sink is None:
            raise QgsProcessingException(self.invalidSinkError(parameters, self.OUTPUT))
        write_frame_to_sink(sink, frame, COHERENCE_COLUMNS, multi=True)
        del sink
        feedback.pushInfo(
            self.tr("{0} pair(s) of incompatible planned uses across municipal borders.").format(len(frame))
        )
        return {self.OUTPUT: dest_id, self.COUNT: len(frame)}
