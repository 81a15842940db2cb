"""The measuring of the conflict check: for one rule, the pairs of plan and theme features in the relation, measured.

Plan and theme rows arrive stacked (several layers side by side); an STRtree finds candidate pairs, then GEOS
measures them in bulk (core/conflicts.py states the relations and assembles the result rows).
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np
import shapely

from .features import EMPTY, FeatureTable, parts_of_dimension
from .progress import Progress, check_cancelled
from .rules import Rule
from .spatial_index import SpatialIndex, in_threads
from .timing import StepTimes, timed

# Overlaps smaller than these are numerical noise of touching edges, not conflicts.
AREA_TOLERANCE_M2 = 1e-4
LENGTH_TOLERANCE_M = 1e-4
# A distance exactly at a rule's threshold counts as within it; this absorbs float rounding.
DISTANCE_TOLERANCE_M = 1e-6
# Buffers approximate a quarter circle with this many segments (the arc error at 1 km is under 0.5 m²/m).
BUFFER_QUAD_SEGMENTS = 16
FINE_BUFFER_QUAD_SEGMENTS = 1024
# Plan features are processed in chunks so that a cancel is seen within a fraction of a second.
PLAN_CHUNK = 250


@dataclass
class Stacked:
    """Rows of several layers side by side, with the layer each came from.

    `categories` are what the rules see; `source_categories` what the layers hold (they differ after a
    category mapping).
    """

    geometries: np.ndarray
    dimensions: np.ndarray
    layer_names: np.ndarray
    fids: np.ndarray
    categories: np.ndarray
    source_categories: np.ndarray
    keys: np.ndarray

    @classmethod
    def of(cls, tables: list[FeatureTable], rows: list[np.ndarray]) -> Stacked:
        def stacked(parts: list[np.ndarray], dtype: type) -> np.ndarray:
            return np.concatenate(parts) if parts else np.empty(0, dtype=dtype)

        pairs = list(zip(tables, rows))
        geometries = stacked([t.geometries[r] for t, r in pairs], object)
        categories = stacked([t.categories[r] for t, r in pairs], object)
        return cls(
            geometries=geometries,
            dimensions=shapely.get_dimensions(geometries) if len(geometries) else np.empty(0, dtype=int),
            layer_names=stacked([np.full(len(r), t.layer_name, dtype=object) for t, r in pairs], object),
            fids=stacked([t.fids[r] for t, r in pairs], np.int64),
            categories=categories,
            source_categories=categories,
            keys=stacked([t.keys[r] for t, r in pairs], object),
        )

    def __len__(self) -> int:
        return len(self.geometries)


@dataclass
class Hits:
    """Measured pairs of one rule: indices into the plan and theme rows (theme -1 for gaps)."""

    plan: np.ndarray
    theme: np.ndarray
    area: np.ndarray
    length: np.ndarray
    share: np.ndarray
    distance: np.ndarray
    point_count: np.ndarray
    geometry: np.ndarray

    @classmethod
    def empty(cls) -> Hits:
        f = np.empty(0, dtype=float)
        i = np.empty(0, dtype=np.int64)
        return cls(i, i, f, f, f, f, i, np.empty(0, dtype=object))

    @classmethod
    def concat(cls, parts: list[Hits]) -> Hits:
        if not parts:
            return cls.empty()
        return cls(*(np.concatenate([getattr(p, name) for p in parts]) for name in cls.__dataclass_fields__))


def evaluate(
    rule: Rule,
    plan: Stacked,
    plan_idx: np.ndarray,
    plan_measure: np.ndarray,
    theme: Stacked,
    progress: Progress,
    times: StepTimes | None = None,
) -> Hits:
    if rule.relation == "not_within_distance":
        assert rule.distance_m is not None  # a distance relation has its distance (core/rules.py)
        return _gaps(plan, plan_idx, plan_measure, theme, rule.distance_m, times)
    if rule.relation == "crosses":
        plan_idx = plan_idx[plan.dimensions[plan_idx] == 1]
    if len(theme) == 0 or len(plan_idx) == 0:
        return Hits.empty()
    with timed(times, "index"):
        tree = SpatialIndex(theme.geometries)
    buffered = None
    if rule.relation == "within_distance":
        buffered = np.full(len(theme), None, dtype=object)
    parts = []
    for start in range(0, len(plan_idx), PLAN_CHUNK):
        check_cancelled(progress)
        chunk = plan_idx[start : start + PLAN_CHUNK]
        if rule.relation == "overlaps":
            parts.append(_overlaps(tree, plan, chunk, plan_measure, theme))
        elif rule.relation == "within_distance":
            assert rule.distance_m is not None and buffered is not None
            parts.append(_within(tree, plan, chunk, plan_measure, theme, rule.distance_m, buffered))
        else:
            parts.append(_crossings(tree, plan, chunk, theme))
    return Hits.concat(parts)


def own_measure(geometries: np.ndarray, dimensions: np.ndarray) -> np.ndarray:
    """Area of polygons, length of lines, number of points."""
    measure = np.where(dimensions == 2, shapely.area(geometries), shapely.length(geometries))
    points = dimensions == 0
    if points.any():
        measure[points] = shapely.get_num_geometries(geometries[points])
    return measure


def _measure_of(geometries: np.ndarray, dimension: int) -> np.ndarray:
    if dimension == 2:
        return shapely.area(geometries)
    if dimension == 1:
        return shapely.length(geometries)
    counts = shapely.get_num_geometries(geometries).astype(float)
    counts[shapely.is_empty(geometries)] = 0
    return counts


def _interior_meeting(
    a: np.ndarray, a_dims: np.ndarray, b: np.ndarray, b_dims: np.ndarray
) -> tuple[np.ndarray, np.ndarray]:
    """Where the interiors of a and b meet, of dimension min(dim a, dim b), and its measure.

    Where one side is a polygon and the other is not, what lies on the polygon's boundary is taken away:
    a line along a border does not overlap the polygon.
    """
    meeting = in_threads(shapely.intersection, a, b)
    low = np.minimum(a_dims, b_dims)
    for polygon_side, polygon_dims, other_dims in ((b, b_dims, a_dims), (a, a_dims, b_dims)):
        on_boundary = (polygon_dims == 2) & (other_dims < 2)
        if on_boundary.any():
            meeting[on_boundary] = shapely.difference(meeting[on_boundary], shapely.boundary(polygon_side[on_boundary]))
    return _measured_parts(meeting, low)


def _measured_parts(geometries: np.ndarray, dimensions: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """Each geometry cut down to its parts of the given dimension, and their area, length or count."""
    geometry = np.full(len(geometries), EMPTY, dtype=object)
    measure = np.zeros(len(geometries))
    for dimension in (0, 1, 2):
        rows = np.flatnonzero(dimensions == dimension)
        if len(rows):
            geometry[rows] = parts_of_dimension(geometries[rows], dimension)
            measure[rows] = _measure_of(geometry[rows], dimension)
    return geometry, measure


def _significant(measure: np.ndarray, dims: np.ndarray) -> np.ndarray:
    tolerance = np.where(dims == 2, AREA_TOLERANCE_M2, np.where(dims == 1, LENGTH_TOLERANCE_M, 0.5))
    return measure > tolerance


def _split_measure(measure: np.ndarray, dims: np.ndarray) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    area = np.where(dims == 2, measure, np.nan)
    length = np.where(dims == 1, measure, np.nan)
    count = np.where(dims == 0, measure, 0).astype(np.int64)
    return area, length, count


def _share(
    measure: np.ndarray, measure_dims: np.ndarray, plan_measure: np.ndarray, plan_dims: np.ndarray
) -> np.ndarray:
    """The measure as a share of the plan feature's own area or length; empty where the dimensions differ."""
    comparable = (measure_dims == plan_dims) & (plan_dims > 0) & (plan_measure > 0)
    share = np.full(len(measure), np.nan)
    share[comparable] = np.minimum(measure[comparable] / plan_measure[comparable], 1.0)
    return share


