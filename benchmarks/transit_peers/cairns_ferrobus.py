"""ferrobus against ours stop to stop on a feed (the peer test and the benchmark on Cairns), with every difference
explained and counted.

ferrobus needs streets (OSM PBF): stubs at each stop (environment.stub_streets_xml) put stops at least 4 km apart along
the streets, so no walk joins two stops and a point at a stop reaches that stop only. Two settings of ferrobus are run:
- as first run: max_transfer_time 0 and max_transfers = ours. ferrobus snaps a stop to the streets only within
  max_transfer_time (its snap_stops_to_network), so with 0 a stop whose node lies a rounding error away (coordinates
  at 7 decimals) is left without access; and its rounds run 1..max_transfers, so max_transfers counts trips (one more
  than transfers).
- matched: max_transfer_time 60 s (every stop snaps to its own node; no walk between stops fits in 60 s) and
  max_transfers = our transfers + 1 (the same number of trips).
"""

from __future__ import annotations

import json
from pathlib import Path

import numpy as np

from samplan.core.gtfs import read_feed, timetable_for_date
from samplan.core.raptor import earliest_arrivals, prepare

MATCHED_TRANSFER_S = 60


def _run(peers, pbf: Path, feed: Path, date, tt, origins, dests, departures, transfer_s, max_transfers, tmp: Path):
    job = {
        "pbf": str(pbf),
        "gtfs_dirs": [str(feed)],
        "date": date.isoformat(),
        "max_transfer_time": transfer_s,
        "origins": [[float(tt.lat[s]), float(tt.lon[s])] for s in origins],
        "destinations": [[float(tt.lat[s]), float(tt.lon[s])] for s in dests],
        "departures": list(departures),
        "max_transfers": max_transfers,
        "max_walking_time": 60,
        "max_nearest_stops": 1,
    }
    name = f"ferrobus_{transfer_s}_{max_transfers}"
    (tmp / f"{name}.json").write_text(json.dumps(job))
    out = tmp / f"{name}_out.json"
    travel = peers.run_peer("run_ferrobus.py", [tmp / f"{name}.json", out], out)["travel"]
    # (origin, departure, destination) -> seconds or nan
    return np.array([[[np.nan if v is None else v for v in row] for row in cell] for cell in travel], dtype=float)


def compare_from_stops(peers, feed: Path, date, origins, dests, departures, transfers: int, tmp: Path) -> dict:
    """Counts of the comparison (origin, departure, destination at another stop), both ferrobus settings."""
    tt = timetable_for_date(read_feed(feed), date)
    origins = np.asarray(origins)
    dests = np.asarray(dests)
    xml = peers.stub_streets_xml(tmp / "stops.osm", tt.lat, tt.lon)
    pbf = peers.osm_pbf_from_xml(xml, tmp / "stops.osm.pbf")
    first = _run(peers, pbf, feed, date, tt, origins, dests, departures, 0, transfers, tmp)
    matched = _run(peers, pbf, feed, date, tt, origins, dests, departures, MATCHED_TRANSFER_S, transfers + 1, tmp)
    net = prepare(tt, None, 1.3, 0.0)  # stop to stop, no walks (Cairns has no parent stations or transfers.txt)
    labels = np.full((len(origins) * len(departures), tt.n_stops), np.inf)
    labels[np.arange(len(labels)), np.repeat(origins, len(departures))] = np.tile(departures, len(origins))
    start = np.tile(np.asarray(departures, dtype=float), len(origins))[:, None]
    ours = earliest_arrivals(net, labels, transfers + 1)[:, dests] - start
    fewer = earliest_arrivals(net, labels, transfers)[:, dests] - start  # one trip fewer: ferrobus's first run
    shape = (len(origins), len(departures), len(dests))
    ours, fewer = np.rint(ours).reshape(shape), np.rint(fewer).reshape(shape)
    other = np.repeat(origins[:, None], len(departures), axis=1)[:, :, None] != dests[None, None, :]
    mine = np.isfinite(ours) & other
    counts: dict = {"pairs": int(other.sum())}
    theirs = np.isfinite(matched) & other
    both = mine & theirs
    diff = (matched - ours)[both]
    counts["matched"] = {
        "both": int(both.sum()),
        "equal": int((diff == 0).sum()),
        "ferrobus 1 s later": int((diff == 1).sum()),
        "other differences": int(((diff != 0) & (diff != 1)).sum()),
        "only ours": int((mine & ~theirs).sum()),
        "only ferrobus": int((theirs & ~mine).sum()),
    }
    found = np.isfinite(first) & other
    only_ours = mine & ~found
    needs_more = only_ours & ~np.isfinite(fewer)
    unsnapped = only_ours & ~needs_more & theirs
    counts["first run"] = {
        "both": int((mine & found).sum()),
        "only ours": int(only_ours.sum()),
        f"needs {transfers + 1} trips (ferrobus's max_transfers counts trips)": int(needs_more.sum()),
        "stop not snapped to its street node (max_transfer_time 0)": int(unsnapped.sum()),
        "unexplained": int((only_ours & ~needs_more & ~unsnapped).sum()),
        "only ferrobus": int((found & ~mine).sum()),
    }
    return counts


def describe(counts: dict) -> list[str]:
    lines = [f"ferrobus on Cairns, stop to stop ({counts['pairs']} origin-departure-destination pairs):"]
    for setting in ("first run", "matched"):
        lines.append(f"  {setting}: " + ", ".join(f"{k} {v}" for k, v in counts[setting].items()))
    return lines
