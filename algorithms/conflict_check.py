"""samplan:conflictcheck — the coordination conflict check of a plan draft against theme layers."""

from __future__ import annotations

import datetime as dt
import json
import time
import uuid

import pandas as pd
from qgis.core import (
    Qgis,
    QgsCoordinateReferenceSystem,
    QgsDataSourceUri,
    QgsMapLayer,
    QgsProcessingFeatureSourceDefinition,
    QgsProcessingOutputLayerDefinition,
    QgsProcessingException,
    QgsProcessingMultiStepFeedback,
    QgsProcessingOutputNumber,
    QgsProcessingParameterBoolean,
    QgsProcessingParameterCrs,
    QgsProcessingParameterEnum,
    QgsProcessingParameterFeatureSink,
    QgsProcessingParameterFeatureSource,
    QgsProcessingParameterField,
    QgsProcessingParameterFile,
    QgsProcessingParameterMultipleLayers,
    QgsProcessingParameterString,
    QgsProcessingUtils,
    QgsVectorLayer,
)

from qgis.PyQt.QtCore import QLocale

from ..core.categories import OP_CATEGORIES, apply_category_mapping, normalise_categories, normalise_category
from ..core.conflicts import CONFLICT_COLUMNS, SUMMARY_COLUMNS, check_conflicts, column_kind, geometry_kinds, summarise
from ..core.progress import Cancelled
from ..core.reach import reach_by_role
from ..core.timing import StepTimes
from ..core.reviews import carry_reviews
from ..core.rules import COLUMNS as RULE_COLUMNS
from ..core.rules import ROLE_PARAMETERS, THEME_ROLES, rule_set_rows
from ..i18n.labels import role_label
from ..i18n.translation import user_language
from ..metadata import plugin_version
from ..qgis_adapter.progress import FeedbackProgress
from ..qgis_adapter.reading import layer_name_of, read_feature_table, require_metric_crs
from ..qgis_adapter.result_styles import apply_conflict_style
from ..qgis_adapter.reviews import ReviewReadError, read_reviews
from ..qgis_adapter.writing import REAL, TEXT, fields_for, write_frame_to_sink
from .base import SamplanAlgorithm
from ..qgis_adapter.compat import ADVANCED_PARAMETER, OPTIONAL_PARAMETER, source_type
from .inputs import add_theme_parameters, read_mapping, read_rules, read_units, source_as_is

CONFLICT_FIELDS = [(name, column_kind(name)) for name in CONFLICT_COLUMNS]
SUMMARY_FIELDS = [(name, column_kind(name)) for name in SUMMARY_COLUMNS]
RULE_FIELDS = [(name, REAL if name == "distance_m" else TEXT) for name in RULE_COLUMNS]
RUN_FIELDS = [("key", TEXT), ("value", TEXT)]
LANGUAGES = ("sv", "en")
STEPS = ("read", "index", "measure", "write")  # the steps the log times, in its order


