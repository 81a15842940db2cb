"""Accessibility by public transport: per origin, travel times over every departure minute of a window (median, low and
high percentiles, best case), opportunities within reach, the day-trip criterion, restidskvot against the car, and
departures per stop.

Method. People walk (straight line, at the walking speed, up to the longest walk) to any stop near them; from every such
stop, one RAPTOR search per moment a trip leaves it (core.raptor, the range form) gives the earliest arrival at every
stop, and a walk from the stops near each destination gives the arrival there. For an origin and a departure minute t,
the arrival at a destination is the least, over its stops a (walk w), of the search from a at the first moment a trip
leaves a at or after t + w, or a walk straight there. Travel times over the minutes give percentiles per destination
(nearest rank, as Conveyal's percentile travel times are read); opportunities within a threshold count the weight of
the destinations whose median travel time is within it. Plain numpy/scipy/pandas; never imports QGIS.
"""

from __future__ import annotations

from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass, field

import numpy as np
import pandas as pd
from scipy.sparse import csr_matrix
from scipy.spatial import cKDTree

from .accessibility import weighted_median
from .messages import Message, translatable
from .progress import Progress, SilentProgress, check_cancelled
from .progress import sub_progress as _span
from .raptor import RaptorNetwork, _scan, _walk

DEFAULT_THRESHOLDS_MIN = (30.0, 45.0, 60.0)
DEFAULT_PERCENTILES = (10.0, 90.0)
# Restidskvot classes (public transport time / car time), as regional transport plans draw them.
RATIO_BREAKS = (1.0, 1.5, 2.0)
RATIO_CLASSES = (
    translatable("faster than the car (< 1.0)"),
    translatable("competitive (1.0-1.5)"),
    translatable("acceptable (1.5-2.0)"),
    translatable("not competitive (> 2.0)"),
    translatable("no trip"),
)
# Departures per hour: classes of frequency.
FREQUENCY_BREAKS = (1.0, 2.0, 4.0)
FREQUENCY_CLASSES = (
    translatable("no departure"),
    translatable("less than hourly"),
    translatable("hourly"),
    translatable("half-hourly"),
    translatable("every 15 minutes or more often"),
)


@dataclass
class DayTrip:
    """Trafikverket's day-trip criterion: leave home no earlier than `earliest_s`, arrive at a centre by `arrive_by_s`,
    stay `stay_s`, be home again by `home_by_s`."""

    centres_xy: np.ndarray
    earliest_s: float
    arrive_by_s: float
    stay_s: float
    home_by_s: float


@dataclass
class TransitResult:
    features: pd.DataFrame
    municipalities: pd.DataFrame
    minutes: np.ndarray  # (origins, minutes) travel time to the nearest destination (minutes; inf: none)
    messages: list = field(default_factory=list)


def nearest_rank(values: np.ndarray, percentile: float, axis: int = -1) -> np.ndarray:
    """The nearest-rank percentile along an axis: the ceil(p/100 * n)-th smallest value (inf counts as a value)."""
    n = values.shape[axis]
    rank = min(max(int(np.ceil(percentile / 100.0 * n)) - 1, 0), n - 1)
    return np.take(np.partition(values, rank, axis=axis), rank, axis=axis)


def _pairs(points_xy: np.ndarray, stop_xy: np.ndarray, max_walk_m: float, speed: float):
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


