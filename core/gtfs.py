"""GTFS timetables as they come: a feed (zip or folder) read, checked and turned into the timetable of one day.

calendar.txt and calendar_dates.txt decide which services run on the date; trips of the day before that run past
midnight (times past 24:00) are kept with their times less 24 hours; frequencies.txt trips are expanded into
scheduled trips; parent stations give their platforms coordinates and join them by walks; transfers.txt becomes
walks between stops. Trips are grouped into patterns (one stop sequence, trips ordered without overtaking) for
RAPTOR. Broken references are named by file, line and id. Plain numpy/pandas; never imports QGIS.
"""

from __future__ import annotations

import datetime as dt
import io
import zipfile
from dataclasses import dataclass, field
from pathlib import Path

import numpy as np
import pandas as pd

from .messages import Message, translatable

DAY = 86400
WEEKDAYS = ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")


class GtfsError(Exception):
    """A feed that cannot be used, with a translatable message naming file, line and id."""

    def __init__(self, template: str, *fields: object) -> None:
        self.message = Message(template, *fields)
        super().__init__(str(self.message))

    def render(self, translate=lambda template: template) -> str:
        return self.message.render(translate)


@dataclass
class Pattern:
    """Trips that serve one stop sequence, ordered so that no trip overtakes another (FIFO)."""

    route: str
    stops: np.ndarray  # (m,) stop indices
    dep: np.ndarray  # (T, m) departure seconds after midnight of the date (may be negative or past a day)
    arr: np.ndarray  # (T, m) arrival seconds
    trips: np.ndarray  # (T,) trip ids (a frequency-based trip's copies carry '#k')
    no_pickup: np.ndarray | None = None  # (m,) pickup_type 1 at the stop: nobody boards there
    no_dropoff: np.ndarray | None = None  # (m,) drop_off_type 1: nobody alights there

    def __post_init__(self) -> None:
        m = len(self.stops)
        if self.no_pickup is None:
            self.no_pickup = np.zeros(m, dtype=bool)
        if self.no_dropoff is None:
            self.no_dropoff = np.zeros(m, dtype=bool)


@dataclass
class Timetable:
    date: dt.date
    stop_ids: np.ndarray  # object
    stop_names: np.ndarray  # object
    lon: np.ndarray  # nan where a stop has no coordinates of its own nor of its parent
    lat: np.ndarray
    parent: np.ndarray  # index of the parent station, -1 for none
    patterns: list
    transfer_from: np.ndarray  # walks from transfers.txt and between platforms of one station (stop indices)
    transfer_to: np.ndarray
    transfer_s: np.ndarray  # seconds; nan: to be walked at the walking speed (set by the caller)
    messages: list = field(default_factory=list)

    @property
    def n_stops(self) -> int:
        return len(self.stop_ids)

    def stop_index(self, stop_id: str) -> int:
        where = np.flatnonzero(self.stop_ids == stop_id)
        if not len(where):
            raise KeyError(stop_id)
        return int(where[0])

    def departures(self, start_s: float, end_s: float) -> np.ndarray:
        """Departures per stop in [start_s, end_s): stop times of trips that go on from the stop."""
        counts = np.zeros(self.n_stops, dtype=np.int64)
        for p in self.patterns:
            d = p.dep[:, :-1]
            hit = (d >= start_s) & (d < end_s) & ~p.no_pickup[None, :-1]
            np.add.at(counts, p.stops[:-1], hit.sum(axis=0))
        return counts


# ----------------------------------------------------------------------------------------------------------------
# Reading


def read_feed(path) -> dict[str, pd.DataFrame]:
    """The feed's tables as text (every column a string, blanks as ''), from a zip file or a folder."""
    path = Path(path)
    tables: dict[str, pd.DataFrame] = {}
    if path.is_dir():
        for file in sorted(path.glob("*.txt")):
            tables[file.name] = _read_table(file.read_bytes(), file.name)
    elif path.is_file() and zipfile.is_zipfile(path):
        with zipfile.ZipFile(path) as archive:
            for name in archive.namelist():
                base = name.rsplit("/", 1)[-1]
                if base.endswith(".txt") and base not in tables:
                    tables[base] = _read_table(archive.read(name), base)
    else:
        raise GtfsError(translatable("The GTFS feed '{0}' is neither a zip file nor a folder."), str(path))
    for required in ("stops.txt", "trips.txt", "stop_times.txt"):
        if required not in tables:
            raise GtfsError(translatable("The GTFS feed '{0}' has no {1}."), path.name, required)
    if "calendar.txt" not in tables and "calendar_dates.txt" not in tables:
        raise GtfsError(translatable("The GTFS feed '{0}' has neither calendar.txt nor calendar_dates.txt."), path.name)
    return tables


