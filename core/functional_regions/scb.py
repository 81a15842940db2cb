"""SCB's local labour markets: centres by their out-commuting, other zones linked to a centre in at most two links."""

from __future__ import annotations

import numpy as np
import scipy.sparse as sp

from ..commuting import CommutingMatrix
from ..messages import Message, translatable
from ..progress import Progress, SilentProgress
from .frames import region_frame, zone_frame, zone_list
from .measures import first_max_per_row, off_diagonal, quality_summary, ratio
from .model import CENTRE, LINKED, MUTUAL, SCB, SILENT, UNLINKED, RegionResult


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
    off = off_diagonal(matrix.flows)
    out_commuters = np.asarray(off.sum(axis=1)).ravel()
    top_out, top_out_value = first_max_per_row(off)
    top_in, _ = first_max_per_row(sp.csr_matrix(off.T))
    out_share = ratio(out_commuters, residents)
    largest_share = ratio(top_out_value, residents)
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
                zone_list(matrix, unlinked),
            )
        )
    # Region numbers in the order of their centres' codes.
    labels = np.unique(region, return_inverse=True)[1]
    centres = np.unique(region)
    zones = zone_frame(matrix, labels, centres, role, links, link, out_share, largest_share)
    regions = region_frame(matrix, labels, centres, None)
    result = RegionResult(SCB, zones, regions, quality_summary(matrix, labels), labels)
    progress.set_progress(100.0)
    return result
