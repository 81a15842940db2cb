"""Weak links and redundancy of a road or rail network: bridges, detours, population cut off, and link
importance weighted by demand as Jenelius, Petersen & Mattsson (2006) and Jenelius & Mattsson (2012) define it.

Plain numpy/scipy/pandas; never imports QGIS.
"""

from __future__ import annotations

from dataclasses import dataclass, field

import numpy as np
import pandas as pd
import shapely
from scipy.sparse.csgraph import connected_components

from .criticality_demand import OD_COLUMNS, Demand, read_od_table, trip_matrix
from .criticality_importance import demand_importance
from .messages import Message, translatable
from .network_attach import attach_points
from .network_blocks import BlockStructure, block_structure, subtree_sums
from .network_detours import Arcs, DetourStats, all_link_detours
from .network_graph import Network, network_summary
from .progress import Progress, SilentProgress, check_cancelled
from .progress import sub_progress as _span

LINK_COLUMNS = [
    "link_id",
    "source_fid",
    "fid_list",
    "from_node",
    "to_node",
    "network_part",
    "length_m",
    "time_s",
    "oneway",
    "is_bridge",
    "no_way_back",
    "alt_length_m",
    "alt_time_s",
    "extra_m",
    "extra_s",
    "detour_ratio",
    "pop_cut_off",
    "importance",
    "total_delay",
    "unsatisfied_trips",
    "rank",
]
NODE_COLUMNS = ["node_id", "links", "pop_cut_off", "network_part"]


@dataclass
class CriticalityResult:
    links: pd.DataFrame
    nodes: pd.DataFrame
    messages: list = field(default_factory=list)
    detour_stats: DetourStats = field(default_factory=DetourStats)


