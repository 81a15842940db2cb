"""The symbols and legends that every output style is made of (network_styles, result_styles, transit_styles): one
symbol per colour on a layer's geometry, rule-based legends with an 'else' entry, and class intervals on a field."""

from __future__ import annotations

from typing import Callable, Iterable, Sequence, Union

from qgis.core import Qgis, QgsRuleBasedRenderer, QgsSymbol, QgsVectorLayer
from qgis.PyQt.QtGui import QColor

Colour = Union[str, QColor]


def symbol(
    layer: QgsVectorLayer,
    colour: Colour,
    width: float | None = None,
    size: float | None = None,
    fill_alpha: int | None = None,
    outline: tuple[str, float] | None = None,
) -> QgsSymbol:
    """QGIS's default symbol for the layer's geometry in `colour`: a line `width` mm wide, a marker `size` mm across, a
    fill with `fill_alpha` (0-255) and an `outline` (colour, width in mm); what is not given stays QGIS's default."""
    made = QgsSymbol.defaultSymbol(layer.geometryType())
    kind = made.type()
    colour = QColor(colour)
    if kind == Qgis.SymbolType.Fill and fill_alpha is not None:
        colour.setAlpha(fill_alpha)
    made.setColor(colour)
    if kind == Qgis.SymbolType.Line and width is not None:
        made.setWidth(width)
    elif kind == Qgis.SymbolType.Marker and size is not None:
        made.setSize(size)
    elif kind == Qgis.SymbolType.Fill and outline is not None:
        made.symbolLayer(0).setStrokeColor(QColor(outline[0]))
        made.symbolLayer(0).setStrokeWidth(outline[1])
    return made


def rule_renderer(rules: Iterable[tuple[str, str, QgsSymbol]]) -> QgsRuleBasedRenderer:
    """A legend of (label, filter expression, symbol) entries in order; an empty expression is the 'else' entry."""
    root = QgsRuleBasedRenderer.Rule(None)
    for label, expression, drawn in rules:
        rule = QgsRuleBasedRenderer.Rule(drawn, 0, 0, expression, label)
        if not expression:
            rule.setIsElse(True)
        root.appendChild(rule)
    return QgsRuleBasedRenderer(root)


def interval_rules(
    field: str,
    bounds: Sequence[float],
    up_to: Callable[[float], str],
    between: Callable[[float, float], str],
    over: Callable[[float], str],
) -> list[tuple[str, str]]:
    """(label, expression) of the classes a field's values fall in: up to bounds[0], each (low, high], over bounds[-1]."""
    classes = [(up_to(bounds[0]), f'"{field}" <= {bounds[0]}')]
    classes += [
        (between(low, high), f'"{field}" > {low} AND "{field}" <= {high}') for low, high in zip(bounds, bounds[1:])
    ]
    return classes + [(over(bounds[-1]), f'"{field}" > {bounds[-1]}')]
