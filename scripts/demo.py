"""make demo: build the sample region, check plan draft A through qgis_process, draw the conflicts map.

Writes to out/demo/: region.gpkg, conflicts.gpkg, summary.csv, conflicts_map.png; prints the summary.
"""

from __future__ import annotations

import csv
import json
import os
import subprocess
import sys
from pathlib import Path

REPOSITORY = Path(__file__).resolve().parent.parent
OUT = REPOSITORY / "out" / "demo"

sys.path.insert(0, str(Path(__file__).resolve().parent))
from samplan_path import make_samplan_importable  # noqa: E402

make_samplan_importable()
from samplan.core.sample_region import theme_layers_by_role  # noqa: E402
from samplan.core.rules import ROLE_PARAMETERS  # noqa: E402

# The sample region's theme layers by the conflict check's role parameters; the plan draft is version A.
THEMES = {parameter: theme_layers_by_role()[role] for role, parameter in ROLE_PARAMETERS.items()}
CONFLICT_OUTPUTS = {
    "CONFLICT_AREAS": "konflikter_ytor",
    "CONFLICT_LINES": "konflikter_linjer",
    "CONFLICT_POINTS": "konflikter_punkter",
    "RULES_USED": "regler",
    "RUN_INFO": "korning",
}


def qgis_process(algorithm: str, inputs: dict) -> dict:
    """Run an algorithm through qgis_process with the plugin enabled; parameters go in as JSON on stdin."""
    command = ["qgis_process", "--json", "run", algorithm, "-"]
    done = subprocess.run(
        command, input=json.dumps({"inputs": inputs}), capture_output=True, text=True, env=os.environ.copy()
    )
    if done.returncode != 0:
        sys.stderr.write(done.stdout[-4000:] + done.stderr[-4000:])
        raise SystemExit(f"qgis_process {algorithm} failed ({done.returncode})")
    return json.loads(done.stdout[done.stdout.index("{") :])


def gpkg_layer(path: Path, name: str) -> str:
    return f"{path}|layername={name}"


def gpkg_table(path: Path, name: str) -> str:
    return f"ogr:dbname='{path}' table=\"{name}\" (geom)"


def main() -> None:
    OUT.mkdir(parents=True, exist_ok=True)
    region = OUT / "region.gpkg"
    conflicts = OUT / "conflicts.gpkg"
    summary_csv = OUT / "summary.csv"
    for stale in (region, conflicts, summary_csv):
        stale.unlink(missing_ok=True)

    print("Samplan demo: building the sample region …", flush=True)
    qgis_process("samplan:sampleregion", {"SEED": 2026, "SCALE": 1, "OUTPUT": str(region)})

    print("Samplan demo: checking plan draft A with qgis_process …", flush=True)
    inputs = {
        "PLAN": gpkg_layer(region, "plan_a_omraden"),
        "PLAN_LINES": gpkg_layer(region, "plan_a_strak"),
        "PLAN_FIELD": "anvandning",
        "PLAN_KEY_FIELD": "plan_id",
        "THEME_FIELD": "kategori",
        "MUNICIPALITIES": gpkg_layer(region, "kommuner"),
        "MUNICIPALITY_FIELD": "kommunnamn",
        "CRS": "EPSG:3006",
        "LANGUAGE": 0,
        "SUMMARY": str(summary_csv),
        **{role: [gpkg_layer(region, name) for name in names] for role, names in THEMES.items()},
        **{key: gpkg_table(conflicts, table) for key, table in CONFLICT_OUTPUTS.items()},
    }
    result = qgis_process("samplan:conflictcheck", inputs)
    print(f"Samplan demo: {int(result['results']['CONFLICT_COUNT'])} results", flush=True)

    print("Samplan demo: drawing the map with QGIS …", flush=True)
    from render_map import render_conflict_map  # noqa: E402 - needs QGIS, imported late

    png = render_conflict_map(region, conflicts, OUT / "conflicts_map.png")
    print_summary(summary_csv)
    print(
        f"\nWritten to {OUT.relative_to(REPOSITORY)}/: {region.name}, {conflicts.name}, {summary_csv.name}, {png.name}"
    )


def print_summary(path: Path) -> None:
    with open(path, encoding="utf-8") as handle:
        rows = list(csv.DictReader(handle))
    header = [
        "rule_id",
        "severity",
        "municipality",
        "count",
        "plan_features",
        "affected_area_m2",
        "length_m",
        "point_count",
    ]
    table = [header] + [[_cell(row.get(c, "")) for c in header] for row in rows]
    widths = [max(len(r[i]) for r in table) for i in range(len(header))]
    print("\nSummary: rule x severity x municipality")
    for number, row in enumerate(table):
        print(
            "  ".join(
                cell.rjust(w) if number and i >= 3 else cell.ljust(w) for i, (cell, w) in enumerate(zip(row, widths))
            )
        )
        if number == 0:
            print("  ".join("-" * w for w in widths))


def _cell(value: str) -> str:
    try:
        number = float(value)
    except ValueError:
        return value
    return f"{number:,.0f}".replace(",", " ")


if __name__ == "__main__":
    main()
