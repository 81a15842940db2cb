"""The picked conflict on the map: the plan feature, the theme feature and their overlap (the conflict's own
geometry) each drawn its own way, none hiding the others, and a zoom that keeps the surroundings in view. Features of
layers that ask a server (shared results in PostGIS) are read in a task, never in the GUI thread."""

from __future__ import annotations

from dataclasses import dataclass

from qgis.core import (
    QgsApplication,
    QgsCoordinateTransform,
    QgsFeature,
    QgsFeatureRequest,
    QgsGeometry,
    QgsProject,
    QgsRectangle,
    QgsTask,
    QgsVectorLayer,
    QgsVectorLayerFeatureSource,
)
from qgis.gui import QgsHighlight
from qgis.PyQt.QtGui import QColor

from ..i18n.translation import tr

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
# Providers that ask a server for a feature: read in a task.
SERVER_PROVIDERS = ("postgres", "mssql", "oracle", "hana", "WFS", "oapif", "arcgisfeatureserver")


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
        self._picked = 0  # which show() a task's answer belongs to
        self.task: QgsTask | None = None

    def clear(self) -> None:
        for item in self.shown:
            item.highlight.hide()
            scene = item.highlight.scene()
            if scene is not None:
                scene.removeItem(item.highlight)
        self.shown = []
        self._picked += 1  # an answer still under way is for a pick that is gone

    def show(self, parts: list[tuple[str, QgsVectorLayer, int]]) -> QgsTask | None:
        """Draws the parts and zooms to the plan feature and the overlap. Where a part's layer asks a server, its
        feature is read in a task (returned) and everything is drawn when it is back; a newer `show` or `clear`
        meanwhile wins."""
        self.clear()
        self._picked += 1
        picked = self._picked
        geometries = {}
        remote = []
        for name, layer, fid in parts:
            if layer.providerType() in SERVER_PROVIDERS:
                remote.append((name, fid, QgsVectorLayerFeatureSource(layer)))  # a copy of the source: no server yet
            else:
                geometries[name] = _geometry(layer.getFeature(fid))
        if not remote:
            self._draw(parts, geometries)
            return None

        def read(exception, found=None):
            if picked == self._picked and exception is None:
                self._draw(parts, {**geometries, **dict(found or [])})

        self.task = QgsTask.fromFunction(
            tr("Samplan: reading the picked conflict"), _read_remote, remote, on_finished=read
        )
        QgsApplication.taskManager().addTask(self.task)
        return self.task

    def _draw(self, parts: list[tuple[str, QgsVectorLayer, int]], geometries: dict) -> None:
        destination = self.canvas.mapSettings().destinationCrs()
        zoom: QgsRectangle | None = None
        for part in ORDER:
            for name, layer, fid in parts:
                if name != part or geometries.get(name) is None:
                    continue
                geometry = QgsGeometry(geometries[name])
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
            return
        margin = max(zoom.width(), zoom.height()) * MARGIN
        zoom.grow(max(margin, MIN_MARGIN_M))
        self.canvas.setExtent(zoom)
        self.canvas.refresh()

    def colours(self) -> dict[str, tuple[str, str]]:
        """The outline and fill colour of each part shown (for tests and the legend)."""
        return {item.part: STYLES[item.part][:2] for item in self.shown}


def _geometry(feature: QgsFeature) -> QgsGeometry | None:
    return QgsGeometry(feature.geometry()) if feature.isValid() and feature.hasGeometry() else None


def _read_remote(_task, remote: list[tuple[str, int, QgsVectorLayerFeatureSource]]) -> list[tuple[str, object]]:
    """Run in a task: each (part, fid, source)'s geometry (None where the feature has none)."""
    found = []
    for name, fid, source in remote:
        feature = QgsFeature()
        source.getFeatures(QgsFeatureRequest(fid)).nextFeature(feature)
        found.append((name, _geometry(feature)))
    return found
