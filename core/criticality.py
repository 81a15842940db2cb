"""Weak links and redundancy of a road or rail network: bridges, detours, population cut off, and link
importance weighted by demand as Jenelius, Petersen & Mattsson (2006) and Jenelius & Mattsson (2012) define it.

Plain numpy/scipy/pandas; never imports QGIS.
"""
from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

import numpy as np
import pandas as pd
import shapely
from scipy.sparse.csgraph import dijkstra

from .messages import Message, translatable
from .network import (
    Arcs,
    BlockStructure,
    DetourStats,
    Network,
    all_link_detours,
    attach_points,
    block_structure,
    network_summary,
    subtree_sums,
)
from .progress import Progress, SilentProgress, check_cancelled
from .table_files import TableFileError, read_table_text, table_records

LINK_COLUMNS = ["fid", "link_id", "from_node", "to_node", "network_part", "length_m", "time_s", "is_bridge",
                "alt_length_m", "alt_time_s", "extra_m", "extra_s", "detour_ratio", "pop_cut_off",
                "importance", "total_delay", "unsatisfied_trips", "rank"]
NODE_COLUMNS = ["node_id", "links", "pop_cut_off", "network_part"]
OD_COLUMNS = ("origin", "destination", "trips")


@dataclass
class Demand:
    """Trips between zones: production-constrained gravity from population, or an OD table by zone id."""

    kind: str = "gravity"              # "gravity" | "od"
    trips_per_person: float = 1.0
    decay_per_unit: float = 0.1        # per minute (time) or per km (length)
    od_origin: np.ndarray | None = None
    od_destination: np.ndarray | None = None
    od_trips: np.ndarray | None = None


@dataclass
class CriticalityResult:
    links: pd.DataFrame
    nodes: pd.DataFrame
    messages: list = field(default_factory=list)
    detour_stats: DetourStats = field(default_factory=DetourStats)


def read_od_table(path: Path) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """An OD table (CSV: origin, destination, trips) with zone ids as text; bad numbers named by line."""
    source = str(path)
    text = read_table_text(Path(path))
    origins, destinations, trips = [], [], []
    for line, record in table_records(text, source, OD_COLUMNS):
        try:
            value = float(record["trips"].replace(",", "."))
        except ValueError:
            raise TableFileError(source, line, "trips", translatable("'{0}' is not a number"), record["trips"]) from None
        if value < 0 or not np.isfinite(value):
            raise TableFileError(source, line, "trips", translatable("trips must be zero or more, not {0}"), record["trips"])
        origins.append(record["origin"])
        destinations.append(record["destination"])
        trips.append(value)
    return np.asarray(origins, dtype=object), np.asarray(destinations, dtype=object), np.asarray(trips, dtype=float)