def _read_table(data: bytes, name: str) -> pd.DataFrame:
    if data.startswith(b"\xef\xbb\xbf"):
        data = data[3:]
    if not data.strip():
        return pd.DataFrame()
    try:
        frame = pd.read_csv(io.BytesIO(data), dtype=str, keep_default_na=False, skipinitialspace=True)
    except (pd.errors.ParserError, UnicodeDecodeError) as error:
        raise GtfsError(translatable("{0} cannot be read as CSV: {1}"), name, str(error).strip()) from None
    frame.columns = [c.strip() for c in frame.columns]
    return frame


def _column(frame: pd.DataFrame, name: str, file: str, required: bool = True) -> np.ndarray:
    if name not in frame.columns:
        if required:
            raise GtfsError(translatable("{0} has no column '{1}'."), file, name)
        return np.full(len(frame), "", dtype=object)
    return frame[name].str.strip().to_numpy(dtype=object)


def parse_times(values: np.ndarray, file: str, column: str) -> np.ndarray:
    """'H:MM:SS' (hours may pass 24) to seconds; blanks to nan; a malformed time names file, line and value."""
    values = np.asarray(values, dtype=object)
    out = np.full(len(values), np.nan)
    present = np.array([bool(v) for v in values], dtype=bool)
    if present.any():
        parts = pd.Series(values[present]).str.split(":", expand=True)
        ok = parts.shape[1] == 3
        numbers = parts.apply(pd.to_numeric, errors="coerce") if ok else pd.DataFrame()
        if not ok or numbers.isna().any(axis=None):
            bad = 0 if not ok else int(np.flatnonzero(numbers.isna().any(axis=1).to_numpy())[0])
            line = int(np.flatnonzero(present)[bad]) + 2
            raise GtfsError(
                translatable("{0}, line {1}: '{2}' in {3} is not a time (H:MM:SS)."),
                file,
                line,
                values[present][bad],
                column,
            )
        out[present] = numbers[0].to_numpy() * 3600 + numbers[1].to_numpy() * 60 + numbers[2].to_numpy()
    return out


def _check_references(values: np.ndarray, known, file: str, column: str, target: str) -> None:
    missing = ~pd.Series(values).isin(known).to_numpy()
    if missing.any():
        k = int(np.flatnonzero(missing)[0])
        raise GtfsError(
            translatable("{0}, line {1}: {2} '{3}' is not in {4} ({5} such line(s))."),
            file,
            k + 2,
            column,
            values[k],
            target,
            int(missing.sum()),
        )


# ----------------------------------------------------------------------------------------------------------------
# Services on a date


def services_on(tables: dict[str, pd.DataFrame], date: dt.date) -> set[str]:
    """The service ids that run on the date: calendar.txt by weekday and date range, then calendar_dates.txt
    (1 adds, 2 removes)."""
    running: set[str] = set()
    key = date.strftime("%Y%m%d")
    calendar = tables.get("calendar.txt")
    if calendar is not None and len(calendar):
        ids = _column(calendar, "service_id", "calendar.txt")
        day = _column(calendar, WEEKDAYS[date.weekday()], "calendar.txt")
        start = _column(calendar, "start_date", "calendar.txt")
        end = _column(calendar, "end_date", "calendar.txt")
        on = (day == "1") & (start <= key) & (end >= key)
        running.update(ids[on])
    dates = tables.get("calendar_dates.txt")
    if dates is not None and len(dates):
        ids = _column(dates, "service_id", "calendar_dates.txt")
        when = _column(dates, "date", "calendar_dates.txt")
        kind = _column(dates, "exception_type", "calendar_dates.txt")
        today = when == key
        running.update(ids[today & (kind == "1")])
        running.difference_update(ids[today & (kind == "2")])
    return running


