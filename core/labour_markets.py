"""Functional regions from commuting: SCB's local labour market rule and travel-to-work areas (Coombes & Bond; Istat).

Both methods work on a CommutingMatrix (core/commuting.py), whose zones are in code order: ties are broken by
the lower code and nothing depends on the order of the input rows.

Notation: T_ij commuters living in zone i and working in zone j (T_ii those working in their own zone),
R_i = sum_j T_ij the employed residents of i, W_j = sum_i T_ij the jobs in j (among the zones of the table).
For an area a: size = R_a, supply-side self-containment SC_s = T_aa / R_a, demand-side SC_d = T_aa / W_a,
with T_aa the commuters who live and work inside a.
"""
from __future__ import annotations

from dataclasses import dataclass, field

import numpy as np
import pandas as pd
import scipy.sparse as sp
import shapely
from scipy.sparse.csgraph import connected_components

from .commuting import CommutingMatrix
from .messages import Message, translatable
from .progress import Progress, SilentProgress, check_cancelled

SCB, TTWA = "scb", "ttwa"

# Roles of a zone in its region.
CENTRE, MUTUAL, LINKED, UNLINKED, SILENT = "centre", "mutual centre", "linked", "unlinked", "no commuting"
MEMBER, RESERVE_ASSIGNED, RESERVE_LEFT = "member", "reserve, assigned", "reserve, unassigned"
CONTIGUITY_MOVED = "moved for contiguity"

ZONE_COLUMNS = ["code", "name", "region_code", "region_name", "role", "links", "linked_to", "residents", "jobs", "internal",
                "out_share", "largest_out_share"]
REGION_COLUMNS = ["region_code", "region_name", "centre_code", "centre_name", "zones", "residents", "jobs", "internal",
                  "sc_supply", "sc_demand", "validity", "valid"]


@dataclass(frozen=True)
class TtwaParameters:
    """The four parameters of the Coombes & Bond validity function; defaults as in Istat's LabourMarketAreas examples."""

    min_size: float = 1000.0
    min_sc: float = 0.6667
    target_size: float = 10000.0
    target_sc: float = 0.75

    def check(self) -> None:
        if not (0 <= self.min_size < self.target_size):
            raise ValueError(Message(translatable("The minimum size ({0}) must be at least 0 and below the target size ({1})."),
                                     self.min_size, self.target_size))
        if not (0 < self.min_sc <= self.target_sc <= 1):
            raise ValueError(Message(translatable("Self-containment must satisfy 0 < minimum ({0}) ≤ target ({1}) ≤ 1."),
                                     self.min_sc, self.target_sc))


@dataclass
class RegionResult:
    """Zones with their region, regions with their measures, and the quality of the partition."""

    method: str
    zones: pd.DataFrame
    regions: pd.DataFrame
    summary: dict[str, float]
    labels: np.ndarray
    messages: list[str] = field(default_factory=list)


# ---------------------------------------------------------------------------------------------------------------------
# Shared measures


def validity(size: np.ndarray, sc_supply: np.ndarray, sc_demand: np.ndarray, parameters: TtwaParameters) -> np.ndarray:
    """The Coombes & Bond validity, scaled so that 1 is the threshold (Franconi, D'Alò & Ichim 2016, eq. for X(a)).

        X(a) = [1 - (1 - minSC/tarSC) * max((tarSZ - size)/(tarSZ - minSZ), 0)] * min(SC_s, SC_d) / tarSC

    An area is valid when size >= minSZ and X(a) >= minSC/tarSC; this returns X(a) / (minSC/tarSC), so valid means
    >= 1 (and size >= minSZ). On the trade-off line: at size = minSZ the area needs SC >= tarSC, at size >= tarSZ it
    needs SC >= minSC, and linearly in between.
    """
    p = parameters
    size_factor = 1.0 - (1.0 - p.min_sc / p.target_sc) * np.maximum((p.target_size - size) / (p.target_size - p.min_size), 0.0)
    x = size_factor * np.minimum(sc_supply, sc_demand) / p.target_sc
    return x / (p.min_sc / p.target_sc)


def is_valid(size: np.ndarray, value: np.ndarray, parameters: TtwaParameters) -> np.ndarray:
    return (np.asarray(size) >= parameters.min_size) & (np.asarray(value) >= 1.0 - 1e-12)


def _ratio(numerator: np.ndarray, denominator: np.ndarray) -> np.ndarray:
    out = np.zeros(len(numerator), dtype=float)
    np.divide(numerator, denominator, out=out, where=denominator > 0)
    return out


