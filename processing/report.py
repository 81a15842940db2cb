"""samplan:report — an HTML and a PDF report of a plan draft or a comparison, for a workshop or a consultation."""
from __future__ import annotations

import datetime as dt
import os
import shutil
import tempfile
from pathlib import Path

import pandas as pd
from qgis.core import (
    QgsProcessingException,
    QgsProcessingMultiStepFeedback,
    QgsProcessingOutputNumber,
    QgsProcessingParameterEnum,
    QgsProcessingParameterFeatureSource,
    QgsProcessingParameterFileDestination,
    QgsProcessingParameterMultipleLayers,
    QgsProcessingParameterString,
    QgsVectorLayer,
)

from ..core.conflicts import CONFLICT_COLUMNS
from ..core.report import (
    border_report_table,
    indicator_chart,
    indicator_report_table,
    mesh_report_table,
    method_notes,
    municipality_table,
    report_html,
    report_texts,
    rule_table,
    severity_chart,
    severity_table,
)
from ..i18n.translation import user_language
from ..qgis_adapter.reading import layer_name_of
from ..qgis_adapter.report_layout import MARGIN, PAGE_W, STYLES, ReportLayout
from ..qgis_adapter.tables import attribute_frame
from .base import SamplanAlgorithm
from .compat import source_type

LANGUAGES = ("sv", "en")
REQUIRED_CONFLICT_FIELDS = ("rule_id", "severity", "municipality", "plan_layer", "plan_fid", "area_m2", "basis")


