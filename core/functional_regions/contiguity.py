"""Regions made of one piece: zone adjacency from the zones' borders, and detached parts moved to a neighbour."""

from __future__ import annotations

import numpy as np
import pandas as pd
import scipy.sparse as sp
import shapely
from scipy.sparse.csgraph import connected_components

from ..commuting import CommutingMatrix
from ..messages import Message, translatable
from ..progress import Progress, SilentProgress, check_cancelled
from .frames import region_frame, zone_list
from .measures import quality_summary, ratio
from .model import CENTRE, CONTIGUITY_MOVED, MEMBER, SCB, TTWA, RegionResult, TtwaParameters
from .ttwa import ttwa_result


def zone_adjacency(geometries: np.ndarray) -> sp.csr_matrix:
    """Zones that share a stretch of border (a corner alone does not count) or overlap, as a symmetric sparse matrix."""
    geometries = np.asarray(geometries, dtype=object)
    n = len(geometries)
    tree = shapely.STRtree(geometries)
    left, right = tree.query(geometries, predicate="intersects")
    keep = left < right
    left, right = left[keep], right[keep]
    shared = shapely.relate_pattern(geometries[left], geometries[right], "****1****") | shapely.relate_pattern(
        geometries[left], geometries[right], "2********"
    )
    left, right = left[shared], right[shared]
    data = np.ones(2 * len(left))
    return sp.csr_matrix((data, (np.concatenate([left, right]), np.concatenate([right, left]))), shape=(n, n))


def make_contiguous(
    result: RegionResult,
    matrix: CommutingMatrix,
    adjacency: sp.csr_matrix,
    parameters: TtwaParameters | None = None,
    progress: Progress | None = None,
    max_passes: int = 50,
) -> RegionResult:
    """Regions made of one piece: every part of a region cut off from its main part joins a neighbouring region.

    A region's main part is its connected piece (zones linked by shared borders) with the most employed residents
    (then the one holding the centre). Each other piece joins the neighbouring region with the highest Smart linkage
    to the piece taken as one unit; with no flows to any neighbour, the one it shares most borders with (then the
    lowest code). Pieces without any neighbour (islands) stay where they are and are named in a warning.
    """
    progress = progress or SilentProgress()
    labels = result.labels.copy()
    n = len(labels)
    moved = np.zeros(n, dtype=bool)
    adjacency = sp.csr_matrix(adjacency)
    flows = matrix.flows
    residents, jobs = matrix.residents, matrix.jobs
    centres = pd.Index(matrix.codes).get_indexer(result.regions["centre_code"])
    is_centre = np.zeros(n, dtype=bool)
    is_centre[centres] = True
    # An island is told by its lowest zone index: connected_components renumbers the pieces on every pass.
    islands: set[int] = set()
    for _ in range(max_passes):
        check_cancelled(progress)
        coo = adjacency.tocoo()
        same = labels[coo.row] == labels[coo.col]
        inner = sp.csr_matrix((coo.data[same], (coo.row[same], coo.col[same])), shape=(n, n))
        _, piece = connected_components(inner, directed=False)
        frame = pd.DataFrame(
            {"region": labels, "piece": piece, "residents": residents, "centre": is_centre, "zone": np.arange(n)}
        )
        pieces = (
            frame.groupby(["region", "piece"], sort=True)
            .agg(residents=("residents", "sum"), centre=("centre", "max"), first=("zone", "min"))
            .reset_index()
        )
        pieces = pieces.sort_values(["region", "centre", "residents", "first"], ascending=[True, False, False, True])
        main = pieces.drop_duplicates("region", keep="first")
        detached = pieces[~pieces.index.isin(main.index)]
        detached = detached[~detached["first"].isin(list(islands))]
        if detached.empty:
            break
        r_count = int(labels.max()) + 1
        reg_res = np.bincount(labels, weights=residents, minlength=r_count)
        reg_jobs = np.bincount(labels, weights=jobs, minlength=r_count)
        new_labels = labels.copy()
        for row in detached.itertuples():
            members = np.flatnonzero(piece == row.piece)
            neighbours = adjacency[members].tocoo()
            neighbour_regions = labels[neighbours.col]
            outside = neighbour_regions != row.region
            if not outside.any():
                islands.add(int(row.first))
                continue
            candidates, border = np.unique(neighbour_regions[outside], return_counts=True)
            t_kr = np.bincount(
                labels[flows[members].tocoo().col], weights=flows[members].tocoo().data, minlength=r_count
            )[candidates]
            column = sp.csr_matrix(flows[:, members]).tocoo()
            t_rk = np.bincount(labels[column.row], weights=column.data, minlength=r_count)[candidates]
            r_k, w_k = residents[members].sum(), jobs[members].sum()
            link = ratio(t_kr**2, r_k * reg_jobs[candidates]) + ratio(t_rk**2, reg_res[candidates] * w_k)
            best = np.lexsort((candidates, -border, -link))[0]
            new_labels[members] = candidates[best]
            moved[members] = True
        if np.array_equal(new_labels, labels):
            break
        labels = new_labels
    if islands:
        progress.warning(
            Message(
                translatable(
                    "{0} part(s) of regions have no neighbouring zone in another region (islands) and stay "
                    "where they are."
                ),
                len(islands),
            )
        )
    if moved.any():
        progress.info(
            Message(
                translatable("{0} zone(s) moved to a neighbouring region so that every region is one piece: {1}."),
                int(moved.sum()),
                zone_list(matrix, np.flatnonzero(moved)),
            )
        )
    role = result.zones["role"].to_numpy(dtype=object).copy()
    role[moved & (role != CENTRE)] = CONTIGUITY_MOVED
    if result.method == TTWA:
        fixed = ttwa_result(matrix, labels, np.where(role == CENTRE, MEMBER, role), parameters or TtwaParameters())
    else:
        # SCB regions keep their centres (a centre's piece is always its region's main part).
        zones = result.zones.copy()
        zones["role"] = role
        zones["region_code"] = matrix.codes[centres[labels]]
        zones["region_name"] = matrix.names[centres[labels]]
        regions = region_frame(matrix, labels, centres, None)
        fixed = RegionResult(SCB, zones, regions, quality_summary(matrix, labels), labels)
    fixed.messages = result.messages
    if "iterations" in result.summary:
        fixed.summary["iterations"] = result.summary["iterations"]
    return fixed
