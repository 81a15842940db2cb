"""The report's PDF as a QGIS print layout: a cover, maps with a background, and the report's sections on A4 pages.

Built and exported on the main thread (the report algorithm declares NoThreading): QGIS's own layout export does so.
"""

from __future__ import annotations

import math
from pathlib import Path

from qgis.core import (
    Qgis,
    QgsBasicNumericFormat,
    QgsCategorizedSymbolRenderer,
    QgsCoordinateReferenceSystem,
    QgsCoordinateTransform,
    QgsCsException,
    QgsFeatureRequest,
    QgsFillSymbol,
    QgsLayoutExporter,
    QgsLayoutFrame,
    QgsLayoutItemLabel,
    QgsLayoutItemLegend,
    QgsLayoutItemManualTable,
    QgsLayoutItemMap,
    QgsLayoutItemPage,
    QgsLayoutItemPicture,
    QgsLayoutItemScaleBar,
    QgsLayoutMultiFrame,
    QgsLayoutPoint,
    QgsLayoutSize,
    QgsLayoutTable,
    QgsLayoutTableColumn,
    QgsLayoutUtils,
    QgsLegendRenderer,
    QgsLegendStyle,
    QgsLineSymbol,
    QgsMarkerSymbol,
    QgsPrintLayout,
    QgsProcessingException,
    QgsProject,
    QgsRectangle,
    QgsScaleBarSettings,
    QgsSingleSymbolRenderer,
    QgsTableCell,
    QgsTextRenderer,
    QgsUnitTypes,
    QgsVectorLayer,
)
from qgis.PyQt.QtCore import QSize
from qgis.PyQt.QtGui import QColor, QImage

from ..core.column_widths import fit_columns
from ..core.map_scale import scale_bar_segment
from ..core.number_format import number_marks
from ..core.report_parts import Chart, ReportTable, Section
from ..i18n.translation import tr
from .reading import is_metric_crs, layer_name_of
from .report_labels import (
    BACKGROUND_KINDS,
    background_kind,
    background_labels,
    label_field,
    label_with_numbers,
    text_format,
)
from .sample_styles import style_sample_layer

MM = Qgis.LayoutUnit.Millimeters
PAGE_W, PAGE_H, MARGIN = 210.0, 297.0, 12.0
CONTENT_W = PAGE_W - 2 * MARGIN
# Room a table needs below its title on a page (its header and a few rows), else it starts on the next page.
MIN_TABLE_MM = 25.0
NORTH_ARROW = ":/images/north_arrows/layout_default_north_arrow.svg"
PT_MM = 25.4 / 72.0
# A chart that does not fit below its table is drawn down to this share of its height to stay on the table's page.
CHART_SHRINK = 0.6
# The maps' CRS when no layer of the report is in a metric one (is_metric_crs): SWEREF 99 TM.
FALLBACK_CRS = "EPSG:3006"


