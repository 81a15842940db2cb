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
from scipy.sparse import csr_matrix
from scipy.sparse.csgraph import connected_components, dijkstra

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
from .progress import sub_progress as _span
from .table_files import TableFileError, read_table_text, table_records

LINK_COLUMNS = [
    "link_id",
    "source_fid",
    "fid_list",
    "from_node",
    "to_node",
    "network_part",
    "length_m",
    "time_s",
    "oneway",
    "is_bridge",
    "no_way_back",
    "alt_length_m",
    "alt_time_s",
    "extra_m",
    "extra_s",
    "detour_ratio",
    "pop_cut_off",
    "importance",
    "total_delay",
    "unsatisfied_trips",
    "rank",
]
NODE_COLUMNS = ["node_id", "links", "pop_cut_off", "network_part"]
OD_COLUMNS = ("origin", "destination", "trips")


@dataclass
class Demand:
    """Trips between zones: production-constrained gravity from population, or an OD table by zone id."""

    kind: str = "gravity"  # "gravity" | "od"
    trips_per_person: float = 1.0
    decay_per_unit: float = 0.1  # per minute (time) or per km (length)
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
            raise TableFileError(
                source, line, "trips", translatable("'{0}' is not a number"), record["trips"]
            ) from None
        if value < 0 or not np.isfinite(value):
            raise TableFileError(
                source, line, "trips", translatable("trips must be zero or more, not {0}"), record["trips"]
            )
        origins.append(record["origin"])
        destinations.append(record["destination"])
        trips.append(value)
    return np.asarray(origins, dtype=object), np.asarray(destinations, dtype=object), np.asarray(trips, dtype=float)


