"""Bridges and articulation points of a network (Tarjan, iterative), with the DFS tree kept for the blocks they
separate, and sums of node values over the subtrees.

Plain numpy/scipy; it never imports QGIS.
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np

from .progress import Progress, check_cancelled


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
