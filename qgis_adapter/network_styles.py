"""Map styles of the network algorithms' outputs, built here so that every legend entry is in the user's language:
links by detour ratio with bridges standing out, articulation points, accessibility per population feature in
Pipos-like classes, and area disruptions."""

from __future__ import annotations

from qgis.core import QgsFeature, QgsFeatureRequest, QgsRuleBasedRenderer, QgsVectorLayer

from ..i18n.translation import number_text, tr
from .symbols import interval_rules, rule_renderer, symbol

# Minutes and km to the nearest destination, as Tillväxtverket's Pipos classes accessibility.
TIME_CLASSES_MIN = (5, 10, 20, 30, 45)
DISTANCE_CLASSES_KM = (2, 5, 10, 20, 30)
_SEQUENTIAL = ("#1a9850", "#91cf60", "#d9ef8b", "#fee08b", "#fc8d59", "#d73027")


def _rules(layer: QgsVectorLayer, rules: list[tuple[str, str, str, float]]) -> QgsRuleBasedRenderer:
    """(label, filter expression or '' for else, colour, width/size) in legend order; areas outlined in grey."""
    return rule_renderer(
        (label, expression, symbol(layer, colour, width=size, size=size, outline=("#636363", 0.1)))
        for label, expression, colour, size in rules
    )


def _classes(field: str, bounds, unit: str, width: float) -> list[tuple[str, str, str, float]]:
    classes = interval_rules(
        field,
        bounds,
        lambda high: tr("up to {0} {1}").format(number_text(high), unit),
        lambda low, high: tr("{0}–{1} {2}").format(number_text(low), number_text(high), unit),
        lambda low: tr("over {0} {1}").format(number_text(low), unit),
    )
    return [(label, expression, _SEQUENTIAL[i], width) for i, (label, expression) in enumerate(classes)]


def _links(layer):
    classes = interval_rules(
        "detour_ratio",
        (1.5, 3, 10),
        lambda high: tr("Detour ratio up to {0}").format(number_text(high)),
        lambda low, high: tr("Detour ratio {0}–{1}").format(number_text(low), number_text(high)),
        lambda low: tr("Detour ratio over {0}").format(number_text(low)),
    )
    colours, widths = ("#2166ac", "#67a9cf", "#f4a582", "#d6604d"), (0.5, 0.7, 0.7, 0.9)
    return _rules(
        layer,
        [
            (tr("Bridge: no alternative route"), '"is_bridge" = 1', "#b2182b", 1.4),
            (tr("One-way, no way back"), '"no_way_back" = 1', "#762a83", 1.0),
        ]
        + [(label, expression, colours[i], widths[i]) for i, (label, expression) in enumerate(classes)]
        + [(tr("Other links"), "", "#bdbdbd", 0.3)],
    )


def _any(layer: QgsVectorLayer, expression: str) -> bool:
    """Whether a feature matches; the iterator is closed before anything writes to the layer's file."""
    request = QgsFeatureRequest().setFilterExpression(expression).setLimit(1)
    request.setFlags(QgsFeatureRequest.Flag.NoGeometry)
    iterator = layer.getFeatures(request)
    try:
        return iterator.nextFeature(QgsFeature())
    finally:
        iterator.close()


def _accessibility(layer):
    if "time_min" in layer.fields().names() and _any(layer, '"time_min" IS NOT NULL'):
        rules = _classes("time_min", TIME_CLASSES_MIN, tr("min"), 1.6)
    else:
        rules = _classes("dist_km", DISTANCE_CLASSES_KM, tr("km"), 1.6)
    rules.append((tr("No route to a destination"), "", "#4d4d4d", 1.6))
    return _rules(layer, rules)


RENDERERS = {
    "links": _links,
    "articulation": lambda layer: _rules(
        layer, [(tr("Articulation point: closing it splits the network"), "", "#b2182b", 2.4)]
    ),
    "accessibility": _accessibility,
    "disruption_areas": lambda layer: _rules(
        layer,
        [
            (tr("People cut off"), '"pop_cut_off" > 0', "#d7301f", 0),
            (tr("People delayed, none cut off"), '"pop_delayed" > 0', "#fdae61", 0),
            (tr("Links closed, nobody affected"), '"links_closed" > 0', "#fee090", 0),
            (tr("Touches no link"), "", "#e0e0e0", 0),
        ],
    ),
    "disruption_features": lambda layer: _rules(
        layer,
        [
            (tr("Cut off from every centre"), '"keeps_route" = 0', "#b2182b", 2.0),
            (tr("Keeps a route, a longer one"), "", "#fdae61", 1.6),
        ],
    ),
    "disruption_closed": lambda layer: _rules(layer, [(tr("Link closed by the area"), "", "#b2182b", 1.0)]),
}


def style_network_layer(layer: QgsVectorLayer, kind: str) -> None:
    """Give an output layer its style and legend; in a GeoPackage the style is saved as its default too."""
    layer.setRenderer(RENDERERS[kind](layer))
    if layer.providerType() == "ogr" and ".gpkg" in layer.source().lower():
        layer.saveStyleToDatabase("samplan", tr("Samplan: network results"), True, "")
        layer.reload()  # the provider's connection is stale after the style table was written
    layer.triggerRepaint()