def link_criticality(
    network: Network,
    has_time: bool,
    population_points=None,
    population=None,
    zone_ids=None,
    centre_points=None,
    max_connector_m: float = 1000.0,
    demand: Demand | None = None,
    progress: Progress | None = None,
) -> CriticalityResult:
    """Every link's redundancy and importance; articulation points with the population they cut off."""
    progress = progress or SilentProgress()
    messages: list = [network_summary(network)]
    m = len(network)
    structure = block_structure(network.n_nodes, network.start, network.end, progress)
    check_cancelled(progress)
    progress.set_progress(5)
    stats = DetourStats()
    alt_length = all_link_detours(network, network.length_m, structure.is_bridge, _span(progress, 5, 35), stats)
    alt_time = (
        all_link_detours(network, network.time_s, structure.is_bridge, _span(progress, 35, 60), stats)
        if has_time
        else np.full(m, np.nan)
    )
    frame = pd.DataFrame(
        {
            "link_id": np.arange(1, m + 1),
            "source_fid": network.fid,
            "fid_list": source_fid_text(network),
            "from_node": network.start,
            "to_node": network.end,
            "network_part": network.island_kind(),
            "length_m": network.length_m,
            "time_s": network.time_s if has_time else np.full(m, np.nan),
            "oneway": network.oneway.astype(np.int64),
            "is_bridge": structure.is_bridge.astype(np.int64),
            "no_way_back": no_way_back(network).astype(np.int64),
        }
    )
    if network.directed:
        messages.append(
            Message(
                translatable(
                    "The network has one-way links: bridges (no alternative route) are judged on the network "
                    "without directions; {0} one-way link(s) have no way back at all on the directed network "
                    "(no_way_back), and detours follow the directions."
                ),
                int(frame["no_way_back"].sum()),
            )
        )
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
            messages.append(
                Message(
                    translatable(
                        "{0} population feature(s) ({1} people) lie farther than {2} m from the network "
                        "and are left out."
                    ),
                    unattached,
                    int(values[zone_node < 0].sum()),
                    max_connector_m,
                )
            )
    if centre_points is not None and len(centre_points):
        centre_attachment = attach_points(network, centre_points, max_connector_m)
        nodes = centre_attachment.nearest_node(network)
        np.add.at(centre_node, nodes[nodes >= 0], 1)
        if (nodes < 0).any():
            messages.append(
                Message(
                    translatable("{0} centre(s) lie farther than {1} m from the network and are left out."),
                    int((nodes < 0).sum()),
                    max_connector_m,
                )
            )
    link_cut, node_cut = _population_cut_off(network, structure, pop_node, centre_node)
    frame["pop_cut_off"] = link_cut
    if centre_node.sum() > 0:
        without = network.node_component
        comp_has_centre = np.bincount(without, weights=centre_node, minlength=without.max() + 1) > 0
        stranded = pop_node[~comp_has_centre[without]].sum()
        if stranded > 0:
            messages.append(
                Message(
                    translatable(
                        "{0} people live on network parts without any centre: they count as cut off "
                        "already, not for any link."
                    ),
                    int(round(stranded)),
                )
            )
    check_cancelled(progress)

    frame["importance"] = np.nan
    frame["total_delay"] = np.nan
    frame["unsatisfied_trips"] = np.nan
    if demand is not None and zone_node is not None:
        weight = network.time_s if has_time else network.length_m
        alt = alt_time if has_time else alt_length
        per_unit = 60.0 if has_time else 1000.0  # decay per minute or per km
        delay, unsatisfied, total_trips, note = demand_importance(
            network,
            weight,
            structure,
            alt,
            zone_node,
            np.nan_to_num(np.asarray(population, dtype=float)),
            zone_ids,
            demand,
            per_unit,
            _span(progress, 60, 98),
        )
        messages.extend(note)
        frame["total_delay"] = delay / (3600.0 if has_time else 1000.0)  # trip-hours, or trip-km
        frame["importance"] = (
            delay / max(total_trips, 1e-12) / (60.0 if has_time else 1000.0)
        )  # per trip: minutes or km
        frame["unsatisfied_trips"] = unsatisfied
    frame["rank"] = _rank(frame)
    art = np.flatnonzero(structure.is_articulation)
    degree = np.bincount(np.concatenate([network.start, network.end]), minlength=network.n_nodes)
    kind = np.where(network.node_component == network.main_component, "main", "island").astype(object)
    nodes = pd.DataFrame(
        {
            "node_id": art,
            "links": degree[art],
            "pop_cut_off": node_cut[art],
            "network_part": kind[art],
            "geometry": shapely.points(network.node_xy[art]) if len(art) else np.empty(0, dtype=object),
        }
    )
    frame["geometry"] = network.geometry
    progress.set_progress(100)
    return CriticalityResult(frame, nodes, messages, stats)


def source_fid_text(network: Network) -> np.ndarray:
    """Per link, the input feature ids it is made of as text ('12,13,17'): a stretch maps back to its features."""
    return np.array([",".join(str(f) for f in sources) for sources in network.sources()], dtype=object)


def no_way_back(network: Network) -> np.ndarray:
    """Per link: a one-way link from whose end no route at all leads back to its start (its two ends lie in
    different strongly connected parts of the directed network). Bridges (is_bridge) are judged on the network
    without directions; this flag is the directed network's own 'no alternative'."""
    if not network.directed or len(network) == 0:
        return np.zeros(len(network), dtype=bool)
    arcs = Arcs(network, np.ones(len(network)))
    _, strong = connected_components(arcs.graph, directed=True, connection="strong")
    return (network.oneway != 0) & (strong[network.start] != strong[network.end])


def _rank(frame: pd.DataFrame) -> np.ndarray:
    """1 = weakest: most people cut off, then most unsatisfied trips, largest demand-weighted delay, bridges, longest detour."""
    keys = pd.DataFrame(
        {
            "cut": frame["pop_cut_off"].fillna(0),
            "unsat": frame["unsatisfied_trips"].fillna(0),
            "delay": frame["total_delay"].fillna(0),
            "bridge": frame["is_bridge"],
            "extra": frame["extra_s"].fillna(frame["extra_m"]).fillna(np.inf).where(frame["is_bridge"] == 0, np.inf),
        }
    )
    order = keys.sort_values(
        ["cut", "unsat", "delay", "bridge", "extra"], ascending=False, kind="stable"
    ).index.to_numpy()
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
    link_cut[bridges] = np.where(
        has_any, np.where(inside_centre == 0, inside_pop, 0.0) + np.where(outside_centre == 0, outside_pop, 0.0), 0.0
    )
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


