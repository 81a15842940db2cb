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
SET_ASIDE = "set aside: only residents or only jobs"

# How travel-to-work areas treat the reserve list and zones without two-way commuting (see travel_to_work_areas).
ISTAT_PACKAGE, PUBLISHED = "istat_package", "published"

ZONE_COLUMNS = [
    "code",
    "name",
    "region_code",
    "region_name",
    "role",
    "links",
    "linked_to",
    "residents",
    "jobs",
    "internal",
    "out_share",
    "largest_out_share",
]
REGION_COLUMNS = [
    "region_code",
    "region_name",
    "centre_code",
    "centre_name",
    "zones",
    "residents",
    "jobs",
    "internal",
    "sc_supply",
    "sc_demand",
    "validity",
    "valid",
]


@dataclass(frozen=True)
class TtwaParameters:
    """The four parameters of the Coombes & Bond validity function; defaults as in Istat's LabourMarketAreas examples."""

    min_size: float = 1000.0
    min_sc: float = 0.6667
    target_size: float = 10000.0
    target_sc: float = 0.75

    def check(self) -> None:
        if not (0 <= self.min_size < self.target_size):
            raise ValueError(
                Message(
                    translatable("The minimum size ({0}) must be at least 0 and below the target size ({1})."),
                    self.min_size,
                    self.target_size,
                )
            )
        if not (0 < self.min_sc <= self.target_sc <= 1):
            raise ValueError(
                Message(
                    translatable("Self-containment must satisfy 0 < minimum ({0}) ≤ target ({1}) ≤ 1."),
                    self.min_sc,
                    self.target_sc,
                )
            )


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
    """The Coombes & Bond validity as Istat's LabourMarketAreas computes it (getLeastSelfContained), 1 the threshold:

        Y = min(min(SC_s, SC_d) / tarSC, 1)                          (the self-containment term, capped at 1)
        Z = 1 - (1 - minSC/tarSC) * max((tarSZ - size)/(tarSZ - minSZ), 0)
        validity = Y * Z * tarSC/minSC, and 1 for an area with min(SC_s, SC_d) = 1 (fully self-contained)

    An area is valid when its validity is at least 1. On the trade-off line: at size tarSZ or more an area needs
    self-containment minSC, at size minSZ it needs tarSC, linearly in between; below minSZ no area is valid unless
    it is fully self-contained (Z < minSC/tarSC there, and Y is at most 1).
    """
    p = parameters
    size = np.asarray(size, dtype=float)
    sc = np.minimum(np.asarray(sc_supply, dtype=float), np.asarray(sc_demand, dtype=float))
    y = np.minimum(sc / p.target_sc, 1.0)
    z = 1.0 - (1.0 - p.min_sc / p.target_sc) * np.maximum((p.target_size - size) / (p.target_size - p.min_size), 0.0)
    value = y * z * (p.target_sc / p.min_sc)
    return np.where(sc >= 1.0 - 1e-12, 1.0, value)


def is_valid(value: np.ndarray) -> np.ndarray:
    """Valid under the validity function: at least 1 (a rounding margin of 1e-9)."""
    return np.asarray(value) >= 1.0 - 1e-9


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
    return float(internal.sum() / total - (residents * jobs).sum() / total**2)


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


