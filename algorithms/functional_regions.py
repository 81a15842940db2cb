"""samplan:functionalregions — functional regions from commuting: SCB's local labour markets or travel-to-work areas."""

from __future__ import annotations

import pandas as pd
from qgis.core import (
    Qgis,
    QgsCoordinateReferenceSystem,
    QgsProcessingException,
    QgsProcessingMultiStepFeedback,
    QgsProcessingOutputNumber,
    QgsProcessingParameterBoolean,
    QgsProcessingParameterEnum,
    QgsProcessingParameterFeatureSink,
    QgsProcessingParameterNumber,
)

from ..core.labour_markets import (
    ISTAT_PACKAGE,
    PUBLISHED,
    REGION_COLUMNS,
    SCB,
    TTWA,
    ZONE_COLUMNS,
    TtwaParameters,
    dissolve_regions,
    make_contiguous,
    scb_local_labour_markets,
    travel_to_work_areas,
    zone_adjacency,
)
from ..core.progress import Cancelled
from ..i18n.labels import zone_role_label
from ..i18n.translation import number_text
from ..qgis_adapter.progress import FeedbackProgress, localised
from ..qgis_adapter.writing import INTEGER, REAL, TEXT, fields_for, kind_of, write_frame_to_sink
from .base import SamplanAlgorithm
from .commuting_inputs import (
    COUNT_FIELD,
    CRS,
    RESIDENCE_FIELD,
    WORKPLACE_FIELD,
    add_commuting_parameters,
    add_crs_parameter,
    read_commuting_inputs,
)
from ..qgis_adapter.compat import OPTIONAL_PARAMETER, number_type, source_type
from .form_guides import mark_advanced

ZONE_KINDS = {
    "code": TEXT,
    "name": TEXT,
    "region_code": TEXT,
    "region_name": TEXT,
    "role": TEXT,
    "links": INTEGER,
    "linked_to": TEXT,
}
# The methods and the compatibility modes in the order of the form's choices.
METHODS = (SCB, TTWA)
COMPATIBILITIES = (ISTAT_PACKAGE, PUBLISHED)
# The quality summary: a row per figure or setting, its key for scripts and its label for people.
SUMMARY_COLUMNS = ["key", "label", "value"]
REGION_KINDS = {
    "region_code": TEXT,
    "region_name": TEXT,
    "centre_code": TEXT,
    "centre_name": TEXT,
    "zones": INTEGER,
    "valid": INTEGER,
}


