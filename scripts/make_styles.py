"""Builds the conflict layer styles in resources/styles/ (run once by a developer; the QML files are committed)."""

from __future__ import annotations

import sys
from pathlib import Path

from qgis.core import (
    QgsApplication,
    QgsCategorizedSymbolRenderer,
    QgsProperty,
    QgsSingleSymbolRenderer,
    QgsSymbolLayer,
    QgsRendererCategory,
    QgsSymbol,
    QgsVectorLayer,
)
from qgis.PyQt.QtGui import QColor

SEVERITY_COLOURS = {"conflict": "#d7191c", "warning": "#fdae61", "opportunity": "#1a9641"}
SEVERITY_LABELS = {
    "conflict": "Conflict",
    "warning": "Warning",
    "opportunity": "Opportunity",
}
OUT = Path(__file__).resolve().parent.parent / "resources" / "styles"


def main() -> None:
    app = QgsApplication([], False)
    app.initQgis()
    OUT.mkdir(parents=True, exist_ok=True)
    for kind, uri in (("area", "MultiPolygon"), ("line", "MultiLineString"), ("point", "MultiPoint")):
        layer = QgsVectorLayer(f"{uri}?crs=EPSG:3006&field=severity:string", kind, "memory")
        categories = []
        for level, (severity, colour) in enumerate(reversed(SEVERITY_COLOURS.items())):
            symbol = QgsSymbol.defaultSymbol(layer.geometryType())
            symbol.symbolLayer(0).setRenderingPass(level)  # conflicts drawn last, on top
            symbol.setColor(QColor(colour))
            if kind == "area":
                symbol.setOpacity(0.75)
                symbol.symbolLayer(0).setStrokeColor(QColor(colour).darker(150))
                symbol.symbolLayer(0).setStrokeWidth(0.4)
            elif kind == "line":
                symbol.setWidth(1.2)
            else:
                symbol.setSize(3.2)
            categories.append(QgsRendererCategory(severity, symbol, SEVERITY_LABELS[severity]))
        renderer = QgsCategorizedSymbolRenderer("severity", list(reversed(categories)))
        renderer.setUsingSymbolLevels(True)
        layer.setRenderer(renderer)
        message, ok = layer.saveNamedStyle(str(OUT / f"conflicts_{kind}.qml"))
        print(kind, ok, message)
    commuting_flows_style()
    app.exitQgis()


def commuting_flows_style() -> None:
    """Flow lines whose width grows with the field 'flow' (0.2 to 8 mm, by the square root so that areas compare)."""
    layer = QgsVectorLayer("LineString?crs=EPSG:3006&field=flow:double", "flows", "memory")
    symbol = QgsSymbol.defaultSymbol(layer.geometryType())
    symbol.setColor(QColor(33, 102, 172, 170))
    line = symbol.symbolLayer(0)
    line.setPenCapStyle(0x20)  # Qt.RoundCap
    line.setDataDefinedProperty(
        QgsSymbolLayer.Property.StrokeWidth,
        QgsProperty.fromExpression('coalesce(scale_exp("flow", 0, maximum("flow"), 0.2, 8, 0.5), 0.2)'),
    )
    renderer = QgsSingleSymbolRenderer(symbol)
    renderer.setOrderByEnabled(True)
    from qgis.core import QgsFeatureRequest

    renderer.setOrderBy(QgsFeatureRequest.OrderBy([QgsFeatureRequest.OrderByClause('"flow"', True)]))
    layer.setRenderer(renderer)
    message, ok = layer.saveNamedStyle(str(OUT / "commuting_flows.qml"))
    print("commuting_flows", ok, message)


if __name__ == "__main__":
    sys.exit(main())
