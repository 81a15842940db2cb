"""Range RAPTOR from stops: one search per moment a trip leaves each stop over a window (core.raptor's searches, many
at once), and the walks between points and stops that lead into and out of them. Plain numpy/scipy; never imports
QGIS."""

from __future__ import annotations

from concurrent.futures import ThreadPoolExecutor

import numpy as np
from scipy.spatial import cKDTree

from .progress import Progress, check_cancelled
from .raptor import RaptorNetwork, _scan, _walk


def walk_pairs(points_xy: np.ndarray, stop_xy: np.ndarray, max_walk_m: float, speed: float):
    """(point, stop, seconds) for every stop within the walk, sorted by point."""
    ok = np.flatnonzero(np.isfinite(stop_xy).all(axis=1))
    if not len(ok) or not len(points_xy):
        return np.empty(0, dtype=np.int64), np.empty(0, dtype=np.int64), np.empty(0)
    tree = cKDTree(stop_xy[ok])
    lists = tree.query_ball_point(points_xy, max_walk_m)
    counts = np.array([len(v) for v in lists], dtype=np.int64)
    p = np.repeat(np.arange(len(points_xy)), counts)
    s = (
        ok[np.concatenate([np.asarray(v, dtype=np.int64) for v in lists])]
        if counts.sum()
        else np.empty(0, dtype=np.int64)
    )
    d = np.hypot(*(points_xy[p] - stop_xy[s]).T) if len(p) else np.empty(0)
    return p, s, d / speed


def egress_reduce(arrivals: np.ndarray, e_stop, e_walk, e_starts, e_dest, n_dest) -> np.ndarray:
    """Arrival at each destination: the least over its stops of the arrival there plus the walk."""
    out = np.full((arrivals.shape[0], n_dest), np.inf, dtype=np.float32)
    if len(e_stop):
        cand = arrivals[:, e_stop] + e_walk
        out[:, e_dest] = np.minimum.reduceat(cand, e_starts, axis=1)
    return out


def stop_event_arrivals(
    net: RaptorNetwork,
    stops: np.ndarray,
    start_s: float,
    end_s: float,
    max_rounds: int,
    reduce,
    progress: Progress,
    batch: int = 0,
    max_trip_s: float = np.inf,
    workers: int = 1,
):
    """One search per moment a trip leaves each stop in [start_s, end_s], and the first one after (range RAPTOR: a
    departure at any moment up to end_s takes the next such moment): `reduce` turns each batch of stop arrivals into
    what is kept (e.g. arrivals at destinations). Arrivals more than `max_trip_s` after the event are pruned. Returns (event stop, event time, kept rows)."""
    stop_parts: list[np.ndarray] = []
    time_parts: list[np.ndarray] = []
    for s in stops:
        d = net.departures_at[s]
        lo, hi = np.searchsorted(d, start_s, side="left"), np.searchsorted(d, end_s, side="right")
        d = d[lo : min(hi + 1, len(d))]
        stop_parts.append(np.full(len(d), s, dtype=np.int64))
        time_parts.append(d)
    ev_stop = np.concatenate(stop_parts) if stop_parts else np.empty(0, dtype=np.int64)
    ev_time = np.concatenate(time_parts) if time_parts else np.empty(0)
    # Events grouped by stop, ascending; each stop's events are searched from the latest back (range RAPTOR: the
    # labels of a later departure stay valid for an earlier one, per round, so only what improves is scanned again).
    first_of = np.searchsorted(ev_stop, stops, side="left") if len(ev_stop) else np.zeros(len(stops), dtype=np.int64)
    count_of = (
        np.searchsorted(ev_stop, stops, side="right") - first_of
        if len(ev_stop)
        else np.zeros(len(stops), dtype=np.int64)
    )
    order = np.argsort(-count_of, kind="stable")
    order = order[count_of[order] > 0]
    batch = batch or max(16, int(1.2e7 // max(net.n_stops * (max_rounds + 1), 1)))  # about 100 MB of labels
    chunks = [order[i : i + batch] for i in range(0, len(order), batch)]
    results: dict[int, np.ndarray] = {}
    done = [0]

    def run(chunk: np.ndarray):
        rows = len(chunk)
        origin = stops[chunk]
        counts = count_of[chunk]  # descending: the active rows are always a prefix
        firsts = first_of[chunk]
        tau = [np.full((rows, net.n_stops), np.inf) for _ in range(max_rounds + 1)]
        index = np.arange(rows)
        out_rows, out_values = [], []
        for wave in range(int(counts[0])):
            check_cancelled(progress)
            active = int((counts > wave).sum())
            event = firsts[:active] + counts[:active] - 1 - wave
            when = ev_time[event]
            limit = (when + max_trip_s)[:, None]
            t0 = tau[0][:active]
            old0 = t0[index[:active], origin[:active]].copy()
            t0[index[:active], origin[:active]] = when
            marked = np.zeros((active, net.n_stops), dtype=bool)
            marked[index[:active], origin[:active]] = when < old0
            for k in range(1, max_rounds + 1):
                if not marked.any():
                    break
                prev = tau[k - 1][:active]
                old = tau[k][:active]
                cur = np.minimum(old, prev)
                cols = np.flatnonzero(marked.any(axis=0))
                touched = np.unique(
                    np.concatenate([net.stop_patterns[c] for c in cols] or [np.empty(0, dtype=np.int64)])
                )
                for pattern in touched:
                    _scan(net, pattern, prev, cur, marked)
                cur[cur > limit] = np.inf
                improved = cur < np.minimum(old, prev)
                if improved.any():
                    _walk(net, cur, improved)
                    cur[cur > limit] = np.inf
                marked = cur < old
                tau[k][:active] = cur
            # Rounds not reached keep the later labels; the best is the last round's, no worse than the ones before.
            best = tau[max_rounds][:active]
            for k in range(max_rounds - 1, -1, -1):
                best = np.minimum(best, tau[k][:active])
            tau[max_rounds][:active] = best
            out_rows.append(event)
            out_values.append(reduce(best))
            done[0] += active
        return np.concatenate(out_rows), out_values

    def collect(pair) -> None:
        rows, values = pair
        block = np.concatenate(values) if values[0].ndim == 1 else np.vstack(values)
        for row, value in zip(rows, block):
            results[int(row)] = value

    if workers > 1 and len(chunks) > 1:
        # numpy lets go of the GIL in the large operations: chunks run side by side on threads (safe inside QGIS).
        with ThreadPoolExecutor(max_workers=workers) as pool:
            for future in [pool.submit(run, chunk) for chunk in chunks]:
                collect(future.result())
                progress.set_progress(100.0 * done[0] / max(len(ev_stop), 1))
    else:
        for chunk in chunks:
            collect(run(chunk))
            progress.set_progress(100.0 * done[0] / max(len(ev_stop), 1))
    kept = [np.array([results[r] for r in range(len(ev_stop))])] if len(ev_stop) else []
    return ev_stop, ev_time, kept
