"""A workshop report of a plan draft or a comparison: the tables, charts and texts, without QGIS.

The texts come from templates in resources/report/ (one column per language in texts.csv, one method note
per language), so that a report can be written in Swedish or English whatever language QGIS runs in. The
QGIS adapter lays the same tables and charts out in a print layout for the PDF.
"""
from __future__ import annotations

import csv
import html
import math
from dataclasses import dataclass, field
from pathlib import Path
from string import Template

import numpy as np
import pandas as pd

from .rules import SEVERITIES

REPORT_TEMPLATES = Path(__file__).resolve().parent.parent / "resources" / "report"
LANGUAGES = ("sv", "en")


def report_texts(language: str) -> dict[str, str]:
    """The report's fixed texts in one language, from resources/report/texts.csv (key, en, sv)."""
    with open(REPORT_TEMPLATES / "texts.csv", encoding="utf-8", newline="") as handle:
        return {row["key"]: row[language] for row in csv.DictReader(handle)}


def method_notes(language: str) -> str:
    """The method notes with sources, as plain paragraphs separated by blank lines."""
    return (REPORT_TEMPLATES / f"method_{language}.txt").read_text(encoding="utf-8").strip()


@dataclass
class ReportTable:
    """A table as the report shows it: a title, column headers and rows of text (numbers already formatted)."""

    title: str
    headers: list[str]
    rows: list[list[str]]
    numbers: list[list[float | None]] = field(default_factory=list)


def format_number(value: object, decimals: int = 0) -> str:
    """A number as the report prints it: thin-space-free, '.' as decimal mark, '–' for missing."""
    if value is None or (isinstance(value, float) and math.isnan(value)):
        return "–"
    if decimals == 0:
        return f"{int(round(float(value)))}"
    return f"{float(value):.{decimals}f}"


def severity_table(conflicts: pd.DataFrame, texts: dict[str, str]) -> ReportTable:
    """Results per severity: number of results, of plan features, and the area of the results (km²)."""
    rows, numbers = [], []
    for severity in SEVERITIES:
        part = conflicts[conflicts["severity"] == severity] if len(conflicts) else conflicts
        count = len(part)
        features = part[["plan_layer", "plan_fid"]].drop_duplicates().shape[0] if len(part) else 0
        area = float(pd.to_numeric(part["area_m2"], errors="coerce").sum()) / 1e6 if len(part) else 0.0
        rows.append([texts[f"severity_{severity}"], format_number(count), format_number(features), format_number(area, 3)])
        numbers.append([count, features, area])
    total = len(conflicts)
    rows.append([texts["total"], format_number(total), "", ""])
    numbers.append([total, None, None])
    return ReportTable(texts["table_severity"], [texts["severity"], texts["results"], texts["plan_features"], texts["area_km2"]],
                       rows, numbers)


def municipality_table(conflicts: pd.DataFrame, texts: dict[str, str]) -> ReportTable:
    """Results per municipality and severity (counts)."""
    headers = [texts["municipality"]] + [texts[f"severity_{s}"] for s in SEVERITIES] + [texts["total"]]
    if not len(conflicts):
        return ReportTable(texts["table_municipality"], headers, [], [])
    frame = conflicts.assign(municipality=conflicts["municipality"].fillna("").replace("", texts["no_municipality"]))
    counts = frame.pivot_table(index="municipality", columns="severity", values="rule_id", aggfunc="size", fill_value=0)
    counts = counts.reindex(columns=list(SEVERITIES), fill_value=0).sort_index()
    rows, numbers = [], []
    for name, values in counts.iterrows():
        cells = [int(values[s]) for s in SEVERITIES] + [int(values.sum())]
        rows.append([str(name)] + [format_number(c) for c in cells])
        numbers.append(cells)
    return ReportTable(texts["table_municipality"], headers, rows, numbers)


def rule_table(conflicts: pd.DataFrame, texts: dict[str, str]) -> ReportTable:
    """Results per rule: severity, count, basis."""
    headers = [texts["rule"], texts["severity"], texts["results"], texts["basis"]]
    if not len(conflicts):
        return ReportTable(texts["table_rules"], headers, [], [])
    grouped = conflicts.groupby(["rule_id", "severity"], sort=True).agg(count=("rule_id", "size"), basis=("basis", "first")).reset_index()
    order = {s: i for i, s in enumerate(SEVERITIES)}
    grouped = grouped.sort_values(["severity", "rule_id"], key=lambda c: c.map(order) if c.name == "severity" else c)
    rows = [[r.rule_id, texts[f"severity_{r.severity}"], format_number(r.count), str(r.basis or "")] for r in grouped.itertuples()]
    return ReportTable(texts["table_rules"], headers, rows, [[r.count] for r in grouped.itertuples()])


def indicator_report_table(indicators: pd.DataFrame, texts: dict[str, str]) -> ReportTable:
    """The comparison's indicators: label, unit, one column per version, the difference."""
    versions = [c for c in indicators.columns if c not in ("indicator", "category", "label", "unit", "difference")]
    headers = [texts["indicator"], texts["unit"]] + versions + [texts["difference"]]
    rows, numbers = [], []
    for record in indicators.to_dict("records"):
        decimals = 0 if record["indicator"] in ("check_results", "border_incompatibilities") else (1 if record["unit"] == "%" else 3)
        values = [record[v] for v in versions] + [record["difference"]]
        rows.append([str(record.get("label") or record["indicator"]), str(record["unit"] or "")] +
                    [format_number(v, decimals) for v in values])
        numbers.append([None if v is None or (isinstance(v, float) and math.isnan(v)) else float(v) for v in values])
    return ReportTable(texts["table_indicators"], headers, rows, numbers)