def _overlaps(tree: SpatialIndex, plan: Stacked, chunk: np.ndarray, plan_measure: np.ndarray, theme: Stacked) -> Hits:
    query, found = tree.query(plan.geometries[chunk], predicate="intersects")
    p, t = chunk[query], found
    geometry, measure = _interior_meeting(
        plan.geometries[p], plan.dimensions[p], theme.geometries[t], theme.dimensions[t]
    )
    dims = np.minimum(plan.dimensions[p], theme.dimensions[t])
    keep = _significant(measure, dims)
    p, t, geometry, measure, dims = p[keep], t[keep], geometry[keep], measure[keep], dims[keep]
    area, length, count = _split_measure(measure, dims)
    share = _share(measure, dims, plan_measure[p], plan.dimensions[p])
    return Hits(p, t, area, length, share, np.zeros(len(p)), count, geometry)


def _within(
    tree: SpatialIndex,
    plan: Stacked,
    chunk: np.ndarray,
    plan_measure: np.ndarray,
    theme: Stacked,
    distance: float,
    buffered: np.ndarray,
) -> Hits:
    query, found = tree.query(plan.geometries[chunk], predicate="dwithin", distance=distance + DISTANCE_TOLERANCE_M)
    p, t = chunk[query], found
    a = plan.geometries[p]
    dims = plan.dimensions[p]
    # Buffer each theme feature once, however many plan features it is near.
    todo = np.unique(t[shapely.is_missing(buffered[t])])
    if len(todo):
        buffered[todo] = in_threads(
            shapely.buffer, theme.geometries[todo], distance=distance, quad_segs=BUFFER_QUAD_SEGMENTS
        )
    minimum = shapely.distance(a, theme.geometries[t])
    geometry, measure = _measured_parts(in_threads(shapely.intersection, a, buffered[t]), dims)
    # Where the true distance is within the buffer's chord error d·(1 − cos(π/4n)) of d, the part within is
    # a sliver the chords cut badly or miss: measure it again with a far finer circle. Exactly at the
    # threshold the part within is a touch point; show where the two come closest.
    chord_error = distance * (1 - np.cos(np.pi / (4 * BUFFER_QUAD_SEGMENTS)))
    sliver = np.flatnonzero((minimum > distance - chord_error) & (minimum < distance))
    if len(sliver):
        fine = shapely.buffer(theme.geometries[t[sliver]], distance, quad_segs=FINE_BUFFER_QUAD_SEGMENTS)
        geometry[sliver], measure[sliver] = _measured_parts(shapely.intersection(a[sliver], fine), dims[sliver])
    touching = shapely.is_empty(geometry)
    if touching.any():
        closest = shapely.shortest_line(a[touching], theme.geometries[t][touching])
        geometry[touching] = shapely.get_point(closest, 0)
        measure[touching] = 0.0
    area, length, count = _split_measure(measure, dims)
    share = _share(measure, dims, plan_measure[p], plan.dimensions[p])
    return Hits(p, t, area, length, share, minimum, count, geometry)


