"""The report's PDF as a QGIS print layout: an overview map, tables, charts and method notes on A4 pages."""
from __future__ import annotations

from pathlib import Path

from qgis.core import (
    Qgis,
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
    QgsPrintLayout,
    QgsProcessingException,
    QgsProject,
    QgsRectangle,
    QgsSingleSymbolRenderer,
    QgsTableCell,
    QgsTextFormat,
    QgsVectorLayer,
)
from qgis.PyQt.QtCore import QSize
from qgis.PyQt.QtGui import QFont

from ..core.report import ReportTable
from ..i18n.translation import tr

MM = Qgis.LayoutUnit.Millimeters
PAGE_W, PAGE_H, MARGIN = 210.0, 297.0, 15.0
# Room a table needs below its title on a page (its header and a few rows), else it starts on the next page.
MIN_TABLE_MM = 25.0
FONT = "Open Sans"
STYLES = Path(__file__).resolve().parent.parent / "resources" / "styles"


def _text_format(size: float, bold: bool = False) -> QgsTextFormat:
    text_format = QgsTextFormat()
    font = QFont(FONT)
    font.setBold(bold)
    text_format.setFont(font)
    text_format.setSize(size)
    text_format.setSizeUnit(Qgis.RenderUnit.Points)
    return text_format


