"""Runs ferrobus (PyPI, Rust RAPTOR with a street network from OSM PBF) in the peers' own environment.

Usage: python run_ferrobus.py JOB.json OUT.json
JOB: {"pbf", "gtfs_dirs", "date" (YYYY-MM-DD), "max_transfer_time", "origins" [[lat, lon]], "destinations" [[lat, lon]],
      "departures" [seconds], "max_transfers", "max_walking_time", "max_nearest_stops"}
OUT: {"travel": [[[seconds or null per destination] per departure] per origin], "model_s", "query_s", "queries"}
"""

import datetime as dt
import json
import sys
import time

import ferrobus


def main() -> None:
    job = json.load(open(sys.argv[1]))
    t0 = time.perf_counter()
    model = ferrobus.create_transit_model(
        job["pbf"], job["gtfs_dirs"], dt.date.fromisoformat(job["date"]), job["max_transfer_time"]
    )

    def point(lat, lon):
        return ferrobus.create_transit_point(lat, lon, model, job["max_walking_time"], job["max_nearest_stops"])

    destinations = [point(lat, lon) for lat, lon in job["destinations"]]
    t1 = time.perf_counter()
    travel, queries = [], 0
    for lat, lon in job["origins"]:
        start = point(lat, lon)
        rows = []
        for dep in job["departures"]:
            found = ferrobus.find_routes_one_to_many(model, start, destinations, int(dep), job["max_transfers"])
            rows.append([None if r is None else int(r["travel_time_seconds"]) for r in found])
            queries += 1
        travel.append(rows)
    t2 = time.perf_counter()
    json.dump(
        {
            "travel": travel,
            "model_s": t1 - t0,
            "query_s": t2 - t1,
            "queries": queries,
            "stops": model.stop_count(),
            "cpu_s": time.process_time(),
        },
        open(sys.argv[2], "w"),
    )


if __name__ == "__main__":
    main()