def demand_importance(
    network: Network,
    weight: np.ndarray,
    structure: BlockStructure,
    alt: np.ndarray,
    zone_node: np.ndarray,
    population: np.ndarray,
    zone_ids,
    demand: Demand,
    per_unit: float,
    progress: Progress,
):
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
    trips = trip_matrix(demand, zone_cost, population, zone_ids, ok, inverse, per_unit, messages)
    total_trips = float(trips.sum())
    check_cancelled(progress)

    # Per origin: the trips it stands for (in an undirected network each pair once, from its lower zone, both ways).
    weight_matrix = trips + trips.T if not directed else trips
    back = Arcs(network, weight, reverse=True) if directed else arcs
    # Undirected with positive weights: the replacement costs come from the zones' own searches (no search per link).
    by_crossing = not directed and bool(np.all(arcs.base > 0))
    for r in range(z):
        cols = np.flatnonzero(weight_matrix[r] > 0)
        if not directed:
            cols = cols[cols > r]
        if len(cols) and by_crossing:
            _replacement_by_crossing(
                arcs, nodes, r, cols, cost, pred[r], weight_matrix[r], zone_cost[r], delay, unsatisfied, alt
            )
        elif len(cols):
            _replacement_costs(
                arcs,
                back,
                nodes,
                r,
                cols,
                cost[r],
                pred[r],
                weight_matrix[r],
                zone_cost[r],
                delay,
                unsatisfied,
                alt,
                directed,
            )
        if r % 8 == 0:
            check_cancelled(progress)
            progress.set_progress(100.0 * (r + 1) / z)
    return delay, unsatisfied, total_trips, messages


def trip_matrix(
    demand: Demand,
    zone_cost: np.ndarray,
    population: np.ndarray,
    zone_ids,
    ok: np.ndarray,
    inverse: np.ndarray,
    per_unit: float,
    messages: list,
) -> np.ndarray:
    """Trips between the zones (the distinct nodes the attached population features join, `inverse` per attached
    feature): from the OD table by zone id, or a production-constrained gravity model over `zone_cost`. None within
    a zone, none between zones without a route."""
    z = len(zone_cost)
    if demand.kind == "od":
        trips = _od_matrix(demand, zone_ids, ok, inverse, z, messages)
    else:
        pop = np.bincount(inverse, weights=population[ok], minlength=z)
        with np.errstate(over="ignore"):
            attraction = pop[None, :] * np.exp(-demand.decay_per_unit * zone_cost / per_unit)
        np.fill_diagonal(attraction, 0.0)
        attraction[~np.isfinite(zone_cost)] = 0.0
        total = attraction.sum(axis=1, keepdims=True)
        trips = np.where(
            total > 0, demand.trips_per_person * pop[:, None] * attraction / np.where(total > 0, total, 1.0), 0.0
        )
    np.fill_diagonal(trips, 0.0)
    trips[~np.isfinite(zone_cost)] = 0.0
    messages.append(Message(translatable("Demand: {0} trips between {1} zones."), int(round(float(trips.sum()))), z))
    return trips


def _tree_order(pred: np.ndarray, root: int) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """Preorder position and subtree size of every node of a shortest-path tree, and the nodes in preorder."""
    n = len(pred)
    children_of = np.flatnonzero(pred >= 0)
    order = np.argsort(pred[children_of], kind="stable")
    kids = children_of[order].tolist()
    ptr = np.searchsorted(pred[children_of][order], np.arange(n + 1)).tolist()
    position = np.full(n, -1, dtype=np.int64)
    preorder: list[int] = []
    stack = [root]
    while stack:
        x = stack.pop()
        position[x] = len(preorder)
        preorder.append(x)
        stack.extend(kids[ptr[x] : ptr[x + 1]])
    preorder_arr = np.asarray(preorder, dtype=np.int64)
    # Subtree sizes: children add into parents, deepest first (reverse preorder).
    size = np.ones(n, dtype=np.int64)
    parents = pred[preorder_arr[::-1]].tolist()
    size_list = size.tolist()
    for node, parent in zip(preorder_arr[::-1].tolist(), parents):
        if parent >= 0:
            size_list[parent] += size_list[node]
    return position, np.asarray(size_list, dtype=np.int64), preorder_arr