def service_range(tables: dict[str, pd.DataFrame]) -> tuple[str, str]:
    """The first and last date the feed's calendars mention ('' when none)."""
    dates = []
    if "calendar.txt" in tables and len(tables["calendar.txt"]):
        dates += list(_column(tables["calendar.txt"], "start_date", "calendar.txt"))
        dates += list(_column(tables["calendar.txt"], "end_date", "calendar.txt"))
    if "calendar_dates.txt" in tables and len(tables["calendar_dates.txt"]):
        dates += list(_column(tables["calendar_dates.txt"], "date", "calendar_dates.txt"))
    dates = sorted(d for d in dates if d)
    fmt = lambda d: f"{d[:4]}-{d[4:6]}-{d[6:]}"  # noqa: E731
    return (fmt(dates[0]), fmt(dates[-1])) if dates else ("", "")


# ----------------------------------------------------------------------------------------------------------------
# The timetable of one day


def timetable_for_date(tables: dict[str, pd.DataFrame], date: dt.date, feed_name: str = "GTFS") -> Timetable:
    """The trips that run on `date` (and those of the day before still running after midnight), as patterns."""
    messages: list = []
    stops = tables["stops.txt"]
    stop_ids = _column(stops, "stop_id", "stops.txt")
    if len(set(stop_ids)) != len(stop_ids):
        dup = pd.Series(stop_ids).duplicated().to_numpy()
        k = int(np.flatnonzero(dup)[0])
        raise GtfsError(translatable("stops.txt, line {0}: stop_id '{1}' appears twice."), k + 2, stop_ids[k])
    index_of = pd.Series(np.arange(len(stop_ids)), index=stop_ids)
    names = _column(stops, "stop_name", "stops.txt", required=False)
    lat = pd.to_numeric(pd.Series(_column(stops, "stop_lat", "stops.txt", required=False)), errors="coerce").to_numpy(
        dtype=float
    )
    lon = pd.to_numeric(pd.Series(_column(stops, "stop_lon", "stops.txt", required=False)), errors="coerce").to_numpy(
        dtype=float
    )
    parent_ids = _column(stops, "parent_station", "stops.txt", required=False)
    has_parent = parent_ids != ""
    _check_references(parent_ids[has_parent], index_of.index, "stops.txt", "parent_station", "stops.txt")
    parent = np.full(len(stop_ids), -1, dtype=np.int64)
    parent[has_parent] = index_of[parent_ids[has_parent]].to_numpy()
    # A platform without coordinates takes its station's (GTFS requires them only of stations and stops in use).
    lonlat_zero = (lat == 0) & (lon == 0)
    lat[lonlat_zero] = np.nan
    lon[lonlat_zero] = np.nan
    inherit = has_parent & ~np.isfinite(lat)
    lat[inherit] = lat[parent[inherit]]
    lon[inherit] = lon[parent[inherit]]

    trips = tables["trips.txt"]
    trip_ids = _column(trips, "trip_id", "trips.txt")
    trip_route = _column(trips, "route_id", "trips.txt")
    trip_service = _column(trips, "service_id", "trips.txt")
    twice = pd.Series(trip_ids).duplicated().to_numpy()
    if twice.any():
        k = int(np.flatnonzero(twice)[0])
        raise GtfsError(translatable("trips.txt, line {0}: trip_id '{1}' appears twice."), k + 2, trip_ids[k])
    if "routes.txt" in tables and len(tables["routes.txt"]):
        _check_references(
            trip_route, _column(tables["routes.txt"], "route_id", "routes.txt"), "trips.txt", "route_id", "routes.txt"
        )
    known_services: set[str] = set()
    for file in ("calendar.txt", "calendar_dates.txt"):
        if file in tables and len(tables[file]):
            known_services.update(_column(tables[file], "service_id", file))
    _check_references(trip_service, known_services, "trips.txt", "service_id", "calendar.txt/calendar_dates.txt")

    today = services_on(tables, date)
    yesterday = services_on(tables, date - dt.timedelta(days=1))

    st = tables["stop_times.txt"]
    st_trip = _column(st, "trip_id", "stop_times.txt")
    st_stop = _column(st, "stop_id", "stop_times.txt")
    _check_references(st_trip, trip_ids, "stop_times.txt", "trip_id", "trips.txt")
    _check_references(st_stop, index_of.index, "stop_times.txt", "stop_id", "stops.txt")
    seq = pd.to_numeric(pd.Series(_column(st, "stop_sequence", "stop_times.txt")), errors="coerce").to_numpy()
    if np.isnan(seq).any():
        k = int(np.flatnonzero(np.isnan(seq))[0])
        raise GtfsError(
            translatable("stop_times.txt, line {0}: stop_sequence '{1}' is not a number."),
            k + 2,
            _column(st, "stop_sequence", "stop_times.txt")[k],
        )
    arr = parse_times(_column(st, "arrival_time", "stop_times.txt"), "stop_times.txt", "arrival_time")
    dep = parse_times(_column(st, "departure_time", "stop_times.txt"), "stop_times.txt", "departure_time")
    arr = np.where(np.isnan(arr), dep, arr)
    dep = np.where(np.isnan(dep), arr, dep)
    frame = pd.DataFrame(
        {
            "trip": st_trip,
            "stop": index_of[st_stop].to_numpy(),
            "seq": seq,
            "arr": arr,
            "dep": dep,
            "line": np.arange(len(st_trip)) + 2,
            "no_pickup": _column(st, "pickup_type", "stop_times.txt", required=False) == "1",
            "no_dropoff": _column(st, "drop_off_type", "stop_times.txt", required=False) == "1",
        }
    )
    frame = frame.sort_values(["trip", "seq"], kind="stable")
    # Times between timed stops (blank) are interpolated linearly in the stop order, as GTFS allows.
    if frame["arr"].isna().any():
        frame[["arr", "dep"]] = frame.groupby("trip", sort=False)[["arr", "dep"]].transform(
            lambda s: s.interpolate(limit_area="inside")
        )
        untimed = frame["arr"].isna().to_numpy()
        if untimed.any():
            k = int(np.flatnonzero(untimed)[0])
            raise GtfsError(
                translatable("stop_times.txt, line {0}: trip '{1}' has no time at its first or last stop."),
                int(frame["line"].iloc[k]),
                frame["trip"].iloc[k],
            )

    service_of = pd.Series(trip_service, index=trip_ids)
    route_of = pd.Series(trip_route, index=trip_ids)
    trip_service_st = service_of[frame["trip"].to_numpy()].to_numpy()
    frame["route"] = route_of[frame["trip"].to_numpy()].to_numpy()

    frequencies = tables.get("frequencies.txt")
    freq_rows = None
    if frequencies is not None and len(frequencies):
        f_trip = _column(frequencies, "trip_id", "frequencies.txt")
        _check_references(f_trip, trip_ids, "frequencies.txt", "trip_id", "trips.txt")
        f_start = parse_times(_column(frequencies, "start_time", "frequencies.txt"), "frequencies.txt", "start_time")
        f_end = parse_times(_column(frequencies, "end_time", "frequencies.txt"), "frequencies.txt", "end_time")
        f_head = pd.to_numeric(
            pd.Series(_column(frequencies, "headway_secs", "frequencies.txt")), errors="coerce"
        ).to_numpy()
        bad = ~(f_head > 0)
        if bad.any():
            k = int(np.flatnonzero(bad)[0])
            raise GtfsError(
                translatable("frequencies.txt, line {0}: headway_secs '{1}' is not a positive number."),
                k + 2,
                _column(frequencies, "headway_secs", "frequencies.txt")[k],
            )
        freq_rows = pd.DataFrame({"trip": f_trip, "start": f_start, "end": f_end, "headway": f_head})

    parts = []
    for services, shift in ((today, 0), (yesterday, -DAY)):
        keep = pd.Series(trip_service_st).isin(services).to_numpy()
        if not keep.any():
            continue
        day = frame[keep].copy()
        day["arr"] += shift
        day["dep"] += shift
        if freq_rows is not None:
            day = _expand_frequencies(day, freq_rows, shift)
        if shift:
            # Yesterday's trips matter only where they still run after midnight.
            late = day.groupby("trip", sort=False)["arr"].transform("max").to_numpy() >= 0
            day = day[late]
            day["trip"] = day["trip"] + "@-1"
        if len(day):
            parts.append(day)
    if not parts:
        first, last = service_range(tables)
        raise GtfsError(
            translatable("The GTFS feed '{0}' has no service on {1} (its calendars run from {2} to {3})."),
            feed_name,
            date.isoformat(),
            first,
            last,
        )
    day = pd.concat(parts, ignore_index=True)
    patterns = _patterns(day)

    served = np.zeros(len(stop_ids), dtype=bool)
    for p in patterns:
        served[p.stops] = True
    blind = served & ~np.isfinite(lat)
    if blind.any():
        ids = stop_ids[blind]
        messages.append(
            Message(
                translatable(
                    "stops.txt: {0} stop(s) in use have no coordinates (nor a parent station with "
                    "them) and can be reached only by transfers: {1}"
                ),
                int(blind.sum()),
                ", ".join(ids[:10]) + (" …" if len(ids) > 10 else ""),
            )
        )

    t_from, t_to, t_s = _transfers(tables, index_of, parent)
    return Timetable(date, stop_ids, names, lon, lat, parent, patterns, t_from, t_to, t_s, messages)


