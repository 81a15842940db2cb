"""The bundled sample region: a synthetic Swedish region, generated deterministically, with planted conflicts.

The region is a county ("Storå län", code 99) of six municipalities around the river Storån. The river runs
west to east through the regional centre Älvstad (about 40,000 inhabitants) and splits east of it around the
island Holmen, reachable only by the bridge Holmbron. A motorway (E99) passes south of the centre, the
national road 96 runs north to south past it and the main railway runs through it with four stations. Lakes
carry 100 m shore protection, the river a 100-year flood zone, and three green wedges reach into the centre.

Two plan drafts, A and B, use the ÖP-modell categories. Their planted features hit axis-aligned theme
features on purpose, so that every expected measure is worked out with interval arithmetic here (not by a
GEOS overlay) and written to `planterade_konflikter`. Background plan features avoid every rule of severity
"conflict", so that the planted rows are the only conflicts of each draft.

All coordinates are built relative to the region's lower-left corner and moved to SWEREF 99 TM at the end,
then rounded to 1 mm. `scale` grows the region towards a county-sized benchmark: the extent's sides by
scale**0.25, background feature counts in proportion to scale; the hand-made core stays the same.

The module is plain Python over numpy, pandas, shapely 2 and scipy; it never imports QGIS.
"""
from __future__ import annotations

import math
from dataclasses import dataclass
from typing import Any, Callable, Sequence

import numpy as np
import pandas as pd
import shapely
from scipy.sparse import coo_matrix
from scipy.sparse.csgraph import connected_components, dijkstra, minimum_spanning_tree
from scipy.spatial import Delaunay, cKDTree
from shapely.geometry import LineString, Point, Polygon, box

from .progress import Cancelled
from .sample_nvdb import nvdb_roads

SAMPLE_CRS = "EPSG:3006"
ORIGIN_X = 430000.0
ORIGIN_Y = 6700000.0
CORE_WIDTH = 60000.0
CORE_HEIGHT = 40000.0
PRECISION_M = 0.001
_DECIMALS = 3          # PRECISION_M as decimals of a metre


class SampleRegionCancelled(Cancelled):
    """Raised between generation steps when the caller's is_cancelled() turns true."""


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
        if role in ("settlement", "infrastructure", "green-blue", "other"):
            grouped.setdefault(role, []).append(name)
    return grouped


@dataclass(frozen=True)
class SampleLayer:
    name: str                  # GeoPackage layer name, ASCII snake case
    geometry_type: str | None  # "Point" | "LineString" | "Polygon" | ...; None for a table
    frame: pd.DataFrame        # 'fid' (int64, 1..n), attribute columns, 'geometry' (absent for tables)
    role: str | None           # "settlement" | "infrastructure" | "green-blue" | "other" | "plan" | "boundaries" | None
    title_sv: str              # human title, Swedish


def sample_extent(scale: float = 1.0) -> tuple[float, float, float, float]:
    """(xmin, ymin, xmax, ymax) of the region at `scale`, in SWEREF 99 TM."""
    width, height = _extent_size(scale)
    return ORIGIN_X, ORIGIN_Y, ORIGIN_X + width, ORIGIN_Y + height


def _extent_size(scale: float) -> tuple[float, float]:
    # Whole metres, so that rounding coordinates to 1 mm can never push them over the edge.
    side = _side_factor(scale)
    return float(round(CORE_WIDTH * side)), float(round(CORE_HEIGHT * side))


def build_sample_region(seed: int = 2026, scale: float = 1.0,
                        progress: Callable[[float], None] | None = None,
                        is_cancelled: Callable[[], bool] | None = None) -> dict[str, SampleLayer]:
    """Build every layer of the sample region in memory; see docs/dev/sample_region_spec.md."""
    if not (isinstance(scale, (int, float)) and math.isfinite(scale) and scale >= 1.0):
        raise ValueError(f"scale must be a number >= 1, got {scale!r}")
    builder = _RegionBuilder(int(seed), float(scale))

    def checkpoint() -> None:
        if is_cancelled is not None and is_cancelled():
            raise SampleRegionCancelled("building the sample region was cancelled")

    # Long steps (buildings of a county, rounding a million polygons) also look in between.
    builder.checkpoint = checkpoint
    steps: list[tuple[Callable[[], None], float]] = [
        (builder.build_skeleton, 1), (builder.build_towns, 2), (builder.build_water, 4),
        (builder.build_nature, 6), (builder.build_roads, 14), (builder.build_transit, 3),
        (builder.build_buildings, 22), (builder.build_population, 6), (builder.build_boundaries, 4),
        (builder.build_plans, 8), (builder.finalise, 30),
    ]
    total = sum(weight for _, weight in steps)
    done = 0.0
    if progress:
        progress(0.0)
    for step, weight in steps:
        checkpoint()
        step()
        done += weight
        if progress:
            progress(100.0 * done / total)
    return builder.layers


# --------------------------------------------------------------------------------------------------
# The hand-made core, in metres from the lower-left corner. Integer coordinates keep the planted
# measures exact.

_ROAD_MOTORWAY = "motorväg"
_ROAD_NATIONAL = "nationell väg"
_ROAD_REGIONAL = "regional väg"
_ROAD_LOCAL = "lokal väg"

# River anchors: (point, meander amplitude of the leg starting here, flood zone half-width of that leg).
_RIVER_MAIN: list[tuple[tuple[float, float], float, float]] = [
    ((0, 24500), 350, 400), ((6000, 23600), 250, 350),
    ((9400, 22900), 0, 300),      # straight: Västerbron
    ((10600, 22600), 250, 400), ((14000, 21500), 300, 450), ((20000, 20500), 200, 300),
    ((25000, 19500), 0, 150),     # embanked through Älvstad: Centrumbron
    ((31000, 19500), 0, 200),     # Rv 96 bridge
    ((34000, 18000), 150, 400),
    ((37000, 18000), 0, 500),     # planted flood reach (draft A)
    ((43000, 18000), 150, 400),
    ((46000, 18000), 0, 250),     # north arm around Holmen
    ((48000, 19600), 0, 250),     # planted flood reach (draft B), Holmbron
    ((53000, 19600), 0, 250),
    ((55000, 18000), 0, 350),     # Österbron
    ((60000, 17200), 0, 0),
]
_RIVER_SOUTH_ARM: list[tuple[tuple[float, float], float, float]] = [
    ((46000, 18000), 0, 300), ((48000, 16400), 120, 300), ((53000, 16400), 0, 300), ((55000, 18000), 0, 0),
]
_PLANTED_FLOOD_LEG_A = 9    # index of the leg in _RIVER_MAIN
_PLANTED_FLOOD_LEG_B = 12
_FLOOD_RECT_A = (37000, 17500, 43000, 18500)
_FLOOD_RECT_B = (48000, 19350, 53000, 19850)

# Bridges: (name, x, category, road number); each is a vertical road crossing a straight river leg.
_BRIDGES = [("Västerbron", 10000, _ROAD_REGIONAL, "601"), ("Centrumbron", 28000, _ROAD_LOCAL, ""),
            ("Holmbron", 50500, _ROAD_REGIONAL, "603"), ("Österbron", 57500, _ROAD_REGIONAL, "602")]

_MOTORWAY = [(0, 11000), (6000, 11600), (12000, 12500), (17000, 13800), (22000, 15000), (27000, 15000),
             (32500, 15000), (40000, 15000), (45000, 14200), (50000, 13500), (55000, 13200), (60000, 13000)]
_RV96 = [(32500, 0), (32500, 5000), (32500, 10000), (32500, 15000), (32500, 17200), (32500, 18650),
         (32500, 18850), (32500, 21500), (32500, 24000), (32500, 26000), (31250, 30000), (30000, 34000),
         (29500, 37000), (29000, 40000)]
_RV97 = [(14000, 31000), (16000, 29500), (18000, 28000), (20000, 26250), (22000, 24500), (24000, 22850),
         (26000, 21200)]
_RAILWAY = [(0, 30000), (7000, 30000), (14000, 30000), (19000, 25150), (24000, 20300), (25000, 20300),
            (31000, 20300), (34000, 20300), (39000, 21650), (44000, 23000), (48000, 23500), (52000, 24000),
            (56000, 24500), (60000, 25000)]
_STATIONS = [("Norrsjö", (14000, 30000)), ("Älvstad C", (28000, 20300)), ("Mellanby", (40000, 21920)),
             ("Österå", (52000, 24000))]
_HSR_CORRIDOR_Y = (37000, 37500)

# name, centre, population, regional centre?
_CORE_TOWNS = [
    ("Älvstad", (28000, 20000), 40000, True), ("Norrsjö", (14000, 31000), 9000, False),
    ("Österå", (52000, 24500), 7000, False), ("Västerby", (8000, 17000), 6500, False),
    ("Sörby", (40000, 8000), 4500, False), ("Mellanby", (40000, 22400), 2500, False),
    ("Ekeby", (24000, 35500), 1200, False), ("Åby", (20000, 9000), 900, False),
    ("Holmby", (50500, 18000), 800, False), ("Torpa", (45000, 29500), 800, False),
    ("Lunda", (45000, 34000), 700, False), ("Kvarnby", (36000, 11000), 700, False),
    ("Bäckby", (16500, 24000), 600, False), ("Nyby", (4000, 26500), 600, False),
    ("Berga", (5000, 36500), 500, False), ("Dalby", (12000, 4000), 500, False),
    ("Skogsby", (57000, 6000), 400, False),
]
_MUNICIPALITIES = [("9901", "Älvstad", (28000, 20000)), ("9902", "Norrsjö", (13000, 31000)),
                   ("9903", "Västerby", (8000, 14000)), ("9904", "Österå", (52000, 25000)),
                   ("9905", "Sörby", (42000, 7000)), ("9906", "Ekeby", (26000, 35000))]
_COUNTY = ("99", "Storå län")

# Lakes with a planted shore: Norrsjön has a straight (dammed) south shore at y = 31500 for x 8000..12000.
_NORRSJON_SHORE = (8000, 12000, 31500)
_VATTENSJON = ((38500, 28500), 1000)

# Planted theme features (axis-aligned, so the planted measures are interval products).
_NR_KVARNSKOGEN = (16000, 33000, 19000, 35500)
_N2000_KVARNSKOGEN = (17500, 32000, 20500, 34500)
_WATER_VATTENSJON = (35500, 25500, 41500, 31500)
_AIRPORT = (44000, 8000, 47500, 10000)
_RI_NATURE_DALBY = (2000, 2000, 9000, 8000)
_FARMLAND_VASTERBY = (4000, 14500, 7000, 16500)
_TERRACE_HOUSE = (39400, 7700, 39550, 7712)   # bostad, 150 m long row of terraced houses in Sörby
# Green wedges: convex, tips 2 km from Älvstad's centre (inside its tätort whatever its outline).
_WEDGES = [("Norra kilen", [(24500, 30000), (27300, 21900), (28300, 21900), (29500, 30000)]),
           ("Västra kilen", [(17000, 17500), (26000, 19800), (26000, 20800), (17000, 23500)]),
           ("Södra kilen", [(25000, 9000), (31000, 9000), (28500, 18000), (27500, 18000)])]
_ECO_LINKS = [("Vattensjö–Lunda", [(43000, 26500), (48000, 26500), (48000, 28000), (43500, 28000)]),
              ("Västra skogssambandet", [(16000, 25800), (24000, 24800)])]


@dataclass(frozen=True)
class _PlanArea:
    number: int
    name: str
    category: str
    rect: tuple[float, float, float, float]


_MIXED = "Mångfunktionell bebyggelse"
_HOUSING = "Sammanhängande bostadsbebyggelse"
_INDUSTRY = "Verksamheter och industri"
_TRANSPORT = "Transportinfrastruktur"
_TECHNICAL = "Teknisk anläggning"
_FARMING = "Areell näring"
_PARK = "Grönområde och park"
_NATURE = "Natur och friluftsliv"
_RURAL = "Landsbygd"
_WATER = "Vatten"
_EXPANSION = "Utbyggnadsområde"
_EXPANSION_DIRECTION = "Utbyggnadsriktning"
_REGIONAL_CORE = "Regional kärna"
_GREEN_LINK = "Viktigt samband för natur och friluftsliv"
_DEVELOPMENT = (_MIXED, _HOUSING, _INDUSTRY, _EXPANSION, _TECHNICAL)

