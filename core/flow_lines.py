"""Commuting flow lines between zones, and how much commuting crosses municipal, county and regional borders."""

from __future__ import annotations

import numpy as np
import pandas as pd
import scipy.sparse as sp
import shapely

from .commuting import CommutingMatrix
from .progress import Progress, SilentProgress, check_cancelled

GROSS, NET = "gross", "net"
BORDER_KINDS = ("municipality", "county", "region")

FLOW_COLUMNS = [
    "from_code",
    "from_name",
    "to_code",
    "to_name",
    "flow_from_to",
    "flow_to_from",
    "gross",
    "net",
    "flow",
    "crosses_municipality",
    "crosses_county",
    "crosses_region",
    "length_m",
]


def zone_columns() -> list[str]:
    columns = ["code", "name", "residents", "jobs", "internal", "out_commuters", "in_commuters"]
    for kind in BORDER_KINDS:
        columns += [f"out_{kind}", f"in_{kind}", f"out_{kind}_share", f"in_{kind}_share"]
    return columns


ZONE_FLOW_COLUMNS = zone_columns()


def representative_points(geometries: np.ndarray) -> np.ndarray:
    """A point guaranteed inside each zone (GEOS point on surface): a crescent's centroid may lie outside it."""
    return shapely.point_on_surface(np.asarray(geometries, dtype=object))


def area_of_points(points: np.ndarray, areas: np.ndarray, area_codes: np.ndarray) -> np.ndarray:
    """The code of the area holding each point (the lowest code where areas overlap); None outside every area."""
    result = np.full(len(points), None, dtype=object)
    if len(areas) == 0 or len(points) == 0:
        return result
    tree = shapely.STRtree(np.asarray(areas, dtype=object))
    point_at, area_at = tree.query(np.asarray(points, dtype=object), predicate="intersects")
    codes = np.asarray(area_codes, dtype=object)[area_at].astype(str)
    frame = pd.DataFrame({"point": point_at, "code": codes}).sort_values(["point", "code"]).drop_duplicates("point")
    result[frame["point"].to_numpy()] = frame["code"].to_numpy(dtype=object)
    return result


def flow_lines(
    matrix: CommutingMatrix,
    points: np.ndarray,
    areas_by_kind: dict[str, np.ndarray | None],
    measure: str = GROSS,
    min_count: float = 0.0,
    top_n: int = 0,
    progress: Progress | None = None,
) -> tuple[pd.DataFrame, pd.DataFrame]:
    """Flow lines between pairs of zones and, per zone, the commuting that crosses each kind of border.

    One line per pair of zones with commuting between them (flows inside a zone have no line), drawn from the zone
    that sends more to the zone that sends less (then from the lower code): flow_from_to and flow_to_from are the
    two directions, gross their sum, net their difference (>= 0). `flow` is the chosen measure (gross or net); the
    lines kept are those with flow >= min_count (and > 0), and of those the top_n largest when top_n > 0 (ties by
    codes). A line crosses a border of a kind when its zones' representative points lie in different areas of that
    kind (null where there is no layer of that kind or a point lies outside every area).

    `areas_by_kind` maps 'municipality', 'county', 'region' to the area code of every zone (None outside) or None.
    The zone table counts every flow, filtered or not.
    """
    progress = progress or SilentProgress()
    flows = matrix.flows
    off = sp.csr_matrix(flows - sp.diags(flows.diagonal()))
    off.eliminate_zeros()
    pairs = sp.triu(off + off.T, k=1).tocoo()
    i, j = pairs.row.astype(np.int64), pairs.col.astype(np.int64)
    f_ij = np.asarray(off[i, j]).ravel() if len(i) else np.zeros(0)
    f_ji = np.asarray(off[j, i]).ravel() if len(i) else np.zeros(0)
    forward = f_ij >= f_ji
    origin, destination = np.where(forward, i, j), np.where(forward, j, i)
    along, against = np.maximum(f_ij, f_ji), np.minimum(f_ij, f_ji)
    gross, net = along + against, along - against
    value = gross if measure == GROSS else net
    keep = (value > 0) & (value >= min_count)
    order = np.lexsort((destination, origin, -value))
    order = order[keep[order]]
    if top_n and top_n > 0:
        order = order[:top_n]
    check_cancelled(progress)
    origin, destination = origin[order], destination[order]
    lines = (
        shapely.linestrings(
            np.stack([shapely.get_coordinates(points[origin]), shapely.get_coordinates(points[destination])], axis=1)
        )
        if len(order)
        else np.empty(0, dtype=object)
    )
    frame = pd.DataFrame(
        {
            "from_code": matrix.codes[origin],
            "from_name": matrix.names[origin],
            "to_code": matrix.codes[destination],
            "to_name": matrix.names[destination],
            "flow_from_to": along[order],
            "flow_to_from": against[order],
            "gross": gross[order],
            "net": net[order],
            "flow": value[order],
        }
    )
    for kind in BORDER_KINDS:
        codes = areas_by_kind.get(kind)
        frame[f"crosses_{kind}"] = _crossing_flags(codes, origin, destination)
    frame["length_m"] = shapely.length(lines) if len(order) else np.zeros(0)
    frame["geometry"] = lines
    progress.set_progress(60.0)
    return frame[FLOW_COLUMNS + ["geometry"]], zone_crossings(matrix, areas_by_kind)


def _crossing_flags(codes: np.ndarray | None, origin: np.ndarray, destination: np.ndarray) -> np.ndarray:
    """1 where the two ends lie in different areas, 0 in the same, NaN (null) where unknown."""
    if codes is None:
        return np.full(len(origin), np.nan)
    codes = np.asarray(codes, dtype=object)
    a, b = codes[origin], codes[destination]
    known = np.array([x is not None and y is not None for x, y in zip(a, b)], dtype=bool)
    return np.where(known, (a != b).astype(float), np.nan)


def zone_crossings(matrix: CommutingMatrix, areas_by_kind: dict[str, np.ndarray | None]) -> pd.DataFrame:
    """Per zone: employed residents, jobs, commuters out and in, and those crossing each kind of border, with
    out-shares of the employed residents and in-shares of the jobs (null where the kind has no layer)."""
    flows = matrix.flows.tocoo()
    n = len(matrix)
    residents, jobs, internal = matrix.residents, matrix.jobs, matrix.internal
    frame = pd.DataFrame(
        {
            "code": matrix.codes,
            "name": matrix.names,
            "residents": residents,
            "jobs": jobs,
            "internal": internal,
            "out_commuters": residents - internal,
            "in_commuters": jobs - internal,
        }
    )
    for kind in BORDER_KINDS:
        codes = areas_by_kind.get(kind)
        if codes is None:
            for column in (f"out_{kind}", f"in_{kind}", f"out_{kind}_share", f"in_{kind}_share"):
                frame[column] = np.nan
            continue
        codes = np.asarray(codes, dtype=object)
        a, b = codes[flows.row], codes[flows.col]
        crossing = np.array([x is not None and y is not None and x != y for x, y in zip(a, b)], dtype=bool)
        out = np.bincount(flows.row[crossing], weights=flows.data[crossing], minlength=n)
        inward = np.bincount(flows.col[crossing], weights=flows.data[crossing], minlength=n)
        frame[f"out_{kind}"] = out
        frame[f"in_{kind}"] = inward
        frame[f"out_{kind}_share"] = np.divide(out, residents, out=np.full(n, np.nan), where=residents > 0)
        frame[f"in_{kind}_share"] = np.divide(inward, jobs, out=np.full(n, np.nan), where=jobs > 0)
    return frame[ZONE_FLOW_COLUMNS]
