"""A synthetic county for the public transport benchmark, deterministic: towns with 250 m population cells, a grid of bus
stops in each town with local lines along its rows and columns, regional lines between neighbouring towns and to the
regional centre over rural stops, weighted destinations, and the streets (for ferrobus) as OSM XML. Written as a GTFS
folder and zip in SWEREF 99 TM converted to WGS 84."""

from __future__ import annotations

import zipfile
from pathlib import Path

import numpy as np
import pandas as pd

from samplan.core.sweref import to_lonlat

X0, Y0 = 400000.0, 6600000.0
WIDTH, HEIGHT = 150000.0, 100000.0


def _clock(s) -> str:
    s = int(round(s))
    return f"{s // 3600:02d}:{s // 60 % 60:02d}:{s % 60:02d}"


def build_county(
    folder: Path,
    n_cells: int = 100_000,
    n_towns: int = 80,
    stop_spacing: float = 1500.0,
    n_dest: int = 500,
    seed: int = 2026,
) -> dict:
    rng = np.random.default_rng(seed)
    folder.mkdir(parents=True, exist_ok=True)
    # Towns: centres at least 6 km apart, sizes (in cells) falling off like a rank-size rule.
    centres = []
    while len(centres) < n_towns:
        p = np.array([rng.uniform(8000, WIDTH - 8000), rng.uniform(8000, HEIGHT - 8000)])
        if all(np.hypot(*(p - q)) > 6000 for q in centres):
            centres.append(p)
    centres = np.array(centres)
    share = 1.0 / np.arange(1, n_towns + 1) ** 0.9
    sizes = np.maximum(20, np.round(share / share.sum() * n_cells)).astype(int)
    sizes[0] += n_cells - sizes.sum()
    cells, cell_town = [], []
    taken = set()
    for t, (c, n) in enumerate(zip(centres, sizes)):
        r = 2 * int(np.ceil(np.sqrt(n / np.pi))) + 3
        ij = np.array([(i, j) for i in range(-r, r + 1) for j in range(-r, r + 1)])
        ij = ij[np.argsort(np.hypot(ij[:, 0], ij[:, 1]) + rng.uniform(0, 0.5, len(ij)), kind="stable")]
        base = np.floor(c / 250.0).astype(int)
        count = 0
        for i, j in ij:
            key = (base[0] + i, base[1] + j)
            if key in taken:
                continue
            taken.add(key)
            cells.append(((key[0] + 0.5) * 250.0, (key[1] + 0.5) * 250.0))
            cell_town.append(t)
            count += 1
            if count == n:
                break
    cells = np.array(cells)
    population = rng.integers(5, 200, len(cells)).astype(float)

    stops_xy, routes, trips, times = [], [], [], []
    hubs = []

    def add_line(route, seq, speed_kmh, headway, first=5 * 3600, last=23.5 * 3600):
        xy = np.array([stops_xy[s] for s in seq])
        legs = np.hypot(*np.diff(xy, axis=0).T) * 1.25 / (speed_kmh / 3.6)
        offsets = np.r_[0.0, np.cumsum(np.maximum(legs, 30.0))]
        routes.append((route, "3"))
        for direction, order, off in (("a", seq, offsets), ("b", seq[::-1], offsets[-1] - offsets[::-1])):
            for n, start in enumerate(np.arange(first + rng.integers(0, headway // 60) * 60, last, headway)):
                trip = f"{route}{direction}{n}"
                trips.append((route, "WK", trip))
                for k, (s, o) in enumerate(zip(order, off)):
                    times.append((trip, _clock(start + o), _clock(start + o), f"s{s}", k + 1))

    # Stops on a grid in each town; local lines along rows and columns.
    for t, c in enumerate(centres):
        mine = cells[np.array(cell_town) == t]
        radius = np.hypot(*(mine - c).T).max() if len(mine) else 500.0
        k = max(1, int(np.floor(radius / stop_spacing)))
        grid = {}
        for i in range(-k, k + 1):
            for j in range(-k, k + 1):
                if np.hypot(i, j) * stop_spacing <= radius + 1:
                    grid[(i, j)] = len(stops_xy)
                    stops_xy.append((c[0] + i * stop_spacing, c[1] + j * stop_spacing))
        hubs.append(grid[(0, 0)])
        headway = int(np.clip(3600 * 45 / max(sizes[t], 30) ** 0.5, 1800, 3600)) // 60 * 60
        for axis in (0, 1):
            for line in range(-k, k + 1):
                seq = [
                    grid[(line, m) if axis else (m, line)]
                    for m in range(-k, k + 1)
                    if ((line, m) if axis else (m, line)) in grid
                ]
                if len(seq) >= 3:
                    add_line(f"t{t}{'rc'[axis]}{line + k}", seq, 25.0, headway)
    # Regional lines: each town to its two nearest towns and, for the larger towns, to the regional centre (town 0).
    pairs = set()
    for t in range(n_towns):
        d = np.hypot(*(centres - centres[t]).T)
        for u in np.argsort(d)[1:3]:
            pairs.add(tuple(sorted((t, int(u)))))
        if t and sizes[t] >= np.percentile(sizes, 70):
            pairs.add((0, t))
    for a, b in sorted(pairs):
        pa, pb = np.array(stops_xy[hubs[a]]), np.array(stops_xy[hubs[b]])
        n_rural = int(np.hypot(*(pb - pa)) // 3000)
        seq = [hubs[a]]
        for k in range(1, n_rural):
            stops_xy.append(tuple(pa + (pb - pa) * k / n_rural + rng.normal(0, 200, 2)))
            seq.append(len(stops_xy) - 1)
        seq.append(hubs[b])
        add_line(f"r{a}_{b}", seq, 70.0, int(rng.choice([1800, 2700, 3600])))

    stops_xy = np.array(stops_xy)
    lon, lat = to_lonlat(stops_xy[:, 0] + X0, stops_xy[:, 1] + Y0)
    tables = {
        "agency.txt": pd.DataFrame(
            {
                "agency_id": ["C"],
                "agency_name": ["Länstrafiken"],
                "agency_url": ["https://example.org"],
                "agency_timezone": ["Europe/Stockholm"],
            }
        ),
        "stops.txt": pd.DataFrame(
            {
                "stop_id": [f"s{k}" for k in range(len(stops_xy))],
                "stop_name": [f"Hållplats {k}" for k in range(len(stops_xy))],
                "stop_lat": [f"{v:.7f}" for v in lat],
                "stop_lon": [f"{v:.7f}" for v in lon],
            }
        ),
        "routes.txt": pd.DataFrame(routes, columns=["route_id", "route_type"]).assign(
            agency_id="C", route_short_name=lambda f: f.route_id
        ),
        "trips.txt": pd.DataFrame(trips, columns=["route_id", "service_id", "trip_id"]),
        "stop_times.txt": pd.DataFrame(
            times, columns=["trip_id", "arrival_time", "departure_time", "stop_id", "stop_sequence"]
        ),
        "calendar.txt": pd.DataFrame(
            {
                "service_id": ["WK"],
                "monday": ["1"],
                "tuesday": ["1"],
                "wednesday": ["1"],
                "thursday": ["1"],
                "friday": ["1"],
                "saturday": ["0"],
                "sunday": ["0"],
                "start_date": ["20260101"],
                "end_date": ["20261231"],
            }
        ),
    }
    gtfs = folder / "gtfs"
    gtfs.mkdir(exist_ok=True)
    for name, frame in tables.items():
        frame.to_csv(gtfs / name, index=False)
    with zipfile.ZipFile(folder / "county_gtfs.zip", "w", zipfile.ZIP_DEFLATED) as archive:
        for name in tables:
            archive.write(gtfs / name, name)
    pick = rng.choice(len(cells), n_dest, replace=False, p=population / population.sum())
    return {
        "gtfs_dir": gtfs,
        "gtfs_zip": folder / "county_gtfs.zip",
        "cells": cells + [X0, Y0],
        "population": population,
        "dest": cells[pick] + [X0, Y0] + rng.uniform(-100, 100, (n_dest, 2)),
        "weights": rng.integers(10, 2000, n_dest).astype(float),
        "stops_xy": stops_xy + [X0, Y0],
        "n_stop_times": len(times),
        "n_trips": len(trips),
    }


def write_osm_streets(path: Path, points_xy: np.ndarray, spacing: float = 250.0) -> Path:
    """Streets for ferrobus as OSM XML: a 250 m street grid around every given point (cells, stops), footways."""
    keys = np.unique(np.floor(np.asarray(points_xy) / spacing).astype(np.int64), axis=0)
    # Nodes at the corners of each 250 m square; ways along its edges (east and north), deduplicated.
    corners = np.unique(np.concatenate([keys, keys + [1, 0], keys + [0, 1], keys + [1, 1]]), axis=0)
    index = {tuple(k): n + 1 for n, k in enumerate(corners)}
    lon, lat = to_lonlat(corners[:, 0] * spacing, corners[:, 1] * spacing)
    edges = set()
    for i, j in keys:
        for a, b in (
            ((i, j), (i + 1, j)),
            ((i, j), (i, j + 1)),
            ((i + 1, j), (i + 1, j + 1)),
            ((i, j + 1), (i + 1, j + 1)),
        ):
            edges.add((index[a], index[b]))
    # Joined into one network (ferrobus keeps only joined streets): a 5 km grid of roads over the area, and a road from
    # one corner of every island of squares to the nearest crossing of that grid.
    from scipy.sparse import coo_matrix
    from scipy.sparse.csgraph import connected_components

    e = np.array(sorted(edges)) - 1
    _, label = connected_components(
        coo_matrix((np.ones(len(e)), (e[:, 0], e[:, 1])), shape=(len(corners), len(corners))), directed=False
    )
    step = int(5000 / spacing)
    lo, hi = corners.min(axis=0) // step, corners.max(axis=0) // step + 1
    lattice = np.array([(i * step, j * step) for i in range(lo[0], hi[0] + 1) for j in range(lo[1], hi[1] + 1)])
    fresh = [tuple(k) for k in lattice if tuple(k) not in index]
    extra = {k: len(index) + n + 1 for n, k in enumerate(fresh)}
    index.update(extra)
    new_nodes = np.array(list(extra.keys())) if extra else np.empty((0, 2), dtype=np.int64)
    for i, j in lattice:
        for a, b in (((i, j), (i + step, j)), ((i, j), (i, j + step))):
            if a in index and b in index:
                edges.add((index[a], index[b]))
    for component in np.unique(label):
        node = corners[np.flatnonzero(label == component)[0]]
        hub = tuple((np.round(node / step) * step).astype(np.int64))
        if hub in index and index[hub] != index[tuple(node)]:
            edges.add((index[tuple(node)], index[hub]))
    if len(new_nodes):
        nlon, nlat = to_lonlat(new_nodes[:, 0] * spacing, new_nodes[:, 1] * spacing)
        lon, lat = np.r_[lon, nlon], np.r_[lat, nlat]
    with open(path, "w", encoding="utf-8") as out:
        out.write('<?xml version="1.0" encoding="UTF-8"?>\n<osm version="0.6" generator="samplan">\n')
        for n, (x, y) in enumerate(zip(lon, lat), start=1):
            out.write(f'<node id="{n}" version="1" lat="{y:.7f}" lon="{x:.7f}"/>\n')
        for w, (a, b) in enumerate(sorted(edges), start=1):
            out.write(
                f'<way id="{w}" version="1"><nd ref="{a}"/><nd ref="{b}"/><tag k="highway" v="residential"/></way>\n'
            )
        out.write("</osm>\n")
    return path