def mesh_report_table(mesh: pd.DataFrame, texts: dict[str, str]) -> ReportTable:
    """Effective mesh size per unit before and after, in km², and the mesh density after."""
    headers = [texts["unit_name"], texts["m_eff_before"], texts["m_eff_after"], texts["m_eff_cbc_before"], texts["m_eff_cbc_after"],
               texts["s_eff_after"]]
    columns = ["m_eff_before_km2", "m_eff_after_km2", "m_eff_cbc_before_km2", "m_eff_cbc_after_km2", "s_eff_after"]
    rows = [[str(r["unit"])] + [format_number(r[c], 2) for c in columns] for r in mesh.to_dict("records")]
    numbers = [[float(r[c]) for c in columns] for r in mesh.to_dict("records")]
    return ReportTable(texts["table_mesh"], headers, rows, numbers)


def border_report_table(border: pd.DataFrame, texts: dict[str, str]) -> ReportTable:
    headers = [texts["rule"], texts["municipality"], texts["plan_category"], texts["neighbour_municipality"],
               texts["neighbour_category"], texts["distance_m"]]
    rows = [[r["rule_id"], str(r["plan_municipality"]), str(r["plan_category"]), str(r["neighbour_municipality"]),
             str(r["neighbour_category"]), format_number(r["distance_m"])] for r in border.to_dict("records")]
    return ReportTable(texts["table_border"], headers, rows, [[float(r["distance_m"])] for r in border.to_dict("records")])


def severity_chart(conflicts: pd.DataFrame, texts: dict[str, str], path: Path) -> Path:
    """A bar chart of the results per municipality, stacked by severity (PNG)."""
    import matplotlib

    matplotlib.use("Agg")
    from matplotlib import pyplot as plt

    colours = {"conflict": "#d7191c", "warning": "#fdae61", "opportunity": "#1a9641"}
    table = municipality_table(conflicts, texts)
    names = [r[0] for r in table.rows]
    figure, axes = plt.subplots(figsize=(7.0, 3.2), dpi=150)
    bottom = np.zeros(len(names))
    for k, severity in enumerate(SEVERITIES):
        values = np.array([n[k] for n in table.numbers], dtype=float) if table.numbers else np.zeros(0)
        axes.bar(names, values, bottom=bottom, color=colours[severity], label=texts[f"severity_{severity}"])
        bottom += values
    axes.set_ylabel(texts["results"])
    axes.set_title(texts["chart_municipality"])
    axes.legend(frameon=False, fontsize=8)
    axes.tick_params(axis="x", labelrotation=20, labelsize=8)
    figure.tight_layout()
    figure.savefig(path)
    plt.close(figure)
    return path


def indicator_chart(indicators: pd.DataFrame, texts: dict[str, str], path: Path) -> Path:
    """Grouped bars of the area indicators (km²) per version (PNG)."""
    import matplotlib

    matplotlib.use("Agg")
    from matplotlib import pyplot as plt

    versions = [c for c in indicators.columns if c not in ("indicator", "category", "label", "unit", "difference")]
    chosen = indicators[(indicators["unit"] == "km²") & ~indicators["indicator"].isin(["m_eff_after", "m_eff_change"])]
    labels = [str(r.get("label") or r["indicator"]) for r in chosen.to_dict("records")]
    figure, axes = plt.subplots(figsize=(7.0, max(2.5, 0.28 * len(labels) + 1.0)), dpi=150)
    height = 0.8 / max(len(versions), 1)
    positions = np.arange(len(labels))
    for k, version in enumerate(versions):
        axes.barh(positions + k * height, chosen[version].to_numpy(dtype=float), height=height, label=version)
    axes.set_yticks(positions + height * (len(versions) - 1) / 2, labels, fontsize=7)
    axes.invert_yaxis()
    axes.set_xlabel("km²")
    axes.set_title(texts["chart_indicators"])
    axes.legend(frameon=False, fontsize=8)
    figure.tight_layout()
    figure.savefig(path)
    plt.close(figure)
    return path


def table_html(table: ReportTable) -> str:
    head = "".join(f"<th>{html.escape(h)}</th>" for h in table.headers)
    body = "".join("<tr>" + "".join(f"<td>{html.escape(c)}</td>" for c in row) + "</tr>" for row in table.rows)
    return f"<h3>{html.escape(table.title)}</h3>\n<table><thead><tr>{head}</tr></thead><tbody>{body}</tbody></table>"


def report_html(title: str, subtitle: str, texts: dict[str, str], language: str, map_image: str | None, tables: list[ReportTable],
                charts: list[str]) -> str:
    """The HTML report from resources/report/report.html; images are referenced by their file names."""
    template = Template((REPORT_TEMPLATES / "report.html").read_text(encoding="utf-8"))
    css = (REPORT_TEMPLATES / "report.css").read_text(encoding="utf-8")
    notes = "".join(f"<p>{html.escape(p.strip())}</p>" for p in method_notes(language).split("\n\n"))
    return template.substitute(
        language=language, title=html.escape(title), subtitle=html.escape(subtitle), css=css,
        heading_map=html.escape(texts["heading_map"]),
        map=f'<img class="map" src="{html.escape(map_image)}" alt="{html.escape(texts["heading_map"])}">' if map_image else "",
        heading_results=html.escape(texts["heading_results"]),
        tables="\n".join(table_html(t) for t in tables),
        charts="\n".join(f'<img class="chart" src="{html.escape(c)}" alt="">' for c in charts),
        heading_method=html.escape(texts["heading_method"]), method=notes,
        generated=html.escape(texts["generated_by"]),
    )