def link_criticality(network: Network, has_time: bool, population_points=None, population=None, zone_ids=None,
                     centre_points=None, max_connector_m: float = 1000.0, demand: Demand | None = None,
                     progress: Progress | None = None) -> CriticalityResult:
    """Every link's redundancy and importance; articulation points with the population they cut off."""
    progress = progress or SilentProgress()
    messages: list = [network_summary(network)]
    m = len(network)
    structure = block_structure(network.n_nodes, network.start, network.end, progress)
    check_cancelled(progress)
    progress.set_progress(5)
    stats = DetourStats()
    alt_length = all_link_detours(network, network.length_m, structure.is_bridge, _span(progress, 5, 35), stats)
    alt_time = (all_link_detours(network, network.time_s, structure.is_bridge, _span(progress, 35, 60), stats)
                if has_time else np.full(m, np.nan))
    frame = pd.DataFrame({
        "fid": network.fid, "link_id": np.arange(1, m + 1), "from_node": network.start, "to_node": network.end,
        "network_part": network.island_kind(), "length_m": network.length_m,
        "time_s": network.time_s if has_time else np.full(m, np.nan), "is_bridge": structure.is_bridge.astype(np.int64),
    })
    frame["alt_length_m"] = np.where(np.isfinite(alt_length), alt_length, np.nan)
    frame["alt_time_s"] = np.where(np.isfinite(alt_time), alt_time, np.nan)
    frame["extra_m"] = frame["alt_length_m"] - frame["length_m"]
    frame["extra_s"] = frame["alt_time_s"] - frame["time_s"]
    basis = ("alt_time_s", "time_s") if has_time else ("alt_length_m", "length_m")
    frame["detour_ratio"] = frame[basis[0]] / frame[basis[1]]

    # Population and centres at nodes.
    pop_node = np.zeros(network.n_nodes)
    centre_node = np.zeros(network.n_nodes)
    zone_node = None
    if population_points is not None and len(population_points):
        attachment = attach_points(network, population_points, max_connector_m)
        zone_node = attachment.nearest_node(network)
        values = np.nan_to_num(np.asarray(population, dtype=float))
        np.add.at(pop_node, zone_node[zone_node >= 0], values[zone_node >= 0])
        unattached = int((zone_node < 0).sum())
        if unattached:
            messages.append(Message(translatable("{0} population feature(s) ({1} people) lie farther than {2} m from the network "
                                                 "and are left out."), unattached, int(values[zone_node < 0].sum()), max_connector_m))
    if centre_points is not None and len(centre_points):
        centre_attachment = attach_points(network, centre_points, max_connector_m)
        nodes = centre_attachment.nearest_node(network)
        np.add.at(centre_node, nodes[nodes >= 0], 1)
        if (nodes < 0).any():
            messages.append(Message(translatable("{0} centre(s) lie farther than {1} m from the network and are left out."),
                                    int((nodes < 0).sum()), max_connector_m))
    link_cut, node_cut = _population_cut_off(network, structure, pop_node, centre_node)
    frame["pop_cut_off"] = link_cut
    if centre_node.sum() > 0:
        without = network.node_component
        comp_has_centre = np.bincount(without, weights=centre_node, minlength=without.max() + 1) > 0
        stranded = pop_node[~comp_has_centre[without]].sum()
        if stranded > 0:
            messages.append(Message(translatable("{0} people live on network parts without any centre: they count as cut off "
                                                 "already, not for any link."), int(round(stranded))))
    check_cancelled(progress)

    frame["importance"] = np.nan
    frame["total_delay"] = np.nan
    frame["unsatisfied_trips"] = np.nan
    if demand is not None and zone_node is not None:
        weight = network.time_s if has_time else network.length_m
        alt = alt_time if has_time else alt_length
        per_unit = 60.0 if has_time else 1000.0   # decay per minute or per km
        delay, unsatisfied, total_trips, note = demand_importance(
            network, weight, structure, alt, zone_node, np.nan_to_num(np.asarray(population, dtype=float)), zone_ids, demand,
            per_unit, _span(progress, 60, 98))
        messages.extend(note)
        frame["total_delay"] = delay / (3600.0 if has_time else 1000.0)   # trip-hours, or trip-km
        frame["importance"] = delay / max(total_trips, 1e-12) / (60.0 if has_time else 1000.0)  # per trip: minutes or km
        frame["unsatisfied_trips"] = unsatisfied
    frame["rank"] = _rank(frame)
    art = np.flatnonzero(structure.is_articulation)
    degree = np.bincount(np.concatenate([network.start, network.end]), minlength=network.n_nodes)
    kind = np.where(network.node_component == network.main_component, "main", "island").astype(object)
    nodes = pd.DataFrame({"node_id": art, "links": degree[art], "pop_cut_off": node_cut[art], "network_part": kind[art],
                          "geometry": shapely.points(network.node_xy[art]) if len(art) else np.empty(0, dtype=object)})
    frame["geometry"] = network.geometry
    progress.set_progress(100)
    return CriticalityResult(frame, nodes, messages, stats)


def _span(progress: Progress, start: float, end: float):
    span = getattr(progress, "span", None)
    return span(start, end) if span is not None else progress


def _rank(frame: pd.DataFrame) -> np.ndarray:
    """1 = weakest: most people cut off, then most unsatisfied trips, largest demand-weighted delay, bridges, longest detour."""
    keys = pd.DataFrame({
        "cut": frame["pop_cut_off"].fillna(0), "unsat": frame["unsatisfied_trips"].fillna(0),
        "delay": frame["total_delay"].fillna(0), "bridge": frame["is_bridge"],
        "extra": frame["extra_s"].fillna(frame["extra_m"]).fillna(np.inf).where(frame["is_bridge"] == 0, np.inf),
    })
    order = keys.sort_values(["cut", "unsat", "delay", "bridge", "extra"], ascending=False, kind="stable").index.to_numpy()
    rank = np.empty(len(frame), dtype=np.int64)
    rank[order] = np.arange(1, len(frame) + 1)
    return rank


