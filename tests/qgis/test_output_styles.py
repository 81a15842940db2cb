"""The styles of every algorithm output (network, categories of other results, public transport), symbol by symbol.

`data/output_styles.json` holds what the styling code drew before its three modules were made to share one symbol
and legend helper (main at bc37b45): every legend entry's label, filter or value, and each symbol layer's type and
properties, for every style on the geometry types it is used with, in Swedish. A change to any colour, width, size,
transparency, outline, filter or label fails here. Some entries are also checked by hand below, so that the file is
not the only witness.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from qgis.core import QgsCategorizedSymbolRenderer, QgsRuleBasedRenderer, QgsVectorLayer

from samplan.qgis_adapter.network_styles import style_network_layer
from samplan.qgis_adapter.result_styles import apply_result_style
from samplan.qgis_adapter.transit_styles import style_transit_layer

from .conftest import memory_layer

GOLDEN = Path(__file__).parent / "data" / "output_styles.json"
WKT = {"Point": "POINT(0 0)", "LineString": "LINESTRING(0 0, 10 0)", "Polygon": "POLYGON((0 0, 10 0, 10 10, 0 0))"}
NETWORK = {
    "links": ("LineString", "field=is_bridge:integer&field=no_way_back:integer&field=detour_ratio:double", [0, 0, 2.0]),
    "articulation": ("Point", "field=node:integer", [1]),
    "accessibility": ("Point", "field=time_min:double&field=dist_km:double", [12.5, 3.0]),
    "accessibility_polygons": ("Polygon", "field=time_min:double&field=dist_km:double", [12.5, 3.0]),
    "accessibility_distance": ("Point", "field=time_min:double&field=dist_km:double", [None, 3.0]),
    "disruption_areas": (
        "Polygon",
        "field=pop_cut_off:double&field=pop_delayed:double&field=links_closed:integer",
        [1.0, 0.0, 1],
    ),
    "disruption_features": ("Point", "field=keeps_route:integer", [0]),
    "disruption_features_polygons": ("Polygon", "field=keeps_route:integer", [0]),
    "disruption_closed": ("LineString", "field=link_id:integer", [1]),
}
RESULTS = {
    "regions": ("Polygon", "field=region_name:string", [["Älvstad"], ["Norrby"], ["Sörby"]]),
    "zone_regions": ("Polygon", "field=region_name:string", [["Älvstad"], ["Norrby"]]),
    "changes": ("Polygon", "field=change:string", [["added"], ["removed"], ["category_changed"]]),
    "changes_lines": ("LineString", "field=change:string", [["added"], ["removed"]]),
    "changes_points": ("Point", "field=change:string", [["added"]]),
}
TRANSIT = {
    "origins": ("Point", "field=median_min:double", [20.0]),
    "origins_polygons": ("Polygon", "field=median_min:double", [20.0]),
    "stops": ("Point", "field=frequency_class:integer", [2]),
    "change": (
        "Point",
        "field=median_min_change:double&field=median_min_before:double&field=median_min_after:double",
        [-5.0, 20.0, 15.0],
    ),
}


def _layer(geometry: str, fields: str, rows: list) -> QgsVectorLayer:
    rows = rows if isinstance(rows[0], list) else [rows]
    return memory_layer(geometry, fields, [(WKT[geometry], row) for row in rows], "styled")


def _symbol(symbol) -> list:
    return [[layer.layerType(), dict(sorted(layer.properties().items()))] for layer in symbol.symbolLayers()]


def describe(layer: QgsVectorLayer) -> list:
    """Every legend entry of the layer's renderer: label, filter (or category value) and symbol layers."""
    renderer = layer.renderer()
    if isinstance(renderer, QgsRuleBasedRenderer):
        return [
            {"label": r.label(), "filter": r.filterExpression(), "else": r.isElse(), "symbol": _symbol(r.symbol())}
            for r in renderer.rootRule().children()
        ]
    assert isinstance(renderer, QgsCategorizedSymbolRenderer), renderer.type()
    return [{"field": renderer.classAttribute()}] + [
        {"label": c.label(), "value": c.value(), "symbol": _symbol(c.symbol())} for c in renderer.categories()
    ]


def styled_outputs() -> dict[str, list]:
    from samplan.i18n.translation import install_translator, remove_translators

    drawn = {}
    assert install_translator("sv")
    try:
        for name, (geometry, fields, rows) in NETWORK.items():
            layer = _layer(geometry, fields, rows)
            style_network_layer(layer, name.split("_polygons")[0].split("_distance")[0])
            drawn[f"network:{name}"] = describe(layer)
        for name, (geometry, fields, rows) in RESULTS.items():
            layer = _layer(geometry, fields, rows)
            assert apply_result_style(layer, name.split("_lines")[0].split("_points")[0])
            drawn[f"result:{name}"] = describe(layer)
        for name, (geometry, fields, rows) in TRANSIT.items():
            layer = _layer(geometry, fields, rows)
            style_transit_layer(layer, name.split("_polygons")[0])
            drawn[f"transit:{name}"] = describe(layer)
    finally:
        remove_translators()
    return json.loads(json.dumps(drawn))  # as the file holds it (tuples as lists)


@pytest.fixture(scope="module")
def drawn(qgis_app):
    return styled_outputs()


def test_every_output_style_is_drawn_as_before(drawn):
    expected = json.loads(GOLDEN.read_text(encoding="utf-8"))
    assert sorted(drawn) == sorted(expected)
    for key in expected:
        assert drawn[key] == expected[key], key


def _entry(drawn, key: str, label: str) -> dict:
    return next(e for e in drawn[key] if e.get("label") == label)


def test_some_symbols_by_hand(drawn):
    # A bridge: a dark red line 1.4 mm wide, the widest of the links' legend.
    bridge = _entry(drawn, "network:links", "Brygga: ingen alternativ väg")
    assert bridge["filter"] == '"is_bridge" = 1'
    assert bridge["symbol"][0][1]["line_color"].startswith("178,24,43,255")
    assert float(bridge["symbol"][0][1]["line_width"]) == 1.4
    # The else entry of the links is grey and thin.
    other = drawn["network:links"][-1]
    assert other["else"] and float(other["symbol"][0][1]["line_width"]) == 0.3
    # A disruption area is filled with its colour and outlined in grey, 0.1 mm.
    cut_off = drawn["network:disruption_areas"][0]["symbol"][0][1]
    assert cut_off["color"].startswith("215,48,31,255") and cut_off["outline_color"].startswith("99,99,99,255")
    assert float(cut_off["outline_width"]) == 0.1
    # Regions: see-through fills (alpha 140) in ColorBrewer's Set3, in the order of their names.
    regions = drawn["result:regions"]
    assert regions[0] == {"field": "region_name"}
    assert [c["value"] for c in regions[1:]] == ["Norrby", "Sörby", "Älvstad"]
    assert regions[1]["symbol"][0][1]["color"].startswith("141,211,199,140")
    # A change line is 0.3 mm wide and opaque; labels in words.
    added = drawn["result:changes_lines"][1]
    assert added["label"] != "added" and added["symbol"][0][1]["line_color"].startswith("215,48,39,255")
    assert float(added["symbol"][0][1]["line_width"]) == 0.3
    # Public transport stops grow with their frequency class: 1.2 + 0.8 k mm.
    sizes = [float(e["symbol"][0][1]["size"]) for e in drawn["transit:stops"]]
    assert sizes == pytest.approx([1.2 + 0.8 * k for k in range(5)])
