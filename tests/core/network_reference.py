"""Brute-force references with networkx, independent of the engine's batched searches: cut each link, search again."""
from __future__ import annotations

import networkx as nx
import numpy as np
import shapely


def multigraph(start, end, weight, oneway=None) -> nx.MultiDiGraph:
    """A directed multigraph with one arc per allowed direction of every link, keyed by link index."""
    graph = nx.MultiDiGraph()
    oneway = np.zeros(len(start), dtype=int) if oneway is None else oneway
    for k, (a, b, w, o) in enumerate(zip(start, end, weight, oneway)):
        graph.add_node(int(a))
        graph.add_node(int(b))
        if o >= 0:
            graph.add_edge(int(a), int(b), key=k, weight=float(w))
        if o <= 0:
            graph.add_edge(int(b), int(a), key=k, weight=float(w))
    return graph


def detours_by_cutting(start, end, weight, oneway=None) -> np.ndarray:
    """Per link: remove it, Dijkstra between its ends (both directions where it is two-way: the worse), put it back."""
    oneway = np.zeros(len(start), dtype=int) if oneway is None else np.asarray(oneway)
    graph = multigraph(start, end, weight, oneway)
    result = np.full(len(start), np.inf)
    for k, (a, b, o) in enumerate(zip(start, end, oneway)):
        a, b = int(a), int(b)
        removed = [(x, y, d) for x, y, key, d in graph.edges(keys=True, data=True) if key == k]
        for x, y, _ in removed:
            graph.remove_edge(x, y, key=k)
        worst = -np.inf
        for x, y in ([(a, b)] if o > 0 else [(b, a)] if o < 0 else [(a, b), (b, a)]):
            try:
                worst = max(worst, nx.dijkstra_path_length(graph, x, y))
            except nx.NetworkXNoPath:
                worst = np.inf
        result[k] = worst
        for x, y, d in removed:
            graph.add_edge(x, y, key=k, **d)
    return result


def grid_lines(nx_: int, ny_: int, drop: float = 0.3, seed: int = 1, spacing: float = 100.0) -> np.ndarray:
    """A perturbed grid with a share of its edges dropped: every edge one two-point line."""
    rng = np.random.default_rng(seed)
    xs, ys = np.meshgrid(np.arange(nx_), np.arange(ny_))
    points = np.column_stack([xs.ravel(), ys.ravel()]).astype(float) * spacing + rng.uniform(-0.3, 0.3, (nx_ * ny_, 2)) * spacing
    index = np.arange(nx_ * ny_).reshape(ny_, nx_)
    edges = np.concatenate([np.column_stack([index[:, :-1].ravel(), index[:, 1:].ravel()]),
                            np.column_stack([index[:-1, :].ravel(), index[1:, :].ravel()])])
    edges = edges[rng.uniform(size=len(edges)) > drop]
    return shapely.linestrings(np.stack([points[edges[:, 0]], points[edges[:, 1]]], axis=1))