def _population_cut_off(network: Network, structure: BlockStructure, pop_node: np.ndarray, centre_node: np.ndarray):
    """People separated from every centre when a link (bridge) or a node (articulation point) is closed.

    Read off the DFS tree: a bridge separates its child's subtree; an articulation point separates the subtrees of
    the children it holds apart, and the rest of its component. Parts without a centre count; a network part
    that has no centre to begin with counts for nothing. Without centres, nothing is cut off.
    """
    m = len(network)
    link_cut = np.zeros(m)
    node_cut = np.zeros(network.n_nodes)
    if centre_node.sum() == 0:
        return link_cut, node_cut
    sub_pop = subtree_sums(structure, pop_node)
    sub_centre = subtree_sums(structure, centre_node)
    comp = network.node_component
    comp_pop = np.bincount(comp, weights=pop_node, minlength=comp.max() + 1)
    comp_centre = np.bincount(comp, weights=centre_node, minlength=comp.max() + 1)
    bridges = np.flatnonzero(structure.is_bridge)
    child = structure.bridge_child[bridges]
    c = comp[child]
    inside_pop, inside_centre = sub_pop[child], sub_centre[child]
    outside_pop, outside_centre = comp_pop[c] - inside_pop, comp_centre[c] - inside_centre
    has_any = comp_centre[c] > 0
    link_cut[bridges] = np.where(has_any, np.where(inside_centre == 0, inside_pop, 0.0) + np.where(outside_centre == 0, outside_pop, 0.0), 0.0)
    for a in np.flatnonzero(structure.is_articulation):
        if comp_centre[comp[a]] == 0:
            continue
        children = structure.separated_children[a]
        piece_pop = sub_pop[children]
        piece_centre = sub_centre[children]
        cut = piece_pop[piece_centre == 0].sum()
        rest_pop = comp_pop[comp[a]] - pop_node[a] - piece_pop.sum()
        rest_centre = comp_centre[comp[a]] - centre_node[a] - piece_centre.sum()
        if structure.parent[a] >= 0 and rest_centre == 0:
            cut += rest_pop
        node_cut[a] = cut
    return link_cut, node_cut