def link_criticality(
    network: Network,
    has_time: bool,
    population_points=None,
    population=None,
    zone_ids=None,
    centre_points=None,
    max_connector_m: float = 1000.0,
    demand: Demand | None = None,
    progress: Progress | None = None,
) -> CriticalityResult:
    """Every link's redundancy and importance; articulation points with the population they cut off."""
    progress = progress or SilentProgress()
    messages: list = [network_summary(network)]
    m = len(network)
    structure = block_structure(network.n_nodes, network.start, network.end, progress)
    check_cancelled(progress)
    progress.set_progress(5)
    stats = DetourStats()
    alt_length = all_link_detours(network, network.length_m, structure.is_bridge, _span(progress, 5, 35), stats)
    alt_time = (
        all_link_detours(network, network.time_s, structure.is_bridge, _span(progress, 35, 60), stats)
        if has_time
        else np.full(m, np.nan)
    )
    frame = pd.DataFrame(
        {
            "link_id": np.arange(1, m + 1),
            "source_fid": network.fid,
            "fid_list": source_fid_text(network),
            "from_node": network.start,
            "to_node": network.end,
            "network_part": network.island_kind(),
            "length_m": network.length_m,
            "time_s": network.time_s if has_time else np.full(m, np.nan),
            "oneway": network.oneway.astype(np.int64),
            "is_bridge": structure.is_bridge.astype(np.int64),
            "no_way_back": no_way_back(network).astype(np.int64),
        }
    )
    if network.directed:
        messages.append(
            Message(
                translatable(
                    "The network has one-way links: bridges (no alternative route) are judged on the network "
                    "without directions; {0} one-way link(s) have no way back at all on the directed network "
                    "(no_way_back), and detours follow the directions."
                ),
                int(frame["no_way_back"].sum()),
            )
        )
    frame["alt_length_m"] = np.where(np.isfinite(alt_length), alt_length, np.nan)
    frame["alt_time_s"] = np.where(np.isfinite(alt_time), alt_time, np.nan)
    frame["extra_m"] = frame["alt_length_m"] - frame["length_m"]
    frame["extra_s"] = frame["alt_time_s"] - frame["time_s"]
    basis = ("alt_time_s", "time_s") if has_time else ("alt_length_m", "length_m")
    frame["detour_ratio"] = frame[basis[0]] / frame[basis[1]]

    # Population and centres at nodes.
    pop_node = np.zeros(network.n_nodes)
    centre_node = np.zeros(network.n_nodes)
    zone_node = None
    if population_points is not None and len(population_points):
        attachment = attach_points(network, population_points, max_connector_m)
        zone_node = attachment.nearest_node(network)
        values = np.nan_to_num(np.asarray(population, dtype=float))
        np.add.at(pop_node, zone_node[zone_node >= 0], values[zone_node >= 0])
        unattached = int((zone_node < 0).sum())
        if unattached:
            messages.append(
                Message(
                    translatable(
                        "{0} population feature(s) ({1} people) lie farther than {2} m from the network "
                        "and are left out."
                    ),
                    unattached,
                    int(values[zone_node < 0].sum()),
                    max_connector_m,
                )
            )
    if centre_points is not None and len(centre_points):
        centre_attachment = attach_points(network, centre_points, max_connector_m)
        nodes = centre_attachment.nearest_node(network)
        np.add.at(centre_node, nodes[nodes >= 0], 1)
        if (nodes < 0).any():
            messages.append(
                Message(
                    translatable("{0} centre(s) lie farther than {1} m from the network and are left out."),
                    int((nodes < 0).sum()),
                    max_connector_m,
                )
            )
    link_cut, node_cut = _population_cut_off(network, structure, pop_node, centre_node)
    frame["pop_cut_off"] = link_cut
    if centre_node.sum() > 0:
        without = network.node_component
        comp_has_centre = np.bincount(without, weights=centre_node, minlength=without.max() + 1) > 0
        stranded = pop_node[~comp_has_centre[without]].sum()
        if stranded > 0:
            messages.append(
                Message(
                    translatable(
                        "{0} people live on network parts without any centre: they count as cut off "
                        "already, not for any link."
                    ),
                    int(round(stranded)),
                )
            )
    check_cancelled(progress)

    frame["importance"] = np.nan
    frame["total_delay"] = np.nan
    frame["unsatisfied_trips"] = np.nan
    if demand is not None and zone_node is not None:
        weight = network.time_s if has_time else network.length_m
        alt = alt_time if has_time else alt_length
        per_unit = 60.0 if has_time else 1000.0  # decay per minute or per km
        delay, unsatisfied, total_trips, note = demand_importance(
            network,
            weight,
            structure,
            alt,
            zone_node,
            np.nan_to_num(np.asarray(population, dtype=float)),
            zone_ids,
            demand,
            per_unit,
            _span(progress, 60, 98),
        )
        messages.extend(note)
        frame["total_delay"] = delay / (3600.0 if has_time else 1000.0)  # trip-hours, or trip-km
        frame["importance"] = (
            delay / max(total_trips, 1e-12) / (60.0 if has_time else 1000.0)
        )  # per trip: minutes or km
        frame["unsatisfied_trips"] = unsatisfied
    frame["rank"] = _rank(frame)
    art = np.flatnonzero(structure.is_articulation)
    degree = np.bincount(np.concatenate([network.start, network.end]), minlength=network.n_nodes)
    kind = np.where(network.node_component == network.main_component, "main", "island").astype(object)
    nodes = pd.DataFrame(
        {
            "node_id": art,
            "links": degree[art],
            "pop_cut_off": node_cut[art],
            "network_part": kind[art],
            "geometry": shapely.points(network.node_xy[art]) if len(art) else np.empty(0, dtype=object),
        }
    )
    frame["geometry"] = network.geometry
    progress.set_progress(100)
    return CriticalityResult(frame, nodes, messages, stats)


def source_fid_text(network: Network) -> np.ndarray:
    """Per link, the input feature ids it is made of as text ('12,13,17'): a stretch maps back to its features."""
    return np.array([",".join(str(f) for f in sources) for sources in network.sources()], dtype=object)


