"""Plain symbols and labels for the sample region's layers, shared by the project the plugin opens and the
demo map: place names, road numbers, the river, lakes and nature areas named, as a room reads a map."""

from __future__ import annotations

from qgis.core import (
    Qgis,
    QgsFillSymbol,
    QgsLineSymbol,
    QgsMarkerSymbol,
    QgsPalLayerSettings,
    QgsProperty,
    QgsSingleSymbolRenderer,
    QgsTextBackgroundSettings,
    QgsTextBufferSettings,
    QgsTextFormat,
    QgsVectorLayer,
    QgsVectorLayerSimpleLabeling,
)
from qgis.PyQt.QtCore import QSizeF
from qgis.PyQt.QtGui import QColor, QFont

SYMBOLS = {"fill": QgsFillSymbol, "line": QgsLineSymbol, "marker": QgsMarkerSymbol}
# Bottom to top, as a map of the region is drawn.
SAMPLE_STYLES: dict[str, tuple[str, dict[str, str]]] = {
    "jordbruksmark": ("fill", {"color": "#f3efc2", "outline_style": "no"}),
    "befolkning_250m": ("fill", {"color": "0,0,0,0", "outline_color": "#bdbdbd", "outline_width": "0.1"}),
    "grona_kilar": ("fill", {"color": "#cfe8c0", "outline_style": "no"}),
    "naturreservat": ("fill", {"color": "#9ccf8a", "outline_color": "#4d8a3a", "outline_width": "0.2"}),
    "natura2000": (
        "fill",
        {"color": "0,0,0,0", "outline_color": "#2e7d32", "outline_width": "0.4", "outline_style": "dash"},
    ),
    "riksintressen": (
        "fill",
        {"color": "0,0,0,0", "outline_color": "#8c6bb1", "outline_width": "0.3", "outline_style": "dot"},
    ),
    "strandskydd": ("fill", {"color": "166,206,227,60", "outline_style": "no"}),
    "oversvamning_100ar": ("fill", {"color": "#a6cee3", "outline_style": "no"}),
    "vattenskydd": (
        "fill",
        {"color": "0,0,0,0", "outline_color": "#1f78b4", "outline_width": "0.4", "outline_style": "dot"},
    ),
    "sjoar": ("fill", {"color": "#6baed6", "outline_style": "no"}),
    "vattendrag": ("line", {"color": "#3182bd", "width": "0.8"}),
    "ekologiska_samband": ("line", {"color": "#41ab5d", "width": "0.6", "line_style": "dash"}),
    "tatorter": ("fill", {"color": "#d9d9d9", "outline_color": "#969696", "outline_width": "0.2"}),
    "byggnader": ("fill", {"color": "#737373", "outline_style": "no"}),
    "lan": ("fill", {"color": "0,0,0,0", "outline_color": "#252525", "outline_width": "0.8"}),
    "kommuner": (
        "fill",
        {"color": "0,0,0,0", "outline_color": "#525252", "outline_width": "0.6", "outline_style": "dash"},
    ),
    "vagar": ("line", {"color": "#737373", "width": "0.3"}),
    "farligt_gods": ("line", {"color": "#e6550d", "width": "0.5", "line_style": "dash"}),
    "jarnvag": ("line", {"color": "#252525", "width": "0.6", "line_style": "dash"}),
    "hallplatser": ("marker", {"name": "circle", "color": "#fd8d3c", "size": "1.2", "outline_style": "no"}),
    "stationer": ("marker", {"name": "square", "color": "#252525", "size": "2"}),
    "plan_b_omraden": (
        "fill",
        {"color": "255,255,255,60", "outline_color": "#1f78b4", "outline_width": "0.5", "outline_style": "dash"},
    ),
    "plan_b_strak": ("line", {"color": "#1f78b4", "width": "0.8", "line_style": "dash"}),
    "plan_a_omraden": ("fill", {"color": "255,255,255,90", "outline_color": "#6a3d9a", "outline_width": "0.5"}),
    "plan_a_strak": ("line", {"color": "#6a3d9a", "width": "0.8"}),
}