class ReportLayout:
    """A print layout filled page by page; layers are copied into a project of its own (inputs stay untouched)."""

    def __init__(self, title: str) -> None:
        self.project = QgsProject()
        self.layout = QgsPrintLayout(self.project)
        self.layout.initializeDefaults()
        self.layout.setName(title)
        self._page(0)
        self.layers: list[QgsVectorLayer] = []

    def _page(self, index: int) -> None:
        pages = self.layout.pageCollection()
        while pages.pageCount() <= index:
            page = QgsLayoutItemPage(self.layout)
            pages.addPage(page)
        pages.page(index).setPageSize(QgsLayoutSize(PAGE_W, PAGE_H, MM))

    def add_layer(self, layer: QgsVectorLayer, name: str, style: Path | None = None, fill: str | None = None,
                  outline: str = "#555555") -> QgsVectorLayer:
        """A copy of the layer in the report's project, styled by a QML file or a plain fill."""
        copy = layer.materialize(QgsFeatureRequest())
        copy.setName(name)
        if style is not None and style.exists():
            copy.loadNamedStyle(str(style))
        elif copy.geometryType() == Qgis.GeometryType.Polygon:
            symbol = QgsFillSymbol.createSimple({"color": fill or "0,0,0,0", "outline_color": outline, "outline_width": "0.3",
                                                 "style": "solid" if fill else "no"})
            copy.setRenderer(QgsSingleSymbolRenderer(symbol))
        self.project.addMapLayer(copy, False)
        self.layers.append(copy)
        return copy

    def label(self, page: int, x: float, y: float, w: float, h: float, text: str, size: float = 9.0, bold: bool = False) -> None:
        self._page(page)
        item = QgsLayoutItemLabel(self.layout)
        item.setText(text)
        item.setTextFormat(_text_format(size, bold))
        self.layout.addLayoutItem(item)
        item.attemptResize(QgsLayoutSize(w, h, MM))
        item.attemptMove(QgsLayoutPoint(x, y, MM), page=page)

    def overview_map(self, page: int, y: float, height: float, legend_title: str) -> None:
        """The map of all report layers (the first added on top) with a legend and a scale bar."""
        self._page(page)
        item = QgsLayoutItemMap(self.layout)
        self.layout.addLayoutItem(item)
        item.attemptResize(QgsLayoutSize(PAGE_W - 2 * MARGIN, height, MM))
        item.attemptMove(QgsLayoutPoint(MARGIN, y, MM), page=page)
        item.setLayers(self.layers)  # the first added is drawn on top
        extent = QgsRectangle()
        extent.setNull()
        for layer in self.layers:
            if layer.featureCount():
                extent.combineExtentWith(layer.extent())
        if self.layers:
            item.setCrs(self.layers[0].crs())
        if not extent.isNull():
            extent.scale(1.05)
            item.zoomToExtent(extent)
        item.setFrameEnabled(True)
        scalebar = QgsLayoutItemScaleBar(self.layout)
        scalebar.setStyle("Single Box")
        scalebar.setLinkedMap(item)
        scalebar.applyDefaultSize()
        scalebar.setTextFormat(_text_format(7))
        self.layout.addLayoutItem(scalebar)
        scalebar.attemptMove(QgsLayoutPoint(PAGE_W - MARGIN - 45, y + height + 2, MM), page=page)
        legend = QgsLayoutItemLegend(self.layout)
        legend.setTitle(legend_title)
        legend.setLinkedMap(item)
        legend.setColumnCount(2)
        legend.setSplitLayer(True)
        legend.setAutoUpdateModel(False)
        root = legend.model().rootGroup()
        root.removeAllChildren()
        for layer in self.layers:
            root.addLayer(layer)
        self.layout.addLayoutItem(legend)
        legend.attemptMove(QgsLayoutPoint(MARGIN, y + height + 2, MM), page=page)

    def table(self, page: int, y: float, table: ReportTable, widths: list[float] | None = None) -> tuple[int, float]:
        """A table with its title, flowing onto as many pages as its rows need (one frame per page, the header
        repeated on each); returns the page and the y below its last row."""
        if y + 8 + MIN_TABLE_MM > PAGE_H - MARGIN:
            page, y = page + 1, MARGIN
        self.label(page, MARGIN, y, PAGE_W - 2 * MARGIN, 7, table.title, 11, bold=True)
        manual = QgsLayoutItemManualTable.create(self.layout)
        columns = []
        for number, header in enumerate(table.headers):
            column = QgsLayoutTableColumn(header)
            if widths:
                column.setWidth(widths[number])
            columns.append(column)
        manual.setHeaders(columns)
        manual.setIncludeTableHeader(True)
        manual.setHeaderMode(QgsLayoutTable.HeaderMode.AllFrames)
        rows = [[QgsTableCell(c) for c in row] for row in table.rows] or \
            [[QgsTableCell("–")] + [QgsTableCell("")] * (len(table.headers) - 1)]
        manual.setTableContents(rows)
        manual.setContentTextFormat(_text_format(7.5))
        manual.setHeaderTextFormat(_text_format(7.5, bold=True))
        manual.setCellMargin(1.0)
        manual.setResizeMode(QgsLayoutMultiFrame.ResizeMode.UseExistingFrames)
        self.layout.addMultiFrame(manual)
        context = QgsLayoutUtils.createRenderContextForLayout(self.layout, None)
        top = y + 8
        while True:
            self._page(page)
            frame = QgsLayoutFrame(self.layout, manual)
            frame.attemptResize(QgsLayoutSize(PAGE_W - 2 * MARGIN, PAGE_H - MARGIN - top, MM))
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
            frame.attemptResize(QgsLayoutSize(PAGE_W - 2 * MARGIN, middle, MM))
            if manual.rowRange(context, last)[1] >= len(rows):
                high = middle
            else:
                low = middle
        frame.attemptResize(QgsLayoutSize(PAGE_W - 2 * MARGIN, high, MM))
        return page, top + high + 6

    def picture(self, page: int, y: float, path: Path, height: float) -> float:
        self._page(page)
        item = QgsLayoutItemPicture(self.layout)
        item.setPicturePath(str(path))
        item.setResizeMode(QgsLayoutItemPicture.ResizeMode.ZoomResizeFrame)
        self.layout.addLayoutItem(item)
        item.attemptResize(QgsLayoutSize(PAGE_W - 2 * MARGIN, height, MM))
        item.attemptMove(QgsLayoutPoint(MARGIN, y, MM), page=page)
        return y + item.rect().height() + 4

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

