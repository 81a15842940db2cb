"""samplan:report — an HTML and a PDF report of a plan draft or a comparison, for a workshop or a consultation."""

from __future__ import annotations

import datetime as dt
import os
import shutil
import tempfile
from importlib.util import find_spec
from pathlib import Path

import pandas as pd
from qgis.core import (
    QgsCoordinateTransform,
    QgsFeatureRequest,
    QgsProcessingException,
    QgsProcessingMultiStepFeedback,
    QgsProcessingOutputNumber,
    QgsProcessingParameterEnum,
    QgsProcessingParameterFeatureSource,
    QgsProcessingParameterField,
    QgsProcessingParameterFileDestination,
    QgsProcessingParameterMultipleLayers,
    QgsProcessingParameterString,
    QgsRectangle,
    QgsVectorLayer,
)

from ..core.number_format import format_number
from ..core.report import ReportInputs, report_html, report_sections
from ..core.report_parts import (
    WEAK_LINKS_SHOWN,
    municipality_names,
    report_texts,
    reported_results,
    theme_layers_text,
)
from ..core.report_tables import conflict_numbers
from ..core.rules import SEVERITIES
from ..i18n.translation import user_language
from ..qgis_adapter.reading import layer_name_of
from ..qgis_adapter.report_labels import background_kind
from ..qgis_adapter.report_layout import CONTENT_W, MARGIN, PAGE_H, ReportLayout
from ..qgis_adapter.result_styles import STYLES
from ..qgis_adapter.tables import attribute_frame
from .base import SamplanAlgorithm
from ..qgis_adapter.compat import NO_THREADING, source_type

LANGUAGES = ("sv", "en")
REQUIRED_CONFLICT_FIELDS = ("rule_id", "severity", "municipality", "plan_layer", "plan_fid", "area_m2", "basis")


