"""Accessibility between city and countryside: from every population feature to its nearest destination over
the network, with shares within thresholds per municipality (as Tillväxtverket's Pipos reports them), and the
difference a changed network makes.

One multi-source Dijkstra per criterion (distance, time) from all destinations at once on the reversed network,
each destination a virtual node joined to the ends of the link it lies on, replaces one search per origin.
Plain numpy/scipy/pandas; never imports QGIS.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field

import numpy as np
import pandas as pd
import shapely
from shapely.ops import substring
from scipy.sparse import csr_matrix
from scipy.sparse.csgraph import dijkstra

from .messages import Message, translatable
from .network import Network, attach_points, network_summary
from .progress import Progress, SilentProgress, check_cancelled
from .progress import sub_progress as _span

DEFAULT_DISTANCES_KM = (5.0, 10.0)
DEFAULT_TIMES_MIN = (30.0, 45.0)
# dist_km is to nearest_by_distance (the nearest over the network), time_min to nearest_by_time (the quickest): they may differ.
FEATURE_COLUMNS = [
    "fid",
    "population",
    "municipality",
    "nearest_by_distance",
    "nearest_by_time",
    "connector_m",
    "dist_km",
    "time_min",
]
ISO_COLUMNS = ["destination", "criterion", "threshold", "unit", "area_km2"]
SUMMARY_COLUMNS = [
    "municipality",
    "population",
    "population_reached",
    "population_unreached",
    "mean_dist_km",
    "median_dist_km",
    "mean_time_min",
    "median_time_min",
]


@dataclass
class AccessibilityResult:
    features: pd.DataFrame
    municipalities: pd.DataFrame
    messages: list = field(default_factory=list)


def _destination_graph(network: Network, weight: np.ndarray, dest, conn_cost, k: int):
    """The reversed network with the destinations as virtual nodes n..n+k-1, each joined to the link ends from which
    it is reached: a search from them gives every node's cost *to* a destination."""
    n = network.n_nodes
    # Reversed network: a search from the destinations gives every node's cost *to* its nearest destination.
    fwd = network.oneway >= 0
    bwd = network.oneway <= 0
    tail = np.concatenate([network.end[fwd], network.start[bwd]])  # reversed arcs
    head = np.concatenate([network.start[fwd], network.end[bwd]])
    w = np.concatenate([weight[fwd], weight[bwd]])
    # Virtual destination nodes n..n+k-1: (reversed) arcs to the link ends from which the destination is reached.
    d_ok = np.flatnonzero(dest.attached)
    dl = dest.link[d_ok]
    dfrac = dest.fraction[d_ok]
    dconn = conn_cost(dest.connector_m[d_ok])
    lw = weight[dl]
    # Reaching the destination from the link's start means driving forward along it.
    can_from_start = network.oneway[dl] >= 0
    can_from_end = network.oneway[dl] <= 0
    v_tail = np.concatenate([n + d_ok[can_from_start], n + d_ok[can_from_end]])
    v_head = np.concatenate([network.start[dl[can_from_start]], network.end[dl[can_from_end]]])
    v_w = np.concatenate(
        [
            dconn[can_from_start] + dfrac[can_from_start] * lw[can_from_start],
            dconn[can_from_end] + (1 - dfrac[can_from_end]) * lw[can_from_end],
        ]
    )
    all_tail = np.concatenate([tail, v_tail])
    all_head = np.concatenate([head, v_head])
    # Explicit zeros would be edges too, but a tiny positive weight keeps every solver version alike.
    all_w = np.maximum(np.concatenate([w, v_w]), 1e-9)
    size = n + k
    order = np.lexsort((all_w, all_head, all_tail))
    all_tail, all_head, all_w = all_tail[order], all_head[order], all_w[order]
    first = np.ones(len(all_tail), dtype=bool)
    first[1:] = (all_tail[1:] != all_tail[:-1]) | (all_head[1:] != all_head[:-1])
    indptr = np.r_[0, np.cumsum(np.bincount(all_tail[first], minlength=size))]
    graph = csr_matrix((all_w[first], all_head[first].astype(np.int32), indptr), shape=(size, size))
    return graph, d_ok, dl, dfrac, dconn


