"""Measures of regions and partitions: the Coombes & Bond validity, region totals, modularity and the quality summary,
with the small sparse-matrix helpers both methods use.

Notation (see core/labour_markets.py): T_ij commuters living in i and working in j, R residents, W jobs, SC_s and
SC_d the supply- and demand-side self-containment of an area.
"""

from __future__ import annotations

import numpy as np
import scipy.sparse as sp

from ..commuting import CommutingMatrix
from .model import TtwaParameters


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


def ratio(numerator: np.ndarray, denominator: np.ndarray) -> np.ndarray:
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


def first_max_per_row(matrix: sp.csr_matrix) -> tuple[np.ndarray, np.ndarray]:
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


def off_diagonal(matrix: sp.csr_matrix) -> sp.csr_matrix:
    off = matrix - sp.diags(matrix.diagonal(), format="csr")
    off = sp.csr_matrix(off)
    off.eliminate_zeros()
    off.sort_indices()
    return off