class FunctionalRegionsAlgorithm(SamplanAlgorithm):
    result_styles = {"REGIONS": "regions", "ZONE_REGIONS": "zone_regions"}
    help_page = "functional_regions"

    METHOD = "METHOD"
    COMPATIBILITY = "COMPATIBILITY"
    MAX_OUT_SHARE = "MAX_OUT_SHARE"
    MAX_SINGLE_SHARE = "MAX_SINGLE_SHARE"
    MIN_SIZE = "MIN_SIZE"
    MIN_SC = "MIN_SC"
    TARGET_SIZE = "TARGET_SIZE"
    TARGET_SC = "TARGET_SC"
    CONTIGUOUS = "CONTIGUOUS"
    REGIONS = "REGIONS"
    ZONE_REGIONS = "ZONE_REGIONS"
    SUMMARY = "SUMMARY"
    REGION_COUNT = "REGION_COUNT"
    SHARE_INSIDE = "SHARE_INSIDE"
    MODULARITY = "MODULARITY"

    def name(self) -> str:
        return "functionalregions"

    def displayName(self) -> str:
        return self.tr("Functional regions from commuting")

    def group(self) -> str:
        return self.tr("Functional linkages")

    def groupId(self) -> str:
        return "functionallinkages"

    def tags(self) -> list[str]:
        return self.tr(
            "commuting,pendling,labour market,lokala arbetsmarknader,LA,travel to work area,TTWA,LMA,region"
        ).split(",")

    def shortHelpString(self) -> str:
        return self.tr(
            "Groups zones into functional regions by the commuting between them.\n\n"
            "<b>Inputs.</b> A zones layer (municipalities, or smaller areas such as DeSO) with a code field, and a commuting "
            "table: a CSV file (',' or ';' separated) or any QGIS table, with the columns residence code, workplace code and "
            "number of employed (by default bostadskommun, arbetskommun, antal; commuters working in their own zone are a row "
            "with both codes equal). Counts must be whole numbers of at least zero: an empty, non-numeric, negative or "
            'fractional count (such as 12,5, or "1,234" with an English thousands separator) stops the run and names its '
            "line (or feature). Pairs that occur twice are summed, with a warning. Codes in the table "
            "that are not among the zones are listed in a warning and their flows left out; a table in which no row has both "
            "codes among the zones is refused, naming the codes read and the zones' codes. Zones with no commuting at all "
            "stay regions of their own. SCB's database exports are read as published: UTF-8 (with or without byte order "
            "mark) or Windows-1252, title lines before the header, SCB's column names (arbetsställekommun, bostadsdeso, …) "
            "when the named columns are missing, a year column as the count (with several years, give the year as the count "
            "column), only the total rows of a sex column (kön), cells with code and name ('2505 Arvidsjaur' is 2505) and "
            "codes that differ from the zones' codes only by leading zeros. DeSO and RegSO zones work as municipalities do; "
            "SCB's rule is made for municipalities, and with small zones travel-to-work areas are the method to use.\n\n"
            "<b>SCB's local labour markets.</b> A zone is a centre when at most 20 % of its employed residents work in other "
            "zones and no single flow to another zone exceeds 7.5 % of them (both thresholds are parameters). Every other zone "
            "links to the zone receiving its largest outflow (a zone without employed residents: the zone sending it the most "
            "commuters). A zone joins the centre its link reaches, or the centre reached by its link's own link: at most two "
            "links. A zone that reaches no centre in two links is not carried a third step: it becomes a region of its own "
            "(role 'unlinked', named in the log). Two non-centres whose links point at each other form one region, centred on "
            "the one with more jobs. Ties go to the lower code.\n\n"
            "<b>Travel-to-work areas</b> by the method of Coombes and Bond (2008), following Istat's R package "
            "LabourMarketAreas, function findClusters (Franconi, D'Alò and Ichim 2016). For an area: size = employed "
            "residents, supply-side self-containment SC_s = commuters living and working in it / its employed residents, "
            "demand-side SC_d = the same / its jobs. Validity = min(min(SC_s, SC_d)/tarSC, 1) · [1 − (1 − minSC/tarSC) · "
            "max((tarSZ − size)/(tarSZ − minSZ), 0)] · tarSC/minSC, and 1 for a fully self-contained area; an area is valid "
            "when its validity is at least 1. Defaults: minSZ 1000, minSC 0.6667, tarSZ 10000, tarSC 0.75. Every zone starts "
            "as an area of its own. Each iteration takes the area with the lowest validity (then the lowest code) until it "
            "is valid. An area of one zone is dissolved: the zone joins the area with the highest linkage "
            "T_ij²/(R_i·W_j) + T_ji²/(R_j·W_i) if that does not lower the validity of that area; otherwise, or with no flow "
            "to any area, the zone goes to a reserve list. An area of several zones gives up one zone per iteration, the "
            "first in Istat's order (commuters from outside the area working in the zone + the zone's employed residents "
            "working in other zones, the largest first), under the same condition; the rest stays together. The reserve "
            "zones stay out until the iteration has converged, then join the area of highest linkage (without the "
            "condition, as in the package). Zones without any link to an area form areas of their own, named in the log, as "
            "is any area still invalid at the end. Ties go to the lower code; the iteration also stops (with a warning) if "
            "it would repeat itself.\n\n"
            "<b>Compatibility</b> (travel-to-work areas). <i>Istat's LabourMarketAreas package</i> (the default, so that "
            "results can be compared with Istat's and Eurostat's published labour market areas) does what findClusters in "
            "version 3.4 of the package does: zones with only employed residents or only jobs among the zones (and zones "
            "whose only commuting is within themselves) are set aside before the iteration with all their flows, repeated "
            "until none is left; each stays a region of its own (role 'set aside', named in the log); and the reserve list "
            "is assigned in descending code order. <i>Published algorithm</i>: every zone with commuting takes part, and the "
            "reserve list is assigned in ascending code order. In both, Samplan does not repeat a defect of the package: "
            "after an area has given up a zone, findClusters renumbers the area's remaining zones after it has summed its "
            "tables by area, so in the next iteration that area's validity is computed from unsummed rows (in Istat's "
            "Sardinia data 0.0042 instead of 0.8916) and the area can be broken up although it is nearly valid. This changes "
            "a result only where an area gives up a zone and stays invalid; on Istat's Sardinia data the package then gives "
            "36 areas and Samplan 37; with that one summing step added to the package, both give the same 37 areas. "
            "Optionally, parts of a region cut off "
            "from its main part (by shared borders) then join the neighbouring region with the highest linkage.\n\n"
            "<b>Outputs.</b> Region polygons (the union of their zones) with centre (SCB: the centre zone; travel-to-work "
            "areas: the zone with the most jobs), number of zones, employed residents, jobs, commuters inside, "
            "self-containment on both sides and validity; a zone-to-region table with each zone's role; a quality summary: "
            "number of regions, share of all commuting inside regions, and modularity (directed, weighted, Leicht and Newman "
            "2008). Sources: SCB, Lokala arbetsmarknader (method description); Coombes and Bond (2008), Travel-to-Work Areas: "
            "the 2007 review, ONS; Franconi, D'Alò and Ichim (2016), Istat implementation of the algorithm to develop Labour "
            "Market Areas; R package LabourMarketAreas (Istat)."
        )

    def _method_names(self) -> dict[str, str]:
        """The methods by name in the user's language (the form's choices and the summary's value)."""
        return {
            SCB: self.tr("SCB local labour markets"),
            TTWA: self.tr("Travel-to-work areas (Coombes & Bond, Istat)"),
        }

    def _compatibility_names(self) -> dict[str, str]:
        return {
            ISTAT_PACKAGE: self.tr("Istat's LabourMarketAreas package (as findClusters 3.4)"),
            PUBLISHED: self.tr("Published algorithm"),
        }

    def _summary_labels(self) -> dict[str, str]:
        """What each row of the quality summary holds, in the user's language (its key stays for scripts)."""
        return {
            "method": self.tr("Method"),
            "zones_layer": self.tr("Zones layer"),
            "commuting_table": self.tr("Commuting table"),
            "regions": self.tr("Number of regions"),
            "zones": self.tr("Number of zones"),
            "commuters": self.tr("Commuters"),
            "share_inside_regions": self.tr("Share of all commuting inside regions"),
            "share_of_cross_zone_commuting_inside_regions": self.tr(
                "Share of the commuting between zones that stays inside regions"
            ),
            "modularity": self.tr("Modularity"),
            "iterations": self.tr("Iterations of the travel-to-work-area algorithm"),
            "set_aside": self.tr("Zones set aside: only residents or only jobs"),
            "compatibility": self.tr("Travel-to-work areas: compatibility"),
            "min_size": self.tr("Travel-to-work areas: minimum size, employed residents (minSZ)"),
            "min_sc": self.tr("Travel-to-work areas: minimum self-containment (minSC)"),
            "target_size": self.tr("Travel-to-work areas: target size, employed residents (tarSZ)"),
            "target_sc": self.tr("Travel-to-work areas: target self-containment (tarSC)"),
        }

    def initAlgorithm(self, config=None) -> None:
        add_commuting_parameters(self)
        self.addParameter(
            QgsProcessingParameterEnum(
                self.METHOD,
                self.tr("Method"),
                [self._method_names()[method] for method in METHODS],
                defaultValue=0,
            )
        )
        self.addParameter(
            QgsProcessingParameterEnum(
                self.COMPATIBILITY,
                self.tr("Travel-to-work areas: compatibility"),
                [self._compatibility_names()[mode] for mode in COMPATIBILITIES],
                defaultValue=0,
            )
        )
        for key, label, default in (
            (
                self.MAX_OUT_SHARE,
                self.tr("SCB: largest share of employed residents working elsewhere for a centre"),
                0.20,
            ),
            (
                self.MAX_SINGLE_SHARE,
                self.tr("SCB: largest single outflow for a centre (share of employed residents)"),
                0.075,
            ),
            (self.MIN_SC, self.tr("Travel-to-work areas: minimum self-containment (minSC)"), 0.6667),
            (self.TARGET_SC, self.tr("Travel-to-work areas: target self-containment (tarSC)"), 0.75),
        ):
            self.addParameter(
                QgsProcessingParameterNumber(key, label, number_type("Double"), default, minValue=0.0, maxValue=1.0)
            )
        for key, label, default in (
            (self.MIN_SIZE, self.tr("Travel-to-work areas: minimum size, employed residents (minSZ)"), 1000.0),
            (self.TARGET_SIZE, self.tr("Travel-to-work areas: target size, employed residents (tarSZ)"), 10000.0),
        ):
            self.addParameter(QgsProcessingParameterNumber(key, label, number_type("Double"), default, minValue=0.0))
        self.addParameter(
            QgsProcessingParameterBoolean(
                self.CONTIGUOUS, self.tr("Make every region one contiguous piece afterwards"), False
            )
        )
        add_crs_parameter(self)
        # Each method's own settings, under Advanced and named by their method (a form cannot show one method's alone).
        mark_advanced(
            self,
            RESIDENCE_FIELD,
            WORKPLACE_FIELD,
            COUNT_FIELD,
            self.COMPATIBILITY,
            self.MAX_OUT_SHARE,
            self.MAX_SINGLE_SHARE,
            self.MIN_SC,
            self.TARGET_SC,
            self.MIN_SIZE,
            self.TARGET_SIZE,
            self.CONTIGUOUS,
            CRS,
        )
        self.addParameter(
            QgsProcessingParameterFeatureSink(self.REGIONS, self.tr("Functional regions"), source_type("VectorPolygon"))
        )
        self.addParameter(
            QgsProcessingParameterFeatureSink(
                self.ZONE_REGIONS,
                self.tr("Zones and their regions"),
                source_type("Vector"),
                optional=True,
                createByDefault=True,
            )
        )
        self.addParameter(
            QgsProcessingParameterFeatureSink(
                self.SUMMARY, self.tr("Quality summary"), source_type("Vector"), optional=True, createByDefault=True
            )
        )
        self.addOutput(QgsProcessingOutputNumber(self.REGION_COUNT, self.tr("Number of regions")))
        self.addOutput(QgsProcessingOutputNumber(self.SHARE_INSIDE, self.tr("Share of all commuting inside regions")))
        self.addOutput(QgsProcessingOutputNumber(self.MODULARITY, self.tr("Modularity")))

    def processAlgorithm(self, parameters, context, feedback):
        steps = QgsProcessingMultiStepFeedback(4, feedback)
        method = METHODS[self.parameterAsEnum(parameters, self.METHOD, context)]
        ttwa = TtwaParameters(
            *(
                self.parameterAsDouble(parameters, key, context)
                for key in (self.MIN_SIZE, self.MIN_SC, self.TARGET_SIZE, self.TARGET_SC)
            )
        )
        if method == TTWA:
            try:
                ttwa.check()
            except ValueError as error:
                raise QgsProcessingException(localised(error.args[0])) from None
        try:
            matrix, geometries, crs, zone_name, cited = read_commuting_inputs(
                self, parameters, context, FeedbackProgress(steps)
            )
            feedback.pushInfo(
                self.tr("{0} zones, {1} commuters, {2} pairs of zones with commuting.").format(
                    len(matrix), f"{matrix.total:.0f}", matrix.flows.nnz
                )
            )
            steps.setCurrentStep(1)
            progress = FeedbackProgress(steps)
            if method == SCB:
                result = scb_local_labour_markets(
                    matrix,
                    self.parameterAsDouble(parameters, self.MAX_OUT_SHARE, context),
                    self.parameterAsDouble(parameters, self.MAX_SINGLE_SHARE, context),
                    progress,
                )
            else:
                compatibility = COMPATIBILITIES[self.parameterAsEnum(parameters, self.COMPATIBILITY, context)]
                result = travel_to_work_areas(matrix, ttwa, progress, compatibility=compatibility)
            steps.setCurrentStep(2)
            if self.parameterAsBoolean(parameters, self.CONTIGUOUS, context):
                result = make_contiguous(
                    result,
                    matrix,
                    zone_adjacency(geometries),
                    ttwa if method == TTWA else None,
                    FeedbackProgress(steps),
                )
            regions = result.regions.copy()
            regions["geometry"] = dissolve_regions(geometries, result.labels, len(regions))
        except Cancelled:
            raise self.cancelled() from None
        self.stop_if_cancelled(feedback)

        steps.setCurrentStep(3)
        results = {}
        self._write(
            parameters,
            context,
            self.REGIONS,
            regions,
            REGION_COLUMNS,
            REGION_KINDS,
            Qgis.WkbType.MultiPolygon,
            crs,
            results,
        )
        self._write(
            parameters,
            context,
            self.ZONE_REGIONS,
            result.zones.assign(role=result.zones["role"].map(zone_role_label)),
            ZONE_COLUMNS,
            ZONE_KINDS,
            Qgis.WkbType.NoGeometry,
            QgsCoordinateReferenceSystem(),
            results,
        )
        summary = result.summary
        rows = [("method", self._method_names()[method]), ("zones_layer", zone_name), ("commuting_table", cited)]
        rows += [(key, number_text(value)) for key, value in summary.items()]
        if method == TTWA:
            rows += [("compatibility", self._compatibility_names()[compatibility])]
            rows += [
                ("min_size", number_text(ttwa.min_size)),
                ("min_sc", number_text(ttwa.min_sc)),
                ("target_size", number_text(ttwa.target_size)),
                ("target_sc", number_text(ttwa.target_sc)),
            ]
        labels = self._summary_labels()
        summary_frame = pd.DataFrame(
            [(key, labels.get(key, key), value) for key, value in rows], columns=SUMMARY_COLUMNS
        )
        self._write(
            parameters,
            context,
            self.SUMMARY,
            summary_frame,
            SUMMARY_COLUMNS,
            {},
            Qgis.WkbType.NoGeometry,
            QgsCoordinateReferenceSystem(),
            results,
        )
        feedback.pushInfo(
            self.tr("{0} regions; {1:.1%} of all commuting stays inside them; modularity {2:.3f}.").format(
                int(summary["regions"]), summary["share_inside_regions"], summary["modularity"]
            )
        )
        results[self.REGION_COUNT] = int(summary["regions"])
        results[self.SHARE_INSIDE] = summary["share_inside_regions"]
        results[self.MODULARITY] = summary["modularity"]
        return results

    def _write(self, parameters, context, key, frame, columns, kinds, wkb_type, crs, results) -> None:
        field_kinds = [
            (
                name,
                kinds.get(name, TEXT if name in SUMMARY_COLUMNS else kind_of(frame[name]) if name in frame else REAL),
            )
            for name in columns
        ]
        sink, dest_id = self.parameterAsSink(parameters, key, context, fields_for(field_kinds), wkb_type, crs)
        if sink is None:
            if not self.parameterDefinition(key).flags() & OPTIONAL_PARAMETER:
                raise QgsProcessingException(self.invalidSinkError(parameters, key))
            return
        write_frame_to_sink(sink, frame, columns, multi=wkb_type != Qgis.WkbType.NoGeometry)
        del sink
        results[key] = dest_id
