"""make bench-transit: accessibility by public transport on a county-sized case, beside pyraptor and ferrobus.

The case (benchmarks/transit_county.py, deterministic): at least 3,000 stops and 100,000 stop times on the day, 100,000
populated 250 m cells, 500 weighted destinations, every minute of 07:00-09:00, walks up to 1 km, 3 transfers, trips up
to 2 hours. Ours runs in a child process (wall time and peak memory of that process). The peers run for real in their
own venv (build/transit-peers): pyraptor (pure Python, stop to stop, no range mode: one query per origin stop and
minute) and ferrobus (Rust, streets as OSM PBF made from OSM XML by osmium-tool: one one-to-many query per cell and
minute). Each peer runs a sample and is extrapolated to the whole case, which is said so; their answers are compared
with ours on the sample. Then ferrobus against ours stop to stop on the real Cairns feed, every difference explained
and counted (transit_peers/cairns_ferrobus.py). Exit 1 when pyraptor's earliest arrivals differ from ours or a Cairns
difference is unexplained.
"""

from __future__ import annotations

import datetime as dt
import json
import os
import resource
import subprocess
import sys
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
REPOSITORY = HERE.parent
sys.path.insert(0, str(HERE))
sys.path.insert(0, str(REPOSITORY / "scripts"))
from samplan_path import make_samplan_importable  # noqa: E402

make_samplan_importable()

import numpy as np  # noqa: E402

from samplan.core.gtfs import read_feed, timetable_for_date  # noqa: E402
from samplan.core.raptor import earliest_arrivals, prepare  # noqa: E402
from samplan.core.sweref import from_lonlat, to_lonlat  # noqa: E402
from samplan.core.transit_accessibility import transit_accessibility  # noqa: E402
from transit_county import build_county, write_osm_streets  # noqa: E402
from transit_peers import environment as peers  # noqa: E402

WORK = REPOSITORY / "build" / "bench-transit"
DATE = dt.date(2026, 3, 10)
START, END = 7 * 3600, 9 * 3600
WALK_M, SPEED, TRANSFER_M, TRANSFERS, MAX_TRIP_MIN = 1000.0, 5 / 3.6, 300.0, 3, 120.0
PEER_LIMIT_S = 600.0
CAIRNS = REPOSITORY.parent / "shared" / "data" / "real" / "cairns_gtfs.zip"


def ours(out: Path) -> None:
    """The child: read, prepare and compute; phases and results to `out`."""
    case = np.load(WORK / "case.npz")
    t0 = time.perf_counter()
    tt = timetable_for_date(read_feed(WORK / "county_gtfs.zip"), DATE)
    xy = np.column_stack(from_lonlat(tt.lon, tt.lat))
    net = prepare(tt, xy, SPEED, TRANSFER_M)
    t1 = time.perf_counter()
    result = transit_accessibility(
        net,
        xy,
        case["cells"],
        case["population"],
        case["dest"],
        case["weights"],
        START,
        END,
        walk_speed_ms=SPEED,
        max_walk_m=WALK_M,
        max_transfers=TRANSFERS,
        max_trip_min=MAX_TRIP_MIN,
        workers=2,
    )
    t2 = time.perf_counter()
    np.savez(
        out.with_suffix(".npz"),
        median=result.features["median_min"].to_numpy(),
        minutes=result.minutes.astype(np.float32),
        opp45=result.features["opportunities_45min"].to_numpy(),
    )
    out.write_text(
        json.dumps(
            {
                "read_prepare_s": t1 - t0,
                "compute_s": t2 - t1,
                "total_s": t2 - t0,
                "stop_times": int(sum(p.dep.size for p in tt.patterns)),
                "stops": int(tt.n_stops),
            }
        )
    )


