"""Link importance weighted by demand (Jenelius, Petersen & Mattsson 2006): per link, the added travel cost of
all trips when it is closed and the trips left without a route, from each origin's shortest-path tree and the
replacement costs of its links.

Plain numpy/scipy; never imports QGIS.
"""

from __future__ import annotations

import numpy as np
from scipy.sparse import csr_matrix
from scipy.sparse.csgraph import dijkstra

from .criticality_demand import Demand, trip_matrix
from .network_blocks import BlockStructure
from .network_detours import Arcs
from .network_graph import Network
from .progress import Progress, check_cancelled


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