_PLANTED_A_AREAS = [
    _PlanArea(1, "Älvstad centrum, stationsområdet", _MIXED, (27500, 20340, 28500, 20950)),
    _PlanArea(2, "Norrsjö östra", _HOUSING, (18500, 31000, 19800, 33400)),
    _PlanArea(3, "Strandängen", _HOUSING, (39000, 18200, 40500, 19000)),
    _PlanArea(4, "Sjöängens verksamhetsområde", _INDUSTRY, (40500, 26000, 42500, 27500)),
    _PlanArea(5, "Sörby norra", _EXPANSION, (42500, 9000, 44800, 10500)),
    _PlanArea(6, "Motorvägsporten", _INDUSTRY, (35000, 15020, 37000, 15600)),
    _PlanArea(7, "Älvstad södra", _HOUSING, (23000, 15060, 26000, 16000)),
    _PlanArea(8, "Norrsjö strand", _HOUSING, (9000, 30900, 11000, 31440)),
    _PlanArea(9, "Västerby västra", _EXPANSION, (6000, 15500, 7500, 17500)),
    _PlanArea(10, "Dalby utbyggnad", _EXPANSION, (8200, 3500, 10000, 5000)),
    _PlanArea(11, "Sörby verkstadstomt", _INDUSTRY, (39410, 7250, 39540, 7650)),
]
# Draft B: Norrsjö östra moved out of the reserve, Strandängen kept as a park, Motorvägsporten moved back
# from the dangerous goods route; a new housing area at Holmby harbour reaches into the flood zone.
_PLANTED_B_CHANGES = {
    2: _PlanArea(2, "Norrsjö östra", _HOUSING, (18500, 29800, 19800, 31800)),
    3: _PlanArea(3, "Strandängen", _PARK, (39000, 18200, 40500, 19000)),
    6: _PlanArea(6, "Motorvägsporten", _INDUSTRY, (35000, 15120, 37000, 15700)),
}
_PLANTED_B_NEW_AREA = ("Holmby hamn", _HOUSING, (49000, 18800, 50000, 19450))
_PLANTED_LINES = [
    ("Västra länken", _TRANSPORT, ((20000, 17000), (20000, 26000))),
    ("Norra förbifarten", _TRANSPORT, ((22000, 27000), (31000, 27000))),
    ("Österleden", _TRANSPORT, ((46000, 21000), (46000, 30000))),
]
_OSTERLEDEN_B = ((49000, 21000), (49000, 30000))

_RULE_SEVERITY = {  # as in resources/rules/default_rules.csv
    "N2000-01": "conflict", "NR-01": "conflict", "FLOOD-01": "conflict", "SHORE-01": "warning",
    "AGRI-01": "warning", "WATER-01": "conflict", "RI-NAT-01": "warning", "RI-KOM-01": "conflict",
    "RAIL-01": "warning", "ROAD-01": "warning", "DG-01": "conflict", "DG-02": "warning",
    "STATION-GAP-01": "warning", "STOP-GAP-01": "warning", "STATION-OPP-01": "opportunity",
    "WEDGE-01": "warning", "ECO-01": "conflict", "IND-01": "warning",
}
_GAP_RULES = (("STATION-GAP-01", "stationer", None, 1000.0), ("STOP-GAP-01", "hallplatser", 40, 400.0))
_GAP_CATEGORIES = (_MIXED, _HOUSING, _EXPANSION)

# Background counts at scale 1; they grow in proportion to scale.
_PLAN_AREAS_PER_SCALE = 36
_PLAN_LINES_PER_SCALE = 6
_LAKES_PER_SCALE = 40
_RESERVES_PER_SCALE = 45
_NATURA_PER_SCALE = 30
_FARMLAND_PER_SCALE = 720
_ECO_LINKS_PER_SCALE = 25
_RI_PER_SCALE = 6
_RURAL_NODES_PER_SCALE = 200
_FARMS_PER_SCALE = 600
_EXTENSION_TOWNS_PER_SCALE = 30
_PERSONS_PER_BUILDING = 8.0    # residents per building in a small town; it sets a town's area
_PLOT_SPACING_M = 55.0

_PREFIXES = ["Björk", "Ek", "Lind", "Al", "Gran", "Tall", "Sjö", "Berg", "Dal", "Ås", "Mos", "Hag", "Kvarn",
             "Rön", "Hassel", "Sand", "Sten", "Vik", "Näs", "Bäck", "Mark", "Hed", "Torp", "Kärr", "Myr",
             "Ängs", "Löv", "Hög", "Lång", "Kull", "Hammar", "Mal", "Ör", "Hall", "Ulv", "Råg"]
_TOWN_SUFFIXES = ["by", "torp", "sta", "inge", "köping", "vik", "näs", "hult", "ryd", "fors", "holm", "lund",
                  "berga", "bo", "tuna", "åker"]
_NATURE_SUFFIXES = ["skogen", "mossen", "kärret", "åsen", "berget", "dalen", "hagen", "lunden", "myren",
                    "udden", "ängen", "branten"]
_LAKE_SUFFIXES = ["sjön", "tjärnen", "gölen", "träsket"]


def _persons_per_building(population: int) -> float:
    """Residents per building of any kind: more in a city of blocks of flats than in a village of houses."""
    return 11.0 if population >= 20000 else (_PERSONS_PER_BUILDING if population >= 4000 else 5.0)


def _side_factor(scale: float) -> float:
    return float(scale) ** 0.25


# --------------------------------------------------------------------------------------------------
# Analytic helpers for the planted measures: plain interval arithmetic, no GEOS.

Rect = tuple[float, float, float, float]


def _interval_overlap(a0: float, a1: float, b0: float, b1: float) -> float:
    return max(0.0, min(a1, b1) - max(a0, b0))


def _rect_overlap_area(a: Rect, b: Rect) -> float:
    return _interval_overlap(a[0], a[2], b[0], b[2]) * _interval_overlap(a[1], a[3], b[1], b[3])


def _rect_point_distance(rect: Rect, x: np.ndarray, y: np.ndarray) -> np.ndarray:
    dx = np.maximum.reduce([rect[0] - x, np.zeros_like(x), x - rect[2]])
    dy = np.maximum.reduce([rect[1] - y, np.zeros_like(y), y - rect[3]])
    return np.hypot(dx, dy)


def _strip_overlap_along_horizontal(rect: Rect, segment: tuple[tuple[float, float], tuple[float, float]],
                                    distance: float) -> float:
    """Area of rect ∩ buffer(segment, distance) for a horizontal segment spanning the rect's x-range."""
    (x0, y0), (x1, y1) = segment
    if y0 != y1 or not (min(x0, x1) + distance <= rect[0] and rect[2] <= max(x0, x1) - distance):
        raise AssertionError("planted strip must lie along a horizontal segment, away from its ends")
    return _rect_overlap_area(rect, (min(x0, x1), y0 - distance, max(x0, x1), y0 + distance))


def _chord_length(polygon: Sequence[tuple[float, float]], line: tuple[tuple[float, float], tuple[float, float]]) -> float:
    """Length of an axis-parallel segment inside a convex polygon, from the edge equations."""
    (ax, ay), (bx, by) = line
    vertical = ax == bx
    if not vertical and ay != by:
        raise AssertionError("planted corridor must be axis-parallel")
    level = ax if vertical else ay
    lo, hi = (min(ay, by), max(ay, by)) if vertical else (min(ax, bx), max(ax, bx))
    hits = []
    ring = list(polygon) + [polygon[0]]
    for (px, py), (qx, qy) in zip(ring[:-1], ring[1:]):
        u0, u1, v0, v1 = (px, qx, py, qy) if vertical else (py, qy, px, qx)
        if (u0 - level) * (u1 - level) <= 0 and u0 != u1:
            hits.append(v0 + (level - u0) * (v1 - v0) / (u1 - u0))
    if len(hits) < 2:
        return 0.0
    return _interval_overlap(min(hits), max(hits), lo, hi)


def _crossing_count(polyline: Sequence[tuple[float, float]], line: tuple[tuple[float, float], tuple[float, float]]) -> int:
    """Number of proper crossings of an axis-parallel segment with a polyline."""
    (ax, ay), (bx, by) = line
    vertical = ax == bx
    level = ax if vertical else ay
    lo, hi = (min(ay, by), max(ay, by)) if vertical else (min(ax, bx), max(ax, bx))
    count = 0
    for (px, py), (qx, qy) in zip(polyline[:-1], polyline[1:]):
        u0, u1, v0, v1 = (px, qx, py, qy) if vertical else (py, qy, px, qx)
        if (u0 - level) * (u1 - level) < 0:
            v = v0 + (level - u0) * (v1 - v0) / (u1 - u0)
            count += int(lo < v < hi)
    return count


# --------------------------------------------------------------------------------------------------
# Vectorised geometry makers.

def _blob_polygons(rng: np.random.Generator, cx: np.ndarray, cy: np.ndarray, radius: np.ndarray,
                   vertices: int = 16, roughness: float = 0.25, stretch: np.ndarray | None = None,
                   angle: np.ndarray | None = None) -> np.ndarray:
    """Irregular star-shaped polygons (always simple: radius > 0 at increasing angles)."""
    n = len(cx)
    theta = np.linspace(0.0, 2.0 * np.pi, vertices, endpoint=False)
    harmonics = np.array([2.0, 3.0, 5.0])
    weights = rng.uniform(0.2, 1.0, (n, 3))
    weights /= weights.sum(axis=1, keepdims=True)
    phases = rng.uniform(0.0, 2.0 * np.pi, (n, 3))
    wobble = (weights[:, :, None] * np.sin(harmonics[None, :, None] * theta[None, None, :] + phases[:, :, None])).sum(axis=1)
    r = np.asarray(radius, dtype=float)[:, None] * (1.0 + roughness * wobble)
    x = r * np.cos(theta)[None, :]
    y = r * np.sin(theta)[None, :]
    if stretch is not None:
        x = x * np.asarray(stretch)[:, None]
    if angle is not None:
        c, s = np.cos(angle)[:, None], np.sin(angle)[:, None]
        x, y = x * c - y * s, x * s + y * c
    coords = np.stack([np.asarray(cx)[:, None] + x, np.asarray(cy)[:, None] + y], axis=-1)
    coords = np.concatenate([coords, coords[:, :1]], axis=1)
    return shapely.polygons(coords)


def _rectangles(cx: np.ndarray, cy: np.ndarray, width: np.ndarray, length: np.ndarray, angle: np.ndarray) -> np.ndarray:
    """Rotated rectangles, built as one coordinate array (no Python loop per rectangle)."""
    unit_x = np.array([-0.5, 0.5, 0.5, -0.5, -0.5])
    unit_y = np.array([-0.5, -0.5, 0.5, 0.5, -0.5])
    lx = np.asarray(width)[:, None] * unit_x
    ly = np.asarray(length)[:, None] * unit_y
    c, s = np.cos(angle)[:, None], np.sin(angle)[:, None]
    x = np.asarray(cx)[:, None] + lx * c - ly * s
    y = np.asarray(cy)[:, None] + lx * s + ly * c
    return shapely.polygons(np.stack([x, y], axis=-1))


def _meander(rng: np.random.Generator, start: tuple[float, float], end: tuple[float, float], amplitude: float,
             step: float = 250.0) -> np.ndarray:
    """A river leg: straight, or a smooth wiggle that vanishes at both ends (a graph over the leg axis)."""
    p0, p1 = np.asarray(start, dtype=float), np.asarray(end, dtype=float)
    length = float(np.hypot(*(p1 - p0)))
    if amplitude <= 0:
        return np.array([p0, p1])
    t = np.linspace(0.0, 1.0, max(3, int(math.ceil(length / step)) + 1))
    cycles = rng.integers(1, 4, size=2)
    phases = rng.uniform(0.0, 2.0 * np.pi, size=2)
    weights = rng.uniform(0.3, 1.0, size=2)
    wave = (weights[0] * np.sin(2 * np.pi * cycles[0] * t + phases[0]) +
            weights[1] * np.sin(2 * np.pi * cycles[1] * t + phases[1])) / weights.sum()
    offset = amplitude * np.sin(np.pi * t) * wave
    direction = (p1 - p0) / length
    normal = np.array([-direction[1], direction[0]])
    points = p0[None, :] + t[:, None] * (p1 - p0)[None, :] + offset[:, None] * normal[None, :]
    points[0], points[-1] = p0, p1
    return points


def _any_near(candidates: np.ndarray, groups: Sequence[tuple[Any, float]]) -> np.ndarray:
    """True where a candidate geometry is within the group's distance of any of the group's geometries."""
    hit = np.zeros(len(candidates), dtype=bool)
    if len(candidates) == 0:
        return hit
    for group, distance in groups:
        geoms = np.asarray([g for g in group if g is not None and not g.is_empty], dtype=object)
        if len(geoms) == 0:
            continue
        is_line = shapely.get_type_id(geoms) == 1
        if is_line.any():
            geoms = np.concatenate([geoms[~is_line], _segments(geoms[is_line])])
        tree = shapely.STRtree(geoms)
        if distance > 0:
            pairs = tree.query(candidates, predicate="dwithin", distance=distance)
        else:
            pairs = tree.query(candidates, predicate="intersects")
        hit[pairs[0]] = True
    return hit


