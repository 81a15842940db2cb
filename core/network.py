"""A routable graph from road or rail lines, its islands, bridges and articulation points, and the detour
around every link: shared by link criticality and accessibility.

Lines are noded where they share a vertex (within a snap tolerance, found with a KD-tree, vertices of different
lines gather at one representative point; see snap_clusters). A feature marked
grade-separated (bridge, tunnel) joins others only at its own ends, so a bridge over a road does not become a
junction with it; lines that cross without a shared vertex stay apart anyway. Links run between junctions.

The engine is plain numpy/scipy; it never imports QGIS.
"""

from __future__ import annotations

from dataclasses import dataclass, field

import numpy as np
import shapely
from scipy.sparse import coo_matrix, csr_matrix
from scipy.sparse.csgraph import connected_components, dijkstra
from scipy.spatial import cKDTree

from .features import single_parts
from .messages import Message, translatable
from .progress import Progress, SilentProgress, check_cancelled

NO_PATH = np.inf


@dataclass
class Network:
    """Nodes and links of a line network. Arrays are per link unless named node_*.

    `oneway`: 0 both ways, 1 only from `start` to `end` (the digitised direction), -1 only from `end` to `start`.
    `time_s` is the travel time at the link's speed (length where no speed is known: seconds then equal metres).
    """

    node_xy: np.ndarray
    start: np.ndarray
    end: np.ndarray
    fid: np.ndarray
    length_m: np.ndarray
    time_s: np.ndarray
    oneway: np.ndarray
    geometry: np.ndarray
    link_class: np.ndarray
    node_component: np.ndarray = field(default_factory=lambda: np.empty(0, dtype=np.int64))
    main_component: int = -1
    dropped_loops: int = 0
    apart_key: np.ndarray | None = None  # per link: links with different keys are never merged into one stretch
    source_fids: np.ndarray | None = None  # per link: the tuple of input feature ids it is made of (default: (fid,))

    def sources(self) -> np.ndarray:
        """Per link, the input feature ids it is made of, in order along it, as a tuple."""
        if self.source_fids is not None:
            return self.source_fids
        result = np.empty(len(self), dtype=object)
        result[:] = [(int(f),) for f in self.fid]
        return result

    @property
    def n_nodes(self) -> int:
        return len(self.node_xy)

    def __len__(self) -> int:
        return len(self.start)

    @property
    def directed(self) -> bool:
        return bool(np.any(self.oneway != 0))

    def weights(self, criterion: str) -> np.ndarray:
        return self.length_m if criterion == "length" else self.time_s

    def link_component(self) -> np.ndarray:
        return self.node_component[self.start]

    def island_kind(self) -> np.ndarray:
        """'main' (largest connected part), 'loose' (a link alone) or 'island', as Pipos sorts its road network."""
        comp = self.link_component()
        links_per_comp = np.bincount(comp, minlength=self.node_component.max() + 1 if len(comp) else 0)
        kind = np.where(comp == self.main_component, "main", np.where(links_per_comp[comp] == 1, "loose", "island"))
        return kind.astype(object)