class ReportAlgorithm(SamplanAlgorithm):
    help_page = "report"

    CONFLICTS = "CONFLICTS"
    RULES_USED = "RULES_USED"
    RUN_INFO = "RUN_INFO"
    PLAN = "PLAN"
    DRAFT_NAME = "DRAFT_NAME"
    DRAFT_VERSION = "DRAFT_VERSION"
    MUNICIPALITIES = "MUNICIPALITIES"
    MUNICIPALITY_FIELD = "MUNICIPALITY_FIELD"
    BACKGROUND = "BACKGROUND"
    INDICATORS = "INDICATORS"
    MESH = "MESH"
    BORDER = "BORDER"
    WEAK_LINKS = "WEAK_LINKS"
    ACCESSIBILITY = "ACCESSIBILITY"
    REGIONS = "REGIONS"
    TITLE = "TITLE"
    LANGUAGE = "LANGUAGE"
    OUTPUT_HTML = "OUTPUT_HTML"
    OUTPUT_PDF = "OUTPUT_PDF"
    PAGES = "PAGES"
    # The analyses' result parameters: (parameter, analysis, the fields it must have).
    TABLES = (
        (INDICATORS, "comparison", ("indicator", "unit", "difference")),
        (MESH, "fragmentation", ("unit", "m_eff_before_km2", "m_eff_after_km2")),
        (BORDER, "border", ("rule_id", "plan_municipality", "neighbour_municipality")),
        (WEAK_LINKS, "weak_links", ("rank", "length_m", "pop_cut_off")),
        (ACCESSIBILITY, "accessibility", ("municipality", "population")),
        (REGIONS, "functional_regions", ("region_code", "residents", "jobs", "sc_supply", "sc_demand")),
    )

    def name(self) -> str:
        return "report"

    def displayName(self) -> str:
        return self.tr("Workshop report (HTML and PDF)")

    def group(self) -> str:
        return self.tr("Plan drafts")

    def groupId(self) -> str:
        return "plandrafts"

    def flags(self):
        # The print layout is built and exported in the main thread, as QGIS's own layout export does.
        return super().flags() | NO_THREADING

    def shortHelpString(self) -> str:
        return self.tr(
            "Writes a report of a plan draft or a comparison of drafts, in Swedish or English, as an HTML page and as a "
            "PDF made from a QGIS print layout (A4), to hand to a municipality or to use in a consultation.\n\n"
            "<b>Contents.</b> A cover with the plan draft's name and version, the date, the inputs and the rule set "
            "used; an overview map with a background (settlement, roads with their numbers, water, municipal borders "
            "and place names, from the background layers given), the results by severity, a legend, a north arrow and "
            "a scale bar; a map page for each municipality with results; the results by severity, by municipality "
            "(with a chart) and by rule with the rule's text and legal basis; the conflict list: every result with its "
            "rule text, basis, municipality, area or length, share of the plan feature, and its review status and "
            "comment, grouped by severity with the worst first; sections for the other analyses whose outputs are "
            "given (draft comparison, fragmentation before and after, incompatible uses across borders, the weakest "
            "links, accessibility shares, functional regions); and method notes with their sources for the analyses "
            "in the report only. Numbers are written as the report's language writes them (Swedish: 4 790 km², "
            "58,3 %).\n\n"
            "<b>Inputs</b> are the outputs of the other Samplan algorithms: the result layers of samplan:conflictcheck "
            "(areas, lines, points) with the reviews saved in the conflict inspector, and its rule set used and run "
            "parameters tables; the indicator table of samplan:comparedrafts; the mesh table of samplan:fragmentation; "
            "the pairs of samplan:bordercoherence; the links of samplan:linkcriticality; the accessibility per "
            "municipality of samplan:accessibility; the regions of samplan:functionalregions. At least one must be "
            "given; a run with nothing to report is refused, and an empty one is named in a warning.\n\n"
            "The report's texts come from templates in resources/report/ of the plugin. Runs in QGIS's main thread and "
            "headless through qgis_process. Nothing is written if the run fails or is cancelled: a previous report "
            "stays as it was."
        )

    def initAlgorithm(self, config=None) -> None:
        self.addParameter(
            QgsProcessingParameterMultipleLayers(
                self.CONFLICTS,
                self.tr("Conflict check results (areas, lines, points)"),
                source_type("VectorAnyGeometry"),
                optional=True,
            )
        )
        self.addParameter(
            QgsProcessingParameterFeatureSource(
                self.RULES_USED,
                self.tr("Rule set used (from the conflict check)"),
                [source_type("Vector")],
                optional=True,
            )
        )
        self.addParameter(
            QgsProcessingParameterFeatureSource(
                self.RUN_INFO,
                self.tr("Run parameters (from the conflict check)"),
                [source_type("Vector")],
                optional=True,
            )
        )
        self.addParameter(
            QgsProcessingParameterFeatureSource(
                self.PLAN, self.tr("Plan draft (for the map)"), [source_type("VectorPolygon")], optional=True
            )
        )
        self.addParameter(
            QgsProcessingParameterString(self.DRAFT_NAME, self.tr("Name of the plan draft"), "", optional=True)
        )
        self.addParameter(
            QgsProcessingParameterString(self.DRAFT_VERSION, self.tr("Version of the plan draft"), "", optional=True)
        )
        self.addParameter(
            QgsProcessingParameterFeatureSource(
                self.MUNICIPALITIES,
                self.tr("Municipalities (for the maps)"),
                [source_type("VectorPolygon")],
                optional=True,
            )
        )
        self.addParameter(
            QgsProcessingParameterField(
                self.MUNICIPALITY_FIELD,
                self.tr("Municipality name field (empty: the field holding the results' names)"),
                parentLayerParameterName=self.MUNICIPALITIES,
                optional=True,
            )
        )
        self.addParameter(
            QgsProcessingParameterMultipleLayers(
                self.BACKGROUND,
                self.tr("Background layers (settlement, roads, water, borders)"),
                source_type("VectorAnyGeometry"),
                optional=True,
            )
        )
        self.addParameter(
            QgsProcessingParameterFeatureSource(
                self.INDICATORS,
                self.tr("Indicators per version (from Compare plan draft versions)"),
                [source_type("Vector")],
                optional=True,
            )
        )
        self.addParameter(
            QgsProcessingParameterFeatureSource(
                self.MESH,
                self.tr("Effective mesh size per unit (from Effective mesh size)"),
                [source_type("Vector")],
                optional=True,
            )
        )
        self.addParameter(
            QgsProcessingParameterFeatureSource(
                self.BORDER,
                self.tr("Incompatible uses across borders (from Coherence across municipal borders)"),
                [source_type("VectorPolygon")],
                optional=True,
            )
        )
        self.addParameter(
            QgsProcessingParameterFeatureSource(
                self.WEAK_LINKS,
                self.tr("Links (from Weak links and redundancy)"),
                [source_type("Vector")],
                optional=True,
            )
        )
        self.addParameter(
            QgsProcessingParameterFeatureSource(
                self.ACCESSIBILITY,
                self.tr("Accessibility per municipality (from Accessibility between city and countryside)"),
                [source_type("Vector")],
                optional=True,
            )
        )
        self.addParameter(
            QgsProcessingParameterFeatureSource(
                self.REGIONS,
                self.tr("Functional regions (from Functional regions from commuting)"),
                [source_type("Vector")],
                optional=True,
            )
        )
        self.addParameter(QgsProcessingParameterString(self.TITLE, self.tr("Title"), "", optional=True))
        self.addParameter(
            QgsProcessingParameterEnum(
                self.LANGUAGE,
                self.tr("Language of the report"),
                ["Svenska", "English"],
                defaultValue=0 if user_language() == "sv" else 1,
            )
        )
        self.addParameter(
            QgsProcessingParameterFileDestination(
                self.OUTPUT_HTML, self.tr("HTML report"), self.tr("HTML files (*.html)")
            )
        )
        self.addParameter(
            QgsProcessingParameterFileDestination(self.OUTPUT_PDF, self.tr("PDF report"), self.tr("PDF files (*.pdf)"))
        )
        self.addOutput(QgsProcessingOutputNumber(self.PAGES, self.tr("Number of PDF pages")))

    def processAlgorithm(self, parameters, context, feedback):
        steps = QgsProcessingMultiStepFeedback(4, feedback)
        language = LANGUAGES[self.parameterAsEnum(parameters, self.LANGUAGE, context)]
        texts = report_texts(language)
        html_path = Path(self.parameterAsFileOutput(parameters, self.OUTPUT_HTML, context))
        pdf_path = Path(self.parameterAsFileOutput(parameters, self.OUTPUT_PDF, context))

        conflict_layers = [
            layer
            for layer in self.parameterAsLayerList(parameters, self.CONFLICTS, context)
            if isinstance(layer, QgsVectorLayer)
        ]
        inputs = ReportInputs(
            conflicts=self._conflicts(conflict_layers) if conflict_layers else None,
            rules_used=self._frame(parameters, self.RULES_USED, context, ("id",)),
        )
        for key, analysis, required in self.TABLES:
            setattr(
                inputs,
                {"comparison": "indicators", "fragmentation": "mesh", "functional_regions": "regions"}.get(
                    analysis, analysis
                ),
                self._frame(parameters, key, context, required),
            )
        self._refuse_nothing_to_report(parameters, inputs, conflict_layers)
        run_info = self._frame(parameters, self.RUN_INFO, context, ("key", "value"))
        plan = self.parameterAsVectorLayer(parameters, self.PLAN, context)
        draft = self.parameterAsString(parameters, self.DRAFT_NAME, context) or (
            layer_name_of(plan) if plan is not None else ""
        )
        version = self.parameterAsString(parameters, self.DRAFT_VERSION, context)
        title = self.parameterAsString(parameters, self.TITLE, context) or (
            f"{texts['default_title']}: {draft}" if draft else texts["default_title"]
        )
        self.stop_if_cancelled(feedback)

        # Everything is written next to its destination first (a hidden sibling folder for the HTML's files, hidden
        # sibling files for the HTML and PDF) and swapped into place together at the end: a failed or cancelled run
        # leaves the previous report as it was.
        for path in (html_path, pdf_path):
            if path.is_dir():
                raise QgsProcessingException(self.tr("{0} is a folder: give a file name for the report.").format(path))
        created = [p for p in dict.fromkeys((html_path.parent, pdf_path.parent)) if not p.exists()]
        for path in (html_path, pdf_path):
            path.parent.mkdir(parents=True, exist_ok=True)
        target_assets = html_path.parent / f"{html_path.stem}_files"
        assets = Path(tempfile.mkdtemp(prefix=f".{target_assets.name}.", dir=html_path.parent))
        staged_pdf = _staging_file(pdf_path)
        staged_html = _staging_file(html_path)
        try:
            steps.setCurrentStep(1)
            charts = find_spec("matplotlib") is not None
            if not charts:
                # Optional: without matplotlib the report has its tables and maps, not its charts.
                feedback.pushWarning(
                    self.tr("The Python package matplotlib is not installed: the report has no charts.")
                )
            sections, empty = report_sections(inputs, texts, assets, charts)
            for analysis in empty:
                feedback.pushWarning(
                    self.tr("The {0} given have no rows: the report says so in their section.").format(
                        self._analysis_name(analysis)
                    )
                )
            self.stop_if_cancelled(feedback)
            steps.setCurrentStep(2)
            cover = self._cover(parameters, context, texts, inputs, draft, version, run_info, conflict_layers)
            layout = ReportLayout(title)
            self._map_layers(layout, parameters, context, texts, inputs, conflict_layers, plan)
            maps = self._pages(layout, parameters, context, texts, title, cover, inputs, sections)
            self.stop_if_cancelled(feedback)
            layout.export_pdf(staged_pdf)
            images = []
            for number, (caption, item) in enumerate(maps):
                name = "overview_map.png" if number == 0 else f"map_{number:02d}.png"
                layout.export_map_image(item, assets / name)
                images.append((caption, name))
            steps.setCurrentStep(3)
            html = report_html(title, cover, texts, images, sections, target_assets.name)
            staged_html.write_text(html, encoding="utf-8")
            self.stop_if_cancelled(feedback)
            for path in (staged_pdf, staged_html, assets, *assets.iterdir()):
                _normal_permissions(path)
            replace_together([(assets, target_assets), (staged_pdf, pdf_path), (staged_html, html_path)])
            pages = layout.page_count()
            created = []
        finally:
            shutil.rmtree(assets, ignore_errors=True)
            for staged in (staged_pdf, staged_html):
                staged.unlink(missing_ok=True)
            for folder in created:  # folders made for a report that was not written
                shutil.rmtree(folder, ignore_errors=True)
        feedback.pushInfo(self.tr("Report written: {0} and {1} ({2} pages).").format(html_path, pdf_path, pages))
        return {self.OUTPUT_HTML: str(html_path), self.OUTPUT_PDF: str(pdf_path), self.PAGES: pages}

    def _analysis_name(self, analysis: str) -> str:
        return {
            "conflicts": self.tr("conflict check results"),
            "comparison": self.tr("indicators per version"),
            "fragmentation": self.tr("effective mesh sizes"),
            "border": self.tr("incompatible uses across borders"),
            "weak_links": self.tr("links"),
            "accessibility": self.tr("accessibility figures"),
            "functional_regions": self.tr("functional regions"),
        }[analysis]

    def _refuse_nothing_to_report(self, parameters, inputs: ReportInputs, conflict_layers) -> None:
        analyses = inputs.analyses()
        if not analyses:
            names = [self.parameterDefinition(self.CONFLICTS).description()] + [
                self.parameterDefinition(key).description() for key, _a, _r in self.TABLES
            ]
            raise QgsProcessingException(
                self.tr("Nothing to report: no results were given. Give at least one of: {0}.").format("; ".join(names))
            )
        given = {
            "conflicts": inputs.conflicts,
            "comparison": inputs.indicators,
            "fragmentation": inputs.mesh,
            "border": inputs.border,
            "weak_links": inputs.weak_links,
            "accessibility": inputs.accessibility,
            "functional_regions": inputs.regions,
        }
        if all(not len(given[a]) for a in analyses):
            raise QgsProcessingException(
                self.tr("Nothing to report: the results given are all empty ({0}).").format(
                    ", ".join(self._analysis_name(a) for a in analyses)
                )
            )

    def _conflicts(self, layers: list[QgsVectorLayer]) -> pd.DataFrame:
        frames = []
        for layer in layers:
            missing = [f for f in REQUIRED_CONFLICT_FIELDS if layer.fields().lookupField(f) < 0]
            if missing:
                raise QgsProcessingException(
                    self.tr("Layer '{0}' is not a result of the conflict check: it has no field(s) {1}.").format(
                        layer_name_of(layer), ", ".join(missing)
                    )
                )
            frame = attribute_frame(layer)
            if len(frame):
                frames.append(frame)
        return pd.concat(frames, ignore_index=True) if frames else attribute_frame(layers[0])

    def _frame(self, parameters, key, context, required):
        source = self.parameterAsSource(parameters, key, context)
        if source is None:
            return None
        missing = [f for f in required if source.fields().lookupField(f) < 0]
        if missing:
            layer = self.parameterAsVectorLayer(parameters, key, context)
            name = layer_name_of(layer) if layer is not None else key
            raise QgsProcessingException(
                self.tr("Layer '{0}' has no field(s) {1}: is it the right Samplan output?").format(
                    name, ", ".join(missing)
                )
            )
        return attribute_frame(source)

    def _cover(
        self, parameters, context, texts, inputs: ReportInputs, draft, version, run_info, conflict_layers
    ) -> list[tuple[str, str]]:
        """The cover's facts: (label, value) rows."""
        info = (
            dict(zip(run_info["key"].astype(str), run_info["value"].fillna("").astype(str)))
            if run_info is not None
            else {}
        )
        rows = []
        if draft:
            rows.append((texts["cover_draft"], draft))
        if version:
            rows.append((texts["cover_version"], version))
        rows.append((texts["cover_date"], dt.date.today().isoformat()))
        if inputs.conflicts is not None:
            rules = info.get("rule_set", "")
            rows.append(
                (texts["cover_rules"], texts["cover_default_rules"] if rules in ("", "default") else Path(rules).name)
            )
            if info.get("run_at"):
                rows.append((texts["cover_checked"], info["run_at"].replace("T", " ").split("+")[0]))
            if info.get("theme_layers"):
                rows.append((texts["cover_themes"], theme_layers_text(info["theme_layers"], texts)))
            conflicts = inputs.conflicts
            counts = conflicts["severity"].value_counts() if len(conflicts) else pd.Series(dtype=int)
            reviewed = (
                int((conflicts["status"].fillna("open").replace("", "open") != "open").sum())
                if "status" in conflicts
                else 0
            )
            rows.append(
                (
                    texts["cover_results"],
                    texts["cover_summary"].format(
                        *[format_number(int(counts.get(s, 0)), 0, texts["language"]) for s in SEVERITIES],
                        format_number(reviewed, 0, texts["language"]),
                    ),
                )
            )
        geometry_kind = {0: "conflict_points", 1: "conflict_lines", 2: "conflict_areas"}
        kinds = [geometry_kind.get(int(layer.geometryType()), "conflict_areas") for layer in conflict_layers]
        kinds += [
            analysis
            for key, analysis, _r in self.TABLES
            if self.parameterAsVectorLayer(parameters, key, context) is not None
        ]
        rows.append((texts["cover_inputs"], reported_results(kinds, texts)))
        background = [
            _background_name(layer, texts)
            for layer in self.parameterAsLayerList(parameters, self.BACKGROUND, context)
            if isinstance(layer, QgsVectorLayer)
        ]
        if background:
            rows.append((texts["cover_background"], ", ".join(background)))
        return rows

    def _map_layers(
        self, layout: ReportLayout, parameters, context, texts, inputs: ReportInputs, conflict_layers, plan
    ) -> None:
        """The maps' layers from the top: results by severity, border pairs, the plan draft, then the background."""
        kinds = {"area": "conflict_areas", "line": "conflict_lines", "point": "conflict_points"}
        geometry_kind = {0: "point", 1: "line", 2: "area"}
        severities = {s: texts[f"severity_{s}"] for s in SEVERITIES}
        conflicts = inputs.conflicts
        numbers = (
            dict(zip(conflicts["conflict_key"].astype(str), conflict_numbers(conflicts, texts)))
            if conflicts is not None and len(conflicts) and "conflict_key" in conflicts
            else {}
        )
        for layer in sorted(
            conflict_layers, key=lambda candidate: int(candidate.geometryType())
        ):  # points over lines over areas
            kind = geometry_kind.get(int(layer.geometryType()), "area")
            layout.add_layer(
                layer,
                texts[kinds[kind]],
                STYLES / f"conflicts_{kind}.qml",
                category_labels=severities,
                focus=True,
                numbers=numbers,
            )
        border = self.parameterAsVectorLayer(parameters, self.BORDER, context)
        if border is not None:
            layout.add_layer(border, texts["border_pairs"], fill="128,0,128,90", outline="#800080", focus=True)
        links = self.parameterAsVectorLayer(parameters, self.WEAK_LINKS, context)
        if links is not None:
            layout.add_layer(
                links,
                texts["table_weak_links"].format(WEAK_LINKS_SHOWN),
                line={"color": "#c51b7d", "width": "1.4"},
                expression=f'"rank" <= {WEAK_LINKS_SHOWN}',
                focus=True,
            )
        if plan is not None:
            layout.add_layer(plan, texts["plan"], fill="255,255,255,70", outline="#6a3d9a", focus=True)
        regions = self.parameterAsVectorLayer(parameters, self.REGIONS, context)
        if regions is not None:
            layout.add_layer(regions, texts["heading_regions"], outline="#e66101", focus=True)
        for layer in self.parameterAsLayerList(parameters, self.BACKGROUND, context):
            if isinstance(layer, QgsVectorLayer):
                layout.add_background(layer, texts)
        municipalities = self.parameterAsVectorLayer(parameters, self.MUNICIPALITIES, context)
        if municipalities is not None:
            layout.add_background(municipalities, texts).setName(texts["municipal_borders"])

    def _municipality_extents(self, parameters, context, names: list[str], crs) -> dict[str, QgsRectangle]:
        """The extent of each named municipality, in the maps' CRS, from the municipalities layer."""
        layer = self.parameterAsVectorLayer(parameters, self.MUNICIPALITIES, context)
        if layer is None or not names:
            return {}
        fields = self.parameterAsFields(parameters, self.MUNICIPALITY_FIELD, context)
        wanted = set(names)
        if not fields:  # the text field holding most of the results' municipality names
            best = (0, None)
            for field in layer.fields():
                if field.isNumeric():
                    continue
                request = (
                    QgsFeatureRequest()
                    .setFlags(QgsFeatureRequest.Flag.NoGeometry)
                    .setSubsetOfAttributes([field.name()], layer.fields())
                )
                found = {str(f[field.name()]) for f in layer.getFeatures(request)} & wanted
                best = max(best, (len(found), field.name()), key=lambda b: b[0])
            fields = [best[1]] if best[1] else []
        if not fields:
            return {}
        transform = (
            QgsCoordinateTransform(layer.crs(), crs, context.transformContext())
            if crs is not None and crs.isValid()
            else None
        )
        extents = {}
        for feature in layer.getFeatures():
            name = str(feature[fields[0]])
            if name in wanted and feature.hasGeometry():
                geometry = feature.geometry()
                if transform is not None:
                    geometry.transform(transform)
                extents.setdefault(name, QgsRectangle(geometry.boundingBox())).combineExtentWith(geometry.boundingBox())
        return extents

    def _pages(self, layout: ReportLayout, parameters, context, texts, title, cover, inputs: ReportInputs, sections):
        """Cover, overview map, a map per municipality with results, then the sections; returns the maps (caption, item)."""
        y = layout.label(0, MARGIN, 30, CONTENT_W, 0, title, 24, bold=True) + 6
        for label, value in cover:
            layout.label(0, MARGIN, y, 42, 5, label, 9.5, bold=True, colour="#555555")
            y = max(y + 6, layout.label(0, MARGIN + 44, y, CONTENT_W - 44, 0, value, 9.5) + 1.5)
        y += 6
        y = layout.label(0, MARGIN, y, CONTENT_W, 7, texts["cover_contents"], 12, bold=True) + 1
        for heading in [texts["heading_map"]] + [s.heading for s in sections]:
            y = layout.label(0, MARGIN + 4, y, CONTENT_W - 4, 5, heading, 9.5)
        layout.label(0, MARGIN, PAGE_H - MARGIN - 6, CONTENT_W, 5, texts["generated_by"], 8, colour="#777777")

        maps = []
        layout.label(1, MARGIN, MARGIN, CONTENT_W, 8, texts["heading_map"], 13, bold=True)
        legend_height = 46.0
        map_height = PAGE_H - 2 * MARGIN - 10 - legend_height
        item, bottom = layout.map_page(1, MARGIN + 9, map_height, None, texts["legend"], texts["language"])
        maps.append((texts["heading_map"], item))
        page = 1
        if sections and bottom + 70 < PAGE_H - MARGIN:  # the first section (the results' summary) below the map
            page = layout.sections(1, bottom + 6, sections[:1])
            sections = sections[1:]
        conflicts = inputs.conflicts
        if conflicts is not None and len(conflicts):
            named = conflicts.assign(municipality=municipality_names(conflicts, texts))
            names = sorted(n for n in named["municipality"].unique() if n != texts["no_municipality"])
            extents = self._municipality_extents(parameters, context, names, layout.map_crs())
            for name in names:
                if name not in extents:
                    continue
                page += 1
                part = named[named["municipality"] == name]
                counts = [format_number(int((part["severity"] == s).sum()), 0, texts["language"]) for s in SEVERITIES]
                heading = texts["municipality_counts"].format(name, *counts)
                layout.label(page, MARGIN, MARGIN, CONTENT_W, 8, heading, 13, bold=True)
                item, _bottom = layout.map_page(
                    page, MARGIN + 9, PAGE_H - 2 * MARGIN - 9, extents[name], None, texts["language"]
                )
                maps.append((heading, item))
        layout.sections(page + 1, MARGIN, sections)
        return maps


