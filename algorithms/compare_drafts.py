"""samplan:comparedrafts — two or more versions of a plan draft side by side."""

from __future__ import annotations

from qgis.core import (
    Qgis,
    QgsCoordinateReferenceSystem,
    QgsProcessingException,
    QgsProcessingMultiStepFeedback,
    QgsProcessingParameterCrs,
    QgsProcessingParameterEnum,
    QgsProcessingParameterFeatureSink,
    QgsProcessingParameterFeatureSource,
    QgsProcessingParameterField,
    QgsProcessingParameterFile,
    QgsProcessingParameterMultipleLayers,
    QgsProcessingParameterNumber,
    QgsProcessingParameterString,
    QgsVectorLayer,
)

from ..core.drafts import (
    CHANGE_COLUMNS,
    DraftInputError,
    DraftVersion,
    IndicatorInputs,
    compare_versions,
    indicator_label,
    indicator_table,
    prepare_versions,
)
from ..core.fragmentation import DEFAULT_WIDTHS, Barriers, FragmentationInputError, parse_widths
from ..core.progress import Cancelled
from ..core.rules import ROLE_PARAMETERS, THEME_ROLES
from ..i18n.translation import tr, user_language
from ..qgis_adapter.progress import FeedbackProgress, localised
from ..qgis_adapter.reading import layer_name_of, read_feature_table, require_metric_crs
from ..qgis_adapter.writing import INTEGER, REAL, TEXT, fields_for, write_frame_to_sink
from .base import SamplanAlgorithm
from ..qgis_adapter.compat import number_type, source_type
from .form_guides import mark_advanced
from .inputs import add_theme_parameters, read_layer_list, read_mapping, read_rules, read_units

CHANGE_FIELDS = [(c, INTEGER if c.endswith("_fid") else REAL if c == "area_m2" else TEXT) for c in CHANGE_COLUMNS]
LANGUAGES = ("sv", "en")