def no_way_back(network: Network) -> np.ndarray:
    """Per link: a one-way link from whose end no route at all leads back to its start (its two ends lie in
    different strongly connected parts of the directed network). Bridges (is_bridge) are judged on the network
    without directions; this flag is the directed network's own 'no alternative'."""
    if not network.directed or len(network) == 0:
        return np.zeros(len(network), dtype=bool)
    arcs = Arcs(network, np.ones(len(network)))
    _, strong = connected_components(arcs.graph, directed=True, connection="strong")
    return (network.oneway != 0) & (strong[network.start] != strong[network.end])


def _rank(frame: pd.DataFrame) -> np.ndarray:
    """1 = weakest: most people cut off, then most unsatisfied trips, largest demand-weighted delay, bridges, longest detour."""
    keys = pd.DataFrame(
        {
            "cut": frame["pop_cut_off"].fillna(0),
            "unsat": frame["unsatisfied_trips"].fillna(0),
            "delay": frame["total_delay"].fillna(0),
            "bridge": frame["is_bridge"],
            "extra": frame["extra_s"].fillna(frame["extra_m"]).fillna(np.inf).where(frame["is_bridge"] == 0, np.inf),
        }
    )
    order = keys.sort_values(
        ["cut", "unsat", "delay", "bridge", "extra"], ascending=False, kind="stable"
    ).index.to_numpy()
    rank = np.empty(len(frame), dtype=np.int64)
    rank[order] = np.arange(1, len(frame) + 1)
    return rank


def _population_cut_off(network: Network, structure: BlockStructure, pop_node: np.ndarray, centre_node: np.ndarray):
    """People separated from every centre when a link (bridge) or a node (articulation point) is closed.

    Read off the DFS tree: a bridge separates its child's subtree; an articulation point separates the subtrees of
    the children it holds apart, and the rest of its component. Parts without a centre count; a network part
    that has no centre to begin with counts for nothing. Without centres, nothing is cut off.
    """
    m = len(network)
    link_cut = np.zeros(m)
    node_cut = np.zeros(network.n_nodes)
    if centre_node.sum() == 0:
        return link_cut, node_cut
    sub_pop = subtree_sums(structure, pop_node)
    sub_centre = subtree_sums(structure, centre_node)
    comp = network.node_component
    comp_pop = np.bincount(comp, weights=pop_node, minlength=comp.max() + 1)
    comp_centre = np.bincount(comp, weights=centre_node, minlength=comp.max() + 1)
    bridges = np.flatnonzero(structure.is_bridge)
    child = structure.bridge_child[bridges]
    c = comp[child]
    inside_pop, inside_centre = sub_pop[child], sub_centre[child]
    outside_pop, outside_centre = comp_pop[c] - inside_pop, comp_centre[c] - inside_centre
    has_any = comp_centre[c] > 0
    link_cut[bridges] = np.where(
        has_any, np.where(inside_centre == 0, inside_pop, 0.0) + np.where(outside_centre == 0, outside_pop, 0.0), 0.0
    )
    for a in np.flatnonzero(structure.is_articulation):
        if comp_centre[comp[a]] == 0:
            continue
        children = structure.separated_children[a]
        piece_pop = sub_pop[children]
        piece_centre = sub_centre[children]
        cut = piece_pop[piece_centre == 0].sum()
        rest_pop = comp_pop[comp[a]] - pop_node[a] - piece_pop.sum()
        rest_centre = comp_centre[comp[a]] - centre_node[a] - piece_centre.sum()
        if structure.parent[a] >= 0 and rest_centre == 0:
            cut += rest_pop
        node_cut[a] = cut
    return link_cut, node_cut


__all__ = [
    "LINK_COLUMNS",
    "NODE_COLUMNS",
    "OD_COLUMNS",
    "CriticalityResult",
    "Demand",
    "demand_importance",
    "link_criticality",
    "no_way_back",
    "read_od_table",
    "source_fid_text",
    "trip_matrix",
]
