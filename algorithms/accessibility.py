"""samplan:accessibility — network distance and time from the population to the nearest centre or service."""

from __future__ import annotations

import numpy as np
from qgis.core import (
    Qgis,
    QgsProcessingException,
    QgsProcessingMultiStepFeedback,
    QgsProcessingParameterFeatureSink,
    QgsProcessingParameterFeatureSource,
    QgsProcessingParameterField,
    QgsProcessingParameterNumber,
    QgsProcessingParameterString,
    QgsProcessingUtils,
    QgsVectorLayer,
)

from ..core.accessibility import (
    ISO_COLUMNS,
    accessibility,
    changed_network_lines,
    compare,
    iso_areas,
    municipality_of,
)
from ..core.network import build_network
from ..core.progress import Cancelled
from ..qgis_adapter.network_styles import style_network_layer
from ..qgis_adapter.networks import read_points
from ..qgis_adapter.progress import FeedbackProgress, localised
from ..qgis_adapter.reading import read_feature_table
from .base import SamplanAlgorithm
from .frame_outputs import CHANGE, CHANGE_SUMMARY, OUTPUT, SUMMARY, add_change_sinks, add_summary_sink, write_frame
from ..qgis_adapter.compat import number_type, source_type
from .inputs import layer_name, read_units, source_as_is
from .form_guides import guessed_field_value, guessing_field_parameter, mark_advanced
from .network_parameters import (
    DEFAULT_SPEED,
    MAX_CONNECTOR,
    NETWORK,
    TOLERANCE,
    add_network_parameters,
    analysis_crs,
    read_network_parameters,
)


def _thresholds(text: str, label: str) -> tuple[float, ...]:
    try:
        values = tuple(float(v.strip().replace(",", ".")) for v in text.replace(";", " ").split() if v.strip())
    except ValueError:
        raise QgsProcessingException(label) from None
    if any(v <= 0 for v in values):
        raise QgsProcessingException(label)
    return values


# The buffer draws reached links as areas; kilometres of buffer around every link take minutes and say nothing.
MAX_ISO_BUFFER_M = 2000.0