def scb_local_labour_markets(
    matrix: CommutingMatrix,
    max_out_share: float = 0.20,
    max_single_share: float = 0.075,
    progress: Progress | None = None,
) -> RegionResult:
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
    if n and not centre.any():
        progress.warning(
            Message(
                translatable(
                    "No zone is a centre: in every zone, more of the employed residents work in other "
                    "zones, or more in one other zone, than the thresholds allow. SCB's rule is made "
                    "for municipalities; for small zones such as DeSO or RegSO use travel-to-work "
                    "areas."
                )
            )
        )
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
        progress.warning(
            Message(
                translatable("{0} zone(s) reach no centre within two links and form regions of their own: {1}."),
                len(unlinked),
                _zone_list(matrix, unlinked),
            )
        )
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
    """Clusters of zones with their totals, changed one zone at a time, for the iterative TTWA algorithm.

    A cluster is numbered by the zone it started from (zones are in code order). label[z] is the cluster of zone z,
    RESERVE_LABEL while z is on the reserve list, SILENT_LABEL for a zone with no commuting (left out)."""

    RESERVE_LABEL, SILENT_LABEL, WAITING_LABEL = -1, -2, -3  # WAITING: taken out of a cluster, awaiting its turn

    def __init__(self, matrix: CommutingMatrix, parameters: TtwaParameters) -> None:
        n = len(matrix)
        self.parameters = parameters
        self.rows = matrix.flows
        self.cols = sp.csr_matrix(matrix.flows.T)
        self.residents = matrix.residents
        self.jobs = matrix.jobs
        self.own = matrix.internal
        self.label = np.arange(n)
        self.alive = np.ones(n, dtype=bool)
        self.c_res = self.residents.copy()
        self.c_jobs = self.jobs.copy()
        self.c_int = self.own.copy()

    def members(self, cluster: int) -> np.ndarray:
        return np.flatnonzero(self.label == cluster)

    def values(self) -> np.ndarray:
        """The validity of every cluster (infinite for slots that hold no cluster)."""
        value = validity(self.c_res, _ratio(self.c_int, self.c_res), _ratio(self.c_int, self.c_jobs), self.parameters)
        return np.where(self.alive, value, np.inf)

    def value_of(self, residents: float, jobs: float, internal: float) -> float:
        sc_s = internal / residents if residents > 0 else 0.0
        sc_d = internal / jobs if jobs > 0 else 0.0
        return float(validity(np.array([residents]), np.array([sc_s]), np.array([sc_d]), self.parameters)[0])

    def flows_with_clusters(self, zone: int) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
        """The clusters a zone has flows with (other than through itself), with T_zc (out) and T_cz (in)."""
        out_start, out_end = self.rows.indptr[zone], self.rows.indptr[zone + 1]
        in_start, in_end = self.cols.indptr[zone], self.cols.indptr[zone + 1]
        out_to = self.rows.indices[out_start:out_end]
        in_from = self.cols.indices[in_start:in_end]
        out_label = self.label[out_to]
        in_label = self.label[in_from]
        out_keep = (out_label >= 0) & (out_to != zone)
        in_keep = (in_label >= 0) & (in_from != zone)
        if not out_keep.any() and not in_keep.any():
            empty = np.zeros(0)
            return empty.astype(np.int64), empty, empty
        clusters, inverse = np.unique(np.concatenate([out_label[out_keep], in_label[in_keep]]), return_inverse=True)
        count_out = int(out_keep.sum())
        t_zc = np.bincount(
            inverse[:count_out], weights=self.rows.data[out_start:out_end][out_keep], minlength=len(clusters)
        )
        t_cz = np.bincount(
            inverse[count_out:], weights=self.cols.data[in_start:in_end][in_keep], minlength=len(clusters)
        )
        return clusters, t_zc, t_cz

    def best_cluster(self, zone: int, exclude: int = -1) -> tuple[int, float, float]:
        """The cluster (other than `exclude`) with the highest Smart linkage to the zone,
        T_zc^2/(R_z W_c) + T_cz^2/(R_c W_z), the lowest number on ties; (-1, 0, 0) when it has none."""
        clusters, t_zc, t_cz = self.flows_with_clusters(zone)
        keep = clusters != exclude
        clusters, t_zc, t_cz = clusters[keep], t_zc[keep], t_cz[keep]
        if len(clusters) == 0:
            return -1, 0.0, 0.0
        r_z, w_z = self.residents[zone], self.jobs[zone]
        value = _ratio(t_zc**2, r_z * self.c_jobs[clusters]) + _ratio(t_cz**2, self.c_res[clusters] * w_z)
        best = int(np.argmax(value))
        if value[best] <= 0:
            return -1, 0.0, 0.0
        return int(clusters[best]), float(t_zc[best]), float(t_cz[best])

    def take_out(self, zone: int, label: int) -> None:
        """Take a zone out of its cluster (the cluster ends when it was its last zone) and label it `label`."""
        cluster = int(self.label[zone])
        if cluster >= 0:
            clusters, t_zc, t_cz = self.flows_with_clusters(zone)
            inside = clusters == cluster
            self.c_res[cluster] -= self.residents[zone]
            self.c_jobs[cluster] -= self.jobs[zone]
            self.c_int[cluster] -= float(t_zc[inside].sum() + t_cz[inside].sum()) + self.own[zone]
            if not (self.label == cluster).sum() > 1:
                self.alive[cluster] = False
                self.c_res[cluster] = self.c_jobs[cluster] = self.c_int[cluster] = 0.0
        self.label[zone] = label

    def validity_if_joined(self, zone: int, cluster: int, t_zc: float, t_cz: float) -> float:
        return self.value_of(
            self.c_res[cluster] + self.residents[zone],
            self.c_jobs[cluster] + self.jobs[zone],
            self.c_int[cluster] + t_zc + t_cz + self.own[zone],
        )

    def join(self, zone: int, cluster: int, t_zc: float, t_cz: float) -> None:
        """Put a zone that is in no cluster into one."""
        self.label[zone] = cluster
        self.c_res[cluster] += self.residents[zone]
        self.c_jobs[cluster] += self.jobs[zone]
        self.c_int[cluster] += t_zc + t_cz + self.own[zone]

    def regroup_order(self, members: np.ndarray) -> np.ndarray:
        """The zones of a cluster in the order Istat reassigns them: by commuters coming from outside the cluster to work
        in the zone, plus the zone's employed residents working in other zones, the largest first (then by code)."""
        inside = np.zeros(len(self.label), dtype=bool)
        inside[members] = True
        from_outside = self.cols[members] @ (~inside).astype(float)
        key = from_outside + self.residents[members] - self.own[members]
        return members[np.lexsort((members, -key))]

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


