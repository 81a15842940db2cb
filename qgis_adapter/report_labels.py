"""The report maps' words: the report's text formats, background layers known by kind (their legend names and the
field that labels them) and their labels, and the results labelled with their numbers in the conflict list."""

from __future__ import annotations

import re

from qgis.core import (
    Qgis,
    QgsFeatureRequest,
    QgsPalLayerSettings,
    QgsTextBackgroundSettings,
    QgsTextBufferSettings,
    QgsTextFormat,
    QgsVectorLayer,
    QgsVectorLayerSimpleLabeling,
)
from qgis.PyQt.QtCore import QSizeF
from qgis.PyQt.QtGui import QColor, QFont

from .reading import layer_name_of
from .writing import TEXT, make_field

FONT = "Open Sans"
# The field the copied result layers get for their number in the conflict list.
NUMBER_FIELD = "report_number"

# A background layer's kind, from its name (the sample region's, or a national source's words): its symbol, the text
# key of its legend entry, and the field that labels it.
BACKGROUND_KINDS = (
    ("settlement", r"t[aä]tort|urban|settlement|bebyggelse", "tatorter", ("namn", "tatort", "name", "tatortsnamn")),
    ("lakes", r"sj[oö]|lake|vatten(?!drag|skydd)|water", "sjoar", ("namn", "name")),
    ("rivers", r"vattendrag|river|stream|[aå]$", "vattendrag", ()),
    ("railways", r"j[aä]rnv[aä]g|rail|bana", "jarnvag", ()),
    ("roads", r"v[aä]g|road|nvdb", "vagar", ("vagnummer", "vägnummer", "vagnr", "ref", "road_number", "nummer")),
    ("stations", r"station", "stationer", ("namn", "name")),
    ("county", r"^l[aä]n$|county", "lan", ()),
    ("municipalities", r"kommun|municipal", "kommuner", ("kommunnamn", "namn", "name")),
)


def text_format(size: float, bold: bool = False, colour: str = "#222222", italic: bool = False) -> QgsTextFormat:
    """The report's text in its font at `size` points."""
    result = QgsTextFormat()
    font = QFont(FONT)
    font.setBold(bold)
    font.setItalic(italic)
    result.setFont(font)
    result.setSize(size)
    result.setSizeUnit(Qgis.RenderUnit.Points)
    result.setColor(QColor(colour))
    return result


def background_kind(layer: QgsVectorLayer) -> str | None:
    """'settlement', 'roads', 'lakes', … for a background layer, from its name; None for one of no known kind."""
    name = layer_name_of(layer).lower()
    for kind, pattern, _style, _fields in BACKGROUND_KINDS:
        if re.search(pattern, name):
            return kind
    return None


def label_field(layer: QgsVectorLayer, kind: str | None) -> str | None:
    candidates = next((fields for k, _p, _s, fields in BACKGROUND_KINDS if k == kind), ())
    names = {n.lower(): n for n in layer.fields().names()}
    return next((names[c] for c in candidates if c in names), None)


def background_labels(layer: QgsVectorLayer, field: str, kind: str) -> None:
    """Place names over settlement and lakes, road numbers on shields along the roads, municipality names large."""
    settings = QgsPalLayerSettings()
    settings.fieldName = field
    settings.isExpression = False
    size, colour, italic, bold = {
        "settlement": (7.5, "#202020", False, True),
        "lakes": (6.5, "#1f5f99", True, False),
        "roads": (6.0, "#202020", False, True),
        "municipalities": (9.0, "#6b6b6b", False, False),
        "stations": (6.5, "#202020", False, False),
    }.get(kind, (7.0, "#202020", False, False))
    label_format = text_format(size, bold, colour, italic)
    if kind == "roads":
        background = QgsTextBackgroundSettings()
        background.setEnabled(True)
        background.setType(QgsTextBackgroundSettings.ShapeType.ShapeRectangle)
        background.setSizeType(QgsTextBackgroundSettings.SizeType.SizeBuffer)
        background.setSize(QSizeF(0.6, 0.3))
        background.setSizeUnit(Qgis.RenderUnit.Millimeters)
        background.setFillColor(QColor("#ffffff"))
        background.setStrokeColor(QColor("#505050"))
        background.setStrokeWidth(0.2)
        label_format.setBackground(background)
        settings.placement = Qgis.LabelPlacement.Horizontal
        settings.lineSettings().setMergeLines(
            True
        )  # one road split into many pieces (as NVDB splits it) is labelled as one
        settings.repeatDistance = 70
        settings.repeatDistanceUnit = Qgis.RenderUnit.Millimeters
    else:
        buffer = QgsTextBufferSettings()
        buffer.setEnabled(True)
        buffer.setSize(0.7)
        buffer.setColor(QColor(255, 255, 255, 220))
        label_format.setBuffer(buffer)
        if layer.geometryType() == Qgis.GeometryType.Polygon:
            settings.placement = (
                Qgis.LabelPlacement.OverPoint if kind != "municipalities" else Qgis.LabelPlacement.Horizontal
            )
        elif layer.geometryType() == Qgis.GeometryType.Point:
            settings.placement = Qgis.LabelPlacement.OrderedPositionsAroundPoint
    settings.setFormat(label_format)
    layer.setLabeling(QgsVectorLayerSimpleLabeling(settings))
    layer.setLabelsEnabled(True)


def label_with_numbers(layer: QgsVectorLayer, numbers: dict[str, str]) -> None:
    """Each result of the (copied) layer labelled with its number in the conflict list ("K1"), found by its conflict
    key: the maps and the list name the same results."""
    key = layer.fields().lookupField("conflict_key")
    if key < 0:
        return
    provider = layer.dataProvider()
    provider.addAttributes([make_field(NUMBER_FIELD, TEXT)])
    layer.updateFields()
    field = layer.fields().lookupField(NUMBER_FIELD)
    provider.changeAttributeValues(
        {
            feature.id(): {field: numbers.get(str(feature[key]), "")}
            for feature in layer.getFeatures(QgsFeatureRequest().setFlags(QgsFeatureRequest.Flag.NoGeometry))
        }
    )
    settings = QgsPalLayerSettings()
    settings.fieldName = NUMBER_FIELD
    settings.isExpression = False
    label_format = text_format(6.5, bold=True, colour="#7a0010")
    buffer = QgsTextBufferSettings()
    buffer.setEnabled(True)
    buffer.setSize(0.8)
    buffer.setColor(QColor(255, 255, 255, 230))
    label_format.setBuffer(buffer)
    settings.setFormat(label_format)
    geometry = layer.geometryType()
    settings.placement = {
        Qgis.GeometryType.Point: Qgis.LabelPlacement.OrderedPositionsAroundPoint,
        Qgis.GeometryType.Line: Qgis.LabelPlacement.Horizontal,
    }.get(geometry, Qgis.LabelPlacement.AroundPoint)
    settings.priority = 10  # over the background's place names
    layer.setLabeling(QgsVectorLayerSimpleLabeling(settings))
    layer.setLabelsEnabled(True)
