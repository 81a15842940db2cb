"""Draws the conflicts over the sample region to a PNG with QGIS's own renderer (no screen needed)."""

from __future__ import annotations

from pathlib import Path

from qgis.core import QgsApplication, QgsMapRendererParallelJob, QgsMapSettings, QgsRectangle, QgsVectorLayer
from qgis.PyQt.QtCore import QSize, Qt
from qgis.PyQt.QtGui import QColor, QFont, QImage, QPainter

from samplan.qgis_adapter.sample_styles import (
    style_sample_layer,
)  # importable: the scripts call make_samplan_importable() first

STYLES = Path(__file__).resolve().parent.parent / "resources" / "styles"
# The demo map's background, bottom to top.
BACKGROUND = [
    "jordbruksmark",
    "grona_kilar",
    "naturreservat",
    "natura2000",
    "oversvamning_100ar",
    "vattenskydd",
    "sjoar",
    "vattendrag",
    "tatorter",
    "kommuner",
    "vagar",
    "jarnvag",
    "stationer",
    "plan_a_omraden",
    "plan_a_strak",
]
CONFLICT_LAYERS = (("konflikter_ytor", "area"), ("konflikter_linjer", "line"), ("konflikter_punkter", "point"))


def _layers(region: Path, conflicts: Path) -> list[QgsVectorLayer]:
    layers = []
    for name in BACKGROUND:
        layer = QgsVectorLayer(f"{region}|layername={name}", name, "ogr")
        if not layer.isValid():
            continue
        style_sample_layer(layer)
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
    painter.drawText(
        image.rect().adjusted(0, 0, -25, -15),
        int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignBottom),
        "SWEREF 99 TM · syntetisk exempelregion",
    )
    painter.end()
    png.parent.mkdir(parents=True, exist_ok=True)
    if not image.save(str(png), "PNG"):
        raise RuntimeError(f"could not write {png}")
    return png