class ReportLayout:
    """A print layout filled page by page; layers are copied into a project of its own (inputs stay untouched)."""

    def __init__(self, title: str) -> None:
        # The report's own project, its measures set here rather than left to the defaults of wherever it runs (the
        # desktop's settings, qgis_process's): distances planar in the maps' CRS, in metres.
        self.project = QgsProject()
        self.project.setEllipsoid("NONE")
        self.project.setDistanceUnits(Qgis.DistanceUnit.Meters)
        self.layout = QgsPrintLayout(self.project)
        self.layout.initializeDefaults()
        self.layout.setName(title)
        self._page(0)
        self.layers: list[QgsVectorLayer] = []  # drawn in this order from the top
        self.legend_layers: list[QgsVectorLayer] = []
        self.focus: list[QgsVectorLayer] = []  # the layers the overview map is zoomed to
        self.background: list[QgsVectorLayer] = []

    def _page(self, index: int) -> None:
        pages = self.layout.pageCollection()
        while pages.pageCount() <= index:
            page = QgsLayoutItemPage(self.layout)
            pages.addPage(page)
        pages.page(index).setPageSize(QgsLayoutSize(PAGE_W, PAGE_H, MM))

    def add_layer(
        self,
        layer: QgsVectorLayer,
        name: str,
        style: Path | None = None,
        fill: str | None = None,
        outline: str = "#555555",
        category_labels: dict[str, str] | None = None,
        focus: bool = False,
        legend: bool = True,
        line: dict[str, str] | None = None,
        expression: str | None = None,
        numbers: dict[str, str] | None = None,
    ) -> QgsVectorLayer:
        """A copy of the layer (its features matching `expression`) in the report's project, styled by a QML file (its
        categories relabelled in the report's language), a plain fill or a `line` symbol; added below the layers added
        before. With `numbers` (conflict key -> number in the conflict list) each result is labelled with its number."""
        copy = layer.materialize(
            QgsFeatureRequest().setFilterExpression(expression) if expression else QgsFeatureRequest()
        )
        copy.setName(name)
        if style is not None and style.exists():
            copy.loadNamedStyle(str(style))
        elif line is not None:
            copy.setRenderer(QgsSingleSymbolRenderer(QgsLineSymbol.createSimple(line)))
        elif copy.geometryType() == Qgis.GeometryType.Polygon:
            symbol = QgsFillSymbol.createSimple(
                {
                    "color": fill or "0,0,0,0",
                    "outline_color": outline,
                    "outline_width": "0.3",
                    "style": "solid" if fill else "no",
                }
            )
            copy.setRenderer(QgsSingleSymbolRenderer(symbol))
        renderer = copy.renderer()
        if category_labels and isinstance(renderer, QgsCategorizedSymbolRenderer):
            for index, category in enumerate(renderer.categories()):
                renderer.updateCategoryLabel(index, category_labels.get(str(category.value()), str(category.value())))
        if numbers:
            label_with_numbers(copy, numbers)
        self._keep(copy, focus, legend)
        return copy

    def add_background(self, layer: QgsVectorLayer, texts: dict[str, str]) -> QgsVectorLayer:
        """A background layer (settlement, roads, water, borders, …), styled and labelled by its kind."""
        kind = background_kind(layer)
        copy = layer.materialize(QgsFeatureRequest())
        style_key = next((s for k, _p, s, _f in BACKGROUND_KINDS if k == kind), None)
        if not style_sample_layer(copy, layer_name_of(layer)) and not (
            style_key and style_sample_layer(copy, style_key)
        ):
            symbol = {
                Qgis.GeometryType.Polygon: QgsFillSymbol.createSimple({"color": "0,0,0,0", "outline_color": "#9a9a9a"}),
                Qgis.GeometryType.Line: QgsLineSymbol.createSimple({"color": "#9a9a9a", "width": "0.3"}),
                Qgis.GeometryType.Point: QgsMarkerSymbol.createSimple(
                    {"name": "circle", "color": "#6b6b6b", "size": "1.2"}
                ),
            }
            copy.setRenderer(
                QgsSingleSymbolRenderer(symbol.get(copy.geometryType(), symbol[Qgis.GeometryType.Polygon]))
            )
        if kind == "municipalities":  # borders apart from the dashed railways: dash-dot, darker
            copy.setRenderer(
                QgsSingleSymbolRenderer(
                    QgsFillSymbol.createSimple(
                        {
                            "color": "0,0,0,0",
                            "outline_color": "#4a4a4a",
                            "outline_width": "0.5",
                            "outline_style": "dash dot",
                        }
                    )
                )
            )
        name_key = "municipal_borders" if kind == "municipalities" else kind
        copy.setName(texts.get(name_key, layer_name_of(layer)) if kind else layer_name_of(layer))
        field = label_field(copy, kind)
        if field:
            background_labels(copy, field, kind)
        self._keep(copy, False, kind != "county")
        self.background.append(copy)
        return copy

    def _keep(self, copy: QgsVectorLayer, focus: bool, legend: bool) -> None:
        if not is_metric_crs(self.project.crs()) and is_metric_crs(copy.crs()):
            self.project.setCrs(copy.crs())  # the maps' CRS: the first metric one among the layers
        self.project.addMapLayer(copy, False)
        self.layers.append(copy)
        if legend and copy.featureCount():
            self.legend_layers.append(copy)
        if focus:
            self.focus.append(copy)

    def map_crs(self) -> QgsCoordinateReferenceSystem:
        """The maps' CRS: the first metric CRS among the report's layers (each layer is drawn reprojected into it),
        else SWEREF 99 TM."""
        crs = self.project.crs()
        return crs if is_metric_crs(crs) else QgsCoordinateReferenceSystem(FALLBACK_CRS)

    def extent_in_map_crs(self, layer: QgsVectorLayer) -> QgsRectangle:
        """The layer's extent in the maps' CRS (a layer in another CRS, degrees or Web Mercator, reprojected)."""
        transform = QgsCoordinateTransform(layer.crs(), self.map_crs(), self.project.transformContext())
        try:
            return transform.transformBoundingBox(layer.extent())
        except QgsCsException as error:
            raise QgsProcessingException(
                tr("The layer '{0}' cannot be drawn on the report's map in {1}: {2}").format(
                    layer.name(), self.map_crs().authid(), error
                )
            ) from error

    def ordered_layers(self) -> list[QgsVectorLayer]:
        """Drawing order: results and plan over background lines over background areas, each group as added."""
        focus = [layer for layer in self.layers if layer not in self.background]
        lines = [layer for layer in self.background if layer.geometryType() != Qgis.GeometryType.Polygon]
        areas = [layer for layer in self.background if layer.geometryType() == Qgis.GeometryType.Polygon]
        return focus + lines + areas

    def label(
        self,
        page: int,
        x: float,
        y: float,
        w: float,
        h: float,
        text: str,
        size: float = 9.0,
        bold: bool = False,
        colour: str = "#222222",
    ) -> float:
        """A text box; returns the y below it. A height of 0 is estimated from the text's length (wrapped lines)."""
        self._page(page)
        if h <= 0:
            h = text_height(text, w, size)
        item = QgsLayoutItemLabel(self.layout)
        item.setText(text)
        item.setTextFormat(text_format(size, bold, colour))
        self.layout.addLayoutItem(item)
        item.attemptResize(QgsLayoutSize(w, h, MM))
        item.attemptMove(QgsLayoutPoint(x, y, MM), page=page)
        return y + h

    def map_page(
        self,
        page: int,
        y: float,
        height: float,
        extent: QgsRectangle | None,
        legend_title: str | None,
        language: str = "en",
    ) -> tuple[QgsLayoutItemMap, float]:
        """A map of the report's layers at `extent` (None: the focus layers'), at most `height` high and no higher
        than the extent needs, with north arrow and scale bar, and a legend below it when `legend_title` is given.
        Returns the map and the y below what was placed."""
        self._page(page)
        if extent is None:
            extent = QgsRectangle()
            extent.setNull()
            for layer in self.focus or self.layers:
                if layer.featureCount():
                    extent.combineExtentWith(self.extent_in_map_crs(layer))
        if not extent.isNull() and extent.width() > 0:
            extent = QgsRectangle(extent)
            extent.scale(1.04)
            height = min(height, max(60.0, CONTENT_W * extent.height() / extent.width()))
        item = QgsLayoutItemMap(self.layout)
        self.layout.addLayoutItem(item)
        item.attemptResize(QgsLayoutSize(CONTENT_W, height, MM))
        item.attemptMove(QgsLayoutPoint(MARGIN, y, MM), page=page)
        self.project.setCrs(self.map_crs())
        item.setLayers(self.ordered_layers())
        item.setCrs(self.map_crs())
        if not extent.isNull():
            item.zoomToExtent(extent)
        item.setFrameEnabled(True)
        arrow = QgsLayoutItemPicture(self.layout)
        arrow.setPicturePath(NORTH_ARROW, Qgis.PictureFormat.SVG)
        arrow.setLinkedMap(item)
        arrow.setNorthMode(QgsLayoutItemPicture.NorthMode.GridNorth)
        arrow.setBackgroundEnabled(True)
        arrow.setBackgroundColor(QColor(255, 255, 255, 200))
        self.layout.addLayoutItem(arrow)
        arrow.attemptResize(QgsLayoutSize(9, 14, MM))
        arrow.attemptMove(QgsLayoutPoint(MARGIN + CONTENT_W - 12, y + 3, MM), page=page)
        self._scale_bar(item, page, MARGIN + 3, y + height - 12, language)
        if legend_title is not None:
            legend = QgsLayoutItemLegend(self.layout)
            legend.setTitle(legend_title)
            legend.setLinkedMap(item)
            legend.setColumnCount(3)
            legend.setWrapString("\n")
            for component, size, bold in (
                (QgsLegendStyle.Style.Title, 10, True),
                (QgsLegendStyle.Style.Group, 8, True),
                (QgsLegendStyle.Style.Subgroup, 8, True),
                (QgsLegendStyle.Style.SymbolLabel, 7.5, False),
            ):
                style = legend.style(component)
                style.setTextFormat(text_format(size, bold))
                legend.setStyle(component, style)
            legend.setSplitLayer(True)
            legend.setAutoUpdateModel(False)
            legend.setSymbolWidth(6)
            legend.setSymbolHeight(3.5)
            root = legend.model().rootGroup()
            root.removeAllChildren()
            for layer in self.legend_layers:
                root.addLayer(layer)
            self.layout.addLayoutItem(legend)
            legend.attemptMove(QgsLayoutPoint(MARGIN, y + height + 2, MM), page=page)
            # The legend sizes itself only once drawn; its size is worked out here, so that what follows starts below it.
            context = QgsLayoutUtils.createRenderContextForLayout(self.layout, None)
            size = QgsLegendRenderer(legend.model(), legend.legendSettings()).minimumSize(context)
            legend.attemptResize(QgsLayoutSize(size.width(), size.height(), MM))
            return item, y + height + 2 + size.height()
        return item, y + height

    def _scale_bar(self, item: QgsLayoutItemMap, page: int, x: float, y: float, language: str) -> None:
        """Two segments of a round length (scale_bar_segment) spanning at most a quarter of the map, measured in the
        map's own metric CRS: nothing taken from QGIS's guess of a default size, which follows the settings of wherever
        it runs. None on a map of nothing (no extent)."""
        units = QgsUnitTypes.fromUnitToUnitFactor(item.crs().mapUnits(), Qgis.DistanceUnit.Meters)
        width_m = item.extent().width() * units
        if not math.isfinite(width_m) or width_m <= 0:
            return
        length, unit = scale_bar_segment(width_m)
        scalebar = QgsLayoutItemScaleBar(self.layout)
        scalebar.setStyle("Single Box")
        scalebar.setLinkedMap(item)
        scalebar.setTextFormat(text_format(7))
        scalebar.setNumericFormat(_number_format(language))
        scalebar.setUnits(Qgis.DistanceUnit.Kilometers if unit == "km" else Qgis.DistanceUnit.Meters)
        scalebar.setUnitLabel(unit)
        scalebar.setMapUnitsPerScaleBarUnit(1.0)
        scalebar.setSegmentSizeMode(QgsScaleBarSettings.SegmentSizeMode.Fixed)
        scalebar.setNumberOfSegmentsLeft(0)
        scalebar.setNumberOfSegments(2)
        scalebar.setUnitsPerSegment(length)
        scalebar.setBackgroundEnabled(True)
        scalebar.setBackgroundColor(QColor(255, 255, 255, 200))
        self.layout.addLayoutItem(scalebar)
        scalebar.attemptMove(QgsLayoutPoint(x, y, MM), page=page)

    def table(self, page: int, y: float, table: ReportTable) -> tuple[int, float]:
        """A table with its title, flowing onto as many pages as its rows need (one frame per page, the header
        repeated on each), long texts wrapped in their columns; returns the page and the y below its last row."""
        if y + 8 + MIN_TABLE_MM > PAGE_H - MARGIN:
            page, y = page + 1, MARGIN
        self.label(page, MARGIN, y, CONTENT_W, 6, table.title, 10.5, bold=True)
        manual = QgsLayoutItemManualTable.create(self.layout)
        cell_margin = 1.0
        columns = []
        widths = table.widths or [1.0] * len(table.headers)
        scale = (CONTENT_W - 2 * cell_margin * len(widths) - 0.5 * (len(widths) + 1)) / sum(widths)
        widths_mm = self.column_widths(table, [w * scale for w in widths])
        for number, header in enumerate(table.headers):
            column = QgsLayoutTableColumn(header)
            if table.widths:
                column.setWidth(widths_mm[number])
            columns.append(column)
        manual.setHeaders(columns)
        if table.widths:
            manual.setColumnWidths(widths_mm)
        manual.setIncludeTableHeader(True)
        manual.setHeaderMode(QgsLayoutTable.HeaderMode.AllFrames)
        manual.setWrapBehavior(QgsLayoutTable.WrapBehavior.WrapText)
        rows = [[QgsTableCell(c) for c in row] for row in table.rows] or [
            [QgsTableCell("–")] + [QgsTableCell("")] * (len(table.headers) - 1)
        ]
        manual.setTableContents(rows)
        manual.setContentTextFormat(text_format(7.5))
        manual.setHeaderTextFormat(text_format(7.5, bold=True))
        manual.setCellMargin(cell_margin)
        manual.setGridStrokeWidth(0.15)
        manual.setGridColor(QColor("#b0b0b0"))
        manual.setResizeMode(QgsLayoutMultiFrame.ResizeMode.UseExistingFrames)
        self.layout.addMultiFrame(manual)
        context = QgsLayoutUtils.createRenderContextForLayout(self.layout, None)
        top = y + 7
        while True:
            self._page(page)
            frame = QgsLayoutFrame(self.layout, manual)
            frame.attemptResize(QgsLayoutSize(CONTENT_W, PAGE_H - MARGIN - top, MM))
            frame.attemptMove(QgsLayoutPoint(MARGIN, top, MM), page=page)
            manual.addFrame(frame)
            manual.recalculateFrameSizes()
            last = manual.frameCount() - 1
            if manual.rowRange(context, last)[1] >= len(rows):
                break
            if manual.rowRange(context, last)[1] <= manual.rowRange(context, last)[0] and top <= MARGIN:
                raise QgsProcessingException(tr("The table '{0}' has a row too tall for a page.").format(table.title))
            page, top = page + 1, MARGIN
        # The last frame shrunk to its rows (to a tenth of a millimetre), so what follows comes right below.
        low, high = 0.0, PAGE_H - MARGIN - top
        while high - low > 0.1:
            middle = (low + high) / 2
            frame.attemptResize(QgsLayoutSize(CONTENT_W, middle, MM))
            if manual.rowRange(context, last)[1] >= len(rows):
                high = middle
            else:
                low = middle
        frame.attemptResize(QgsLayoutSize(CONTENT_W, high, MM))
        return page, top + high + 5

    def column_widths(self, table: ReportTable, widths_mm: list[float]) -> list[float]:
        """The columns' widths (mm) fitted to their longest words (fit_columns): the layout wraps a cell only at spaces
        and cuts off a word wider than its column ("trafikförsörjningsprogram" in a basis column)."""
        context = QgsLayoutUtils.createRenderContextForLayout(self.layout, None)
        formats = (text_format(7.5, bold=True), text_format(7.5))
        least = []
        for number, header in enumerate(table.headers):
            cells = [(0, header)] + [(1, row[number]) for row in table.rows if number < len(row)]
            words = {(style, word) for style, text in cells for word in str(text).split()}
            widest = max((QgsTextRenderer.textWidth(context, formats[f], [w]) for f, w in words), default=0.0)
            least.append(widest / context.scaleFactor() + 0.5)  # a little room: the PDF's fonts run a hair wider
        return fit_columns(widths_mm, least)

    def picture(self, page: int, y: float, path: Path, height: float) -> float:
        self._page(page)
        item = QgsLayoutItemPicture(self.layout)
        item.setPicturePath(str(path))
        item.setResizeMode(QgsLayoutItemPicture.ResizeMode.ZoomResizeFrame)
        self.layout.addLayoutItem(item)
        item.attemptResize(QgsLayoutSize(CONTENT_W, height, MM))
        item.attemptMove(QgsLayoutPoint(MARGIN, y, MM), page=page)
        return y + item.rect().height() + 4

    def sections(self, page: int, y: float, sections: list[Section]) -> int:
        """The report's sections from `page`, `y` on; a chart stays on the page of the table before it when it fits,
        else both move on together. Returns the last page used."""
        for section in sections:
            # A heading never ends a page: it goes to the next page unless what follows it can start below it.
            if section.new_page and y > MARGIN + 1 or y + 10 + _first_block_height(section) > PAGE_H - MARGIN:
                page, y = page + 1, MARGIN
            y = self.label(page, MARGIN, y, CONTENT_W, 8, section.heading, 13, bold=True) + 2
            for block in section.blocks:
                if isinstance(block, ReportTable):
                    page, y = self.table(page, y, block)
                elif isinstance(block, Chart):
                    height = _chart_height(block)
                    room = PAGE_H - MARGIN - y - 5
                    if height > room >= CHART_SHRINK * height:
                        height = room  # a little smaller, on the page of its table rather than alone on the next
                    elif height > room:
                        page, y = page + 1, MARGIN
                    y = self.label(page, MARGIN, y, CONTENT_W, 5, block.title, 9, bold=True)
                    y = self.picture(page, y, block.path, height)
                else:
                    needed = text_height(block, CONTENT_W, 9)
                    if y + needed > PAGE_H - MARGIN:
                        page, y = page + 1, MARGIN
                    y = self.label(page, MARGIN, y, CONTENT_W, needed, block, 9) + 3
            y += 3
        return page

    def page_count(self) -> int:
        return self.layout.pageCollection().pageCount()

    def export_pdf(self, path: Path) -> None:
        settings = QgsLayoutExporter.PdfExportSettings()
        settings.textRenderFormat = Qgis.TextRenderFormat.AlwaysText  # text stays text: searchable and copyable
        settings.rasterizeWholeImage = False
        result = QgsLayoutExporter(self.layout).exportToPdf(str(path), settings)
        if result != QgsLayoutExporter.ExportResult.Success:
            raise QgsProcessingException(tr("Could not write the PDF report {0}.").format(path))

    def export_page_image(self, page: int, path: Path, dpi: float = 110) -> None:
        image = QgsLayoutExporter(self.layout).renderPageToImage(page, QSize(), dpi)
        if image.isNull() or not image.save(str(path), "PNG"):
            raise QgsProcessingException(tr("Could not write the map image {0}.").format(path))

    def export_map_image(self, item: QgsLayoutItemMap, path: Path, dpi: float = 120) -> None:
        """The region of one map item (with what lies over it) as a PNG, for the HTML report."""
        exporter = QgsLayoutExporter(self.layout)
        image = exporter.renderRegionToImage(item.sceneBoundingRect(), QSize(), dpi)
        if image.isNull() or not image.save(str(path), "PNG"):
            raise QgsProcessingException(tr("Could not write the map image {0}.").format(path))