def region_totals(matrix: CommutingMatrix, labels: np.ndarray, count: int) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """Employed residents, jobs and internal flows of every region 0..count-1."""
    flows = matrix.flows.tocoo()
    residents = np.bincount(labels, weights=matrix.residents, minlength=count)
    jobs = np.bincount(labels, weights=matrix.jobs, minlength=count)
    inside = labels[flows.row] == labels[flows.col]
    internal = np.bincount(labels[flows.row[inside]], weights=flows.data[inside], minlength=count)
    return residents, jobs, internal


def modularity(matrix: CommutingMatrix, labels: np.ndarray) -> float:
    """Directed weighted modularity (Leicht & Newman 2008) of a partition of the zones, own-zone flows included:
    Q = sum over regions c of [T_cc / T - R_c * W_c / T^2], T all commuters."""
    total = matrix.total
    if total <= 0:
        return 0.0
    count = int(labels.max()) + 1 if len(labels) else 0
    residents, jobs, internal = region_totals(matrix, labels, count)
    return float(internal.sum() / total - (residents * jobs).sum() / total ** 2)


def quality_summary(matrix: CommutingMatrix, labels: np.ndarray) -> dict[str, float]:
    total = matrix.total
    count = int(labels.max()) + 1 if len(labels) else 0
    _, _, internal = region_totals(matrix, labels, count)
    between = total - float(matrix.internal.sum())
    inside_between = float(internal.sum() - matrix.internal.sum())
    return {
        "regions": float(len(np.unique(labels))),
        "zones": float(len(labels)),
        "commuters": total,
        "share_inside_regions": float(internal.sum() / total) if total > 0 else 0.0,
        "share_of_cross_zone_commuting_inside_regions": inside_between / between if between > 0 else 0.0,
        "modularity": modularity(matrix, labels),
    }


def _first_max_per_row(matrix: sp.csr_matrix) -> tuple[np.ndarray, np.ndarray]:
    """Column of the largest entry of each row (lowest column on ties) and its value; -1 and 0 for empty rows."""
    n = matrix.shape[0]
    target = np.full(n, -1, dtype=np.int64)
    value = np.zeros(n, dtype=float)
    lengths = np.diff(matrix.indptr)
    rows = np.flatnonzero(lengths > 0)
    if len(rows) == 0:
        return target, value
    starts = matrix.indptr[rows]
    value[rows] = np.maximum.reduceat(matrix.data, starts)
    owner = np.repeat(np.arange(n), lengths)
    candidate = np.where(matrix.data == value[owner], matrix.indices, np.iinfo(np.int64).max)
    target[rows] = np.minimum.reduceat(candidate, starts)
    return target, value


def _off_diagonal(matrix: sp.csr_matrix) -> sp.csr_matrix:
    off = matrix - sp.diags(matrix.diagonal(), format="csr")
    off = sp.csr_matrix(off)
    off.eliminate_zeros()
    off.sort_indices()
    return off


# ---------------------------------------------------------------------------------------------------------------------
# SCB's local labour markets