class ConflictCheckAlgorithm(SamplanAlgorithm):
    help_page = "conflict_check"

    PLAN = "PLAN"
    PLAN_FIELD = "PLAN_FIELD"
    PLAN_LINES = "PLAN_LINES"
    PLAN_KEY_FIELD = "PLAN_KEY_FIELD"
    THEME_KEY_FIELD = "THEME_KEY_FIELD"
    CATEGORY_MAPPING = "CATEGORY_MAPPING"
    THEME_FIELD = "THEME_FIELD"
    THEME_FIELDS = "THEME_FIELDS"
    PREVIOUS_RESULTS = "PREVIOUS_RESULTS"
    REPLACEABLE_INPUTS = (PREVIOUS_RESULTS,)  # new results may replace the previous ones whose reviews they carry
    RULES = "RULES"
    MUNICIPALITIES = "MUNICIPALITIES"
    MUNICIPALITY_FIELD = "MUNICIPALITY_FIELD"
    CRS = "CRS"
    LANGUAGE = "LANGUAGE"
    DUPLICATES_ONCE = "DUPLICATES_ONCE"
    CONFLICT_AREAS = "CONFLICT_AREAS"
    CONFLICT_LINES = "CONFLICT_LINES"
    CONFLICT_POINTS = "CONFLICT_POINTS"
    SUMMARY = "SUMMARY"
    RULES_USED = "RULES_USED"
    RUN_INFO = "RUN_INFO"
    CONFLICT_COUNT = "CONFLICT_COUNT"
    OUTPUT_KINDS = (
        ("area", CONFLICT_AREAS, Qgis.WkbType.MultiPolygon),
        ("line", CONFLICT_LINES, Qgis.WkbType.MultiLineString),
        ("point", CONFLICT_POINTS, Qgis.WkbType.MultiPoint),
    )

    def __init__(self) -> None:
        super().__init__()
        self._styles: dict[str, str] = {}

    def name(self) -> str:
        return "conflictcheck"

    def displayName(self) -> str:
        return self.tr("Coordination conflict check")

    def group(self) -> str:
        return self.tr("Coordination")

    def groupId(self) -> str:
        return "coordination"

    def tags(self) -> list[str]:
        return self.tr("conflict,coordination,plan,översiktsplan,regionplan,natura 2000,flood,rules").split(",")

    def shortHelpString(self) -> str:
        return (
            self.tr(
                "Checks a plan draft against theme layers with a rule set and lists every coordination conflict, "
                "warning and opportunity: one row per rule, plan feature and theme feature, with the geometry where "
                "they meet.\n\n"
                "<b>Inputs.</b> The plan draft: a polygon or line layer with a land-use field in the categories of "
                "Boverket's ÖP-modell 2.1, and optionally a second layer of planned corridors (lines) with the same "
                "field. Theme layers in four roles: settlement, infrastructure, green-blue and other. A theme "
                "feature's category is the value of the theme category field where the layer has it, else the "
                "layer's name. The rule set is a CSV table (the bundled default, or your own: id, plan_category, "
                "theme_role, theme_category, relation, distance_m, severity, message_sv, message_en, basis; several "
                "categories separated by '|'). If the draft uses words of its own, a category mapping (a CSV with the "
                "columns draft_category and op_category, kept beside the draft and reused) maps them onto ÖP-modell "
                "categories once; words no rule applies to are named in the log. An optional municipalities layer attributes each result to the "
                "municipality holding its largest part. Everything is computed in the analysis CRS (SWEREF 99 TM by "
                "default); inputs in other CRSs are transformed, and a geographic CRS is refused.\n\n"
                "<b>Relations.</b> overlaps: the interiors meet (area of the overlap and its share of the plan "
                "feature; for lines the length inside; a line along a border does not count). within_distance: the "
                "part of the plan feature within the distance of the theme feature, and the minimum distance (a "
                "distance exactly at the threshold counts). not_within_distance: plan features farther than the "
                "distance from every theme feature of the category, a coordination gap (for example housing more "
                "than 1 km from a station). crosses: a planned line crossing a theme polygon (length inside) or a "
                "theme line (crossing points).\n\n"
                "<b>Outputs.</b> Conflicts as areas, lines and points (styled by severity), a summary per rule, "
                "severity and municipality (count, area, length), the rule set used and the run's parameters. Invalid "
                "geometries are repaired and null geometries skipped, both reported in the log; input layers are "
                "never modified. The default rule set cites the legal or policy basis of each rule (Miljöbalken, "
                "Plan- och bygglagen, the county boards' guidance on dangerous goods)."
            )
            + "\n\n"
            + self.tr(
                "<b>Reviews.</b> Every result has a key made of its rule, its two features and its geometry. Given the "
                "conflict layers of an earlier run (advanced parameter), the status, comment, reviewer and time of each "
                "unchanged conflict are carried over, and the others are marked new, as the conflict inspector does on a "
                "re-run. An advanced parameter also takes a category field per theme layer."
            )
        )

    def initAlgorithm(self, config=None) -> None:
        self.addParameter(
            QgsProcessingParameterFeatureSource(
                self.PLAN,
                self.tr("Plan draft (areas or lines)"),
                [source_type("VectorPolygon"), source_type("VectorLine")],
            )
        )
        self.addParameter(
            QgsProcessingParameterField(
                self.PLAN_FIELD, self.tr("Plan category field (ÖP-modell land use)"), "anvandning", self.PLAN
            )
        )
        self.addParameter(
            QgsProcessingParameterFeatureSource(
                self.PLAN_LINES,
                self.tr("Planned corridors (lines, same category field)"),
                [source_type("VectorLine")],
                optional=True,
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
        add_theme_parameters(self)
        self.addParameter(
            QgsProcessingParameterString(
                self.THEME_FIELD, self.tr("Theme category field (else the layer name)"), "kategori", optional=True
            )
        )
        per_layer = QgsProcessingParameterString(
            self.THEME_FIELDS,
            self.tr('Category field per theme layer (JSON: {"layer name or id": "field"}), overriding the above'),
            "",
            optional=True,
        )
        per_layer.setFlags(per_layer.flags() | ADVANCED_PARAMETER)
        self.addParameter(per_layer)
        self.addParameter(
            QgsProcessingParameterString(
                self.THEME_KEY_FIELD, self.tr("Theme feature identifier field, where a layer has it"), "", optional=True
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
        previous = QgsProcessingParameterMultipleLayers(
            self.PREVIOUS_RESULTS,
            self.tr("Previous results whose reviews are kept (conflict layers of an earlier run)"),
            source_type("VectorAnyGeometry"),
            optional=True,
        )
        previous.setFlags(previous.flags() | ADVANCED_PARAMETER)
        self.addParameter(previous)
        self.addParameter(QgsProcessingParameterCrs(self.CRS, self.tr("Analysis CRS (projected, metres)"), "EPSG:3006"))
        duplicates = QgsProcessingParameterBoolean(
            self.DUPLICATES_ONCE,
            self.tr("Count a feature that repeats another exactly (same geometry and category) once"),
            True,
        )
        duplicates.setFlags(duplicates.flags() | ADVANCED_PARAMETER)
        self.addParameter(duplicates)
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
                self.CONFLICT_AREAS, self.tr("Conflicts (areas)"), source_type("VectorPolygon")
            )
        )
        # The other outputs may be skipped; left unset they go to temporary layers.
        for key, label, kind in (
            (self.CONFLICT_LINES, self.tr("Conflicts (lines)"), source_type("VectorLine")),
            (self.CONFLICT_POINTS, self.tr("Conflicts (points)"), source_type("VectorPoint")),
            (self.SUMMARY, self.tr("Summary"), source_type("Vector")),
            (self.RULES_USED, self.tr("Rule set used"), source_type("Vector")),
            (self.RUN_INFO, self.tr("Run parameters"), source_type("Vector")),
        ):
            self.addParameter(QgsProcessingParameterFeatureSink(key, label, kind, optional=True, createByDefault=True))
        self.addOutput(QgsProcessingOutputNumber(self.CONFLICT_COUNT, self.tr("Number of results")))

    def processAlgorithm(self, parameters, context, feedback):
        steps = QgsProcessingMultiStepFeedback(4, feedback)
        crs = self.parameterAsCrs(parameters, self.CRS, context)
        require_metric_crs(crs)
        rules_path = self.parameterAsFile(parameters, self.RULES, context) or None
        rules = read_rules(rules_path)
        language = LANGUAGES[self.parameterAsEnum(parameters, self.LANGUAGE, context)]
        transform_context = context.transformContext()
        times = StepTimes()
        started = time.perf_counter()

        try:
            # Step 1: the plan draft.
            plan_tables = self._read_plan(parameters, context, crs, transform_context, steps, feedback)
            mapping = self._category_mapping(parameters, context)
            self._warn_unknown_rule_categories(rules, plan_tables, mapping, feedback)
            # Step 2: the theme layers.
            steps.setCurrentStep(1)
            reach = reach_by_role(plan_tables, rules, mapping)
            theme_tables = self._read_themes(parameters, context, rules, crs, transform_context, steps, feedback, reach)
            for tables in (plan_tables, theme_tables):
                self._name_apart(tables, feedback)
            municipalities = self._municipalities(parameters, context, crs, transform_context, steps)
            times.add("read", time.perf_counter() - started)

            # Step 3: the check itself.
            steps.setCurrentStep(2)
            started = time.perf_counter()
            if sum(len(t) for t in plan_tables) == 0:
                feedback.pushWarning(self.tr("The plan draft is empty: the result is empty."))
            conflicts = check_conflicts(
                plan_tables, theme_tables, rules, municipalities, language, FeedbackProgress(steps), mapping, times
            )
            conflicts = self._carry_reviews(parameters, context, conflicts, feedback)
            times.add("measure", time.perf_counter() - started - times.seconds.get("index", 0.0))
            # The summary too is worked out before any output is made, so that a cancel still leaves no file behind.
            started = time.perf_counter()
            summary = summarise(conflicts, FeedbackProgress(steps))
            times.add("write", time.perf_counter() - started)
        except Cancelled:
            raise self.cancelled() from None
        self.stop_if_cancelled(feedback)

        # Step 4: the outputs. Sinks are created only now, so that a cancel above leaves no file behind.
        steps.setCurrentStep(3)
        started = time.perf_counter()
        results = self._write_outputs(parameters, context, conflicts, summary, rules, crs, FeedbackProgress(steps))
        counts = conflicts["severity"].value_counts().to_dict() if len(conflicts) else {}
        feedback.pushInfo(
            self.tr("Results: {0} conflict(s), {1} warning(s), {2} opportunity(ies).").format(
                counts.get("conflict", 0), counts.get("warning", 0), counts.get("opportunity", 0)
            )
        )
        results[self.CONFLICT_COUNT] = len(conflicts)
        run_parameters = self._run_parameters(parameters, context, rules_path, crs, plan_tables, theme_tables, language)
        self._write_table(
            parameters,
            context,
            self.RUN_INFO,
            RUN_FIELDS,
            pd.DataFrame(run_parameters, columns=["key", "value"]),
            results,
        )
        times.add("write", time.perf_counter() - started)
        feedback.pushInfo(
            self.tr("Time per step: reading {0} s, spatial indexes {1} s, measuring {2} s, writing {3} s.").format(
                *(QLocale().toString(times.seconds.get(step, 0.0), "f", 2) for step in STEPS)
            )
        )
        return results

    def _carry_reviews(self, parameters, context, conflicts, feedback):
        """Reviews of unchanged conflicts come over from the previous results; the rest are marked new."""
        layers = self.parameterAsLayerList(parameters, self.PREVIOUS_RESULTS, context)
        if not layers:
            return conflicts
        try:
            previous = read_reviews(layers)
        except ReviewReadError as error:
            raise QgsProcessingException(str(error)) from None
        conflicts, carry = carry_reviews(conflicts, previous)
        feedback.pushInfo(
            self.tr("Reviews: {0} unchanged conflict(s) keep their review, {1} are new.").format(carry.kept, carry.new)
        )
        if carry.gone_reviewed:
            feedback.pushWarning(
                self.tr("{0} reviewed conflict(s) of the previous results are no longer found.").format(
                    carry.gone_reviewed
                )
            )
        return conflicts

    def _theme_fields(self, parameters, context) -> dict[str, str]:
        text = self.parameterAsString(parameters, self.THEME_FIELDS, context).strip()
        if not text:
            return {}
        try:
            mapping = json.loads(text)
        except json.JSONDecodeError as error:
            raise QgsProcessingException(
                self.tr("The category field per theme layer is not valid JSON: {0}").format(error)
            ) from None
        if not isinstance(mapping, dict) or not all(isinstance(v, str) for v in mapping.values()):
            raise QgsProcessingException(
                self.tr("The category field per theme layer must map layer names to field names.")
            )
        return mapping

    def _read_plan(self, parameters, context, crs, transform_context, steps, feedback):
        plan_field = self.parameterAsString(parameters, self.PLAN_FIELD, context)
        key_field = self.parameterAsString(parameters, self.PLAN_KEY_FIELD, context) or None
        plan_tables = []
        for key in (self.PLAN, self.PLAN_LINES):
            source = self._source_as_is(parameters, key, context)
            if source is None:
                if key == self.PLAN:
                    raise QgsProcessingException(self.invalidSourceError(parameters, key))
                continue
            layer = self.parameterAsVectorLayer(parameters, key, context)
            name = layer_name_of(layer) if layer is not None else key.lower()
            if key_field and source.fields().lookupField(key_field) < 0:
                raise QgsProcessingException(
                    self.tr("Layer '{0}' has no field '{1}'. Its fields are: {2}.").format(
                        name, key_field, ", ".join(source.fields().names())
                    )
                )
            whole = layer if layer is not None and self._whole_layer(parameters.get(key)) else source
            table, _ = read_feature_table(
                whole,
                name,
                "plan",
                plan_field,
                crs,
                transform_context,
                FeedbackProgress(steps),
                category_required=True,
                name_when_empty=False,
                key_field=key_field,
                count_duplicates_once=self.parameterAsBool(parameters, self.DUPLICATES_ONCE, context),
            )
            plan_tables.append(table)
            if len(table) == 0:
                feedback.pushWarning(
                    self.tr("Plan draft layer '{0}' has no features with a geometry: it adds no results.").format(name)
                )
        return plan_tables

    @staticmethod
    def _whole_layer(value) -> bool:
        """Whether a feature source parameter is a plain layer (a source definition may carry a selection, a limit, a
        filter or a geometry check of its own), so that the layer itself can be read: through GDAL's Arrow stream
        where it is a file."""
        return not isinstance(value, QgsProcessingFeatureSourceDefinition)

    def _read_themes(self, parameters, context, rules, crs, transform_context, steps, feedback, reach=None):
        theme_field = self.parameterAsString(parameters, self.THEME_FIELD, context) or None
        theme_key = self.parameterAsString(parameters, self.THEME_KEY_FIELD, context) or None
        fields_by_layer = self._theme_fields(parameters, context)
        theme_layers = [
            (role, layer)
            for role in THEME_ROLES
            for layer in self.parameterAsLayerList(parameters, ROLE_PARAMETERS[role], context)
        ]
        # Only the categories some rule checks are read from each role's layers.
        wanted: dict[str, frozenset[str]] = {}
        for rule in rules:
            wanted[rule.theme_role] = wanted.get(rule.theme_role, frozenset()) | rule.normalised_theme_categories
        theme_tables = []
        for number, (role, layer) in enumerate(theme_layers):
            if not isinstance(layer, QgsVectorLayer):
                raise QgsProcessingException(self.tr("Theme layer '{0}' is not a vector layer.").format(layer.name()))
            name = layer_name_of(layer)
            part = FeedbackProgress(steps).span(
                100 * number / len(theme_layers), 100 * (number + 1) / len(theme_layers)
            )
            explicit = layer.id() in fields_by_layer or name in fields_by_layer
            field = fields_by_layer.get(layer.id(), fields_by_layer.get(name, theme_field)) or None
            if field and explicit and layer.fields().lookupField(field) < 0:
                raise QgsProcessingException(
                    self.tr("Layer '{0}' has no field '{1}'. Its fields are: {2}.").format(
                        name, field, ", ".join(layer.fields().names())
                    )
                )
            table, report = read_feature_table(
                layer,
                name,
                role,
                field,
                crs,
                transform_context,
                part,
                wanted_categories=wanted.get(role, frozenset()),
                key_field=theme_key,
                reach=(reach or {}).get(role),
                count_duplicates_once=self.parameterAsBool(parameters, self.DUPLICATES_ONCE, context),
            )
            if field and layer.fields().lookupField(field) < 0:
                feedback.pushInfo(
                    self.tr("Theme layer '{0}' has no field '{1}': its category is its name.").format(name, field)
                )
            if report.within_reach:
                feedback.pushInfo(
                    self.tr(
                        "{0} ({1}): {2} features read. Only those within reach of the plan were asked for: "
                        "a spatial filter the data source applied; the layer holds {3}."
                    ).format(name, role_label(role), report.read, report.total if report.total >= 0 else "?")
                )
            elif report.read:
                feedback.pushInfo(self.tr("{0} ({1}): {2} features read.").format(name, role_label(role), report.read))
            theme_tables.append(table)
        return theme_tables

    def _warn_unknown_rule_categories(self, rules, plan_tables, mapping, feedback) -> None:
        """A rule's plan category that is no ÖP-modell category and that no plan feature has (a typo) would
        silently disable the rule: it is named."""
        known = set(normalise_categories(list(OP_CATEGORIES)))
        for table in plan_tables:
            known |= set(normalise_categories(apply_category_mapping(table.categories, mapping)))
        for rule in rules:
            unknown = [c for c in rule.plan_categories if normalise_category(c) not in known]
            if unknown:
                feedback.pushWarning(
                    self.tr(
                        "Rule {0}: the plan category {1} is no ÖP-modell category and no plan feature has "
                        "it, so the rule never applies to it. Is it misspelt?"
                    ).format(rule.id, ", ".join(f"'{c}'" for c in unknown))
                )

    def _category_mapping(self, parameters, context) -> dict[str, str]:
        """The mapping of the draft's own words onto ÖP-modell categories (the engine applies it)."""
        return read_mapping(self.parameterAsFile(parameters, self.CATEGORY_MAPPING, context))

    def _name_apart(self, tables, feedback) -> None:
        """Two inputs of the same name (two boards' 'naturreservat') get a number each, so every row stays traceable."""
        seen: dict[str, int] = {}
        for table in tables:
            seen[table.layer_name] = seen.get(table.layer_name, 0) + 1
            if seen[table.layer_name] > 1:
                renamed = f"{table.layer_name} ({seen[table.layer_name]})"
                feedback.pushWarning(
                    self.tr("Two input layers are named '{0}': the second is called '{1}' in the results.").format(
                        table.layer_name, renamed
                    )
                )
                table.layer_name = renamed

    def _source_as_is(self, parameters, key, context):
        return source_as_is(self, parameters, key, context)

    def _municipalities(self, parameters, context, crs, transform_context, feedback):
        return read_units(self, parameters, self.MUNICIPALITIES, self.MUNICIPALITY_FIELD, context, crs, feedback)

    def _write_outputs(self, parameters, context, conflicts, summary, rules, crs, progress):
        results = {}
        kinds = geometry_kinds(conflicts["geometry"].to_numpy()) if len(conflicts) else []
        fields = fields_for(CONFLICT_FIELDS)
        for number, (kind, key, wkb_type) in enumerate(self.OUTPUT_KINDS):
            sink, dest_id = self.parameterAsSink(parameters, key, context, fields, wkb_type, crs)
            if sink is None:
                self._require_optional(parameters, key)
                continue
            rows = conflicts[kinds == kind] if len(conflicts) else conflicts
            write_frame_to_sink(
                sink, rows, CONFLICT_COLUMNS, multi=True, progress=progress.span(number * 30, number * 30 + 30)
            )
            del sink  # closes the layer before the next one is written to the same file
            results[key] = dest_id
            self._styles[dest_id] = kind
        self._write_table(parameters, context, self.SUMMARY, SUMMARY_FIELDS, summary, results)
        self._write_table(
            parameters, context, self.RULES_USED, RULE_FIELDS, pd.DataFrame(rule_set_rows(rules)), results
        )
        return results

    def _write_table(self, parameters, context, key, field_kinds, frame, results):
        sink, dest_id = self.parameterAsSink(
            parameters, key, context, fields_for(field_kinds), Qgis.WkbType.NoGeometry, QgsCoordinateReferenceSystem()
        )
        if sink is None:
            self._require_optional(parameters, key)
            return
        write_frame_to_sink(sink, frame, [name for name, _ in field_kinds], multi=False)
        del sink
        results[key] = dest_id

    def _require_optional(self, parameters, key):
        """A sink the user skipped is fine for an optional output; any other missing sink is an error."""
        if not self.parameterDefinition(key).flags() & OPTIONAL_PARAMETER:
            raise QgsProcessingException(self.invalidSinkError(parameters, key))

    def _run_parameters(self, parameters, context, rules_path, crs, plan_tables, theme_tables, language):
        """What it takes to trace the results back: inputs by their public source (no passwords), and every setting."""
        rows = [
            ("run_id", str(uuid.uuid4())),
            ("run_at", dt.datetime.now(dt.timezone.utc).isoformat(timespec="seconds")),
            ("algorithm", "samplan:conflictcheck"),
            ("samplan_version", plugin_version()),
            ("qgis_version", Qgis.version()),
            ("analysis_crs", crs.authid()),
            ("rule_set", rules_path or "default"),
            ("category_mapping", self.parameterAsFile(parameters, self.CATEGORY_MAPPING, context) or ""),
            ("language", language),
            ("plan_layers", "; ".join(f"{t.layer_name} ({len(t)})" for t in plan_tables)),
            ("theme_layers", "; ".join(f"{t.layer_name} [{t.role}] ({len(t)})" for t in theme_tables)),
        ]
        for key in sorted(parameters):
            rows.append((f"parameter:{key}", self._described(parameters[key], context)))
        return rows

    def _described(self, value, context) -> str:
        """A parameter value as text a colleague can follow: layers by public source and CRS, never a password."""
        if isinstance(value, (list, tuple)):
            return "; ".join(self._described(v, context) for v in value)
        if isinstance(value, (QgsProcessingFeatureSourceDefinition, QgsProcessingOutputLayerDefinition)):
            prop = value.source if isinstance(value, QgsProcessingFeatureSourceDefinition) else value.sink
            value = prop.staticValue()
        layer = value if isinstance(value, QgsMapLayer) else None
        if layer is None and isinstance(value, str) and value:
            layer = QgsProcessingUtils.mapLayerFromString(value, context, False)
        if layer is not None:
            return f"{layer.name()}: {layer.publicSource()} ({layer.crs().authid()})"
        return QgsDataSourceUri.removePassword(str(value))

    def postProcessAlgorithm(self, context, feedback):
        self.localise_csv_outputs(feedback)
        # Style the conflict layers by severity; in a GeoPackage the style is saved as its default too.
        self.present_results(context)
        for dest_id, kind in self._styles.items():
            layer = QgsProcessingUtils.mapLayerFromString(dest_id, context)
            if not isinstance(layer, QgsVectorLayer) or not apply_conflict_style(layer, kind):
                continue
            if layer.providerType() == "ogr" and ".gpkg" in layer.source().lower():
                layer.saveStyleToDatabase("samplan", "Samplan: conflicts by severity", True, "")
            layer.triggerRepaint()
        return {}
