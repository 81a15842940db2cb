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
        for x, y in [(a, b)] if o > 0 else [(b, a)] if o < 0 else [(a, b), (b, a)]:
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
    points = (
        np.column_stack([xs.ravel(), ys.ravel()]).astype(float) * spacing
        + rng.uniform(-0.3, 0.3, (nx_ * ny_, 2)) * spacing
    )
    index = np.arange(nx_ * ny_).reshape(ny_, nx_)
    edges = np.concatenate(
        [
            np.column_stack([index[:, :-1].ravel(), index[:, 1:].ravel()]),
            np.column_stack([index[:-1, :].ravel(), index[1:, :].ravel()]),
        ]
    )
    edges = edges[rng.uniform(size=len(edges)) > drop]
    return shapely.linestrings(np.stack([points[edges[:, 0]], points[edges[:, 1]]], axis=1))


def nearest_by_splitting(network, weight, origin, destination, connector_speed=None):
    """Per origin, the cost to the nearest destination: every attached point split into its link as a node of its
    own (networkx), then one Dijkstra per origin; `origin` and `destination` are the engine's Attachments."""
    conn = (lambda m: m) if connector_speed is None else (lambda m: m / connector_speed)
    points = {}  # link -> [(fraction, node name)]
    for kind, att in (("o", origin), ("d", destination)):
        for i in np.flatnonzero(att.link >= 0):
            points.setdefault(int(att.link[i]), []).append((float(att.fraction[i]), (kind, int(i))))
    graph = nx.DiGraph()

    def add(a, b, w):
        if graph.has_edge(a, b):
            w = min(w, graph[a][b]["weight"])
        graph.add_edge(a, b, weight=w)

    for k, (s, e, o) in enumerate(zip(network.start, network.end, network.oneway)):
        stops = [(0.0, int(s))] + sorted(points.get(k, [])) + [(1.0, int(e))]
        for (f0, a), (f1, b) in zip(stops[:-1], stops[1:]):
            w = (f1 - f0) * float(weight[k])
            if o >= 0:
                add(a, b, w)
            if o <= 0:
                add(b, a, w)
    result = np.full(len(origin.link), np.inf)
    targets = {("d", int(i)): conn(float(destination.connector_m[i])) for i in np.flatnonzero(destination.link >= 0)}
    for i in np.flatnonzero(origin.link >= 0):
        reached = nx.single_source_dijkstra_path_length(graph, ("o", int(i)))
        best = min((reached[t] + c for t, c in targets.items() if t in reached), default=np.inf)
        result[i] = best + conn(float(origin.connector_m[i])) if np.isfinite(best) else np.inf
    return result
