"""Copies of a GTFS feed that the peers can read as ours does (used by the peer tests and the benchmark)."""

from __future__ import annotations

from pathlib import Path

import numpy as np
import pandas as pd

from samplan.core.gtfs import parse_times, read_feed


def without_loops(
    feed: Path,
    folder: Path,
    fill_times: bool = False,
    route_per_pattern: bool = False,
    ignore_pickup_types: bool = False,
) -> Path:
    """A copy of the feed without the trips that call at a stop twice: pyraptor keeps only a stop's last place in such
    a route (its stop_order dict), so it cannot board there at the first call (Cairns has a few loop routes).
    With `fill_times`, blank times between timed stops are written out (interpolated, whole seconds): ferrobus refuses
    them. With `route_per_pattern`, every stop sequence of a route becomes a route of its own (the same timetable):
    ferrobus takes the trips of one route_id to share one stop sequence, which GTFS does not promise.
    With `ignore_pickup_types`, pickup_type and drop_off_type are left out: pyraptor ignores them (ours and ferrobus
    honour them: nobody boards where pickup_type is 1, nor alights where drop_off_type is 1)."""
    tables = read_feed(feed)
    st = tables["stop_times.txt"]
    if ignore_pickup_types:
        st = st.drop(columns=[c for c in ("pickup_type", "drop_off_type") if c in st.columns])
    if fill_times:
        st = st.copy()
        st["_seq"] = st["stop_sequence"].astype(int)
        st = st.sort_values(["trip_id", "_seq"])
        for column in ("arrival_time", "departure_time"):
            seconds = parse_times(st[column].to_numpy(dtype=object), "stop_times.txt", column)
            seconds = (
                pd.Series(seconds, index=st.index)
                .groupby(st["trip_id"])
                .transform(lambda v: v.interpolate(limit_area="inside"))
            )
            st[column] = [f"{int(v) // 3600:02d}:{int(v) // 60 % 60:02d}:{int(v) % 60:02d}" for v in np.rint(seconds)]
        st = st.drop(columns="_seq")
    tables["stop_times.txt"] = st
    loops = set(st[st.duplicated(["trip_id", "stop_id"])]["trip_id"])
    if route_per_pattern:
        ordered = st.assign(_seq=st["stop_sequence"].astype(int)).sort_values(["trip_id", "_seq"])
        sequence = ordered.groupby("trip_id")["stop_id"].agg(lambda v: "-".join(v))
        trips = tables["trips.txt"].copy()
        code = pd.factorize(trips["route_id"] + "|" + trips["trip_id"].map(sequence).fillna(""))[0]
        trips["route_id"] = trips["route_id"] + "~" + pd.Series(code, index=trips.index).astype(str)
        routes = tables["routes.txt"].set_index("route_id")
        new = trips[["route_id"]].drop_duplicates()
        new = new.assign(**{c: routes.loc[new["route_id"].str.split("~").str[0], c].to_numpy() for c in routes.columns})
        tables["trips.txt"] = trips
        tables["routes.txt"] = new
    folder.mkdir(parents=True, exist_ok=True)
    for name, frame in tables.items():
        if name == "stop_times.txt":
            frame = frame[~frame["trip_id"].isin(loops)]
        elif name == "trips.txt":
            frame = frame[~frame["trip_id"].isin(loops)]
        frame.to_csv(folder / name, index=False)
    return folder