def demand_importance(network: Network, weight: np.ndarray, structure: BlockStructure, alt: np.ndarray, zone_node: np.ndarray,
                      population: np.ndarray, zone_ids, demand: Demand, per_unit: float, progress: Progress):
    """Per link: the increase in total travel cost of all trips when it is closed (trips that still get through),
    and the trips that no longer can (Jenelius & Mattsson 2012). Exact: only trips whose shortest path uses the link
    change, and they are searched again with the link closed, bounded by the detour around it.
    """
    messages: list = []
    m = len(network)
    arcs = Arcs(network, weight)
    directed = network.directed
    ok = zone_node >= 0
    nodes, inverse = np.unique(zone_node[ok], return_inverse=True)
    z = len(nodes)
    delay = np.zeros(m)
    unsatisfied = np.zeros(m)
    if z < 2:
        return delay, unsatisfied, 0.0, messages
    cost, pred = dijkstra(arcs.graph, directed=True, indices=nodes, return_predecessors=True)
    zone_cost = cost[:, nodes]
    if demand.kind == "od":
        trips = _od_matrix(demand, zone_ids, ok, inverse, z, messages)
    else:
        pop = np.bincount(inverse, weights=population[ok], minlength=z)
        with np.errstate(over="ignore"):
            attraction = pop[None, :] * np.exp(-demand.decay_per_unit * zone_cost / per_unit)
        np.fill_diagonal(attraction, 0.0)
        attraction[~np.isfinite(zone_cost)] = 0.0
        total = attraction.sum(axis=1, keepdims=True)
        trips = np.where(total > 0, demand.trips_per_person * pop[:, None] * attraction / np.where(total > 0, total, 1.0), 0.0)
    np.fill_diagonal(trips, 0.0)
    trips[~np.isfinite(zone_cost)] = 0.0
    total_trips = float(trips.sum())
    messages.append(Message(translatable("Demand: {0} trips between {1} zones."), int(round(total_trips)), z))
    check_cancelled(progress)

    # Which links each trip's shortest path uses: walk the predecessor trees back from every destination.
    link_parts, origin_parts, dest_parts = [], [], []
    for r in range(z):
        cols = np.flatnonzero(trips[r] > 0)
        current = nodes[cols]
        while len(cols):
            p = pred[r, current]
            step = p >= 0
            cols, current, p = cols[step], current[step], p[step]
            if not len(cols):
                break
            link_parts.append(arcs.best_link[arcs.entries(p, current)])
            origin_parts.append(np.full(len(cols), r, dtype=np.int64))
            dest_parts.append(cols)
            current = p
        if r % 16 == 0:
            check_cancelled(progress)
            progress.set_progress(10.0 * r / z)
    if not link_parts:
        return delay, unsatisfied, total_trips, messages
    used_link = np.concatenate(link_parts)
    used_o = np.concatenate(origin_parts)
    used_d = np.concatenate(dest_parts)
    order = np.argsort(used_link, kind="stable")
    used_link, used_o, used_d = used_link[order], used_o[order], used_d[order]
    starts = np.flatnonzero(np.r_[True, used_link[1:] != used_link[:-1]])
    ends = np.r_[starts[1:], len(used_link)]
    for count, (a, b) in enumerate(zip(starts, ends)):
        link = int(used_link[a])
        o, d = used_o[a:b], used_d[a:b]
        t = trips[o, d]
        if structure.is_bridge[link] or not np.isfinite(alt[link]):
            unsatisfied[link] = t.sum()
            continue
        if not directed and len(np.unique(d)) < len(np.unique(o)):
            rows, cols_other = d, o          # search from the destinations: the same costs in an undirected network
        else:
            rows, cols_other = o, d
        sources, row_index = np.unique(rows, return_inverse=True)
        if directed:
            limit = np.inf
        else:
            # A route through the detour bounds every new cost: search no farther.
            u, v = network.start[link], network.end[link]
            bound = np.minimum(cost[o, u] + cost[d, v], cost[o, v] + cost[d, u]) + alt[link]
            limit = float(bound.max()) * (1 + 1e-9) + 1e-9
        touched = arcs.close(np.array([link]))
        try:
            new = dijkstra(arcs.graph, directed=True, indices=nodes[sources], limit=limit)
        finally:
            arcs.reopen(touched)
        new_cost = new[row_index, nodes[cols_other]]
        old_cost = zone_cost[o, d]
        reachable = np.isfinite(new_cost)
        delay[link] = float((t[reachable] * (new_cost[reachable] - old_cost[reachable])).sum())
        unsatisfied[link] = float(t[~reachable].sum())
        if count % 64 == 0:
            check_cancelled(progress)
            progress.set_progress(10.0 + 90.0 * count / len(starts))
    return delay, unsatisfied, total_trips, messages


def _od_matrix(demand: Demand, zone_ids, ok, inverse, z, messages) -> np.ndarray:
    trips = np.zeros((z, z))
    if zone_ids is None:
        return trips
    ids = np.asarray([str(i) if i is not None else None for i in zone_ids], dtype=object)
    lookup: dict[str, int] = {}
    for zone, node_row in zip(ids[ok], inverse):
        if zone is not None:
            lookup.setdefault(zone, int(node_row))
    o = np.array([lookup.get(str(x), -1) for x in demand.od_origin], dtype=np.int64)
    d = np.array([lookup.get(str(x), -1) for x in demand.od_destination], dtype=np.int64)
    known = (o >= 0) & (d >= 0)
    if (~known).any():
        missing = sorted({str(x) for x, k in zip(demand.od_origin, o) if k < 0} | {str(x) for x, k in zip(demand.od_destination, d) if k < 0})
        messages.append(Message(translatable("OD table: {0} row(s) name zones that are not among the attached population features "
                                             "and are left out ({1})."), int((~known).sum()), ", ".join(missing[:10])))
    np.add.at(trips, (o[known], d[known]), demand.od_trips[known])
    return trips