def build_network(
    fids,
    geometries,
    tolerance: float = 0.0,
    speed_kmh=None,
    oneway=None,
    grade_separated=None,
    link_class=None,
    progress: Progress | None = None,
    apart_key=None,
) -> Network:
    """Node lines at shared vertices (within `tolerance` metres) and split them into links between junctions.

    Per feature: `speed_kmh` (NaN or <= 0: unknown), `oneway` (0, 1, -1), `grade_separated` (joins others only at
    its ends), `link_class`, `apart_key` (links of features with different keys never merge into one stretch,
    see merge_stretches). Closed loops without a second junction and links shorter than the tolerance
    (both ends on one node) are left out and counted in `dropped_loops`.
    """
    progress = progress or SilentProgress()
    fids = np.asarray(fids, dtype=np.int64)
    geometries = np.asarray(geometries, dtype=object)
    count = len(fids)
    speed = np.full(count, np.nan) if speed_kmh is None else np.asarray(speed_kmh, dtype=float)
    oneway = np.zeros(count, dtype=np.int8) if oneway is None else np.asarray(oneway, dtype=np.int8)
    grade = np.zeros(count, dtype=bool) if grade_separated is None else np.asarray(grade_separated, dtype=bool)
    classes = np.full(count, "", dtype=object) if link_class is None else np.asarray(link_class, dtype=object)
    apart = np.zeros(count, dtype=object) if apart_key is None else np.asarray(apart_key, dtype=object)

    parts, owner = single_parts(geometries) if count else (np.empty(0, dtype=object), np.empty(0, dtype=np.int64))
    lines = np.isin(shapely.get_type_id(parts), (1, 2)) if len(parts) else np.zeros(0, dtype=bool)
    parts, owner = parts[lines], owner[lines]
    coords, part_of = (
        shapely.get_coordinates(parts, return_index=True)
        if len(parts)
        else (np.empty((0, 2)), np.empty(0, dtype=np.int64))
    )
    check_cancelled(progress)
    if len(coords) > 1:  # a vertex repeated along its line is no junction
        repeated = np.r_[False, (part_of[1:] == part_of[:-1]) & np.all(coords[1:, :2] == coords[:-1, :2], axis=1)]
        coords, part_of = coords[~repeated], part_of[~repeated]
    nv = len(coords)
    first = np.ones(nv, dtype=bool)
    first[1:] = part_of[1:] != part_of[:-1]
    last = np.ones(nv, dtype=bool)
    last[:-1] = part_of[1:] != part_of[:-1]
    is_end = first | last
    joinable = is_end | ~grade[owner[part_of]]

    # Clusters of joinable vertices: equal positions, and within the tolerance vertices of different lines (or
    # the two ends of one line), each gathered onto one representative position (never chained further).
    cluster = np.arange(nv, dtype=np.int64) + nv  # vertices that never join get clusters of their own
    vertex_xy = coords[:, :2].copy()
    jidx = np.flatnonzero(joinable)
    if len(jidx):
        labels, rep_xy = snap_clusters(coords[jidx, :2], part_of[jidx], first[jidx], last[jidx], tolerance)
        cluster[jidx] = labels
        vertex_xy[jidx] = rep_xy
    check_cancelled(progress)
    # A vertex is a junction where a line ends, or where two vertices (of two lines, or a line touching itself) meet.
    _, cluster_compact, cluster_size = np.unique(cluster, return_inverse=True, return_counts=True)
    cluster_compact = cluster_compact.ravel()
    is_node = is_end | (joinable & (cluster_size[cluster_compact] > 1))
    node_clusters, node_of_vertex = np.unique(cluster_compact[is_node], return_inverse=True)
    node_ids = np.full(nv, -1, dtype=np.int64)
    node_ids[is_node] = node_of_vertex.ravel()
    node_xy = np.zeros((len(node_clusters), 2))
    node_xy[node_ids[is_node]] = vertex_xy[is_node]  # the cluster's representative position

    # Links: stretches between consecutive junction vertices of one part.
    seg = np.zeros(nv)
    if nv > 1:
        seg[:-1] = np.where(last[:-1], 0.0, np.hypot(*(coords[1:, :2] - coords[:-1, :2]).T))
    cum = np.concatenate([[0.0], np.cumsum(seg)])

    def links_between_nodes():
        vertex_idx = np.flatnonzero(is_node)
        s, e = vertex_idx[:-1], vertex_idx[1:]
        same = part_of[s] == part_of[e]
        return s[same], e[same]

    s, e = links_between_nodes()
    # A link returning to its own node (a closed line meeting the rest at one point, or nothing) is split at its
    # vertex farthest from that node (see loop_split_vertex), as merge_stretches splits a loop of several links.
    closed = node_ids[s] == node_ids[e]
    attached = np.bincount(np.concatenate([node_ids[s[~closed]], node_ids[e[~closed]]]), minlength=len(node_xy)) > 0
    loop = closed & attached[node_ids[s]] & (e - s >= 2) & (cum[e] - cum[s] > tolerance)
    if loop.any():
        new_nodes: list[np.ndarray] = []
        for a, b in zip(s[loop].tolist(), e[loop].tolist()):
            j = a + 1 + loop_split_vertex(coords[a + 1 : b, :2], node_xy[node_ids[a]])
            is_node[j] = True
            node_ids[j] = len(node_xy) + len(new_nodes)
            new_nodes.append(coords[j, :2])
        node_xy = np.vstack([node_xy, np.asarray(new_nodes)])
        s, e = links_between_nodes()
    length = cum[e] - cum[s]
    u, v = node_ids[s], node_ids[e]
    loops = u == v
    s, e, u, v, length = s[~loops], e[~loops], u[~loops], v[~loops], length[~loops]
    n_vertices = e - s + 1
    if len(s):
        offsets = np.repeat(np.cumsum(n_vertices) - n_vertices, n_vertices)
        take = np.arange(n_vertices.sum()) - offsets + np.repeat(s, n_vertices)
        geometry = shapely.linestrings(coords[take, :2], indices=np.repeat(np.arange(len(s)), n_vertices))
    else:
        geometry = np.empty(0, dtype=object)
    feature = owner[part_of[s]]
    link_speed = speed[feature]
    time = np.where(
        np.isfinite(link_speed) & (link_speed > 0), length / (np.where(link_speed > 0, link_speed, 1.0) / 3.6), length
    )
    network = Network(
        node_xy,
        u.astype(np.int64),
        v.astype(np.int64),
        fids[feature],
        length,
        time,
        oneway[feature].astype(np.int8),
        np.asarray(geometry, dtype=object),
        classes[feature],
        dropped_loops=int(loops.sum()),
        apart_key=apart[feature],
    )
    label_components(network)
    return network