def nearest_destination_costs(
    network: Network,
    weight: np.ndarray,
    origin_points,
    destination_points,
    max_connector_m: float,
    connector_speed_ms: float | None,
    progress: Progress | None = None,
):
    """For every origin: the cost to its nearest destination over the network and that destination's index.

    Origins and destinations join the network at the nearest point of the nearest link within the connector
    distance; the connector adds its length (metres) or its time at `connector_speed_ms` (seconds). A trip runs
    from the origin's point along its link to either end (as the link's direction allows), over the network, and
    along the destination's link to it; origin and destination on the same link may meet directly.
    Returns (cost, destination index, origin connector metres); cost is inf and index -1 where none is reached.
    """
    progress = progress or SilentProgress()
    weight = np.asarray(weight, dtype=float)
    n = network.n_nodes
    orig = attach_points(network, origin_points, max_connector_m)
    dest = attach_points(network, destination_points, max_connector_m)
    check_cancelled(progress)
    if not dest.attached.any() or not orig.attached.any():
        return np.full(len(origin_points), np.inf), np.full(len(origin_points), -1, dtype=np.int64), orig.connector_m
    conn_cost = (lambda metres: metres) if connector_speed_ms is None else (lambda metres: metres / connector_speed_ms)
    graph, d_ok, dl, dfrac, dconn = _destination_graph(network, weight, dest, conn_cost, len(destination_points))
    node_cost, _, src = dijkstra(graph, directed=True, indices=n + d_ok, min_only=True, return_predecessors=True)
    check_cancelled(progress)
    progress.set_progress(80)

    cost = np.full(len(origin_points), np.inf)
    nearest = np.full(len(origin_points), -1, dtype=np.int64)
    o_ok = np.flatnonzero(orig.attached)
    ol = orig.link[o_ok]
    ofrac = orig.fraction[o_ok]
    oconn = conn_cost(orig.connector_m[o_ok])
    lw = weight[ol]
    # Leaving towards the link's end is driving forward; towards its start, backward.
    to_end = np.where(network.oneway[ol] >= 0, (1 - ofrac) * lw + node_cost[network.end[ol]], np.inf)
    to_start = np.where(network.oneway[ol] <= 0, ofrac * lw + node_cost[network.start[ol]], np.inf)
    via_end = to_end <= to_start
    best = np.minimum(to_end, to_start)
    best_src = np.where(via_end, src[network.end[ol]], src[network.start[ol]])
    cost[o_ok] = oconn + best
    nearest[o_ok] = np.where(np.isfinite(best), best_src - n, -1)
    # Origin and destination on the same link: straight along it, where the direction allows.
    if len(o_ok) and len(d_ok):
        frame_o = pd.DataFrame({"o": o_ok, "link": ol, "f": ofrac})
        frame_d = pd.DataFrame({"d": d_ok, "link": dl, "g": dfrac, "dc": dconn})
        same = frame_o.merge(frame_d, on="link")
        if len(same):
            link = same["link"].to_numpy()
            along = same["g"].to_numpy() - same["f"].to_numpy()
            allowed = np.where(along >= 0, network.oneway[link] >= 0, network.oneway[link] <= 0)
            direct = (
                np.abs(along) * weight[link] + same["dc"].to_numpy() + conn_cost(orig.connector_m[same["o"].to_numpy()])
            )
            direct = np.where(allowed, direct, np.inf)
            o_idx = same["o"].to_numpy()
            better = direct < cost[o_idx]
            # Several destinations on one link: keep the best per origin.
            pick = pd.DataFrame(
                {"o": o_idx[better], "c": direct[better], "d": same["d"].to_numpy()[better]}
            ).sort_values("c")
            pick = pick.drop_duplicates("o")
            cost[pick["o"].to_numpy()] = pick["c"].to_numpy()
            nearest[pick["o"].to_numpy()] = pick["d"].to_numpy()
    progress.set_progress(100)
    return cost, nearest, orig.connector_m