def _first_block_height(section: Section) -> float:
    """The room (mm) the first block of a section needs on the page of its heading: a table's title and first rows, a
    chart's title and picture, a paragraph."""
    if not section.blocks:
        return 0.0
    block = section.blocks[0]
    if isinstance(block, ReportTable):
        return 8 + MIN_TABLE_MM
    if isinstance(block, Chart):
        return 5 + CHART_SHRINK * _chart_height(block)
    return text_height(block, CONTENT_W, 9)


def _chart_height(chart: Chart) -> float:
    """A chart's height (mm) across the page's width, as its picture's aspect has it; at most a page."""
    image = QImage(str(chart.path))
    aspect = image.height() / image.width() if not image.isNull() and image.width() else 0.4
    return min(CONTENT_W * aspect, PAGE_H - 2 * MARGIN - 12)


def _number_format(language: str) -> QgsBasicNumericFormat:
    """The scale bar's numbers as the report's language writes them: "2,5" in Swedish, "2.5" in English, "10"."""
    thousands, decimal = number_marks(language)
    numeric = QgsBasicNumericFormat()
    numeric.setShowThousandsSeparator(True)
    numeric.setThousandsSeparator(thousands)
    numeric.setDecimalSeparator(decimal)
    numeric.setNumberDecimalPlaces(1)
    numeric.setShowTrailingZeros(False)
    return numeric


def text_height(text: str, width: float, size: float) -> float:
    """A generous estimate of a wrapped paragraph's height (mm) in the report's font at `size` points."""
    per_line = max(1, int(width / (0.5 * size * PT_MM)))
    lines = sum(max(1, math.ceil(len(line) / per_line)) for line in text.split("\n"))
    return lines * size * PT_MM * 1.45 + 1.0