def _egress_reduce(arrivals: np.ndarray, e_stop, e_walk, e_starts, e_dest, n_dest) -> np.ndarray:
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
    batch = batch or max(16, int(4e6 // max(net.n_stops * (max_rounds + 1), 1)))
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
                improved = (cur < np.minimum(old, prev)).any(axis=0)
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


def transit_accessibility(
    net: RaptorNetwork,
    stop_xy: np.ndarray,
    origin_xy: np.ndarray,
    population: np.ndarray,
    dest_xy: np.ndarray,
    dest_weight: np.ndarray | None,
    window_start_s: float,
    window_end_s: float,
    walk_speed_ms: float = 5 / 3.6,
    max_walk_m: float = 1000.0,
    max_transfers: int = 3,
    max_trip_min: float = 120.0,
    thresholds_min=DEFAULT_THRESHOLDS_MIN,
    percentiles=DEFAULT_PERCENTILES,
    municipality=None,
    day_trip: DayTrip | None = None,
    car_min: np.ndarray | None = None,
    car_nearest: np.ndarray | None = None,
    workers: int = 2,
    progress: Progress | None = None,
) -> TransitResult:
    """Per origin: travel time by public transport to the nearest destination over every departure minute of
    [window_start_s, window_end_s) (median, percentiles, best), opportunities within the thresholds (weight of the
    destinations whose median travel time is within), the day trip, and restidskvot where car times are given
    (`car_min` to the destination `car_nearest`, per origin)."""
    progress = progress or SilentProgress()
    messages: list = []
    origin_xy = np.asarray(origin_xy, dtype=float).reshape(-1, 2)
    dest_xy = np.asarray(dest_xy, dtype=float).reshape(-1, 2)
    n_orig, n_dest = len(origin_xy), len(dest_xy)
    weight = np.ones(n_dest) if dest_weight is None else np.nan_to_num(np.asarray(dest_weight, dtype=float))
    population = np.asarray(population, dtype=float)
    max_trip_s = max_trip_min * 60.0
    minutes = np.arange(window_start_s, window_end_s, 60.0)
    if not len(minutes):
        raise ValueError("the departure window is empty")
    max_rounds = int(max_transfers) + 1

    a_orig, a_stop, a_walk = _pairs(origin_xy, stop_xy, max_walk_m, walk_speed_ms)
    e_dest, e_stop, e_walk = _pairs(dest_xy, stop_xy, max_walk_m, walk_speed_ms)
    e_starts = np.flatnonzero(np.r_[True, e_dest[1:] != e_dest[:-1]]) if len(e_dest) else np.empty(0, dtype=np.int64)
    e_unique = e_dest[e_starts] if len(e_dest) else np.empty(0, dtype=np.int64)
    origin_stops = np.unique(a_stop)

    # Range RAPTOR from every stop near an origin, over the window and as long after it as a trip may last.
    ev_stop, ev_time, kept = stop_event_arrivals(
        net,
        origin_stops,
        window_start_s,
        window_end_s + max_walk_m / walk_speed_ms,
        max_rounds,
        lambda arrivals: _egress_reduce(arrivals, e_stop, e_walk, e_starts, e_unique, n_dest),
        _span(progress, 0, 70),
        max_trip_s=max_trip_s,
        workers=workers,
    )
    at_dest = np.vstack(kept + [np.full((1, n_dest), np.inf, dtype=np.float32)])  # last row: no departure
    none_row = len(at_dest) - 1
    # Events of each stop, in time order: a departure at t + w takes the first event at or after it.
    ev_last = (
        np.searchsorted(ev_stop, np.arange(net.n_stops), side="right")
        if len(ev_stop)
        else np.zeros(net.n_stops, dtype=np.int64)
    )
    key = ev_stop * 1e7 + ev_time  # sorted: events are grouped by stop, times ascending within

    # Direct walks from origins to destinations.
    w_orig, w_dest, w_walk = _pairs(origin_xy, dest_xy, max_walk_m, walk_speed_ms)

    target = None if car_nearest is None else np.asarray(car_nearest, dtype=np.int64)
    per_minute_nearest, opportunities, to_target = _per_origin(
        at_dest,
        key,
        ev_last,
        none_row,
        minutes,
        (a_orig, a_stop, a_walk),
        (w_orig, w_dest, w_walk),
        n_orig,
        n_dest,
        max_trip_s,
        [min(t * 60.0, max_trip_s) for t in thresholds_min],
        target,
        weight,
        _span(progress, 70, 95),
    )
    del at_dest

    frame = pd.DataFrame(
        {
            "fid": np.arange(n_orig),
            "population": population,
            "municipality": np.asarray(municipality, dtype=object) if municipality is not None else "",
        }
    )
    frame["median_min"] = _finite(nearest_rank(per_minute_nearest, 50.0, axis=1))
    for p in percentiles:
        frame[f"p{_label(p)}_min"] = _finite(nearest_rank(per_minute_nearest, p, axis=1))
    frame["best_min"] = _finite(per_minute_nearest.min(axis=1))
    frame["share_of_minutes"] = np.isfinite(per_minute_nearest).mean(axis=1)
    for k, t in enumerate(thresholds_min):
        frame[f"opportunities_{_label(t)}min"] = opportunities[k]
    if car_min is not None:
        car = np.asarray(car_min, dtype=float)
        target = np.asarray(car_nearest, dtype=np.int64)
        pt = np.where(target >= 0, nearest_rank(to_target, 50.0, axis=1), np.inf)
        frame["car_min"] = _finite(car)
        frame["transit_to_car_dest_min"] = _finite(pt)
        ok = np.isfinite(pt) & np.isfinite(car) & (car > 0)
        ratio = np.full(n_orig, np.nan)
        ratio[ok] = pt[ok] / car[ok]
        frame["restidskvot"] = ratio
        frame["ratio_class"] = ratio_class(ratio)
    progress.set_progress(95)
    if day_trip is not None:
        check_cancelled(progress)
        outbound, home = day_trips(
            net,
            stop_xy,
            origin_xy,
            day_trip,
            walk_speed_ms,
            max_walk_m,
            max_rounds,
            (a_orig, a_stop, a_walk),
            _span(progress, 95, 99),
        )
        frame["day_trip"] = (np.isfinite(home)).astype(np.int64)
        frame["arrive_centre"] = _finite(outbound / 60.0)
        frame["back_home"] = _finite(home / 60.0)
    without = ~np.isfinite(frame["median_min"].to_numpy(dtype=float))
    if without.any():
        messages.append(
            Message(
                translatable(
                    "{0} origin(s) ({1} people) have no trip to a destination within {2} minutes at "
                    "the median departure minute of the window."
                ),
                int(without.sum()),
                int(round(population[without].sum())),
                f"{max_trip_min:g}",
            )
        )
    summary = summarise(frame, thresholds_min, weight.sum())
    progress.set_progress(100)
    return TransitResult(frame, summary, per_minute_nearest, messages)


def _per_origin(
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


def day_trips(
    net: RaptorNetwork,
    stop_xy,
    origin_xy,
    trip: DayTrip,
    speed: float,
    max_walk_m: float,
    max_rounds: int,
    access,
    progress: Progress,
):
    """Per origin: the earliest arrival at a centre leaving home at `earliest_s` (seconds; inf if not by `arrive_by_s`)
    and, after the stay, the earliest arrival back home (inf if not by `home_by_s`). The best centre is taken."""
    a_orig, a_stop, a_walk = access
    n = len(origin_xy)
    centres = np.asarray(trip.centres_xy, dtype=float).reshape(-1, 2)
    best_out = np.full(n, np.inf)
    best_home = np.full(n, np.inf)
    c_idx, c_stop, c_walk = _pairs(centres, stop_xy, max_walk_m, speed)
    last = trip.home_by_s
    for c in range(len(centres)):
        check_cancelled(progress)
        sel = c_idx == c
        cs, cw = c_stop[sel], c_walk[sel]
        # Outbound: from every origin stop, the first departure after leaving home (one search per such event).
        direct_out = np.full(n, np.inf)
        dd = np.hypot(*(origin_xy - centres[c]).T)
        near = dd <= max_walk_m
        direct_out[near] = trip.earliest_s + dd[near] / speed
        arrive = direct_out.copy()
        if len(a_orig) and len(cs):
            key_stop = np.unique(a_stop)
            ev_stop, ev_time, kept = stop_event_arrivals(
                net,
                key_stop,
                trip.earliest_s,
                trip.arrive_by_s,
                max_rounds,
                lambda arr, cs=cs, cw=cw: np.min(arr[:, cs] + cw, axis=1),
                progress,
            )
            at_centre = np.concatenate(kept + [np.array([np.inf])])
            key = ev_stop * 1e7 + ev_time
            ev_last = np.searchsorted(ev_stop, np.arange(net.n_stops), side="right")
            idx = np.searchsorted(key, a_stop * 1e7 + trip.earliest_s + a_walk, side="left")
            idx = np.where(idx < ev_last[a_stop], idx, len(at_centre) - 1)
            np.minimum.at(arrive, a_orig, at_centre[idx])
        arrive[arrive > trip.arrive_by_s] = np.inf
        # Home again: from the centre's stops, every departure after the earliest possible end of a stay.
        leave = arrive + trip.stay_s
        home = np.where(np.isfinite(leave) & near, leave + dd / speed, np.inf)
        ok = np.isfinite(leave)
        if ok.any() and len(cs):
            ev_stop, ev_time, kept = stop_event_arrivals(
                net,
                np.unique(cs),
                float(leave[ok].min()),
                last,
                max_rounds,
                lambda arr: arr.astype(np.float32),
                progress,
            )
            if len(ev_stop):
                back = np.vstack(kept)
                key = ev_stop * 1e7 + ev_time
                ev_last = np.searchsorted(ev_stop, np.arange(net.n_stops), side="right")
                # Suffix minimum per centre stop: the first event at or after a time dominates all later ones (FIFO),
                # but a later one at another stop may not: take every centre stop in turn.
                for q, wq in zip(cs, cw):
                    idx = np.searchsorted(key, q * 1e7 + leave + wq, side="left")
                    has = ok & (idx < ev_last[q])
                    pair_rows = back[np.where(has, idx, 0)[a_orig], a_stop] + a_walk
                    pair_rows[~has[a_orig]] = np.inf
                    np.minimum.at(home, a_orig, pair_rows)
        home[home > trip.home_by_s] = np.inf
        # The centre that brings one home earliest; without a way home, the earliest arrival at any centre.
        take = (home < best_home) | (~np.isfinite(best_home) & ~np.isfinite(home) & (arrive < best_out))
        best_home = np.where(take, home, best_home)
        best_out = np.where(take, arrive, best_out)
    return best_out, best_home


def ratio_class(ratio: np.ndarray) -> np.ndarray:
    """Restidskvot classes 1-4 (RATIO_CLASSES), 5 where there is no trip."""
    ratio = np.asarray(ratio, dtype=float)
    return np.where(np.isfinite(ratio), np.searchsorted(np.array(RATIO_BREAKS), ratio, side="left") + 1, 5).astype(
        np.int64
    )


def frequency_class(per_hour: np.ndarray) -> np.ndarray:
    """Classes 0-4 (FREQUENCY_CLASSES): none, below 1, 1-2, 2-4, 4 or more departures an hour."""
    per_hour = np.asarray(per_hour, dtype=float)
    return np.where(per_hour <= 0, 0, np.searchsorted(np.array(FREQUENCY_BREAKS), per_hour, side="right") + 1).astype(
        np.int64
    )


def stop_departures(timetable, start_s: float, end_s: float) -> pd.DataFrame:
    """Departures per stop in the window, per hour, and the frequency class."""
    counts = timetable.departures(start_s, end_s)
    hours = max((end_s - start_s) / 3600.0, 1e-9)
    per_hour = counts / hours
    return pd.DataFrame(
        {
            "stop_id": timetable.stop_ids,
            "name": timetable.stop_names,
            "departures": counts,
            "per_hour": per_hour,
            "frequency_class": frequency_class(per_hour),
        }
    )


def summarise(frame: pd.DataFrame, thresholds_min, total_weight: float) -> pd.DataFrame:
    """Per municipality (and all, '*'): population-weighted mean and median of the median time, shares within the
    thresholds of the people with a usable trip, people without one, mean opportunities within reach."""
    rows = []
    groups = [("", frame)] + [(n, part) for n, part in frame.groupby("municipality", sort=True) if n not in ("", None)]
    for name, part in groups:
        pop = part["population"].to_numpy(dtype=float)
        t = part["median_min"].to_numpy(dtype=float)
        ok = np.isfinite(t)
        base = float(pop[ok].sum())
        row = {
            "municipality": name if name else "*",
            "population": float(pop.sum()),
            "population_with_trip": base,
            "population_without_trip": float(pop[~ok].sum()),
            "mean_median_min": float((t[ok] * pop[ok]).sum() / base) if base > 0 else np.nan,
            "median_median_min": weighted_median(t, pop),
        }
        for limit in thresholds_min:
            row[f"share_within_{_label(limit)}min"] = float(pop[ok & (t <= limit)].sum()) / base if base > 0 else np.nan
            opp = part[f"opportunities_{_label(limit)}min"].to_numpy(dtype=float)
            row[f"mean_opportunities_{_label(limit)}min"] = (
                float((opp * pop).sum() / pop.sum()) if pop.sum() > 0 else np.nan
            )
        if "day_trip" in part:
            row["population_day_trip"] = float(pop[part["day_trip"].to_numpy() == 1].sum())
        rows.append(row)
    return pd.DataFrame(rows)


def compare(
    before: TransitResult, after: TransitResult, thresholds_min=DEFAULT_THRESHOLDS_MIN
) -> tuple[pd.DataFrame, pd.DataFrame]:
    """After minus before, per origin and per municipality (negative times: quicker)."""
    keep = ["median_min", "best_min"] + [f"opportunities_{_label(t)}min" for t in thresholds_min]
    features = before.features[["fid", "population", "municipality"]].copy()
    for column in keep:
        features[f"{column}_before"] = before.features[column].to_numpy()
        features[f"{column}_after"] = after.features[column].to_numpy()
        features[f"{column}_change"] = features[f"{column}_after"] - features[f"{column}_before"]
    b = before.municipalities.set_index("municipality")
    a = after.municipalities.set_index("municipality")
    numeric = [c for c in b.columns if c != "population"]
    change = (a[numeric] - b[numeric]).add_suffix("_change")
    return features, pd.concat(
        [b[["population"]], b[numeric].add_suffix("_before"), a[numeric].add_suffix("_after"), change], axis=1
    ).reset_index()


def _finite(values) -> np.ndarray:
    values = np.asarray(values, dtype=float)
    return np.where(np.isfinite(values), values, np.nan)


def _label(value: float) -> str:
    return f"{value:g}".replace(".", "_")
