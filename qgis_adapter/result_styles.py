"""Styles for the layers Samplan's algorithms add to the project: a room reads the result at once (regions
coloured apart, changes by kind). The network outputs have their own styles (qgis_adapter/network_styles.py); both
are made of the symbols of qgis_adapter/symbols.py."""

from __future__ import annotations

from pathlib import Path

from qgis.core import QgsCategorizedSymbolRenderer, QgsRendererCategory, QgsVectorLayer

from ..i18n.labels import severity_label
from ..i18n.translation import tr
from .symbols import symbol

# Colours told apart at a glance (ColorBrewer's qualitative Set3), see-through over the map below.
PALETTE = (
    "#8dd3c7",
    "#fdb462",
    "#bebada",
    "#fb8072",
    "#80b1d3",
    "#b3de69",
    "#fccde5",
    "#ffffb3",
    "#bc80bd",
    "#ccebc5",
    "#ffed6f",
    "#d9d9d9",
)
CHANGE_COLOURS = {"added": "#d73027", "removed": "#4575b4", "category_changed": "#fdae61"}
FILL_ALPHA = 140
# Each style colours the categories of a field: (field, colours; a list in turn, or a colour per value).
RESULT_STYLES = {
    "regions": ("region_name", PALETTE),
    "zone_regions": ("region_name", PALETTE),
    "changes": ("change", CHANGE_COLOURS),
}


STYLES = Path(__file__).resolve().parent.parent / "resources" / "styles"


def apply_conflict_style(layer: QgsVectorLayer, kind: str) -> bool:
    """The conflict style of a kind (area, line, point) by severity, its legend in the user's language only
    ("Konflikt", not the style file's "Conflict"); False where the style file is missing."""
    qml = STYLES / f"conflicts_{kind}.qml"
    if not qml.exists():
        return False
    layer.loadNamedStyle(str(qml))
    renderer = layer.renderer()
    if isinstance(renderer, QgsCategorizedSymbolRenderer):
        for index, category in enumerate(renderer.categories()):
            renderer.updateCategoryLabel(index, severity_label(str(category.value())))
    layer.triggerRepaint()
    return True


def change_label(code: str) -> str:
    return {"added": tr("Added"), "removed": tr("Removed"), "category_changed": tr("Category changed")}.get(code, code)


def apply_result_style(layer: QgsVectorLayer, style: str) -> bool:
    """Give an algorithm's output layer its style; False (left as QGIS draws it) without geometry or the field."""
    if not isinstance(layer, QgsVectorLayer) or not layer.isSpatial() or style not in RESULT_STYLES:
        return False
    field, colours = RESULT_STYLES[style]
    index = layer.fields().lookupField(field)
    if index < 0:
        return False
    values = sorted(v for v in layer.uniqueValues(index) if v is not None)
    categories = []
    for number, value in enumerate(values):
        colour = colours.get(value, "#888888") if isinstance(colours, dict) else colours[number % len(colours)]
        label = change_label(value) if style == "changes" else str(value)
        categories.append(QgsRendererCategory(value, symbol(layer, colour, width=0.3, fill_alpha=FILL_ALPHA), label))
    layer.setRenderer(QgsCategorizedSymbolRenderer(field, categories))
    layer.triggerRepaint()
    return True
