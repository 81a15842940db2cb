"""The detour around every link: the cost of the best route between its ends when the link is closed, for all
links at once (rounds of bounded multi-source searches), over Arcs, the directed CSR view of the links.

Plain numpy/scipy; it never imports QGIS.
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np
from scipy.sparse import coo_matrix, csr_matrix
from scipy.sparse.csgraph import connected_components, dijkstra

from .network_graph import NO_PATH, Network
from .progress import Progress, SilentProgress, check_cancelled

# ------------------------------------------------------------------------------------------------------
# Arcs: the directed view of the links as a CSR matrix, one entry per node pair (the cheapest of parallel
# links), with what it takes to close links by setting their entries to the next cheapest or to infinity.


class Arcs:
    def __init__(self, network: Network, weight: np.ndarray, reverse: bool = False) -> None:
        n = network.n_nodes
        k = np.arange(len(network))
        fwd = network.oneway >= 0
        bwd = network.oneway <= 0
        tail = np.concatenate([network.start[fwd], network.end[bwd]])
        head = np.concatenate([network.end[fwd], network.start[bwd]])
        link = np.concatenate([k[fwd], k[bwd]])
        w = np.asarray(weight, dtype=float)[link]
        if reverse:
            tail, head = head, tail
        order = np.lexsort((w, head, tail))
        tail, head, link, w = tail[order], head[order], link[order], w[order]
        key = tail * n + head
        new_entry = np.ones(len(key), dtype=bool)
        new_entry[1:] = key[1:] != key[:-1]
        self.entry_of_arc = np.cumsum(new_entry) - 1
        self.arc_tail, self.arc_head, self.arc_link, self.arc_weight = tail, head, link, w
        self.entry_key = key[new_entry]
        self.entry_tail, self.entry_head = tail[new_entry], head[new_entry]
        self.best_link = link[new_entry]
        data = w[new_entry].copy()
        indptr = np.concatenate([[0], np.cumsum(np.bincount(self.entry_tail, minlength=n))])
        self.n = n
        self.graph = csr_matrix((data, self.entry_head.astype(np.int32), indptr), shape=(n, n))
        self.base = data.copy()
        # Arcs per link (a link has one or two), as CSR lists.
        by_link = np.argsort(link, kind="stable")
        self.link_arcs = by_link
        self.link_ptr = np.concatenate([[0], np.cumsum(np.bincount(link, minlength=len(network)))])
        # An entry's value when one of its arcs is closed: the next cheapest for the cheapest arc, else unchanged.
        first = np.flatnonzero(new_entry)
        second = first + 1
        has_second = (second < len(key)) & ~np.append(new_entry, True)[np.minimum(second, len(key))]
        self.closed_value = data[self.entry_of_arc].copy()
        self.closed_value[first] = np.where(has_second, w[np.minimum(second, len(key) - 1)], np.inf)

    def entries(self, tails: np.ndarray, heads: np.ndarray) -> np.ndarray:
        return np.searchsorted(self.entry_key, np.asarray(tails, dtype=np.int64) * self.n + heads)

    def arcs_of(self, links: np.ndarray) -> np.ndarray:
        links = np.asarray(links, dtype=np.int64)
        counts = self.link_ptr[links + 1] - self.link_ptr[links]
        starts = (
            np.repeat(self.link_ptr[links], counts)
            + np.arange(counts.sum())
            - np.repeat(np.cumsum(counts) - counts, counts)
        )
        return self.link_arcs[starts]

    def close(self, links: np.ndarray) -> np.ndarray:
        """Close links: their entries take the cheapest remaining parallel arc, or infinity. Returns the entries touched.

        Links closed together must not share a node pair (the detour rounds ensure it: no two share a node).
        """
        arcs = self.arcs_of(links)
        touched = self.entry_of_arc[arcs]
        self.graph.data[touched] = self.closed_value[arcs]
        return touched

    def reopen(self, touched: np.ndarray) -> None:
        self.graph.data[touched] = self.base[touched]


@dataclass
class DetourStats:
    rounds: int = 0
    single_searches: int = 0
    retried: int = 0


def all_link_detours(
    network: Network,
    weight: np.ndarray,
    is_bridge: np.ndarray,
    progress: Progress | None = None,
    stats: DetourStats | None = None,
    reach: float = 3.0,
    spacing: float = 2.0,
    subcells: int = 2,
    through_chains: bool = True,
) -> np.ndarray:
    """Per link, the cost of the best route between its ends when the link is closed (inf where there is none).

    Exactly what cutting each link and searching again gives, found with few, short searches. Each round
    closes a batch of links spread evenly over the map and runs one multi-source Dijkstra, bounded by a reach,
    from their start nodes in the network without them. A link's answer is accepted only when its own start
    node reached its end node first, and a lower bound on the distance to the other closed links (from a
    bounded multi-source search from their ends in the full network, across the borders of its Voronoi region)
    shows that no better route could use them. Links that fail wait for a level with twice the reach and
    spacing, down to a batch of one, unbounded, which is always exact. Bridges have no alternative and are
    skipped. For a two-way link in a network with one-way links, the worse of the two directions counts.

    Without one-way links the search runs on the chains through nodes where only two links meet, each as one link
    (`through_chains`): closing any link of a chain cuts the chain, so its detour is the chain's own detour plus
    the rest of the chain, back to the chain's ends and from them.
    """
    progress = progress or SilentProgress()
    stats = stats if stats is not None else DetourStats()
    weight = np.asarray(weight, dtype=float)
    m = len(network)
    directed = network.directed
    if through_chains and not directed and m:
        chain, first, last = _chains_through_two_link_nodes(network)
        if len(first) < m:
            chain_weight = np.bincount(chain, weights=weight, minlength=len(first))
            loop = first == last  # a chain back to its own junction: its detour is the rest of it
            chain_bridge = np.zeros(len(first), dtype=bool)
            chain_bridge[chain[np.asarray(is_bridge, dtype=bool)]] = True
            chains = Network(
                network.node_xy,
                first,
                last,
                np.arange(len(first)),
                np.bincount(chain, weights=network.length_m, minlength=len(first)),
                chain_weight,
                np.zeros(len(first), dtype=np.int8),
                np.empty(len(first), dtype=object),
                np.empty(len(first), dtype=object),
            )
            detour = all_link_detours(
                chains, chain_weight, chain_bridge | loop, progress, stats, reach, spacing, subcells, False
            )
            detour[loop] = 0.0
            result = detour[chain] + (chain_weight[chain] - weight)
            result[np.asarray(is_bridge, dtype=bool) | ~np.isfinite(detour[chain])] = NO_PATH
            return result
    result = np.full(m, NO_PATH)
    arcs = Arcs(network, weight)
    back = Arcs(network, weight, reverse=True) if directed else None
    links = np.flatnonzero(~np.asarray(is_bridge, dtype=bool))
    if directed:
        fwd = links[network.oneway[links] >= 0]
        bwd = links[network.oneway[links] <= 0]
        q_link = np.concatenate([fwd, bwd])
        q_source = np.concatenate([network.start[fwd], network.end[bwd]])
        q_target = np.concatenate([network.end[fwd], network.start[bwd]])
        result[links] = -np.inf  # the worse direction is kept
    else:
        q_link, q_source, q_target = links, network.start[links], network.end[links]
    n_queries = len(q_link)
    if n_queries == 0:
        return result
    xy = network.node_xy[q_source]
    span = float(np.ptp(xy, axis=0).max()) if n_queries > 1 else 0.0
    median_w = float(np.median(weight[q_link]))
    metres_per_unit = float(np.median(network.length_m[q_link] / np.maximum(weight[q_link], 1e-12)))
    reach0 = reach * max(median_w, 1e-9)
    a_head, a_w, indptr = arcs.entry_head, arcs.base, arcs.graph.indptr
    owner_of_node = np.full(network.n_nodes, -1, dtype=np.int64)
    pending = np.arange(n_queries)
    level = 0
    done_count = 0
    rng = np.random.default_rng(0)
    while len(pending):
        limit = reach0 * 2.0**level
        cell = spacing * limit * metres_per_unit
        single = cell > 2.0 * span or len(pending) == 1
        if single:
            rounds = [np.array([q]) for q in pending]
        else:
            # Rounds: the k-th item of one sub-cell position in every cell, so that a round's links lie about a cell apart.
            gx = np.floor(xy[pending, 0] / cell * subcells).astype(np.int64)
            gy = np.floor(xy[pending, 1] / cell * subcells).astype(np.int64)
            sub = (gx % subcells) * subcells + (gy % subcells)
            cell_key = (gx // subcells) * 1_000_003 + (gy // subcells)
            order = np.lexsort((rng.random(len(pending)), cell_key, sub))
            group = sub[order] * 1_000_003 * 1_000_003 + cell_key[order]
            new_group = np.ones(len(order), dtype=bool)
            new_group[1:] = group[1:] != group[:-1]
            starts = np.flatnonzero(new_group)
            rank = np.arange(len(order)) - np.repeat(starts, np.diff(np.append(starts, len(order))))
            round_key = sub[order] * (rank.max() + 1) + rank
            by_round = np.argsort(round_key, kind="stable")
            ordered = pending[order][by_round]
            bounds = np.flatnonzero(np.diff(round_key[by_round])) + 1
            rounds = np.split(ordered, bounds)
        failed: list[np.ndarray] = []
        for batch in rounds:
            check_cancelled(progress)
            stats.rounds += 1
            if not single:
                # No two links of a round may share a node: the later ones wait for the next level.
                ends = np.concatenate([network.start[q_link[batch]], network.end[q_link[batch]]])
                holder = np.concatenate([np.arange(len(batch)), np.arange(len(batch))])
                by_node = np.lexsort((holder, ends))
                repeated = np.zeros(len(ends), dtype=bool)
                repeated[1:] = ends[by_node][1:] == ends[by_node][:-1]
                clash = np.zeros(len(batch), dtype=bool)
                clash[holder[by_node][repeated]] = True
                if clash.any():
                    failed.append(batch[clash])
                    batch = batch[~clash]
            b_link = q_link[batch]
            if not single and not directed:
                ok, found, reached_by_own = _undirected_round(
                    arcs, network, batch, b_link, limit, indptr, owner_of_node
                )
            else:
                touched = arcs.close(b_link)
                try:
                    dist, _, src = dijkstra(
                        arcs.graph,
                        directed=True,
                        indices=q_source[batch],
                        min_only=True,
                        return_predecessors=True,
                        limit=np.inf if single else limit,
                    )
                finally:
                    arcs.reopen(touched)
                target = q_target[batch]
                found = dist[target]
                reached_by_own = src[target] == q_source[batch]
            if single:
                stats.single_searches += 1
                ok = np.ones(len(batch), dtype=bool)
            elif directed:
                assert back is not None  # made above when the search is directed
                tails = np.concatenate([network.start[b_link], network.end[b_link]])
                d_from, _, lab = dijkstra(
                    arcs.graph, directed=True, indices=tails, min_only=True, return_predecessors=True, limit=limit
                )
                d_to = dijkstra(back.graph, directed=True, indices=tails, min_only=True, limit=limit)
                owner_of_node[tails] = np.concatenate([np.arange(len(batch)), np.arange(len(batch))])
                region = np.where(lab >= 0, owner_of_node[np.maximum(lab, 0)], -1)
                owner_of_node[tails] = -1
                # Beyond the reach a node is at least `limit` from every closed link's end.
                d_to_bound = np.where(np.isfinite(d_to), d_to, limit)
                x_node, arc_idx = _arcs_leaving(np.flatnonzero(region >= 0), indptr)
                y_node = a_head[arc_idx]
                rx, ry = region[x_node], region[y_node]
                crossing = rx != ry
                beta = np.full(len(batch), np.inf)
                np.minimum.at(
                    beta, rx[crossing], d_from[x_node[crossing]] + a_w[arc_idx[crossing]] + d_to_bound[y_node[crossing]]
                )
                # A link not reached within the reach is never settled here: it waits for a wider reach, or a search of its own.
                with np.errstate(invalid="ignore"):
                    ok = reached_by_own & (found <= beta - 1e-9 * np.maximum(1.0, found))
            accepted = batch[ok]
            values = np.where(reached_by_own[ok], found[ok], NO_PATH)
            if directed:
                np.maximum.at(result, q_link[accepted], values)
            else:
                result[q_link[accepted]] = values
            if (~ok).any():
                failed.append(batch[~ok])
                stats.retried += int((~ok).sum())
            done_count += len(accepted)
            progress.set_progress(100.0 * done_count / n_queries)
        pending = np.concatenate(failed) if failed else np.empty(0, dtype=np.int64)
        level += 1
    result[np.isneginf(result)] = NO_PATH
    return result


def _chains_through_two_link_nodes(network: Network) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """Links joined into chains through nodes where exactly two links meet (a ring meeting nothing else stays as
    its links): per link its chain, and per chain its two end nodes (the same node for a chain back to it)."""
    m, n = len(network), network.n_nodes
    ends = np.concatenate([network.start, network.end])
    slot_link = np.concatenate([np.arange(m), np.arange(m)])
    through = np.bincount(ends, minlength=n) == 2
    through[network.start[network.start == network.end]] = False
    while True:
        inner = through[ends]
        order = np.argsort(ends[inner], kind="stable")
        pairs = slot_link[inner][order].reshape(-1, 2)
        graph = coo_matrix((np.ones(len(pairs)), (pairs[:, 0], pairs[:, 1])), shape=(m, m))
        count, chain = connected_components(graph, directed=False)
        end_slots = np.bincount(chain[slot_link[~inner]], minlength=count)
        if (end_slots > 0).all():
            break
        through[network.start[end_slots[chain] == 0]] = False  # rings
    outer = np.flatnonzero(~inner)
    outer = outer[np.argsort(chain[slot_link[outer]], kind="stable")]
    pair = ends[outer].reshape(-1, 2)  # every chain has two ends
    return chain.astype(np.int64), pair[:, 0].astype(np.int64), pair[:, 1].astype(np.int64)


def _arcs_leaving(nodes: np.ndarray, indptr: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """(tail node, CSR entry index) of every arc leaving the given nodes."""
    counts = indptr[nodes + 1] - indptr[nodes]
    arc_idx = np.repeat(indptr[nodes], counts) + np.arange(counts.sum()) - np.repeat(np.cumsum(counts) - counts, counts)
    return np.repeat(nodes, counts), arc_idx


def _undirected_round(
    arcs: Arcs,
    network: Network,
    batch: np.ndarray,
    b_link: np.ndarray,
    limit: float,
    indptr: np.ndarray,
    owner_of_node: np.ndarray,
):
    """One round in an undirected network, with a single bounded search from both ends of every closed link.

    In the network without the batch's links, each node is labelled with its nearest closed-link end. A route
    between the ends of link i that stays within the two ends' cells crosses from one to the other: the best
    such crossing is a real route (`found`). A route leaving the two cells costs at least twice the cheapest way
    out of them (`beta`); it alone could use another closed link. found <= beta proves found exact.
    """
    k = len(batch)
    u, v = network.start[b_link], network.end[b_link]
    touched = arcs.close(b_link)
    try:
        sources = np.concatenate([u, v])
        dist, _, lab = dijkstra(
            arcs.graph, directed=True, indices=sources, min_only=True, return_predecessors=True, limit=limit
        )
        weights = arcs.graph.data.copy()
    finally:
        arcs.reopen(touched)
    # side: +1 for the cell of a link's start, -1 for its end; owner: the link's place in the batch.
    owner_of_node[u] = np.arange(k)
    owner_of_node[v] = np.arange(k)
    side_of_source = np.zeros(arcs.n, dtype=np.int8)
    side_of_source[u] = 1
    side_of_source[v] = -1
    labelled = lab >= 0
    owner = np.where(labelled, owner_of_node[np.maximum(lab, 0)], -1)
    side = np.where(labelled, side_of_source[np.maximum(lab, 0)], 0)
    owner_of_node[u] = -1
    owner_of_node[v] = -1
    # Only arcs from a labelled node into another cell count (cell: a link's place in the batch and its side).
    cell = 2 * owner + (side == 1)
    tail_cell = cell[arcs.entry_tail]
    arc_idx = np.flatnonzero((tail_cell >= 0) & (tail_cell != cell[arcs.entry_head]))
    x_node, y_node, w = arcs.entry_tail[arc_idx], arcs.entry_head[arc_idx], weights[arc_idx]
    ox, oy = owner[x_node], owner[y_node]
    value = dist[x_node] + w
    found = np.full(k, np.inf)
    between = (ox == oy) & (side[x_node] == 1)  # into the same link's other cell: from its start's to its end's
    np.minimum.at(found, ox[between], value[between] + dist[y_node[between]])
    beta = np.full(k, np.inf)
    leaving = ox != oy
    np.minimum.at(beta, ox[leaving], value[leaving])
    # Beyond the reach: a node not labelled lies at least `limit` away.
    beta = np.minimum(beta, limit)
    beta *= 2.0
    with np.errstate(invalid="ignore"):
        ok = np.isfinite(found) & (found <= beta - 1e-9 * np.maximum(1.0, found))
    return ok, found, np.isfinite(found)
