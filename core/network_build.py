"""A routable graph from road or rail lines (build_network).

Lines are noded where they share a vertex (within a snap tolerance, found with a KD-tree, vertices of different
lines gather at one representative point; see snap_clusters). A feature marked
grade-separated (bridge, tunnel) joins others only at its own ends, so a bridge over a road does not become a
junction with it; lines that cross without a shared vertex stay apart anyway. Links run between junctions.

Plain numpy/scipy; it never imports QGIS.
"""

from __future__ import annotations

import numpy as np
import shapely
from scipy.spatial import cKDTree

from .features import single_parts
from .network_graph import Network, label_components
from .progress import Progress, SilentProgress, check_cancelled


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