class AccessibilityAlgorithm(SamplanAlgorithm):
    help_page = "accessibility"

    POPULATION = "POPULATION"
    POPULATION_FIELD = "POPULATION_FIELD"
    DESTINATIONS = "DESTINATIONS"
    DESTINATION_NAME = "DESTINATION_NAME"
    SIZE_FIELD = "SIZE_FIELD"
    MIN_SIZE = "MIN_SIZE"
    CATEGORY_FIELD = "CATEGORY_FIELD"
    CATEGORIES = "CATEGORIES"
    MUNICIPALITIES = "MUNICIPALITIES"
    MUNICIPALITY_FIELD = "MUNICIPALITY_FIELD"
    CONNECTOR_SPEED = "CONNECTOR_SPEED"
    DISTANCES = "DISTANCES"
    TIMES = "TIMES"
    ADDED_LINKS = "ADDED_LINKS"
    CUT_IDS = "CUT_IDS"
    CUT_LAYER = "CUT_LAYER"
    OUTPUT = OUTPUT
    SUMMARY = SUMMARY
    CHANGE = CHANGE
    CHANGE_SUMMARY = CHANGE_SUMMARY
    ISO_BUFFER = "ISO_BUFFER"
    ISO_AREAS = "ISO_AREAS"

    def name(self) -> str:
        return "accessibility"

    def displayName(self) -> str:
        return self.tr("Accessibility between city and countryside")

    def group(self) -> str:
        return self.tr("Networks")

    def groupId(self) -> str:
        return "networks"

    def tags(self) -> list[str]:
        return self.tr("accessibility,tillgänglighet,pipos,network,population,centre,service,travel time,restid").split(
            ","
        )

    def shortHelpString(self) -> str:
        return self.tr(
            "Measures how far the population lives from the nearest centre or service over the network, as "
            "Tillväxtverket's Pipos reports accessibility: per population feature the nearest destination by distance "
            "and the quickest by time (they may differ), the network distance to the one and the travel time to the "
            "other including the connector, and flags for the thresholds (by default 5 and "
            "10 km, 30 and 45 minutes); per municipality the population-weighted mean and median, the share within "
            "each threshold and the people beyond it, all of the people who reach a destination; those who reach none "
            "are counted apart (population_unreached).\n\n"
            "<b>Inputs.</b> The network as for the weak links (snap tolerance, grade separation, one-way, speeds by "
            "field or by class; without speeds only distances). Population: points or a 250 m grid with a population "
            "field, read at a point inside each feature. Destinations: centres or services, optionally only those of "
            "some categories or of at least a size (for example tätorter of at least 3,000 inhabitants). Population "
            "and destinations join the network at the nearest point of the nearest link within the longest connector; "
            "the connector counts at its length, and at the connector speed for times. Municipalities (optional) "
            "group the results.\n\n"
            "<b>Method.</b> One multi-source Dijkstra from all destinations at once (each a virtual node joined to its "
            "link's ends) on the reversed network gives every node its nearest destination, instead of one search per "
            "origin as QNEAT3's OD matrix does; the same answers, in one pass.\n\n"
            "<b>Before and after.</b> With a planned link added (a line layer joined at shared vertices, and partway "
            "along a road where it ends on one), links cut (by "
            "feature id, or where they meet a cut layer), the same run on the changed network gives the difference per "
            "population feature and per municipality (after minus before; negative is closer).\n\n"
            "<b>Iso-areas (optional).</b> Per destination and threshold, the area from which the destination is "
            "reached within the threshold: a search from each destination (bounded by the largest threshold) gives "
            "every node its cost to it, the destination's connector included; every link is cut where the cost reaches "
            "the threshold (over either end as its direction allows, or straight along the destination's own link), "
            "and the reached parts are buffered by the iso-area buffer and merged into one polygon. The buffer stands "
            "for the people's own way to the road, which is not counted. Computed only when the output is asked for: "
            "one search per destination.\n\n"
            "Sources: Tillväxtverket, Pipos (tillgänglighetsanalyser); Dijkstra (1959).\n\n"
            "Input layers are never modified."
        )

    def initAlgorithm(self, config=None) -> None:
        add_network_parameters(self)
        self.addParameter(
            QgsProcessingParameterFeatureSource(
                self.POPULATION, self.tr("Population (points or grid polygons)"), [source_type("VectorAnyGeometry")]
            )
        )
        self.addParameter(
            guessing_field_parameter(self.POPULATION_FIELD, self.tr("Population field"), self.POPULATION, "population")
        )
        self.addParameter(
            QgsProcessingParameterFeatureSource(
                self.DESTINATIONS, self.tr("Destinations (centres or services)"), [source_type("VectorAnyGeometry")]
            )
        )
        self.addParameter(
            QgsProcessingParameterField(
                self.DESTINATION_NAME, self.tr("Destination name field"), None, self.DESTINATIONS, optional=True
            )
        )
        self.addParameter(
            QgsProcessingParameterField(
                self.SIZE_FIELD,
                self.tr("Destination size field (e.g. population)"),
                None,
                self.DESTINATIONS,
                optional=True,
            )
        )
        self.addParameter(
            QgsProcessingParameterNumber(
                self.MIN_SIZE, self.tr("Smallest destination size"), number_type("Double"), 0.0, minValue=0.0
            )
        )
        self.addParameter(
            QgsProcessingParameterField(
                self.CATEGORY_FIELD, self.tr("Destination category field"), None, self.DESTINATIONS, optional=True
            )
        )
        self.addParameter(
            QgsProcessingParameterString(
                self.CATEGORIES, self.tr("Destination categories to keep (separated by ';')"), "", optional=True
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
                self.CONNECTOR_SPEED, self.tr("Connector speed (km/h)"), number_type("Double"), 30.0, minValue=0.1
            )
        )
        self.addParameter(QgsProcessingParameterString(self.DISTANCES, self.tr("Distance thresholds (km)"), "5; 10"))
        self.addParameter(QgsProcessingParameterString(self.TIMES, self.tr("Time thresholds (minutes)"), "30; 45"))
        self.addParameter(
            QgsProcessingParameterFeatureSource(
                self.ADDED_LINKS,
                self.tr("Changed network: planned links to add"),
                [source_type("VectorLine")],
                optional=True,
            )
        )
        self.addParameter(
            QgsProcessingParameterString(
                self.CUT_IDS,
                self.tr("Changed network: feature ids of network lines to cut (separated by ';')"),
                "",
                optional=True,
            )
        )
        self.addParameter(
            QgsProcessingParameterFeatureSource(
                self.CUT_LAYER,
                self.tr("Changed network: lines meeting these features are cut"),
                [source_type("VectorAnyGeometry")],
                optional=True,
            )
        )
        self.addParameter(
            QgsProcessingParameterNumber(
                self.ISO_BUFFER,
                self.tr("Iso-area buffer around reached links (m)"),
                number_type("Double"),
                100.0,
                minValue=0.1,
                maxValue=MAX_ISO_BUFFER_M,
            )
        )
        self.addParameter(
            QgsProcessingParameterFeatureSink(self.OUTPUT, self.tr("Accessibility per population feature"))
        )
        add_summary_sink(self, self.tr("Accessibility per municipality"))
        add_change_sinks(self, self.tr("Change per population feature"), self.tr("Change per municipality"))
        self.addParameter(
            QgsProcessingParameterFeatureSink(
                self.ISO_AREAS,
                self.tr("Iso-areas per destination and threshold"),
                source_type("VectorPolygon"),
                optional=True,
                createByDefault=False,
            )
        )
        mark_advanced(
            self,
            self.CATEGORY_FIELD,
            self.CATEGORIES,
            self.MUNICIPALITY_FIELD,
            self.CONNECTOR_SPEED,
            self.DISTANCES,
            self.TIMES,
            self.ADDED_LINKS,
            self.CUT_IDS,
            self.CUT_LAYER,
            self.ISO_BUFFER,
        )

    def processAlgorithm(self, parameters, context, feedback):
        steps = QgsProcessingMultiStepFeedback(5, feedback)
        crs = analysis_crs(self, parameters, context)
        ctx = context.transformContext()
        distances = _thresholds(
            self.parameterAsString(parameters, self.DISTANCES, context),
            self.tr("Distance thresholds must be positive numbers separated by ';'."),
        )
        times = _thresholds(
            self.parameterAsString(parameters, self.TIMES, context),
            self.tr("Time thresholds must be positive numbers separated by ';'."),
        )
        max_connector = self.parameterAsDouble(parameters, MAX_CONNECTOR, context)
        connector_speed = self.parameterAsDouble(parameters, self.CONNECTOR_SPEED, context)
        try:
            network, inputs, network_table = read_network_parameters(self, parameters, context, crs, steps)
            has_time = inputs.has_time
            steps.setCurrentStep(1)
            population_source = source_as_is(self, parameters, self.POPULATION, context)
            if population_source is None:
                raise QgsProcessingException(self.invalidSourceError(parameters, self.POPULATION))
            population_field = guessed_field_value(
                self, parameters, self.POPULATION_FIELD, context, population_source, "population"
            )
            population_table, population_points, population = read_points(
                population_source,
                layer_name(self, parameters, self.POPULATION, context, "population"),
                crs,
                ctx,
                FeedbackProgress(steps),
                population_field,
            )
            destinations, names = self._destinations(parameters, context, crs, ctx, steps, feedback)
            municipality = self._municipalities(parameters, context, crs, population_points, steps)
            steps.setCurrentStep(2)
            args = dict(
                municipality=municipality,
                max_connector_m=max_connector,
                connector_speed_kmh=connector_speed,
                distance_thresholds_km=distances,
                time_thresholds_min=times,
            )
            before = accessibility(
                network,
                has_time,
                population_points,
                population,
                destinations,
                names,
                progress=FeedbackProgress(steps),
                **args,
            )
            after = self._changed(
                parameters,
                context,
                crs,
                ctx,
                network_table,
                inputs,
                population_points,
                population,
                destinations,
                names,
                args,
                steps,
                feedback,
            )
            areas = None
            if parameters.get(self.ISO_AREAS) not in (None, ""):
                feedback.pushInfo(self.tr("Iso-areas: one search per destination ({0}).").format(len(destinations)))
                areas = iso_areas(
                    network,
                    has_time,
                    destinations,
                    names,
                    distances,
                    times,
                    max_connector,
                    connector_speed,
                    self.parameterAsDouble(parameters, self.ISO_BUFFER, context),
                    FeedbackProgress(steps),
                )
        except Cancelled:
            raise self.cancelled() from None
        self.stop_if_cancelled(feedback)
        for message in before.messages:
            feedback.pushInfo(localised(message))
        for message in after.messages if after is not None else ():
            feedback.pushInfo(self.tr("Changed network: {0}").format(localised(message)))
        steps.setCurrentStep(4)
        results = {}
        features = before.features.copy()
        features["fid"] = population_table.fids
        features["geometry"] = population_table.geometries
        write_frame(
            self, parameters, context, self.OUTPUT, features, population_source.wkbType(), crs, results, required=True
        )
        self._styled = [results[self.OUTPUT]]
        write_frame(self, parameters, context, self.SUMMARY, before.municipalities, None, crs, results)
        if after is not None:
            changed, changed_summary = compare(before, after)
            changed["fid"] = population_table.fids
            changed["geometry"] = population_table.geometries
            write_frame(self, parameters, context, self.CHANGE, changed, population_source.wkbType(), crs, results)
            write_frame(self, parameters, context, self.CHANGE_SUMMARY, changed_summary, None, crs, results)
        if areas is not None:
            write_frame(
                self,
                parameters,
                context,
                self.ISO_AREAS,
                areas[ISO_COLUMNS + ["geometry"]],
                Qgis.WkbType.MultiPolygon,
                crs,
                results,
            )
        total = before.municipalities.iloc[0]
        feedback.pushInfo(
            self.tr(
                "Population-weighted mean distance to the nearest destination: {0:.1f} km, for the {1} people "
                "who reach one; {2} reach none."
            ).format(
                total["mean_dist_km"],
                int(round(total["population_reached"])),
                int(round(total["population_unreached"])),
            )
        )
        return results

    def _destinations(self, parameters, context, crs, ctx, steps, feedback):
        source = source_as_is(self, parameters, self.DESTINATIONS, context)
        if source is None:
            raise QgsProcessingException(self.invalidSourceError(parameters, self.DESTINATIONS))
        name = layer_name(self, parameters, self.DESTINATIONS, context, "destinations")
        name_field = self.parameterAsString(parameters, self.DESTINATION_NAME, context) or None
        size_field = self.parameterAsString(parameters, self.SIZE_FIELD, context) or None
        category_field = self.parameterAsString(parameters, self.CATEGORY_FIELD, context) or None
        extra = tuple(f for f in (name_field, category_field) if f)
        table, points, sizes = read_points(source, name, crs, ctx, FeedbackProgress(steps), size_field, extra=extra)
        keep = np.ones(len(table), dtype=bool)
        min_size = self.parameterAsDouble(parameters, self.MIN_SIZE, context)
        if size_field and min_size > 0:
            keep &= np.nan_to_num(sizes, nan=-np.inf) >= min_size
        wanted = [
            c.strip().casefold()
            for c in (self.parameterAsString(parameters, self.CATEGORIES, context) or "").split(";")
            if c.strip()
        ]
        if category_field and wanted:
            keep &= np.array(
                [
                    str(v).strip().casefold() in wanted if v is not None else False
                    for v in table.attributes[category_field]
                ]
            )
        names = table.attributes[name_field] if name_field else np.array([str(f) for f in table.fids], dtype=object)
        feedback.pushInfo(
            self.tr("Destinations: {0} of {1} features of '{2}' kept.").format(int(keep.sum()), len(table), name)
        )
        if not keep.any():
            raise QgsProcessingException(
                self.tr("No destination of layer '{0}' passes the size and category filters.").format(name)
            )
        return points[keep], np.asarray([str(n) for n in names[keep]], dtype=object)

    def _municipalities(self, parameters, context, crs, points, steps):
        table = read_units(self, parameters, self.MUNICIPALITIES, self.MUNICIPALITY_FIELD, context, crs, steps)
        return municipality_of(points, table.geometries, table.categories) if table is not None else None

    def _changed(
        self,
        parameters,
        context,
        crs,
        ctx,
        network_table,
        inputs,
        points,
        population,
        destinations,
        names,
        args,
        steps,
        feedback,
    ):
        added_source = source_as_is(self, parameters, self.ADDED_LINKS, context)
        cut_source = source_as_is(self, parameters, self.CUT_LAYER, context)
        cut_text = self.parameterAsString(parameters, self.CUT_IDS, context) or ""
        if added_source is None and cut_source is None and not cut_text.strip():
            return None
        steps.setCurrentStep(3)
        try:
            cut_ids = [int(v) for v in cut_text.replace(",", ";").split(";") if v.strip()]
        except ValueError:
            raise QgsProcessingException(
                self.tr("Feature ids to cut must be whole numbers separated by ';'.")
            ) from None
        unknown = sorted(set(cut_ids) - {int(f) for f in network_table.fids})
        if unknown:
            raise QgsProcessingException(
                self.tr("No line of the network layer '{0}' has the feature id(s) {1}.").format(
                    layer_name(self, parameters, NETWORK, context, "network"), ", ".join(map(str, unknown[:10]))
                )
            )
        added = None
        if added_source is not None:
            added_table, _ = read_feature_table(
                added_source,
                layer_name(self, parameters, self.ADDED_LINKS, context, "added"),
                "network",
                None,
                crs,
                ctx,
                FeedbackProgress(steps),
                name_when_empty=False,
            )
            added = added_table.geometries
        cut_geoms = None
        if cut_source is not None:
            cut_table, _ = read_feature_table(
                cut_source,
                layer_name(self, parameters, self.CUT_LAYER, context, "cut"),
                "cut",
                None,
                crs,
                ctx,
                FeedbackProgress(steps),
                name_when_empty=False,
            )
            cut_geoms = cut_table.geometries
        tolerance = self.parameterAsDouble(parameters, TOLERANCE, context)
        fids, geoms, origin, keep = changed_network_lines(
            network_table.fids, network_table.geometries, cut_ids, cut_geoms, added, tolerance
        )
        # Speeds, one-way and grade separation of the existing lines carry over; added lines take the default speed.
        extra = len(geoms) - int(keep.sum())
        default = self.parameterAsDouble(parameters, DEFAULT_SPEED, context)
        speed = np.concatenate([inputs.speed[keep], np.full(extra, default)]) if inputs.has_time else None
        oneway = (
            np.concatenate([inputs.oneway[keep], np.zeros(extra, dtype=np.int8)]) if inputs.oneway is not None else None
        )
        grade = np.concatenate([inputs.grade[keep], np.zeros(extra, dtype=bool)]) if inputs.grade is not None else None
        feedback.pushInfo(
            self.tr("Changed network: {0} line(s) cut, {1} added.").format(
                int((~keep).sum()), int((origin == "added").sum())
            )
        )
        changed = build_network(fids, geoms, tolerance, speed, oneway, grade, None)
        has_time = inputs.has_time
        return accessibility(
            changed, has_time, points, population, destinations, names, progress=FeedbackProgress(steps), **args
        )

    def postProcessAlgorithm(self, context, feedback):
        super().postProcessAlgorithm(context, feedback)  # CSV conventions, the results group
        # Population features in Pipos-like classes of minutes (or km), with a legend in the user's language.
        for dest in getattr(self, "_styled", []):
            layer = QgsProcessingUtils.mapLayerFromString(dest, context)
            if isinstance(layer, QgsVectorLayer):
                style_network_layer(layer, "accessibility")
        return {}
