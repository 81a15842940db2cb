"""samplan:transitaccessibility — accessibility by public transport from a GTFS timetable: travel times over a
departure window, opportunities within reach, the day trip, restidskvot against the car, departures per stop, and
before/after a change to the timetable."""

from __future__ import annotations

import numpy as np
import shapely
from qgis.core import (
    Qgis,
    QgsCoordinateReferenceSystem,
    QgsCoordinateTransform,
    QgsPointXY,
    QgsProcessingException,
    QgsProcessingMultiStepFeedback,
    QgsProcessingParameterFeatureSink,
    QgsProcessingParameterFeatureSource,
    QgsProcessingParameterField,
    QgsProcessingParameterFile,
    QgsProcessingParameterNumber,
    QgsProcessingParameterString,
)

from ..core.accessibility import municipality_of, nearest_destination_costs
from ..core.gtfs import GtfsError, parse_clock, parse_date, read_feed, timetable_for_date
from ..core.progress import Cancelled
from ..core.raptor import prepare
from ..core.transit_accessibility import (
    FREQUENCY_CLASSES,
    RATIO_CLASSES,
    DayTrip,
    compare,
    stop_departures,
    transit_accessibility,
)
from ..core.transit_scenarios import ScenarioError, add_line, multiply_frequency
from ..qgis_adapter.networks import read_points
from ..qgis_adapter.progress import FeedbackProgress, localised
from ..qgis_adapter.reading import read_feature_table
from ..qgis_adapter.transit_styles import style_transit_layer
from .accessibility import _thresholds
from .base import SamplanAlgorithm
from .frame_outputs import CHANGE, CHANGE_SUMMARY, OUTPUT, SUMMARY, add_change_sinks, add_summary_sink, write_frame
from ..qgis_adapter.compat import OPTIONAL_PARAMETER, number_type, source_type
from .inputs import layer_name, read_units, source_as_is
from .network_parameters import MAX_CONNECTOR, NETWORK, add_network_parameters, analysis_crs, read_network_parameters

CAR_CONNECTOR_KMH = 30.0


