"""make bench-regions: travel-to-work areas beside Istat's R package LabourMarketAreas 3.4 (findClusters), in one run.

Cases (the same tables and parameters, 1000, 0.6667, 10000, 0.75, for both):
  - Istat's own data shipped in the package: Brindisi (20 municipalities), Sardinia (377), the Sardinian 1 km grid
    (3,566 cells); Sardinia also against the package with its defect mended (benchmarks/lma_peer.py, SUMMING);
  - the sample region (6 municipalities, core/sample_region.py);
  - gravity-like generated tables of 300 and 1,000 zones, and one at DeSO scale (6,500 zones, >= 500,000 flows) on which
    only Samplan runs: the package did not finish it in 15 minutes here (stopped after 900 s).
For each: regions, identical regions, ARI (over the zones the package puts in an area; Samplan's regions counted on
those zones) and time for both, and the ratio of the times; and how the published mode compares. Samplan runs in
its default compatibility mode (as Istat's package). The R side is skipped with the reason where R or the package's
archive is missing (scripts/setup-r.sh installs both). The DeSO-scale case is also
timed against the issue's budgets (SCB's rule 5 s, travel-to-work areas 300 s), with reading the CSV and building the
matrix; the script exits 1 when a budget is exceeded.

Generated tables: zones scattered around towns of very different size, employed residents per zone as in DeSO (a few
hundred to a few thousand), jobs concentrated in the towns, and every zone's workers spread over its 400 nearest zones by
a multinomial draw with weights jobs * exp(-distance / 7 km) (its own zone weighted up).

    python benchmarks/bench_functional_regions.py [--zones 6500] [--seed 5] [--no-r] [--r-timeout 1200]
"""

from __future__ import annotations

import argparse
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import numpy as np
import pandas as pd
from scipy.spatial import cKDTree

REPOSITORY = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPOSITORY / "scripts"))
sys.path.insert(0, str(Path(__file__).resolve().parent))
from samplan_path import make_samplan_importable  # noqa: E402

make_samplan_importable()
import lma_peer  # noqa: E402  (benchmarks/, beside this file)
from samplan.core.commuting import (  # noqa: E402
    CommutingColumns,
    build_matrix,
    commuting_frame_from_records,
    read_commuting_csv,
)
from samplan.core.labour_markets import (  # noqa: E402
    PUBLISHED,
    RESERVE_LEFT,
    SET_ASIDE,
    SILENT,
    TtwaParameters,
    scb_local_labour_markets,
    travel_to_work_areas,
)
from samplan.core.progress import SilentProgress  # noqa: E402
from samplan.core.sample_region import build_sample_region  # noqa: E402

SCB_BUDGET, TTWA_BUDGET = 5.0, 300.0
PARAMETERS = TtwaParameters(1000.0, 0.6667, 10000.0, 0.75)


