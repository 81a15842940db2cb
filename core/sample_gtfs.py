"""The sample region's timetable as a GTFS feed: its railway and a bus line from every bus stop it has, consistent with
the stops' weekday departures (avgangar_vardag), deterministic.

- Trains run Norrsjö - Älvstad C - Mellanby - Österå (and any extension stations) along the railway at 90 km/h, every
  30 minutes each way on weekdays from 05:30, hourly at weekends; the last weekday train runs past midnight (times past
  24:00). Each station is a parent station with one platform.
- Every bus stop has its own line to the nearest station's platform: as many trips from the stop each weekday as its
  `avgangar_vardag` (so the feed's weekday departures there equal it), and as many back, which end at the stop.
  Buses run at 50 km/h over 1.3 times the straight distance.
- Calendar: weekdays of 2026 (VARDAG), weekends (HELG); Friday 1 May 2026 runs as a weekend day (calendar_dates).
- Planted: Skogsby has buses only from 10:00 (no service in a 07:00-09:00 window); Dalby's buses home leave by 12:00
  (a day trip to Älvstad fails); Sörby reaches Älvstad C by bus and train (one transfer at Mellanby) and the day trip
  works.
Plain numpy/pandas/shapely; never imports QGIS.
"""

from __future__ import annotations

import io
import zipfile
from pathlib import Path

import numpy as np
import pandas as pd
import shapely

from .sweref import to_lonlat

SAMPLE_DATE = "2026-03-10"  # a Tuesday with weekday service
NO_SERVICE_VILLAGE = "Skogsby"
NO_DAY_TRIP_VILLAGE = "Dalby"
TRANSFER_TOWN = "Sörby"
REGIONAL_CENTRE_STATION = "Älvstad C"
_TRAIN_KMH = 90.0
_BUS_KMH = 50.0
_DETOUR = 1.3


def _clock(seconds: float) -> str:
    seconds = int(round(seconds))
    return f"{seconds // 3600:02d}:{seconds // 60 % 60:02d}:{seconds % 60:02d}"


