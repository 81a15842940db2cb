"""GEOS calls that build Python objects hold the GIL: parsing WKB and building an STRtree over a million
geometries takes it for a second or more, and a GUI thread waiting for it freezes. Done in slices here, so
that the wait is a fraction of a second, with the same answers as one call; a cancel is seen between slices."""

from __future__ import annotations

import os
from concurrent.futures import ThreadPoolExecutor

import numpy as np
import shapely

from .progress import Progress, check_cancelled

GIL_SLICE = 50_000


def in_slices(function, values: np.ndarray, progress: Progress | None = None) -> np.ndarray:
    """function(values) computed slice by slice, checking for a cancel between slices."""
    values = np.asarray(values, dtype=object)
    if len(values) <= GIL_SLICE:
        return function(values)
    parts = []
    for start in range(0, len(values), GIL_SLICE):
        if progress is not None:
            check_cancelled(progress)
        parts.append(function(values[start : start + GIL_SLICE]))
    return np.concatenate(parts)


THREADS = max(1, min(4, os.cpu_count() or 1))
THREAD_MINIMUM = 4_000  # fewer elements than this are not worth a thread


def in_threads(function, *arrays: np.ndarray, **keywords) -> np.ndarray:
    """function(*arrays, **keywords), element by element, with the arrays cut into one part per core and the parts
    computed side by side: shapely's element-wise GEOS functions let go of the GIL while they work."""
    count = len(arrays[0])
    if THREADS == 1 or count < THREAD_MINIMUM:
        return function(*arrays, **keywords)
    bounds = np.linspace(0, count, THREADS + 1).astype(int)
    with ThreadPoolExecutor(max_workers=THREADS) as pool:
        parts = list(
            pool.map(lambda b: function(*(a[b[0] : b[1]] for a in arrays), **keywords), zip(bounds[:-1], bounds[1:]))
        )
    return np.concatenate(parts)


def geometries_from_wkb(wkbs: np.ndarray, progress: Progress | None = None) -> np.ndarray:
    """shapely.from_wkb in slices (None stays a missing geometry)."""
    return in_slices(shapely.from_wkb, wkbs, progress)


class SpatialIndex:
    """STRtrees over slices of the geometries; `query` and `query_nearest` answer as one STRtree would, with
    the pairs in (input, tree index) order."""

    def __init__(self, geometries: np.ndarray) -> None:
        self.geometries = np.asarray(geometries, dtype=object)
        self.starts = np.arange(0, max(len(self.geometries), 1), GIL_SLICE)
        self.trees = [shapely.STRtree(self.geometries[start : start + GIL_SLICE]) for start in self.starts]

    def query(self, geometries: np.ndarray, predicate: str | None = None, distance: float | None = None) -> np.ndarray:
        extra = {} if distance is None else {"distance": distance}
        parts = [
            tree.query(geometries, predicate=predicate, **extra) + np.array([[0], [start]])
            for tree, start in zip(self.trees, self.starts)
        ]
        pairs = np.concatenate(parts, axis=1) if parts else np.empty((2, 0), dtype=np.intp)
        order = np.lexsort((pairs[1], pairs[0]))
        return pairs[:, order]

    def query_nearest(self, geometries: np.ndarray) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
        """(input index, nearest tree index, distance) for every input that has a nearest; ties go to the lowest index."""
        best_found = np.full(len(geometries), -1, dtype=np.intp)
        best_distance = np.full(len(geometries), np.inf)
        for tree, start in zip(self.trees, self.starts):
            if len(tree) == 0:
                continue
            (query, found), distance = tree.query_nearest(geometries, return_distance=True, all_matches=True)
            found = found + start
            # The nearest per input within this slice, lowest index first among equals.
            order = np.lexsort((found, distance, query))
            query, found, distance = query[order], found[order], distance[order]
            first = np.r_[True, query[1:] != query[:-1]]
            query, found, distance = query[first], found[first], distance[first]
            better = (distance < best_distance[query]) | (
                (distance == best_distance[query]) & (found < best_found[query])
            )
            best_found[query[better]] = found[better]
            best_distance[query[better]] = distance[better]
        has = best_found >= 0
        return np.flatnonzero(has), best_found[has], best_distance[has]