def package_set_aside(matrix: CommutingMatrix) -> np.ndarray:
    """The zones findClusters sets aside before it starts (its `zero.list`), as a boolean mask.

    Repeated until none is left: a zone with no employed residents, or no jobs, or whose only flow is its own
    (everyone living there works there and no one else does) is taken out with all its flows; taking it out can leave
    another zone with no residents or no jobs, which goes in the next round."""
    n = len(matrix)
    keep = np.ones(n, dtype=bool)
    while True:
        index = np.flatnonzero(keep)
        sub = matrix.flows[index][:, index]
        residents = np.asarray(sub.sum(axis=1)).ravel()
        jobs = np.asarray(sub.sum(axis=0)).ravel()
        own = sub.diagonal()
        zero = (residents <= 0) | (jobs <= 0) | ((own == residents) & (own == jobs))
        if not zero.any():
            return ~keep
        keep[index[zero]] = False


def travel_to_work_areas(
    matrix: CommutingMatrix,
    parameters: TtwaParameters = TtwaParameters(),
    progress: Progress | None = None,
    max_iterations: int | None = None,
    compatibility: str = ISTAT_PACKAGE,
) -> RegionResult:
    """Travel-to-work areas by the iterative algorithm of Coombes & Bond (2008) as Istat implements it in the R package
    LabourMarketAreas, function findClusters (Franconi, D'Alò & Ichim 2016).

    Every zone starts as a cluster of its own. Each iteration takes the cluster with the lowest validity (see
    `validity`; then the lowest code); when it is valid (>= 1), the algorithm has converged. Otherwise:

    - a cluster of one zone is dissolved: the zone joins the cluster with the highest Smart linkage
      T_zc^2/(R_z W_c) + T_cz^2/(R_c W_z) if that does not lower that cluster's validity; if it would, or the zone has
      no flow with any cluster, the zone goes to the reserve list;
    - a cluster of several zones gives up one zone, the first in Istat's order (commuters from outside the cluster
      working in the zone + the zone's employed residents - those working in their own zone; the largest first, then
      by code): it joins its best other cluster if that does not lower that cluster's validity, otherwise it goes to
      the reserve list; the rest of the cluster stays together. When that zone has no flow with any other cluster,
      it goes to the reserve list and the cluster's other zones are taken out one at a time in the same order, each
      joining its best cluster under the same condition or going to the reserve list.

    The iteration runs until no cluster is invalid, or until it would return to a state it has already been in (it
    would then go round for ever; named in a warning), or until `max_iterations` (default 50 per zone). Then the
    reserve zones join, in code order (descending or ascending, see `compatibility`), the cluster with the highest
    linkage, repeated while any can (no validity condition, as in findClusters). Reserve zones with no flow with any cluster form clusters of their own (one per
    group of zones connected by flows), and zones with no commuting at all stay alone; both are named in a warning, as
    is any region that is not valid at the end.

    `compatibility` chooses between two readings of the algorithm:

    - ISTAT_PACKAGE (the default), as findClusters in LabourMarketAreas 3.4 does it, so that results can be compared with
      Istat's and Eurostat's published areas: zones with only residents or only jobs (and zones whose only flow is their
      own) are set aside before the iteration with all their flows (`package_set_aside`; each stays a region of its own,
      role SET_ASIDE, named in a warning), and the reserve list is assigned in descending code order (the package
      numbers reserve zones -1..-k in code order and processes them sorted, -k first);
    - PUBLISHED: every zone with commuting takes part and the reserve list is assigned in ascending code order.

    Neither reproduces the package's defect: after a cluster gives up a zone, findClusters renumbers the cluster's
    remaining zones after it has summed its tables by cluster, so that cluster's validity in the next iteration is
    computed from unsummed rows (in Istat's Sardinia data, 0.0042 instead of 0.8916 in iteration 308). Samplan computes
    it from the summed tables in both modes; the docs name where that changes a result.
    """
    parameters.check()
    if compatibility not in (ISTAT_PACKAGE, PUBLISHED):
        raise ValueError(f"unknown compatibility {compatibility!r}")
    progress = progress or SilentProgress()
    if compatibility == PUBLISHED:
        return _travel_to_work_areas(matrix, parameters, progress, max_iterations, descending_reserve=False)
    aside = package_set_aside(matrix)
    if not aside.any():
        return _travel_to_work_areas(matrix, parameters, progress, max_iterations, descending_reserve=True)
    kept = np.flatnonzero(~aside)
    some_commuting = aside & ((matrix.residents > 0) | (matrix.jobs > 0))
    message = None
    if some_commuting.any():
        message = Message(
            translatable(
                "{0} zone(s) have only employed residents or only jobs among the zones (or commute only "
                "within themselves) and are set aside, each a region of its own, as Istat's package "
                "does: {1}."
            ),
            int(some_commuting.sum()),
            _zone_list(matrix, np.flatnonzero(some_commuting)),
        )
        progress.warning(message)
    sub = CommutingMatrix(matrix.codes[kept], matrix.names[kept], matrix.flows[kept][:, kept])
    inner = (
        _travel_to_work_areas(sub, parameters, progress, max_iterations, descending_reserve=True) if len(kept) else None
    )
    raw = np.arange(len(matrix))
    role = np.full(len(matrix), SET_ASIDE, dtype=object)
    role[(matrix.residents == 0) & (matrix.jobs == 0)] = SILENT
    if inner is not None:
        centre_index = kept[pd.Index(sub.codes).get_indexer(inner.regions["centre_code"])]
        raw[kept] = centre_index[inner.labels]
        role[kept] = inner.zones["role"].to_numpy(dtype=object)
        role[kept[role[kept] == CENTRE]] = MEMBER
    result = _ttwa_result(matrix, raw, role, parameters)
    result.messages = ([str(message)] if message is not None else []) + (inner.messages if inner is not None else [])
    result.summary["iterations"] = inner.summary["iterations"] if inner is not None else 0.0
    result.summary["set_aside"] = float(aside.sum())
    return result


