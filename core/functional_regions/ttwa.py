"""Travel-to-work areas: the iterative algorithm of Coombes & Bond (2008) as Istat's LabourMarketAreas implements it,
in the package's compatibility mode or as published."""

from __future__ import annotations

import numpy as np
import pandas as pd
from scipy.sparse.csgraph import connected_components

from ..commuting import CommutingMatrix
from ..messages import Message, translatable
from ..progress import Progress, SilentProgress, check_cancelled
from .clusters import Clusters
from .frames import region_frame, zone_frame, zone_list
from .measures import quality_summary
from .model import (
    CENTRE,
    DEFAULT_PARAMETERS,
    ISTAT_PACKAGE,
    MEMBER,
    PUBLISHED,
    RESERVE_ASSIGNED,
    RESERVE_LEFT,
    SET_ASIDE,
    SILENT,
    TTWA,
    RegionResult,
    TtwaParameters,
)


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
    parameters: TtwaParameters = DEFAULT_PARAMETERS,
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
            zone_list(matrix, np.flatnonzero(some_commuting)),
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
    result = ttwa_result(matrix, raw, role, parameters)
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
    clusters = Clusters(matrix, parameters)
    reserve_label = Clusters.RESERVE_LABEL
    silent = (matrix.residents == 0) & (matrix.jobs == 0)
    clusters.alive[silent] = False
    clusters.label[silent] = Clusters.SILENT_LABEL
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
                clusters.label[rest] = Clusters.WAITING_LABEL  # out of every cluster while they wait their turn
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
            zone_list(matrix, left),
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
            zone_list(matrix, still_invalid),
        )
        progress.warning(message)
        messages.append(str(message))
    result = ttwa_result(matrix, clusters.label, role, parameters)
    result.messages += messages
    result.summary["iterations"] = float(iterations)
    progress.set_progress(100.0)
    return result


def ttwa_result(
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
    zones = zone_frame(matrix, labels, centres, role, links, linked_to, None, None)
    zones.loc[np.asarray(centres), "role"] = np.where(
        zones.loc[np.asarray(centres), "role"] == MEMBER, CENTRE, zones.loc[np.asarray(centres), "role"]
    )
    regions = region_frame(matrix, labels, centres, parameters)
    return RegionResult(TTWA, zones, regions, quality_summary(matrix, labels), labels)
