"""Runs pyraptor (PyPI, pure Python RAPTOR) in the peers' own environment: earliest arrivals from stops.

Usage: python run_pyraptor.py FEED DATE QUERIES.json OUT.json ROUNDS
QUERIES: [[origin stop_id, departure seconds], ...]. OUT: per query {stop_id: earliest arrival seconds}.
pyraptor's own GTFS reader is written for the Dutch feed (agency filter, calendar_dates only, parent stations required),
so this reads the feed with pandas (services by calendar.txt and calendar_dates.txt) and builds pyraptor's timetable
from its own classes, one station per stop (no platform transfers), and runs its RaptorAlgorithm unchanged.
"""

import datetime as dt
import io
import json
import sys
import time
import zipfile
from copy import deepcopy
from pathlib import Path

import pandas as pd
from loguru import logger
import pyraptor.model.raptor as raptor_module
from pyraptor.model.raptor import RaptorAlgorithm
from pyraptor.model.structures import (
    Routes,
    Station,
    Stations,
    Stop,
    Stops,
    Timetable,
    Transfers,
    Trip,
    Trips,
    TripStopTime,
    TripStopTimes,
)
from pyraptor.util import LARGE_NUMBER, str2sec

logger.remove()


def table(feed: Path, name: str) -> pd.DataFrame:
    if feed.is_dir():
        return pd.read_csv(feed / name, dtype=str, keep_default_na=False) if (feed / name).exists() else pd.DataFrame()
    with zipfile.ZipFile(feed) as z:
        return (
            pd.read_csv(io.BytesIO(z.read(name)), dtype=str, keep_default_na=False)
            if name in z.namelist()
            else pd.DataFrame()
        )


def services(feed: Path, date: dt.date) -> set:
    key = date.strftime("%Y%m%d")
    on = set()
    cal = table(feed, "calendar.txt")
    if len(cal):
        day = ["monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"][date.weekday()]
        on |= set(cal[(cal[day] == "1") & (cal.start_date <= key) & (cal.end_date >= key)].service_id)
    cd = table(feed, "calendar_dates.txt")
    if len(cd):
        today = cd[cd.date == key]
        on |= set(today[today.exception_type == "1"].service_id)
        on -= set(today[today.exception_type == "2"].service_id)
    return on


def build(feed: Path, date: dt.date) -> Timetable:
    trips = table(feed, "trips.txt")
    trips = trips[trips.service_id.isin(services(feed, date))]
    st = table(feed, "stop_times.txt")
    st = st[st.trip_id.isin(set(trips.trip_id))].copy()
    st["seq"] = st.stop_sequence.astype(int)
    st = st.sort_values(["trip_id", "seq"])
    # Blank times between timed stops (GTFS allows them), interpolated linearly in the stop order.
    for column in ("arrival_time", "departure_time"):
        seconds = st[column].map(lambda v: float(str2sec(v)) if v.strip() else float("nan"))
        blank = seconds.isna().groupby(st["trip_id"]).transform("any")  # only the trips with blanks, one by one
        if blank.any():
            seconds[blank] = (
                seconds[blank].groupby(st["trip_id"][blank]).transform(lambda v: v.interpolate(limit_area="inside"))
            )
        st[column] = seconds
    stations, stops = Stations(), Stops()
    for sid in sorted(set(st.stop_id)):
        station = stations.add(Station(sid, sid))
        stop = Stop(sid, sid, station, "?")
        station.add_stop(stop)
        stops.add(stop)
    trip_list, tsts = Trips(), TripStopTimes()
    for trip_id, group in st.groupby("trip_id", sort=True):
        trip = Trip()
        trip.hint = trip_id
        # The id Trips.add will give it, before its stop times are keyed by (trip, index): with the id still None they
        # hash alike and, once ids are given, no longer compare equal, so every later insert probed all earlier ones
        # (quadratic: 483,176 stop times did not load in 25 minutes). pyraptor's own GTFS reader has the same order.
        trip.id = trip_list.last_id
        for k, row in enumerate(group.itertuples()):
            tst = TripStopTime(trip, k, stops.get(row.stop_id), row.arrival_time, row.departure_time, 0)
            tsts.add(tst)
            trip.add_stop_time(tst)
        trip_list.add(trip)
    routes = Routes()
    for trip in trip_list:
        routes.add(trip)
    return Timetable(
        stations=stations, stops=stops, trips=trip_list, trip_stop_times=tsts, routes=routes, transfers=Transfers()
    )


def main() -> None:
    feed, date, queries, out, rounds = (
        Path(sys.argv[1]),
        dt.date.fromisoformat(sys.argv[2]),
        sys.argv[3],
        sys.argv[4],
        int(sys.argv[5]),
    )
    t0 = time.perf_counter()
    timetable = build(feed, date)
    t1 = time.perf_counter()
    # Time spent in the deep copies of its label bags that pyraptor makes every round (its own code, unchanged).
    copying = [0.0]

    def timed_deepcopy(value, *args):
        start = time.perf_counter()
        try:
            return deepcopy(value, *args)
        finally:
            copying[0] += time.perf_counter() - start

    raptor_module.deepcopy = timed_deepcopy
    results = []
    for origin, dep in json.loads(Path(queries).read_text()):
        if origin not in timetable.stops.set_idx:
            results.append({})
            continue
        algorithm = RaptorAlgorithm(timetable)
        algorithm.run([timetable.stops.get(origin)], int(dep), rounds)
        # Its best labels over all rounds (the bag of the last round stays empty when it stops early).
        best = algorithm.bag_star
        results.append(
            {
                s.id: float(label.earliest_arrival_time)
                for s, label in best.items()
                if label.earliest_arrival_time < LARGE_NUMBER
            }
        )
    t2 = time.perf_counter()
    Path(out).write_text(
        json.dumps(
            {
                "arrivals": results,
                "build_s": t1 - t0,
                "query_s": t2 - t1,
                "deepcopy_s": copying[0],
                "cpu_s": time.process_time(),
            }
        )
    )


if __name__ == "__main__":
    main()
