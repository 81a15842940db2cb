"""Shared helpers of the sample region's steps: geometry generators, interval arithmetic and the row collector."""

from __future__ import annotations

import math
from dataclasses import dataclass
from typing import Any, Callable, Sequence

import numpy as np
import shapely
from shapely.geometry import Polygon

from .layout import CORE_HEIGHT, CORE_WIDTH, PERSONS_PER_BUILDING, PREFIXES


def persons_per_building(population: int) -> float:
    """Residents per building of any kind: more in a city of blocks of flats than in a village of houses."""
    return 11.0 if population >= 20000 else (PERSONS_PER_BUILDING if population >= 4000 else 5.0)


def side_factor(scale: float) -> float:
    return float(scale) ** 0.25


# --------------------------------------------------------------------------------------------------
# Analytic helpers for the planted measures: plain interval arithmetic, no GEOS.

Rect = tuple[float, float, float, float]


def interval_overlap(a0: float, a1: float, b0: float, b1: float) -> float:
    return max(0.0, min(a1, b1) - max(a0, b0))


def rect_overlap_area(a: Rect, b: Rect) -> float:
    return interval_overlap(a[0], a[2], b[0], b[2]) * interval_overlap(a[1], a[3], b[1], b[3])


def rect_point_distance(rect: Rect, x: np.ndarray, y: np.ndarray) -> np.ndarray:
    dx = np.maximum.reduce([rect[0] - x, np.zeros_like(x), x - rect[2]])
    dy = np.maximum.reduce([rect[1] - y, np.zeros_like(y), y - rect[3]])
    return np.hypot(dx, dy)


def strip_overlap_along_horizontal(
    rect: Rect, segment: tuple[tuple[float, float], tuple[float, float]], distance: float
) -> float:
    """Area of rect ∩ buffer(segment, distance) for a horizontal segment spanning the rect's x-range."""
    (x0, y0), (x1, y1) = segment
    if y0 != y1 or not (min(x0, x1) + distance <= rect[0] and rect[2] <= max(x0, x1) - distance):
        raise AssertionError("planted strip must lie along a horizontal segment, away from its ends")
    return rect_overlap_area(rect, (min(x0, x1), y0 - distance, max(x0, x1), y0 + distance))


def chord_length(
    polygon: Sequence[tuple[float, float]], line: tuple[tuple[float, float], tuple[float, float]]
) -> float:
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
    return interval_overlap(min(hits), max(hits), lo, hi)


def crossing_count(
    polyline: Sequence[tuple[float, float]], line: tuple[tuple[float, float], tuple[float, float]]
) -> int:
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


def blob_polygons(
    rng: np.random.Generator,
    cx: np.ndarray,
    cy: np.ndarray,
    radius: np.ndarray,
    vertices: int = 16,
    roughness: float = 0.25,
    stretch: np.ndarray | None = None,
    angle: np.ndarray | None = None,
) -> np.ndarray:
    """Irregular star-shaped polygons (always simple: radius > 0 at increasing angles)."""
    n = len(cx)
    theta = np.linspace(0.0, 2.0 * np.pi, vertices, endpoint=False)
    harmonics = np.array([2.0, 3.0, 5.0])
    weights = rng.uniform(0.2, 1.0, (n, 3))
    weights /= weights.sum(axis=1, keepdims=True)
    phases = rng.uniform(0.0, 2.0 * np.pi, (n, 3))
    wobble = (weights[:, :, None] * np.sin(harmonics[None, :, None] * theta[None, None, :] + phases[:, :, None])).sum(
        axis=1
    )
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


def rotated_rectangles(
    cx: np.ndarray, cy: np.ndarray, width: np.ndarray, length: np.ndarray, angle: np.ndarray
) -> np.ndarray:
    """Rotated rectangles, built as one coordinate array (no Python loop per rectangle)."""
    unit_x = np.array([-0.5, 0.5, 0.5, -0.5, -0.5])
    unit_y = np.array([-0.5, -0.5, 0.5, 0.5, -0.5])
    lx = np.asarray(width)[:, None] * unit_x
    ly = np.asarray(length)[:, None] * unit_y
    c, s = np.cos(angle)[:, None], np.sin(angle)[:, None]
    x = np.asarray(cx)[:, None] + lx * c - ly * s
    y = np.asarray(cy)[:, None] + lx * s + ly * c
    return shapely.polygons(np.stack([x, y], axis=-1))


def meander_polyline(
    rng: np.random.Generator,
    start: tuple[float, float],
    end: tuple[float, float],
    amplitude: float,
    step: float = 250.0,
) -> np.ndarray:
    """A river leg: straight, or a smooth wiggle that vanishes at both ends (a graph over the leg axis)."""
    p0, p1 = np.asarray(start, dtype=float), np.asarray(end, dtype=float)
    length = float(np.hypot(*(p1 - p0)))
    if amplitude <= 0:
        return np.array([p0, p1])
    t = np.linspace(0.0, 1.0, max(3, int(math.ceil(length / step)) + 1))
    cycles = rng.integers(1, 4, size=2)
    phases = rng.uniform(0.0, 2.0 * np.pi, size=2)
    weights = rng.uniform(0.3, 1.0, size=2)
    wave = (
        weights[0] * np.sin(2 * np.pi * cycles[0] * t + phases[0])
        + weights[1] * np.sin(2 * np.pi * cycles[1] * t + phases[1])
    ) / weights.sum()
    offset = amplitude * np.sin(np.pi * t) * wave
    direction = (p1 - p0) / length
    normal = np.array([-direction[1], direction[0]])
    points = p0[None, :] + t[:, None] * (p1 - p0)[None, :] + offset[:, None] * normal[None, :]
    points[0], points[-1] = p0, p1
    return points