def scb_local_labour_markets(matrix: CommutingMatrix, max_out_share: float = 0.20, max_single_share: float = 0.075,
                             progress: Progress | None = None) -> RegionResult:
    """Local labour markets by SCB's rule.

    1. A zone is a centre when it has employed residents, at most `max_out_share` of them work in other zones, and
       no single flow to another zone exceeds `max_single_share` of them.
    2. Every other zone links to the zone that receives its largest outflow (a zone without employed residents to
       the zone that sends it the most commuters). Two non-centres whose links point at each other form a region
       together: the one with more jobs (then the lower code) is its centre ("mutual centre").
    3. A zone joins the centre its link reaches directly, or else the centre reached by its link's own link: at most
       two links. A zone that reaches no centre in two links is not carried further: it becomes a region of its own
       ("unlinked") and is named in a warning. A zone with no commuting at all stays a region of its own.
    """
    progress = progress or SilentProgress()
    n = len(matrix)
    residents, jobs = matrix.residents, matrix.jobs
    off = _off_diagonal(matrix.flows)
    out_commuters = np.asarray(off.sum(axis=1)).ravel()
    top_out, top_out_value = _first_max_per_row(off)
    top_in, _ = _first_max_per_row(sp.csr_matrix(off.T))
    out_share = _ratio(out_commuters, residents)
    largest_share = _ratio(top_out_value, residents)
    eps = 1e-12
    centre = (residents > 0) & (out_share <= max_out_share + eps) & (largest_share <= max_single_share + eps)
    link = np.where(residents > 0, top_out, top_in)
    link[centre] = -1
    silent = (residents == 0) & (jobs == 0)
    role = np.full(n, LINKED, dtype=object)
    role[centre] = CENTRE
    role[silent] = SILENT

    # Mutual pairs of non-centres: the one with more jobs (then the lower code) is the pair's centre.
    has_link = link >= 0
    partner = np.full(n, -1)
    partner[has_link] = link[link[has_link]]
    mutual = has_link & (partner == np.arange(n))
    other = np.where(mutual, link, 0)
    pair_centre = mutual & ((jobs > jobs[other]) | ((jobs == jobs[other]) & (np.arange(n) < other)))
    centre_set = centre | pair_centre | silent
    role[pair_centre] = MUTUAL

    region = np.where(centre_set, np.arange(n), -1)
    links = np.zeros(n, dtype=np.int64)
    pending = np.flatnonzero(~centre_set)
    first = link[pending]
    direct = centre_set[first]
    region[pending[direct]] = first[direct]
    links[pending[direct]] = 1
    second_from = pending[~direct]
    second = link[first[~direct]]
    reached = (second >= 0) & centre_set[np.maximum(second, 0)]
    region[second_from[reached]] = second[reached]
    links[second_from[reached]] = 2
    unlinked = second_from[~reached]
    region[unlinked] = unlinked
    role[unlinked] = UNLINKED
    if len(unlinked):
        progress.warning(Message(translatable("{0} zone(s) reach no centre within two links and form regions of their own: {1}."),
                                 len(unlinked), _zone_list(matrix, unlinked)))
    # Region numbers in the order of their centres' codes.
    labels = np.unique(region, return_inverse=True)[1]
    centres = np.unique(region)
    zones = _zone_frame(matrix, labels, centres, role, links, link, out_share, largest_share)
    regions = _region_frame(matrix, labels, centres, None)
    result = RegionResult(SCB, zones, regions, quality_summary(matrix, labels), labels)
    progress.set_progress(100.0)
    return result


# ---------------------------------------------------------------------------------------------------------------------
# Travel-to-work areas


class _Clusters:
    """Mutable clusters of zones with their totals, for the iterative TTWA algorithm."""

    def __init__(self, matrix: CommutingMatrix) -> None:
        n = len(matrix)
        flows = matrix.flows
        self.rows = flows
        self.cols = sp.csr_matrix(flows.T)
        self.residents = matrix.residents
        self.jobs = matrix.jobs
        self.own = matrix.internal
        self.label = np.arange(n)
        self.alive = np.ones(n, dtype=bool)
        self.c_res = self.residents.copy()
        self.c_jobs = self.jobs.copy()
        self.c_int = self.own.copy()

    def linkage(self, zone: int) -> tuple[int, float, float, float]:
        """The live cluster with the highest Smart linkage to the zone: T_zc^2/(R_z W_c) + T_cz^2/(R_c W_z).

        Returns (cluster, linkage, T_zc, T_cz); cluster -1 when the zone has no flow with any cluster."""
        out_start, out_end = self.rows.indptr[zone], self.rows.indptr[zone + 1]
        in_start, in_end = self.cols.indptr[zone], self.cols.indptr[zone + 1]
        out_to = self.rows.indices[out_start:out_end]
        in_from = self.cols.indices[in_start:in_end]
        out_label = self.label[out_to]
        in_label = self.label[in_from]
        out_keep = (out_label >= 0) & (out_to != zone)
        in_keep = (in_label >= 0) & (in_from != zone)
        if not out_keep.any() and not in_keep.any():
            return -1, 0.0, 0.0, 0.0
        candidates, inverse = np.unique(np.concatenate([out_label[out_keep], in_label[in_keep]]), return_inverse=True)
        k = len(candidates)
        count_out = out_keep.sum()
        t_zc = np.bincount(inverse[:count_out], weights=self.rows.data[out_start:out_end][out_keep], minlength=k)
        t_cz = np.bincount(inverse[count_out:], weights=self.cols.data[in_start:in_end][in_keep], minlength=k)
        r_z, w_z = self.residents[zone], self.jobs[zone]
        denominator_out = r_z * self.c_jobs[candidates]
        denominator_in = self.c_res[candidates] * w_z
        value = _ratio(t_zc ** 2, denominator_out) + _ratio(t_cz ** 2, denominator_in)
        best = int(np.argmax(value))
        if value[best] <= 0:
            return -1, 0.0, 0.0, 0.0
        return int(candidates[best]), float(value[best]), float(t_zc[best]), float(t_cz[best])

    def assign(self, zone: int, cluster: int, t_zc: float, t_cz: float) -> None:
        self.label[zone] = cluster
        self.c_res[cluster] += self.residents[zone]
        self.c_jobs[cluster] += self.jobs[zone]
        self.c_int[cluster] += t_zc + t_cz + self.own[zone]

    def dissolve(self, cluster: int) -> np.ndarray:
        members = np.flatnonzero(self.label == cluster)
        self.label[members] = -1
        self.alive[cluster] = False
        self.c_res[cluster] = self.c_jobs[cluster] = self.c_int[cluster] = 0.0
        return members

    def new_cluster(self, members: np.ndarray) -> int:
        """Revive the first member's slot as a cluster of the given zones (for reserve zones left over)."""
        cluster = int(members.min())
        self.alive[cluster] = True
        self.label[members] = cluster
        sub = self.rows[members][:, members]
        self.c_res[cluster] = self.residents[members].sum()
        self.c_jobs[cluster] = self.jobs[members].sum()
        self.c_int[cluster] = sub.sum()
        return cluster

    def validity(self, parameters: TtwaParameters) -> tuple[np.ndarray, np.ndarray]:
        value = validity(self.c_res, _ratio(self.c_int, self.c_res), _ratio(self.c_int, self.c_jobs), parameters)
        return value, is_valid(self.c_res, value, parameters)


