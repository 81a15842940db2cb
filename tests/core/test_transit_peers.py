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
ROUNDS = 10  # enough that both searches settle (pyraptor may take more than one trip in a round)


def _peer_module(name: str):
    spec = importlib.util.spec_from_file_location(
        f"transit_peers_{name}", REPOSITORY / "benchmarks" / "transit_peers" / f"{name}.py"
    )
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def _environment():
    return _peer_module("environment")


without_loops = _peer_module("feed_copies").without_loops


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
    osmium-tool) that join nothing, so origins and destinations at stops compare stop to stop. With the same number of
    trips and every stop snapped to its street node, ferrobus finds exactly the trips we find, at the same travel time
    or 1 s later (its walk from the point to the node, in whole seconds); with the settings first tried, every trip
    only we found is explained (benchmarks/transit_peers/cairns_ferrobus.py)."""
    import shutil

    if shutil.which("osmium") is None:
        pytest.skip("osmium-tool is absent (scripts/setup-system.sh installs it)")
    cairns = _peer_module("cairns_ferrobus")
    feed = without_loops(CAIRNS, tmp_path / "cairns", fill_times=True, route_per_pattern=True)
    date = dt.date(2014, 6, 10)
    tt = timetable_for_date(read_feed(feed), date)
    rng = np.random.default_rng(3)
    served = np.unique(np.concatenate([p.stops[:-1] for p in tt.patterns if not str(p.trips[0]).endswith("@-1")]))
    origins = rng.choice(served, 6, replace=False)
    dests = rng.choice(np.unique(np.concatenate([p.stops for p in tt.patterns])), 60, replace=False)
    counts = cairns.compare_from_stops(
        peers, feed, date, origins, dests, [7 * 3600 + 600, 16 * 3600 + 1500], 3, tmp_path
    )
    print("\n".join(cairns.describe(counts)))
    matched, first = counts["matched"], counts["first run"]
    assert matched["both"] >= 300
    assert matched["equal"] + matched["ferrobus 1 s later"] == matched["both"]
    assert matched["only ours"] == matched["only ferrobus"] == 0
    assert first["only ours"] > 0 and first["unexplained"] == 0 and first["only ferrobus"] == 0