def accessibility(
    network: Network,
    has_time: bool,
    population_points,
    population,
    destination_points,
    destination_names,
    municipality=None,
    max_connector_m: float = 1000.0,
    connector_speed_kmh: float = 30.0,
    distance_thresholds_km=DEFAULT_DISTANCES_KM,
    time_thresholds_min=DEFAULT_TIMES_MIN,
    progress: Progress | None = None,
) -> AccessibilityResult:
    """Distance and travel time from every population feature to the nearest destination; shares per municipality."""
    progress = progress or SilentProgress()
    messages: list = [network_summary(network)]
    population = np.nan_to_num(np.asarray(population, dtype=float))
    count = len(population_points)
    dist, nearest_d, connector = nearest_destination_costs(
        network, network.length_m, population_points, destination_points, max_connector_m, None, _span(progress, 0, 45)
    )
    if has_time:
        time, nearest_t, _ = nearest_destination_costs(
            network,
            network.time_s,
            population_points,
            destination_points,
            max_connector_m,
            connector_speed_kmh / 3.6,
            _span(progress, 45, 90),
        )
    else:
        time, nearest_t = np.full(count, np.nan), np.full(count, -1, dtype=np.int64)
    names = np.asarray(destination_names, dtype=object)
    none = np.array(None, dtype=object)
    name_of = lambda index: np.where(index >= 0, names[np.maximum(index, 0)] if len(names) else none, none)  # noqa: E731
    frame = pd.DataFrame(
        {
            "fid": np.arange(count) if count else np.empty(0, dtype=np.int64),
            "population": population,
            "municipality": np.asarray(municipality, dtype=object)
            if municipality is not None
            else np.full(count, "", dtype=object),
            "nearest_by_distance": name_of(nearest_d),
            "nearest_by_time": name_of(nearest_t),
            "connector_m": connector,
            "dist_km": np.where(np.isfinite(dist), dist / 1000.0, np.nan),
            "time_min": np.where(np.isfinite(time), time / 60.0, np.nan),
        }
    )
    for km in distance_thresholds_km:
        frame[f"within_{_label(km)}km"] = (frame["dist_km"] <= km).astype(np.int64)
    if has_time:
        for minutes in time_thresholds_min:
            frame[f"within_{_label(minutes)}min"] = (frame["time_min"] <= minutes).astype(np.int64)
    unreached = int((~np.isfinite(dist)).sum())
    if unreached:
        messages.append(
            Message(
                translatable(
                    "{0} population feature(s) ({1} people) reach no destination: farther than {2} m "
                    "from the network, or on a part of it without destinations."
                ),
                unreached,
                int(population[~np.isfinite(dist)].sum()),
                max_connector_m,
            )
        )
    summary = summarise(frame, distance_thresholds_km, time_thresholds_min if has_time else ())
    progress.set_progress(100)
    return AccessibilityResult(frame, summary, messages)


