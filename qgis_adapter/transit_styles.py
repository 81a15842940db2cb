"""Styles with legends for the public transport outputs: minutes to the nearest destination, departures per hour at the
stops, and the change a new timetable makes (rule-based, so that 'no usable trip' has its own legend entry)."""

from __future__ import annotations

from qgis.core import QgsVectorLayer

from ..core.messages import translatable
from ..core.transit_accessibility import FREQUENCY_CLASSES
from ..i18n.translation import tr
from .symbols import interval_rules, rule_renderer, symbol

# Median minutes: up to 15, 15-30, ..., more than 90.
_MINUTE_BOUNDS = (15, 30, 45, 60, 90)
_MINUTE_COLOURS = ("#1a9850", "#91cf60", "#d9ef8b", "#fee08b", "#fc8d59", "#d73027")
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


def _rules(layer: QgsVectorLayer, rules) -> None:
    layer.setRenderer(rule_renderer(rules))
    layer.triggerRepaint()


def style_transit_layer(layer: QgsVectorLayer, kind: str) -> None:
    """'origins': median minutes; 'stops': frequency classes; 'change': after minus before."""
    if not isinstance(layer, QgsVectorLayer):
        return
    if kind == "origins":
        classes = interval_rules(
            "median_min",
            _MINUTE_BOUNDS,
            lambda high: tr("{0}-{1} min").format(0, high),
            lambda low, high: tr("{0}-{1} min").format(low, high),
            lambda low: tr("more than {0} min").format(low),
        )
        rules = [
            (label, expression, symbol(layer, _MINUTE_COLOURS[i])) for i, (label, expression) in enumerate(classes)
        ]
        rules.append((tr("no usable trip"), '"median_min" IS NULL', symbol(layer, "#969696")))
        _rules(layer, rules)
    elif kind == "stops":
        _rules(
            layer,
            [
                (tr(FREQUENCY_CLASSES[k]), f'"frequency_class" = {k}', symbol(layer, _FREQUENCY[k], size=1.2 + 0.8 * k))
                for k in range(len(FREQUENCY_CLASSES))
            ],
        )
    elif kind == "change":
        _rules(layer, [(tr(label), expression, symbol(layer, colour)) for expression, colour, label in _CHANGE])
