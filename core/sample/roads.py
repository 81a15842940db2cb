"""Roads: one connected network (hand-drawn roads plus a triangulated local network), dangerous goods routes, the railway."""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np
import shapely
from scipy.sparse import coo_matrix
from scipy.sparse.csgraph import connected_components, dijkstra, minimum_spanning_tree
from scipy.spatial import Delaunay, cKDTree

from .geometry import Features, Region, any_near, new_layer, side_factor
from .layout import ROAD_LOCAL, ROAD_MOTORWAY, ROAD_NATIONAL, ROAD_REGIONAL, RURAL_NODES_PER_SCALE
from .skeleton import Skeleton
from .towns import Towns
from .water import Water


@dataclass(frozen=True)
class Roads:
    """What build_roads gives the later steps (layers: its rows by layer name)."""

    layers: dict[str, Features]
    road_edges: np.ndarray
    road_xy: np.ndarray
    road_categories: np.ndarray
    road_fid_by_segment: dict[tuple[tuple[float, float], tuple[float, float]], int]
    dangerous_fid_by_road_fid: dict[int, int]
    rail_fid_by_segment: dict[tuple[tuple[float, float], tuple[float, float]], int]


def build_roads(region: Region, skeleton: Skeleton, towns: Towns, water: Water) -> Roads:
    """One connected network (hand-drawn roads plus a triangulated local network), dangerous goods routes, the railway."""
    layers: dict[str, Features] = {}
    rng = region.rng
    node_index: dict[tuple[float, float], int] = {}
    node_xy: list[tuple[float, float]] = []

    def node(point: tuple[float, float]) -> int:
        key = (round(point[0], 3), round(point[1], 3))
        if key not in node_index:
            node_index[key] = len(node_xy)
            node_xy.append(key)
        return node_index[key]

    skeleton_edges: list[tuple[int, int, str, str]] = []
    for coords, category, number in skeleton.skeleton_roads:
        ids = [node(p) for p in coords]
        skeleton_edges += [(a, b, category, number) for a, b in zip(ids[:-1], ids[1:])]
    n_skeleton = len(node_xy)

    # Random junctions: dense in towns, sparse in the countryside.
    town_points = []
    for town in towns.towns:
        count = 3 + int(round(town.population / 300))
        r = town.radius * 0.95 * np.sqrt(rng.uniform(size=count))
        a = rng.uniform(0, 2 * np.pi, count)
        town_points.append(np.array([[town.x, town.y]]))
        town_points.append(np.column_stack([town.x + r * np.cos(a), town.y + r * np.sin(a)]))
    rural = rng.uniform([0, 0], [region.width, region.height], (region.count(RURAL_NODES_PER_SCALE), 2))
    # A few junctions beyond each bridge's approach, away from the river, so that no bridge ends blind.
    ends = np.array(skeleton.bridge_ends)
    away = np.where(np.arange(len(ends)) % 2 == 0, -np.pi / 2, np.pi / 2)  # approaches run south to north
    angle = away[:, None] + rng.uniform(-1.2, 1.2, (len(ends), 3))
    reach = rng.uniform(700.0, 1500.0, (len(ends), 3))
    approach = np.stack([ends[:, :1] + reach * np.cos(angle), ends[:, 1:] + reach * np.sin(angle)], axis=-1).reshape(
        -1, 2
    )
    candidates = np.concatenate(town_points + [approach, rural])
    points = shapely.points(candidates)
    reject = any_near(
        points, [(water.lake_geoms, 60.0), (skeleton.river_lines, 300.0), (skeleton.road_skeleton_lines, 120.0)]
    )
    reject |= (
        (candidates[:, 0] < 100)
        | (candidates[:, 1] < 100)
        | (candidates[:, 0] > region.width - 100)
        | (candidates[:, 1] > region.height - 100)
    )
    candidates = candidates[~reject]
    xy = np.concatenate([np.array(node_xy), candidates])
    too_close = cKDTree(xy).query_pairs(60.0, output_type="ndarray")
    drop = np.unique(too_close.max(axis=1)) if len(too_close) else np.empty(0, dtype=int)
    drop = drop[drop >= n_skeleton]
    keep = np.ones(len(xy), dtype=bool)
    keep[drop] = False
    xy = xy[keep]

    # Candidate local roads: the Delaunay triangulation (planar, so no crossings among them), minus
    # edges that are too long or would cross the river, a lake or a hand-drawn road off a junction.
    triangles = Delaunay(xy).simplices
    pairs = np.sort(np.concatenate([triangles[:, [0, 1]], triangles[:, [1, 2]], triangles[:, [2, 0]]]), axis=1)
    pairs = np.unique(pairs, axis=0)
    lengths = np.hypot(*(xy[pairs[:, 0]] - xy[pairs[:, 1]]).T)
    pairs = pairs[lengths < 7000.0 / side_factor(region.scale)]
    skeleton_keys = {(min(a, b), max(a, b)) for a, b, _, _ in skeleton_edges}
    pairs = pairs[np.array([(a, b) not in skeleton_keys for a, b in pairs], dtype=bool)] if len(pairs) else pairs
    lines = shapely.linestrings(np.stack([xy[pairs[:, 0]], xy[pairs[:, 1]]], axis=1))
    bad = any_near(lines, [(skeleton.river_lines, 0.0), (water.lake_geoms, 0.0)])
    skeleton_pairs = np.array([(a, b) for a, b, _, _ in skeleton_edges])
    skeleton_segments = shapely.linestrings(np.stack([xy[skeleton_pairs[:, 0]], xy[skeleton_pairs[:, 1]]], axis=1))
    hit_edge, hit_skeleton = shapely.STRtree(skeleton_segments).query(lines, predicate="intersects")
    shares_node = (pairs[hit_edge][:, :, None] == skeleton_pairs[hit_skeleton][:, None, :]).any(axis=(1, 2))
    touches = shapely.touches(lines[hit_edge], skeleton_segments[hit_skeleton])
    bad[hit_edge[~(shares_node & touches)]] = True
    pairs, lines = pairs[~bad], lines[~bad]

    # One connected network: the biggest component, a minimum spanning tree through it (hand-drawn
    # roads forced in) plus a share of the other edges, denser inside towns.
    all_pairs = np.concatenate([skeleton_pairs, pairs])
    weights = np.concatenate([np.full(len(skeleton_pairs), 1e-3), np.hypot(*(xy[pairs[:, 0]] - xy[pairs[:, 1]]).T)])
    graph = coo_matrix((weights, (all_pairs[:, 0], all_pairs[:, 1])), shape=(len(xy), len(xy))).tocsr()
    _, labels = connected_components(graph, directed=False)
    main = np.argmax(np.bincount(labels))
    if not np.all(labels[skeleton_pairs.ravel()] == main):
        raise RuntimeError("sample region: the hand-drawn roads did not join one network")
    in_main = labels[all_pairs[:, 0]] == main
    # The spanning tree is grown on each side of the river separately (bridges left out), so that
    # each side is connected overland and only the island hangs on a single bridge.
    over_river = np.zeros(len(all_pairs), dtype=bool)
    over_river[shapely.STRtree(skeleton_segments).query(skeleton.river_lines, predicate="crosses")[1]] = True
    overland = ~over_river
    tree = minimum_spanning_tree(
        coo_matrix(
            (weights[overland], (all_pairs[overland, 0], all_pairs[overland, 1])), shape=(len(xy), len(xy))
        ).tocsr()
    ).tocoo()
    tree_keys = {(min(a, b), max(a, b)) for a, b in zip(tree.row, tree.col)}
    in_town = any_near(shapely.points(xy), [(towns.town_blobs, 0.0)])
    chance = np.where(in_town[pairs[:, 0]] & in_town[pairs[:, 1]], 0.55, 0.2)
    extra = rng.uniform(size=len(pairs)) < chance
    chosen = np.array([(min(a, b), max(a, b)) in tree_keys for a, b in pairs], dtype=bool) | extra
    chosen &= in_main[len(skeleton_pairs) :]
    pairs, lines = pairs[chosen], lines[chosen]

    categories = np.array([c for _, _, c, _ in skeleton_edges] + [ROAD_LOCAL] * len(pairs), dtype=object)
    numbers = np.array([n for _, _, _, n in skeleton_edges] + [""] * len(pairs), dtype=object)
    edges = np.concatenate([skeleton_pairs, pairs])
    geoms = np.concatenate([skeleton_segments, lines])
    n_skeleton_edges = len(skeleton_pairs)

    # Regional roads: each town's shortest way to the motorway or a national road.
    lengths = shapely.length(geoms)
    graph = coo_matrix((lengths, (edges[:, 0], edges[:, 1])), shape=(len(xy), len(xy))).tocsr()
    trunk = np.unique(edges[:n_skeleton_edges][np.isin(categories[:n_skeleton_edges], [ROAD_MOTORWAY, ROAD_NATIONAL])])
    _, predecessors, _ = dijkstra(graph, directed=False, indices=trunk, min_only=True, return_predecessors=True)
    edge_of = {(min(a, b), max(a, b)): k for k, (a, b) in enumerate(edges)}
    used_nodes = np.unique(edges)
    node_tree = cKDTree(xy[used_nodes])
    trunk_set = set(trunk.tolist())
    for k, town in enumerate(towns.towns):
        if town.is_centre:
            continue
        current = int(used_nodes[node_tree.query([town.x, town.y])[1]])
        number = str(620 + k) if not town.is_core else str(604 + k)
        while current not in trunk_set and predecessors[current] >= 0:
            previous = int(predecessors[current])
            e = edge_of[(min(current, previous), max(current, previous))]
            if categories[e] == ROAD_LOCAL:
                categories[e], numbers[e] = ROAD_REGIONAL, number
            current = previous

    midpoints = shapely.line_interpolate_point(geoms, 0.5, normalized=True)
    urban = any_near(midpoints, [(towns.town_blobs, 0.0)])
    speed = np.select(
        [categories == ROAD_MOTORWAY, categories == ROAD_NATIONAL, categories == ROAD_REGIONAL],
        [110, np.where(urban, 60, 90), np.where(urban, 50, 80)],
        np.where(urban, 50, 70),
    ).astype(np.int64)
    river_tree = shapely.STRtree(skeleton.river_lines)
    bridge = np.zeros(len(geoms), dtype=np.int64)
    bridge[np.unique(river_tree.query(geoms, predicate="crosses")[0])] = 1

    roads = new_layer(layers, "vagar", ["kategori", "hastighet", "bro", "vagnummer"])
    roads.add(geoms, kategori=categories, hastighet=speed, bro=bridge, vagnummer=numbers)
    road_edges = edges
    road_xy = xy
    road_categories = categories
    road_fid_by_segment = {(tuple(xy[a]), tuple(xy[b])): k + 1 for k, (a, b) in enumerate(edges[:n_skeleton_edges])}
    dangerous = np.flatnonzero((categories == ROAD_MOTORWAY) | (numbers == "96"))
    goods = new_layer(layers, "farligt_gods", ["kategori"])
    goods.add(geoms[dangerous], kategori="farligt gods")
    dangerous_fid_by_road_fid = {int(r) + 1: k + 1 for k, r in enumerate(dangerous)}

    # Railway: one feature per section between the hand-drawn vertices.
    rail = np.array(skeleton.railway)
    rails = new_layer(layers, "jarnvag", ["kategori"])
    rails.add(shapely.linestrings(np.stack([rail[:-1], rail[1:]], axis=1)), kategori="järnväg")
    rail_fid_by_segment = {
        (tuple(a), tuple(b)): k + 1 for k, (a, b) in enumerate(zip(map(tuple, rail[:-1]), map(tuple, rail[1:])))
    }
    return Roads(
        layers=layers,
        road_edges=road_edges,
        road_xy=road_xy,
        road_categories=road_categories,
        road_fid_by_segment=road_fid_by_segment,
        dangerous_fid_by_road_fid=dangerous_fid_by_road_fid,
        rail_fid_by_segment=rail_fid_by_segment,
    )
