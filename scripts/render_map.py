"""Draws the conflicts over the sample region to a PNG with QGIS's own renderer (no screen needed)."""
from __future__ import annotations

from pathlib import Path

from qgis.core import (
    QgsApplication,
    QgsFillSymbol,
    QgsLineSymbol,
    QgsMapRendererParallelJob,
    QgsMapSettings,
    QgsMarkerSymbol,
    QgsRectangle,
    QgsSingleSymbolRenderer,
    QgsVectorLayer,
)
from qgis.PyQt.QtCore import QSize, Qt
from qgis.PyQt.QtGui import QColor, QFont, QImage, QPainter

STYLES = Path(__file__).resolve().parent.parent / "resources" / "styles"
# Background layers, bottom to top, with a plain symbol each.
BACKGROUND = [
    ("jordbruksmark", "fill", {"color": "#f3efc2", "outline_style": "no"}),
    ("grona_kilar", "fill", {"color": "#cfe8c0", "outline_style": "no"}),
    ("naturreservat", "fill", {"color": "#9ccf8a", "outline_color": "#4d8a3a", "outline_width": "0.2"}),
    ("natura2000", "fill", {"color": "0,0,0,0", "outline_color": "#2e7d32", "outline_width": "0.4", "outline_style": "dash"}),
    ("oversvamning_100ar", "fill", {"color": "#a6cee3", "outline_style": "no"}),
    ("vattenskydd", "fill", {"color": "0,0,0,0", "outline_color": "#1f78b4", "outline_width": "0.4", "outline_style": "dot"}),
    ("sjoar", "fill", {"color": "#6baed6", "outline_style": "no"}),
    ("vattendrag", "line", {"color": "#3182bd", "width": "0.8"}),
    ("tatorter", "fill", {"color": "#d9d9d9", "outline_color": "#969696", "outline_width": "0.2"}),
    ("kommuner", "fill", {"color": "0,0,0,0", "outline_color": "#525252", "outline_width": "0.6", "outline_style": "dash"}),
    ("vagar", "line", {"color": "#737373", "width": "0.3"}),
    ("jarnvag", "line", {"color": "#252525", "width": "0.6", "line_style": "dash"}),
    ("stationer", "marker", {"name": "square", "color": "#252525", "size": "2"}),
    ("plan_a_omraden", "fill", {"color": "255,255,255,90", "outline_color": "#6a3d9a", "outline_width": "0.5"}),
    ("plan_a_strak", "line", {"color": "#6a3d9a", "width": "0.8"}),
]
SYMBOLS = {"fill": QgsFillSymbol, "line": QgsLineSymbol, "marker": QgsMarkerSymbol}
CONFLICT_LAYERS = (("konflikter_ytor", "area"), ("konflikter_linjer", "line"), ("konflikter_punkter", "point"))


def _layers(region: Path, conflicts: Path) -> list[QgsVectorLayer]:
    layers = []
    for name, kind, properties in BACKGROUND:
        layer = QgsVectorLayer(f"{region}|layername={name}", name, "ogr")
        if not layer.isValid():
            continue
        layer.setRenderer(QgsSingleSymbolRenderer(SYMBOLS[kind].createSimple(properties)))
        layers.append(layer)
    for name, kind in CONFLICT_LAYERS:
        layer = QgsVectorLayer(f"{conflicts}|layername={name}", name, "ogr")
        if layer.isValid():
            layer.loadNamedStyle(str(STYLES / f"conflicts_{kind}.qml"))
            layers.append(layer)
    return layers


def render_conflict_map(region: Path, conflicts: Path, png: Path, size: tuple[int, int] = (1800, 1250)) -> Path:
    app = QgsApplication.instance()
    owns_app = app is None
    if owns_app:
        app = QgsApplication([], False)
        app.initQgis()
    layers = _layers(region, conflicts)
    extent = QgsRectangle()
    for layer in layers:
        if layer.name() == "kommuner":
            extent = layer.extent()
    extent.scale(1.03)
    settings = QgsMapSettings()
    settings.setLayers(list(reversed(layers)))  # first in the list is drawn on top
    settings.setDestinationCrs(layers[0].crs())
    settings.setOutputSize(QSize(*size))
    settings.setExtent(extent)
    settings.setBackgroundColor(QColor("#ffffff"))
    job = QgsMapRendererParallelJob(settings)
    job.start()
    job.waitForFinished()
    image: QImage = job.renderedImage()
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    font = QFont("DejaVu Sans", 22)
    font.setBold(True)
    painter.setFont(font)
    painter.setPen(QColor("#222222"))
    painter.drawText(30, 50, "Samplan – planförslag A: konflikter, varningar och möjligheter")
    painter.setFont(QFont("DejaVu Sans", 14))
    for row, (label, colour) in enumerate((("Konflikt", "#d7191c"), ("Varning", "#fdae61"), ("Möjlighet", "#1a9641"))):
        y = 85 + row * 28
        painter.fillRect(30, y - 15, 22, 18, QColor(colour))
        painter.drawText(62, y, label)
    painter.setPen(QColor("#555555"))
    painter.drawText(image.rect().adjusted(0, 0, -25, -15), int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignBottom),
                     "SWEREF 99 TM · syntetisk exempelregion")
    painter.end()
    png.parent.mkdir(parents=True, exist_ok=True)
    if not image.save(str(png), "PNG"):
        raise RuntimeError(f"could not write {png}")
    return png