def main() -> int:
    WORK.mkdir(parents=True, exist_ok=True)
    print("Building the county case ...", flush=True)
    case = build_county(WORK, n_cells=104_000)
    np.savez(
        WORK / "case.npz",
        cells=case["cells"],
        population=case["population"],
        dest=case["dest"],
        weights=case["weights"],
    )
    n_cells, n_dest = len(case["cells"]), len(case["dest"])
    print(
        f"Case: {len(case['stops_xy'])} stops, {case['n_trips']} trips, {case['n_stop_times']} stop times a weekday, "
        f"{n_cells} populated 250 m cells, {n_dest} weighted destinations, every minute of 07:00-09:00 (120 minutes)."
    )

    # Ours, in a child process of its own: wall time and peak memory.
    out = WORK / "ours.json"
    load_before = os.getloadavg()[0]
    t0 = time.perf_counter()
    subprocess.run([sys.executable, __file__, "--ours", str(out)], check=True)
    wall = time.perf_counter() - t0
    usage = resource.getrusage(resource.RUSAGE_CHILDREN)
    peak_mb = usage.ru_maxrss / 1024
    cpu = usage.ru_utime + usage.ru_stime
    load_after = os.getloadavg()[0]
    mine = json.loads(out.read_text())
    res = np.load(out.with_suffix(".npz"))
    print(
        f"Samplan: {wall:.1f} s wall in all (read and prepare {mine['read_prepare_s']:.1f} s, compute {mine['compute_s']:.1f} s), "
        f"{cpu:.1f} s CPU (user + system; load average {load_before:.1f} before, {load_after:.1f} after), "
        f"peak memory {peak_mb:.0f} MB; {mine['stop_times']} stop times on {DATE}; "
        f"{np.isfinite(res['median']).sum()} of {n_cells} cells with a usable trip."
    )
    print(
        f"  target: within 120 s on 2 cores -> {'met' if wall <= 120 else 'NOT met'} (the machine is shared: figures are noisy)"
    )

    tt = timetable_for_date(read_feed(WORK / "county_gtfs.zip"), DATE)
    xy = np.column_stack(from_lonlat(tt.lon, tt.lat))
    from scipy.spatial import cKDTree

    origin_stops = np.unique(np.concatenate(cKDTree(xy).query_ball_point(case["cells"], WALK_M)).astype(np.int64))
    rng = np.random.default_rng(1)
    status = 0
    python, reason = peers.peer_python()
    if python is None:
        print(f"Peers skipped: {reason}")
        return 0

    # pyraptor: stop to stop. Its range query (query_range_raptor) runs one search per departure from the origin stop
    # in the window, with nothing kept between them: the same work as ours is one search per departure event.
    net0 = prepare(tt, None, SPEED, 0.0)
    events = sum(
        int(((d >= START) & (d <= END + WALK_M / SPEED)).sum()) for d in (net0.departures_at[s] for s in origin_stops)
    )
    rounds = 8  # one run for time and answers: searches settled (pyraptor may take more than one trip in a round)
    queries = [
        [str(tt.stop_ids[s]), int(START + 60 * rng.integers(0, 120))]
        for s in rng.choice(origin_stops, 3, replace=False)
    ]
    (WORK / "pyraptor_q.json").write_text(json.dumps(queries))
    timing = peers.run_peer(
        "run_pyraptor.py",
        [WORK / "county_gtfs.zip", DATE.isoformat(), WORK / "pyraptor_q.json", WORK / "pyraptor_t.json", rounds],
        WORK / "pyraptor_t.json",
    )
    answers = timing["arrivals"]
    per_query = timing["query_s"] / len(queries)
    extrapolated = timing["build_s"] + per_query * events
    print(
        f"pyraptor: timetable built in {timing['build_s']:.1f} s, {per_query:.1f} s a query ({len(queries)} queries of "
        f"{rounds} rounds run, {timing['cpu_s']:.1f} s CPU in all), {100 * timing['deepcopy_s'] / timing['query_s']:.0f} % "
        f"of the query time in the deep copies of its label bags that it makes every round; extrapolated to {events} "
        f"searches (one per departure from the {len(origin_stops)} origin stops in the window, as its range query runs): "
        f"{extrapolated:.0f} s, ratio {extrapolated / wall:.0f}x ours (extrapolated from the sample, not run in full)"
    )
    print(
        "  why it had not finished 2 queries in 33 minutes: the runner keyed the stop times by (trip, index) before "
        "the trip had its id (pyraptor's own GTFS reader does so too), so every insert probed all the earlier ones "
        "(quadratic); each trip now gets its id first"
    )
    labels = np.full((len(queries), tt.n_stops), np.inf)
    for k, (stop, dep) in enumerate(queries):
        labels[k, tt.stop_index(stop)] = dep
    # pyraptor can take more than one trip in a round (it boards from labels of the same round), so after the same
    # number of rounds it may be ahead of textbook RAPTOR; both approach the earliest arrival with any number of trips
    # (ours run until nothing improves). Where ours has settled by `rounds`, pyraptor's must equal it; elsewhere it
    # must lie between ours after `rounds` and the settled value.
    best = earliest_arrivals(net0, labels, rounds)
    settled_best = earliest_arrivals(net0, labels, 1000)
    same = between = differ = 0
    for k in range(len(queries)):
        theirs = np.full(tt.n_stops, np.inf)
        for stop_id, value in answers[k].items():
            theirs[tt.stop_index(stop_id)] = value
        settled = best[k] == settled_best[k]
        close = np.isclose(theirs, settled_best[k], rtol=0, atol=1e-6) | (np.isinf(theirs) & np.isinf(settled_best[k]))
        inside = (theirs >= settled_best[k] - 1e-6) & (theirs <= best[k] + 1e-6)
        same += int((settled & close & np.isfinite(settled_best[k])).sum())
        between += int((~settled & inside).sum())
        differ += int((settled & ~close).sum() + (~settled & ~inside).sum())
    print(
        f"  answers (earliest arrivals stop to stop, no walks): {same} equal where ours settles within {rounds} rounds, "
        f"{between} between ours after {rounds} rounds and ours settled (pyraptor takes more than one trip in a round), "
        f"{differ} differ"
    )
    if differ:
        status = 1

    status = max(status, cairns_ferrobus())

    # ferrobus: streets as OSM XML -> PBF (osmium-tool); one one-to-many query per cell and minute.
    t0 = time.perf_counter()
    xml = write_osm_streets(WORK / "streets.osm", np.vstack([case["cells"], case["stops_xy"], case["dest"]]))
    pbf = peers.osm_pbf_from_xml(xml, WORK / "streets.osm.pbf")
    print(
        f"ferrobus: streets written as OSM XML and converted to PBF by osmium-tool in {time.perf_counter() - t0:.1f} s"
    )
    sample = rng.choice(n_cells, 20, replace=False)
    minutes = [0, 45, 90]
    lon, lat = to_lonlat(case["cells"][sample, 0], case["cells"][sample, 1])
    dlon, dlat = to_lonlat(case["dest"][:, 0], case["dest"][:, 1])
    job = {
        "pbf": str(pbf),
        "gtfs_dirs": [str(case["gtfs_dir"])],
        "date": DATE.isoformat(),
        "max_transfer_time": int(TRANSFER_M / SPEED),
        "origins": [[float(a), float(b)] for a, b in zip(lat, lon)],
        "destinations": [[float(a), float(b)] for a, b in zip(dlat, dlon)],
        "departures": [START + 60 * m for m in minutes],
        "max_transfers": TRANSFERS + 1,  # ferrobus's max_transfers counts trips (its rounds run 1..max_transfers)
        "max_walking_time": int(WALK_M / SPEED),
        "max_nearest_stops": 10,
    }
    (WORK / "ferrobus_job.json").write_text(json.dumps(job))
    try:
        fb = peers.run_peer(
            "run_ferrobus.py", [WORK / "ferrobus_job.json", WORK / "ferrobus_out.json"], WORK / "ferrobus_out.json"
        )
    except RuntimeError as error:
        print(f"  ferrobus failed: {str(error)[-400:]}")
        return status
    per_query = fb["query_s"] / fb["queries"]
    equivalent = n_cells * 120
    extrapolated = fb["model_s"] + per_query * equivalent
    print(
        f"ferrobus: model built in {fb['model_s']:.1f} s, {per_query * 1000:.1f} ms a one-to-many query ({fb['queries']} run, "
        f"{fb['cpu_s']:.1f} s CPU in all); "
        f"extrapolated to {equivalent} queries ({n_cells} cells x 120 minutes): {extrapolated:.0f} s, ratio "
        f"{extrapolated / wall:.1f}x ours (extrapolated from the sample, not run in full)"
    )
    # Answers: nearest destination per cell and minute, ferrobus (walks along the street grid) against ours (straight).
    theirs = (
        np.array([[min([v for v in row if v is not None], default=np.inf) for row in cell] for cell in fb["travel"]])
        / 60.0
    )
    theirs[theirs > MAX_TRIP_MIN] = np.inf
    ours_nearest = res["minutes"][sample][:, minutes]
    both = np.isfinite(theirs) & np.isfinite(ours_nearest)
    diff = np.abs(theirs - ours_nearest)[both]
    print(
        f"  answers (minutes to the nearest destination, {theirs.size} cell-minutes): both reach {both.sum()}, only ours "
        f"{(np.isfinite(ours_nearest) & ~np.isfinite(theirs)).sum()}, only ferrobus {(np.isfinite(theirs) & ~np.isfinite(ours_nearest)).sum()}; "
        f"median difference {np.median(diff) if len(diff) else float('nan'):.1f} min (not expected to be equal: ferrobus walks "
        f"along the streets, ours in a straight line, and it boards only at a point's nearest stop, MAX_CANDIDATE_STOPS = 1 "
        f"in its source, where ours tries every stop within the walk; stop to stop on Cairns above, they agree)"
    )
    return status