def loop_split_vertex(xy: np.ndarray, junction: np.ndarray) -> int:
    """Where a loop from a junction back to it is split in two: its vertex farthest from the junction (ties: the
    lowest x, then y), an index into `xy` (the loop's vertices without the junction's own)."""
    distance = np.hypot(*(xy - junction).T)
    far = np.flatnonzero(distance >= distance.max() - 1e-9)
    return int(far[np.lexsort((xy[far, 1], xy[far, 0]))[0]])


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


def snap_clusters(xy: np.ndarray, part: np.ndarray, first: np.ndarray, last: np.ndarray, tolerance: float):
    """A cluster label and its representative position for each vertex (one row each of `xy`, its line part, whether it
    is the part's first or last vertex).

    Vertices at equal positions always share a cluster. Within the tolerance, positions join only where they hold
    vertices of different lines, or the two ends of one line: neighbouring vertices of one line never merge, so a
    densely digitised line keeps its length. Each cluster is one representative position (those where most lines
    meet first, then in input order) with the positions within the tolerance of it, nearest first, each taken only
    while it adds lines not already in the cluster; so no vertex moves farther than the tolerance, and no chain of
    near positions drifts along a line.
    """
    pos_xy, pos_of = np.unique(xy, axis=0, return_inverse=True)
    pos_of = pos_of.ravel().astype(np.int64)
    npos = len(pos_xy)
    label = np.arange(npos, dtype=np.int64)
    pairs = (
        cKDTree(pos_xy).query_pairs(tolerance, output_type="ndarray")
        if tolerance > 0 and npos > 1
        else np.empty((0, 2), dtype=np.int64)
    )
    if len(pairs):
        nparts = int(part.max()) + 1
        pos_part = np.unique(pos_of * nparts + part)  # (position, line part) keys, sorted by position
        pp_pos, pp_part = pos_part // nparts, pos_part % nparts
        pp_ptr = np.searchsorted(pp_pos, np.arange(npos + 1))
        # The two ends of one part may meet; as position pairs (lower, higher).
        ends_pos = np.full((nparts, 2), -1, dtype=np.int64)
        ends_pos[part[first], 0] = pos_of[first]
        ends_pos[part[last], 1] = pos_of[last]
        ring = np.unique(np.sort(ends_pos, axis=1) @ np.array([npos, 1], dtype=np.int64))
        p, q = pairs[:, 0].astype(np.int64), pairs[:, 1].astype(np.int64)
        dist = np.hypot(*(pos_xy[p] - pos_xy[q]).T)
        a, b, d = np.concatenate([p, q]), np.concatenate([q, p]), np.concatenate([dist, dist])
        order = np.lexsort((b, d, a))
        a, b = a[order], b[order]
        ptr = np.searchsorted(a, np.arange(npos + 1)).tolist()
        b = b.tolist()
        lines_at = np.diff(pp_ptr)
        candidates = np.unique(a)
        candidates = candidates[np.lexsort((candidates, -lines_at[candidates]))].tolist()
        parts_at = [None] * npos
        for c in set(candidates):
            parts_at[c] = set(pp_part[pp_ptr[c] : pp_ptr[c + 1]].tolist())
        ring_keys = set(ring.tolist())
        claimed = np.zeros(npos, dtype=bool)
        for c in candidates:
            if claimed[c]:
                continue
            claimed[c] = True
            held = set(parts_at[c])
            for j in range(ptr[c], ptr[c + 1]):
                o = b[j]
                if claimed[o]:
                    continue
                if held.isdisjoint(parts_at[o]) or min(c, o) * npos + max(c, o) in ring_keys:
                    claimed[o] = True
                    label[o] = c
                    held |= parts_at[o]
    return label[pos_of], pos_xy[label[pos_of]]