def sample_feed(
    station_names, station_xy, stop_fids, stop_names, stop_xy, departures, railway_xy
) -> dict[str, pd.DataFrame]:
    """The feed's tables from the sample region's stations, bus stops (fid, name, point, weekday departures) and
    railway (vertices), all in SWEREF 99 TM."""
    station_names = [str(n) for n in station_names]
    station_xy = np.asarray(station_xy, dtype=float).reshape(-1, 2)
    stop_xy = np.asarray(stop_xy, dtype=float).reshape(-1, 2)
    departures = np.asarray(departures, dtype=np.int64)
    rail = shapely.LineString(np.asarray(railway_xy, dtype=float))

    # Stops: stations (parent) with one platform each, then the bus stops.
    s_lon, s_lat = to_lonlat(station_xy[:, 0], station_xy[:, 1])
    b_lon, b_lat = to_lonlat(stop_xy[:, 0], stop_xy[:, 1])
    station_ids = [f"sta{k + 1}" for k in range(len(station_names))]
    platform_ids = [f"sta{k + 1}p1" for k in range(len(station_names))]
    bus_ids = [f"hp{int(f)}" for f in stop_fids]
    stops = pd.DataFrame(
        {
            "stop_id": station_ids + platform_ids + bus_ids,
            "stop_name": [f"{n} station" for n in station_names]
            + [f"{n} station, spår 1" for n in station_names]
            + list(map(str, stop_names)),
            "stop_lat": [f"{v:.7f}" for v in s_lat] + [""] * len(station_names) + [f"{v:.7f}" for v in b_lat],
            "stop_lon": [f"{v:.7f}" for v in s_lon] + [""] * len(station_names) + [f"{v:.7f}" for v in b_lon],
            "location_type": ["1"] * len(station_names) + ["0"] * (len(station_names) + len(bus_ids)),
            "parent_station": [""] * len(station_names) + station_ids + [""] * len(bus_ids),
        }
    )

    routes, trips, times = [], [], []

    def add_trip(route: str, service: str, trip: str, calls) -> None:
        trips.append((route, service, trip))
        for k, (stop, arrive, leave) in enumerate(calls):
            times.append((trip, _clock(arrive), _clock(leave), stop, k + 1))

    # Trains along the railway, in the order of the stations along it.
    along = shapely.line_locate_point(rail, shapely.points(station_xy))
    order = np.argsort(along)
    run = np.diff(along[order]) / (_TRAIN_KMH / 3.6)
    routes.append(("tag", "Tåget", "2"))
    for direction, seq in (("o", order), ("v", order[::-1])):
        legs = run if direction == "o" else run[::-1]
        for service, first, last, step in (("VARDAG", 5.5, 23.5, 1800), ("HELG", 7.0, 22.0, 3600)):
            for n, start in enumerate(np.arange(first * 3600, last * 3600 + 1, step)):
                t = start
                calls = []
                for k, s in enumerate(seq):
                    if k:
                        t += legs[k - 1]
                    arrive = t
                    leave = t + (60 if 0 < k < len(seq) - 1 else 0)
                    calls.append((platform_ids[s], arrive, leave))
                    t = leave
                add_trip("tag", service, f"tag_{direction}_{service}_{n}", calls)

    # A bus line from every stop to its nearest station.
    nearest = np.argmin(
        np.hypot(stop_xy[:, None, 0] - station_xy[None, :, 0], stop_xy[:, None, 1] - station_xy[None, :, 1]), axis=1
    )
    for k, (stop_id, name, n) in enumerate(zip(bus_ids, stop_names, departures)):
        if n <= 0:
            continue
        hub = int(nearest[k])
        minutes = np.hypot(*(stop_xy[k] - station_xy[hub])) * _DETOUR / (_BUS_KMH / 3.6) / 60.0
        ride = 60 * max(2, int(np.ceil(minutes)))
        first, last = 6 * 3600, 20 * 3600
        back_last = last
        town = str(name).split(" ")[0]
        if town == NO_SERVICE_VILLAGE:
            first = 10 * 3600
        if town == NO_DAY_TRIP_VILLAGE:
            first, last, back_last = 6 * 3600, 8 * 3600, 12 * 3600
        offset = 60 * (k % 7)
        out = first + offset + np.floor(np.arange(n) * (last - first) / max(n, 1) / 60) * 60
        back = first + offset + 1800 + np.floor(np.arange(n) * (back_last - first - 1800) / max(n, 1) / 60) * 60
        route = f"buss{k + 1}"
        routes.append((route, f"{name} - {station_names[hub]}", "3"))
        for j, t in enumerate(out):
            add_trip(route, "VARDAG", f"{route}_ut_{j}", [(stop_id, t, t), (platform_ids[hub], t + ride, t + ride)])
        for j, t in enumerate(back):
            add_trip(route, "VARDAG", f"{route}_in_{j}", [(platform_ids[hub], t, t), (stop_id, t + ride, t + ride)])

    return {
        "agency.txt": pd.DataFrame(
            {
                "agency_id": ["SLT"],
                "agency_name": ["Storå länstrafik"],
                "agency_url": ["https://example.org"],
                "agency_timezone": ["Europe/Stockholm"],
            }
        ),
        "stops.txt": stops,
        "routes.txt": pd.DataFrame(routes, columns=["route_id", "route_long_name", "route_type"]).assign(
            agency_id="SLT"
        ),
        "trips.txt": pd.DataFrame(trips, columns=["route_id", "service_id", "trip_id"]),
        "stop_times.txt": pd.DataFrame(
            times, columns=["trip_id", "arrival_time", "departure_time", "stop_id", "stop_sequence"]
        ),
        "calendar.txt": pd.DataFrame(
            {
                "service_id": ["VARDAG", "HELG"],
                "monday": ["1", "0"],
                "tuesday": ["1", "0"],
                "wednesday": ["1", "0"],
                "thursday": ["1", "0"],
                "friday": ["1", "0"],
                "saturday": ["0", "1"],
                "sunday": ["0", "1"],
                "start_date": ["20260101"] * 2,
                "end_date": ["20261231"] * 2,
            }
        ),
        "calendar_dates.txt": pd.DataFrame(
            {"service_id": ["VARDAG", "HELG"], "date": ["20260501"] * 2, "exception_type": ["2", "1"]}
        ),
    }


def feed_from_layers(layers) -> dict[str, pd.DataFrame]:
    """The feed of a built sample region (build_sample_region's layers)."""
    stations = layers["stationer"].frame
    stops = layers["hallplatser"].frame
    rail = layers["jarnvag"].frame
    coords = shapely.get_coordinates(np.asarray(rail.geometry, dtype=object))
    keep = np.r_[True, (np.abs(np.diff(coords, axis=0)) > 0).any(axis=1)]
    return sample_feed(
        stations["namn"],
        shapely.get_coordinates(np.asarray(stations.geometry, dtype=object)),
        stops["fid"],
        stops["namn"],
        shapely.get_coordinates(np.asarray(stops.geometry, dtype=object)),
        stops["avgangar_vardag"],
        coords[keep],
    )


def write_feed(tables: dict[str, pd.DataFrame], path) -> Path:
    """The tables as a GTFS zip file."""
    path = Path(path)
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as archive:
        for name, frame in tables.items():
            buffer = io.StringIO()
            frame.to_csv(buffer, index=False, lineterminator="\n")
            archive.writestr(name, buffer.getvalue())
    return path