def _expand_frequencies(day: pd.DataFrame, freq: pd.DataFrame, shift: int) -> pd.DataFrame:
    """Trips of frequencies.txt repeated every headway from start_time while before end_time; their own times give the
    run times (offsets from their first departure)."""
    freq = freq[freq["trip"].isin(day["trip"].unique())]
    if not len(freq):
        return day
    plain = day[~day["trip"].isin(freq["trip"])]
    copies = [plain]
    for trip, group in day[day["trip"].isin(freq["trip"])].groupby("trip", sort=False):
        first = group["dep"].iloc[0]
        k = 0
        for start, end, headway in freq.loc[freq["trip"] == trip, ["start", "end", "headway"]].itertuples(index=False):
            starts = np.arange(start + shift, end + shift, headway)
            for s in starts:
                copy = group.copy()
                copy["arr"] = group["arr"] - first + s
                copy["dep"] = group["dep"] - first + s
                copy["trip"] = f"{trip}#{k}"
                k += 1
                copies.append(copy)
    return pd.concat(copies, ignore_index=True)


def _patterns(day: pd.DataFrame) -> list:
    """Trips grouped by route and stop sequence; a trip that would overtake another of its group starts a new group."""
    day = day.sort_values(["trip", "seq"], kind="stable")
    trips, start = np.unique(day["trip"].to_numpy(), return_index=True)
    bounds = np.r_[start, len(day)]
    stops = day["stop"].to_numpy()
    arr = day["arr"].to_numpy()
    dep = day["dep"].to_numpy()
    route = day["route"].to_numpy()
    no_pickup = day["no_pickup"].to_numpy()
    no_dropoff = day["no_dropoff"].to_numpy()
    groups: dict[tuple, list[int]] = {}
    for k in range(len(trips)):
        a, b = bounds[k], bounds[k + 1]
        if b - a < 2:
            continue
        groups.setdefault((route[a], tuple(stops[a:b]), tuple(no_pickup[a:b]), tuple(no_dropoff[a:b])), []).append(k)
    patterns = []
    for (route_id, seq, pick, drop), member_list in groups.items():
        members = np.array(member_list)
        m = len(seq)
        d = np.stack([dep[bounds[k] : bounds[k] + m] for k in members])
        a_ = np.stack([arr[bounds[k] : bounds[k] + m] for k in members])
        order = np.lexsort((d[:, -1], d[:, 0]))
        d, a_, members = d[order], a_[order], members[order]
        for chain in fifo_chains(d, a_):
            patterns.append(
                Pattern(
                    str(route_id),
                    np.array(seq, dtype=np.int64),
                    d[chain].astype(np.int64),
                    a_[chain].astype(np.int64),
                    trips[members[chain]],
                    np.array(pick, dtype=bool),
                    np.array(drop, dtype=bool),
                )
            )
    return patterns


