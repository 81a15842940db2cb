"""Changes to a timetable for a before/after: a new line drawn as a line with its stops, a headway and a speed (or a run
time), or a route's frequency multiplied. Each returns a new timetable (and stop coordinates); the input is unchanged.
Plain numpy/shapely; never imports QGIS."""

from __future__ import annotations

import dataclasses

import numpy as np
import shapely

from .gtfs import Pattern, Timetable, fifo_chains
from .messages import translatable


class ScenarioError(ValueError):
    def __init__(self, template: str, *fields: object) -> None:
        from .messages import Message

        self.message = Message(template, *fields)
        super().__init__(str(self.message))

    def render(self, translate=lambda template: template) -> str:
        return self.message.render(translate)


def add_line(
    timetable: Timetable,
    stop_xy: np.ndarray,
    line,
    stop_points_xy,
    headway_s: float,
    start_s: float,
    end_s: float,
    speed_kmh: float | None = None,
    run_time_s: float | None = None,
    dwell_s: float = 30.0,
    name: str = "new",
):
    """The timetable with a new line both ways: its stops are the given points in their order along the line (each put
    at its nearest point of the line), trips leave either end every `headway_s` from `start_s` while before `end_s`, and
    run at `speed_kmh` along the line (or take `run_time_s` end to end, shared by distance), waiting `dwell_s` at each
    stop between. Returns (timetable, stop_xy) with the new stops appended (ids '<name>-1', '<name>-2', ...)."""
    points = np.asarray(stop_points_xy, dtype=float).reshape(-1, 2)
    if len(points) < 2:
        raise ScenarioError(
            translatable("The new line '{0}' needs at least two stops (it has {1})."), name, len(points)
        )
    if headway_s <= 0:
        raise ScenarioError(translatable("The headway of the new line '{0}' must be positive."), name)
    along = shapely.line_locate_point(line, shapely.points(points))
    order = np.argsort(along, kind="stable")
    along = along[order]
    gaps = np.diff(along)
    if run_time_s is not None and run_time_s > 0:
        legs = gaps / max(along[-1] - along[0], 1e-9) * run_time_s
    elif speed_kmh is not None and speed_kmh > 0:
        legs = gaps / (speed_kmh / 3.6)
    else:
        raise ScenarioError(translatable("The new line '{0}' needs a speed or a run time."), name)
    n_old = timetable.n_stops
    m = len(points)
    ids = np.array([f"{name}-{k + 1}" for k in range(m)], dtype=object)
    new_index = n_old + np.arange(m)
    starts = np.arange(start_s, end_s, headway_s)
    patterns = list(timetable.patterns)
    for seq, leg in ((new_index, legs), (new_index[::-1], legs[::-1])):
        # Arrival at stop k: the runs before it plus the dwells at the stops between.
        arr_off = np.r_[0.0, np.cumsum(leg) + dwell_s * np.arange(0, m - 1)]
        dep_off = arr_off + np.r_[0.0, np.full(m - 2, dwell_s), 0.0]
        arr = np.rint(starts[:, None] + arr_off[None, :]).astype(np.int64)
        dep = np.rint(starts[:, None] + dep_off[None, :]).astype(np.int64)
        trips = np.array([f"{name}#{k}" for k in range(len(starts))], dtype=object)
        if len(starts):
            patterns.append(Pattern(name, np.asarray(seq, dtype=np.int64), dep, arr, trips))
    new_xy = np.vstack([stop_xy, points[order]])
    lon = np.r_[timetable.lon, np.full(m, np.nan)]
    lat = np.r_[timetable.lat, np.full(m, np.nan)]
    changed = dataclasses.replace(
        timetable,
        stop_ids=np.r_[timetable.stop_ids, ids],
        stop_names=np.r_[timetable.stop_names, ids],
        lon=lon,
        lat=lat,
        parent=np.r_[timetable.parent, np.full(m, -1, dtype=np.int64)],
        patterns=patterns,
    )
    return changed, new_xy


def multiply_frequency(timetable: Timetable, route_ids, factor: int) -> Timetable:
    """The timetable with `factor` times the trips of the routes: between each trip and the next of its pattern,
    factor - 1 copies evenly spaced; after the last trip, copies at the pattern's median headway."""
    wanted = {str(r) for r in route_ids}
    known = {p.route for p in timetable.patterns}
    missing = sorted(wanted - known)
    if missing:
        raise ScenarioError(translatable("No trip of the chosen day runs on route(s) {0}."), ", ".join(missing[:10]))
    if factor < 1:
        raise ScenarioError(translatable("The frequency factor must be a whole number of at least 1."))
    patterns = []
    for p in timetable.patterns:
        if p.route not in wanted or factor == 1:
            patterns.append(p)
            continue
        first = p.dep[:, 0].astype(float)
        gaps = np.diff(first)
        step = np.r_[gaps, np.median(gaps) if len(gaps) else 3600.0]
        shifts = [np.zeros(len(first))] + [step * k / factor for k in range(1, factor)]
        dep = np.vstack([p.dep + np.rint(s)[:, None].astype(np.int64) for s in shifts])
        arr = np.vstack([p.arr + np.rint(s)[:, None].astype(np.int64) for s in shifts])
        trips = np.concatenate(
            [p.trips] + [np.array([f"{t}+{k}" for t in p.trips], dtype=object) for k in range(1, factor)]
        )
        order = np.lexsort((dep[:, -1], dep[:, 0]))
        dep, arr, trips = dep[order], arr[order], trips[order]
        for chain in fifo_chains(dep, arr):
            patterns.append(Pattern(p.route, p.stops, dep[chain], arr[chain], trips[chain], p.no_pickup, p.no_dropoff))
    return dataclasses.replace(timetable, patterns=patterns)
