"""The picked conflict on the map: the plan feature, the theme feature and their overlap (the conflict's own
geometry) each drawn its own way, none hiding the others, and a zoom that keeps the surroundings in view."""

from __future__ import annotations

from dataclasses import dataclass

from qgis.core import (
    QgsCoordinateTransform,
    QgsGeometry,
    QgsProject,
    QgsRectangle,
    QgsVectorLayer,
)
from qgis.gui import QgsHighlight
from qgis.PyQt.QtGui import QColor

# (outline colour, fill colour, outline width in pixels): outlines only for the two features, so that what lies under
# them stays visible; the overlap filled, half transparent, and drawn last (on top).
STYLES = {
    "plan": ("#1f5fbf", "#00000000", 3),  # the plan feature: a blue outline
    "theme": ("#1a8a3a", "#00000000", 4),  # the theme feature: a green outline, wider
    "overlap": ("#b0006e", "#80e0159a", 1),  # the conflict itself: a magenta fill
}
ORDER = ("theme", "plan", "overlap")
# The zoom: the plan feature and the conflict, with this share of their size around them (at least MIN_MARGIN_M).
MARGIN = 0.6
MIN_MARGIN_M = 400.0


@dataclass
class Shown:
    part: str  # "plan", "theme" or "overlap"
    layer: QgsVectorLayer
    fid: int
    highlight: QgsHighlight


class ConflictHighlights:
    """`show(parts)` draws the given (part, layer, fid) on the canvas instead of what it drew before; `clear()`."""

    def __init__(self, canvas, project: QgsProject) -> None:
        self.canvas = canvas
        self.project = project
        self.shown: list[Shown] = []

    def clear(self) -> None:
        for item in self.shown:
            item.highlight.hide()
            scene = item.highlight.scene()
            if scene is not None:
                scene.removeItem(item.highlight)
        self.shown = []

    def show(self, parts: list[tuple[str, QgsVectorLayer, int]]) -> QgsRectangle | None:
        """Draws the parts and zooms to the plan feature and the overlap; returns the canvas's new extent."""
        self.clear()
        destination = self.canvas.mapSettings().destinationCrs()
        zoom: QgsRectangle | None = None
        for part in ORDER:
            for name, layer, fid in parts:
                if name != part:
                    continue
                feature = layer.getFeature(fid)
                if not feature.hasGeometry():
                    continue
                geometry = QgsGeometry(feature.geometry())
                highlight = QgsHighlight(self.canvas, geometry, layer)
                outline, fill, width = STYLES[part]
                highlight.setColor(QColor(outline))
                highlight.setFillColor(QColor(fill))
                highlight.setWidth(width)
                highlight.show()
                self.shown.append(Shown(part, layer, fid, highlight))
                if part in ("plan", "overlap"):
                    geometry.transform(QgsCoordinateTransform(layer.crs(), destination, self.project))
                    box = geometry.boundingBox()
                    if zoom is None:
                        zoom = box
                    else:
                        zoom.combineExtentWith(box)
        if zoom is None:
            return None
        margin = max(zoom.width(), zoom.height()) * MARGIN
        zoom.grow(max(margin, MIN_MARGIN_M))
        self.canvas.setExtent(zoom)
        self.canvas.refresh()
        return self.canvas.extent()

    def colours(self) -> dict[str, tuple[str, str]]:
        """The outline and fill colour of each part shown (for tests and the legend)."""
        return {item.part: STYLES[item.part][:2] for item in self.shown}