def fifo_chains(dep: np.ndarray, arr: np.ndarray) -> list:
    """Trips (rows, in order of first departure) split into chains in which every time is non-decreasing from trip to
    trip: no trip of a chain overtakes another, as RAPTOR's route scan needs."""
    chains: list[list[int]] = []
    for t in range(len(dep)):
        for chain in chains:
            last = chain[-1]
            if (dep[t] >= dep[last]).all() and (arr[t] >= arr[last]).all():
                chain.append(t)
                break
        else:
            chains.append([t])
    return [np.array(c, dtype=np.int64) for c in chains]


def _transfers(tables, index_of: pd.Series, parent: np.ndarray):
    """Walks between stops: transfers.txt (min_transfer_time where given, else walked) and between the platforms of
    one station (walked). Same-stop rows and 'not possible' (type 3) are left out."""
    froms, tos, secs = [], [], []
    transfers = tables.get("transfers.txt")
    if transfers is not None and len(transfers):
        f = _column(transfers, "from_stop_id", "transfers.txt")
        t = _column(transfers, "to_stop_id", "transfers.txt")
        _check_references(f, index_of.index, "transfers.txt", "from_stop_id", "stops.txt")
        _check_references(t, index_of.index, "transfers.txt", "to_stop_id", "stops.txt")
        kind = _column(transfers, "transfer_type", "transfers.txt", required=False)
        minimum = pd.to_numeric(
            pd.Series(_column(transfers, "min_transfer_time", "transfers.txt", required=False)), errors="coerce"
        ).to_numpy(dtype=float)
        keep = (f != t) & (kind != "3")
        froms.append(index_of[f[keep]].to_numpy())
        tos.append(index_of[t[keep]].to_numpy())
        secs.append(minimum[keep])
    child = np.flatnonzero(parent >= 0)
    if len(child):
        frame = pd.DataFrame({"stop": child, "parent": parent[child]})
        pairs = frame.merge(frame, on="parent")
        pairs = pairs[pairs["stop_x"] != pairs["stop_y"]]
        froms.append(pairs["stop_x"].to_numpy())
        tos.append(pairs["stop_y"].to_numpy())
        secs.append(np.full(len(pairs), np.nan))
    if not froms:
        return np.empty(0, dtype=np.int64), np.empty(0, dtype=np.int64), np.empty(0)
    return (
        np.concatenate(froms).astype(np.int64),
        np.concatenate(tos).astype(np.int64),
        np.concatenate(secs).astype(float),
    )


