"""Area-covering disruptions (Jenelius & Mattsson 2012; ra2ce's hazard overlay): every link inside or crossing a
hazard area (a flood zone, a landslide risk area, a drawn polygon) is closed, one area or one group of areas at a
time, and what that does is reported: the links closed, the people cut off from every centre, the added travel
time of the trips that still get through and the trips lost, and per population feature whether it keeps a route.

Exact: each area's answer equals removing its links and searching again. The population's cost to the nearest
centre comes from one multi-source search per area (from all centres, on the reversed network); trips between
zones are searched again only from the zones whose shortest-path tree uses a closed link.

Plain numpy/scipy/pandas; never imports QGIS.
"""

from __future__ import annotations

from dataclasses import dataclass, field

import numpy as np
import pandas as pd
import shapely
from scipy.sparse import csr_matrix
from scipy.sparse.csgraph import dijkstra

from .criticality import Demand, trip_matrix
from .messages import Message, translatable
from .network import Network, attach_points, network_summary
from .progress import Progress, SilentProgress, check_cancelled

AREA_COLUMNS = [
    "area_id",
    "name",
    "areas",
    "links_closed",
    "length_closed_km",
    "pop_cut_off",
    "pop_delayed",
    "pop_added",
    "trips",
    "trips_lost",
    "total_delay",
    "delay_per_trip",
]
FEATURE_COLUMNS = ["area_id", "name", "source_fid", "population", "keeps_route", "before", "after", "added"]
CLOSED_COLUMNS = ["area_id", "name", "link_id", "source_fid", "length_m"]


@dataclass
class AreaDisruptionResult:
    areas: pd.DataFrame  # one row per area (group), with its geometry
    features: pd.DataFrame  # per area, the population features whose route to a centre is lost or longer
    closed: pd.DataFrame  # per area, the links it closes, with their geometry
    messages: list = field(default_factory=list)
    unit: str = "min"  # of before/after/added: "min" with speeds, else "km"


def links_in_areas(network: Network, polygons: np.ndarray, group: np.ndarray) -> list[np.ndarray]:
    """Per group (0..g-1 in `group`, one per polygon), the links inside or crossing any of its polygons."""
    g = int(group.max()) + 1 if len(group) else 0
    if len(network) == 0 or g == 0:
        return [np.empty(0, dtype=np.int64) for _ in range(g)]
    tree = shapely.STRtree(network.geometry)
    poly, link = tree.query(np.asarray(polygons, dtype=object), predicate="intersects")
    key = np.unique(group[poly] * len(network) + link)
    by_group = key // len(network)
    links = key % len(network)
    bounds = np.searchsorted(by_group, np.arange(g + 1))
    return [links[bounds[i] : bounds[i + 1]] for i in range(g)]


class _Graphs:
    """The network's arcs (one per allowed direction of a link), from which the graph without some links is built."""

    def __init__(self, network: Network, weight: np.ndarray) -> None:
        k = np.arange(len(network))
        fwd, bwd = network.oneway >= 0, network.oneway <= 0
        self.tail = np.concatenate([network.start[fwd], network.end[bwd]])
        self.head = np.concatenate([network.end[fwd], network.start[bwd]])
        self.link = np.concatenate([k[fwd], k[bwd]])
        self.weight = np.asarray(weight, dtype=float)[self.link]
        self.n = network.n_nodes

    def graph(self, closed: np.ndarray | None = None, reverse: bool = False) -> csr_matrix:
        """The graph without the closed links: one entry per node pair, the cheapest remaining parallel arc."""
        keep = np.ones(len(self.link), dtype=bool) if closed is None else ~closed[self.link]
        tail, head, w = self.tail[keep], self.head[keep], self.weight[keep]
        if reverse:
            tail, head = head, tail
        order = np.lexsort((w, head, tail))
        tail, head, w = tail[order], head[order], w[order]
        first = np.ones(len(tail), dtype=bool)
        first[1:] = (tail[1:] != tail[:-1]) | (head[1:] != head[:-1])
        tail, head, w = tail[first], head[first], w[first]
        indptr = np.concatenate([[0], np.cumsum(np.bincount(tail, minlength=self.n))])
        return csr_matrix((w, head.astype(np.int32), indptr), shape=(self.n, self.n))


