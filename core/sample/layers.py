"""The sample region's written layers (name, geometry type, role, title) and their frames in SWEREF 99 TM."""

from __future__ import annotations

from ..rules import THEME_ROLES

from dataclasses import dataclass

import numpy as np
import pandas as pd
import shapely

from .geometry import Features, Region, largest_polygon
from .layout import DECIMALS, ORIGIN_X, ORIGIN_Y, PRECISION_M

LAYER_SPEC: dict[str, tuple[str, str, str]] = {
    "kommuner": ("Polygon", "boundaries", "Kommuner"),
    "lan": ("Polygon", "boundaries", "Län"),
    "tatorter": ("Polygon", "settlement", "Tätorter"),
    "byggnader": ("Polygon", "settlement", "Byggnader"),
    "befolkning_250m": ("Polygon", "settlement", "Befolkning per 250 m-ruta"),
    "vagar": ("LineString", "infrastructure", "Vägar"),
    "farligt_gods": ("LineString", "infrastructure", "Rekommenderade vägar för farligt gods"),
    "jarnvag": ("LineString", "infrastructure", "Järnväg"),
    "stationer": ("Point", "infrastructure", "Stationer"),
    "hallplatser": ("Point", "infrastructure", "Busshållplatser"),
    "naturreservat": ("Polygon", "green-blue", "Naturreservat"),
    "natura2000": ("Polygon", "green-blue", "Natura 2000-områden"),
    "grona_kilar": ("Polygon", "green-blue", "Gröna kilar"),
    "ekologiska_samband": ("LineString", "green-blue", "Ekologiska samband"),
    "sjoar": ("Polygon", "green-blue", "Sjöar"),
    "vattendrag": ("LineString", "green-blue", "Vattendrag"),
    "oversvamning_100ar": ("Polygon", "green-blue", "Översvämning vid 100-årsflöde"),
    "strandskydd": ("Polygon", "green-blue", "Strandskydd"),
    "jordbruksmark": ("Polygon", "green-blue", "Jordbruksmark"),
    "vattenskydd": ("Polygon", "green-blue", "Vattenskyddsområden"),
    "riksintressen": ("Polygon", "other", "Riksintressen"),
    "plan_a_omraden": ("Polygon", "plan", "Planförslag A, områden"),
    "plan_b_omraden": ("Polygon", "plan", "Planförslag B, områden"),
    "plan_a_strak": ("LineString", "plan", "Planförslag A, stråk"),
    "plan_b_strak": ("LineString", "plan", "Planförslag B, stråk"),
}
"""Each written layer: geometry type, role and Swedish title (tables are added after these)."""


def theme_layers_by_role() -> dict[str, list[str]]:
    """The sample region's theme layers grouped by role, as the conflict check takes them."""
    grouped: dict[str, list[str]] = {}
    for name, (_geometry_type, role, _title) in LAYER_SPEC.items():
        if role in THEME_ROLES:
            grouped.setdefault(role, []).append(name)
    return grouped


@dataclass(frozen=True)
class SampleLayer:
    name: str  # GeoPackage layer name, ASCII snake case
    geometry_type: str | None  # "Point" | "LineString" | "Polygon" | ...; None for a table
    frame: pd.DataFrame  # 'fid' (int64, 1..n), attribute columns, 'geometry' (absent for tables)
    role: str | None  # "settlement" | "infrastructure" | "green-blue" | "other" | "plan" | "boundaries" | None
    title_sv: str  # human title, Swedish


def layer_frames(region: Region, features: dict[str, Features]) -> dict[str, SampleLayer]:
    """Every layer of LAYER_SPEC moved to SWEREF 99 TM, rounded to 1 mm, as frames."""
    layers: dict[str, SampleLayer] = {}
    offset = np.array([ORIGIN_X, ORIGIN_Y])
    for name, (geometry_type, role, title) in LAYER_SPEC.items():
        region.checkpoint()
        feats = features[name]
        moved = shapely.transform(feats.geometry_array(), lambda xy: xy + offset)
        # Rounding the coordinates is enough for these shapes and far faster than a precision overlay;
        # only a geometry that rounding made invalid goes through GEOS' precision reducer.
        geoms = shapely.transform(moved, lambda xy: np.round(xy, DECIMALS))
        broken = ~shapely.is_valid(geoms)
        if broken.any():
            geoms[broken] = shapely.set_precision(moved[broken], PRECISION_M)
        if geometry_type == "Polygon":
            geoms = (
                np.array([largest_polygon(g) for g in geoms], dtype=object)
                if np.any(shapely.get_type_id(geoms) != 3)
                else geoms
            )
        frame = pd.DataFrame({"fid": np.arange(1, feats.count + 1, dtype=np.int64)})
        for column in feats.columns:
            values = feats.column(column)
            if values.dtype.kind in "iu":
                frame[column] = values.astype(np.int64)
            elif values.dtype.kind == "f":
                frame[column] = values.astype(np.float64)
            else:
                frame[column] = pd.Series(values.astype(str), dtype=object)
        frame["geometry"] = pd.Series(geoms, dtype=object)
        layers[name] = SampleLayer(name, geometry_type, frame, role, title)
    return layers