def any_near(candidates: np.ndarray, groups: Sequence[tuple[Any, float]]) -> np.ndarray:
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
            geoms = np.concatenate([geoms[~is_line], line_segments(geoms[is_line])])
        tree = shapely.STRtree(geoms)
        if distance > 0:
            pairs = tree.query(candidates, predicate="dwithin", distance=distance)
        else:
            pairs = tree.query(candidates, predicate="intersects")
        hit[pairs[0]] = True
    return hit


def line_segments(lines: Any) -> np.ndarray:
    """Long lines as their two-point segments: an STRtree over these answers distance queries far faster."""
    coords, index = shapely.get_coordinates(np.asarray(lines, dtype=object), return_index=True)
    same_line = index[:-1] == index[1:]
    return shapely.linestrings(np.stack([coords[:-1][same_line], coords[1:][same_line]], axis=1))


def distance_to(points: np.ndarray, lines: Any) -> np.ndarray:
    """Distance from each point to the nearest of the lines (through an STRtree of their segments)."""
    tree = shapely.STRtree(line_segments(lines))
    (where, _), distance = tree.query_nearest(points, return_distance=True, all_matches=False)
    result = np.full(len(points), np.inf)
    result[where] = distance
    return result


def jittered_grid(
    rng: np.random.Generator, width: float, height: float, count: int, oversample: float, jitter: float = 0.2
) -> tuple[np.ndarray, np.ndarray, float]:
    """Candidate centres, one per cell of a grid with about count*oversample cells, in random order."""
    cell = math.sqrt(width * height / max(1.0, count * oversample))
    nx, ny = max(1, int(width // cell)), max(1, int(height // cell))
    cw, ch = width / nx, height / ny
    ix, iy = np.meshgrid(np.arange(nx), np.arange(ny), indexing="xy")
    x = (ix.ravel() + 0.5 + rng.uniform(-jitter, jitter, ix.size)) * cw
    y = (iy.ravel() + 0.5 + rng.uniform(-jitter, jitter, iy.size)) * ch
    order = rng.permutation(x.size)
    return x[order], y[order], min(cw, ch)


def random_names(rng: np.random.Generator, count: int, suffixes: Sequence[str]) -> list[str]:
    prefix = rng.integers(0, len(PREFIXES), count)
    suffix = rng.integers(0, len(suffixes), count)
    return [PREFIXES[p] + suffixes[s] for p, s in zip(prefix, suffix)]


def genitive(name: str) -> str:
    return name if name.endswith(("s", "x", "z")) else name + "s"


class Features:
    """Rows of one layer while it is being built: geometries plus attribute columns, in fid order."""

    def __init__(self, columns: Sequence[str]):
        self.geometries: list[np.ndarray] = []
        self.columns: dict[str, list[np.ndarray]] = {c: [] for c in columns}
        self.count = 0

    def add(self, geometries: Sequence | np.ndarray, **values: object) -> int:
        """Append rows; returns the fid of the first one."""
        geometries = np.asarray(
            list(geometries) if not isinstance(geometries, np.ndarray) else geometries, dtype=object
        )
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
class Town:
    name: str
    x: float
    y: float
    population: int
    radius: float
    is_centre: bool
    is_core: bool
    blob: Polygon | None = None


def largest_polygon(geometry: object) -> object:
    """A single Polygon: the largest part of a multi-part result (clipping at the region's edge)."""
    if geometry is None or shapely.is_empty(geometry):
        return geometry
    if shapely.get_type_id(geometry) == 3:
        return geometry
    parts = [p for p in shapely.get_parts(geometry) if shapely.get_type_id(p) == 3]
    return max(parts, key=lambda p: p.area) if parts else geometry


def clip_polygons(geoms: np.ndarray, extent: Polygon) -> np.ndarray:
    clipped = shapely.intersection(np.asarray(geoms, dtype=object), extent)
    return np.array([largest_polygon(g) for g in clipped], dtype=object)


def extent_size(scale: float) -> tuple[float, float]:
    # Whole metres, so that rounding coordinates to 1 mm can never push them over the edge.
    side = side_factor(scale)
    return float(round(CORE_WIDTH * side)), float(round(CORE_HEIGHT * side))


@dataclass(frozen=True)
class Region:
    """What every step shares: the seed, the scale, the extent and the one random generator (drawn in step order)."""

    seed: int
    scale: float
    width: float
    height: float
    extent: Polygon
    rng: np.random.Generator
    checkpoint: Callable[[], None]

    def count(self, per_scale: float) -> int:
        """A count that grows in proportion to scale."""
        return int(round(per_scale * self.scale))


def new_layer(layers: dict[str, Features], name: str, columns: Sequence[str]) -> Features:
    layers[name] = Features(columns)
    return layers[name]