def cairns_ferrobus() -> int:
    """ferrobus against ours stop to stop on the real Cairns feed, every difference explained (1 if any is not)."""
    if not CAIRNS.exists():
        print(f"ferrobus on Cairns skipped: {CAIRNS} is absent")
        return 0
    from transit_peers.cairns_ferrobus import compare_from_stops, describe
    from transit_peers.feed_copies import without_loops

    folder = WORK / "cairns"
    feed = without_loops(CAIRNS, folder / "feed", fill_times=True, route_per_pattern=True)
    date = dt.date(2014, 6, 10)
    tt = timetable_for_date(read_feed(feed), date)
    rng = np.random.default_rng(3)  # the peer test's sample
    served = np.unique(np.concatenate([p.stops[:-1] for p in tt.patterns if not str(p.trips[0]).endswith("@-1")]))
    origins = rng.choice(served, 6, replace=False)
    dests = rng.choice(np.unique(np.concatenate([p.stops for p in tt.patterns])), 60, replace=False)
    counts = compare_from_stops(peers, feed, date, origins, dests, [7 * 3600 + 600, 16 * 3600 + 1500], 3, folder)
    print("\n".join(describe(counts)))
    matched = counts["matched"]
    unexplained = (
        counts["first run"]["unexplained"]
        + matched["other differences"]
        + matched["only ours"]
        + matched["only ferrobus"]
        + counts["first run"]["only ferrobus"]
    )
    print(f"  unexplained: {unexplained}")
    return 1 if unexplained else 0


if __name__ == "__main__":
    if len(sys.argv) > 2 and sys.argv[1] == "--ours":
        ours(Path(sys.argv[2]))
        sys.exit(0)
    sys.exit(main())
