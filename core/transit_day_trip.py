"""Trafikverket's day-trip criterion by public transport: from home to a centre by a time, a stay of some hours, and
home again by a time. Plain numpy; never imports QGIS."""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np

from .progress import Progress, check_cancelled
from .raptor import RaptorNetwork
from .raptor_range import stop_event_arrivals, walk_pairs


@dataclass
class DayTrip:
    """Trafikverket's day-trip criterion: leave home no earlier than `earliest_s`, arrive at a centre by `arrive_by_s`,
    stay `stay_s`, be home again by `home_by_s`."""

    centres_xy: np.ndarray
    earliest_s: float
    arrive_by_s: float
    stay_s: float
    home_by_s: float


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
    c_idx, c_stop, c_walk = walk_pairs(centres, stop_xy, max_walk_m, speed)
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
