"""Stretches: chains of links through nodes where only two links meet, merged into one link each, so that
results do not depend on how the lines were cut.

Plain numpy; it never imports QGIS.
"""

from __future__ import annotations

import numpy as np
import shapely
from scipy.sparse import coo_matrix
from scipy.sparse.csgraph import connected_components

from .network_build import loop_split_vertex
from .network_graph import Network, label_components


def merge_stretches(network: Network) -> Network:
    """The network with chains of links through nodes where exactly two links meet merged into one link each (a
    stretch from junction to junction, or to a dead end), so that results do not depend on how the lines were cut.

    Two links meeting at such a node stay apart where their `apart_key` differs (an attribute the user names, such
    as road class) or where they allow different directions through the node (a one-way link meeting a two-way one,
    or two one-way links pointing against each other). A stretch that would return to its own junction (a loop)
    is split in two at its vertex farthest from the junction (loop_split_vertex), as build_network splits a closed
    line, whether or not a node was there; a ring that meets no other link stays as it comes. A stretch's length
    and time are its links' sums, its geometry their lines joined in order, and its `source_fids` the input
    features along it; nodes no longer used are dropped and the rest renumbered.
    """
    m = len(network)
    n = network.n_nodes
    if m == 0:
        return network
    key = network.apart_key if network.apart_key is not None else np.zeros(m, dtype=object)
    ends = np.concatenate([network.start, network.end])
    slot_link = np.concatenate([np.arange(m), np.arange(m)])
    order = np.argsort(ends, kind="stable")
    ptr = np.searchsorted(ends[order], np.arange(n + 1))
    degree = np.diff(ptr)
    x = np.flatnonzero(degree == 2)
    a = slot_link[order[ptr[x]]]
    b = slot_link[order[ptr[x] + 1]]
    # Directions allowed through x, seen as travel from link a through x onto link b.
    eff_a = network.oneway[a] * np.where(network.end[a] == x, 1, -1)
    eff_b = network.oneway[b] * np.where(network.start[b] == x, 1, -1)
    same_key = np.array([ka == kb for ka, kb in zip(key[a].tolist(), key[b].tolist())], dtype=bool)
    ok = (a != b) & (eff_a == eff_b) & same_key
    mergeable = np.zeros(n, dtype=bool)
    mergeable[x[ok]] = True
    chains = _chains(network, mergeable)
    for nodes in chains["rings"]:  # rings meeting nothing else stay as they come
        mergeable[nodes] = False
    if chains["rings"]:
        chains = _chains(network, mergeable)
    walk_link, walk_forward, walk_group = chains["walk"]
    g = int(walk_group.max()) + 1 if len(walk_group) else 0
    first_of_group = np.r_[True, walk_group[1:] != walk_group[:-1]] if len(walk_group) else np.zeros(0, dtype=bool)
    last_of_group = np.r_[walk_group[1:] != walk_group[:-1], True] if len(walk_group) else np.zeros(0, dtype=bool)
    first_link, first_fwd = walk_link[first_of_group], walk_forward[first_of_group]
    last_link, last_fwd = walk_link[last_of_group], walk_forward[last_of_group]
    start = np.where(first_fwd, network.start[first_link], network.end[first_link])
    end = np.where(last_fwd, network.end[last_link], network.start[last_link])
    oneway = network.oneway[first_link] * np.where(first_fwd, 1, -1)
    # Coordinates in walking order, each link's first vertex dropped after the first link; every kept vertex
    # remembers the link of the segment that ends at it, so lengths and times can be cut at any vertex.
    coords, coord_of = shapely.get_coordinates(network.geometry, return_index=True)
    cptr = np.searchsorted(coord_of, np.arange(m + 1))
    count = cptr[walk_link + 1] - cptr[walk_link]
    within = np.arange(count.sum()) - np.repeat(np.cumsum(count) - count, count)
    c_rep = np.repeat(count, count)
    take = np.repeat(cptr[walk_link], count) + np.where(np.repeat(walk_forward, count), within, c_rep - 1 - within)
    keep = ~((within == 0) & ~np.repeat(first_of_group, count))
    xy = coords[take[keep], :2]
    vertex_group = np.repeat(walk_group, count)[keep]
    vertex_link = np.repeat(walk_link, count)[keep]
    first_vertex = np.r_[True, vertex_group[1:] != vertex_group[:-1]]
    seg = np.where(first_vertex, 0.0, np.hypot(*(xy - np.roll(xy, 1, axis=0)).T))
    per_metre = np.divide(network.time_s, network.length_m, out=np.ones(m), where=network.length_m > 0)
    cum_len = np.cumsum(seg)
    cum_time = np.cumsum(seg * per_metre[vertex_link])
    vptr = np.searchsorted(vertex_group, np.arange(g + 1))
    # Pieces: one per chain, two for a chain returning to its own junction, split at its farthest vertex.
    from_list, to_list, group_list = [], [], []
    new_xy: list[np.ndarray] = []
    piece_start, piece_end = [], []
    for gi in range(g):
        a, b = int(vptr[gi]), int(vptr[gi + 1]) - 1
        if start[gi] == end[gi] and b - a >= 2:
            j = a + 1 + loop_split_vertex(xy[a + 1 : b], network.node_xy[start[gi]])
            extra = n + len(new_xy)
            new_xy.append(xy[j])
            from_list += [a, j]
            to_list += [j, b]
            group_list += [gi, gi]
            piece_start += [start[gi], extra]
            piece_end += [extra, end[gi]]
        else:
            from_list.append(a)
            to_list.append(b)
            group_list.append(gi)
            piece_start.append(start[gi])
            piece_end.append(end[gi])
    piece_from, piece_to = np.asarray(from_list, dtype=np.int64), np.asarray(to_list, dtype=np.int64)
    piece_group = np.asarray(group_list, dtype=np.int64)
    start, end = np.asarray(piece_start, dtype=np.int64), np.asarray(piece_end, dtype=np.int64)
    node_xy = np.vstack([network.node_xy, np.asarray(new_xy).reshape(-1, 2)])
    length = cum_len[piece_to] - cum_len[piece_from]
    time = cum_time[piece_to] - cum_time[piece_from]
    sizes = piece_to - piece_from + 1
    index = np.repeat(piece_from, sizes) + np.arange(sizes.sum()) - np.repeat(np.cumsum(sizes) - sizes, sizes)
    geometry = shapely.linestrings(xy[index], indices=np.repeat(np.arange(len(sizes)), sizes))
    links_l, fids_l = vertex_link.tolist(), network.fid.tolist()
    sources = np.empty(len(sizes), dtype=object)
    sources[:] = [
        tuple(dict.fromkeys(fids_l[links_l[k]] for k in range(a + 1, b + 1)))
        for a, b in zip(piece_from.tolist(), piece_to.tolist())
    ]
    first_link, oneway = vertex_link[np.minimum(piece_from + 1, piece_to)], oneway[piece_group]
    n = len(node_xy)
    # Nodes still used, renumbered in their old order.
    used = np.zeros(n, dtype=bool)
    used[start] = True
    used[end] = True
    new_id = np.cumsum(used) - 1
    merged = Network(
        node_xy[used],
        new_id[start],
        new_id[end],
        network.fid[first_link],
        length,
        time,
        oneway.astype(np.int8),
        np.asarray(geometry, dtype=object),
        network.link_class[first_link],
        dropped_loops=network.dropped_loops,
        apart_key=key[first_link],
        source_fids=sources,
    )
    label_components(merged)
    return merged