def iso_areas(
    network: Network,
    has_time: bool,
    destination_points,
    destination_names,
    distance_thresholds_km=DEFAULT_DISTANCES_KM,
    time_thresholds_min=DEFAULT_TIMES_MIN,
    max_connector_m: float = 1000.0,
    connector_speed_kmh: float = 30.0,
    buffer_m: float = 100.0,
    progress: Progress | None = None,
) -> pd.DataFrame:
    """Per destination and threshold: the area from which the destination is reached within the threshold.

    Method: a search from each destination on the reversed network (bounded by the largest threshold, in batches of
    destinations) gives every node its cost to that destination, the destination's connector included. A point on a
    link reaches it over the link's start or end (as the link's direction allows), or straight along the
    destination's own link; the reached parts of every link, cut where the cost reaches the threshold, are buffered
    by `buffer_m` and merged into one polygon. The people's own connectors are not counted (the buffer stands for
    them). Returns one row per destination and threshold (ISO_COLUMNS and geometry); an empty polygon where nothing
    is reached.
    """
    progress = progress or SilentProgress()
    names = np.asarray(destination_names, dtype=object)
    criteria: list[tuple[str, np.ndarray, float | None, list[tuple[float, float]], str]] = [
        (
            "distance",
            np.asarray(network.length_m, dtype=float),
            None,
            [(km, km * 1000.0) for km in distance_thresholds_km],
            "km",
        )
    ]
    if has_time:
        criteria.append(
            (
                "time",
                np.asarray(network.time_s, dtype=float),
                connector_speed_kmh / 3.6,
                [(minutes, minutes * 60.0) for minutes in time_thresholds_min],
                "min",
            )
        )
    rows: list[tuple[int, str, str, float, str, shapely.Geometry]] = []
    n = network.n_nodes
    dest = attach_points(network, destination_points, max_connector_m)
    for c_index, (criterion, weight, speed, thresholds, unit) in enumerate(criteria):
        if not thresholds:
            continue
        conn_cost: Callable[..., np.ndarray] = (
            (lambda metres: metres) if speed is None else (lambda metres, v=speed: metres / v)
        )
        graph, d_ok, dl, dfrac, dconn = _destination_graph(network, weight, dest, conn_cost, len(destination_points))
        limit = max(value for _, value in thresholds)
        for i in np.flatnonzero(~dest.attached):  # too far from the network: nothing reaches it
            rows.extend(
                (int(i), str(names[i]), criterion, float(label), unit, shapely.Polygon()) for label, _ in thresholds
            )
        batch = max(1, int(2e7 // graph.shape[0]))
        for first in range(0, len(d_ok), batch):
            check_cancelled(progress)
            chosen = np.arange(first, min(first + batch, len(d_ok)))
            costs = dijkstra(graph, directed=True, indices=n + d_ok[chosen], limit=limit)
            for row, i in enumerate(chosen):
                for label, value in thresholds:
                    parts = _reached_parts(network, weight, costs[row, :n], value, dl[i], dfrac[i], dconn[i])
                    area = (
                        shapely.buffer(shapely.multilinestrings(parts), buffer_m) if len(parts) else shapely.Polygon()
                    )
                    rows.append((int(d_ok[i]), str(names[d_ok[i]]), criterion, float(label), unit, area))
            done = (c_index + (first + len(chosen)) / max(len(d_ok), 1)) / len(criteria)
            progress.set_progress(100.0 * done)
    order = sorted(range(len(rows)), key=lambda j: (rows[j][0], rows[j][2] != "distance", rows[j][3]))
    rows = [rows[j] for j in order]
    geometry = np.array([r[5] for r in rows], dtype=object)
    frame = pd.DataFrame(
        {
            "destination": [r[1] for r in rows],
            "criterion": [r[2] for r in rows],
            "threshold": [r[3] for r in rows],
            "unit": [r[4] for r in rows],
            "area_km2": shapely.area(geometry) / 1e6 if len(rows) else np.empty(0),
        }
    )
    frame["geometry"] = geometry
    progress.set_progress(100)
    return frame


def _reached_parts(
    network: Network,
    weight: np.ndarray,
    node_cost: np.ndarray,
    budget: float,
    own_link: int,
    own_fraction: float,
    own_connector: float,
) -> list:
    """The parts of the links from which a destination is reached within `budget`, as line geometries."""
    w = np.maximum(weight, 1e-12)
    c_start, c_end = node_cost[network.start], node_cost[network.end]
    # From a point at fraction f: back to the start (f * w + c_start) where driving backward is allowed, on to the end
    # ((1 - f) * w + c_end) where driving forward is.
    upto = np.where((network.oneway <= 0) & (c_start <= budget), np.minimum((budget - c_start) / w, 1.0), -1.0)
    from_ = np.where((network.oneway >= 0) & (c_end <= budget), np.maximum(1.0 - (budget - c_end) / w, 0.0), 2.0)
    links = [np.flatnonzero(upto > 0), np.flatnonzero(from_ < 1)]
    spans = [(np.zeros(len(links[0])), upto[links[0]]), (from_[links[1]], np.ones(len(links[1])))]
    # Straight along the destination's own link: forward up to it from before, backward from beyond.
    rest = budget - own_connector
    if rest > 0:
        reach = rest / w[own_link]
        low = own_fraction - reach if network.oneway[own_link] >= 0 else own_fraction
        high = own_fraction + reach if network.oneway[own_link] <= 0 else own_fraction
        if high > low:
            links.append(np.array([own_link]))
            spans.append((np.array([max(low, 0.0)]), np.array([min(high, 1.0)])))
    link = np.concatenate(links)
    a = np.concatenate([s[0] for s in spans])
    b = np.concatenate([s[1] for s in spans])
    parts = []
    whole = (a <= 0) & (b >= 1)
    parts.extend(network.geometry[np.unique(link[whole])])
    for k, lo, hi in zip(link[~whole], a[~whole], b[~whole]):
        if hi > lo:
            parts.append(substring(network.geometry[k], lo, hi, normalized=True))
    return parts


def municipality_of(points, polygons, names) -> np.ndarray:
    """The name of the polygon each point lies in ('' outside all; the first where polygons overlap)."""
    points = np.asarray(points, dtype=object)
    result = np.full(len(points), "", dtype=object)
    if not len(points) or not len(polygons):
        return result
    hit_point, hit_polygon = shapely.STRtree(np.asarray(polygons, dtype=object)).query(points, predicate="intersects")
    order = np.lexsort((hit_polygon, hit_point))
    hit_point, hit_polygon = hit_point[order], hit_polygon[order]
    first = np.r_[True, hit_point[1:] != hit_point[:-1]]
    result[hit_point[first]] = np.asarray(names, dtype=object)[hit_polygon[first]]
    return result


def _label(value: float) -> str:
    return f"{value:g}".replace(".", "_")


def weighted_median(values: np.ndarray, weights: np.ndarray) -> float:
    """The value below which half the weight lies (lower median: the first value reaching half)."""
    keep = np.isfinite(values) & (weights > 0)
    values, weights = values[keep], weights[keep]
    if not len(values):
        return np.nan
    order = np.argsort(values, kind="stable")
    cum = np.cumsum(weights[order])
    return float(values[order][np.searchsorted(cum, 0.5 * cum[-1])])


def summarise(frame: pd.DataFrame, distance_thresholds_km, time_thresholds_min) -> pd.DataFrame:
    """Per municipality (and the whole area, ''): population-weighted mean and median, shares within, people beyond.

    One denominator throughout: the people who reach a destination. Mean, median and shares are of them, `beyond_…`
    counts those of them beyond the threshold, and `population_unreached` the rest (within + beyond + unreached =
    population).
    """
    rows = []
    groups = [("", frame)] + [
        (name, part) for name, part in frame.groupby("municipality", sort=True) if name not in ("", None)
    ]
    for name, part in groups:
        pop = part["population"].to_numpy(dtype=float)
        reached = np.isfinite(part["dist_km"].to_numpy(dtype=float))
        base = float(pop[reached].sum())
        row = {
            "municipality": name if name else "*",
            "population": float(pop.sum()),
            "population_reached": base,
            "population_unreached": float(pop[~reached].sum()),
        }
        for column in ("dist_km", "time_min"):
            values = part[column].to_numpy(dtype=float)
            known = reached & np.isfinite(values)
            row[f"mean_{column}"] = (
                float((values[known] * pop[known]).sum() / base) if base > 0 and known.any() else np.nan
            )
            row[f"median_{column}"] = weighted_median(np.where(reached, values, np.nan), pop)
        for column, unit, thresholds in (
            ("dist_km", "km", distance_thresholds_km),
            ("time_min", "min", time_thresholds_min),
        ):
            values = part[column].to_numpy(dtype=float)
            for limit in thresholds:
                within = float(pop[reached & (values <= limit)].sum())
                row[f"share_within_{_label(limit)}{unit}"] = within / base if base > 0 else np.nan
                row[f"beyond_{_label(limit)}{unit}"] = base - within
        rows.append(row)
    return pd.DataFrame(rows)


def compare(before: AccessibilityResult, after: AccessibilityResult) -> tuple[pd.DataFrame, pd.DataFrame]:
    """Differences after minus before, per population feature and per municipality (negative: closer)."""
    features = before.features[["fid", "population", "municipality"]].copy()
    for column in ("dist_km", "time_min"):
        features[f"{column}_before"] = before.features[column].to_numpy()
        features[f"{column}_after"] = after.features[column].to_numpy()
        features[f"{column}_change"] = features[f"{column}_after"] - features[f"{column}_before"]
    for column in ("nearest_by_distance", "nearest_by_time"):
        features[f"{column}_before"] = before.features[column].to_numpy()
        features[f"{column}_after"] = after.features[column].to_numpy()
    b = before.municipalities.set_index("municipality")
    a = after.municipalities.set_index("municipality")
    numeric = [c for c in b.columns if c != "population"]
    change = (a[numeric] - b[numeric]).add_suffix("_change")
    municipalities = pd.concat(
        [b[["population"]], b[numeric].add_suffix("_before"), a[numeric].add_suffix("_after"), change], axis=1
    )
    return features, municipalities.reset_index()


def changed_network_lines(
    fids, geometries, cut_fids=(), cut_geometries=None, added_geometries=None, tolerance: float = 0.0
):
    """The lines of a changed network: links cut by feature id or where they meet a cut layer, planned links added.

    Where an added line ends partway along an existing line (within `tolerance` of it, but not of one of its
    vertices), that line gets a vertex at the added line's end, so that the two meet there (a T-junction).
    Returns (fids, geometries, origin, keep) where origin is 'existing' or 'added'; added lines get negative ids.
    """
    fids = np.asarray(fids, dtype=np.int64)
    geometries = np.asarray(geometries, dtype=object)
    keep = ~np.isin(fids, np.asarray(list(cut_fids), dtype=np.int64))
    if cut_geometries is not None and len(cut_geometries):
        tree = shapely.STRtree(geometries)
        hit = np.unique(tree.query(np.asarray(cut_geometries, dtype=object), predicate="intersects")[1])
        keep[hit] = False
    added = np.asarray(added_geometries if added_geometries is not None else [], dtype=object)
    if len(added) and keep.any():
        geometries = geometries.copy()
        geometries[keep] = _split_at_ends(geometries[keep], added, tolerance)
    out_fids = np.concatenate([fids[keep], -np.arange(1, len(added) + 1, dtype=np.int64)])
    out_geoms = np.concatenate([geometries[keep], added])
    origin = np.array(["existing"] * int(keep.sum()) + ["added"] * len(added), dtype=object)
    return out_fids, out_geoms, origin, keep


def _split_at_ends(lines: np.ndarray, added: np.ndarray, tolerance: float) -> np.ndarray:
    """The lines with a vertex inserted where an added line's end lies within the tolerance of them, not of a vertex."""
    reach = max(float(tolerance), 1e-6)
    ends = shapely.get_coordinates(
        np.concatenate([shapely.get_point(_line_parts(added), 0), shapely.get_point(_line_parts(added), -1)])
    )
    if not len(ends):
        return lines
    end_points = shapely.points(ends)
    hit_end, hit_line = shapely.STRtree(lines).query(end_points, predicate="dwithin", distance=reach)
    if not len(hit_end):
        return lines
    result = lines.copy()
    for line_index in np.unique(hit_line):
        line = result[line_index]
        for end in end_points[hit_end[hit_line == line_index]]:
            if shapely.distance(shapely.points(shapely.get_coordinates(line)), end).min() <= reach:
                continue  # at a vertex already: the snap joins them
            line = _insert_vertex(line, end)
        result[line_index] = line
    return result


def _line_parts(geometries: np.ndarray) -> np.ndarray:
    parts = shapely.get_parts(np.asarray(geometries, dtype=object))
    return parts[shapely.get_type_id(parts) == 1]


def _insert_vertex(line, point):
    """The line (or the nearest part of a multi-line) with the point inserted as a vertex at its place along it."""
    parts = shapely.get_parts(line)
    nearest = int(np.argmin(shapely.distance(parts, point)))
    coords = shapely.get_coordinates(parts[nearest])
    segments = shapely.linestrings(np.stack([coords[:-1], coords[1:]], axis=1))
    after = int(np.argmin(shapely.distance(segments, point)))
    xy = shapely.get_coordinates(point)
    parts = parts.copy()
    parts[nearest] = shapely.linestrings(np.concatenate([coords[: after + 1], xy, coords[after + 1 :]]))
    return parts[0] if len(parts) == 1 and shapely.get_type_id(line) == 1 else shapely.multilinestrings(parts)