def gravity_table(zones: int, seed: int) -> tuple[list[str], pd.DataFrame]:
    rng = np.random.default_rng(seed)
    side = 400_000.0  # a county-sized square, metres
    towns = rng.uniform(0, side, size=(zones // 60, 2))
    town_size = rng.pareto(1.2, len(towns)) + 1
    home_town = rng.choice(len(towns), zones, p=town_size / town_size.sum())
    spread = 2000 + 3000 * np.sqrt(town_size[home_town])
    xy = towns[home_town] + rng.normal(0, 1, (zones, 2)) * spread[:, None]
    residents = np.round(rng.gamma(4.0, 900 / 4.0, zones)).astype(int) + 100
    jobs = residents * rng.lognormal(0, 1.0, zones) * (1 + np.log1p(town_size[home_town]))
    neighbours = min(400, zones)
    distance, index = cKDTree(xy).query(xy, k=neighbours)
    weights = jobs[index] * np.exp(-distance / 7000.0)
    weights[:, 0] *= 3.0  # one's own zone
    weights /= weights.sum(axis=1, keepdims=True)
    homes, works, counts = [], [], []
    for i in range(zones):
        flows = rng.multinomial(residents[i], weights[i])
        nonzero = np.flatnonzero(flows)
        homes.append(np.full(len(nonzero), i))
        works.append(index[i, nonzero])
        counts.append(flows[nonzero])
    codes = [f"{2000 + k // 1000:04d}A{k:05d}" for k in range(zones)]  # DeSO-like codes
    code_array = np.array(codes, dtype=object)
    table = pd.DataFrame(
        {
            "bostad": code_array[np.concatenate(homes)],
            "arbete": code_array[np.concatenate(works)],
            "antal": np.concatenate(counts),
        }
    )
    return codes, table


def as_table(frame: pd.DataFrame, home: str, work: str, count: str) -> pd.DataFrame:
    return pd.DataFrame(
        {
            "residence": frame[home].astype(str).to_numpy(),
            "workplace": frame[work].astype(str).to_numpy(),
            "count": frame[count].astype(float).to_numpy(),
        }
    )


def cases(seed: int, with_r: bool):
    """(name, table, how the package runs: as shipped or mended) in order of size; Istat's data only with R."""
    if with_r:
        yield "Istat Brindisi", lma_peer.istat_data("Brindisi"), "package"
    pendling = build_sample_region(scale=1.0)["pendling"].frame
    yield "sample region", as_table(pendling, "bostadskommun", "arbetskommun", "antal"), "package"
    for size in (300, 1000):
        _, table = gravity_table(size, seed)
        yield f"generated {size}", as_table(table, "bostad", "arbete", "antal"), "package"
    if with_r:
        sardinia = lma_peer.istat_data("Sardinia")
        yield "Istat Sardinia", sardinia, "package"
        yield "Istat Sardinia, package mended", sardinia, "mended"
        yield "Istat Sardinian 1 km grid", lma_peer.istat_data("SardiniaGrid"), "package"


def compare_case(name: str, table: pd.DataFrame, peer_mode: str, with_r: bool, r_timeout: float) -> dict:
    table = table[table["count"] > 0]
    codes = sorted(set(table["residence"]) | set(table["workplace"]))
    records = zip(range(2, len(table) + 2), table["residence"], table["workplace"], table["count"])
    matrix = build_matrix(
        commuting_frame_from_records(records, name, CommutingColumns()), codes, progress=SilentProgress()
    )
    start = time.perf_counter()
    ours = travel_to_work_areas(matrix, PARAMETERS)
    row = {
        "case": name,
        "zones": len(codes),
        "samplan_regions": len(ours.regions),
        "samplan_s": time.perf_counter() - start,
    }
    if not with_r:
        row["note"] = "R not run"
        return row
    try:
        found = lma_peer.find_clusters(
            table,
            (PARAMETERS.min_size, PARAMETERS.min_sc, PARAMETERS.target_size, PARAMETERS.target_sc),
            mended=peer_mode == "mended",
            timeout=r_timeout,
        )
    except subprocess.TimeoutExpired:
        row["note"] = f"R did not finish in {r_timeout:.0f} s"
        return row
    c = lma_peer.compare(ours.zones, found, {SET_ASIDE, SILENT}, {RESERVE_LEFT})
    published = lma_peer.compare(
        travel_to_work_areas(matrix, PARAMETERS, compatibility=PUBLISHED).zones,
        found,
        {SET_ASIDE, SILENT},
        {RESERVE_LEFT},
    )
    aside = sum(1 for k in found.clusters.values() if k == lma_peer.SET_ASIDE)
    row.update(
        r_regions=c.peer_regions,
        r_s=found.seconds,
        identical=c.identical_regions,
        ari=c.ari,
        differing=c.zones_differing,
        same=c.identical,
        samplan_regions=c.samplan_regions,
        note=f"set aside {aside}"
        + ("" if c.set_aside_same and c.unassigned_same else ", set-aside/unassigned zones differ")
        + f"; published mode: identical {published.identical_regions}/{published.peer_regions}, ARI {published.ari:.3f}",
    )
    return row


def print_row(row: dict) -> None:
    if "r_s" in row:
        print(
            f"{row['case']:<34} {row['zones']:>6} | R {row['r_regions']:>4} regions {row['r_s']:8.2f} s | Samplan "
            f"{row['samplan_regions']:>4} regions {row['samplan_s']:7.3f} s | identical {row['identical']:>4}, ARI "
            f"{row['ari']:.3f}, zones differing {row['differing']:>4} | ratio R/Samplan {row['r_s'] / row['samplan_s']:8.1f}"
            f" | {'SAME PARTITION' if row['same'] else 'different'}; {row['note']}",
            flush=True,
        )
    else:
        print(
            f"{row['case']:<34} {row['zones']:>6} | Samplan {row['samplan_regions']:>4} regions {row['samplan_s']:7.3f} s | "
            f"{row['note']}",
            flush=True,
        )


def timed(label: str, function, budget: float | None = None):
    start = time.perf_counter()
    value = function()
    seconds = time.perf_counter() - start
    suffix = f"  budget {budget:.0f} s  ratio {seconds / budget:.3f}" if budget else ""
    print(f"{label:<44} {seconds:9.2f} s{suffix}", flush=True)
    return value, seconds


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--zones", type=int, default=6500)
    parser.add_argument("--seed", type=int, default=5)
    parser.add_argument("--no-r", action="store_true", help="run Samplan alone")
    parser.add_argument("--r-timeout", type=float, default=1200.0, help="seconds R may take on one case")
    args = parser.parse_args()
    reason = "--no-r given" if args.no_r else lma_peer.why_not_available()
    with_r = reason is None
    print(
        "Travel-to-work areas (1000, 0.6667, 10000, 0.75): Istat's LabourMarketAreas 3.4 (findClusters, R) beside Samplan "
        "(compatibility: Istat's package)"
    )
    if not with_r:
        print(f"R side SKIPPED: {reason}")
    for name, table, peer_mode in cases(args.seed, with_r):
        print_row(compare_case(name, table, peer_mode, with_r, args.r_timeout))

    print(
        "\nDeSO scale, Samplan alone (R not run: the package did not finish this table in 15 minutes here), against the "
        "budgets:"
    )
    (codes, table), _ = timed("generate gravity-like table", lambda: gravity_table(args.zones, args.seed))
    print(
        f"zones {len(codes)}, non-zero flows {len(table)}, commuters {int(table['antal'].sum())}, "
        f"own-zone share {table.loc[table.bostad == table.arbete, 'antal'].sum() / table['antal'].sum():.3f}"
    )
    assert len(codes) >= 6000 and len(table) >= 500_000, (
        "the benchmark must have at least 6,000 zones and 500,000 flows"
    )
    with tempfile.TemporaryDirectory() as folder:
        csv = Path(folder) / "pendling.csv"
        table.rename(columns={"bostad": "bostadskommun", "arbete": "arbetskommun"}).to_csv(csv, index=False)
        frame, _ = timed("read and check the CSV", lambda: read_commuting_csv(csv))
        matrix, _ = timed("build the matrix", lambda: build_matrix(frame, codes, progress=SilentProgress()))
        scb, scb_seconds = timed("SCB local labour markets", lambda: scb_local_labour_markets(matrix), SCB_BUDGET)
        ttwa, ttwa_seconds = timed(
            "travel-to-work areas (1000, 0.6667, 10000, 0.75)",
            lambda: travel_to_work_areas(matrix, PARAMETERS),
            TTWA_BUDGET,
        )
        for name, result in (("SCB", scb), ("TTWA", ttwa)):
            s = result.summary
            print(
                f"{name}: regions {int(s['regions'])}, share inside {s['share_inside_regions']:.3f}, modularity {s['modularity']:.3f}"
                + (f", valid {int(result.regions['valid'].sum())}/{len(result.regions)}" if name == "TTWA" else "")
            )
        print(
            f"RESULT zones={len(codes)} flows={len(table)} scb_s={scb_seconds:.2f} (limit {SCB_BUDGET:.0f}) "
            f"ttwa_s={ttwa_seconds:.2f} (limit {TTWA_BUDGET:.0f})"
        )
    if scb_seconds > SCB_BUDGET or ttwa_seconds > TTWA_BUDGET:
        sys.exit(1)


if __name__ == "__main__":
    main()
