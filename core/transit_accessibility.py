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

from dataclasses import dataclass, field

import numpy as np
import pandas as pd

from .accessibility import weighted_median
from .messages import Message, translatable
from .progress import Progress, SilentProgress, check_cancelled
from .progress import sub_progress as _span
from .raptor import RaptorNetwork
from .raptor_range import egress_reduce, stop_event_arrivals, walk_pairs
from .transit_day_trip import DayTrip, day_trips
from .transit_minutes import per_origin_minutes

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

    a_orig, a_stop, a_walk = walk_pairs(origin_xy, stop_xy, max_walk_m, walk_speed_ms)
    e_dest, e_stop, e_walk = walk_pairs(dest_xy, stop_xy, max_walk_m, walk_speed_ms)
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
        lambda arrivals: egress_reduce(arrivals, e_stop, e_walk, e_starts, e_unique, n_dest),
        _span(progress, 0, 70),
        max_trip_s=max_trip_s,
        workers=workers,
    )
    at_dest = np.vstack(kept + [np.full((1, n_dest), np.inf, dtype=np.float32)])  # last row: no departure

    # Direct walks from origins to destinations.
    w_orig, w_dest, w_walk = walk_pairs(origin_xy, dest_xy, max_walk_m, walk_speed_ms)

    target = None if car_nearest is None else np.asarray(car_nearest, dtype=np.int64)
    per_minute_nearest, opportunities, to_target = per_origin_minutes(
        at_dest,
        ev_stop,
        ev_time,
        net.n_stops,
        minutes,
        (a_orig, a_stop, a_walk),
        (w_orig, w_dest, w_walk),
        n_orig,
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