class TransitAccessibilityAlgorithm(SamplanAlgorithm):
    help_page = "transit_accessibility"

    GTFS = "GTFS"
    DATE = "DATE"
    WINDOW_START = "WINDOW_START"
    WINDOW_END = "WINDOW_END"
    ORIGINS = "ORIGINS"
    POPULATION_FIELD = "POPULATION_FIELD"
    DESTINATIONS = "DESTINATIONS"
    WEIGHT_FIELD = "WEIGHT_FIELD"
    CATEGORY_FIELD = "CATEGORY_FIELD"
    CATEGORIES = "CATEGORIES"
    WALK_SPEED = "WALK_SPEED"
    MAX_WALK = "MAX_WALK"
    MAX_TRANSFER_WALK = "MAX_TRANSFER_WALK"
    MAX_TRANSFERS = "MAX_TRANSFERS"
    MAX_TRIP = "MAX_TRIP"
    THRESHOLDS = "THRESHOLDS"
    PERCENTILES = "PERCENTILES"
    MUNICIPALITIES = "MUNICIPALITIES"
    MUNICIPALITY_FIELD = "MUNICIPALITY_FIELD"
    CENTRES = "CENTRES"
    DAY_EARLIEST = "DAY_EARLIEST"
    DAY_ARRIVE_BY = "DAY_ARRIVE_BY"
    DAY_STAY = "DAY_STAY"
    DAY_HOME_BY = "DAY_HOME_BY"
    NEW_LINE = "NEW_LINE"
    NEW_LINE_STOPS = "NEW_LINE_STOPS"
    NEW_HEADWAY = "NEW_HEADWAY"
    NEW_SPEED = "NEW_SPEED"
    NEW_RUN_TIME = "NEW_RUN_TIME"
    ROUTES = "ROUTES"
    FREQUENCY_FACTOR = "FREQUENCY_FACTOR"
    OUTPUT = OUTPUT
    SUMMARY = SUMMARY
    STOPS = "STOPS"
    CHANGE = CHANGE
    CHANGE_SUMMARY = CHANGE_SUMMARY

    def __init__(self) -> None:
        super().__init__()
        self._styles: dict[str, str] = {}

    def name(self) -> str:
        return "transitaccessibility"

    def displayName(self) -> str:
        return self.tr("Accessibility by public transport (GTFS)")

    def group(self) -> str:
        return self.tr("Networks")

    def groupId(self) -> str:
        return "networks"

    def tags(self) -> list[str]:
        return self.tr(
            "gtfs,kollektivtrafik,public transport,raptor,restidskvot,travel time,restid,pipos,day trip"
        ).split(",")

    def shortHelpString(self) -> str:
        return self.tr(
            "Measures accessibility by public transport from a GTFS timetable (a zip file or a folder, e.g. Trafiklab's "
            "GTFS Sverige 2 or 3): per origin (population points or a 250 m grid) the travel time to the nearest "
            "destination over every departure minute of a window, as the median with a low and a high percentile and "
            "the best case; the opportunities (the sum of the destinations' weight, e.g. jobs) whose median travel "
            "time is within each threshold (by default 30, 45 and 60 minutes); whether a day trip to a centre works; "
            "and, with a road network, the restidskvot (public transport time / car time) in classes. Per municipality "
            "the population-weighted mean and median time, the shares within the thresholds, the people without a "
            "usable trip and the mean opportunities. The stops get their departures per hour in the window and a "
            "frequency class.\n\n"
            "<b>Method.</b> People walk in a straight line at the walking speed to any stop within the longest walk; "
            "from each such stop, one RAPTOR search (Delling, Pajor and Werneck 2012) per moment a trip leaves it "
            "gives the earliest arrival at every stop (range RAPTOR: a departure at any minute takes the next such "
            "moment); a walk to the destination follows. RAPTOR runs in rounds, one more trip per round, with walks "
            "between stops (transfers.txt, platforms of one station, and stops within the longest transfer walk) "
            "after each. Travel times include waiting at the first stop. Percentiles are read over the minutes of the "
            "window by nearest rank, as Conveyal's percentile travel times are; a minute without a trip within the "
            "longest trip counts as no trip, and a percentile that falls on such minutes is empty.\n\n"
            "<b>Feeds as they come.</b> calendar.txt and calendar_dates.txt choose the services of the date; trips of "
            "the day before that run past midnight (times past 24:00) are kept; frequencies.txt trips are expanded; "
            "platforms without coordinates take their parent station's. A feed without service on the date, broken "
            "references and bad times are named by file, line and id.\n\n"
            "<b>Day trip</b> (Trafikverket's basic accessibility criteria): leaving home no earlier than the first "
            "time, arrive at a centre by the arrival time, stay the given hours, and be home again by the last time.\n\n"
            "<b>Restidskvot.</b> With a road network, the car time from each origin to its nearest destination by car "
            "(samplan:accessibility's engine, connectors at 30 km/h) and the public transport median time to the same "
            "destination; classes: below 1.0 faster than the car, 1.0-1.5 competitive, 1.5-2.0 acceptable, above 2.0 "
            "not competitive.\n\n"
            "<b>Before and after.</b> A new line (a line layer, its stops as a point layer, a headway and a speed or a "
            "run time), or the routes whose frequency is multiplied: the same run gives the difference per origin and "
            "per municipality (after minus before; negative times are quicker).\n\n"
            "Sources: Delling, Pajor and Werneck (2012), Round-Based Public Transit Routing; Conveyal R5's percentile "
            "travel times (Conway, Byrd and van Eggermond 2018); Tillväxtverket, Pipos; Trafikverket, grundläggande "
            "tillgänglighet. Input layers and the feed are never modified."
        )

    def initAlgorithm(self, config=None) -> None:
        self.addParameter(
            QgsProcessingParameterFile(
                self.GTFS, self.tr("GTFS feed (zip file or folder)"), fileFilter=self.tr("GTFS (*.zip);;All files (*)")
            )
        )
        self.addParameter(QgsProcessingParameterString(self.DATE, self.tr("Date (YYYY-MM-DD)"), "2026-03-10"))
        self.addParameter(
            QgsProcessingParameterString(self.WINDOW_START, self.tr("Departure window from (HH:MM)"), "07:00")
        )
        self.addParameter(
            QgsProcessingParameterString(self.WINDOW_END, self.tr("Departure window to (HH:MM)"), "09:00")
        )
        self.addParameter(
            QgsProcessingParameterFeatureSource(
                self.ORIGINS,
                self.tr("Origins (population points or grid polygons)"),
                [source_type("VectorAnyGeometry")],
            )
        )
        self.addParameter(
            QgsProcessingParameterField(
                self.POPULATION_FIELD, self.tr("Population field"), None, self.ORIGINS, optional=True
            )
        )
        self.addParameter(
            QgsProcessingParameterFeatureSource(
                self.DESTINATIONS,
                self.tr("Destinations (jobs, inhabitants, services)"),
                [source_type("VectorAnyGeometry")],
            )
        )
        self.addParameter(
            QgsProcessingParameterField(
                self.WEIGHT_FIELD,
                self.tr("Destination weight field (e.g. jobs)"),
                None,
                self.DESTINATIONS,
                optional=True,
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
            QgsProcessingParameterNumber(
                self.WALK_SPEED, self.tr("Walking speed (km/h)"), number_type("Double"), 5.0, minValue=0.5
            )
        )
        self.addParameter(
            QgsProcessingParameterNumber(
                self.MAX_WALK,
                self.tr("Longest walk to and from stops (m)"),
                number_type("Double"),
                1000.0,
                minValue=0.0,
            )
        )
        self.addParameter(
            QgsProcessingParameterNumber(
                self.MAX_TRANSFER_WALK,
                self.tr("Longest walk between stops for a transfer (m)"),
                number_type("Double"),
                300.0,
                minValue=0.0,
            )
        )
        self.addParameter(
            QgsProcessingParameterNumber(
                self.MAX_TRANSFERS, self.tr("Most transfers"), number_type("Integer"), 3, minValue=0, maxValue=10
            )
        )
        self.addParameter(
            QgsProcessingParameterNumber(
                self.MAX_TRIP, self.tr("Longest trip (minutes)"), number_type("Double"), 120.0, minValue=1.0
            )
        )
        self.addParameter(
            QgsProcessingParameterString(self.THRESHOLDS, self.tr("Time thresholds (minutes)"), "30; 45; 60")
        )
        self.addParameter(QgsProcessingParameterString(self.PERCENTILES, self.tr("Low and high percentiles"), "10; 90"))
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
            QgsProcessingParameterFeatureSource(
                self.CENTRES, self.tr("Day trip: centres to reach"), [source_type("VectorAnyGeometry")], optional=True
            )
        )
        self.addParameter(
            QgsProcessingParameterString(
                self.DAY_EARLIEST, self.tr("Day trip: leave home no earlier than (HH:MM)"), "05:00"
            )
        )
        self.addParameter(
            QgsProcessingParameterString(self.DAY_ARRIVE_BY, self.tr("Day trip: arrive by (HH:MM)"), "09:00")
        )
        self.addParameter(
            QgsProcessingParameterNumber(
                self.DAY_STAY, self.tr("Day trip: stay at least (hours)"), number_type("Double"), 6.0, minValue=0.0
            )
        )
        self.addParameter(
            QgsProcessingParameterString(self.DAY_HOME_BY, self.tr("Day trip: home again by (HH:MM)"), "19:00")
        )
        add_network_parameters(self)
        network = self.parameterDefinition(NETWORK)
        network.setFlags(network.flags() | OPTIONAL_PARAMETER)
        network.setDescription(self.tr("Road network for the car time (restidskvot)"))
        self.addParameter(
            QgsProcessingParameterFeatureSource(
                self.NEW_LINE, self.tr("Change: a new line (line layer)"), [source_type("VectorLine")], optional=True
            )
        )
        self.addParameter(
            QgsProcessingParameterFeatureSource(
                self.NEW_LINE_STOPS,
                self.tr("Change: the new line's stops"),
                [source_type("VectorPoint")],
                optional=True,
            )
        )
        self.addParameter(
            QgsProcessingParameterNumber(
                self.NEW_HEADWAY,
                self.tr("Change: the new line's headway (minutes)"),
                number_type("Double"),
                30.0,
                minValue=1.0,
            )
        )
        self.addParameter(
            QgsProcessingParameterNumber(
                self.NEW_SPEED,
                self.tr("Change: the new line's speed (km/h)"),
                number_type("Double"),
                40.0,
                minValue=1.0,
            )
        )
        self.addParameter(
            QgsProcessingParameterNumber(
                self.NEW_RUN_TIME,
                self.tr("Change: the new line's run time end to end (minutes; 0: from the speed)"),
                number_type("Double"),
                0.0,
                minValue=0.0,
            )
        )
        self.addParameter(
            QgsProcessingParameterString(
                self.ROUTES,
                self.tr("Change: route ids whose frequency is multiplied (separated by ';')"),
                "",
                optional=True,
            )
        )
        self.addParameter(
            QgsProcessingParameterNumber(
                self.FREQUENCY_FACTOR,
                self.tr("Change: frequency factor"),
                number_type("Integer"),
                2,
                minValue=1,
                maxValue=12,
            )
        )
        self.addParameter(
            QgsProcessingParameterFeatureSink(self.OUTPUT, self.tr("Public transport accessibility per origin"))
        )
        add_summary_sink(self, self.tr("Public transport accessibility per municipality"))
        self.addParameter(
            QgsProcessingParameterFeatureSink(
                self.STOPS,
                self.tr("Stops: departures per hour"),
                source_type("VectorPoint"),
                optional=True,
                createByDefault=True,
            )
        )
        add_change_sinks(self, self.tr("Timetable change per origin"), self.tr("Timetable change per municipality"))

    # ------------------------------------------------------------------------------------------------------------
    def processAlgorithm(self, parameters, context, feedback):
        steps = QgsProcessingMultiStepFeedback(6, feedback)
        crs = analysis_crs(self, parameters, context)
        ctx = context.transformContext()
        text = lambda key: self.parameterAsString(parameters, key, context) or ""  # noqa: E731
        thresholds = _thresholds(
            text(self.THRESHOLDS), self.tr("Time thresholds must be positive numbers separated by ';'.")
        )
        percentiles = _thresholds(
            text(self.PERCENTILES), self.tr("Percentiles must be numbers between 0 and 100 separated by ';'.")
        )
        if any(p > 100 for p in percentiles):
            raise QgsProcessingException(self.tr("Percentiles must be numbers between 0 and 100 separated by ';'."))
        speed = self.parameterAsDouble(parameters, self.WALK_SPEED, context) / 3.6
        max_walk = self.parameterAsDouble(parameters, self.MAX_WALK, context)
        try:
            date = parse_date(text(self.DATE))
            start, end = parse_clock(text(self.WINDOW_START)), parse_clock(text(self.WINDOW_END))
            if end <= start:
                raise QgsProcessingException(self.tr("The departure window must end after it starts."))
            path = text(self.GTFS)
            steps.pushInfo(self.tr("Reading the GTFS feed {0} for {1}.").format(path, date.isoformat()))
            timetable = timetable_for_date(read_feed(path), date, path.rsplit("/", 1)[-1])
            for message in timetable.messages:
                feedback.pushWarning(localised(message))
            stop_xy = self._project_stops(timetable, crs, ctx)
            net = prepare(
                timetable, stop_xy, speed, self.parameterAsDouble(parameters, self.MAX_TRANSFER_WALK, context)
            )
            steps.pushInfo(
                self.tr("{0} stops, {1} trip patterns, {2} walks between stops on {3}.").format(
                    timetable.n_stops, len(timetable.patterns), len(net.walk_from), date.isoformat()
                )
            )
            steps.setCurrentStep(1)
            origins_source = source_as_is(self, parameters, self.ORIGINS, context)
            if origins_source is None:
                raise QgsProcessingException(self.invalidSourceError(parameters, self.ORIGINS))
            origin_table, origin_points, population = read_points(
                origins_source,
                layer_name(self, parameters, self.ORIGINS, context, "origins"),
                crs,
                ctx,
                FeedbackProgress(steps),
                self.parameterAsString(parameters, self.POPULATION_FIELD, context) or None,
            )
            population = np.nan_to_num(population)
            dest_points, weights = self._destinations(parameters, context, crs, ctx, steps, feedback)
            units = read_units(self, parameters, self.MUNICIPALITIES, self.MUNICIPALITY_FIELD, context, crs, steps)
            municipality = (
                municipality_of(origin_points, units.geometries, units.categories) if units is not None else None
            )
            day_trip = self._day_trip(parameters, context, crs, ctx, steps)
            steps.setCurrentStep(2)
            car_min, car_nearest = self._car(parameters, context, crs, origin_points, dest_points, steps)
            origin_xy = shapely.get_coordinates(origin_points)
            dest_xy = shapely.get_coordinates(dest_points)
            args = dict(
                walk_speed_ms=speed,
                max_walk_m=max_walk,
                max_transfers=self.parameterAsInt(parameters, self.MAX_TRANSFERS, context),
                max_trip_min=self.parameterAsDouble(parameters, self.MAX_TRIP, context),
                thresholds_min=thresholds,
                percentiles=percentiles,
                municipality=municipality,
                day_trip=day_trip,
                car_min=car_min,
                car_nearest=car_nearest,
            )
            steps.setCurrentStep(3)
            before = transit_accessibility(
                net,
                stop_xy,
                origin_xy,
                population,
                dest_xy,
                weights,
                start,
                end,
                progress=FeedbackProgress(steps),
                **args,
            )
            steps.setCurrentStep(4)
            after = self._changed(
                parameters,
                context,
                crs,
                ctx,
                timetable,
                stop_xy,
                speed,
                origin_xy,
                population,
                dest_xy,
                weights,
                start,
                end,
                args,
                steps,
                feedback,
            )
        except (GtfsError, ScenarioError) as error:
            raise QgsProcessingException(localised(error.message)) from None
        except Cancelled:
            raise self.cancelled() from None
        self.stop_if_cancelled(feedback)
        for message in before.messages:
            feedback.pushInfo(localised(message))
        steps.setCurrentStep(5)
        results = {}
        features = before.features.copy()
        features["fid"] = origin_table.fids
        if "ratio_class" in features:
            features["ratio_class_name"] = [self.tr(RATIO_CLASSES[c - 1]) for c in features["ratio_class"]]
        features["geometry"] = origin_table.geometries
        self._write(parameters, context, self.OUTPUT, features, origins_source.wkbType(), crs, results, "origins")
        self._write(parameters, context, self.SUMMARY, before.municipalities, None, crs, results)
        stops = stop_departures(timetable, start, end)
        stops["frequency_class_name"] = [self.tr(FREQUENCY_CLASSES[c]) for c in stops["frequency_class"]]
        located = np.isfinite(stop_xy).all(axis=1)
        stops = stops[located].copy()
        stops["geometry"] = shapely.points(stop_xy[located])
        served = stops["stop_id"].isin(
            timetable.stop_ids[np.unique(np.concatenate([p.stops for p in timetable.patterns]))]
        )
        self._write(
            parameters, context, self.STOPS, stops[served.to_numpy()], Qgis.WkbType.Point, crs, results, "stops"
        )
        if after is not None:
            changed, changed_summary = compare(before, after, thresholds)
            changed["fid"] = origin_table.fids
            changed["geometry"] = origin_table.geometries
            self._write(parameters, context, self.CHANGE, changed, origins_source.wkbType(), crs, results, "change")
            self._write(parameters, context, self.CHANGE_SUMMARY, changed_summary, None, crs, results)
        total = before.municipalities.iloc[0]
        feedback.pushInfo(
            self.tr(
                "Population-weighted mean of the median travel time: {0:.1f} minutes for the {1} people with a "
                "usable trip; {2} have none."
            ).format(
                total["mean_median_min"],
                int(round(total["population_with_trip"])),
                int(round(total["population_without_trip"])),
            )
        )
        return results

    def postProcessAlgorithm(self, context, feedback):
        for dest_id, kind in self._styles.items():
            layer = context.getMapLayer(dest_id)
            if layer is not None:
                style_transit_layer(layer, kind)
        return {}

    # ------------------------------------------------------------------------------------------------------------
    def _project_stops(self, timetable, crs, ctx) -> np.ndarray:
        """Stop coordinates in the analysis CRS (nan where a stop has none)."""
        transform = QgsCoordinateTransform(QgsCoordinateReferenceSystem("EPSG:4326"), crs, ctx)
        xy = np.full((timetable.n_stops, 2), np.nan)
        for k in np.flatnonzero(np.isfinite(timetable.lon) & np.isfinite(timetable.lat)):
            point = transform.transform(QgsPointXY(float(timetable.lon[k]), float(timetable.lat[k])))
            xy[k] = (point.x(), point.y())
        return xy

    def _destinations(self, parameters, context, crs, ctx, steps, feedback):
        source = source_as_is(self, parameters, self.DESTINATIONS, context)
        if source is None:
            raise QgsProcessingException(self.invalidSourceError(parameters, self.DESTINATIONS))
        name = layer_name(self, parameters, self.DESTINATIONS, context, "destinations")
        weight_field = self.parameterAsString(parameters, self.WEIGHT_FIELD, context) or None
        category_field = self.parameterAsString(parameters, self.CATEGORY_FIELD, context) or None
        table, points, weights = read_points(
            source,
            name,
            crs,
            ctx,
            FeedbackProgress(steps),
            weight_field,
            extra=(category_field,) if category_field else (),
        )
        keep = np.ones(len(table), dtype=bool)
        wanted = [
            c.strip().casefold()
            for c in (self.parameterAsString(parameters, self.CATEGORIES, context) or "").split(";")
            if c.strip()
        ]
        if category_field and wanted:
            keep &= np.array(
                [v is not None and str(v).strip().casefold() in wanted for v in table.attributes[category_field]],
                dtype=bool,
            )
        feedback.pushInfo(
            self.tr("Destinations: {0} of {1} features of '{2}' kept.").format(int(keep.sum()), len(table), name)
        )
        if not keep.any():
            raise QgsProcessingException(
                self.tr("No destination of layer '{0}' passes the category filter.").format(name)
            )
        return points[keep], np.nan_to_num(weights[keep])

    def _day_trip(self, parameters, context, crs, ctx, steps):
        source = source_as_is(self, parameters, self.CENTRES, context)
        if source is None:
            return None
        _, points, _ = read_points(
            source, layer_name(self, parameters, self.CENTRES, context, "centres"), crs, ctx, FeedbackProgress(steps)
        )
        text = lambda key: self.parameterAsString(parameters, key, context) or ""  # noqa: E731
        return DayTrip(
            shapely.get_coordinates(points),
            parse_clock(text(self.DAY_EARLIEST)),
            parse_clock(text(self.DAY_ARRIVE_BY)),
            self.parameterAsDouble(parameters, self.DAY_STAY, context) * 3600.0,
            parse_clock(text(self.DAY_HOME_BY)),
        )

    def _car(self, parameters, context, crs, origin_points, dest_points, steps):
        if source_as_is(self, parameters, NETWORK, context) is None:
            return None, None
        network, inputs, _ = read_network_parameters(self, parameters, context, crs, steps)
        if not inputs.has_time:
            raise QgsProcessingException(
                self.tr(
                    "The road network needs speeds (a speed field, class speeds or the default speed) for the car time."
                )
            )
        cost, nearest, _ = nearest_destination_costs(
            network,
            network.time_s,
            origin_points,
            dest_points,
            self.parameterAsDouble(parameters, MAX_CONNECTOR, context),
            CAR_CONNECTOR_KMH / 3.6,
            FeedbackProgress(steps),
        )
        return cost / 60.0, nearest

    def _changed(
        self,
        parameters,
        context,
        crs,
        ctx,
        timetable,
        stop_xy,
        speed,
        origin_xy,
        population,
        dest_xy,
        weights,
        start,
        end,
        args,
        steps,
        feedback,
    ):
        line_source = source_as_is(self, parameters, self.NEW_LINE, context)
        routes = [
            r.strip() for r in (self.parameterAsString(parameters, self.ROUTES, context) or "").split(";") if r.strip()
        ]
        if line_source is None and not routes:
            return None
        changed, changed_xy = timetable, stop_xy
        if routes:
            factor = self.parameterAsInt(parameters, self.FREQUENCY_FACTOR, context)
            changed = multiply_frequency(changed, routes, factor)
            feedback.pushInfo(
                self.tr("Change: the trips of route(s) {0} multiplied by {1}.").format(", ".join(routes), factor)
            )
        if line_source is not None:
            line_name = layer_name(self, parameters, self.NEW_LINE, context, "new line")
            lines, _ = read_feature_table(
                line_source, line_name, "network", None, crs, ctx, FeedbackProgress(steps), name_when_empty=False
            )
            stops_source = source_as_is(self, parameters, self.NEW_LINE_STOPS, context)
            if stops_source is None:
                raise QgsProcessingException(
                    self.tr("The new line '{0}' needs a layer of its stops.").format(line_name)
                )
            _, stop_points, _ = read_points(
                stops_source,
                layer_name(self, parameters, self.NEW_LINE_STOPS, context, "stops"),
                crs,
                ctx,
                FeedbackProgress(steps),
            )
            line = shapely.line_merge(shapely.union_all(lines.geometries))
            if shapely.get_type_id(line) != 1:
                raise QgsProcessingException(
                    self.tr("The new line '{0}' must form one unbroken line.").format(line_name)
                )
            run_time = self.parameterAsDouble(parameters, self.NEW_RUN_TIME, context) * 60.0
            changed, changed_xy = add_line(
                changed,
                changed_xy,
                line,
                shapely.get_coordinates(stop_points),
                self.parameterAsDouble(parameters, self.NEW_HEADWAY, context) * 60.0,
                min(start, 5 * 3600),
                max(end + 3 * 3600, 22 * 3600),
                speed_kmh=self.parameterAsDouble(parameters, self.NEW_SPEED, context),
                run_time_s=run_time if run_time > 0 else None,
                name=line_name,
            )
            feedback.pushInfo(self.tr("Change: the new line '{0}' with {1} stops.").format(line_name, len(stop_points)))
        net = prepare(changed, changed_xy, speed, self.parameterAsDouble(parameters, self.MAX_TRANSFER_WALK, context))
        return transit_accessibility(
            net,
            changed_xy,
            origin_xy,
            population,
            dest_xy,
            weights,
            start,
            end,
            progress=FeedbackProgress(steps),
            **args,
        )

    def _write(self, parameters, context, key, frame, wkb_type, crs, results, style=None):
        dest = write_frame(self, parameters, context, key, frame, wkb_type, crs, results, required=key == self.OUTPUT)
        if dest is not None and style is not None:
            self._styles[dest] = style