def travel_to_work_areas(matrix: CommutingMatrix, parameters: TtwaParameters = TtwaParameters(),
                         progress: Progress | None = None, max_rounds: int = 5) -> RegionResult:
    """Travel-to-work areas by the iterative algorithm of Coombes & Bond (2008) as Istat implements it
    (Franconi, D'Alò & Ichim 2016; R package LabourMarketAreas, findClusters).

    Every zone starts as a cluster of its own. While some cluster is invalid (see `validity`), the invalid cluster
    with the lowest validity (then the lowest code) is dissolved and its zones, one at a time in code order, join
    the live cluster with the highest Smart linkage T_zc^2/(R_z W_c) + T_cz^2/(R_c W_z); a zone with no flow to any
    live cluster goes to the reserve list. When no cluster is invalid, the reserve zones join the cluster of highest
    linkage (repeated while any can); if that leaves a cluster invalid, the loop starts again (at most `max_rounds`
    rounds). Reserve zones with no link to any cluster at the very end form clusters of their own (one per group of
    zones connected by flows), and zones with no commuting at all stay alone; both are named in a warning.
    """
    parameters.check()
    progress = progress or SilentProgress()
    n = len(matrix)
    clusters = _Clusters(matrix)
    silent = (matrix.residents == 0) & (matrix.jobs == 0)
    clusters.alive[silent] = False
    clusters.label[silent] = -2
    role = np.full(n, MEMBER, dtype=object)
    role[silent] = SILENT
    reserve: list[int] = []
    ever_reserve = np.zeros(n, dtype=bool)
    start_count = int(clusters.alive.sum())
    dissolved = 0
    for _ in range(max_rounds):
        while True:
            value, valid = clusters.validity(parameters)
            live = clusters.alive
            invalid = live & ~valid
            if not invalid.any() or live.sum() <= 1:
                break
            worst = int(np.flatnonzero(invalid)[np.argmin(value[invalid])])
            for zone in clusters.dissolve(worst):
                target, _, t_zc, t_cz = clusters.linkage(int(zone))
                if target < 0:
                    reserve.append(int(zone))
                    ever_reserve[zone] = True
                else:
                    clusters.assign(int(zone), target, t_zc, t_cz)
            dissolved += 1
            if dissolved % 50 == 0:
                check_cancelled(progress)
                progress.set_progress(min(95.0, 95.0 * dissolved / max(start_count, 1)))
        # The reserve list: zones join the best cluster once there is one; repeat while any can.
        changed = True
        while reserve and changed:
            changed = False
            for zone in sorted(reserve):
                target, _, t_zc, t_cz = clusters.linkage(zone)
                if target >= 0:
                    clusters.assign(zone, target, t_zc, t_cz)
                    reserve.remove(zone)
                    changed = True
        value, valid = clusters.validity(parameters)
        if not reserve and not (clusters.alive & ~valid).any():
            break
        if not (clusters.alive & ~valid).any() or clusters.alive.sum() <= 1:
            break
    role[ever_reserve] = RESERVE_ASSIGNED
    messages = []
    if reserve:
        left = np.array(sorted(reserve))
        graph = matrix.flows[left][:, left]
        count, component = connected_components(graph, directed=True, connection="weak")
        for k in range(count):
            clusters.new_cluster(left[component == k])
        role[left] = RESERVE_LEFT
        message = Message(translatable("{0} zone(s) on the reserve list have no commuting with any region and form {1} region(s) "
                                       "of their own: {2}."), len(left), count, _zone_list(matrix, left))
        progress.warning(message)
        messages.append(str(message))
    # Zones with no commuting at all: each its own region.
    for zone in np.flatnonzero(silent):
        clusters.label[zone] = zone
        clusters.alive[zone] = True
    value, valid = clusters.validity(parameters)
    still_invalid = np.flatnonzero(clusters.alive & ~valid & ~silent)
    if len(still_invalid):
        message = Message(translatable("{0} region(s) do not meet the validity condition: {1}."), len(still_invalid),
                          _zone_list(matrix, still_invalid))
        progress.warning(message)
        messages.append(str(message))
    result = _ttwa_result(matrix, clusters.label, role, parameters)
    result.messages += messages
    progress.set_progress(100.0)
    return result