def _replacement_by_crossing(
    arcs: Arcs,
    nodes: np.ndarray,
    r: int,
    cols: np.ndarray,
    cost: np.ndarray,
    pred_row: np.ndarray,
    trips_row: np.ndarray,
    zone_cost_row: np.ndarray,
    delay: np.ndarray,
    unsatisfied: np.ndarray,
    alt: np.ndarray,
) -> None:
    """New costs from origin r to its destinations j for every closed link of their tree paths, without a search.

    Undirected network, positive weights. Closing tree link e = (p, c) of origin s's shortest-path tree cuts off c's
    subtree S. For a destination t in S (Hershberger & Suri 2001, after Malik, Mittal & Gupta 1989):
        cost'(s, t) = min over arcs (x, u) with x outside S, u inside S, other than e, of cost(s, x) + w(x, u) + cost(u, t).
    cost(s, x) keeps its tree path (x is outside S), and a best path from u in S to t never uses e (it would be longer
    by twice e's weight), so every term is a real route without e; and a best route without e enters S for the last
    time over such an arc, so the minimum is reached. cost(u, t) is the search from zone t (undirected: symmetric).

    Only arcs whose term stays within the bound (old cost + the detour round the closed link - the link) can give
    the minimum, and both ends of such an arc lie in the ellipse cost(s, y) + cost(y, t) <= bound: so per pair only
    the nodes of that ellipse are looked at. Along the path s = v0 .. vD = t, arc (x, u) crosses into the subtree of
    v_k for a < k <= b, where a and b are the depths at which x's and u's tree paths leave the path (read from the
    nested preorder intervals of the path's nodes).
    """
    n = len(pred_row)
    origin = int(nodes[r])
    cost_row = cost[r]
    position, size, _ = _tree_order(pred_row, origin)
    n_pairs = len(cols)
    # Every pair's path links, walking up from the destination: (pair, steps up, child node).
    pair_parts, step_parts, child_parts = [], [], []
    current = nodes[cols]
    pair = np.arange(n_pairs)
    steps = 0
    while len(current):
        up = pred_row[current] >= 0
        current, pair = current[up], pair[up]
        if not len(current):
            break
        pair_parts.append(pair)
        step_parts.append(np.full(len(pair), steps))
        child_parts.append(current)
        current = pred_row[current]
        steps += 1
    if not pair_parts:
        return
    pair_of = np.concatenate(pair_parts)
    depth_of_pair = np.bincount(pair_of, minlength=n_pairs)
    k_of = depth_of_pair[pair_of] - np.concatenate(step_parts)  # 1 .. D along the path
    child = np.concatenate(child_parts)
    order = np.lexsort((k_of, pair_of))
    pair_of, k_of, child = pair_of[order], k_of[order], child[order]
    seg_begin = np.r_[0, np.cumsum(depth_of_pair)][:-1]
    parent = pred_row[child]
    link = arcs.best_link[arcs.entries(parent, child)]
    penalty = alt[link] - (cost_row[child] - cost_row[parent])  # the bound's excess over the old cost
    t = trips_row[cols][pair_of]
    old = zone_cost_row[cols]
    dead = ~np.isfinite(penalty)  # a bridge: its trips are lost
    np.add.at(unsatisfied, link[dead], t[dead])
    max_penalty = np.full(n_pairs, -np.inf)
    np.maximum.at(max_penalty, pair_of[~dead], penalty[~dead])
    live = np.isfinite(max_penalty)
    if not live.any():
        return
    # Nodes in each pair's widest ellipse.
    to_dest = cost[cols[live]]
    live_pairs = np.flatnonzero(live)
    limit = (old[live] + max_penalty[live]) * (1 + 1e-9) + 1e-9
    row, u = np.nonzero(cost_row[None, :] + to_dest <= limit[:, None])
    cand_pair = live_pairs[row]
    # Their arcs (undirected: an arc's entries both ways carry the same weights).
    indptr = arcs.graph.indptr
    counts = indptr[u + 1] - indptr[u]
    entry = np.repeat(indptr[u], counts) + np.arange(counts.sum()) - np.repeat(np.cumsum(counts) - counts, counts)
    u = np.repeat(u, counts)
    row = np.repeat(row, counts)
    cand_pair = np.repeat(cand_pair, counts)
    x = arcs.entry_head[entry]
    w = arcs.base[entry]
    tree_arc = pred_row[u] == x  # the tree link into u: closed, so its next parallel link, if any, stands in
    if tree_arc.any():
        first_arc = np.searchsorted(arcs.entry_of_arc, entry[tree_arc])
        w = w.copy()
        w[tree_arc] = arcs.closed_value[first_arc]
    value = cost_row[x] + w + to_dest[row, u]
    fits = value <= limit[row]
    cand_pair, u, x, value = cand_pair[fits], u[fits], x[fits], value[fits]
    # Depth at which a node's tree path leaves the pair's path: the path's subtrees are nested preorder intervals.
    start_key = pair_of * (n + 1) + position[child]
    end_key = pair_of * (n + 2) + (n + 1 - (position[child] + size[child]))

    def leaves_at(p: np.ndarray, y: np.ndarray) -> np.ndarray:
        pos = position[y]
        below_start = np.searchsorted(start_key, p * (n + 1) + pos, side="right") - seg_begin[p]
        inside_end = np.searchsorted(end_key, p * (n + 2) + (n + 1 - pos), side="left") - seg_begin[p]
        return np.minimum(below_start, inside_end)

    low = leaves_at(cand_pair, x)
    high = leaves_at(cand_pair, u)
    crossing = high > low
    cand_pair, low, high, value = cand_pair[crossing], low[crossing], high[crossing], value[crossing]
    span = high - low
    total = int(span.sum())
    # One entry per (arc, path link it crosses): path link index = seg_begin + k - 1 for k in low+1 .. high.
    offset_in = np.arange(total) - np.repeat(np.cumsum(span) - span, span)
    index = np.repeat(seg_begin[cand_pair] + low, span) + offset_in
    value = np.repeat(value, span)
    within = value <= (old[pair_of[index]] + penalty[index]) * (1 + 1e-9) + 1e-9
    new_cost = np.full(len(pair_of), np.inf)
    np.minimum.at(new_cost, index[within], value[within])
    reachable = ~dead & np.isfinite(new_cost)
    lost = ~dead & ~reachable
    np.add.at(delay, link[reachable], t[reachable] * (new_cost[reachable] - old[pair_of[reachable]]))
    np.add.at(unsatisfied, link[lost], t[lost])


