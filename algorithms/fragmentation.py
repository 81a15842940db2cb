"""samplan:fragmentation — effective mesh size per reporting unit before and after a plan draft."""

from __future__ import annotations

import numpy as np
import pandas as pd
import shapely
from qgis.core import (
    Qgis,
    QgsProcessingException,
    QgsProcessingMultiStepFeedback,
    QgsProcessingParameterCrs,
    QgsProcessingParameterFeatureSink,
    QgsProcessingParameterFeatureSource,
    QgsProcessingParameterField,
    QgsProcessingParameterFile,
    QgsProcessingParameterMultipleLayers,
    QgsProcessingParameterNumber,
    QgsProcessingParameterString,
)

from ..core.features import FeatureTable
from ..core.fragmentation import (
    CUT_COLUMNS,
    DEFAULT_CONTEXT_M,
    DEFAULT_LINE_WIDTH_M,
    DEFAULT_WIDTHS,
    UNIT_COLUMNS,
    Barriers,
    FragmentationInputError,
    analyse_fragmentation,
    grid_units,
    parse_widths,
)
from ..core.progress import Cancelled
from ..qgis_adapter.progress import FeedbackProgress, localised
from ..qgis_adapter.reading import require_metric_crs
from ..qgis_adapter.writing import INTEGER, REAL, TEXT, fields_for, write_frame_to_sink
from .base import SamplanAlgorithm
from ..qgis_adapter.compat import number_type, source_type
from .inputs import read_layer, read_layer_list, read_mapping, read_units

MAX_GRID_CELLS = 1_000_000


def _extent_text(table) -> str:
    xmin, ymin, xmax, ymax = shapely.total_bounds(table.geometries)
    return f"{xmin:.0f}, {ymin:.0f} – {xmax:.0f}, {ymax:.0f}"


UNIT_FIELDS = [(c, TEXT if c == "unit" else INTEGER if c.startswith("patches") else REAL) for c in UNIT_COLUMNS]
CUT_FIELDS = [(c, INTEGER if c.endswith("_fid") else REAL if c == "length_m" else TEXT) for c in CUT_COLUMNS]
DEFAULT_WIDTH_TEXT = "; ".join(f"{k}={v:g}" for k, v in DEFAULT_WIDTHS.items())