def _travel_to_work_areas(
    matrix: CommutingMatrix,
    parameters: TtwaParameters,
    progress: Progress,
    max_iterations: int | None,
    descending_reserve: bool,
) -> RegionResult:
    n = len(matrix)
    clusters = _Clusters(matrix, parameters)
    reserve_label = _Clusters.RESERVE_LABEL
    silent = (matrix.residents == 0) & (matrix.jobs == 0)
    clusters.alive[silent] = False
    clusters.label[silent] = _Clusters.SILENT_LABEL
    role = np.full(n, MEMBER, dtype=object)
    role[silent] = SILENT
    ever_reserve = np.zeros(n, dtype=bool)
    limit = max_iterations if max_iterations is not None else 50 * n + 100
    seen: set[int] = set()
    messages: list[str] = []
    iterations = 0
    start_invalid = max(int((clusters.values() < 1.0 - 1e-9).sum()), 1)

    def to_reserve(zone: int) -> None:
        clusters.take_out(zone, reserve_label)
        ever_reserve[zone] = True

    def move_or_reserve(zone: int, exclude: int) -> None:
        """Move a zone (already out of its cluster, or to be taken out of `exclude`) to its best cluster if that does
        not lower the cluster's validity; otherwise to the reserve list."""
        target, t_zc, t_cz = clusters.best_cluster(zone, exclude)
        if target < 0:
            to_reserve(zone)
            return
        before = clusters.value_of(clusters.c_res[target], clusters.c_jobs[target], clusters.c_int[target])
        if clusters.validity_if_joined(zone, target, t_zc, t_cz) >= before - 1e-12:
            clusters.take_out(zone, reserve_label)
            clusters.join(zone, target, t_zc, t_cz)
        else:
            to_reserve(zone)

    while True:
        values = clusters.values()
        worst = int(np.argmin(values))
        if not np.isfinite(values[worst]) or values[worst] >= 1.0 - 1e-9:
            break
        state = hash(clusters.label.tobytes())
        if state in seen or iterations >= limit:
            message = Message(
                translatable(
                    "Travel-to-work areas: the iteration stopped after {0} steps without converging (it "
                    "would have repeated itself, or reached 50 steps per zone); the regions left "
                    "invalid are named in the next warning."
                ),
                iterations,
            )
            progress.warning(message)
            messages.append(str(message))
            break
        seen.add(state)
        iterations += 1
        members = clusters.members(worst)
        if len(members) == 1:
            move_or_reserve(int(members[0]), worst)
        else:
            order = clusters.regroup_order(members)
            first = int(order[0])
            if clusters.best_cluster(first, worst)[0] >= 0:
                move_or_reserve(first, worst)
            else:
                # No flow with any other cluster: the whole cluster is taken apart, zone by zone.
                to_reserve(first)
                rest = order[1:]
                clusters.label[rest] = _Clusters.WAITING_LABEL  # out of every cluster while they wait their turn
                clusters.alive[worst] = False
                clusters.c_res[worst] = clusters.c_jobs[worst] = clusters.c_int[worst] = 0.0
                for zone in rest:
                    clusters.label[zone] = reserve_label
                    move_or_reserve(int(zone), -1)
        if iterations % 50 == 0:
            check_cancelled(progress)
            remaining = int((values < 1.0 - 1e-9).sum())
            progress.set_progress(min(90.0, 90.0 * (1.0 - remaining / start_invalid)))
    # The reserve list: zones join the cluster of highest linkage, repeated while any can; in descending code order
    # as Istat's package does it, or ascending.
    check_cancelled(progress)
    changed = True
    while changed:
        changed = False
        waiting = np.flatnonzero(clusters.label == reserve_label)
        for zone in waiting[::-1] if descending_reserve else waiting:
            target, t_zc, t_cz = clusters.best_cluster(int(zone))
            if target >= 0:
                clusters.join(int(zone), target, t_zc, t_cz)
                changed = True
    role[ever_reserve] = RESERVE_ASSIGNED
    left = np.flatnonzero(clusters.label == reserve_label)
    if len(left):
        graph = matrix.flows[left][:, left]
        count, component = connected_components(graph, directed=True, connection="weak")
        for k in range(count):
            clusters.new_cluster(left[component == k])
        role[left] = RESERVE_LEFT
        message = Message(
            translatable(
                "{0} zone(s) on the reserve list have no commuting with any region and form {1} region(s) "
                "of their own: {2}."
            ),
            len(left),
            count,
            _zone_list(matrix, left),
        )
        progress.warning(message)
        messages.append(str(message))
    # Zones with no commuting at all: each its own region.
    for zone in np.flatnonzero(silent):
        clusters.label[zone] = zone
        clusters.alive[zone] = True
    values = clusters.values()
    still_invalid = np.flatnonzero(clusters.alive & (values < 1.0 - 1e-9) & ~silent)
    if len(still_invalid):
        message = Message(
            translatable("{0} region(s) do not meet the validity condition: {1}."),
            len(still_invalid),
            _zone_list(matrix, still_invalid),
        )
        progress.warning(message)
        messages.append(str(message))
    result = _ttwa_result(matrix, clusters.label, role, parameters)
    result.messages += messages
    result.summary["iterations"] = float(iterations)
    progress.set_progress(100.0)
    return result


