"""RAPTOR (Delling, Pajor & Werneck 2012) vectorised over many searches at once, and its range form over a window.

A search is a row of labels (earliest arrival per stop). Each round scans every pattern that a stop improved in the
last round touches, for all searches together: one sorted look-up finds, for every search and every stop of the
pattern, the first trip that can be boarded there; a running minimum along the pattern gives the trip on board (with
trips in FIFO order, the earliest boarded trip arrives first everywhere after), and its arrival times are gathered.
Walks (transfers) follow each round once, as in RAPTOR. Round k allows k trips (k - 1 transfers).

Range form: from a stop, the earliest arrivals for a departure at any moment are those of a departure at the next
moment a trip leaves that stop, so one search per departure event of a stop gives every minute of a window.
Pure numpy; never imports QGIS.
"""

from __future__ import annotations

from dataclasses import dataclass, field

import numpy as np

from .progress import Progress, SilentProgress, check_cancelled

_BIG = 16 * 86400.0  # larger than any span of times in a day's timetable


@dataclass
class RaptorNetwork:
    n_stops: int
    stops: list  # per pattern: (m,) stop indices
    flat_dep: list  # per pattern: departures column by column, each column offset by its index * _BIG
    arr_ext: list  # per pattern: (T + 1, m) arrivals with a row of inf for "no trip"
    n_trips: np.ndarray
    has_repeat: np.ndarray  # a pattern that visits a stop twice
    stop_patterns: list  # per stop: indices of the patterns that call there
    walk_from: np.ndarray  # walks sorted by their end stop
    walk_to: np.ndarray
    walk_s: np.ndarray
    walk_starts: np.ndarray
    walk_ends_unique: np.ndarray
    departures_at: list  # per stop: sorted distinct departure times (trips that go on from it)
    board: list  # per pattern: (m - 1,) where boarding is allowed (pickup_type is not 1)
    alight: list  # per pattern: (m - 1,) where alighting is allowed at stops 1..m-1 (drop_off_type is not 1)
    # Per pattern, made once for the scans: the column offsets of flat_dep, each column's first index in flat_dep,
    # the arrival columns (1..m-1), and whether boarding / alighting is allowed everywhere.
    dep_offset: list = field(default_factory=list)
    dep_first: list = field(default_factory=list)
    arr_cols: list = field(default_factory=list)
    boards_everywhere: np.ndarray = field(default_factory=lambda: np.empty(0, dtype=bool))
    alights_everywhere: np.ndarray = field(default_factory=lambda: np.empty(0, dtype=bool))

    def __post_init__(self) -> None:
        if not self.dep_offset:
            columns = [np.arange(len(stops) - 1) for stops in self.stops]
            self.dep_offset = [c * _BIG + 2 * 86400.0 for c in columns]
            self.dep_first = [c * int(n) for c, n in zip(columns, self.n_trips)]
            self.arr_cols = [c + 1 for c in columns]
            self.boards_everywhere = np.array([b.all() for b in self.board], dtype=bool)
            self.alights_everywhere = np.array([a.all() for a in self.alight], dtype=bool)


def prepare(
    timetable, xy: np.ndarray | None = None, walk_speed_ms: float = 1.3, max_transfer_m: float = 0.0
) -> RaptorNetwork:
    """The timetable's patterns in search form, with walks: transfers.txt (its time, or walked), between platforms of
    one station, and between any two stops within `max_transfer_m` in a straight line at `walk_speed_ms`.
    `xy`: stop coordinates in metres (nan where unknown)."""
    n = timetable.n_stops
    stops, flat_dep, arr_ext, n_trips, repeat, board, alight = [], [], [], [], [], [], []
    stop_patterns: list[list[int]] = [[] for _ in range(n)]
    departures: list[list[np.ndarray]] = [[] for _ in range(n)]
    for k, p in enumerate(timetable.patterns):
        m = len(p.stops)
        dep = p.dep.astype(float)
        offset = (np.arange(m) * _BIG + 2 * 86400.0)[None, :]
        flat_dep.append((dep + offset).T.ravel())
        arr_ext.append(np.vstack([p.arr.astype(float), np.full((1, m), np.inf)]))
        stops.append(p.stops)
        n_trips.append(len(dep))
        repeat.append(len(np.unique(p.stops)) < m)
        for s in np.unique(p.stops):
            stop_patterns[s].append(k)
        board.append(~p.no_pickup[:-1])
        alight.append(~p.no_dropoff[1:])
        for j in range(m - 1):
            if not p.no_pickup[j]:
                departures[p.stops[j]].append(dep[:, j])
    froms, tos, secs = [timetable.transfer_from], [timetable.transfer_to], [timetable.transfer_s.astype(float)]
    if xy is not None and len(timetable.transfer_from):
        d = np.hypot(*(xy[timetable.transfer_from] - xy[timetable.transfer_to]).T)
        secs[0] = np.where(np.isnan(secs[0]), d / walk_speed_ms, secs[0])
    if xy is not None and max_transfer_m > 0:
        ok = np.flatnonzero(np.isfinite(xy).all(axis=1))
        if len(ok):
            from scipy.spatial import cKDTree

            pairs = cKDTree(xy[ok]).query_pairs(max_transfer_m, output_type="ndarray")
            if len(pairs):
                a, b = ok[pairs[:, 0]], ok[pairs[:, 1]]
                d = np.hypot(*(xy[a] - xy[b]).T) / walk_speed_ms
                froms += [a, b]
                tos += [b, a]
                secs += [d, d]
    f = np.concatenate(froms).astype(np.int64)
    t = np.concatenate(tos).astype(np.int64)
    s = np.concatenate(secs)
    # A walk without a known time (no coordinates) is left out; transfers.txt comes first and wins for its pair.
    keep = np.isfinite(s)
    f, t, s = f[keep], t[keep], s[keep]
    if len(f):
        key = f * n + t
        _, first = np.unique(key, return_index=True)
        f, t, s = f[first], t[first], s[first]
    order = np.lexsort((f, t))
    f, t, s = f[order], t[order], s[order]
    starts = np.flatnonzero(np.r_[True, t[1:] != t[:-1]]) if len(t) else np.empty(0, dtype=np.int64)
    return RaptorNetwork(
        n,
        stops,
        flat_dep,
        arr_ext,
        np.array(n_trips, dtype=np.int64),
        np.array(repeat, dtype=bool),
        [np.array(v, dtype=np.int64) for v in stop_patterns],
        f,
        t,
        s,
        starts,
        t[starts] if len(t) else np.empty(0, dtype=np.int64),
        [np.unique(np.concatenate(v)) if v else np.empty(0) for v in departures],
        board,
        alight,
    )