def parse_date(text: str) -> dt.date:
    """'2026-03-10' or '20260310'."""
    text = text.strip()
    for fmt in ("%Y-%m-%d", "%Y%m%d"):
        try:
            return dt.datetime.strptime(text, fmt).date()
        except ValueError:
            pass
    raise GtfsError(translatable("'{0}' is not a date (YYYY-MM-DD)."), text)


def parse_clock(text: str) -> int:
    """'07:00' or '7:00:00' (hours may pass 24) to seconds."""
    parts = text.strip().split(":")
    try:
        numbers = [int(p) for p in parts]
    except ValueError:
        numbers = []
    if len(numbers) not in (2, 3) or any(n < 0 for n in numbers) or any(n >= 60 for n in numbers[1:]):
        raise GtfsError(translatable("'{0}' is not a time of day (HH:MM)."), text)
    return numbers[0] * 3600 + numbers[1] * 60 + (numbers[2] if len(numbers) == 3 else 0)


def local_metres(lon: np.ndarray, lat: np.ndarray) -> np.ndarray:
    """Stop coordinates in metres on a local equirectangular plane (for walks within a town; QGIS projects properly)."""
    lon = np.asarray(lon, dtype=float)
    lat = np.asarray(lat, dtype=float)
    ok = np.isfinite(lon) & np.isfinite(lat)
    lat0 = float(np.nanmean(lat[ok])) if ok.any() else 0.0
    radius = 6371008.8
    return np.column_stack([np.radians(lon) * radius * np.cos(np.radians(lat0)), np.radians(lat) * radius])
