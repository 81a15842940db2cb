"""Istat's R package LabourMarketAreas 3.4 (findClusters) run for real beside Samplan's travel-to-work areas.

Used by tests/core/test_labour_markets_istat.py and benchmarks/bench_functional_regions.py. R comes from Debian and the
package from ../shared/peers/LabourMarketAreas-3.4.tar.gz, both installed by scripts/setup-r.sh (into build/R-library);
`why_not_available()` says what is missing. Codes are handed to R as integers 1..k in Samplan's code order (the package
needs positive integers), so that both break ties by the same order.
"""

from __future__ import annotations

import os
import re
import shutil
import subprocess
import tarfile
import tempfile
from dataclasses import dataclass
from pathlib import Path

import numpy as np
import pandas as pd

REPOSITORY = Path(__file__).resolve().parent.parent
ARCHIVE = Path(
    os.environ.get("SAMPLAN_LMA_ARCHIVE", REPOSITORY.parent / "shared" / "peers" / "LabourMarketAreas-3.4.tar.gz")
)
LIBRARY = REPOSITORY / "build" / "R-library"
SCRIPT = Path(__file__).resolve().parent / "lma_findclusters.R"
SET_ASIDE, NOT_ASSIGNED = -1, 0

# The defect mended: after a cluster has given up one zone, findClusters gives the cluster's other zones back their
# cluster number but does not sum its tables by cluster again, so the next validity of that cluster is computed from
# unsummed rows. The patch adds that summing step right after the renumbering (the package does it everywhere else).
RENUMBERING = "        clusterData$marginals[cluster<0,cluster:=leastSelfContainedFULL[[1]][1,cluster]]\n"
SUMMING = (
    "        clusterData$marginals=clusterData$marginals[,list(amount_live=sum(amount_live),amount_work=sum(amount_work)),by=cluster]\n"
    "        clusterData$LWClus=clusterData$LWClus[,list(amount=sum(amount)),by=list(cluster_live,cluster_work)]\n"
)


def why_not_available() -> str | None:
    """None when R and the package can run; otherwise the reason."""
    if shutil.which("Rscript") is None:
        return "Rscript is not installed (scripts/setup-r.sh installs Debian's r-base-core)"
    if not ARCHIVE.is_file():
        return f"the package archive {ARCHIVE} is missing"
    if not (LIBRARY / "LabourMarketAreas" / "DESCRIPTION").is_file():
        return f"LabourMarketAreas is not installed in {LIBRARY} (run scripts/setup-r.sh)"
    return None


def _rscript(*args: str, timeout: float | None = None) -> str:
    env = dict(os.environ, SAMPLAN_R_LIBRARY=str(LIBRARY), LC_ALL="C")
    done = subprocess.run(
        ["Rscript", "--vanilla", str(SCRIPT), *args],
        capture_output=True,
        text=True,
        env=env,
        timeout=timeout,
        check=False,
    )
    if done.returncode != 0:
        raise RuntimeError(f"Rscript {SCRIPT.name} {' '.join(args[:1])} failed: {done.stderr[-2000:]}")
    return done.stdout


def istat_data(name: str) -> pd.DataFrame:
    """One of Istat's example tables shipped in the package (Brindisi, Sardinia, SardiniaGrid) as
    residence, workplace (text codes) and count."""
    with tempfile.TemporaryDirectory() as folder:
        out = Path(folder) / "data.csv"
        _rscript("data", name, str(out))
        frame = pd.read_csv(out, dtype={"community_live": str, "community_work": str})
    return pd.DataFrame(
        {
            "residence": frame["community_live"],
            "workplace": frame["community_work"],
            "count": frame["amount"].astype(float),
        }
    )


def mended_source(folder: Path) -> Path:
    """The package's R code with the one missing summing step added (see SUMMING), written to `folder`."""
    with tarfile.open(ARCHIVE) as archive:
        text = archive.extractfile("LabourMarketAreas/R/LabourMarketAreas.R").read().decode("utf-8")
    text = text.replace("\r\n", "\n")
    if text.count(RENUMBERING) != 1:
        raise RuntimeError("the renumbering line to mend was not found exactly once in the package's code")
    path = folder / "LabourMarketAreas-mended.R"
    path.write_text(text.replace(RENUMBERING, RENUMBERING + SUMMING), encoding="utf-8")
    return path