def _gaps(
    plan: Stacked,
    plan_idx: np.ndarray,
    plan_measure: np.ndarray,
    theme: Stacked,
    distance: float,
    times: StepTimes | None = None,
) -> Hits:
    a = plan.geometries[plan_idx]
    if len(theme) == 0:
        nearest = np.full(len(plan_idx), np.nan)
        gap = np.ones(len(plan_idx), dtype=bool)
    else:
        with timed(times, "index"):
            index = SpatialIndex(theme.geometries)
        query, _found, found_distance = index.query_nearest(a)
        nearest = np.full(len(plan_idx), np.inf)
        nearest[query] = found_distance
        gap = nearest > distance + DISTANCE_TOLERANCE_M
    p = plan_idx[gap]
    dims = plan.dimensions[p]
    measure = plan_measure[p]
    area, length, count = _split_measure(measure, dims)
    return Hits(p, np.full(len(p), -1), area, length, np.ones(len(p)), nearest[gap], count, plan.geometries[p])


def _crossings(tree: SpatialIndex, plan: Stacked, chunk: np.ndarray, theme: Stacked) -> Hits:
    query, found = tree.query(plan.geometries[chunk], predicate="intersects")
    p, t = chunk[query], found
    theme_dims = theme.dimensions[t]
    keep = theme_dims >= 1
    p, t, theme_dims = p[keep], t[keep], theme_dims[keep]
    a, b = plan.geometries[p], theme.geometries[t]
    geometry = np.full(len(p), EMPTY, dtype=object)
    measure = np.zeros(len(p))
    across_polygon = np.flatnonzero(theme_dims == 2)
    if len(across_polygon):
        geometry[across_polygon], measure[across_polygon] = _interior_meeting(
            a[across_polygon], np.ones(len(across_polygon), dtype=int), b[across_polygon], theme_dims[across_polygon]
        )
    across_line = np.flatnonzero(theme_dims == 1)
    if len(across_line):
        # Crossing points: where the lines meet at a point inside both, not at either's end. Unlike the
        # DE-9IM 'crosses' predicate this still counts a crossing where the lines also share a stretch.
        la, lb = a[across_line], b[across_line]
        points = parts_of_dimension(shapely.intersection(la, lb), 0)
        ends = shapely.union(shapely.boundary(la), shapely.boundary(lb))
        geometry[across_line] = parts_of_dimension(shapely.difference(points, ends), 0)
        measure[across_line] = _measure_of(geometry[across_line], 0)
    dims = np.where(theme_dims == 2, 1, 0)
    keep = _significant(measure, dims)
    p, t, geometry, measure, dims = p[keep], t[keep], geometry[keep], measure[keep], dims[keep]
    area, length, count = _split_measure(measure, dims)
    share = np.full(len(p), np.nan)
    return Hits(p, t, area, length, share, np.zeros(len(p)), count, geometry)