def label_components(network: Network) -> None:
    """Connected parts (ignoring direction); the main one holds the most links."""
    n = network.n_nodes
    graph = coo_matrix((np.ones(len(network)), (network.start, network.end)), shape=(n, n))
    _, labels = connected_components(graph, directed=False)
    network.node_component = labels.astype(np.int64)
    if len(network):
        network.main_component = int(np.argmax(np.bincount(labels[network.start], minlength=labels.max() + 1)))


def speeds_from_classes(
    classes, speeds: np.ndarray | None, class_speeds: dict[str, float], default_kmh: float
) -> np.ndarray:
    """A speed per feature: its own (where > 0), else its class's, else the default."""
    classes = np.asarray(classes, dtype=object)
    result = np.full(len(classes), float(default_kmh))
    if class_speeds:
        lookup = {str(k).strip().casefold(): float(v) for k, v in class_speeds.items()}
        by_class = np.array(
            [lookup.get(str(c).strip().casefold(), np.nan) if c is not None else np.nan for c in classes], dtype=float
        )
        result = np.where(np.isfinite(by_class), by_class, result)
    if speeds is not None:
        own = np.asarray(speeds, dtype=float)
        result = np.where(np.isfinite(own) & (own > 0), own, result)
    return result


def parse_class_speeds(text: str) -> dict[str, float]:
    """'motorväg=110; nationell väg=90' → {'motorväg': 110.0, ...}; raises ValueError naming the bad item."""
    result: dict[str, float] = {}
    for item in (text or "").replace("\n", ";").split(";"):
        if not item.strip():
            continue
        if "=" not in item:
            raise ValueError(item.strip())
        key, value = item.rsplit("=", 1)
        try:
            speed = float(value.strip().replace(",", "."))
        except ValueError:
            raise ValueError(item.strip()) from None
        if speed <= 0:
            raise ValueError(item.strip())
        result[key.strip()] = speed
    return result


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