def _chains(network: Network, mergeable: np.ndarray):
    """Links grouped into chains through the mergeable nodes, walked in order from one end.

    Returns {"walk": (link, forward, group) in walking order, groups in order of their lowest link; "rings": node
    arrays of chains without ends}.
    """
    m = len(network)
    start, end = network.start, network.end
    # Link graph: the two links at every mergeable node are joined.
    ends = np.concatenate([start, end])
    slot_link = np.concatenate([np.arange(m), np.arange(m)])
    at = mergeable[ends]
    order = np.argsort(ends[at], kind="stable")
    pair_links = slot_link[at][order].reshape(-1, 2)
    graph = coo_matrix((np.ones(len(pair_links)), (pair_links[:, 0], pair_links[:, 1])), shape=(m, m))
    _, group = connected_components(graph, directed=False)
    # Groups numbered by their lowest link.
    first_link = np.full(group.max() + 1, m, dtype=np.int64)
    np.minimum.at(first_link, group, np.arange(m))
    renumber = np.empty(len(first_link), dtype=np.int64)
    renumber[np.argsort(first_link, kind="stable")] = np.arange(len(first_link))
    group = renumber[group]
    partner = {}
    for node_pair, (p, q) in zip(np.sort(ends[at])[::2].tolist(), pair_links.tolist()):
        partner[(node_pair, p)] = q
        partner[(node_pair, q)] = p
    start_l, end_l, merge_l = start.tolist(), end.tolist(), mergeable.tolist()
    members = np.argsort(group, kind="stable")
    gptr = np.searchsorted(group[members], np.arange(group.max() + 2)).tolist()
    members = members.tolist()
    walk_link, walk_forward, walk_group, rings = [], [], [], []
    for gi in range(len(gptr) - 1):
        links = members[gptr[gi] : gptr[gi + 1]]
        if len(links) == 1:
            walk_link.append(links[0])
            walk_forward.append(True)
            walk_group.append(gi)
            continue
        head = None
        for k in links:
            if not merge_l[start_l[k]]:
                head, forward = k, True
                break
            if not merge_l[end_l[k]]:
                head, forward = k, False
                break
        if head is None:
            rings.append(np.unique([start_l[k] for k in links]))
            head, forward = links[0], True
        k, fwd = head, forward
        inner: list[int] = []
        for _ in range(len(links)):
            walk_link.append(k)
            walk_forward.append(fwd)
            walk_group.append(gi)
            out = end_l[k] if fwd else start_l[k]
            if not merge_l[out] or len(inner) == len(links) - 1:
                break
            inner.append(out)
            k = partner[(out, k)]
            fwd = start_l[k] == out
    return {
        "walk": (
            np.asarray(walk_link, dtype=np.int64),
            np.asarray(walk_forward, dtype=bool),
            np.asarray(walk_group, dtype=np.int64),
        ),
        "rings": rings,
    }