def _ttwa_result(matrix: CommutingMatrix, raw_labels: np.ndarray, role: np.ndarray, parameters: TtwaParameters) -> RegionResult:
    labels = np.unique(raw_labels, return_inverse=True)[1]
    count = int(labels.max()) + 1
    # The centre of an area is its zone with the most jobs (then the lowest code).
    order = np.lexsort((np.arange(len(labels)), -matrix.jobs, labels))
    first = np.ones(len(order), dtype=bool)
    first[1:] = labels[order][1:] != labels[order][:-1]
    centres = np.empty(count, dtype=np.int64)
    centres[labels[order][first]] = order[first]
    # Renumber regions in the order of their centres' codes.
    rank = np.argsort(np.argsort(centres))
    labels = rank[labels]
    centres = np.sort(centres)
    links = np.zeros(len(labels), dtype=np.int64)
    linked_to = np.full(len(labels), -1)
    zones = _zone_frame(matrix, labels, centres, role, links, linked_to, None, None)
    zones.loc[np.asarray(centres), "role"] = np.where(zones.loc[np.asarray(centres), "role"] == MEMBER, CENTRE,
                                                      zones.loc[np.asarray(centres), "role"])
    regions = _region_frame(matrix, labels, centres, parameters)
    return RegionResult(TTWA, zones, regions, quality_summary(matrix, labels), labels)


# ---------------------------------------------------------------------------------------------------------------------
# Contiguity


def zone_adjacency(geometries: np.ndarray) -> sp.csr_matrix:
    """Zones that share a stretch of border (a corner alone does not count) or overlap, as a symmetric sparse matrix."""
    geometries = np.asarray(geometries, dtype=object)
    n = len(geometries)
    tree = shapely.STRtree(geometries)
    left, right = tree.query(geometries, predicate="intersects")
    keep = left < right
    left, right = left[keep], right[keep]
    shared = shapely.relate_pattern(geometries[left], geometries[right], "****1****") | \
        shapely.relate_pattern(geometries[left], geometries[right], "2********")
    left, right = left[shared], right[shared]
    data = np.ones(2 * len(left))
    return sp.csr_matrix((data, (np.concatenate([left, right]), np.concatenate([right, left]))), shape=(n, n))