def _replacement_costs(
    arcs: Arcs,
    back: Arcs,
    nodes: np.ndarray,
    r: int,
    cols: np.ndarray,
    cost_row: np.ndarray,
    pred_row: np.ndarray,
    trips_row: np.ndarray,
    zone_cost_row: np.ndarray,
    delay: np.ndarray,
    unsatisfied: np.ndarray,
    alt: np.ndarray,
    directed: bool,
) -> None:
    """New costs from origin r to its destinations for every closed link of its shortest-path tree, in one search.

    Closing tree link (p, c) changes only the costs to the nodes of c's subtree S. A best route to a node of S in
    the network without the link enters S for the last time over an arc (x, y) with x outside S, whose cost from
    the origin is unchanged, and then stays inside S. So each subtree is searched on its own, with every node y
    starting at min over x outside of cost(x) + w(x, y): all subtrees of one origin become the blocks of one graph,
    searched at once from one virtual start per block.

    A block needs no node farther from the origin than the dearest new cost it looks for, and that is at most the
    old cost plus the link's detour (the route round the closed link): farther nodes are left out. In an undirected
    network a link without detour is a bridge, and its trips are lost without a search.
    """
    origin = int(nodes[r])
    position, size, preorder = _tree_order(pred_row, origin)
    # The tree links on the way to each destination: (child node, destination) pairs, by walking up.
    pair_child, pair_dest = [], []
    current = nodes[cols]
    dest = cols
    while len(current):
        step = pred_row[current] >= 0
        current, dest = current[step], dest[step]
        if not len(current):
            break
        pair_child.append(current)
        pair_dest.append(dest)
        current = pred_row[current]
    if not pair_child:
        return
    pair_child = np.concatenate(pair_child)
    pair_dest = np.concatenate(pair_dest)
    blocks, pair_block = np.unique(pair_child, return_inverse=True)
    k = len(blocks)
    block_link = arcs.best_link[arcs.entries(pred_row[blocks], blocks)]
    pair_link = block_link[pair_block]
    t = trips_row[pair_dest]
    # The dearest new cost each block can give: old cost + detour - link (the route round the closed link).
    bound = zone_cost_row[pair_dest] + (alt[pair_link] - (cost_row[pair_child] - cost_row[pred_row[pair_child]]))
    block_bound = np.full(k, -np.inf)
    np.maximum.at(block_bound, pair_block, bound)
    dead = ~np.isfinite(block_bound) if not directed else np.zeros(k, dtype=bool)
    if dead.any():
        lost = dead[pair_block]
        np.add.at(unsatisfied, pair_link[lost], t[lost])
        keep_pairs = ~lost
        pair_child, pair_dest, pair_block, pair_link, t = (
            pair_child[keep_pairs],
            pair_dest[keep_pairs],
            pair_block[keep_pairs],
            pair_link[keep_pairs],
            t[keep_pairs],
        )
        if not len(pair_child):
            return
    block_start = position[blocks]
    block_size = np.where(dead, 0, size[blocks])
    offset = np.r_[0, np.cumsum(block_size)]
    full_total = int(offset[-1])
    block_of = np.repeat(np.arange(k), block_size)
    local = np.arange(full_total) - offset[block_of]
    member = preorder[block_start[block_of] + local]
    # Nodes beyond a block's bound cannot lie on a better route: keep the others, numbered compactly.
    kept = cost_row[member] <= block_bound[block_of] * (1 + 1e-9) + 1e-9
    compact = np.cumsum(kept) - 1
    total = int(kept.sum())
    member, block_of = member[kept], block_of[kept]
    # Every kept node of every block, and its arcs coming in (from the reversed view of the network).
    in_ptr = back.graph.indptr
    counts = in_ptr[member + 1] - in_ptr[member]
    arc_entry = (
        np.repeat(in_ptr[member], counts) + np.arange(counts.sum()) - np.repeat(np.cumsum(counts) - counts, counts)
    )
    head_global = np.repeat(np.arange(total), counts)
    arc_block = block_of[head_global]
    tail = back.entry_head[arc_entry]  # in the reversed view, the arc's far end is the tail
    w = back.base[arc_entry].copy()
    # The closed link itself: its entry (parent -> child) takes the next cheapest parallel link, if any.
    child = blocks[arc_block]
    closing = (member[head_global] == child) & (tail == pred_row[child])
    if closing.any():
        entry = arcs.entries(tail[closing], member[head_global][closing])
        first_arc = np.searchsorted(arcs.entry_of_arc, entry)
        w[closing] = arcs.closed_value[first_arc]
    tail_pos = position[tail]
    inside = (
        (tail_pos >= block_start[arc_block])
        & (tail_pos < block_start[arc_block] + block_size[arc_block])
        & (tail_pos >= 0)
    )
    # Arcs inside a block; arcs from outside give the start values.
    in_full = offset[arc_block[inside]] + (tail_pos[inside] - block_start[arc_block[inside]])
    in_kept = kept[in_full]
    in_tail = compact[in_full][in_kept]
    in_head = head_global[inside][in_kept]
    inside_w = w[inside][in_kept]
    outside = ~inside & np.isfinite(w) & np.isfinite(cost_row[tail])
    start_value = np.full(total, np.inf)
    np.minimum.at(start_value, head_global[outside], cost_row[tail[outside]] + w[outside])
    has_start = np.flatnonzero(np.isfinite(start_value))
    graph_tail = np.concatenate([in_tail, total + block_of[has_start]])
    graph_head = np.concatenate([in_head, has_start])
    graph_w = np.concatenate([inside_w, start_value[has_start]])
    finite = np.isfinite(graph_w)
    graph = csr_matrix(
        (np.maximum(graph_w[finite], 1e-12), (graph_tail[finite], graph_head[finite])), shape=(total + k, total + k)
    )
    new = dijkstra(graph, directed=True, indices=total + np.arange(k), min_only=True)
    dest_local = compact[offset[pair_block] + position[nodes[pair_dest]] - block_start[pair_block]]
    new_cost = new[dest_local]
    old_cost = zone_cost_row[pair_dest]
    link = pair_link
    reachable = np.isfinite(new_cost)
    np.add.at(delay, link[reachable], t[reachable] * (new_cost[reachable] - old_cost[reachable]))
    np.add.at(unsatisfied, link[~reachable], t[~reachable])


