"""samplan:sampleregion — write the deterministic synthetic sample region to one GeoPackage."""

from __future__ import annotations

import os
from pathlib import Path

from qgis.core import (
    QgsCoordinateReferenceSystem,
    QgsProcessingException,
    QgsProcessingParameterFileDestination,
    QgsProcessingParameterNumber,
)

from ..core.progress import Cancelled
from ..core.sample_gtfs import feed_from_layers, write_feed
from ..core.sample_region import SAMPLE_CRS, build_sample_region
from ..qgis_adapter.progress import FeedbackProgress
from ..qgis_adapter.results_file import sqlite_companions
from ..qgis_adapter.writing import write_gpkg_layer
from .base import SamplanAlgorithm
from ..qgis_adapter.compat import number_type


class SampleRegionAlgorithm(SamplanAlgorithm):
    help_page = "sample_region"

    OUTPUT = "OUTPUT"
    SEED = "SEED"
    SCALE = "SCALE"

    def name(self) -> str:
        return "sampleregion"

    def displayName(self) -> str:
        return self.tr("Create sample region")

    def group(self) -> str:
        return self.tr("Sample data")

    def groupId(self) -> str:
        return "sampledata"

    def shortHelpString(self) -> str:
        return (
            self.tr(
                "Writes a synthetic but plausible Swedish region (SWEREF 99 TM, EPSG:3006) to one GeoPackage, for "
                "workshops, training and tests: municipalities in one county, tätorter with population, buildings, a "
                "250 m population grid, a connected road network with road classes and bridges over a river, a "
                "railway with stations, bus stops with weekday departures, nature reserves, Natura 2000, green "
                "wedges, ecological links, lakes, a river with its 100-year flood zone, shore protection, "
                "agricultural land, a water protection area, riksintressen, a commuting table and two plan drafts "
                "(A and B) in the categories of Boverket's ÖP-modell.\n\n"
                "Plan draft A holds planted conflicts of every kind in the default rule set; draft B resolves some "
                "and adds others. The table 'planterade_konflikter' lists them (rule, plan feature, theme feature, "
                "expected overlap), so results can be checked.\n\n"
                "The same seed gives the same data. Scale grows the region towards a county: at scale 125 it holds "
                "over a million buildings (used by the benchmark).\n\n"
                "Beside the GeoPackage, a GTFS feed (<name>_gtfs.zip) holds the timetable of the railway and of a bus line "
                "from every bus stop, with as many weekday departures at each stop as its layer says."
            )
            + "\n\n"
            + self.tr(
                "<b>Sources.</b> The data are invented, but each layer follows the structure and categories of the real "
                "national data set a region would load: SCB's tätorter and 250 m population grid, Lantmäteriet's "
                "buildings and roads with Trafikverket's road classes and recommended routes for dangerous goods, "
                "Naturvårdsverket's protected nature and Natura 2000, the flood maps of MSB and the county boards, "
                "shore protection under Miljöbalken chapter 7, Jordbruksverket's arable land, riksintressen under "
                "Miljöbalken chapters 3 and 4, SCB's commuting statistics, and plan drafts in Boverket's ÖP-modell 2.1."
            )
        )

    def initAlgorithm(self, config=None) -> None:
        self.addParameter(
            QgsProcessingParameterNumber(self.SEED, self.tr("Random seed"), number_type("Integer"), 2026, minValue=0)
        )
        self.addParameter(
            QgsProcessingParameterNumber(
                self.SCALE,
                self.tr("Scale (1 = about 60 x 40 km; 125 = a county with over a million buildings)"),
                number_type("Double"),
                1.0,
                minValue=1.0,
                maxValue=500.0,
            )
        )
        self.addParameter(
            QgsProcessingParameterFileDestination(
                self.OUTPUT, self.tr("Sample region GeoPackage"), self.tr("GeoPackage (*.gpkg)")
            )
        )

    def processAlgorithm(self, parameters, context, feedback):
        seed = self.parameterAsInt(parameters, self.SEED, context)
        scale = self.parameterAsDouble(parameters, self.SCALE, context)
        destination = Path(self.parameterAsFileOutput(parameters, self.OUTPUT, context))
        if destination.suffix.lower() != ".gpkg":
            destination = destination.with_suffix(".gpkg")
        destination.parent.mkdir(parents=True, exist_ok=True)
        progress = FeedbackProgress(feedback)
        # Written beside the destination and moved into place at the end: a cancel or failure leaves nothing.
        partial = destination.with_name(f".{destination.stem}.partial.gpkg")
        try:
            layers = build_sample_region(
                seed=seed, scale=scale, progress=progress.span(0, 50).set_progress, is_cancelled=feedback.isCanceled
            )
            crs = QgsCoordinateReferenceSystem(SAMPLE_CRS)
            writing = progress.span(50, 100)
            for number, layer in enumerate(layers.values()):
                writing.span(100 * number / len(layers), 100 * (number + 1) / len(layers)).set_progress(0)
                write_gpkg_layer(partial, layer.name, layer.frame, layer.geometry_type, crs, number > 0, writing)
                feedback.pushInfo(self.tr("{0}: {1} features").format(layer.name, len(layer.frame)))
            # The timetable of its railway and bus stops as a GTFS feed, beside it (for samplan:transitaccessibility).
            gtfs = destination.with_name(f"{destination.stem}_gtfs.zip")
            write_feed(feed_from_layers(layers), gtfs.with_name(f".{gtfs.name}.partial"))
            os.replace(gtfs.with_name(f".{gtfs.name}.partial"), gtfs)
            feedback.pushInfo(self.tr("GTFS feed of the railway and bus stops: {0}").format(gtfs))
            try:
                os.replace(partial, destination)
            except OSError as error:
                raise QgsProcessingException(
                    self.tr("Could not write {0}: {1}. Is it open in QGIS or another program?").format(
                        destination, error.strerror
                    )
                ) from None
        except Cancelled:
            raise QgsProcessingException(self.tr("Cancelled: no sample region was written.")) from None
        finally:
            for leftover in (partial, *sqlite_companions(partial)):
                if leftover.exists():
                    leftover.unlink()
        return {self.OUTPUT: str(destination), "GTFS": str(gtfs)}