def area_disruptions(
    network: Network,
    has_time: bool,
    polygons,
    group,
    group_names,
    population_points=None,
    population=None,
    population_ids=None,
    zone_ids=None,
    centre_points=None,
    max_connector_m: float = 1000.0,
    demand: Demand | None = None,
    progress: Progress | None = None,
) -> AreaDisruptionResult:
    """Close the links of each area group in turn (all others open) and report what it does.

    `polygons` one per hazard feature, `group` its group number (0..g-1; features of a group close together),
    `group_names` one per group. Population joins the nearer end of its nearest link within the longest connector
    (as link criticality joins it); centres likewise. Costs are travel times with speeds, else lengths.
    """
    progress = progress or SilentProgress()
    messages: list = [network_summary(network)]
    polygons = np.asarray(polygons, dtype=object)
    group = np.asarray(group, dtype=np.int64)
    g = len(group_names)
    weight = network.time_s if has_time else network.length_m
    per_unit = 60.0 if has_time else 1000.0  # minutes or km
    unit = "min" if has_time else "km"
    closed_by_group = links_in_areas(network, polygons, group)
    graphs = _Graphs(network, weight)
    n = network.n_nodes

    # Population and centres at nodes.
    count = 0 if population_points is None else len(population_points)
    values = np.ones(count) if population is None else np.nan_to_num(np.asarray(population, dtype=float))
    ids = np.arange(count) if population_ids is None else np.asarray(population_ids)
    person_node = np.full(count, -1, dtype=np.int64)
    if count:
        person_node = attach_points(network, population_points, max_connector_m).nearest_node(network)
        if (person_node < 0).any():
            messages.append(
                Message(
                    translatable(
                        "{0} population feature(s) ({1} people) lie farther than {2} m from the network "
                        "and are left out."
                    ),
                    int((person_node < 0).sum()),
                    int(values[person_node < 0].sum()),
                    max_connector_m,
                )
            )
    centre_node = np.empty(0, dtype=np.int64)
    if centre_points is not None and len(centre_points):
        centre_node = attach_points(network, centre_points, max_connector_m).nearest_node(network)
        if (centre_node < 0).any():
            messages.append(
                Message(
                    translatable("{0} centre(s) lie farther than {1} m from the network and are left out."),
                    int((centre_node < 0).sum()),
                    max_connector_m,
                )
            )
        centre_node = np.unique(centre_node[centre_node >= 0])
    attached = person_node >= 0

    def to_centres(closed):
        if len(centre_node) == 0:
            return np.full(n, np.inf)
        return dijkstra(graphs.graph(closed, reverse=True), directed=True, indices=centre_node, min_only=True)

    before_node = to_centres(None)
    before = np.where(attached, before_node[np.maximum(person_node, 0)], np.inf)
    if len(centre_node) and np.isinf(before[attached]).any():
        stranded = attached & np.isinf(before)
        messages.append(
            Message(
                translatable(
                    "{0} people have no route to any centre even with every link open: they count as cut "
                    "off already, not for any area."
                ),
                int(round(values[stranded].sum())),
            )
        )

    # Trips between zones, with their costs before.
    trips = zone_nodes = zone_cost = pred = None
    total_trips = 0.0
    if demand is not None and attached.sum() > 1:
        zone_nodes, inverse = np.unique(person_node[attached], return_inverse=True)
        cost, pred = dijkstra(graphs.graph(), directed=True, indices=zone_nodes, return_predecessors=True)
        zone_cost = cost[:, zone_nodes]
        trips = trip_matrix(demand, zone_cost, values, zone_ids, attached, inverse.ravel(), per_unit, messages)
        total_trips = float(trips.sum())
    check_cancelled(progress)

    area_rows, feature_rows, closed_rows = [], [], []
    untouched = []
    for gi in range(g):
        check_cancelled(progress)
        links = closed_by_group[gi]
        closed = np.zeros(len(network), dtype=bool)
        closed[links] = True
        row = {
            "area_id": gi + 1,
            "name": group_names[gi],
            "areas": int((group == gi).sum()),
            "links_closed": len(links),
            "length_closed_km": float(network.length_m[links].sum()) / 1000.0,
        }
        if len(links) == 0:
            untouched.append(str(group_names[gi]))
        after_node = to_centres(closed) if len(links) else before_node
        after = np.where(attached, after_node[np.maximum(person_node, 0)], np.inf)
        reached = np.isfinite(before)
        lost = reached & np.isinf(after)
        longer = reached & np.isfinite(after) & (after > before + 1e-9 * np.maximum(1.0, before))
        row["pop_cut_off"] = float(values[lost].sum())
        row["pop_delayed"] = float(values[longer].sum())
        row["pop_added"] = float((values[longer] * (after[longer] - before[longer])).sum() / per_unit)
        for i in np.flatnonzero(lost | longer):
            feature_rows.append(
                (
                    gi + 1,
                    group_names[gi],
                    ids[i],
                    values[i],
                    int(not lost[i]),
                    before[i] / per_unit,
                    after[i] / per_unit if np.isfinite(after[i]) else np.nan,
                    (after[i] - before[i]) / per_unit if np.isfinite(after[i]) else np.nan,
                )
            )
        row.update(
            _trip_effects(graphs, network, closed, links, zone_nodes, zone_cost, pred, trips, per_unit, has_time)
        )
        area_rows.append(row)
        for k in links:
            closed_rows.append(
                (
                    gi + 1,
                    group_names[gi],
                    int(k) + 1,
                    int(network.fid[k]),
                    float(network.length_m[k]),
                    network.geometry[k],
                )
            )
        progress.set_progress(100.0 * (gi + 1) / max(g, 1))
    if untouched:
        messages.append(
            Message(
                translatable("{0} area(s) touch no link of the network and close nothing: {1}."),
                len(untouched),
                ", ".join(untouched[:10]),
            )
        )
    if trips is not None:
        messages.append(
            Message(
                translatable(
                    "Trips: {0} in all; each area's trips lost and added travel time are counted with "
                    "all other areas open."
                ),
                int(round(total_trips)),
            )
        )
    areas = pd.DataFrame(area_rows, columns=AREA_COLUMNS)
    geometry = np.empty(g, dtype=object)
    for gi in range(g):
        geometry[gi] = shapely.union_all(polygons[group == gi])
    areas["geometry"] = geometry
    features = pd.DataFrame(feature_rows, columns=FEATURE_COLUMNS)
    if count:
        points = np.asarray(population_points, dtype=object)
        index = {key: i for i, key in enumerate(ids.tolist())}
        features["geometry"] = [points[index[f]] for f in features["source_fid"].tolist()]
    else:
        features["geometry"] = np.empty(0, dtype=object)
    closed = pd.DataFrame([r[:-1] for r in closed_rows], columns=CLOSED_COLUMNS)
    closed["geometry"] = [r[-1] for r in closed_rows]
    progress.set_progress(100)
    return AreaDisruptionResult(areas, features, closed, messages, unit)


