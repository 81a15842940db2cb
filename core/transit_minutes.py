"""Per origin, from the range searches' arrivals at destinations: the travel time to the nearest destination at every
minute of a window, the weight of the destinations whose median travel time is within each limit, and the travel time
to one given destination at every minute. Plain numpy/scipy; never imports QGIS."""

from __future__ import annotations

import numpy as np
from scipy.sparse import csr_matrix

from .progress import check_cancelled

_CELL_VALUES = 2_000_000  # segments x destinations handled at once (float32: about 8 MB an array)


def per_origin_minutes(
    at_dest: np.ndarray,
    ev_stop: np.ndarray,
    ev_time: np.ndarray,
    n_stops: int,
    minutes: np.ndarray,
    access,
    walks,
    n_orig: int,
    max_trip_s: float,
    limits_s,
    target,
    weight: np.ndarray,
    progress,
):
    """Per origin: travel time to the nearest destination at every minute (minutes), the weight of the destinations
    whose median travel time is within each limit, and the travel time to a given destination at every minute.

    `at_dest`: arrivals at the destinations of the search from each departure event (`ev_stop`, `ev_time`: grouped by
    stop, times ascending within) and a last row of inf (no departure).

    A destination's median (nearest rank r = ceil(n / 2) of n minutes) is within a limit when at least r minutes reach
    it within the limit.

    For an origin, the minutes fall into segments in which the search used from each of its stops is the same (the
    next departure after t + walk does not change); within a segment the arrival at a destination is fixed (the least
    over the origin's stops), so the travel time falls by a minute each minute, and the minutes within a limit are
    counted from the segment's ends instead of minute by minute. Only the destinations that some search of an origin's
    segments reaches within the longest limit of its departure are counted (a departure at or before the event: the
    travel time is at least the arrival minus the event's time), and the nearest destination per search is found once."""
    a_orig, a_stop, a_walk = access
    w_orig, w_dest, w_walk = walks
    n_min = len(minutes)
    n_dest = at_dest.shape[1]
    none_row = len(at_dest) - 1
    # Events of each stop, in time order: a departure at t + w takes the first event at or after it.
    ev_last = np.searchsorted(ev_stop, np.arange(n_stops), side="right")
    key = ev_stop * 1e7 + ev_time
    nearest = np.full((n_orig, n_min), np.inf)
    rank = min(max(int(np.ceil(0.5 * n_min)), 1), n_min)
    opportunities = np.zeros((len(limits_s), n_orig))
    to_target = np.full((n_orig, n_min), np.inf) if target is not None else None
    # Walks straight to a destination: the same at every minute.
    od = np.column_stack([w_orig, w_dest]).astype(np.int64).reshape(-1, 2)
    wv = np.asarray(w_walk, dtype=float)
    walk_min = np.full(n_orig, np.inf)
    np.minimum.at(walk_min, od[:, 0], wv)
    walk_target = np.full(n_orig, np.inf)
    if target is not None and len(od):
        hit = target[od[:, 0]] == od[:, 1]
        np.minimum.at(walk_target, od[hit, 0], wv[hit])
    longest = max(limits_s, default=-np.inf)
    walk_first = np.searchsorted(od[:, 0], np.arange(n_orig + 1))  # walk_pairs sorts by origin
    # Per search: the nearest destination, and the destinations within the longest limit of the event.
    at_nearest = at_dest.min(axis=1) if n_dest else np.full(len(at_dest), np.inf, dtype=np.float32)
    times = np.r_[ev_time, 0.0].astype(np.float32)[:, None]  # the last row (no departure) reaches nothing
    reach = np.empty(at_dest.shape, dtype=bool)
    for lo in range(0, len(at_dest), 4096):
        np.less_equal(
            at_dest[lo : lo + 4096] - times[lo : lo + 4096], np.float32(longest + 1.0), out=reach[lo : lo + 4096]
        )
    origin_first = np.searchsorted(a_orig, np.arange(n_orig + 1))
    step = max(1, int(_CELL_VALUES // max(n_dest, 1)) // 16)  # about 16 segments per origin
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
            # The searches of each segment: one per stop the origin has (none_row where it has fewer).
            rows = np.full((len(seg_cell), int(count.max())), none_row, dtype=np.int64)
            for r in range(rows.shape[1]):
                has = np.flatnonzero(count[seg_cell] > r)
                rows[has, r] = idx[first[seg_cell[has]] + r, seg_start[has]]
            t = minutes[None, :]
            best = at_nearest[rows].min(axis=1)
            nearest[cells] = np.minimum(
                np.repeat(best, seg_len).reshape(len(cells), n_min) - t, walk_min[cells][:, None]
            )
            if to_target is not None:
                tg = target[cells][seg_cell]
                value = at_dest[rows, np.maximum(tg, 0)[:, None]].min(axis=1) if n_dest else np.full(len(tg), np.inf)
                value = np.where(tg >= 0, value, np.inf)
                to_target[cells] = np.minimum(
                    np.repeat(value, seg_len).reshape(len(cells), n_min) - t, walk_target[cells][:, None]
                )
            _count_opportunities(
                opportunities,
                at_dest,
                reach,
                rows,
                cells,
                seg_cell,
                seg_start,
                seg_len,
                minutes,
                limits_s,
                rank,
                weight,
                od[walk_first[cells[0]] : walk_first[cells[-1] + 1]],
                wv[walk_first[cells[0]] : walk_first[cells[-1] + 1]],
            )
        progress.set_progress(100.0 * hi / max(n_orig, 1))
    no_stop = np.ones(n_orig, dtype=bool)
    no_stop[a_orig] = False
    nearest[no_stop] = walk_min[no_stop][:, None]
    for k, limit in enumerate(limits_s):
        sel = no_stop[od[:, 0]] & (wv <= limit)
        np.add.at(opportunities[k], od[sel, 0], weight[od[sel, 1]])
    nearest[nearest > max_trip_s] = np.inf
    if to_target is not None:
        to_target[no_stop] = walk_target[no_stop][:, None]
        to_target[to_target > max_trip_s] = np.inf
        to_target /= 60.0
    return nearest / 60.0, opportunities, to_target


def _count_opportunities(
    opportunities, at_dest, reach, rows, cells, seg_cell, seg_start, seg_len, minutes, limits_s, rank, weight, od, wv
) -> None:
    """The weight of the destinations whose median travel time is within each limit, for the origins `cells` from
    their segments; `od`, `wv`: the direct walks of these origins (a walk within the limit counts every minute)."""
    n_min = len(minutes)
    longest = max(limits_s, default=-np.inf)
    wanted = reach[np.unique(rows)].any(axis=0)
    walked = od[:, 1][(wv <= longest) & np.isin(od[:, 0], cells)]
    wanted[walked] = True
    cols = np.flatnonzero(wanted)
    if not len(cols):
        return
    arrive = at_dest[rows[:, 0][:, None], cols]
    for r in range(1, rows.shape[1]):
        np.minimum(arrive, at_dest[rows[:, r][:, None], cols], out=arrive)
    t0 = minutes[seg_start].astype(np.float32)[:, None]
    length = seg_len.astype(np.float32)[:, None]
    # Segments summed per origin with a sparse matrix (faster than reduceat along rows).
    per_cell = csr_matrix(
        (np.ones(len(seg_cell), dtype=np.float32), (seg_cell, np.arange(len(seg_cell)))),
        shape=(len(cells), len(seg_cell)),
    )
    since = (arrive - t0) / np.float32(60.0)
    position = np.full(at_dest.shape[1], -1, dtype=np.int64)
    position[cols] = np.arange(len(cols))
    late = np.empty_like(since)
    for k, limit in enumerate(limits_s):
        np.subtract(since, np.float32(limit / 60.0), out=late)
        np.ceil(late, out=late)
        np.maximum(late, 0, out=late)
        np.minimum(late, length, out=late)
        np.subtract(length, late, out=late)
        total = np.asarray(per_cell @ late)
        sel = (wv <= limit) & np.isin(od[:, 0], cells)
        if sel.any():
            total[np.searchsorted(cells, od[sel, 0]), position[od[sel, 1]]] = n_min
        opportunities[k, cells] = (total >= rank - 0.5).astype(float) @ weight[cols]