def _ttwa_result(
    matrix: CommutingMatrix, raw_labels: np.ndarray, role: np.ndarray, parameters: TtwaParameters
) -> RegionResult:
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
    zones.loc[np.asarray(centres), "role"] = np.where(
        zones.loc[np.asarray(centres), "role"] == MEMBER, CENTRE, zones.loc[np.asarray(centres), "role"]
    )
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
            link = _ratio(t_kr**2, r_k * reg_jobs[candidates]) + _ratio(t_rk**2, reg_res[candidates] * w_k)
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
                _zone_list(matrix, np.flatnonzero(moved)),
            )
        )
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
    if "iterations" in result.summary:
        fixed.summary["iterations"] = result.summary["iterations"]
    return fixed


# ---------------------------------------------------------------------------------------------------------------------
# Frames


def _zone_list(matrix: CommutingMatrix, rows: np.ndarray, limit: int = 10) -> str:
    listed = [int(r) for r in rows]
    labels = [
        f"{matrix.names[r]} ({matrix.codes[r]})"
        if str(matrix.names[r]) != str(matrix.codes[r])
        else str(matrix.codes[r])
        for r in listed[:limit]
    ]
    return ", ".join(labels) + (" …" if len(listed) > limit else "")


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
    return pd.DataFrame(
        {
            "code": matrix.codes,
            "name": matrix.names,
            "region_code": matrix.codes[centre_of],
            "region_name": matrix.names[centre_of],
            "role": role,
            "links": np.asarray(links, dtype=np.int64),
            "linked_to": np.where(
                np.asarray(link) >= 0, matrix.codes[np.maximum(link, 0)], np.array(None, dtype=object)
            )
            if n
            else [],
            "residents": residents,
            "jobs": jobs,
            "internal": matrix.internal,
            "out_share": out_share,
            "largest_out_share": largest_share,
        },
        columns=ZONE_COLUMNS,
    )


def _region_frame(matrix, labels, centres, parameters: TtwaParameters | None) -> pd.DataFrame:
    count = len(centres)
    residents, jobs, internal = region_totals(matrix, labels, count)
    sc_s, sc_d = _ratio(internal, residents), _ratio(internal, jobs)
    p = parameters or TtwaParameters()
    value = validity(residents, sc_s, sc_d, p)
    return pd.DataFrame(
        {
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
            "valid": is_valid(value).astype(np.int64) if parameters is not None else np.full(count, -1, dtype=np.int64),
        },
        columns=REGION_COLUMNS,
    )


def dissolve_regions(geometries: np.ndarray, labels: np.ndarray, count: int) -> np.ndarray:
    """One (multi)polygon per region: the union of its zones."""
    geometries = np.asarray(geometries, dtype=object)
    order = np.argsort(labels, kind="stable")
    bounds = np.searchsorted(labels[order], np.arange(count + 1))
    return np.array(
        [shapely.union_all(geometries[order[bounds[k] : bounds[k + 1]]]) for k in range(count)], dtype=object
    )
