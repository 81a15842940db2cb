"""Per origin, from the range searches' arrivals at destinations: the travel time to the nearest destination at every
minute of a window, the weight of the destinations whose median travel time is within each limit, and the travel time
to one given destination at every minute. Plain numpy/scipy; never imports QGIS."""

from __future__ import annotations

import numpy as np
from scipy.sparse import csr_matrix

from .progress import check_cancelled


def per_origin_minutes(
    at_dest,
    key,
    ev_last,
    none_row,
    minutes,
    access,
    walks,
    n_orig,
    n_dest,
    max_trip_s,
    limits_s,
    target,
    weight,
    progress,
):
    """Per origin: travel time to the nearest destination at every minute (minutes), the weight of the destinations
    whose median travel time is within each limit, and the travel time to a given destination at every minute.

    A destination's median (nearest rank r = ceil(n / 2) of n minutes) is within a limit when at least r minutes reach
    it within the limit.

    For an origin, the minutes fall into segments in which the search used from each of its stops is the same (the
    next departure after t + walk does not change); within a segment the arrival at a destination is fixed (the least
    over the origin's stops), so the travel time falls by a minute each minute, and the minutes within a limit are
    counted from the segment's ends instead of minute by minute."""
    a_orig, a_stop, a_walk = access
    w_orig, w_dest, w_walk = walks
    n_min = len(minutes)
    nearest = np.full((n_orig, n_min), np.inf)
    rank = min(max(int(np.ceil(0.5 * n_min)), 1), n_min)
    opportunities = np.zeros((len(limits_s), n_orig))
    to_target = np.full((n_orig, n_min), np.inf) if target is not None else None
    # Walks straight to a destination: the same at every minute.
    direct: dict[tuple[int, int], float] = {}
    for o, d, w in zip(w_orig, w_dest, w_walk):
        if w < direct.get((o, d), np.inf):
            direct[(o, d)] = w
    walk_min = np.full(n_orig, np.inf)
    if direct:
        od = np.array(list(direct.keys()), dtype=np.int64)
        wv = np.array(list(direct.values()))
        np.minimum.at(walk_min, od[:, 0], wv)
        walk_target = np.full(n_orig, np.inf)
        if target is not None:
            hit = target[od[:, 0]] == od[:, 1]
            walk_target[od[hit, 0]] = wv[hit]
    else:
        walk_target = np.full(n_orig, np.inf)
    origin_first = np.searchsorted(a_orig, np.arange(n_orig + 1))
    chunk = max(1, int(2e6 // max(n_dest, 1)))  # segments per chunk, about 16 per origin
    step = max(1, chunk // 16)
    for lo in range(0, n_orig, step):
        check_cancelled(progress)
        hi = min(lo + step, n_orig)
        pa, pb = origin_first[lo], origin_first[hi]
        if pb > pa:
            owner = a_orig[pa:pb]
            stop = a_stop[pa:pb]
            idx = np.searchsorted(key, stop[:, None] * 1e7 + minutes[None, :] + a_walk[pa:pb, None], side="left")
            idx = np.where(idx < ev_last[stop][:, None], idx, none_row)  # (pairs, minutes)
            cells, first, count = np.unique(owner, return_index=True, return_counts=True)
            change = np.ones((len(cells), n_min), dtype=bool)
            if n_min > 1:
                change[:, 1:] = np.logical_or.reduceat(idx[:, 1:] != idx[:, :-1], first, axis=0)
            seg_cell, seg_start = np.nonzero(change)  # grouped by cell, in time order
            seg_len = np.diff(np.r_[np.flatnonzero(change.ravel()), change.size])
            # The least arrival over the origin's stops, at the segment's first minute: one pass per stop an origin
            # has (few), each over the segments of the origins that have that many.
            arrive = at_dest[idx[first[seg_cell], seg_start]]
            for r in range(1, int(count.max())):
                has = np.flatnonzero(count[seg_cell] > r)
                if len(has):
                    arrive[has] = np.minimum(arrive[has], at_dest[idx[first[seg_cell[has]] + r, seg_start[has]]])
            t0 = minutes[seg_start].astype(np.float32)[:, None]
            length = seg_len.astype(np.float32)[:, None]
            # Segments summed per origin with a sparse matrix (faster than reduceat along rows).
            per_cell = csr_matrix(
                (np.ones(len(seg_cell), dtype=np.float32), (seg_cell, np.arange(len(seg_cell)))),
                shape=(len(cells), len(seg_cell)),
            )
            since = (arrive - t0) / np.float32(60.0)
            for k, limit in enumerate(limits_s):
                late = np.ceil(since - np.float32(limit / 60.0))
                np.clip(late, 0, length, out=late)
                total = np.asarray(per_cell @ (length - late))
                if direct:
                    # A direct walk within the limit counts every minute.
                    sel = np.isin(od[:, 0], cells) & (wv <= limit)
                    total[np.searchsorted(cells, od[sel, 0]), od[sel, 1]] = n_min
                opportunities[k, cells] = (total >= rank - 0.5).astype(float) @ weight
            minute_index = np.arange(len(cells))[:, None] * 0 + np.arange(n_min)[None, :]
            t = minutes[minute_index]
            best = np.repeat(arrive.min(axis=1), seg_len).reshape(len(cells), n_min) - t
            nearest[cells] = np.minimum(best, walk_min[cells][:, None])
            if target is not None and to_target is not None:
                tg = target[cells]
                value = arrive[np.arange(len(seg_cell)), np.maximum(tg[seg_cell], 0)]
                value = np.where(tg[seg_cell] >= 0, value, np.inf)
                to_target[cells] = np.minimum(
                    np.repeat(value, seg_len).reshape(len(cells), n_min) - t, walk_target[cells][:, None]
                )
        progress.set_progress(100.0 * hi / max(n_orig, 1))
    no_stop = np.ones(n_orig, dtype=bool)
    no_stop[a_orig] = False
    nearest[no_stop] = walk_min[no_stop][:, None]
    if direct:
        for k, limit in enumerate(limits_s):
            sel = no_stop[od[:, 0]] & (wv <= limit)
            np.add.at(opportunities[k], od[sel, 0], weight[od[sel, 1]])
    nearest[nearest > max_trip_s] = np.inf
    if to_target is not None:
        to_target[no_stop] = walk_target[no_stop][:, None]
        to_target[to_target > max_trip_s] = np.inf
        to_target /= 60.0
    return nearest / 60.0, opportunities, to_target