def make_contiguous(result: RegionResult, matrix: CommutingMatrix, adjacency: sp.csr_matrix,
                    parameters: TtwaParameters | None = None, progress: Progress | None = None, max_passes: int = 50) -> RegionResult:
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
        frame = pd.DataFrame({"region": labels, "piece": piece, "residents": residents, "centre": is_centre,
                              "zone": np.arange(n)})
        pieces = frame.groupby(["region", "piece"], sort=True).agg(residents=("residents", "sum"), centre=("centre", "max"),
                                                                   first=("zone", "min")).reset_index()
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
            t_kr = np.bincount(labels[flows[members].tocoo().col], weights=flows[members].tocoo().data, minlength=r_count)[candidates]
            column = sp.csr_matrix(flows[:, members]).tocoo()
            t_rk = np.bincount(labels[column.row], weights=column.data, minlength=r_count)[candidates]
            r_k, w_k = residents[members].sum(), jobs[members].sum()
            link = _ratio(t_kr ** 2, r_k * reg_jobs[candidates]) + _ratio(t_rk ** 2, reg_res[candidates] * w_k)
            best = np.lexsort((candidates, -border, -link))[0]
            new_labels[members] = candidates[best]
            moved[members] = True
        if np.array_equal(new_labels, labels):
            break
        labels = new_labels
    if islands:
        progress.warning(Message(translatable("{0} part(s) of regions have no neighbouring zone in another region (islands) and stay "
                                              "where they are."), len(islands)))
    if moved.any():
        progress.info(Message(translatable("{0} zone(s) moved to a neighbouring region so that every region is one piece: {1}."),
                              int(moved.sum()), _zone_list(matrix, np.flatnonzero(moved))))
    role = result.zones["role"].to_numpy(dtype=object).copy()
    role[moved & (role != CENTRE)] = CONTIGUITY_MOVED
    if result.method == TTWA:
        fixed = _ttwa_result(matrix, labels, np.where(role == CENTRE, MEMBER, role), parameters or TtwaParameters())
    else:
        # SCB regions keep their centres (a centre's piece is always its region's main part).
        zones = result.zones.copy()
        zones["role"] = role
        zones["region_code"] = matrix.codes[centres[labels]]
        zones["region_name"] = matrix.names[centres[labels]]
        regions = _region_frame(matrix, labels, centres, None)
        fixed = RegionResult(SCB, zones, regions, quality_summary(matrix, labels), labels)
    fixed.messages = result.messages
    return fixed


# ---------------------------------------------------------------------------------------------------------------------
# Frames


def _zone_list(matrix: CommutingMatrix, rows: np.ndarray, limit: int = 10) -> str:
    rows = [int(r) for r in rows]
    labels = [f"{matrix.names[r]} ({matrix.codes[r]})" if str(matrix.names[r]) != str(matrix.codes[r]) else str(matrix.codes[r])
              for r in rows[:limit]]
    return ", ".join(labels) + (" …" if len(rows) > limit else "")


def _zone_frame(matrix, labels, centres, role, links, link, out_share, largest_share) -> pd.DataFrame:
    n = len(matrix)
    residents, jobs = matrix.residents, matrix.jobs
    if out_share is None:
        off_out = residents - matrix.internal
        out_share = _ratio(off_out, residents)
        off = _off_diagonal(matrix.flows)
        _, top_value = _first_max_per_row(off)
        largest_share = _ratio(top_value, residents)
    centre_of = centres[labels]
    return pd.DataFrame({
        "code": matrix.codes,
        "name": matrix.names,
        "region_code": matrix.codes[centre_of],
        "region_name": matrix.names[centre_of],
        "role": role,
        "links": np.asarray(links, dtype=np.int64),
        "linked_to": np.where(np.asarray(link) >= 0, matrix.codes[np.maximum(link, 0)], None) if n else [],
        "residents": residents,
        "jobs": jobs,
        "internal": matrix.internal,
        "out_share": out_share,
        "largest_out_share": largest_share,
    }, columns=ZONE_COLUMNS)


def _region_frame(matrix, labels, centres, parameters: TtwaParameters | None) -> pd.DataFrame:
    count = len(centres)
    residents, jobs, internal = region_totals(matrix, labels, count)
    sc_s, sc_d = _ratio(internal, residents), _ratio(internal, jobs)
    p = parameters or TtwaParameters()
    value = validity(residents, sc_s, sc_d, p)
    return pd.DataFrame({
        "region_code": matrix.codes[centres],
        "region_name": matrix.names[centres],
        "centre_code": matrix.codes[centres],
        "centre_name": matrix.names[centres],
        "zones": np.bincount(labels, minlength=count).astype(np.int64),
        "residents": residents,
        "jobs": jobs,
        "internal": internal,
        "sc_supply": sc_s,
        "sc_demand": sc_d,
        "validity": value if parameters is not None else np.full(count, np.nan),
        "valid": is_valid(residents, value, p).astype(np.int64) if parameters is not None else np.full(count, -1, dtype=np.int64),
    }, columns=REGION_COLUMNS)


def dissolve_regions(geometries: np.ndarray, labels: np.ndarray, count: int) -> np.ndarray:
    """One (multi)polygon per region: the union of its zones."""
    geometries = np.asarray(geometries, dtype=object)
    order = np.argsort(labels, kind="stable")
    bounds = np.searchsorted(labels[order], np.arange(count + 1))
    return np.array([shapely.union_all(geometries[order[bounds[k]:bounds[k + 1]]]) for k in range(count)], dtype=object)
