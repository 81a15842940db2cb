"""The clusters of the iterative travel-to-work-area algorithm with their running totals, changed one zone at a time."""

from __future__ import annotations

import numpy as np
import scipy.sparse as sp

from ..commuting import CommutingMatrix
from .measures import ratio, validity
from .model import TtwaParameters


class Clusters:
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
        value = validity(self.c_res, ratio(self.c_int, self.c_res), ratio(self.c_int, self.c_jobs), self.parameters)
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
        value = ratio(t_zc**2, r_z * self.c_jobs[clusters]) + ratio(t_cz**2, self.c_res[clusters] * w_z)
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
