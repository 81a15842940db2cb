"""Earliest arrivals equal to pyraptor's (PyPI, pure Python RAPTOR, run for real in a venv of its own under build/),
stop to stop, on the real Cairns feed and on the sample region's feed."""
from __future__ import annotations

import datetime as dt
import importlib.util
import json
from pathlib import Path

import numpy as np
import pytest

from samplan.core.gtfs import read_feed, timetable_for_date
from samplan.core.raptor import earliest_arrivals, prepare

REPOSITORY = Path(__file__).resolve().parents[2]
CAIRNS = REPOSITORY.parent / "shared" / "data" / "real" / "cairns_gtfs.zip"
ROUNDS = 10   # enough that both searches settle (pyraptor may take more than one trip in a round)


def _environment():
    spec = importlib.util.spec_from_file_location("transit_peers_env", REPOSITORY / "benchmarks" / "transit_peers" / "environment.py")
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
    net = prepare(tt, None, 1.3, 0.0)          # stop to stop: no walks (the feeds here have no parent stations or transfers)
    assert not len(net.walk_from)
    (tmp_path / "q.json").write_text(json.dumps(queries))
    out = tmp_path / "out.json"
    theirs = peers.run_peer("run_pyraptor.py", [feed, date.isoformat(), tmp_path / "q.json", out, ROUNDS], out)["arrivals"]
    labels = np.full((len(queries), tt.n_stops), np.inf)
    for k, (stop, dep) in enumerate(queries):
        labels[k, tt.stop_index(stop)] = dep
    ours = earliest_arrivals(net, labels, ROUNDS)
    compared = 0
    for k in range(len(queries)):
        reached = {tt.stop_ids[s]: float(ours[k, s]) for s in np.flatnonzero(np.isfinite(ours[k]))}
        assert reached.keys() == theirs[k].keys(), f"query {queries[k]}: other stops reached"
        assert [reached[s] for s in reached] == pytest.approx([theirs[k][s] for s in reached], abs=1e-6), f"query {queries[k]}"
        compared += len(reached)
    return compared


def without_loops(feed: Path, folder: Path) -> Path:
    """A copy of the feed without the trips that call at a stop twice: pyraptor keeps only a stop's last place in such
    a route (its stop_order dict), so it cannot board there at the first call (Cairns has a few loop routes)."""
    tables = read_feed(feed)
    st = tables["stop_times.txt"]
    loops = set(st[st.duplicated(["trip_id", "stop_id"])]["trip_id"])
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
    feed = without_loops(CAIRNS, tmp_path / "cairns")
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
    queries = [[str(tt.stop_ids[s]), int(6 * 3600 + rng.integers(0, 3 * 3600))] for s in rng.choice(served, 15, replace=False)]
    assert _compare(peers, feed, date, queries, tmp_path) > 300