def _trip_effects(
    graphs: _Graphs,
    network: Network,
    closed: np.ndarray,
    links: np.ndarray,
    zone_nodes,
    zone_cost,
    pred,
    trips,
    per_unit: float,
    has_time: bool,
) -> dict:
    """Trips that no longer get through, and the added travel time of the rest (trip-hours; per trip in minutes, or
    trip-km and km without speeds). Only zones whose shortest-path tree uses a closed link are searched again."""
    empty = {"trips": np.nan, "trips_lost": np.nan, "total_delay": np.nan, "delay_per_trip": np.nan}
    if trips is None:
        return empty
    total = float(trips.sum())
    result = {"trips": total, "trips_lost": 0.0, "total_delay": 0.0, "delay_per_trip": 0.0}
    if len(links) == 0 or total == 0:
        return result
    a, b = network.start[links], network.end[links]
    # A zone's costs change only if its tree enters a node over a closed link.
    uses = (pred[:, b] == a[None, :]) | (pred[:, a] == b[None, :])
    origins = np.flatnonzero(uses.any(axis=1) & (trips.sum(axis=1) > 0))
    if len(origins) == 0:
        return result
    after = dijkstra(graphs.graph(closed), directed=True, indices=zone_nodes[origins])[:, zone_nodes]
    old = zone_cost[origins]
    t = trips[origins]
    lost = (t > 0) & np.isinf(after)
    kept = (t > 0) & np.isfinite(after)
    added = float((t[kept] * (after[kept] - old[kept])).sum())
    result["trips_lost"] = float(t[lost].sum())
    result["total_delay"] = added / (3600.0 if has_time else 1000.0)
    result["delay_per_trip"] = added / total / per_unit
    return result
