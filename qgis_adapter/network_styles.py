"""Map styles of the network algorithms' outputs, built here so that every legend entry is in the user's language:
links by detour ratio with bridges standing out, articulation points, accessibility per population feature in
Pipos-like classes, and area disruptions."""

from __future__ import annotations

from qgis.core import QgsFeature, QgsFeatureRequest, QgsRuleBasedRenderer, QgsSymbol, QgsVectorLayer, QgsWkbTypes
from qgis.PyQt.QtGui import QColor

from ..i18n.translation import number_text, tr

# Minutes and km to the nearest destination, as Tillväxtverket's Pipos classes accessibility.
TIME_CLASSES_MIN = (5, 10, 20, 30, 45)
DISTANCE_CLASSES_KM = (2, 5, 10, 20, 30)
_SEQUENTIAL = ("#1a9850", "#91cf60", "#d9ef8b", "#fee08b", "#fc8d59", "#d73027")


def _symbol(layer: QgsVectorLayer, color: str, size: float):
    symbol = QgsSymbol.defaultSymbol(layer.geometryType())
    symbol.setColor(QColor(color))
    kind = layer.geometryType()
    if kind == QgsWkbTypes.GeometryType.LineGeometry:
        symbol.setWidth(size)
    elif kind == QgsWkbTypes.GeometryType.PointGeometry:
        symbol.setSize(size)
    else:
        symbol.symbolLayer(0).setStrokeColor(QColor("#636363"))
        symbol.symbolLayer(0).setStrokeWidth(0.1)
    return symbol


def _rules(layer: QgsVectorLayer, rules: list[tuple[str, str, str, float]]) -> QgsRuleBasedRenderer:
    """(label, filter expression or '' for else, colour, width/size) in legend order."""
    root = QgsRuleBasedRenderer.Rule(None)
    for label, expression, color, size in rules:
        rule = QgsRuleBasedRenderer.Rule(_symbol(layer, color, size), 0, 0, expression or "", label)
        if not expression:
            rule.setIsElse(True)
        root.appendChild(rule)
    return QgsRuleBasedRenderer(root)


def _classes(field: str, bounds, unit: str, width: float) -> list[tuple[str, str, str, float]]:
    rules = []
    low = None
    for i, high in enumerate(list(bounds) + [None]):
        if low is None:
            label, expression = tr("up to {0} {1}").format(number_text(high), unit), f'"{field}" <= {high}'
        elif high is None:
            label, expression = tr("over {0} {1}").format(number_text(low), unit), f'"{field}" > {low}'
        else:
            label, expression = (
                tr("{0}–{1} {2}").format(number_text(low), number_text(high), unit),
                f'"{field}" > {low} AND "{field}" <= {high}',
            )
        rules.append((label, expression, _SEQUENTIAL[i], width))
        low = high
    return rules


def _links(layer):
    ratio = [
        (tr("Bridge: no alternative route"), '"is_bridge" = 1', "#b2182b", 1.4),
        (tr("One-way, no way back"), '"no_way_back" = 1', "#762a83", 1.0),
    ]
    bounds = ((1.5, "#2166ac"), (3, "#67a9cf"), (10, "#f4a582"), (None, "#d6604d"))
    low = None
    for high, color in bounds:
        if low is None:
            ratio.append(
                (tr("Detour ratio up to {0}").format(number_text(high)), f'"detour_ratio" <= {high}', color, 0.5)
            )
        elif high is None:
            ratio.append((tr("Detour ratio over {0}").format(number_text(low)), f'"detour_ratio" > {low}', color, 0.9))
        else:
            ratio.append(
                (
                    tr("Detour ratio {0}–{1}").format(number_text(low), number_text(high)),
                    f'"detour_ratio" > {low} AND "detour_ratio" <= {high}',
                    color,
                    0.7,
                )
            )
        low = high
    ratio.append((tr("Other links"), "", "#bdbdbd", 0.3))
    return _rules(layer, ratio)


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
