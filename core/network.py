"""A routable graph from road or rail lines, its islands, bridges and articulation points, and the detour
around every link: shared by link criticality and accessibility.

Lines are noded where they share a vertex (within a snap tolerance, found with a KD-tree, vertices of different
lines gather at one representative point; see snap_clusters). A feature marked
grade-separated (bridge, tunnel) joins others only at its own ends, so a bridge over a road does not become a
junction with it; lines that cross without a shared vertex stay apart anyway. Links run between junctions.

This module gathers the public names of the network engine, whose parts live in one module each:
network_graph (the Network and its summary), network_build (noding lines into links), stretches (merging chains),
network_blocks (bridges, articulation points), network_detours (all-link detours), network_attach (points onto
links). The engine is plain numpy/scipy; it never imports QGIS.
"""

from __future__ import annotations

from .network_attach import Attachment, attach_points
from .network_blocks import BlockStructure, block_structure, subtree_sums
from .network_build import build_network, loop_split_vertex, snap_clusters
from .network_detours import Arcs, DetourStats, all_link_detours
from .network_graph import NO_PATH, Network, label_components, network_summary, parse_class_speeds, speeds_from_classes
from .stretches import merge_stretches

__all__ = [
    "NO_PATH",
    "Arcs",
    "Attachment",
    "BlockStructure",
    "DetourStats",
    "Network",
    "all_link_detours",
    "attach_points",
    "block_structure",
    "build_network",
    "label_components",
    "loop_split_vertex",
    "merge_stretches",
    "network_summary",
    "parse_class_speeds",
    "snap_clusters",
    "speeds_from_classes",
    "subtree_sums",
]