def earliest_arrivals(
    net: RaptorNetwork,
    labels: np.ndarray,
    max_rounds: int,
    initial_walks: bool = False,
    limit: np.ndarray | None = None,
    progress: Progress | None = None,
) -> np.ndarray:
    """Earliest arrival (seconds) at every stop for each row of start labels (seconds; inf where a search does not
    start), with at most `max_rounds` trips. With `initial_walks`, the start labels are walked on before the first
    trip. With `limit` (per row), arrivals later than it are dropped (pruning: they are of no use to the caller).
    Returns an array like `labels`; a stop only walked to from a start counts as reached.

    Each round scans a pattern only for the searches with a stop of it improved in the round before: boarding
    anywhere else was tried already (RAPTOR's marking, per search)."""
    progress = progress or SilentProgress()
    best = np.array(labels, dtype=float, copy=True)
    if initial_walks:
        _walk(net, best, np.isfinite(best))
    marked_rows = np.isfinite(best)
    limit = None if limit is None else np.asarray(limit, dtype=float)[:, None]
    for _ in range(max_rounds):
        check_cancelled(progress)
        marked = marked_rows.any(axis=0)
        if not marked.any():
            break
        prev = best
        cur = best.copy()
        touched = np.unique(
            np.concatenate([net.stop_patterns[s] for s in np.flatnonzero(marked)] or [np.empty(0, dtype=np.int64)])
        )
        for k in touched:
            _scan(net, k, prev, cur, marked_rows)
        if limit is not None:
            cur[cur > limit] = np.inf
        improved = cur < prev
        if improved.any():
            _walk(net, cur, improved)
            if limit is not None:
                cur[cur > limit] = np.inf
        marked_rows = cur < prev
        best = cur
    return best


def _scan(net: RaptorNetwork, k: int, prev: np.ndarray, cur: np.ndarray, marked_rows: np.ndarray) -> None:
    stops = net.stops[k]
    n_trips = int(net.n_trips[k])
    rows = np.flatnonzero(marked_rows[:, stops[:-1]].any(axis=1))
    if not len(rows):
        return
    every = len(rows) == prev.shape[0]
    query = (prev[:, stops[:-1]] if every else prev[rows[:, None], stops[:-1]]) + net.dep_offset[k]
    if not net.boards_everywhere[k]:
        query[:, ~net.board[k]] = np.inf
    pos = np.searchsorted(net.flat_dep[k], query.ravel(), side="left").reshape(query.shape)
    pos -= net.dep_first[k]
    np.minimum(pos, n_trips, out=pos)
    on = np.minimum.accumulate(pos, axis=1)
    arrival = net.arr_ext[k][on, net.arr_cols[k]]
    if not net.alights_everywhere[k]:
        arrival[:, ~net.alight[k]] = np.inf
    if net.has_repeat[k]:
        target = cur.T
        for j in range(1, len(stops)):
            column = target[stops[j]]
            column[rows] = np.minimum(column[rows], arrival[:, j - 1])
    elif every:
        cols = stops[1:]
        cur[:, cols] = np.minimum(cur[:, cols], arrival)
    else:
        index = (rows[:, None], stops[1:])
        cur[index] = np.minimum(cur[index], arrival)


def _walk(net: RaptorNetwork, cur: np.ndarray, improved: np.ndarray) -> None:
    """One walk from every stop a search improved in this round (`improved`: per search and stop), as RAPTOR does after
    each round: walks are not chained, so a search never walks on from a label it reached by walking in a round before
    (even where another search of the batch improved that stop: the answers do not depend on the batch)."""
    if not len(net.walk_from):
        return
    use = improved.any(axis=0)[net.walk_from]
    if not use.any():
        return
    f, t, s = net.walk_from[use], net.walk_to[use], net.walk_s[use]
    starts = np.flatnonzero(np.r_[True, t[1:] != t[:-1]])
    cand = np.where(improved[:, f], cur[:, f] + s, np.inf)
    reduced = np.minimum.reduceat(cand, starts, axis=1)
    ends = t[starts]
    cur[:, ends] = np.minimum(cur[:, ends], reduced)