def _od_matrix(demand: Demand, zone_ids, ok, inverse, z, messages) -> np.ndarray:
    trips = np.zeros((z, z))
    if zone_ids is None:
        return trips
    origins, destinations, od_trips = demand.od_origin, demand.od_destination, demand.od_trips
    assert origins is not None and destinations is not None and od_trips is not None  # an "od" demand has its table
    ids = np.asarray([str(i) if i is not None else None for i in zone_ids], dtype=object)
    lookup: dict[str, int] = {}
    for zone, node_row in zip(ids[ok], inverse):
        if zone is not None:
            lookup.setdefault(zone, int(node_row))
    o = np.array([lookup.get(str(x), -1) for x in origins], dtype=np.int64)
    d = np.array([lookup.get(str(x), -1) for x in destinations], dtype=np.int64)
    known = (o >= 0) & (d >= 0)
    if (~known).any():
        missing = sorted(
            {str(x) for x, k in zip(origins, o) if k < 0} | {str(x) for x, k in zip(destinations, d) if k < 0}
        )
        messages.append(
            Message(
                translatable(
                    "OD table: {0} row(s) name zones that are not among the attached population features "
                    "and are left out ({1})."
                ),
                int((~known).sum()),
                ", ".join(missing[:10]),
            )
        )
    np.add.at(trips, (o[known], d[known]), od_trips[known])
    _report_shared_nodes(ids[ok], inverse, demand, known & (o == d), messages)
    return trips


def _report_shared_nodes(ids, inverse, demand: Demand, same_node: np.ndarray, messages: list) -> None:
    """Zones that join the network at one node count as one zone: name them, and the trips between them left out."""
    zones_at: dict[int, set] = {}
    for zone, node_row in zip(ids, inverse):
        if zone is not None:
            zones_at.setdefault(int(node_row), set()).add(zone)
    shared = sorted(sorted(zones) for zones in zones_at.values() if len(zones) > 1)
    if shared:
        assert demand.od_origin is not None and demand.od_destination is not None and demand.od_trips is not None
        between = same_node & (np.asarray(demand.od_origin, dtype=str) != np.asarray(demand.od_destination, dtype=str))
        messages.append(
            Message(
                translatable(
                    "OD table: zones that join the network at one node count as one zone, and the {0} "
                    "trip(s) between them are left out: {1}."
                ),
                f"{demand.od_trips[between].sum():g}",
                "; ".join(", ".join(zones) for zones in shared[:10]),
            )
        )