class CompareDraftsAlgorithm(SamplanAlgorithm):
    result_styles = {"CHANGES": "changes"}
    help_page = "compare_drafts"

    VERSIONS = "VERSIONS"
    VERSION_LINES = "VERSION_LINES"
    VERSION_NAMES = "VERSION_NAMES"
    PLAN_FIELD = "PLAN_FIELD"
    CATEGORY_MAPPING = "CATEGORY_MAPPING"
    AGRICULTURE = "AGRICULTURE"
    FLOOD = "FLOOD"
    PROTECTED = "PROTECTED"
    EXISTING_SETTLEMENT = "EXISTING_SETTLEMENT"
    STATIONS = "STATIONS"
    STOPS = "STOPS"
    DEPARTURES_FIELD = "DEPARTURES_FIELD"
    MIN_DEPARTURES = "MIN_DEPARTURES"
    THEME_FIELD = "THEME_FIELD"
    RULES = "RULES"
    MUNICIPALITIES = "MUNICIPALITIES"
    MUNICIPALITY_FIELD = "MUNICIPALITY_FIELD"
    BORDER_DISTANCE = "BORDER_DISTANCE"
    BARRIER_LINES = "BARRIER_LINES"
    BARRIER_AREAS = "BARRIER_AREAS"
    WIDTHS = "WIDTHS"
    CRS = "CRS"
    LANGUAGE = "LANGUAGE"
    CHANGES = "CHANGES"
    INDICATORS = "INDICATORS"

    def name(self) -> str:
        return "comparedrafts"

    def displayName(self) -> str:
        return self.tr("Compare plan draft versions")

    def group(self) -> str:
        return self.tr("Plan drafts")

    def groupId(self) -> str:
        return "plandrafts"

    def shortHelpString(self) -> str:
        return self.tr(
            "Sets two or more versions of a plan draft side by side: what changed, and indicators per version computed "
            "by the same engine as the other Samplan algorithms.\n\n"
            "<b>Changes.</b> Every later version against the first, by overlay (identifiers need not match): added "
            "(planned now, not in the first version), removed, and category changed, each with its area in m².\n\n"
            "<b>Indicators</b> (one column per version and one for the last minus the first): area by ÖP-modell "
            "category (km²); new development (Mångfunktionell bebyggelse, Sammanhängande bostadsbebyggelse, "
            "Verksamheter och industri, Utbyggnadsområde, minus existing settlement where given) on agricultural land "
            "(MB 3 kap. 4 §), in flood zones (PBL 2 kap. 5 §) and in protected nature (MB 7 kap.); the share of new "
            "housing within 1 km of a railway station or 400 m of a stop with at least the given weekday departures "
            "(every stop needs a number of departures in the departures field; one without is refused, with its feature id) "
            "(after the regional transport authorities' and Boverket's guidance on transit-oriented planning); "
            "conflict check results per severity under the rule set (the same check as Coordination conflict check, with "
            "the theme layers given in the four roles); incompatible uses across municipal borders (as "
            "Coherence across municipal borders); and, with barrier layers and municipalities, the effective mesh size of the "
            "whole region after the plan and its change (Jaeger 2000, as Effective mesh size (fragmentation)).\n\n"
            "<b>Input checks.</b> Each version is a polygon layer (its name is the version's name unless names are "
            "given) with optional corridors in the same order; versions in other CRSs are transformed; an empty "
            "version, or one with categories that are not ÖP-modell categories (map them with a category mapping), "
            "is refused with its name."
        )

    def initAlgorithm(self, config=None) -> None:
        self.addParameter(
            QgsProcessingParameterMultipleLayers(
                self.VERSIONS,
                self.tr("Plan draft versions (areas; the first is the base)"),
                source_type("VectorPolygon"),
            )
        )
        self.addParameter(
            QgsProcessingParameterMultipleLayers(
                self.VERSION_LINES,
                self.tr("Corridors of each version (lines, in the same order)"),
                source_type("VectorLine"),
                optional=True,
            )
        )
        self.addParameter(
            QgsProcessingParameterString(
                self.VERSION_NAMES,
                self.tr("Version names (separated by ';'; empty = the layer names)"),
                "",
                optional=True,
            )
        )
        self.addParameter(
            QgsProcessingParameterString(
                self.PLAN_FIELD, self.tr("Plan category field (ÖP-modell land use)"), "anvandning"
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
        for key, label in (
            (self.AGRICULTURE, self.tr("Agricultural land")),
            (self.FLOOD, self.tr("Flood zones")),
            (self.PROTECTED, self.tr("Protected nature (nature reserves, Natura 2000)")),
            (self.EXISTING_SETTLEMENT, self.tr("Existing settlement (not counted as new development)")),
        ):
            self.addParameter(
                QgsProcessingParameterMultipleLayers(key, label, source_type("VectorPolygon"), optional=True)
            )
        self.addParameter(
            QgsProcessingParameterMultipleLayers(
                self.STATIONS, self.tr("Railway stations"), source_type("VectorPoint"), optional=True
            )
        )
        self.addParameter(
            QgsProcessingParameterMultipleLayers(
                self.STOPS, self.tr("Stops"), source_type("VectorPoint"), optional=True
            )
        )
        self.addParameter(
            QgsProcessingParameterString(
                self.DEPARTURES_FIELD, self.tr("Field of the stops' weekday departures"), "avgangar_vardag"
            )
        )
        self.addParameter(
            QgsProcessingParameterNumber(
                self.MIN_DEPARTURES,
                self.tr("Minimum weekday departures of a frequent stop"),
                number_type("Integer"),
                40,
                minValue=0,
            )
        )
        add_theme_parameters(self)
        self.addParameter(
            QgsProcessingParameterString(
                self.THEME_FIELD, self.tr("Theme category field (else the layer name)"), "kategori", optional=True
            )
        )
        self.addParameter(
            QgsProcessingParameterFile(
                self.RULES, self.tr("Rule set (CSV; empty = the bundled default)"), extension="csv", optional=True
            )
        )
        self.addParameter(
            QgsProcessingParameterFeatureSource(
                self.MUNICIPALITIES, self.tr("Municipalities"), [source_type("VectorPolygon")], optional=True
            )
        )
        self.addParameter(
            QgsProcessingParameterField(
                self.MUNICIPALITY_FIELD, self.tr("Municipality name field"), None, self.MUNICIPALITIES, optional=True
            )
        )
        self.addParameter(
            QgsProcessingParameterNumber(
                self.BORDER_DISTANCE,
                self.tr("Search distance across borders (m; 0 = each rule's own distance)"),
                number_type("Double"),
                0.0,
                minValue=0.0,
            )
        )
        self.addParameter(
            QgsProcessingParameterMultipleLayers(
                self.BARRIER_LINES,
                self.tr("Barrier lines for the effective mesh size (roads, railways)"),
                source_type("VectorLine"),
                optional=True,
            )
        )
        self.addParameter(
            QgsProcessingParameterMultipleLayers(
                self.BARRIER_AREAS,
                self.tr("Barrier areas for the effective mesh size (settlement)"),
                source_type("VectorPolygon"),
                optional=True,
            )
        )
        self.addParameter(
            QgsProcessingParameterString(
                self.WIDTHS,
                self.tr("Barrier widths by category (category=metres; …)"),
                "; ".join(f"{k}={v:g}" for k, v in DEFAULT_WIDTHS.items()),
                optional=True,
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
        mark_advanced(
            self,
            self.CATEGORY_MAPPING,
            self.EXISTING_SETTLEMENT,
            self.DEPARTURES_FIELD,
            self.MIN_DEPARTURES,
            self.THEME_FIELD,
            self.RULES,
            self.MUNICIPALITY_FIELD,
            self.BORDER_DISTANCE,
            self.BARRIER_LINES,
            self.BARRIER_AREAS,
            self.WIDTHS,
            self.CRS,
        )
        self.addParameter(
            QgsProcessingParameterFeatureSink(
                self.CHANGES, self.tr("Changes between versions"), source_type("VectorPolygon")
            )
        )
        self.addParameter(
            QgsProcessingParameterFeatureSink(self.INDICATORS, self.tr("Indicators per version"), source_type("Vector"))
        )

    def processAlgorithm(self, parameters, context, feedback):
        steps = QgsProcessingMultiStepFeedback(3, feedback)
        crs = self.parameterAsCrs(parameters, self.CRS, context)
        require_metric_crs(crs)
        language = LANGUAGES[self.parameterAsEnum(parameters, self.LANGUAGE, context)]
        mapping = read_mapping(self.parameterAsFile(parameters, self.CATEGORY_MAPPING, context))
        try:
            versions = prepare_versions(self._versions(parameters, context, crs, steps), mapping)
            inputs = self._indicator_inputs(parameters, context, crs, language, steps)
            steps.setCurrentStep(1)
            changes = compare_versions(versions)
            indicators = indicator_table(versions, inputs, FeedbackProgress(steps))
        except DraftInputError as error:
            raise QgsProcessingException(localised(error.message)) from None
        except FragmentationInputError as error:
            raise QgsProcessingException(localised(error.message)) from None
        except Cancelled:
            raise self.cancelled() from None
        self.stop_if_cancelled(feedback)
        steps.setCurrentStep(2)
        results = {}
        sink, dest_id = self.parameterAsSink(
            parameters, self.CHANGES, context, fields_for(CHANGE_FIELDS), Qgis.WkbType.MultiPolygon, crs
        )
        if sink is None:
            raise QgsProcessingException(self.invalidSinkError(parameters, self.CHANGES))
        write_frame_to_sink(sink, changes, CHANGE_COLUMNS, multi=True)
        del sink
        results[self.CHANGES] = dest_id
        names = [v.name for v in versions]
        indicators.insert(
            0, "label", [indicator_label(i, c, tr) for i, c in zip(indicators["indicator"], indicators["category"])]
        )
        table_fields = (
            [("indicator", TEXT), ("category", TEXT), ("label", TEXT), ("unit", TEXT)]
            + [(n, REAL) for n in names]
            + [("difference", REAL)]
        )
        sink, dest_id = self.parameterAsSink(
            parameters,
            self.INDICATORS,
            context,
            fields_for(table_fields),
            Qgis.WkbType.NoGeometry,
            QgsCoordinateReferenceSystem(),
        )
        if sink is None:
            raise QgsProcessingException(self.invalidSinkError(parameters, self.INDICATORS))
        write_frame_to_sink(sink, indicators, [n for n, _ in table_fields], multi=False)
        del sink
        results[self.INDICATORS] = dest_id
        for change, area in changes.groupby("change")["area_m2"].sum().items():
            feedback.pushInfo(self.tr("{0}: {1:.0f} m²").format(change, area))
        return results

    def _versions(self, parameters, context, crs, feedback) -> list[DraftVersion]:
        field = self.parameterAsString(parameters, self.PLAN_FIELD, context)
        areas = self.parameterAsLayerList(parameters, self.VERSIONS, context)
        lines = self.parameterAsLayerList(parameters, self.VERSION_LINES, context)
        if lines and len(lines) != len(areas):
            raise QgsProcessingException(
                self.tr(
                    "{0} version layer(s) but {1} corridor layer(s): give one corridor layer per version, "
                    "in the same order, or none."
                ).format(len(areas), len(lines))
            )
        names_text = self.parameterAsString(parameters, self.VERSION_NAMES, context)
        names = (
            [n.strip() for n in names_text.split(";")]
            if names_text.strip()
            else [layer_name_of(layer) for layer in areas]
        )
        if len(names) != len(areas):
            raise QgsProcessingException(
                self.tr("{0} version name(s) for {1} version layer(s).").format(len(names), len(areas))
            )
        versions = []
        for number, layer in enumerate(areas):
            tables = []
            for candidate in (layer, lines[number] if lines else None):
                if candidate is None:
                    tables.append(None)
                    continue
                if not isinstance(candidate, QgsVectorLayer):
                    raise QgsProcessingException(self.tr("Layer '{0}' is not a vector layer.").format(candidate.name()))
                table, _ = read_feature_table(
                    candidate,
                    layer_name_of(candidate),
                    "plan",
                    field,
                    crs,
                    context.transformContext(),
                    FeedbackProgress(feedback),
                    category_required=True,
                    name_when_empty=False,
                )
                tables.append(table)
            versions.append(DraftVersion(names[number], tables[0], tables[1]))
        return versions

    def _indicator_inputs(self, parameters, context, crs, language, feedback) -> IndicatorInputs:
        theme_field = self.parameterAsString(parameters, self.THEME_FIELD, context) or None

        def layers(key, role, field=theme_field):
            return read_layer_list(self, parameters, key, context, crs, role, field, feedback)

        themes = [t for role in THEME_ROLES for t in layers(ROLE_PARAMETERS[role], role)]
        municipalities = read_units(
            self, parameters, self.MUNICIPALITIES, self.MUNICIPALITY_FIELD, context, crs, feedback
        )
        departures = self.parameterAsString(parameters, self.DEPARTURES_FIELD, context)
        barrier_lines, barrier_areas = (
            layers(self.BARRIER_LINES, "infrastructure"),
            layers(self.BARRIER_AREAS, "settlement"),
        )
        barriers = Barriers(barrier_lines, barrier_areas) if (barrier_lines or barrier_areas) else None
        if barriers is not None and municipalities is None:
            feedback.pushWarning(
                self.tr("The effective mesh size needs the municipalities as reporting units: it is left out.")
            )
        return IndicatorInputs(
            agriculture=layers(self.AGRICULTURE, "green-blue"),
            flood=layers(self.FLOOD, "green-blue"),
            protected=layers(self.PROTECTED, "green-blue"),
            existing_settlement=layers(self.EXISTING_SETTLEMENT, "settlement"),
            stations=layers(self.STATIONS, "infrastructure"),
            stops=read_layer_list(
                self,
                parameters,
                self.STOPS,
                context,
                crs,
                "infrastructure",
                departures,
                feedback,
                category_required=True,
                name_when_empty=False,
            ),
            min_departures=float(self.parameterAsInt(parameters, self.MIN_DEPARTURES, context)),
            departures_field=departures,
            themes=themes,
            rules=read_rules(self.parameterAsFile(parameters, self.RULES, context)),
            municipalities=municipalities,
            border_distance=self.parameterAsDouble(parameters, self.BORDER_DISTANCE, context),
            barriers=barriers,
            units=municipalities,
            widths=parse_widths(self.parameterAsString(parameters, self.WIDTHS, context)),
            language=language,
        )