class ReportAlgorithm(SamplanAlgorithm):
    help_page = "report"

    CONFLICTS = "CONFLICTS"
    PLAN = "PLAN"
    MUNICIPALITIES = "MUNICIPALITIES"
    INDICATORS = "INDICATORS"
    MESH = "MESH"
    BORDER = "BORDER"
    TITLE = "TITLE"
    LANGUAGE = "LANGUAGE"
    OUTPUT_HTML = "OUTPUT_HTML"
    OUTPUT_PDF = "OUTPUT_PDF"
    PAGES = "PAGES"

    def name(self) -> str:
        return "report"

    def displayName(self) -> str:  # noqa: N802
        return self.tr("Workshop report (HTML and PDF)")

    def group(self) -> str:
        return self.tr("Plan drafts")

    def groupId(self) -> str:  # noqa: N802
        return "plandrafts"

    def shortHelpString(self) -> str:  # noqa: N802
        return self.tr(
            "Writes a report of a plan draft or a comparison of drafts, in Swedish or English, as an HTML page and as a "
            "PDF made from a QGIS print layout (A4).\n\n"
            "<b>Contents.</b> An overview map with the municipalities, the plan draft, the incompatible uses across "
            "borders and the conflict check's results styled by severity; tables of the results by severity (number, "
            "plan features, area), by municipality and by rule with its legal basis; where given, the indicators per "
            "version of Compare plan draft versions, the effective mesh size per unit of Effective mesh size (fragmentation) and the pairs "
            "of Coherence across municipal borders; charts of the results per municipality and of the area indicators "
            "(matplotlib); and method notes with their sources (Boverket's ÖP-modell, Jaeger 2000, Moser et al. 2007, "
            "EEA Report 2/2011, PBL and MB).\n\n"
            "<b>Inputs</b> are the outputs of the other Samplan algorithms: the conflict layers of "
            "Coordination conflict check (areas, lines, points), the indicator table, the mesh table and the border pairs. "
            "The report's texts come from templates in resources/report/ of the plugin. Runs headless through "
            "qgis_process. Nothing is written if the run fails or is cancelled."
        )

    def initAlgorithm(self, config=None) -> None:  # noqa: N802
        self.addParameter(QgsProcessingParameterMultipleLayers(
            self.CONFLICTS, self.tr("Conflict check results (areas, lines, points)"), source_type("VectorAnyGeometry"), optional=True))
        self.addParameter(QgsProcessingParameterFeatureSource(
            self.PLAN, self.tr("Plan draft (for the map)"), [source_type("VectorPolygon")], optional=True))
        self.addParameter(QgsProcessingParameterFeatureSource(
            self.MUNICIPALITIES, self.tr("Municipalities (for the map)"), [source_type("VectorPolygon")], optional=True))
        self.addParameter(QgsProcessingParameterFeatureSource(
            self.INDICATORS, self.tr("Indicators per version (from Compare plan draft versions)"), [source_type("Vector")], optional=True))
        self.addParameter(QgsProcessingParameterFeatureSource(
            self.MESH, self.tr("Effective mesh size per unit (from Effective mesh size)"), [source_type("Vector")], optional=True))
        self.addParameter(QgsProcessingParameterFeatureSource(
            self.BORDER, self.tr("Incompatible uses across borders (from Coherence across municipal borders)"),
            [source_type("VectorPolygon")], optional=True))
        self.addParameter(QgsProcessingParameterString(self.TITLE, self.tr("Title"), "", optional=True))
        self.addParameter(QgsProcessingParameterEnum(
            self.LANGUAGE, self.tr("Language of the report"), ["Svenska", "English"], defaultValue=0 if user_language() == "sv" else 1))
        self.addParameter(QgsProcessingParameterFileDestination(self.OUTPUT_HTML, self.tr("HTML report"), self.tr("HTML files (*.html)")))
        self.addParameter(QgsProcessingParameterFileDestination(self.OUTPUT_PDF, self.tr("PDF report"), self.tr("PDF files (*.pdf)")))
        self.addOutput(QgsProcessingOutputNumber(self.PAGES, self.tr("Number of PDF pages")))

    def processAlgorithm(self, parameters, context, feedback):  # noqa: N802
        steps = QgsProcessingMultiStepFeedback(4, feedback)
        language = LANGUAGES[self.parameterAsEnum(parameters, self.LANGUAGE, context)]
        texts = report_texts(language)
        title = self.parameterAsString(parameters, self.TITLE, context) or texts["default_title"]
        html_path = Path(self.parameterAsFileOutput(parameters, self.OUTPUT_HTML, context))
        pdf_path = Path(self.parameterAsFileOutput(parameters, self.OUTPUT_PDF, context))

        conflict_layers = [layer for layer in self.parameterAsLayerList(parameters, self.CONFLICTS, context)
                           if isinstance(layer, QgsVectorLayer)]
        frames = []
        for layer in conflict_layers:
            missing = [f for f in REQUIRED_CONFLICT_FIELDS if layer.fields().lookupField(f) < 0]
            if missing:
                raise QgsProcessingException(self.tr("Layer '{0}' is not a result of the conflict check: it has no field(s) {1}.").format(
                    layer_name_of(layer), ", ".join(missing)))
            frame = attribute_frame(layer)
            if len(frame):
                frames.append(frame)
        conflicts = pd.concat(frames, ignore_index=True) if frames else pd.DataFrame(columns=CONFLICT_COLUMNS)
        indicators = self._frame(parameters, self.INDICATORS, context, ("indicator", "unit", "difference"))
        mesh = self._frame(parameters, self.MESH, context, ("unit", "m_eff_before_km2", "m_eff_after_km2"))
        border = self._frame(parameters, self.BORDER, context, ("rule_id", "plan_municipality", "neighbour_municipality"))
        self.stop_if_cancelled(feedback)

        steps.setCurrentStep(1)
        tables = [severity_table(conflicts, texts), municipality_table(conflicts, texts), rule_table(conflicts, texts)]
        if indicators is not None:
            tables.append(indicator_report_table(indicators, texts))
        if mesh is not None:
            tables.append(mesh_report_table(mesh, texts))
        if border is not None:
            tables.append(border_report_table(border, texts))

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
            charts = [severity_chart(conflicts, texts, assets / "results_by_municipality.png")]
            if indicators is not None:
                charts.append(indicator_chart(indicators, texts, assets / "indicators.png"))
            self.stop_if_cancelled(feedback)
            steps.setCurrentStep(2)
            subtitle = f"{dt.date.today().isoformat()} · Samplan"
            layout = self._layout(parameters, context, title, subtitle, texts, language, conflict_layers, tables, charts)
            layout.export_pdf(staged_pdf)
            layout.export_page_image(0, assets / "overview_map.png")
            steps.setCurrentStep(3)
            html = report_html(title, subtitle, texts, language, f"{target_assets.name}/overview_map.png", tables,
                               [f"{target_assets.name}/{c.name}" for c in charts])
            staged_html.write_text(html, encoding="utf-8")
            self.stop_if_cancelled(feedback)
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

    def _frame(self, parameters, key, context, required):
        source = self.parameterAsSource(parameters, key, context)
        if source is None:
            return None
        missing = [f for f in required if source.fields().lookupField(f) < 0]
        if missing:
            layer = self.parameterAsVectorLayer(parameters, key, context)
            name = layer_name_of(layer) if layer is not None else key
            raise QgsProcessingException(self.tr("Layer '{0}' has no field(s) {1}: is it the right Samplan output?").format(
                name, ", ".join(missing)))
        return attribute_frame(source)

    def _layout(self, parameters, context, title, subtitle, texts, language, conflict_layers, tables, charts) -> ReportLayout:
        layout = ReportLayout(title)
        kinds = {"area": "conflict_areas", "line": "conflict_lines", "point": "conflict_points"}
        geometry_kind = {0: "point", 1: "line", 2: "area"}
        for layer in conflict_layers:
            kind = geometry_kind.get(int(layer.geometryType()), "area")
            layout.add_layer(layer, texts[kinds[kind]], STYLES / f"conflicts_{kind}.qml")
        border = self.parameterAsVectorLayer(parameters, self.BORDER, context)
        if border is not None:
            layout.add_layer(border, texts["border_pairs"], fill="128,0,128,90", outline="#800080")
        plan = self.parameterAsVectorLayer(parameters, self.PLAN, context)
        if plan is not None:
            layout.add_layer(plan, texts["plan"], fill="200,200,200,120", outline="#888888")
        municipalities = self.parameterAsVectorLayer(parameters, self.MUNICIPALITIES, context)
        if municipalities is not None:
            layout.add_layer(municipalities, texts["municipalities"], outline="#222222")

        layout.label(0, MARGIN, 12, PAGE_W - 2 * MARGIN, 12, title, 20, bold=True)
        layout.label(0, MARGIN, 24, PAGE_W - 2 * MARGIN, 6, subtitle, 9)
        layout.label(0, MARGIN, 32, PAGE_W - 2 * MARGIN, 7, texts["heading_map"], 13, bold=True)
        layout.overview_map(0, 40, 160, texts["legend"])

        page, y = 1, 15.0
        layout.label(page, MARGIN, y, PAGE_W - 2 * MARGIN, 8, texts["heading_results"], 13, bold=True)
        y += 10
        for table in tables:
            page, y = layout.table(page, y, table)
        for chart in charts:
            if y + 95 > 297 - 15:
                page, y = page + 1, 15.0
            y = layout.picture(page, y, chart, 90)
        page += 1
        layout.label(page, MARGIN, 15, PAGE_W - 2 * MARGIN, 8, texts["heading_method"], 13, bold=True)
        layout.label(page, MARGIN, 26, PAGE_W - 2 * MARGIN, 250, method_notes(language), 9)
        return layout


def _staging_file(path: Path) -> Path:
    """A hidden, empty file beside `path` to write its new content into (same folder: the final rename is atomic)."""
    handle, name = tempfile.mkstemp(prefix=f".{path.name}.", suffix=path.suffix, dir=path.parent)
    os.close(handle)
    return Path(name)


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