# ------------------------------------------------------------------------------------------------------
# Bridges and articulation points (Tarjan, iterative), with the DFS tree kept for the blocks they separate.


@dataclass
class BlockStructure:
    is_bridge: np.ndarray  # per link
    bridge_child: np.ndarray  # per link: the DFS child node whose subtree a bridge cuts off, else -1
    is_articulation: np.ndarray  # per node
    preorder: np.ndarray  # nodes in DFS preorder
    parent: np.ndarray  # per node, -1 at roots
    separated_children: list  # per articulation node: the DFS children whose subtrees its removal separates


def block_structure(
    n_nodes: int, start: np.ndarray, end: np.ndarray, progress: Progress | None = None
) -> BlockStructure:
    """Bridges and articulation points of the undirected multigraph (parallel links are never bridges)."""
    m = len(start)
    ends = np.concatenate([start, end])
    others = np.concatenate([end, start])
    lids = np.concatenate([np.arange(m), np.arange(m)])
    order = np.argsort(ends, kind="stable")
    adj_node = others[order].tolist()
    adj_link = lids[order].tolist()
    ptr = np.searchsorted(ends[order], np.arange(n_nodes + 1)).tolist()
    disc = [-1] * n_nodes
    low = [0] * n_nodes
    parent = [-1] * n_nodes
    parent_link = [-1] * n_nodes
    preorder: list[int] = []
    is_bridge = np.zeros(m, dtype=bool)
    bridge_child = np.full(m, -1, dtype=np.int64)
    is_art = np.zeros(n_nodes, dtype=bool)
    separated: dict[int, list[int]] = {}
    timer = 0
    for root in range(n_nodes):
        if disc[root] != -1:
            continue
        if progress is not None and root % 4096 == 0:
            check_cancelled(progress)
        disc[root] = low[root] = timer
        timer += 1
        preorder.append(root)
        stack_node = [root]
        stack_pos = [ptr[root]]
        root_children: list[int] = []
        while stack_node:
            x = stack_node[-1]
            i = stack_pos[-1]
            if i < ptr[x + 1]:
                stack_pos[-1] = i + 1
                link = adj_link[i]
                if link == parent_link[x]:
                    continue
                y = adj_node[i]
                if disc[y] == -1:
                    parent[y] = x
                    parent_link[y] = link
                    disc[y] = low[y] = timer
                    timer += 1
                    preorder.append(y)
                    stack_node.append(y)
                    stack_pos.append(ptr[y])
                elif disc[y] < low[x]:
                    low[x] = disc[y]
            else:
                stack_node.pop()
                stack_pos.pop()
                if not stack_node:
                    break
                p = stack_node[-1]
                if low[x] < low[p]:
                    low[p] = low[x]
                if low[x] > disc[p]:
                    is_bridge[parent_link[x]] = True
                    bridge_child[parent_link[x]] = x
                if p == root:
                    root_children.append(x)
                elif low[x] >= disc[p]:
                    is_art[p] = True
                    separated.setdefault(p, []).append(x)
        if len(root_children) > 1:
            is_art[root] = True
            separated[root] = root_children
    return BlockStructure(
        is_bridge,
        bridge_child,
        is_art,
        np.asarray(preorder, dtype=np.int64),
        np.asarray(parent, dtype=np.int64),
        [separated.get(a, []) for a in range(n_nodes)],
    )


def subtree_sums(structure: BlockStructure, values: np.ndarray) -> np.ndarray:
    """Sum of a node value over each node's DFS subtree (itself included)."""
    total = np.asarray(values, dtype=float).copy()
    parent = structure.parent
    # Nodes by depth, deepest first, so that each level adds into its parents in one vectorised step.
    depth = np.zeros(len(parent), dtype=np.int64)
    for node in structure.preorder:
        p = parent[node]
        if p >= 0:
            depth[node] = depth[p] + 1
    by_depth = np.argsort(-depth, kind="stable")
    d_sorted = depth[by_depth]
    bounds = np.flatnonzero(np.diff(d_sorted)) + 1
    for group in np.split(by_depth, bounds):
        if len(group) == 0 or depth[group[0]] == 0:
            continue
        np.add.at(total, parent[group], total[group])
    return total


