"""The sample region's roads as NVDB (Trafikverket's national road database) delivers them: long lines split
wherever an attribute changes (speed, road number, bridge, bearing class), running through junctions (other
roads meet them at interior vertices, not at line ends), some of them multi-part features.

Made from the sample region's own road segments, so the network is the same one cut another way: the network
algorithms must give the same results per stretch on both. Plain numpy/shapely/pandas.
"""

from __future__ import annotations

import numpy as np
import pandas as pd
import shapely

NVDB_COLUMNS = ["kategori", "hastighet", "bro", "vagnummer", "barighet"]
BEARING_CLASSES = ("BK1", "BK2", "BK4")


def nvdb_roads(roads: pd.DataFrame, seed: int) -> pd.DataFrame:
    """From two-vertex road segments (kategori, hastighet, bro, vagnummer, geometry): one row per NVDB-like feature,
    fid 1..n, the columns of NVDB_COLUMNS and a MultiLineString geometry.

    Segments of one road with equal attributes are joined into lines through the junctions with other roads
    (shapely line_merge per attribute combination); each line is then cut at a random interior point where its
    bearing class changes (a new vertex, where only its two pieces meet), and about one in eight features is
    delivered as two parts meeting at an interior vertex.
    """
    rng = np.random.Generator(np.random.PCG64(seed + 7919))
    keys = ["kategori", "hastighet", "bro", "vagnummer"]
    merged_lines, attributes = [], []
    for values, group in roads.groupby(keys, sort=True):
        merged = shapely.line_merge(shapely.multilinestrings(group["geometry"].to_numpy()))
        parts = shapely.get_parts(merged)
        merged_lines.extend(parts)
        attributes.extend([values] * len(parts))
    lines = np.asarray(merged_lines, dtype=object)
    frame = pd.DataFrame(attributes, columns=keys)
    # A bearing class per line, changing at a random point along about half of them.
    split = rng.uniform(size=len(lines)) < 0.5
    at = rng.uniform(0.2, 0.8, len(lines))
    first_class = rng.integers(0, len(BEARING_CLASSES), len(lines))
    second_class = (first_class + 1 + rng.integers(0, len(BEARING_CLASSES) - 1, len(lines))) % len(BEARING_CLASSES)
    cut_pieces: list[shapely.Geometry] = []
    rows, classes = [], []
    for k, line in enumerate(lines):
        halves = (
            (_substring(line, 0.0, at[k] * line.length), _substring(line, at[k] * line.length, line.length))
            if split[k]
            else ()
        )
        if halves and all(h is not None for h in halves):
            cut_pieces.extend(halves)
            rows.extend([k, k])
            classes.extend([BEARING_CLASSES[first_class[k]], BEARING_CLASSES[second_class[k]]])
        else:
            cut_pieces.append(line)
            rows.append(k)
            classes.append(BEARING_CLASSES[first_class[k]])
    out = frame.iloc[rows].reset_index(drop=True)
    out["barighet"] = classes
    # Multi-part features: some lines with three or more vertices come in two parts meeting at a vertex.
    pieces = np.asarray(cut_pieces, dtype=object)
    counts = shapely.get_num_coordinates(pieces)
    two_parts = (rng.uniform(size=len(pieces)) < 0.125) & (counts >= 3)
    geometry = np.empty(len(pieces), dtype=object)
    for k, piece in enumerate(pieces):
        if two_parts[k]:
            coords = shapely.get_coordinates(piece)
            cut = int(rng.integers(1, len(coords) - 1))
            geometry[k] = shapely.multilinestrings(
                [shapely.linestrings(coords[: cut + 1]), shapely.linestrings(coords[cut:])]
            )
        else:
            geometry[k] = shapely.multilinestrings([piece])
    out.insert(0, "fid", np.arange(1, len(out) + 1, dtype=np.int64))
    out["geometry"] = pd.Series(geometry, dtype=object)
    return out[["fid", *NVDB_COLUMNS, "geometry"]]


def _substring(line, start: float, end: float):
    """The part of a line between two distances along it, with its own vertices in between (no vertex moved);
    None where it would be a single point."""
    coords = shapely.get_coordinates(line)
    along = np.concatenate([[0.0], np.cumsum(np.hypot(*np.diff(coords, axis=0).T))])
    inside = coords[(along > start) & (along < end)]
    # New cut points rounded to 1 mm, as every coordinate of the sample region is.
    a = np.round(shapely.get_coordinates(shapely.line_interpolate_point(line, start)), 3)
    b = np.round(shapely.get_coordinates(shapely.line_interpolate_point(line, end)), 3)
    xy = np.concatenate([a, inside, b])
    xy = xy[np.r_[True, np.any(xy[1:] != xy[:-1], axis=1)]]  # a cut at a vertex repeats it
    return shapely.linestrings(xy) if len(xy) >= 2 else None