def _segments(lines: Any) -> np.ndarray:
    """Long lines as their two-point segments: an STRtree over these answers distance queries far faster."""
    coords, index = shapely.get_coordinates(np.asarray(lines, dtype=object), return_index=True)
    same_line = index[:-1] == index[1:]
    return shapely.linestrings(np.stack([coords[:-1][same_line], coords[1:][same_line]], axis=1))


def _distance_to(points: np.ndarray, lines: Any) -> np.ndarray:
    """Distance from each point to the nearest of the lines (through an STRtree of their segments)."""
    tree = shapely.STRtree(_segments(lines))
    (where, _), distance = tree.query_nearest(points, return_distance=True, all_matches=False)
    result = np.full(len(points), np.inf)
    result[where] = distance
    return result


def _jittered_grid(rng: np.random.Generator, width: float, height: float, count: int, oversample: float,
                   jitter: float = 0.2) -> tuple[np.ndarray, np.ndarray, float]:
    """Candidate centres, one per cell of a grid with about count*oversample cells, in random order."""
    cell = math.sqrt(width * height / max(1.0, count * oversample))
    nx, ny = max(1, int(width // cell)), max(1, int(height // cell))
    cw, ch = width / nx, height / ny
    ix, iy = np.meshgrid(np.arange(nx), np.arange(ny), indexing="xy")
    x = (ix.ravel() + 0.5 + rng.uniform(-jitter, jitter, ix.size)) * cw
    y = (iy.ravel() + 0.5 + rng.uniform(-jitter, jitter, iy.size)) * ch
    order = rng.permutation(x.size)
    return x[order], y[order], min(cw, ch)


def _names(rng: np.random.Generator, count: int, suffixes: Sequence[str]) -> list[str]:
    prefix = rng.integers(0, len(_PREFIXES), count)
    suffix = rng.integers(0, len(suffixes), count)
    return [_PREFIXES[p] + suffixes[s] for p, s in zip(prefix, suffix)]


def _genitive(name: str) -> str:
    return name if name.endswith(("s", "x", "z")) else name + "s"


class _Features:
    """Rows of one layer while it is being built: geometries plus attribute columns, in fid order."""

    def __init__(self, columns: Sequence[str]):
        self.geometries: list[np.ndarray] = []
        self.columns: dict[str, list[np.ndarray]] = {c: [] for c in columns}
        self.count = 0

    def add(self, geometries: Sequence | np.ndarray, **values: object) -> int:
        """Append rows; returns the fid of the first one."""
        geometries = np.asarray(list(geometries) if not isinstance(geometries, np.ndarray) else geometries, dtype=object)
        n = len(geometries)
        first_fid = self.count + 1
        if set(values) != set(self.columns):
            raise KeyError(f"columns {sorted(values)} != {sorted(self.columns)}")
        for name, value in values.items():
            if isinstance(value, (str, int, float, np.integer, np.floating)):
                column = np.full(n, value, dtype=object if isinstance(value, str) else None)
            else:
                column = np.asarray(value)
                if len(column) != n:
                    raise ValueError(f"column {name}: {len(column)} values for {n} rows")
            self.columns[name].append(column)
        self.geometries.append(geometries)
        self.count += n
        return first_fid

    def geometry_array(self) -> np.ndarray:
        if not self.geometries:
            return np.empty(0, dtype=object)
        return np.concatenate(self.geometries)

    def column(self, name: str) -> np.ndarray:
        parts = self.columns[name]
        return np.concatenate(parts) if parts else np.empty(0, dtype=object)


@dataclass
class _Town:
    name: str
    x: float
    y: float
    population: int
    radius: float
    is_centre: bool
    is_core: bool
    blob: Polygon | None = None


class _RegionBuilder:
    """Builds the layers step by step; each public method is one step between progress reports."""

    def __init__(self, seed: int, scale: float):
        self.checkpoint: Callable[[], None] = lambda: None
        self.seed = seed
        self.scale = scale
        self.rng = np.random.Generator(np.random.PCG64(seed))
        self.width, self.height = _extent_size(scale)
        self.extent = box(0.0, 0.0, self.width, self.height)
        self.layers: dict[str, SampleLayer] = {}
        self.features: dict[str, _Features] = {}
        self.planted_theme_fids: dict[str, int] = {}

    # Counts that grow in proportion to scale.
    def _count(self, per_scale: float) -> int:
        return int(round(per_scale * self.scale))

    def _new_layer(self, name: str, columns: Sequence[str]) -> _Features:
        self.features[name] = _Features(columns)
        return self.features[name]

    # ------------------------------------------------------------------------------------------
    def build_skeleton(self) -> None:
        """River, motorway, national roads, railway and the planted plan geometry (the 'reserved zones')."""
        rng = self.rng
        main_anchors = list(_RIVER_MAIN)
        self.extension_bridges: list[float] = []
        if self.width > CORE_WIDTH:
            # Beyond the core the river alternates meandering legs with short straight ones that carry a bridge.
            main_anchors = main_anchors[:-1]
            x, y = _RIVER_MAIN[-1][0]
            straight = False
            while x < self.width - 1.0:
                nx = min(self.width, x + (1200.0 if straight else 5000.0))
                ny = float(np.clip(y + (rng.uniform(-150, 150) if straight else rng.normal(0, 900)), 15500, 19000))
                # (The last leg is straight: a meander there could bulge over the region's edge.)
                main_anchors.append(((x, y), 0.0 if (straight or nx >= self.width) else 300.0, 350.0))
                if straight and nx < self.width:
                    self.extension_bridges.append((x + nx) / 2.0)
                x, y, straight = nx, ny, not straight
            main_anchors.append(((x, y), 0.0, 0.0))
        self.river_anchor_legs: list[tuple[Any, float, Rect | None]] = []   # (leg coordinates, flood half-width, planted rect or None)
        main_coords = self._river_polyline(main_anchors, {_PLANTED_FLOOD_LEG_A: _FLOOD_RECT_A, _PLANTED_FLOOD_LEG_B: _FLOOD_RECT_B})
        arm_coords = self._river_polyline(_RIVER_SOUTH_ARM, {})
        self.rivers = [("Storån", LineString(main_coords)), ("Storån, södra armen", LineString(arm_coords))]
        self.river_lines = np.array([g for _, g in self.rivers], dtype=object)
        north_arm = [p for p, _, _ in _RIVER_MAIN[11:15]]
        south_arm = [p for p, _, _ in _RIVER_SOUTH_ARM]
        self.island = Polygon(north_arm + south_arm[::-1][1:-1])

        # Roads that are drawn by hand (with their junction vertices); the local network joins them later.
        self.skeleton_roads: list[tuple[list[tuple[float, float]], str, str]] = []
        motorway = [(float(px), float(py)) for px, py in _MOTORWAY]
        rv96 = [(float(px), float(py)) for px, py in _RV96]
        railway = [(float(px), float(py)) for px, py in _RAILWAY]
        if self.width > CORE_WIDTH:
            motorway += self._random_walk((CORE_WIDTH, 13000.0), along_x=True, limit=self.width, band=(10500, 13500))
            railway += self._random_walk((CORE_WIDTH, 25000.0), along_x=True, limit=self.width, band=(23500, 27000))
        if self.height > CORE_HEIGHT:
            rv96 += self._random_walk((29000.0, CORE_HEIGHT), along_x=False, limit=self.height, band=(25000, 33000))
        self.skeleton_roads.append((motorway, _ROAD_MOTORWAY, "E99"))
        self.skeleton_roads.append((rv96, _ROAD_NATIONAL, "96"))
        self.skeleton_roads.append(([(float(px), float(py)) for px, py in _RV97], _ROAD_NATIONAL, "97"))
        river_main = self.rivers[0][1]
        bridges = [(name, float(x), category, number) for name, x, category, number in _BRIDGES]
        bridges += [(f"Bro {k + 1}", x, _ROAD_REGIONAL, str(610 + k)) for k, x in enumerate(self.extension_bridges)]
        self.bridge_ends: list[tuple[float, float]] = []
        for name, x, category, number in bridges:
            crossing = river_main.intersection(LineString([(x, 0.0), (x, self.height)]))
            yr = float(min(shapely.get_coordinates(crossing)[:, 1], key=lambda v: abs(v - 18500)))
            coords = [(x, yr - 500.0), (x, yr - 100.0), (x, yr + 100.0), (x, yr + 500.0)]
            if name == "Centrumbron":
                coords = [(x, 19000.0), (x, 19400.0), (x, 19600.0), (x, 20000.0)]
            if name == "Holmbron":
                coords = [(x, 18000.0), (x, 19100.0), (x, 19500.0), (x, 19700.0), (x, 20100.0)]
            self.skeleton_roads.append((coords, category, number))
            self.bridge_ends += [coords[0], coords[-1]]
        self.railway = railway
        self.hsr_corridor = box(0.0, _HSR_CORRIDOR_Y[0], self.width, _HSR_CORRIDOR_Y[1])

        # Planted plan geometry of both drafts, so that random themes keep clear of it.
        rects = [a.rect for a in _PLANTED_A_AREAS] + [a.rect for a in _PLANTED_B_CHANGES.values()] + [_PLANTED_B_NEW_AREA[2]]
        self.planted_plan_rects = [box(*r) for r in rects]
        lines = [c for _, _, c in _PLANTED_LINES] + [_OSTERLEDEN_B]
        self.planted_plan_lines = [LineString(c) for c in lines]
        self.road_skeleton_lines = [LineString(c) for c, _, _ in self.skeleton_roads]
        self.skeleton_lines = self.road_skeleton_lines + [LineString(railway)]   # roads and the railway

    def _river_polyline(self, anchors: Sequence[tuple[tuple[float, float], float, float]], planted: dict[int, Rect]) -> np.ndarray:
        parts: list[np.ndarray] = []
        for index, ((start, amplitude, width), (end, _, _)) in enumerate(zip(anchors[:-1], anchors[1:])):
            leg = _meander(self.rng, start, end, amplitude)
            self.river_anchor_legs.append((leg, width, planted.get(index)))
            parts.append(leg if not parts else leg[1:])
        return np.concatenate(parts)

    def _random_walk(self, start: tuple[float, float], along_x: bool, limit: float, band: tuple[float, float]) -> list[tuple[float, float]]:
        points = []
        x, y = start
        while (x if along_x else y) < limit - 1.0:
            if along_x:
                x = min(limit, x + 5000.0)
                y = float(np.clip(y + self.rng.normal(0, 600), *band))
            else:
                y = min(limit, y + 5000.0)
                x = float(np.clip(x + self.rng.normal(0, 700), *band))
            points.append((x, y))
        return points

    # ------------------------------------------------------------------------------------------
    def build_towns(self) -> None:
        rng = self.rng
        towns = [_Town(n, float(p[0]), float(p[1]), pop, self._town_radius(pop), centre, True)
                 for n, p, pop, centre in _CORE_TOWNS]
        wanted = self._count(_EXTENSION_TOWNS_PER_SCALE) - _EXTENSION_TOWNS_PER_SCALE
        if wanted > 0:
            # One town per grid cell; centres at least 0.8 cells apart and radii (with the outline's
            # 18 % roughness) below 0.4 cells, so that no two towns touch.
            # (More spare cells at small scales, where the hand-made core rules out a larger share.)
            x, y, cell = _jittered_grid(rng, self.width, self.height, wanted, 1.25 + 2.0 / self.scale, jitter=0.1)
            max_radius = 0.34 * cell
            points = shapely.points(x, y)
            core_discs = [Point(t.x, t.y).buffer(t.radius + 1500.0) for t in towns]
            reject = _any_near(points, [(core_discs, 0), (self.planted_plan_rects, 1500.0),
                                        (self.river_lines, 1200.0), (self.skeleton_lines, 300.0)])
            reject |= (x < 1200) | (y < 1200) | (x > self.width - 1200) | (y > self.height - 1200)
            keep = np.flatnonzero(~reject)[:wanted]
            pops = np.clip(rng.lognormal(math.log(1350.0), 0.5, len(keep)), 250, None)
            max_pop = _persons_per_building(0) * 0.7 * math.pi * max_radius ** 2 / _PLOT_SPACING_M ** 2
            pops = np.minimum(pops, max_pop).round().astype(int)
            names = _names(rng, len(keep), _TOWN_SUFFIXES)
            seen: dict[str, int] = {t.name: 1 for t in towns}
            for i, pop, name in zip(keep, pops, names):
                seen[name] = seen.get(name, 0) + 1
                unique = name if seen[name] == 1 else f"{name} {seen[name]}"
                towns.append(_Town(unique, float(x[i]), float(y[i]), int(pop), self._town_radius(int(pop)), False, False))
        blobs = _blob_polygons(rng, np.array([t.x for t in towns]), np.array([t.y for t in towns]),
                               np.array([t.radius for t in towns]), vertices=20, roughness=0.18)
        blobs = shapely.intersection(blobs, self.extent)
        for town, blob in zip(towns, blobs):
            town.blob = _largest_polygon(blob)
        self.towns = towns
        self.town_blobs = np.array([t.blob for t in towns], dtype=object)

    @staticmethod
    def _town_radius(population: int) -> float:
        # 70 % of the plots are built on; the city keeps more room (parks, squares) than its block count needs.
        buildings = population / min(_PERSONS_PER_BUILDING, _persons_per_building(population))
        return max(180.0, math.sqrt(buildings * _PLOT_SPACING_M ** 2 / (0.7 * math.pi)))

    # ------------------------------------------------------------------------------------------
    def build_water(self) -> None:
        rng = self.rng
        # Lakes: the two planted ones first, then random ones on a grid so that they never touch.
        lakes = self._new_layer("sjoar", ["namn", "kategori"])
        x0, x1, ys = _NORRSJON_SHORE
        theta = np.linspace(0.0, np.pi, 25)
        wobble = 1.0 + 0.15 * np.sin(3 * theta + rng.uniform(0, 2 * np.pi)) * np.sin(theta)
        arc = np.column_stack([(x0 + x1) / 2 + (x1 - x0) / 2 * wobble * np.cos(theta), ys + 3200.0 * wobble * np.sin(theta)])
        arc[0], arc[-1] = (x1, ys), (x0, ys)
        norrsjon = Polygon(arc)
        (vx, vy), vr = _VATTENSJON
        vattensjon = _blob_polygons(rng, np.array([vx]), np.array([vy]), np.array([vr]), vertices=24, roughness=0.15)[0]
        lakes.add([norrsjon, vattensjon], namn=np.array(["Norrsjön", "Vattensjön"], dtype=object), kategori="sjö")
        planted_themes = [box(*r) for r in (_NR_KVARNSKOGEN, _N2000_KVARNSKOGEN, _WATER_VATTENSJON, _AIRPORT,
                                            _RI_NATURE_DALBY, _FARMLAND_VASTERBY)]
        wanted = self._count(_LAKES_PER_SCALE)
        x, y, cell = _jittered_grid(rng, self.width, self.height, wanted, 3.0, jitter=0.1)
        radius = rng.uniform(150.0, min(900.0, 0.3 * cell), x.size)
        candidates = _blob_polygons(rng, x, y, radius, vertices=22, roughness=0.22,
                                    stretch=rng.uniform(0.7, 1.4, x.size), angle=rng.uniform(0, np.pi, x.size))
        reject = _any_near(candidates, [(self.river_lines, 600.0), (self.skeleton_lines, 250.0),
                                        (self.town_blobs, 250.0), (self.planted_plan_rects, 400.0),
                                        (self.planted_plan_lines, 300.0), (planted_themes + [norrsjon, vattensjon], 400.0),
                                        ([self.island], 100.0)])
        reject |= ~shapely.within(shapely.buffer(candidates, 300.0), self.extent)
        keep = np.flatnonzero(~reject)[:wanted]
        lakes.add(candidates[keep], namn=np.array(_names(rng, len(keep), _LAKE_SUFFIXES), dtype=object), kategori="sjö")
        rivers = self._new_layer("vattendrag", ["namn", "kategori"])
        rivers.add(self.river_lines, namn=np.array([n for n, _ in self.rivers], dtype=object), kategori="vattendrag")
        self.lake_geoms = lakes.geometry_array()

        # Shore protection: 100 m on the land side of every lake, and 100 m along the river.
        shore = self._new_layer("strandskydd", ["kategori"])
        ring = shapely.difference(shapely.buffer(self.lake_geoms, 100.0, quad_segs=16), self.lake_geoms)
        self.planted_theme_fids["strandskydd_norrsjon"] = shore.add(_clip_polygons(ring, self.extent), kategori="strandskydd")
        river_shore = shapely.difference(shapely.buffer(self.river_lines, 100.0, quad_segs=16), shapely.union_all(self.lake_geoms))
        shore.add(_clip_polygons(river_shore, self.extent), kategori="strandskydd")

        # 100-year flood zone: one feature per river leg, a buffer widened by a few flood basins.
        flood = self._new_layer("oversvamning_100ar", ["kategori"])
        zones: Any = []
        for leg, width, planted_rect in self.river_anchor_legs:
            if planted_rect is not None:
                zone = box(*planted_rect)
            else:
                line = LineString(leg)
                zone = line.buffer(width, quad_segs=8)
                basins = int(rng.integers(0, 3))
                if basins:
                    where = shapely.line_interpolate_point(line, rng.uniform(0.2, 0.8, basins), normalized=True)
                    wx, wy = shapely.get_coordinates(where).T
                    blobs = _blob_polygons(rng, wx, wy, width * rng.uniform(1.3, 2.2, basins), vertices=14, roughness=0.25)
                    blobs = blobs[~_any_near(blobs, [(self.planted_plan_rects, 250.0)])]
                    if len(blobs):
                        zone = shapely.union_all(np.concatenate([[zone], blobs]))
            zones.append(zone)
        zones = _clip_polygons(np.array(zones, dtype=object), self.extent)
        flood.add(zones, kategori="översvämning 100 år")
        self.planted_theme_fids["flood_a"] = 1 + _PLANTED_FLOOD_LEG_A
        self.planted_theme_fids["flood_b"] = 1 + _PLANTED_FLOOD_LEG_B
        assert self.river_anchor_legs[_PLANTED_FLOOD_LEG_A][2] == _FLOOD_RECT_A
        assert self.river_anchor_legs[_PLANTED_FLOOD_LEG_B][2] == _FLOOD_RECT_B

    # ------------------------------------------------------------------------------------------
    def build_nature(self) -> None:
        rng = self.rng
        avoid_plan = [(self.planted_plan_rects, 250.0)]
        rivers = self.river_lines

        reserves = self._new_layer("naturreservat", ["namn", "kategori"])
        reserves.add([box(*_NR_KVARNSKOGEN)], namn="Kvarnskogens naturreservat", kategori="naturreservat")
        wanted = self._count(_RESERVES_PER_SCALE)
        x, y, cell = _jittered_grid(rng, self.width, self.height, wanted, 2.5)
        radius = rng.uniform(250.0, min(1400.0, 0.35 * cell), x.size)
        candidates = _blob_polygons(rng, x, y, radius, vertices=18, roughness=0.3,
                                    stretch=rng.uniform(0.6, 1.5, x.size), angle=rng.uniform(0, np.pi, x.size))
        reject = _any_near(candidates, avoid_plan + [(self.town_blobs, 200.0), ([box(*_N2000_KVARNSKOGEN), box(*_NR_KVARNSKOGEN)], 300.0)])
        reject |= ~shapely.within(candidates, self.extent)
        keep = np.flatnonzero(~reject)[:wanted]
        reserve_geoms = candidates[keep]
        names = _names(rng, len(keep), _NATURE_SUFFIXES)
        reserves.add(reserve_geoms, namn=np.array([f"{_genitive(n)} naturreservat" for n in names], dtype=object), kategori="naturreservat")

        # Natura 2000: most sites overlap a reserve (as in reality), some stand alone.
        natura = self._new_layer("natura2000", ["namn", "sitecode", "kategori"])
        natura.add([box(*_N2000_KVARNSKOGEN)], namn="Kvarnskogen", sitecode="SE0990001", kategori="natura 2000")
        wanted = self._count(_NATURA_PER_SCALE)
        derived = min(len(reserve_geoms), int(round(wanted * 0.65)))
        pick = rng.choice(len(reserve_geoms), derived, replace=False) if derived else np.empty(0, dtype=int)
        centroids = shapely.get_coordinates(shapely.centroid(reserve_geoms[pick])) if derived else np.empty((0, 2))
        base_radius = np.sqrt(shapely.area(reserve_geoms[pick]) / np.pi) if derived else np.empty(0)
        shift = rng.uniform(-0.35, 0.35, (derived, 2)) * base_radius[:, None]
        overlapping = _blob_polygons(rng, centroids[:, 0] + shift[:, 0], centroids[:, 1] + shift[:, 1],
                                     base_radius * rng.uniform(0.6, 1.0, derived), vertices=16, roughness=0.25)
        x, y, cell = _jittered_grid(rng, self.width, self.height, max(1, wanted - derived), 3.0)
        alone = _blob_polygons(rng, x, y, rng.uniform(200.0, min(1000.0, 0.3 * cell), x.size), vertices=16, roughness=0.3)
        candidates = np.concatenate([overlapping, alone])
        reject = _any_near(candidates, avoid_plan + [([box(*_N2000_KVARNSKOGEN), box(*_NR_KVARNSKOGEN)], 300.0)])
        reject[derived:] |= _any_near(candidates[derived:], [(self.town_blobs, 200.0)])
        reject |= ~shapely.within(candidates, self.extent)
        keep = np.flatnonzero(~reject)[:wanted]
        # A site inside a reserve takes the reserve's place name ("Björkåsens naturreservat" -> "Björkåsen").
        place_names = [n.removesuffix(" naturreservat") for n in reserves.column("namn")[1:]]
        place_names = [n[:-1] if n.endswith("s") else n for n in place_names]
        own_names = _names(rng, len(keep), _NATURE_SUFFIXES)
        names = [place_names[pick[i]] if i < derived else own_names[k] for k, i in enumerate(keep)]
        natura.add(candidates[keep], namn=np.array(names, dtype=object),
                   sitecode=np.array([f"SE099{k + 2:04d}" for k in range(len(keep))], dtype=object), kategori="natura 2000")

        # Green wedges: three into the regional centre, more around larger towns when the region grows.
        wedges = self._new_layer("grona_kilar", ["namn", "kategori"])
        wedges.add([Polygon(c) for _, c in _WEDGES], namn=np.array([n for n, _ in _WEDGES], dtype=object), kategori="grön kil")
        self.wedge_fids = {name: k + 1 for k, (name, _) in enumerate(_WEDGES)}
        extra: Any = [t for t in self.towns if not t.is_core][: max(0, self._count(3) - 3)]
        if extra:
            geoms, names = [], []
            for town in extra:
                angle = rng.uniform(0, 2 * np.pi)
                d = np.array([math.cos(angle), math.sin(angle)])
                n = np.array([-d[1], d[0]])
                tip = np.array([town.x, town.y]) + d * town.radius * 0.6
                outer = np.array([town.x, town.y]) + d * (town.radius + 3000.0)
                quad = [tip - n * 200, outer - n * 1200, outer + n * 1200, tip + n * 200]
                geoms.append(Polygon(quad))
                names.append(f"{town.name}kilen")
            clipped = _clip_polygons(np.array(geoms, dtype=object), self.extent)
            ok = ~shapely.is_empty(clipped)
            wedges.add(clipped[ok], namn=np.array(names, dtype=object)[ok], kategori="grön kil")

        # Ecological links: lines between neighbouring reserves, kept clear of the planted corridors.
        eco = self._new_layer("ekologiska_samband", ["kategori"])
        eco.add([LineString(c) for _, c in _ECO_LINKS], kategori="ekologiskt samband")
        wanted = self._count(_ECO_LINKS_PER_SCALE)
        if len(reserve_geoms) > 1:
            centres = shapely.get_coordinates(shapely.centroid(reserve_geoms))
            distance, neighbour = cKDTree(centres).query(centres, k=2)
            ends = np.unique(np.sort(np.column_stack([np.arange(len(centres)), neighbour[:, 1]]), axis=1), axis=0)
            ends = ends[rng.permutation(len(ends))]
            a, b = centres[ends[:, 0]], centres[ends[:, 1]]
            mid = (a + b) / 2 + rng.normal(0, 400, a.shape)
            lines = shapely.linestrings(np.stack([a, mid, b], axis=1))
            ok = (np.hypot(*(a - b).T) < 9000) & shapely.within(lines, self.extent)
            ok &= ~_any_near(lines, [(self.planted_plan_lines, 200.0), ([LineString(c) for _, c in _ECO_LINKS], 200.0)])
            eco.add(lines[ok][:wanted], kategori="ekologiskt samband")

        # Farmland: rotated field blocks outside towns, lakes and reserves.
        farmland = self._new_layer("jordbruksmark", ["kategori"])
        farmland.add([box(*_FARMLAND_VASTERBY)], kategori="jordbruksmark")
        wanted = self._count(_FARMLAND_PER_SCALE)
        x, y, cell = _jittered_grid(rng, self.width, self.height, wanted, 5.0, jitter=0.1)
        length = rng.uniform(0.45, 0.75, x.size) * cell
        width = length * rng.uniform(0.35, 0.9, x.size)
        fields = _rectangles(x, y, width, length, rng.uniform(0, np.pi, x.size))
        reject = _any_near(fields, [(self.town_blobs, 50.0), (self.lake_geoms, 50.0), (rivers, 80.0),
                                    (reserve_geoms, 0.0), ([box(*_FARMLAND_VASTERBY)], 50.0)])
        reject |= ~shapely.within(fields, self.extent)
        # Fields gather in open plains and along the river valley, as they do in a real landscape.
        plains = max(1, int(round(10 * self.width * self.height / (CORE_WIDTH * CORE_HEIGHT))))
        centres = rng.uniform([0, 0], [self.width, self.height], (plains, 2))
        openness = np.zeros(x.size)
        for cx, cy in centres:
            openness += np.exp(-((x - cx) ** 2 + (y - cy) ** 2) / (2 * 5000.0 ** 2))
        openness += 1.5 * np.exp(-_distance_to(shapely.points(x, y), rivers) / 3000.0)
        candidates = np.flatnonzero(~reject)
        weight = 0.03 + openness[candidates] ** 2
        keep = np.sort(rng.choice(candidates, min(wanted, len(candidates)), replace=False, p=weight / weight.sum()))
        farmland.add(fields[keep], kategori="jordbruksmark")

        # Water protection: the planted lake area, an aquifer along an esker, more around lakes as the region grows.
        water = self._new_layer("vattenskydd", ["namn", "kategori"])
        esker_axis = np.array([(20000.0, 2000.0), (24000.0, 12000.0)])
        direction = (esker_axis[1] - esker_axis[0]) / np.hypot(*(esker_axis[1] - esker_axis[0]))
        normal = np.array([-direction[1], direction[0]]) * 600.0
        esker = Polygon([esker_axis[0] - normal, esker_axis[1] - normal, esker_axis[1] + normal, esker_axis[0] + normal])
        water.add([box(*_WATER_VATTENSJON), esker], namn=np.array(["Vattensjöns vattenskyddsområde", "Åsens vattenskyddsområde"], dtype=object),
                  kategori="vattenskyddsområde")
        extra = self._count(2) - 2
        if extra > 0 and len(self.lake_geoms) > 2:
            around = shapely.buffer(self.lake_geoms[2:], 800.0, quad_segs=4)
            ok = np.flatnonzero(~_any_near(around, avoid_plan) & shapely.within(around, self.extent))[:extra]
            water.add(around[ok], namn=np.array([f"{n} vattenskyddsområde" for n in self.features["sjoar"].column("namn")[2:][ok]], dtype=object),
                      kategori="vattenskyddsområde")

        # Riksintressen: the airport and a planned high-speed line (transport), nature and outdoor life.
        ri = self._new_layer("riksintressen", ["namn", "kategori"])
        ri.add([box(*_AIRPORT)], namn="Älvstads flygplats", kategori="riksintresse kommunikationer")
        ri.add([box(*_RI_NATURE_DALBY)], namn="Dalby hagmarker", kategori="riksintresse naturvård")
        ri.add([self.hsr_corridor], namn="Höghastighetsbanan, utredningskorridor", kategori="riksintresse kommunikationer")
        norrsjon_area = self.lake_geoms[0].buffer(1500.0).intersection(box(0, 32000, self.width, self.height))
        valley = LineString(shapely.get_coordinates(self.rivers[0][1])[shapely.get_coordinates(self.rivers[0][1])[:, 0] <= 14000]).buffer(1000.0)
        ri.add(_clip_polygons(np.array([norrsjon_area, valley], dtype=object), self.extent),
               namn=np.array(["Norrsjöns strövområde", "Storåns dalgång"], dtype=object),
               kategori=np.array(["riksintresse friluftsliv", "riksintresse naturvård"], dtype=object))
        wanted = self._count(_RI_PER_SCALE)
        x, y, cell = _jittered_grid(rng, self.width, self.height, wanted, 3.0)
        blobs = _blob_polygons(rng, x, y, rng.uniform(800.0, min(3000.0, 0.35 * cell), x.size), vertices=18, roughness=0.3)
        ok = np.flatnonzero(~_any_near(blobs, avoid_plan + [(self.town_blobs, 0.0)]) & shapely.within(blobs, self.extent))[:wanted]
        kinds = np.where(rng.uniform(size=len(ok)) < 0.6, "riksintresse naturvård", "riksintresse friluftsliv").astype(object)
        ri.add(blobs[ok], namn=np.array([f"{n}, riksintresse" for n in _names(rng, len(ok), _NATURE_SUFFIXES)], dtype=object), kategori=kinds)

    # ------------------------------------------------------------------------------------------
    def build_roads(self) -> None:
        rng = self.rng
        node_index: dict[tuple[float, float], int] = {}
        node_xy: list[tuple[float, float]] = []

        def node(point: tuple[float, float]) -> int:
            key = (round(point[0], 3), round(point[1], 3))
            if key not in node_index:
                node_index[key] = len(node_xy)
                node_xy.append(key)
            return node_index[key]

        skeleton_edges: list[tuple[int, int, str, str]] = []
        for coords, category, number in self.skeleton_roads:
            ids = [node(p) for p in coords]
            skeleton_edges += [(a, b, category, number) for a, b in zip(ids[:-1], ids[1:])]
        n_skeleton = len(node_xy)

        # Random junctions: dense in towns, sparse in the countryside.
        town_points = []
        for town in self.towns:
            count = 3 + int(round(town.population / 300))
            r = town.radius * 0.95 * np.sqrt(rng.uniform(size=count))
            a = rng.uniform(0, 2 * np.pi, count)
            town_points.append(np.array([[town.x, town.y]]))
            town_points.append(np.column_stack([town.x + r * np.cos(a), town.y + r * np.sin(a)]))
        rural = rng.uniform([0, 0], [self.width, self.height], (self._count(_RURAL_NODES_PER_SCALE), 2))
        # A few junctions beyond each bridge's approach, away from the river, so that no bridge ends blind.
        ends = np.array(self.bridge_ends)
        away = np.where(np.arange(len(ends)) % 2 == 0, -np.pi / 2, np.pi / 2)   # approaches run south to north
        angle = away[:, None] + rng.uniform(-1.2, 1.2, (len(ends), 3))
        reach = rng.uniform(700.0, 1500.0, (len(ends), 3))
        approach = np.stack([ends[:, :1] + reach * np.cos(angle), ends[:, 1:] + reach * np.sin(angle)], axis=-1).reshape(-1, 2)
        candidates = np.concatenate(town_points + [approach, rural])
        points = shapely.points(candidates)
        reject = _any_near(points, [(self.lake_geoms, 60.0), (self.river_lines, 300.0), (self.road_skeleton_lines, 120.0)])
        reject |= (candidates[:, 0] < 100) | (candidates[:, 1] < 100) | (candidates[:, 0] > self.width - 100) | (candidates[:, 1] > self.height - 100)
        candidates = candidates[~reject]
        xy = np.concatenate([np.array(node_xy), candidates])
        too_close = cKDTree(xy).query_pairs(60.0, output_type="ndarray")
        drop = np.unique(too_close.max(axis=1)) if len(too_close) else np.empty(0, dtype=int)
        drop = drop[drop >= n_skeleton]
        keep = np.ones(len(xy), dtype=bool)
        keep[drop] = False
        xy = xy[keep]

        # Candidate local roads: the Delaunay triangulation (planar, so no crossings among them), minus
        # edges that are too long or would cross the river, a lake or a hand-drawn road off a junction.
        triangles = Delaunay(xy).simplices
        pairs = np.sort(np.concatenate([triangles[:, [0, 1]], triangles[:, [1, 2]], triangles[:, [2, 0]]]), axis=1)
        pairs = np.unique(pairs, axis=0)
        lengths = np.hypot(*(xy[pairs[:, 0]] - xy[pairs[:, 1]]).T)
        pairs = pairs[lengths < 7000.0 / _side_factor(self.scale)]
        skeleton_keys = {(min(a, b), max(a, b)) for a, b, _, _ in skeleton_edges}
        pairs = pairs[np.array([(a, b) not in skeleton_keys for a, b in pairs], dtype=bool)] if len(pairs) else pairs
        lines = shapely.linestrings(np.stack([xy[pairs[:, 0]], xy[pairs[:, 1]]], axis=1))
        bad = _any_near(lines, [(self.river_lines, 0.0), (self.lake_geoms, 0.0)])
        skeleton_pairs = np.array([(a, b) for a, b, _, _ in skeleton_edges])
        skeleton_segments = shapely.linestrings(np.stack([xy[skeleton_pairs[:, 0]], xy[skeleton_pairs[:, 1]]], axis=1))
        hit_edge, hit_skeleton = shapely.STRtree(skeleton_segments).query(lines, predicate="intersects")
        shares_node = ((pairs[hit_edge][:, :, None] == skeleton_pairs[hit_skeleton][:, None, :]).any(axis=(1, 2)))
        touches = shapely.touches(lines[hit_edge], skeleton_segments[hit_skeleton])
        bad[hit_edge[~(shares_node & touches)]] = True
        pairs, lines = pairs[~bad], lines[~bad]

        # One connected network: the biggest component, a minimum spanning tree through it (hand-drawn
        # roads forced in) plus a share of the other edges, denser inside towns.
        all_pairs = np.concatenate([skeleton_pairs, pairs])
        weights = np.concatenate([np.full(len(skeleton_pairs), 1e-3), np.hypot(*(xy[pairs[:, 0]] - xy[pairs[:, 1]]).T)])
        graph = coo_matrix((weights, (all_pairs[:, 0], all_pairs[:, 1])), shape=(len(xy), len(xy))).tocsr()
        _, labels = connected_components(graph, directed=False)
        main = np.argmax(np.bincount(labels))
        if not np.all(labels[skeleton_pairs.ravel()] == main):
            raise RuntimeError("sample region: the hand-drawn roads did not join one network")
        in_main = labels[all_pairs[:, 0]] == main
        # The spanning tree is grown on each side of the river separately (bridges left out), so that
        # each side is connected overland and only the island hangs on a single bridge.
        over_river = np.zeros(len(all_pairs), dtype=bool)
        over_river[shapely.STRtree(skeleton_segments).query(self.river_lines, predicate="crosses")[1]] = True
        overland = ~over_river
        tree = minimum_spanning_tree(coo_matrix((weights[overland], (all_pairs[overland, 0], all_pairs[overland, 1])),
                                                shape=(len(xy), len(xy))).tocsr()).tocoo()
        tree_keys = {(min(a, b), max(a, b)) for a, b in zip(tree.row, tree.col)}
        in_town = _any_near(shapely.points(xy), [(self.town_blobs, 0.0)])
        chance = np.where(in_town[pairs[:, 0]] & in_town[pairs[:, 1]], 0.55, 0.2)
        extra = rng.uniform(size=len(pairs)) < chance
        chosen = np.array([(min(a, b), max(a, b)) in tree_keys for a, b in pairs], dtype=bool) | extra
        chosen &= in_main[len(skeleton_pairs):]
        pairs, lines = pairs[chosen], lines[chosen]

        categories = np.array([c for _, _, c, _ in skeleton_edges] + [_ROAD_LOCAL] * len(pairs), dtype=object)
        numbers = np.array([n for _, _, _, n in skeleton_edges] + [""] * len(pairs), dtype=object)
        edges = np.concatenate([skeleton_pairs, pairs])
        geoms = np.concatenate([skeleton_segments, lines])
        n_skeleton_edges = len(skeleton_pairs)

        # Regional roads: each town's shortest way to the motorway or a national road.
        lengths = shapely.length(geoms)
        graph = coo_matrix((lengths, (edges[:, 0], edges[:, 1])), shape=(len(xy), len(xy))).tocsr()
        trunk = np.unique(edges[:n_skeleton_edges][np.isin(categories[:n_skeleton_edges], [_ROAD_MOTORWAY, _ROAD_NATIONAL])])
        _, predecessors, _ = dijkstra(graph, directed=False, indices=trunk, min_only=True, return_predecessors=True)
        edge_of = {(min(a, b), max(a, b)): k for k, (a, b) in enumerate(edges)}
        used_nodes = np.unique(edges)
        node_tree = cKDTree(xy[used_nodes])
        trunk_set = set(trunk.tolist())
        for k, town in enumerate(self.towns):
            if town.is_centre:
                continue
            current = int(used_nodes[node_tree.query([town.x, town.y])[1]])
            number = str(620 + k) if not town.is_core else str(604 + k)
            while current not in trunk_set and predecessors[current] >= 0:
                previous = int(predecessors[current])
                e = edge_of[(min(current, previous), max(current, previous))]
                if categories[e] == _ROAD_LOCAL:
                    categories[e], numbers[e] = _ROAD_REGIONAL, number
                current = previous

        midpoints = shapely.line_interpolate_point(geoms, 0.5, normalized=True)
        urban = _any_near(midpoints, [(self.town_blobs, 0.0)])
        speed = np.select([categories == _ROAD_MOTORWAY, categories == _ROAD_NATIONAL, categories == _ROAD_REGIONAL],
                          [110, np.where(urban, 60, 90), np.where(urban, 50, 80)], np.where(urban, 50, 70)).astype(np.int64)
        river_tree = shapely.STRtree(self.river_lines)
        bridge = np.zeros(len(geoms), dtype=np.int64)
        bridge[np.unique(river_tree.query(geoms, predicate="crosses")[0])] = 1

        roads = self._new_layer("vagar", ["kategori", "hastighet", "bro", "vagnummer"])
        roads.add(geoms, kategori=categories, hastighet=speed, bro=bridge, vagnummer=numbers)
        self.road_edges = edges
        self.road_xy = xy
        self.road_categories = categories
        self.road_fid_by_segment = {(tuple(xy[a]), tuple(xy[b])): k + 1 for k, (a, b) in enumerate(edges[:n_skeleton_edges])}
        dangerous = np.flatnonzero((categories == _ROAD_MOTORWAY) | (numbers == "96"))
        goods = self._new_layer("farligt_gods", ["kategori"])
        goods.add(geoms[dangerous], kategori="farligt gods")
        self.dangerous_fid_by_road_fid = {int(r) + 1: k + 1 for k, r in enumerate(dangerous)}

        # Railway: one feature per section between the hand-drawn vertices.
        rail = np.array(self.railway)
        rails = self._new_layer("jarnvag", ["kategori"])
        rails.add(shapely.linestrings(np.stack([rail[:-1], rail[1:]], axis=1)), kategori="järnväg")
        self.rail_fid_by_segment = {(tuple(a), tuple(b)): k + 1 for k, (a, b) in enumerate(zip(map(tuple, rail[:-1]), map(tuple, rail[1:])))}

    # ------------------------------------------------------------------------------------------
    def build_transit(self) -> None:
        rng = self.rng
        stations = self._new_layer("stationer", ["namn", "kategori"])
        stations.add(shapely.points(np.array([p for _, p in _STATIONS], dtype=float)),
                     namn=np.array([n for n, _ in _STATIONS], dtype=object), kategori="station")
        self.station_fids = {n: k + 1 for k, (n, _) in enumerate(_STATIONS)}
        if len(self.railway) > len(_RAILWAY):
            rail = LineString(self.railway)
            extension = [t for t in self.towns if not t.is_core and rail.distance(Point(t.x, t.y)) < 2500.0]
            if extension:
                at = shapely.line_interpolate_point(rail, [rail.project(Point(t.x, t.y)) for t in extension])
                stations.add(at, namn=np.array([t.name for t in extension], dtype=object), kategori="station")

        # Bus stops on road junctions in towns; frequent ones in the centre and at the larger towns' hubs.
        used = np.unique(self.road_edges)
        motorway_nodes = np.unique(self.road_edges[self.road_categories == _ROAD_MOTORWAY])
        used = np.setdiff1d(used, motorway_nodes)
        xy = self.road_xy[used]
        points = shapely.points(xy)
        tree = shapely.STRtree(self.town_blobs)
        node_pos, town_pos = tree.query(points, predicate="within")
        names, departures, where = [], [], []
        for k, town in enumerate(self.towns):
            local = node_pos[town_pos == k]
            if len(local) == 0:
                continue
            distance = np.hypot(xy[local, 0] - town.x, xy[local, 1] - town.y)
            order = np.argsort(distance)
            count = min(len(local), max(1, int(round(town.population / 600))))
            chosen = np.concatenate([order[:1], rng.permutation(order[1:])[: count - 1]])
            for rank, c in enumerate(chosen):
                if town.is_centre:
                    n = int(rng.integers(40, 150)) if distance[c] < 1200 else int(rng.integers(12, 40))
                elif town.population >= 5000 and rank == 0:
                    n = int(rng.integers(40, 70))
                elif town.population >= 2000:
                    n = int(rng.integers(8, 36))
                else:
                    n = int(rng.integers(2, 20))
                label = "resecentrum" if (rank == 0 and town.is_centre) else ("centrum" if rank == 0 else f"{rank}")
                names.append(f"{town.name} {label}")
                departures.append(n)
                where.append(local[c])
        regional_nodes = np.setdiff1d(np.unique(self.road_edges[self.road_categories == _ROAD_REGIONAL]), motorway_nodes)
        regional_nodes = regional_nodes[~_any_near(shapely.points(self.road_xy[regional_nodes]), [(self.town_blobs, 300.0)])]
        rural = rng.permutation(regional_nodes)[: self._count(20)]
        stops_xy = np.concatenate([self.road_xy[used][np.array(where, dtype=int)], self.road_xy[rural]])
        names += [f"Landsvägen {k + 1}" for k in range(len(rural))]
        departures += [int(v) for v in rng.integers(2, 12, len(rural))]
        departure_counts = np.array(departures, dtype=np.int64)
        stops = self._new_layer("hallplatser", ["namn", "avgangar_vardag", "kategori"])
        stops.add(shapely.points(stops_xy), namn=np.array(names, dtype=object), avgangar_vardag=departure_counts,
                  kategori=np.where(departure_counts >= 40, "hållplats hög turtäthet", "hållplats").astype(object))

    # ------------------------------------------------------------------------------------------
    def build_buildings(self) -> None:
        rng = self.rng
        # Plots on a rotated lattice inside each town; a building never leaves its plot, so none overlap.
        plot_x, plot_y, plot_town, plot_angle, plot_rel = [], [], [], [], []
        half = _PLOT_SPACING_M / 2
        for k, town in enumerate(self.towns):
            self.checkpoint()
            extent = town.radius * 1.3
            steps = np.arange(-extent, extent + 1e-9, _PLOT_SPACING_M) + half
            u, v = np.meshgrid(steps, steps)
            angle = rng.uniform(0, np.pi / 2)
            c, s = math.cos(angle), math.sin(angle)
            x = town.x + u.ravel() * c - v.ravel() * s
            y = town.y + u.ravel() * s + v.ravel() * c
            inside = shapely.contains_xy(town.blob, x, y)
            plot_x.append(x[inside])
            plot_y.append(y[inside])
            plot_town.append(np.full(inside.sum(), k))
            plot_angle.append(np.full(inside.sum(), angle))
            plot_rel.append(np.hypot(x[inside] - town.x, y[inside] - town.y) / town.radius)
        x, y = np.concatenate(plot_x), np.concatenate(plot_y)
        town_of, angle, relative = np.concatenate(plot_town), np.concatenate(plot_angle), np.concatenate(plot_rel)
        terrace = box(*_TERRACE_HOUSE)
        blocked = _any_near(shapely.points(x, y), [(self.lake_geoms, 40.0), (self.river_lines, 45.0),
                                                   (self.skeleton_lines, 35.0), ([terrace], 60.0)])
        blocked |= (x < half) | (y < half) | (x > self.width - half) | (y > self.height - half)
        x, y, town_of, angle, relative = x[~blocked], y[~blocked], town_of[~blocked], angle[~blocked], relative[~blocked]

        # Plots are grouped by town (built in town order), so each town's plots are one slice.
        bounds = np.searchsorted(town_of, np.arange(len(self.towns) + 1))
        chosen: Any = []
        for k, town in enumerate(self.towns):
            self.checkpoint()
            plots = np.arange(bounds[k], bounds[k + 1])
            if len(plots) == 0:
                continue
            wanted = min(len(plots), max(8, int(round(town.population / _persons_per_building(town.population)))))
            weight = np.exp(-1.5 * relative[plots] ** 2)
            chosen.append(rng.choice(plots, wanted, replace=False, p=weight / weight.sum()))
        chosen = np.sort(np.concatenate(chosen))
        x, y, town_of, angle, relative = x[chosen], y[chosen], town_of[chosen], angle[chosen], relative[chosen]
        n = len(x)
        populations = np.array([t.population for t in self.towns])
        big = populations[town_of] >= 4000
        draw = rng.uniform(size=n)
        industry_share = 0.06 + 0.2 * (relative > 0.75)
        kind = np.where(draw < 0.05, "samhällsfunktion",
                        np.where(draw < 0.05 + industry_share, "verksamhet",
                                 np.where((draw > 0.98) & (populations[town_of] < 1500), "ekonomibyggnad", "bostad"))).astype(object)
        apartment = (kind == "bostad") & big & (relative < 0.45) & (rng.uniform(size=n) < 0.8)
        width = np.select([apartment, kind == "bostad", kind == "samhällsfunktion", kind == "verksamhet"],
                          [rng.uniform(13, 16, n), rng.uniform(9, 12, n), rng.uniform(20, 40, n), rng.uniform(18, 40, n)],
                          rng.uniform(10, 20, n))
        length = np.select([apartment, kind == "bostad", kind == "samhällsfunktion", kind == "verksamhet"],
                           [rng.uniform(30, 48, n), rng.uniform(10, 15, n), rng.uniform(25, 48, n), rng.uniform(20, 48, n)],
                           rng.uniform(15, 35, n))
        villa = (kind == "bostad") & ~apartment
        angle = angle + np.where(villa, rng.uniform(-0.1, 0.1, n), 0.0)
        town_buildings = _rectangles(x, y, width, length, angle)

        # Residents: all of a town's population lives in its housing, more per apartment block.
        # Taller blocks in the regional centre: its core is the densest part of the region.
        floors = np.where(populations[town_of] >= 20000, rng.integers(5, 10, n), rng.integers(3, 6, n))
        housing_weight = np.where(apartment, floors * width * length / 75.0 * 1.9, np.where(kind == "bostad", 2.4, 0.0))
        residents = np.zeros(n, dtype=np.int64)
        bounds = np.searchsorted(town_of, np.arange(len(self.towns) + 1))
        for k, town in enumerate(self.towns):
            self.checkpoint()
            members = np.arange(bounds[k], bounds[k + 1])
            members = members[housing_weight[members] > 0]
            if len(members):
                residents[members] = rng.multinomial(town.population, housing_weight[members] / housing_weight[members].sum())

        # Farms: a house and one to three outbuildings, outside towns.
        farms = self._count(_FARMS_PER_SCALE)
        fx = rng.uniform(300, self.width - 300, farms * 2)
        fy = rng.uniform(300, self.height - 300, farms * 2)
        bad = _any_near(shapely.points(fx, fy), [(self.town_blobs, 150.0), (self.lake_geoms, 100.0),
                                                  (self.river_lines, 120.0), (self.skeleton_lines, 60.0),
                                                  (self.planted_plan_rects, 50.0)])
        fx, fy = fx[~bad], fy[~bad]
        close = cKDTree(np.column_stack([fx, fy])).query_pairs(200.0, output_type="ndarray")
        keep = np.ones(len(fx), dtype=bool)
        if len(close):
            keep[np.unique(close.max(axis=1))] = False
        fx, fy = fx[keep][:farms], fy[keep][:farms]
        outbuildings = rng.integers(1, 4, len(fx))
        offsets = np.array([[0.0, 0.0], [45.0, 0.0], [0.0, 45.0], [-45.0, 0.0]])
        farm_of = np.repeat(np.arange(len(fx)), 1 + outbuildings)
        slot = np.concatenate([np.arange(1 + m) for m in outbuildings]) if len(fx) else np.empty(0, dtype=int)
        farm_angle = rng.uniform(0, np.pi / 2, len(fx))[farm_of]
        c, s = np.cos(farm_angle), np.sin(farm_angle)
        ox, oy = offsets[slot, 0], offsets[slot, 1]
        bx = fx[farm_of] + ox * c - oy * s
        by = fy[farm_of] + ox * s + oy * c
        m = len(bx)
        farm_kind = np.where(slot == 0, "bostad", np.where(rng.uniform(size=m) < 0.85, "ekonomibyggnad", "verksamhet")).astype(object)
        farm_width = np.where(slot == 0, rng.uniform(8, 12, m), rng.uniform(10, 18, m))
        farm_length = np.where(slot == 0, rng.uniform(10, 15, m), rng.uniform(14, 30, m))
        farm_buildings = _rectangles(bx, by, farm_width, farm_length, farm_angle)
        farm_residents = np.where(slot == 0, rng.integers(1, 6, m), 0).astype(np.int64)

        buildings = self._new_layer("byggnader", ["kategori"])
        self.planted_theme_fids["terrace"] = buildings.add([terrace], kategori="bostad")
        buildings.add(town_buildings, kategori=kind)
        buildings.add(farm_buildings, kategori=farm_kind)
        sorby = [t.name for t in self.towns].index("Sörby")
        self.building_xy = np.concatenate([[[(_TERRACE_HOUSE[0] + _TERRACE_HOUSE[2]) / 2, (_TERRACE_HOUSE[1] + _TERRACE_HOUSE[3]) / 2]],
                                           np.column_stack([x, y]), np.column_stack([bx, by])])
        self.building_residents = np.concatenate([[24], residents, farm_residents]).astype(np.int64)
        self.building_town = np.concatenate([[sorby], town_of, np.full(m, -1)])
        self.building_kind = np.concatenate([["bostad"], kind, farm_kind]).astype(object)
        self.building_area = np.concatenate([[150 * 12], width * length, farm_width * farm_length])

    # ------------------------------------------------------------------------------------------
    def build_population(self) -> None:
        towns = self._new_layer("tatorter", ["namn", "befolkning", "kategori"])
        living = self.building_town >= 0
        per_town = np.bincount(self.building_town[living], weights=self.building_residents[living], minlength=len(self.towns))
        towns.add(self.town_blobs, namn=np.array([t.name for t in self.towns], dtype=object),
                  befolkning=per_town.round().astype(np.int64), kategori="tätort")

        # 250 m grid of residents, aligned to multiples of 250 m in SWEREF 99 TM (the origin is one).
        housed = self.building_residents > 0
        col = np.floor(self.building_xy[housed, 0] / 250.0).astype(np.int64)
        row = np.floor(self.building_xy[housed, 1] / 250.0).astype(np.int64)
        key = row * 1_000_000 + col
        cells, inverse = np.unique(key, return_inverse=True)
        count = np.bincount(inverse, weights=self.building_residents[housed]).round().astype(np.int64)
        cell_row, cell_col = cells // 1_000_000, cells % 1_000_000
        x0, y0 = cell_col * 250.0, cell_row * 250.0
        grid = self._new_layer("befolkning_250m", ["rutid", "befolkning", "kategori"])
        rutid = np.array([f"{int(ORIGIN_X + a)}{int(ORIGIN_Y + b)}" for a, b in zip(x0, y0)], dtype=object)
        grid.add(shapely.box(x0, y0, x0 + 250.0, y0 + 250.0), rutid=rutid, befolkning=count, kategori="befolkningsruta")

    # ------------------------------------------------------------------------------------------
    def build_boundaries(self) -> None:
        rng = self.rng
        seeds = [(code, name, (float(p[0]), float(p[1]))) for code, name, p in _MUNICIPALITIES]
        extra = int(round(len(_MUNICIPALITIES) * (_side_factor(self.scale) ** 2 - 1)))
        extension = sorted((t for t in self.towns if not t.is_core), key=lambda t: -t.population)
        chosen: list[_Town] = []
        for town in extension:
            if len(chosen) >= min(extra, 93):
                break
            if all(math.hypot(town.x - p[0], town.y - p[1]) > 8000 for _, _, p in seeds) and \
               all(math.hypot(town.x - o.x, town.y - o.y) > 8000 for o in chosen):
                chosen.append(town)
        seeds += [(str(9907 + k), t.name, (t.x, t.y)) for k, t in enumerate(chosen)]
        points = shapely.points(np.array([p for _, _, p in seeds]))
        cells = shapely.intersection(shapely.get_parts(shapely.voronoi_polygons(shapely.multipoints(points), extend_to=self.extent)), self.extent)
        owner = shapely.STRtree(cells).query(points, predicate="within")
        order = np.empty(len(seeds), dtype=int)
        order[owner[0]] = owner[1]
        municipalities = self._new_layer("kommuner", ["kommunkod", "kommunnamn", "lanskod"])
        municipalities.add(cells[order], kommunkod=np.array([c for c, _, _ in seeds], dtype=object),
                           kommunnamn=np.array([n for _, n, _ in seeds], dtype=object), lanskod=_COUNTY[0])
        county = self._new_layer("lan", ["lanskod", "lansnamn"])
        county.add([self.extent], lanskod=_COUNTY[0], lansnamn=_COUNTY[1])

        # Commuting: workers split over workplaces by a gravity model; the centre's jobs pull hardest.
        kommun_of = np.full(len(self.building_xy), -1)
        pos, k = shapely.STRtree(cells[order]).query(shapely.points(self.building_xy), predicate="intersects")
        kommun_of[pos] = k
        n = len(seeds)
        residents = np.bincount(kommun_of[kommun_of >= 0], weights=self.building_residents[kommun_of >= 0], minlength=n)
        workplace = np.isin(self.building_kind, ["verksamhet", "samhällsfunktion"]) & (kommun_of >= 0)
        jobs = np.bincount(kommun_of[workplace], weights=self.building_area[workplace], minlength=n) + 1.0
        jobs[0] *= 2.0   # the regional centre's offices, hospital and university
        centres = np.array([p for _, _, p in seeds])
        distance_km = np.hypot(*(centres[:, None, :] - centres[None, :, :]).transpose(2, 0, 1)) / 1000.0
        attraction = jobs[None, :] * np.exp(-distance_km / 12.0)
        attraction[np.diag_indices(n)] *= 4.0
        rows = []
        for i in range(n):
            workers = int(round(residents[i] * 0.47))
            flows = rng.multinomial(workers, attraction[i] / attraction[i].sum())
            rows += [(seeds[i][0], seeds[j][0], int(flows[j])) for j in range(n)]
        self.commuting = pd.DataFrame(rows, columns=["bostadskommun", "arbetskommun", "antal"]).astype(
            {"bostadskommun": object, "arbetskommun": object, "antal": np.int64})

    # ------------------------------------------------------------------------------------------
    def build_plans(self) -> None:
        rng = self.rng
        planted_count = len(_PLANTED_A_AREAS)
        total_areas = max(planted_count + 2, self._count(_PLAN_AREAS_PER_SCALE))
        background_count = total_areas - planted_count - 1   # one "Regional kärna" for the centre

        # Conflict themes that background development must keep clear of (with a safety margin).
        def layer_geoms(name: str, kategori: str | None = None) -> np.ndarray:
            feats = self.features[name]
            geoms = feats.geometry_array()
            if kategori is not None:
                geoms = geoms[feats.column("kategori") == kategori]
            return geoms
        forbidden_polygons = np.concatenate([layer_geoms("naturreservat"), layer_geoms("natura2000"), layer_geoms("oversvamning_100ar"),
                                             layer_geoms("vattenskydd"), layer_geoms("riksintressen", "riksintresse kommunikationer")])
        forbidden = [(forbidden_polygons, 25.0), (layer_geoms("farligt_gods"), 55.0)]

        x, y, cell = _jittered_grid(rng, self.width, self.height, background_count, 6.0, jitter=0.08)
        radius = rng.uniform(0.22, 0.30, x.size) * cell
        blobs = _blob_polygons(rng, x, y, radius, vertices=14, roughness=0.2)
        usable = ~_any_near(blobs, [(self.planted_plan_rects, 250.0)]) & shapely.within(blobs, self.extent)
        town_xy = np.array([[t.x, t.y] for t in self.towns])
        town_radius = np.array([t.radius for t in self.towns])
        town_pop = np.array([t.population for t in self.towns])
        distance, nearest = cKDTree(town_xy).query(np.column_stack([x, y]))
        relative = distance / town_radius[nearest]
        inner = relative < 0.6
        edge = ~inner & (distance < town_radius[nearest] + 1500.0)
        draw = rng.uniform(size=x.size)
        category = np.where(inner, np.where(draw < 0.25, _PARK, np.where(town_pop[nearest] >= 5000, _MIXED, _HOUSING)),
                            np.where(edge, np.select([draw < 0.3, draw < 0.6, draw < 0.85], [_HOUSING, _EXPANSION, _INDUSTRY], _TECHNICAL),
                                     np.select([draw < 0.35, draw < 0.7, draw < 0.9, draw < 0.95], [_RURAL, _FARMING, _NATURE, _EXPANSION_DIRECTION],
                                               _TRANSPORT))).astype(object)
        development = np.isin(category, _DEVELOPMENT)
        # Development that would hit a conflict theme (or a lake) becomes green space instead; the
        # drafts' only conflicts are then the planted ones.
        clash = development & _any_near(blobs, forbidden + [(self.lake_geoms, 25.0)])
        category[clash] = np.where(inner[clash] | edge[clash], _PARK, _NATURE)
        lake_pairs = shapely.STRtree(self.lake_geoms).query(blobs, predicate="intersects")
        wet = np.zeros(x.size)
        np.add.at(wet, lake_pairs[0], shapely.area(shapely.intersection(blobs[lake_pairs[0]], self.lake_geoms[lake_pairs[1]])))
        category[wet > 0.4 * shapely.area(blobs)] = _WATER
        weight = np.where(inner, 6.0, np.where(edge, 4.0, 1.0)) * usable
        candidates = np.flatnonzero(weight > 0)
        count = min(background_count, len(candidates))
        chosen = np.sort(rng.choice(candidates, count, replace=False, p=weight[candidates] / weight[candidates].sum()))
        background = [(blobs[i], category[i], f"{category[i]}, {self.towns[nearest[i]].name}") for i in chosen]
        seen: dict[str, int] = {}
        named = []
        for geom, cat, name in background:
            seen[name] = seen.get(name, 0) + 1
            named.append((geom, cat, name if seen[name] == 1 else f"{name} {seen[name]}"))
        centre = next(t for t in self.towns if t.is_centre)
        core = (Point(centre.x, centre.y).buffer(2200.0, quad_segs=8), _REGIONAL_CORE, "Älvstad regional kärna")
        background = [core] + named

        # Background corridors: new roads between neighbouring towns that cross no ecological link,
        # and green links between reserves.
        line_total = max(len(_PLANTED_LINES) + 2, self._count(_PLAN_LINES_PER_SCALE))
        wanted_lines = line_total - len(_PLANTED_LINES)
        wanted_roads = wanted_lines // 2
        _, pairs_i = cKDTree(town_xy).query(town_xy, k=2)
        order = rng.permutation(len(town_xy))
        start = town_xy[order] + (town_xy[pairs_i[order, 1]] - town_xy[order]) * 0.2
        end = town_xy[order] + (town_xy[pairs_i[order, 1]] - town_xy[order]) * 0.8
        roads = shapely.linestrings(np.stack([start, end], axis=1))
        ok = ~_any_near(roads, [(layer_geoms("ekologiska_samband"), 60.0), (self.planted_plan_lines, 300.0)])
        ok &= shapely.length(roads) > 400.0
        if ok.sum() < wanted_roads:
            sx = rng.uniform(1000, self.width - 1000, wanted_roads * 10)
            sy = rng.uniform(1000, self.height - 1000, wanted_roads * 10)
            a = rng.uniform(0, np.pi, sx.size)
            extra = shapely.linestrings(np.stack([np.column_stack([sx, sy]), np.column_stack([sx + 1500 * np.cos(a), sy + 1500 * np.sin(a)])], axis=1))
            extra = extra[~_any_near(extra, [(layer_geoms("ekologiska_samband"), 60.0), (self.planted_plan_lines, 300.0)]) & shapely.within(extra, self.extent)]
            roads = np.concatenate([roads[ok], extra])
            ok = np.ones(len(roads), dtype=bool)
        road_lines = roads[ok][:wanted_roads]
        road_names = [f"Ny vägförbindelse {k + 1}" for k in range(len(road_lines))]
        reserves = layer_geoms("naturreservat")
        wanted_green = wanted_lines - len(road_lines)
        centres = shapely.get_coordinates(shapely.centroid(reserves))
        _, neighbour = cKDTree(centres).query(centres, k=2)
        pick = rng.permutation(len(centres))[:wanted_green]
        green_lines = shapely.linestrings(np.stack([centres[pick], (centres[pick] + centres[neighbour[pick, 1]]) / 2 + rng.normal(0, 300, (len(pick), 2)),
                                                    centres[neighbour[pick, 1]]], axis=1))
        green_names = [f"Grönt stråk {k + 1}" for k in range(len(green_lines))]
        self.background_lines = [(g, _TRANSPORT, n) for g, n in zip(road_lines, road_names)] + \
                                [(g, _GREEN_LINK, n) for g, n in zip(green_lines, green_names)]

        # Draft A: planted areas, the background, then the corridors; plan_id numbers are shared by both drafts.
        a_areas = [(a.number, box(*a.rect), a.category, a.name) for a in _PLANTED_A_AREAS]
        a_areas += [(planted_count + 1 + k, g, c, n) for k, (g, c, n) in enumerate(background)]
        first_line = len(a_areas) + 1
        a_lines = [(first_line + k, LineString(c), cat, name) for k, (name, cat, c) in enumerate(_PLANTED_LINES)]
        a_lines += [(first_line + len(_PLANTED_LINES) + k, g, c, n) for k, (g, c, n) in enumerate(self.background_lines)]

        # Draft B: some planted conflicts resolved, one background area dropped, two recategorised,
        # Österleden moved east of the ecological link, and a new housing area at Holmby harbour.
        b_areas = []
        recategorised = 0
        dropped = planted_count + 4
        for number, geom, cat, name in a_areas:
            if number in _PLANTED_B_CHANGES:
                change = _PLANTED_B_CHANGES[number]
                geom, cat, name = box(*change.rect), change.category, change.name
            elif number == dropped:
                continue
            elif number > planted_count + 1 and cat in _DEVELOPMENT and recategorised < 2:
                cat, recategorised = _RURAL, recategorised + 1
            b_areas.append((number, geom, cat, name))
        new_number = first_line + len(a_lines)
        name, cat, rect = _PLANTED_B_NEW_AREA
        b_areas.append((new_number, box(*rect), cat, name))
        b_lines = [(n, LineString(_OSTERLEDEN_B) if name == "Österleden" else g, c, name) for n, g, c, name in a_lines]
        self.holmby_number = new_number
        self.line_numbers = {name: first_line + k for k, (name, _, _) in enumerate(_PLANTED_LINES)}
        self.plan_rows = {"A": (a_areas, a_lines), "B": (b_areas, b_lines)}
        width = max(2, len(str(new_number)))
        for version, (areas, lines) in self.plan_rows.items():
            prefix = f"plan_{version.lower()}"
            area_layer = self._new_layer(f"{prefix}_omraden", ["plan_id", "namn", "anvandning"])
            area_layer.add([g for _, g, _, _ in areas], plan_id=np.array([f"{version}-{n:0{width}d}" for n, _, _, _ in areas], dtype=object),
                           namn=np.array([n for _, _, _, n in areas], dtype=object), anvandning=np.array([c for _, _, c, _ in areas], dtype=object))
            line_layer = self._new_layer(f"{prefix}_strak", ["plan_id", "namn", "anvandning"])
            line_layer.add([g for _, g, _, _ in lines], plan_id=np.array([f"{version}-{n:0{width}d}" for n, _, _, _ in lines], dtype=object),
                           namn=np.array([n for _, _, _, n in lines], dtype=object), anvandning=np.array([c for _, _, c, _ in lines], dtype=object))
        self.plan_id_width = width

    # ------------------------------------------------------------------------------------------
    def finalise(self) -> None:
        """Move to SWEREF 99 TM, round to 1 mm, build the frames and the planted list."""
        offset = np.array([ORIGIN_X, ORIGIN_Y])
        for name, (geometry_type, role, title) in LAYER_SPEC.items():
            self.checkpoint()
            feats = self.features[name]
            moved = shapely.transform(feats.geometry_array(), lambda xy: xy + offset)
            # Rounding the coordinates is enough for these shapes and far faster than a precision overlay;
            # only a geometry that rounding made invalid goes through GEOS' precision reducer.
            geoms = shapely.transform(moved, lambda xy: np.round(xy, _DECIMALS))
            broken = ~shapely.is_valid(geoms)
            if broken.any():
                geoms[broken] = shapely.set_precision(moved[broken], PRECISION_M)
            if geometry_type == "Polygon":
                geoms = np.array([_largest_polygon(g) for g in geoms], dtype=object) if \
                    np.any(shapely.get_type_id(geoms) != 3) else geoms
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
            self.layers[name] = SampleLayer(name, geometry_type, frame, role, title)
        self.layers["pendling"] = SampleLayer("pendling", None, self.commuting.assign(fid=np.arange(1, len(self.commuting) + 1, dtype=np.int64))
                                              [["fid", "bostadskommun", "arbetskommun", "antal"]], None, "Pendling mellan kommuner")
        planted = self._planted_rows()
        planted.insert(0, "fid", np.arange(1, len(planted) + 1, dtype=np.int64))
        self.layers["planterade_konflikter"] = SampleLayer("planterade_konflikter", None, planted, None, "Planterade konflikter (facit)")
        self.layers["vagar_nvdb"] = SampleLayer("vagar_nvdb", "MultiLineString", nvdb_roads(self.layers["vagar"].frame, self.seed),
                                                "infrastructure", "Vägar som NVDB levererar dem")
        order = list(LAYER_SPEC)[:21] + ["pendling"] + list(LAYER_SPEC)[21:] + ["planterade_konflikter", "vagar_nvdb"]
        self.layers = {name: self.layers[name] for name in order}

    def _planted_rows(self) -> pd.DataFrame:
        """The planted results, each measure worked out from the design's rectangles and lines."""
        rows: list[dict[str, object]] = []
        width = self.plan_id_width
        road_fid = self.road_fid_by_segment
        motorway_west = ((22000.0, 15000.0), (27000.0, 15000.0))
        motorway_east = ((32500.0, 15000.0), (40000.0, 15000.0))
        rail_centre = ((25000.0, 20300.0), (31000.0, 20300.0))
        west_fid = road_fid[motorway_west]
        east_fid = road_fid[motorway_east]
        station = self.layers["stationer"].frame
        stop = self.layers["hallplatser"].frame

        def add(version: str, rule: str, number: int, theme_layer: str, theme_fid: int, measure: str, expected: float, note: str,
                is_line: bool = False) -> None:
            rows.append({"version": version, "rule_id": rule, "severity": _RULE_SEVERITY[rule],
                         "plan_layer": f"plan_{version.lower()}_{'strak' if is_line else 'omraden'}",
                         "plan_fid": self._plan_fid(version, number, is_line), "plan_id": f"{version}-{number:0{width}d}",
                         "theme_layer": theme_layer, "theme_fid": int(theme_fid), "measure": measure, "expected": float(expected), "note": note})

        for version in ("A", "B"):
            areas = {a.number: a for a in _PLANTED_A_AREAS}
            if version == "B":
                areas.update(_PLANTED_B_CHANGES)
            r = {k: a.rect for k, a in areas.items()}
            cat = {k: a.category for k, a in areas.items()}
            if cat[1] == _MIXED:
                add(version, "RAIL-01", 1, "jarnvag", self.rail_fid_by_segment[rail_centre], "area",
                    _strip_overlap_along_horizontal(r[1], rail_centre, 100.0), "Stationsnära blandad bebyggelse intill stambanan: bullerutredning.")
                add(version, "STATION-OPP-01", 1, "stationer", self.station_fids["Älvstad C"], "area",
                    (r[1][2] - r[1][0]) * (r[1][3] - r[1][1]), "Hela området ligger inom 1 km från Älvstad C.")
            for rule, layer, rect, what in (("N2000-01", "natura2000", _N2000_KVARNSKOGEN, "Natura 2000-området Kvarnskogen"),
                                            ("NR-01", "naturreservat", _NR_KVARNSKOGEN, "Kvarnskogens naturreservat")):
                area = _rect_overlap_area(r[2], rect)
                if area > 0:
                    add(version, rule, 2, layer, 1, "area", area, f"Bostäder i {what}.")
            if cat[3] in _DEVELOPMENT:
                add(version, "FLOOD-01", 3, "oversvamning_100ar", self.planted_theme_fids["flood_a"], "area",
                    _rect_overlap_area(r[3], _FLOOD_RECT_A), "Bostäder på Storåns översvämningsyta.")
            add(version, "WATER-01", 4, "vattenskydd", 1, "area", _rect_overlap_area(r[4], _WATER_VATTENSJON),
                "Verksamheter i Vattensjöns vattenskyddsområde.")
            add(version, "RI-KOM-01", 5, "riksintressen", 1, "area", _rect_overlap_area(r[5], _AIRPORT),
                "Utbyggnad inom riksintresset Älvstads flygplats.")
            for rule, distance in (("DG-01", 30.0), ("DG-02", 150.0)):
                gap = r[6][1] - motorway_east[0][1]
                if gap < distance:
                    add(version, rule, 6, "farligt_gods", self.dangerous_fid_by_road_fid[east_fid], "area",
                        _strip_overlap_along_horizontal(r[6], motorway_east, distance), "Verksamheter intill E99, rekommenderad väg för farligt gods.")
            add(version, "ROAD-01", 7, "vagar", west_fid, "area", _strip_overlap_along_horizontal(r[7], motorway_west, 100.0),
                "Bostäder närmare än 100 m från E99.")
            add(version, "DG-02", 7, "farligt_gods", self.dangerous_fid_by_road_fid[west_fid], "area",
                _strip_overlap_along_horizontal(r[7], motorway_west, 150.0), "Bostäder inom 150 m från farligt gods-leden E99.")
            x0, x1, shore_y = _NORRSJON_SHORE
            add(version, "SHORE-01", 8, "strandskydd", self.planted_theme_fids["strandskydd_norrsjon"], "area",
                _rect_overlap_area(r[8], (x0, shore_y - 100.0, x1, shore_y)), "Bostäder inom strandskyddet vid Norrsjöns dammvall.")
            add(version, "AGRI-01", 9, "jordbruksmark", 1, "area", _rect_overlap_area(r[9], _FARMLAND_VASTERBY),
                "Utbyggnad på brukningsvärd jordbruksmark.")
            add(version, "RI-NAT-01", 10, "riksintressen", 2, "area", _rect_overlap_area(r[10], _RI_NATURE_DALBY),
                "Utbyggnad i riksintresset Dalby hagmarker.")
            # The plot lies beside the long side of the terrace, within its x-range: only the straight part of
            # the 200 m buffer reaches it, so the overlap is an interval product.
            house = _TERRACE_HOUSE
            if not (house[0] <= r[11][0] and r[11][2] <= house[2]):
                raise AssertionError("planted industry plot must face the terrace's long side")
            add(version, "IND-01", 11, "byggnader", self.planted_theme_fids["terrace"], "area",
                _rect_overlap_area(r[11], (house[0], house[1] - 200.0, house[2], house[3] + 200.0)), "Verkstadstomt 50 m från radhuslängan.")
            if version == "B":
                number = self.holmby_number
                rect = _PLANTED_B_NEW_AREA[2]
                r[number], cat[number] = rect, _PLANTED_B_NEW_AREA[1]
                add(version, "FLOOD-01", number, "oversvamning_100ar", self.planted_theme_fids["flood_b"], "area",
                    _rect_overlap_area(rect, _FLOOD_RECT_B), "Ny bebyggelse i Holmby hamn på översvämningsytan.")
            # Coordination gaps: distances to the nearest station and frequent stop, from their final coordinates.
            for rule, layer, min_departures, threshold in _GAP_RULES:
                frame = station if layer == "stationer" else stop[stop["avgangar_vardag"] >= min_departures]
                xy = shapely.get_coordinates(frame["geometry"].to_numpy())
                for number in sorted(r):
                    if cat[number] not in _GAP_CATEGORIES:
                        continue
                    plan_rect = r[number]
                    absolute = (plan_rect[0] + ORIGIN_X, plan_rect[1] + ORIGIN_Y, plan_rect[2] + ORIGIN_X, plan_rect[3] + ORIGIN_Y)
                    nearest = float(_rect_point_distance(absolute, xy[:, 0], xy[:, 1]).min())
                    if nearest > threshold + 1.0:   # clearly beyond: rounding cannot move it across
                        add(version, rule, number, "", 0, "gap", nearest, f"Närmaste {'station' if layer == 'stationer' else 'hållplats med hög turtäthet'} ligger {nearest:.0f} m bort.")
            # Corridors.
            lines = {name: coords for name, _, coords in _PLANTED_LINES}
            if version == "B":
                lines["Österleden"] = _OSTERLEDEN_B
            wedge_polygons = dict(_WEDGES)
            for name, coords in lines.items():
                number = self.line_numbers[name]
                for wedge, polygon in wedge_polygons.items():
                    length = _chord_length(polygon, coords)
                    if length > 0:
                        add(version, "WEDGE-01", number, "grona_kilar", self.wedge_fids[wedge], "length", length,
                            f"{name} skär genom {wedge}.", is_line=True)
                for k, (link, polyline) in enumerate(_ECO_LINKS):
                    crossings = _crossing_count(polyline, coords)
                    if crossings:
                        add(version, "ECO-01", number, "ekologiska_samband", k + 1, "points", crossings,
                            f"{name} bryter det ekologiska sambandet {link} ({crossings} korsningar).", is_line=True)
        frame = pd.DataFrame(rows, columns=["version", "rule_id", "severity", "plan_layer", "plan_fid", "plan_id", "theme_layer",
                                            "theme_fid", "measure", "expected", "note"])
        return frame.astype({"plan_fid": np.int64, "theme_fid": np.int64, "expected": np.float64})

    def _plan_fid(self, version: str, number: int, is_line: bool) -> int:
        areas, lines = self.plan_rows[version]
        rows = lines if is_line else areas
        return next(k + 1 for k, row in enumerate(rows) if row[0] == number)


def _largest_polygon(geometry: object) -> object:
    """A single Polygon: the largest part of a multi-part result (clipping at the region's edge)."""
    if geometry is None or shapely.is_empty(geometry):
        return geometry
    if shapely.get_type_id(geometry) == 3:
        return geometry
    parts = [p for p in shapely.get_parts(geometry) if shapely.get_type_id(p) == 3]
    return max(parts, key=lambda p: p.area) if parts else geometry


def _clip_polygons(geoms: np.ndarray, extent: Polygon) -> np.ndarray:
    clipped = shapely.intersection(np.asarray(geoms, dtype=object), extent)
    return np.array([_largest_polygon(g) for g in clipped], dtype=object)