@dataclass
class PeerResult:
    clusters: dict[str, int]  # code -> cluster (> 0 an area, 0 never assigned, -1 set aside)
    seconds: float


def find_clusters(
    table: pd.DataFrame,
    parameters: tuple[float, float, float, float],
    mended: bool = False,
    timeout: float | None = None,
) -> PeerResult:
    """findClusters on a table of residence, workplace and count (text codes), with (minSZ, minSC, tarSZ, tarSC)."""
    table = table[table["count"] > 0]
    codes = np.array(sorted(set(table["residence"]) | set(table["workplace"])), dtype=object)
    number = pd.Series(np.arange(1, len(codes) + 1), index=codes)
    with tempfile.TemporaryDirectory() as folder:
        flows, out = Path(folder) / "flows.csv", Path(folder) / "clusters.csv"
        pd.DataFrame(
            {
                "community_live": number[table["residence"]].to_numpy(),
                "community_work": number[table["workplace"]].to_numpy(),
                "amount": table["count"].to_numpy(),
            }
        ).to_csv(flows, index=False)
        extra = [str(mended_source(Path(folder)))] if mended else []
        stdout = _rscript("run", str(flows), str(out), *(repr(float(v)) for v in parameters), *extra, timeout=timeout)
        frame = pd.read_csv(out)
    seconds = float(re.findall(r"seconds=([0-9.]+)", stdout)[-1])
    return PeerResult({codes[int(c) - 1]: int(k) for c, k in zip(frame["community"], frame["cluster"])}, seconds)


def adjusted_rand_index(a: np.ndarray, b: np.ndarray) -> float:
    """Adjusted Rand index of two labellings of the same items (Hubert & Arabie 1985)."""
    table = pd.crosstab(np.asarray(a), np.asarray(b)).to_numpy().astype(float)

    def pairs(x):
        return float((x * (x - 1) / 2).sum())

    n = table.sum()
    index, rows, cols = pairs(table), pairs(table.sum(axis=1)), pairs(table.sum(axis=0))
    expected = rows * cols / (n * (n - 1) / 2) if n > 1 else 0.0
    top = (rows + cols) / 2 - expected
    return 1.0 if top == 0 else (index - expected) / top


@dataclass
class Comparison:
    samplan_regions: int
    peer_regions: int
    identical_regions: int
    ari: float
    zones_compared: int
    zones_differing: int
    set_aside_same: bool
    unassigned_same: bool

    @property
    def identical(self) -> bool:
        return (
            self.identical_regions == self.samplan_regions == self.peer_regions
            and self.set_aside_same
            and self.unassigned_same
        )


def compare(zones: pd.DataFrame, peer: PeerResult, set_aside_roles: set[str], unassigned_roles: set[str]) -> Comparison:
    """Samplan's zone table (code, region_code, role) against findClusters' clusters.

    Regions are compared on the zones the package puts in an area (cluster > 0): a region is identical when the package
    has an area of exactly the same zones. Zones set aside (zero.list) and never assigned are compared as sets with
    Samplan's roles. The ARI is over the zones the package puts in an area; zones_differing counts those of them that
    are not in an identical region."""
    ours = zones.set_index("code")
    codes = np.array([c for c, k in peer.clusters.items() if k > 0], dtype=object)
    theirs = pd.Series({c: peer.clusters[c] for c in codes})
    region = ours.loc[codes, "region_code"]
    ours_sets = {frozenset(g.index) for _, g in region.groupby(region)}
    theirs_sets = {frozenset(g.index) for _, g in theirs.groupby(theirs)}
    role = ours["role"]
    aside_ours = set(role.index[role.isin(set_aside_roles)])
    aside_theirs = {c for c, k in peer.clusters.items() if k == SET_ASIDE}
    unassigned_ours = set(role.index[role.isin(unassigned_roles)])
    unassigned_theirs = {c for c, k in peer.clusters.items() if k == NOT_ASSIGNED}
    same = ours_sets & theirs_sets
    return Comparison(
        samplan_regions=len(ours_sets),
        peer_regions=len(theirs_sets),
        identical_regions=len(same),
        ari=adjusted_rand_index(region.to_numpy(), theirs.to_numpy()) if len(codes) else 1.0,
        zones_compared=len(codes),
        zones_differing=int(len(codes) - sum(len(r) for r in same)),
        set_aside_same=aside_ours == aside_theirs,
        unassigned_same=unassigned_ours == unassigned_theirs,
    )