# ------------------------------------------------------------------------------------------------------
# All-link detours.


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
    spacing: float = 3.0,
    subcells: int = 4,
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
    """
    progress = progress or SilentProgress()
    stats = stats if stats is not None else DetourStats()
    weight = np.asarray(weight, dtype=float)
    m = len(network)
    result = np.full(m, NO_PATH)
    directed = network.directed
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
    x_node, arc_idx = _arcs_leaving(np.flatnonzero(labelled), indptr)
    y_node = arcs.entry_head[arc_idx]
    w = weights[arc_idx]
    ox, oy = owner[x_node], owner[y_node]
    value = dist[x_node] + w
    found = np.full(k, np.inf)
    between = (ox == oy) & (side[x_node] == 1) & (side[y_node] == -1)
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


# ------------------------------------------------------------------------------------------------------
# Attaching points (population, centres, destinations) to the network.


@dataclass
class Attachment:
    """Where each point meets the network: nearest link, the fraction along it, the connector length; -1 where none."""

    link: np.ndarray
    fraction: np.ndarray
    connector_m: np.ndarray

    @property
    def attached(self) -> np.ndarray:
        return self.link >= 0

    def nearest_node(self, network: Network) -> np.ndarray:
        node = np.where(
            self.fraction <= 0.5, network.start[np.maximum(self.link, 0)], network.end[np.maximum(self.link, 0)]
        )
        return np.where(self.attached, node, -1)


def attach_points(
    network: Network, points: np.ndarray, max_connector_m: float, links: np.ndarray | None = None
) -> Attachment:
    """The nearest link to each point within `max_connector_m` (among `links`, default all), and where on it.

    `max_connector_m` must be positive; np.inf means no limit (0 is refused rather than read as 'no limit').
    """
    if not max_connector_m > 0:
        raise ValueError(f"the longest connector must be more than 0 m (np.inf: no limit), not {max_connector_m}")
    points = np.asarray(points, dtype=object)
    count = len(points)
    link = np.full(count, -1, dtype=np.int64)
    fraction = np.zeros(count)
    connector = np.full(count, np.nan)
    candidates = np.arange(len(network)) if links is None else np.asarray(links, dtype=np.int64)
    if count == 0 or len(candidates) == 0:
        return Attachment(link, fraction, connector)
    tree = shapely.STRtree(network.geometry[candidates])
    hit_point, hit_link = tree.query_nearest(
        points,
        max_distance=None if np.isinf(max_connector_m) else max_connector_m,
        return_distance=False,
        all_matches=False,
    )
    chosen = candidates[hit_link]
    geoms = network.geometry[chosen]
    along = shapely.line_locate_point(geoms, points[hit_point])
    total = shapely.length(geoms)
    link[hit_point] = chosen
    fraction[hit_point] = np.where(total > 0, along / np.where(total > 0, total, 1.0), 0.0)
    connector[hit_point] = shapely.distance(points[hit_point], geoms)
    return Attachment(link, fraction, connector)


def network_summary(network: Network) -> Message:
    kind = network.island_kind()
    n_comp = len(np.unique(network.link_component())) if len(network) else 0
    return Message(
        translatable(
            "Network: {0} links, {1} nodes; main network {2} links, {3} island(s) with {4} links, "
            "{5} loose link(s); {6} closed loop(s) or links shorter than the tolerance left out."
        ),
        len(network),
        network.n_nodes,
        int((kind == "main").sum()),
        max(n_comp - 1 - int((kind == "loose").sum()), 0),
        int((kind == "island").sum()),
        int((kind == "loose").sum()),
        network.dropped_loops,
    )
