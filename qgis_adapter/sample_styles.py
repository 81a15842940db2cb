"""Plain symbols for the sample region's layers, shared by the project the plugin opens and the demo map."""
from __future__ import annotations

from qgis.core import QgsFillSymbol, QgsLineSymbol, QgsMarkerSymbol, QgsSingleSymbolRenderer, QgsVectorLayer

SYMBOLS = {"fill": QgsFillSymbol, "line": QgsLineSymbol, "marker": QgsMarkerSymbol}
# Bottom to top, as a map of the region is drawn.
SAMPLE_STYLES: dict[str, tuple[str, dict[str, str]]] = {
    "jordbruksmark": ("fill", {"color": "#f3efc2", "outline_style": "no"}),
    "befolkning_250m": ("fill", {"color": "0,0,0,0", "outline_color": "#bdbdbd", "outline_width": "0.1"}),
    "grona_kilar": ("fill", {"color": "#cfe8c0", "outline_style": "no"}),
    "naturreservat": ("fill", {"color": "#9ccf8a", "outline_color": "#4d8a3a", "outline_width": "0.2"}),
    "natura2000": ("fill", {"color": "0,0,0,0", "outline_color": "#2e7d32", "outline_width": "0.4", "outline_style": "dash"}),
    "riksintressen": ("fill", {"color": "0,0,0,0", "outline_color": "#8c6bb1", "outline_width": "0.3", "outline_style": "dot"}),
    "strandskydd": ("fill", {"color": "166,206,227,60", "outline_style": "no"}),
    "oversvamning_100ar": ("fill", {"color": "#a6cee3", "outline_style": "no"}),
    "vattenskydd": ("fill", {"color": "0,0,0,0", "outline_color": "#1f78b4", "outline_width": "0.4", "outline_style": "dot"}),
    "sjoar": ("fill", {"color": "#6baed6", "outline_style": "no"}),
    "vattendrag": ("line", {"color": "#3182bd", "width": "0.8"}),
    "ekologiska_samband": ("line", {"color": "#41ab5d", "width": "0.6", "line_style": "dash"}),
    "tatorter": ("fill", {"color": "#d9d9d9", "outline_color": "#969696", "outline_width": "0.2"}),
    "byggnader": ("fill", {"color": "#737373", "outline_style": "no"}),
    "lan": ("fill", {"color": "0,0,0,0", "outline_color": "#252525", "outline_width": "0.8"}),
    "kommuner": ("fill", {"color": "0,0,0,0", "outline_color": "#525252", "outline_width": "0.6", "outline_style": "dash"}),
    "vagar": ("line", {"color": "#737373", "width": "0.3"}),
    "farligt_gods": ("line", {"color": "#e6550d", "width": "0.5", "line_style": "dash"}),
    "jarnvag": ("line", {"color": "#252525", "width": "0.6", "line_style": "dash"}),
    "hallplatser": ("marker", {"name": "circle", "color": "#fd8d3c", "size": "1.2", "outline_style": "no"}),
    "stationer": ("marker", {"name": "square", "color": "#252525", "size": "2"}),
    "plan_b_omraden": ("fill", {"color": "255,255,255,60", "outline_color": "#1f78b4", "outline_width": "0.5", "outline_style": "dash"}),
    "plan_b_strak": ("line", {"color": "#1f78b4", "width": "0.8", "line_style": "dash"}),
    "plan_a_omraden": ("fill", {"color": "255,255,255,90", "outline_color": "#6a3d9a", "outline_width": "0.5"}),
    "plan_a_strak": ("line", {"color": "#6a3d9a", "width": "0.8"}),
}


def style_sample_layer(layer: QgsVectorLayer, name: str | None = None) -> bool:
    """Give a sample region layer its symbol; False for a layer without one."""
    style = SAMPLE_STYLES.get(name or layer.name())
    if style is None:
        return False
    kind, properties = style
    layer.setRenderer(QgsSingleSymbolRenderer(SYMBOLS[kind].createSimple(properties)))
    return True