# Label: expression, point size, colour, bold, italic, placement ("line" follows the line, "curved" bends with
# it, "over" sits on the polygon), shield (road numbers on a coloured plate).
SAMPLE_LABELS: dict[str, tuple[str, float, str, bool, bool, str, bool]] = {
    "tatorter": ('"namn"', 9.0, "#202020", True, False, "over", False),
    "vagar": (
        'CASE WHEN "vagnummer" IN (\'\', NULL) THEN NULL ELSE "vagnummer" END',
        7.0,
        "#ffffff",
        True,
        False,
        "line",
        True,
    ),
    "vattendrag": ('"namn"', 8.0, "#1f5f99", False, True, "curved", False),
    "sjoar": ('"namn"', 7.0, "#1f5f99", False, True, "over", False),
    "naturreservat": ('"namn"', 7.0, "#2f6b25", False, True, "over", False),
    "natura2000": ("'Natura 2000 ' || \"namn\"", 7.0, "#2e7d32", False, True, "over", False),
    "grona_kilar": ('"namn"', 7.5, "#2f6b25", False, True, "over", False),
}
PLACEMENTS = {
    "over": Qgis.LabelPlacement.OverPoint,
    "line": Qgis.LabelPlacement.Line,
    "curved": Qgis.LabelPlacement.Curved,
}


def sample_labeling(name: str) -> QgsVectorLayerSimpleLabeling | None:
    """The labels of a sample region layer, or None for a layer shown without."""
    spec = SAMPLE_LABELS.get(name)
    if spec is None:
        return None
    expression, size, colour, bold, italic, placement, shield = spec
    font = QFont()
    font.setBold(bold)
    font.setItalic(italic)
    text = QgsTextFormat()
    text.setFont(font)
    text.setSize(size)
    text.setColor(QColor(colour))
    if shield:
        # Road numbers on a plate: green for European roads, blue for the others, as on Swedish signs.
        plate = QgsTextBackgroundSettings()
        plate.setEnabled(True)
        plate.setType(QgsTextBackgroundSettings.ShapeType.ShapeRectangle)
        plate.setSizeType(QgsTextBackgroundSettings.SizeType.SizeBuffer)
        plate.setSize(QSizeF(0.8, 0.3))
        plate.setFillColor(QColor("#1f6fb2"))
        plate.setStrokeColor(QColor("#ffffff"))
        plate.setStrokeWidth(0.2)
        text.setBackground(plate)
    else:
        buffer = QgsTextBufferSettings()
        buffer.setEnabled(True)
        buffer.setSize(0.8)
        buffer.setColor(QColor("#ffffff"))
        text.setBuffer(buffer)
    settings = QgsPalLayerSettings()
    settings.fieldName = expression
    settings.isExpression = True
    settings.placement = PLACEMENTS[placement]
    settings.setFormat(text)
    if shield:
        settings.dataDefinedProperties().setProperty(
            QgsPalLayerSettings.Property.ShapeFillColor,
            QgsProperty.fromExpression("CASE WHEN left(\"vagnummer\", 1) = 'E' THEN '#2e8b57' ELSE '#1f6fb2' END"),
        )
    if placement in ("line", "curved"):
        settings.lineSettings().setMergeLines(True)  # one label per road number or river, not one per segment
        settings.repeatDistance = 60 if shield else 0
        settings.repeatDistanceUnit = Qgis.RenderUnit.Millimeters
    return QgsVectorLayerSimpleLabeling(settings)


def style_sample_layer(layer: QgsVectorLayer, name: str | None = None) -> bool:
    """Give a sample region layer its symbol and labels; False for a layer without a symbol."""
    name = name or layer.name()
    style = SAMPLE_STYLES.get(name)
    if style is None:
        return False
    kind, properties = style
    layer.setRenderer(QgsSingleSymbolRenderer(SYMBOLS[kind].createSimple(properties)))
    labeling = sample_labeling(name)
    if labeling is not None:
        layer.setLabeling(labeling)
        layer.setLabelsEnabled(True)
    return True
