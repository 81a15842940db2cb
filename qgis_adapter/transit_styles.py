"""Styles with legends for the public transport outputs: minutes to the nearest destination, departures per hour at the
stops, and the change a new timetable makes (rule-based, so that 'no usable trip' has its own legend entry)."""

from __future__ import annotations

from qgis.core import QgsRuleBasedRenderer, QgsSymbol, QgsVectorLayer
from qgis.PyQt.QtGui import QColor

from ..core.messages import translatable
from ..core.transit_accessibility import FREQUENCY_CLASSES
from ..i18n.translation import tr

_MINUTES = [
    (0, 15, "#1a9850"),
    (15, 30, "#91cf60"),
    (30, 45, "#d9ef8b"),
    (45, 60, "#fee08b"),
    (60, 90, "#fc8d59"),
    (90, None, "#d73027"),
]
_FREQUENCY = ["#bdbdbd", "#fdd49e", "#fc8d59", "#d7301f", "#7f0000"]
_CHANGE = [
    ('"median_min_change" <= -10', "#1a9850", translatable("quicker by 10 minutes or more")),
    (
        '"median_min_change" > -10 AND "median_min_change" < 0',
        "#91cf60",
        translatable("quicker by less than 10 minutes"),
    ),
    ('"median_min_change" = 0', "#e0e0e0", translatable("unchanged")),
    ('"median_min_change" > 0', "#d73027", translatable("slower")),
    (
        '"median_min_before" IS NULL AND "median_min_after" IS NOT NULL',
        "#00441b",
        translatable("a usable trip only after the change"),
    ),
    (
        '"median_min_before" IS NOT NULL AND "median_min_after" IS NULL',
        "#67000d",
        translatable("no usable trip after the change"),
    ),
]


def _symbol(layer: QgsVectorLayer, color: str, size: float | None = None):
    symbol = QgsSymbol.defaultSymbol(layer.geometryType())
    symbol.setColor(QColor(color))
    if size is not None and hasattr(symbol, "setSize"):
        symbol.setSize(size)
    return symbol


def _rules(layer: QgsVectorLayer, rules) -> None:
    root = QgsRuleBasedRenderer.Rule(None)
    for expression, symbol, label in rules:
        root.appendChild(QgsRuleBasedRenderer.Rule(symbol, 0, 0, expression, label))
    layer.setRenderer(QgsRuleBasedRenderer(root))
    layer.triggerRepaint()


def style_transit_layer(layer: QgsVectorLayer, kind: str) -> None:
    """'origins': median minutes; 'stops': frequency classes; 'change': after minus before."""
    if not isinstance(layer, QgsVectorLayer):
        return
    if kind == "origins":
        rules = []
        for low, high, color in _MINUTES:
            if high is None:
                rules.append((f'"median_min" > {low}', _symbol(layer, color), tr("more than {0} min").format(low)))
            else:
                rules.append(
                    (
                        f'"median_min" > {low} AND "median_min" <= {high}' if low else f'"median_min" <= {high}',
                        _symbol(layer, color),
                        tr("{0}-{1} min").format(low, high),
                    )
                )
        rules.append(('"median_min" IS NULL', _symbol(layer, "#969696"), tr("no usable trip")))
        _rules(layer, rules)
    elif kind == "stops":
        _rules(
            layer,
            [
                (f'"frequency_class" = {k}', _symbol(layer, _FREQUENCY[k], 1.2 + 0.8 * k), tr(FREQUENCY_CLASSES[k]))
                for k in range(len(FREQUENCY_CLASSES))
            ],
        )
    elif kind == "change":
        _rules(layer, [(expression, _symbol(layer, color), tr(label)) for expression, color, label in _CHANGE])