class FragmentationAlgorithm(SamplanAlgorithm):
    help_page = "fragmentation"

    UNITS = "UNITS"
    UNIT_FIELD = "UNIT_FIELD"
    GRID_SIZE = "GRID_SIZE"
    BARRIER_LINES = "BARRIER_LINES"
    BARRIER_AREAS = "BARRIER_AREAS"
    CATEGORY_FIELD = "CATEGORY_FIELD"
    WIDTHS = "WIDTHS"
    DEFAULT_WIDTH = "DEFAULT_WIDTH"
    HABITAT = "HABITAT"
    CONTEXT_DISTANCE = "CONTEXT_DISTANCE"
    PLAN = "PLAN"
    PLAN_LINES = "PLAN_LINES"
    PLAN_FIELD = "PLAN_FIELD"
    CATEGORY_MAPPING = "CATEGORY_MAPPING"
    LINKS = "LINKS"
    CRS = "CRS"
    OUTPUT = "OUTPUT"
    CUTS = "CUTS"
    PATCHES = "PATCHES"

    def name(self) -> str:
        return "fragmentation"

    def displayName(self) -> str:
        return self.tr("Effective mesh size (fragmentation)")

    def group(self) -> str:
        return self.tr("Green-blue structure")

    def groupId(self) -> str:
        return "greenblue"

    def tags(self) -> list[str]:
        return self.tr(
            "fragmentation,effective mesh size,m_eff,jaeger,cbc,green infrastructure,grön infrastruktur"
        ).split(",")

    def shortHelpString(self) -> str:
        return self.tr(
            "Measures how barriers cut the landscape into patches, per reporting unit, before and after a plan draft.\n\n"
            "<b>Method.</b> The effective mesh size m_eff (Jaeger 2000) is (1/A_total) Σ A_i², where A_i is the area of "
            "patch i inside the unit and A_total the unit's area: the size of the area two random points of the unit "
            "can reach without crossing a barrier. The cross-boundary connections variant m_eff_CBC (Moser et al. "
            "2007) is (1/A_total) Σ A_i · A_i_cmpl, where A_i_cmpl is the whole patch's area including its parts "
            "outside the unit, so that a unit's border does not count as a barrier. The effective mesh density "
            "s_eff = 1000 / m_eff is the number of meshes per 1000 km² (as in the European Environment Agency's "
            "fragmentation reports, EEA Report 2/2011).\n\n"
            "<b>Inputs.</b> Reporting units (municipalities) or, without them, a square grid of the given size. "
            "Barrier lines (roads, railways) widened by their category's width (category=width in metres; "
            "categories not listed get the default width) and barrier areas (settlement). Optionally habitat "
            "areas: the landscape is then the habitat, also beyond the units up to the context distance (default "
            "10 km), so that a patch reaching past the study area's edge keeps its whole area in m_eff_CBC (the "
            "barrier layers should cover that band too; 0 = clip at the units). Without habitat the landscape is the "
            "units' whole area, and m_eff_CBC counts connections across the units' shared borders only. The plan draft's development "
            "areas (Mångfunktionell bebyggelse, Sammanhängande bostadsbebyggelse, Verksamheter och industri, "
            "Transportinfrastruktur, Teknisk anläggning, Utbyggnadsområde) and its planned Transportinfrastruktur "
            "lines become barriers for the 'after' state; a plan category that is not an ÖP-modell category is refused, "
            "with the feature ids (map a draft's own words with a category mapping CSV: draft_category, op_category). "
            "Ecological links and green wedges give the cut points.\n\n"
            "<b>Outputs.</b> Per unit: m_eff and m_eff_CBC in km² before and after, their change (km² and %), s_eff, "
            "and the number of patch pieces. The points where planned lines cut ecological links (each crossing) "
            "or green wedges (the middle of each stretch inside, with its length). The patches after the plan.\n\n"
            "Sources: Jaeger, J. A. G. (2000) Landscape Ecology 15:115–130; Moser, B. et al. (2007) Landscape "
            "Ecology 22:447–459; EEA & FOEN (2011) Landscape fragmentation in Europe, EEA Report 2/2011."
        )

    def initAlgorithm(self, config=None) -> None:
        self.addParameter(
            QgsProcessingParameterFeatureSource(
                self.UNITS, self.tr("Reporting units (municipalities)"), [source_type("VectorPolygon")], optional=True
            )
        )
        self.addParameter(
            QgsProcessingParameterField(self.UNIT_FIELD, self.tr("Unit name field"), None, self.UNITS, optional=True)
        )
        self.addParameter(
            QgsProcessingParameterNumber(
                self.GRID_SIZE,
                self.tr("Grid cell size (m), used without reporting units"),
                number_type("Double"),
                10000.0,
                minValue=100.0,
            )
        )
        self.addParameter(
            QgsProcessingParameterMultipleLayers(
                self.BARRIER_LINES, self.tr("Barrier lines (roads, railways)"), source_type("VectorLine"), optional=True
            )
        )
        self.addParameter(
            QgsProcessingParameterMultipleLayers(
                self.BARRIER_AREAS, self.tr("Barrier areas (settlement)"), source_type("VectorPolygon"), optional=True
            )
        )
        self.addParameter(
            QgsProcessingParameterString(
                self.CATEGORY_FIELD, self.tr("Barrier category field (else the layer name)"), "kategori", optional=True
            )
        )
        self.addParameter(
            QgsProcessingParameterString(
                self.WIDTHS,
                self.tr("Barrier widths by category (category=metres; …)"),
                DEFAULT_WIDTH_TEXT,
                multiLine=True,
                optional=True,
            )
        )
        self.addParameter(
            QgsProcessingParameterNumber(
                self.DEFAULT_WIDTH,
                self.tr("Width of lines of other categories (m)"),
                number_type("Double"),
                DEFAULT_LINE_WIDTH_M,
                minValue=0.0,
            )
        )
        self.addParameter(
            QgsProcessingParameterMultipleLayers(
                self.HABITAT,
                self.tr("Habitat areas (empty = the whole unit)"),
                source_type("VectorPolygon"),
                optional=True,
            )
        )
        self.addParameter(
            QgsProcessingParameterNumber(
                self.CONTEXT_DISTANCE,
                self.tr("Habitat counted beyond the units for whole patches (m)"),
                number_type("Double"),
                DEFAULT_CONTEXT_M,
                minValue=0.0,
            )
        )
        self.addParameter(
            QgsProcessingParameterFeatureSource(
                self.PLAN, self.tr("Plan draft (areas)"), [source_type("VectorPolygon")], optional=True
            )
        )
        self.addParameter(
            QgsProcessingParameterFeatureSource(
                self.PLAN_LINES, self.tr("Planned corridors (lines)"), [source_type("VectorLine")], optional=True
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
        self.addParameter(
            QgsProcessingParameterMultipleLayers(
                self.LINKS,
                self.tr("Ecological links and green wedges"),
                source_type("VectorAnyGeometry"),
                optional=True,
            )
        )
        self.addParameter(QgsProcessingParameterCrs(self.CRS, self.tr("Analysis CRS (projected, metres)"), "EPSG:3006"))
        self.addParameter(
            QgsProcessingParameterFeatureSink(
                self.OUTPUT, self.tr("Effective mesh size per unit"), source_type("VectorPolygon")
            )
        )
        self.addParameter(
            QgsProcessingParameterFeatureSink(
                self.CUTS,
                self.tr("Planned lines cutting links and wedges"),
                source_type("VectorPoint"),
                optional=True,
                createByDefault=True,
            )
        )
        self.addParameter(
            QgsProcessingParameterFeatureSink(
                self.PATCHES,
                self.tr("Patches after the plan"),
                source_type("VectorPolygon"),
                optional=True,
                createByDefault=False,
            )
        )

    def processAlgorithm(self, parameters, context, feedback):
        steps = QgsProcessingMultiStepFeedback(3, feedback)
        crs = self.parameterAsCrs(parameters, self.CRS, context)
        require_metric_crs(crs)
        try:
            widths = parse_widths(self.parameterAsString(parameters, self.WIDTHS, context))
        except FragmentationInputError as error:
            raise QgsProcessingException(localised(error.message)) from None
        default_width = self.parameterAsDouble(parameters, self.DEFAULT_WIDTH, context)
        context_distance = self.parameterAsDouble(parameters, self.CONTEXT_DISTANCE, context)
        category_field = self.parameterAsString(parameters, self.CATEGORY_FIELD, context) or None
        plan_field = self.parameterAsString(parameters, self.PLAN_FIELD, context)
        mapping = read_mapping(self.parameterAsFile(parameters, self.CATEGORY_MAPPING, context))
        try:
            barriers = Barriers(
                lines=read_layer_list(
                    self, parameters, self.BARRIER_LINES, context, crs, "infrastructure", category_field, steps
                ),
                areas=read_layer_list(
                    self, parameters, self.BARRIER_AREAS, context, crs, "settlement", category_field, steps
                ),
            )
            habitat = read_layer_list(self, parameters, self.HABITAT, context, crs, "green-blue", category_field, steps)
            links = read_layer_list(self, parameters, self.LINKS, context, crs, "green-blue", category_field, steps)
            plan_areas = [
                t
                for t in (
                    read_layer(
                        self,
                        parameters,
                        self.PLAN,
                        context,
                        crs,
                        "plan",
                        plan_field,
                        steps,
                        category_required=True,
                        name_when_empty=False,
                    ),
                )
                if t is not None
            ]
            plan_lines = [
                t
                for t in (
                    read_layer(
                        self,
                        parameters,
                        self.PLAN_LINES,
                        context,
                        crs,
                        "plan",
                        plan_field,
                        steps,
                        category_required=True,
                        name_when_empty=False,
                    ),
                )
                if t is not None
            ]
            units = read_units(self, parameters, self.UNITS, self.UNIT_FIELD, context, crs, steps)
            if units is None:
                units = self._grid(
                    parameters, context, [*barriers.lines, *barriers.areas, *habitat, *plan_areas, *plan_lines]
                )
            steps.setCurrentStep(1)
            result = analyse_fragmentation(
                units,
                barriers,
                plan_areas,
                plan_lines,
                habitat,
                links,
                widths,
                default_width,
                FeedbackProgress(steps),
                mapping=mapping,
                context_distance=context_distance,
            )
        except FragmentationInputError as error:
            raise QgsProcessingException(localised(error.message)) from None
        except Cancelled:
            raise self.cancelled() from None
        self.stop_if_cancelled(feedback)
        steps.setCurrentStep(2)
        results = {}
        self._write(
            parameters, context, self.OUTPUT, UNIT_FIELDS, result.units, Qgis.WkbType.MultiPolygon, crs, results
        )
        self._write(parameters, context, self.CUTS, CUT_FIELDS, result.cuts, Qgis.WkbType.Point, crs, results)
        patches = pd.DataFrame(
            {
                "patch": np.arange(1, len(result.patches_after) + 1, dtype=np.int64),
                "area_km2": shapely.area(result.patches_after) / 1e6,
                "geometry": result.patches_after,
            }
        )
        self._write(
            parameters,
            context,
            self.PATCHES,
            [("patch", INTEGER), ("area_km2", REAL)],
            patches,
            Qgis.WkbType.MultiPolygon,
            crs,
            results,
        )
        for _, row in result.units.iterrows():
            feedback.pushInfo(
                self.tr("{0}: m_eff {1:.2f} → {2:.2f} km², m_eff_CBC {3:.2f} → {4:.2f} km².").format(
                    row["unit"],
                    row["m_eff_before_km2"],
                    row["m_eff_after_km2"],
                    row["m_eff_cbc_before_km2"],
                    row["m_eff_cbc_after_km2"],
                )
            )
        return results

    def _grid(self, parameters, context, tables: list[FeatureTable]) -> FeatureTable:
        geometries = [g for t in tables for g in t.geometries]
        if not geometries:
            raise QgsProcessingException(
                self.tr("Give reporting units, or barrier, habitat or plan layers whose extent the grid covers.")
            )
        size = self.parameterAsDouble(parameters, self.GRID_SIZE, context)
        xmin, ymin, xmax, ymax = shapely.total_bounds(np.array(geometries, dtype=object))
        cells = np.ceil((xmax - xmin) / size + 1) * np.ceil((ymax - ymin) / size + 1)
        if cells > MAX_GRID_CELLS:
            # One feature far from the rest (a wrong CRS, a stray coordinate) would make a grid beyond any memory.
            extents = "; ".join(f"'{t.layer_name}' {_extent_text(t)}" for t in tables if len(t))
            raise QgsProcessingException(
                self.tr(
                    "The grid of {0} m cells over the extent of the inputs would have {1:.3g} cells (at most {2}): a feature lies "
                    "far from the others, or give reporting units. Extents (m): {3}."
                ).format(size, cells, MAX_GRID_CELLS, extents)
            )
        cells, names = grid_units((xmin, ymin, xmax, ymax), size)
        return FeatureTable("grid", "boundaries", np.arange(1, len(cells) + 1), cells, names)

    def _write(self, parameters, context, key, field_kinds, frame, wkb_type, crs, results) -> None:
        sink, dest_id = self.parameterAsSink(parameters, key, context, fields_for(field_kinds), wkb_type, crs)
        if sink is None:
            return
        write_frame_to_sink(sink, frame, [name for name, _ in field_kinds], multi=wkb_type != Qgis.WkbType.Point)
        del sink
        results[key] = dest_id
