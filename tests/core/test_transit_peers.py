"""Earliest arrivals equal to pyraptor's (PyPI, pure Python RAPTOR, run for real in a venv of its own under build/),
stop to stop, on the real Cairns feed and on the sample region's feed."""

from __future__ import annotations

import datetime as dt
import importlib.util
import json
from pathlib import Path

import numpy as np
import pytest

import pandas as pd

from samplan.core.gtfs import parse_times, read_feed, timetable_for_date
from samplan.core.raptor import earliest_arrivals, prepare

REPOSITORY = Path(__file__).resolve().parents[2]
CAIRNS = REPOSITORY.parent / "shared" / "data" / "real" / "cairns_gtfs.zip"
ROUNDS = 10  # enough that both searches settle (pyraptor may take more than one trip in a round)


def _environment():
    spec = importlib.util.spec_from_file_location(
        "transit_peers_env", REPOSITORY / "benchmarks" / "transit_peers" / "environment.py"
    )
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


@pytest.fixture(scope="module")
def peers():
    env = _environment()
    python, reason = env.peer_python()
    if python is None:
        pytest.skip(reason)
    return env


def _compare(peers, feed: Path, date: dt.date, queries, tmp_path) -> int:
    tt = timetable_for_date(read_feed(feed), date)
    net = prepare(tt, None, 1.3, 0.0)  # stop to stop: no walks (the feeds here have no parent stations or transfers)
    assert not len(net.walk_from)
    (tmp_path / "q.json").write_text(json.dumps(queries))
    out = tmp_path / "out.json"
    theirs = peers.run_peer("run_pyraptor.py", [feed, date.isoformat(), tmp_path / "q.json", out, ROUNDS], out)[
        "arrivals"
    ]
    labels = np.full((len(queries), tt.n_stops), np.inf)
    for k, (stop, dep) in enumerate(queries):
        labels[k, tt.stop_index(stop)] = dep
    ours = earliest_arrivals(net, labels, ROUNDS)
    compared = 0
    for k in range(len(queries)):
        reached = {tt.stop_ids[s]: float(ours[k, s]) for s in np.flatnonzero(np.isfinite(ours[k]))}
        assert reached.keys() == theirs[k].keys(), f"query {queries[k]}: other stops reached"
        assert [reached[s] for s in reached] == pytest.approx([theirs[k][s] for s in reached], abs=1e-6), (
            f"query {queries[k]}"
        )
        compared += len(reached)
    return compared


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


@pytest.mark.skipif(not CAIRNS.exists(), reason=f"{CAIRNS} is absent")
def test_cairns_equals_pyraptor(peers, tmp_path):
    rng = np.random.default_rng(7)
    feed = without_loops(CAIRNS, tmp_path / "cairns", ignore_pickup_types=True)
    tt = timetable_for_date(read_feed(feed), dt.date(2014, 6, 10))
    # Origins served by the day's own trips (the peer's reading leaves out the day before's trips past midnight).
    served = np.unique(np.concatenate([p.stops[:-1] for p in tt.patterns if not str(p.trips[0]).endswith("@-1")]))
    origins = rng.choice(served, 12, replace=False)
    queries = [[str(tt.stop_ids[s]), int(6 * 3600 + rng.integers(0, 4 * 3600))] for s in origins]
    assert _compare(peers, feed, dt.date(2014, 6, 10), queries, tmp_path) > 500


def test_sample_feed_equals_pyraptor(peers, tmp_path):
    from samplan.core.sample_gtfs import SAMPLE_DATE, feed_from_layers, write_feed
    from samplan.core.sample_region import build_sample_region

    feed = write_feed(feed_from_layers(build_sample_region()), tmp_path / "sample_gtfs.zip")
    date = dt.date.fromisoformat(SAMPLE_DATE)
    tt = timetable_for_date(read_feed(feed), date)
    rng = np.random.default_rng(11)
    served = np.unique(np.concatenate([p.stops[:-1] for p in tt.patterns if not str(p.trips[0]).endswith("@-1")]))
    queries = [
        [str(tt.stop_ids[s]), int(6 * 3600 + rng.integers(0, 3 * 3600))] for s in rng.choice(served, 15, replace=False)
    ]
    assert _compare(peers, feed, date, queries, tmp_path) > 300


@pytest.mark.skipif(not CAIRNS.exists(), reason=f"{CAIRNS} is absent")
def test_cairns_equals_ferrobus_from_stops(peers, tmp_path):
    """ferrobus (PyPI, Rust) needs streets as OSM PBF: here stubs at each stop (written as OSM XML, converted with
    osmium-tool) that join nothing, so origins and destinations at stops compare stop to stop. Travel times (arrival
    minus departure) equal ours with the same number of transfers."""
    import shutil

    if shutil.which("osmium") is None:
        pytest.skip("osmium-tool is absent (scripts/setup-system.sh installs it)")
    feed = without_loops(CAIRNS, tmp_path / "cairns", fill_times=True, route_per_pattern=True)
    date = dt.date(2014, 6, 10)
    tt = timetable_for_date(read_feed(feed), date)
    xml = peers.stub_streets_xml(tmp_path / "stops.osm", tt.lat, tt.lon)
    pbf = peers.osm_pbf_from_xml(xml, tmp_path / "stops.osm.pbf")
    rng = np.random.default_rng(3)
    served = np.unique(np.concatenate([p.stops[:-1] for p in tt.patterns if not str(p.trips[0]).endswith("@-1")]))
    origins = rng.choice(served, 6, replace=False)
    dests = rng.choice(np.unique(np.concatenate([p.stops for p in tt.patterns])), 60, replace=False)
    departures = [7 * 3600 + 600, 16 * 3600 + 1500]
    transfers = 3
    job = {
        "pbf": str(pbf),
        "gtfs_dirs": [str(feed)],
        "date": date.isoformat(),
        "max_transfer_time": 0,
        "origins": [[tt.lat[s], tt.lon[s]] for s in origins],
        "destinations": [[tt.lat[s], tt.lon[s]] for s in dests],
        "departures": departures,
        "max_transfers": transfers,
        "max_walking_time": 60,
        "max_nearest_stops": 1,
    }
    (tmp_path / "job.json").write_text(json.dumps(job))
    theirs = peers.run_peer("run_ferrobus.py", [tmp_path / "job.json", tmp_path / "out.json"], tmp_path / "out.json")[
        "travel"
    ]
    net = prepare(tt, None, 1.3, 0.0)
    both = only_ours = only_theirs = 0
    for i, s in enumerate(origins):
        labels = np.full((len(departures), tt.n_stops), np.inf)
        labels[:, s] = departures
        ours = earliest_arrivals(net, labels, transfers + 1)[:, dests] - np.array(departures)[:, None]
        for j in range(len(departures)):
            mine = [None if not np.isfinite(v) else int(round(v)) for v in ours[j]]
            mine = [0 if d == s else v for d, v in zip(dests, mine)]
            pairs = list(zip(mine, theirs[i][j]))
            # Where both find a trip, the travel times are equal; ferrobus never finds one that we do not.
            assert all(a == b for a, b in pairs if a is not None and b is not None), (
                f"origin {tt.stop_ids[s]} at {departures[j]}"
            )
            both += sum(a is not None and b is not None for a, b in pairs)
            only_ours += sum(a is not None and b is None for a, b in pairs)
            only_theirs += sum(a is None and b is not None for a, b in pairs)
    print(f"ferrobus on Cairns: {both} equal, {only_ours} reached by us only, {only_theirs} by ferrobus only")
    assert only_theirs == 0 and both >= 40