def _background_name(layer: QgsVectorLayer, texts: dict[str, str]) -> str:
    """A background layer as the map's legend names it: by its kind in the report's language ("Tätorter", "Vägar"),
    else by its own name."""
    kind = background_kind(layer)
    key = "municipal_borders" if kind == "municipalities" else kind
    return texts.get(key, layer_name_of(layer)) if key else layer_name_of(layer)


def _staging_file(path: Path) -> Path:
    """A hidden, empty file beside `path` to write its new content into (same folder: the final rename is atomic)."""
    handle, name = tempfile.mkstemp(prefix=f".{path.name}.", suffix=path.suffix, dir=path.parent)
    os.close(handle)
    return Path(name)


def _normal_permissions(path: Path) -> None:
    """The permissions a file or folder the user made would have (tempfile makes them private: 0600 and 0700)."""
    mask = os.umask(0)
    os.umask(mask)
    os.chmod(path, (0o777 if path.is_dir() else 0o666) & ~mask)


def replace_together(moves: list[tuple[Path, Path]]) -> None:
    """Move each new file or folder onto its destination, all or none: the old ones are first renamed aside (in the
    same folder, atomically), and put back if any move fails; they are removed once every new one is in place."""
    done: list[tuple[Path, Path, Path | None]] = []
    try:
        for new, destination in moves:
            aside = None
            if destination.exists() or destination.is_symlink():
                aside = destination.with_name(f".{destination.name}.{os.getpid()}.old")
                if aside.is_dir() and not aside.is_symlink():
                    shutil.rmtree(aside)
                os.replace(destination, aside)
            done.append((new, destination, aside))
            os.replace(new, destination)
    except BaseException:
        for new, destination, aside in reversed(done):
            if not new.exists() and (destination.exists() or destination.is_symlink()):
                os.replace(destination, new)
            if aside is not None:
                os.replace(aside, destination)
        raise
    for _, _, aside in done:
        if aside is None:
            continue
        if aside.is_dir() and not aside.is_symlink():
            shutil.rmtree(aside, ignore_errors=True)
        else:
            aside.unlink(missing_ok=True)
