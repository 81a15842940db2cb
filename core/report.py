"""A workshop report of a plan draft or a comparison: the sections, tables, charts and texts, without QGIS.

The texts come from templates in resources/report/ (one column per language in texts.csv, one method note per
analysis and language), so that a report can be written in Swedish or English whatever language QGIS runs in.
The report is a list of sections (a heading and its tables, charts and paragraphs); the HTML is written here and
the QGIS adapter lays the same sections out in a print layout for the PDF. Numbers are written by
core.number_format, in the report's language ("4 790 km²" in Swedish, "4,790 km²" in English).
"""

from __future__ import annotations

import csv
import html
import re
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from string import Template

import numpy as np
import pandas as pd

from .number_format import format_number, format_percent, is_missing
from .rules import SEVERITIES

REPORT_TEMPLATES = Path(__file__).resolve().parent.parent / "resources" / "report"
LANGUAGES = ("sv", "en")
# The analyses a report can hold, in the order of its sections; each has a method note in method_<language>.txt.
ANALYSES = ("conflicts", "comparison", "fragmentation", "border", "weak_links", "accessibility", "functional_regions")
WEAK_LINKS_SHOWN = 15


def report_texts(language: str) -> dict[str, str]:
    """The report's fixed texts in one language, from resources/report/texts.csv (key, en, sv); 'language' holds it."""
    with open(REPORT_TEMPLATES / "texts.csv", encoding="utf-8", newline="") as handle:
        texts = {row["key"]: row[language] for row in csv.DictReader(handle)}
    texts["language"] = language
    return texts


def method_notes(language: str, analyses: list[str] | tuple[str, ...] = ANALYSES) -> list[tuple[str, str]]:
    """(heading, paragraph) of the method note of each analysis given, in the order given, then the sources of those.

    method_<language>.txt holds one block per analysis after a line '## <analysis>'; a block's first line is its
    heading, the rest its text; lines starting 'Source:' are gathered at the end under one heading."""
    text = (REPORT_TEMPLATES / f"method_{language}.txt").read_text(encoding="utf-8")
    blocks = {}
    for part in re.split(r"^## ", text, flags=re.MULTILINE)[1:]:
        key, _, body = part.partition("\n")
        lines = [line.strip() for line in body.strip().splitlines() if line.strip()]
        blocks[key.strip()] = lines
    notes, sources = [], []
    for analysis in analyses:
        block = blocks.get(analysis)
        if not block:
            continue
        heading, *rest = block
        notes.append((heading, " ".join(line for line in rest if not line.startswith("Source:"))))
        sources += [line.removeprefix("Source:").strip() for line in rest if line.startswith("Source:")]
    if sources:
        notes.append((blocks["sources"][0], " ".join(dict.fromkeys(sources))))
    return notes


@dataclass
class ReportTable:
    """A table as the report shows it: a title, column headers and rows of text (numbers already formatted).

    `widths` are relative column widths (the layout scales them to the page), `numbers` the figures behind the rows."""

    title: str
    headers: list[str]
    rows: list[list[str]]
    numbers: list[list[float | None]] = field(default_factory=list)
    widths: list[float] | None = None


@dataclass
class Chart:
    path: Path
    title: str


@dataclass
class Section:
    """A heading and what follows it: tables, charts (each right after the table it draws) and paragraphs."""

    key: str
    heading: str
    blocks: list[ReportTable | Chart | str] = field(default_factory=list)
    new_page: bool = False


def _n(value: object, texts: dict[str, str], decimals: int = 0) -> str:
    return format_number(value, decimals, texts["language"])


def _severity_order(values: pd.Series) -> pd.Series:
    order = {s: i for i, s in enumerate(SEVERITIES)}
    return values.map(order).fillna(len(order))


def severity_word(value: object, texts: dict[str, str]) -> str:
    return texts.get(f"severity_{value}", str(value or ""))


def status_word(value: object, texts: dict[str, str]) -> str:
    value = value if isinstance(value, str) and value else "open"
    return texts.get(f"status_{value}", value)


def municipality_names(conflicts: pd.DataFrame, texts: dict[str, str]) -> pd.Series:
    """The municipality of each result; results outside every municipality under one name of their own."""
    return conflicts["municipality"].fillna("").astype(str).replace("", texts["no_municipality"])


def severity_table(conflicts: pd.DataFrame, texts: dict[str, str]) -> ReportTable:
    """Results per severity: number of results, of plan features, and the area of the results (km²)."""
    rows: list[list[str]] = []
    numbers: list[list[float | None]] = []
    for severity in SEVERITIES:
        part = conflicts[conflicts["severity"] == severity] if len(conflicts) else conflicts
        count = len(part)
        features = part[["plan_layer", "plan_fid"]].drop_duplicates().shape[0] if len(part) else 0
        area = float(pd.to_numeric(part["area_m2"], errors="coerce").sum()) / 1e6 if len(part) else 0.0
        rows.append([texts[f"severity_{severity}"], _n(count, texts), _n(features, texts), _n(area, texts, 3)])
        numbers.append([count, features, area])
    total = len(conflicts)
    rows.append([texts["total"], _n(total, texts), "", ""])
    numbers.append([total, None, None])
    return ReportTable(
        texts["table_severity"],
        [texts["severity"], texts["results"], texts["plan_features"], texts["area_km2"]],
        rows,
        numbers,
        [3, 1.5, 1.5, 1.5],
    )


def municipality_table(conflicts: pd.DataFrame, texts: dict[str, str]) -> ReportTable:
    """Results per municipality and severity (counts)."""
    headers = [texts["municipality"]] + [texts[f"severity_{s}"] for s in SEVERITIES] + [texts["total"]]
    if not len(conflicts):
        return ReportTable(texts["table_municipality"], headers, [], [])
    frame = conflicts.assign(municipality=municipality_names(conflicts, texts))
    counts = frame.pivot_table(index="municipality", columns="severity", values="rule_id", aggfunc="size", fill_value=0)
    counts = counts.reindex(columns=list(SEVERITIES), fill_value=0).sort_index()
    rows: list[list[str]] = []
    numbers: list[list[float | None]] = []
    for name, values in counts.iterrows():
        cells: list[float | None] = [int(values[s]) for s in SEVERITIES]
        cells.append(int(values.sum()))
        rows.append([str(name)] + [_n(c, texts) for c in cells])
        numbers.append(cells)
    return ReportTable(texts["table_municipality"], headers, rows, numbers, [3, 1, 1, 1, 1])


def rule_messages(conflicts: pd.DataFrame, rules_used: pd.DataFrame | None, language: str) -> pd.Series:
    """Each result's rule message in the report's language: from the rule set used where it is given (it holds both
    languages), else the message the check wrote."""
    messages = (
        conflicts["message"].fillna("").astype(str) if "message" in conflicts else pd.Series("", index=conflicts.index)
    )
    if rules_used is None or not len(rules_used) or "id" not in rules_used:
        return messages
    own, other = f"message_{language}", f"message_{'en' if language == 'sv' else 'sv'}"
    by_id = {}
    for record in rules_used.to_dict("records"):
        text = record.get(own) or record.get(other)
        if isinstance(text, str) and text.strip():
            by_id[str(record["id"])] = text.strip()
    looked_up = conflicts["rule_id"].astype(str).map(by_id)
    return looked_up.fillna(messages)


def rule_table(conflicts: pd.DataFrame, texts: dict[str, str]) -> ReportTable:
    """Results per rule, worst severity first: the rule's text, its basis, the municipalities and the number of results."""
    headers = [
        texts["rule"],
        texts["message"],
        texts["basis"],
        texts["severity"],
        texts["municipalities"],
        texts["results"],
    ]
    if not len(conflicts):
        return ReportTable(texts["table_rules"], headers, [], [])
    frame = conflicts.assign(
        municipality=municipality_names(conflicts, texts), order=_severity_order(conflicts["severity"])
    )
    rows: list[list[str]] = []
    numbers: list[list[float | None]] = []
    for (_order, rule_id), part in frame.groupby(["order", "rule_id"], sort=True):
        counts = part["municipality"].value_counts().sort_index()
        places = ", ".join(f"{name} ({_n(count, texts)})" for name, count in counts.items())
        rows.append(
            [
                str(rule_id),
                str(part["report_message"].iloc[0]),
                str(part["basis"].fillna("").iloc[0]),
                severity_word(part["severity"].iloc[0], texts),
                places,
                _n(len(part), texts),
            ]
        )
        numbers.append([len(part)])
    return ReportTable(texts["table_rules"], headers, rows, numbers, [1.3, 4.2, 2.3, 1.8, 2.6, 1.2])


def measure_text(record: dict, texts: dict[str, str]) -> str:
    """A result's own measure: area in hectares, length in metres, or a number of points."""
    if not is_missing(record.get("area_m2")):
        return f"{_n(float(record['area_m2']) / 1e4, texts, 1)}\u00a0ha"
    if not is_missing(record.get("length_m")):
        return f"{_n(record['length_m'], texts)}\u00a0m"
    if not is_missing(record.get("point_count")):
        count = float(record["point_count"])
        return f"{_n(count, texts)}\u00a0{texts['point'] if count == 1 else texts['points']}"
    if not is_missing(record.get("distance_m")):
        return f"{_n(record['distance_m'], texts)}\u00a0m {texts['away']}"
    return "–"


def sorted_conflicts(conflicts: pd.DataFrame) -> pd.DataFrame:
    """Worst first: by severity, then the largest share of the plan feature, the largest area or length."""
    frame = conflicts.assign(
        _order=_severity_order(conflicts["severity"]),
        _share=pd.to_numeric(conflicts.get("share"), errors="coerce").fillna(-1.0),
        _size=pd.to_numeric(conflicts.get("area_m2"), errors="coerce")
        .fillna(pd.to_numeric(conflicts.get("length_m"), errors="coerce"))
        .fillna(0.0),
    )
    frame = frame.sort_values(
        ["_order", "_share", "_size", "rule_id"], ascending=[True, False, False, True], kind="stable"
    )
    return frame.drop(columns=["_order", "_share", "_size"])


def conflict_list_tables(conflicts: pd.DataFrame, texts: dict[str, str]) -> list[ReportTable]:
    """Every result, one table per severity (worst first), each row with its message, basis, municipality, measure,
    share of the plan feature, and the review's status and comment; rows numbered K1, V1, M1… for a consultation."""
    headers = [
        texts["number"],
        texts["message"],
        texts["basis"],
        texts["municipality"],
        texts["measure"],
        texts["share"],
        texts["status"],
        texts["comment"],
    ]
    tables = []
    frame = sorted_conflicts(conflicts.assign(municipality=municipality_names(conflicts, texts)))
    for severity in SEVERITIES:
        part = frame[frame["severity"] == severity]
        if not len(part):
            continue
        prefix = texts[f"prefix_{severity}"]
        rows = [
            [
                f"{prefix}{number}",
                str(r.get("report_message") or ""),
                str(r.get("basis") or ""),
                str(r["municipality"]),
                measure_text(r, texts),
                format_percent(r.get("share"), 1, texts["language"]),
                status_word(r.get("status"), texts),
                str(r.get("comment") or ""),
            ]
            for number, r in enumerate(part.to_dict("records"), start=1)
        ]
        title = f"{texts[f'severity_{severity}']} ({_n(len(part), texts)})"
        tables.append(ReportTable(title, headers, rows, [], [0.7, 4.0, 2.7, 1.6, 1.5, 1.2, 1.4, 2.6]))
    return tables


def indicator_report_table(indicators: pd.DataFrame, texts: dict[str, str]) -> ReportTable:
    """The comparison's indicators: label, unit, one column per version, the difference."""
    versions = [c for c in indicators.columns if c not in ("indicator", "category", "label", "unit", "difference")]
    headers = [texts["indicator"], texts["unit"]] + versions + [texts["difference"]]
    rows: list[list[str]] = []
    numbers: list[list[float | None]] = []
    for record in indicators.to_dict("records"):
        decimals = (
            0
            if record["indicator"] in ("check_results", "border_incompatibilities")
            else (1 if record["unit"] == "%" else 3)
        )
        values = [record[v] for v in versions] + [record["difference"]]
        rows.append(
            [str(record.get("label") or record["indicator"]), str(record["unit"] or "")]
            + [_n(v, texts, decimals) for v in values]
        )
        numbers.append([None if is_missing(v) else float(v) for v in values])
    return ReportTable(texts["table_indicators"], headers, rows, numbers, [5, 1] + [1.4] * (len(versions) + 1))


def mesh_report_table(mesh: pd.DataFrame, texts: dict[str, str]) -> ReportTable:
    """Effective mesh size per unit before and after, in km², and the mesh density after."""
    headers = [
        texts["unit_name"],
        texts["m_eff_before"],
        texts["m_eff_after"],
        texts["m_eff_cbc_before"],
        texts["m_eff_cbc_after"],
        texts["s_eff_after"],
    ]
    columns = ["m_eff_before_km2", "m_eff_after_km2", "m_eff_cbc_before_km2", "m_eff_cbc_after_km2", "s_eff_after"]
    rows = [[str(r["unit"])] + [_n(r.get(c), texts, 2) for c in columns] for r in mesh.to_dict("records")]
    numbers = [[None if is_missing(r.get(c)) else float(r[c]) for c in columns] for r in mesh.to_dict("records")]
    return ReportTable(texts["table_mesh"], headers, rows, numbers)


def border_report_table(border: pd.DataFrame, texts: dict[str, str]) -> ReportTable:
    headers = [
        texts["rule"],
        texts["municipality"],
        texts["plan_category"],
        texts["neighbour_municipality"],
        texts["neighbour_category"],
        texts["distance_m"],
    ]
    rows = [
        [
            r["rule_id"],
            str(r["plan_municipality"]),
            str(r["plan_category"]),
            str(r["neighbour_municipality"]),
            str(r["neighbour_category"]),
            _n(r["distance_m"], texts),
        ]
        for r in border.to_dict("records")
    ]
    return ReportTable(
        texts["table_border"], headers, rows, [[float(r["distance_m"])] for r in border.to_dict("records")]
    )


def weak_links_table(links: pd.DataFrame, texts: dict[str, str], shown: int = WEAK_LINKS_SHOWN) -> ReportTable:
    """The weakest links (rank 1 first): length, detour, people cut off, demand-weighted importance."""
    headers = [
        texts["rank"],
        texts["link"],
        texts["length_km"],
        texts["detour_km"],
        texts["pop_cut_off"],
        texts["importance"],
    ]
    top = links.assign(_rank=pd.to_numeric(links["rank"], errors="coerce")).sort_values("_rank").head(shown)
    rows: list[list[str]] = []
    numbers: list[list[float | None]] = []
    for r in top.to_dict("records"):
        length = None if is_missing(r.get("length_m")) else float(r["length_m"]) / 1000.0
        extra = None if is_missing(r.get("extra_m")) else float(r["extra_m"]) / 1000.0
        bridge = not is_missing(r.get("is_bridge")) and float(r["is_bridge"]) != 0
        detour = texts["no_detour"] if bridge and extra is None else _n(extra, texts, 1)
        link = r.get("link_id") if r.get("link_id") is not None else r.get("fid", "")
        link = str(int(link)) if isinstance(link, float) and link.is_integer() else str(link)
        rows.append(
            [
                _n(r["_rank"], texts),
                link,
                _n(length, texts, 1),
                detour,
                _n(r.get("pop_cut_off"), texts),
                _n(r.get("importance"), texts, 2),
            ]
        )
        numbers.append([r["_rank"], length, extra, r.get("pop_cut_off"), r.get("importance")])
    title = texts["table_weak_links"].format(_n(len(top), texts))
    return ReportTable(title, headers, rows, numbers)


def accessibility_table(summary: pd.DataFrame, texts: dict[str, str]) -> ReportTable:
    """Per municipality: population, the shares within each threshold, median distance and time."""
    shares = [c for c in summary.columns if c.startswith("share_within_")]

    def share_header(column: str) -> str:
        limit = column.removeprefix("share_within_")
        match = re.match(r"([\d.]+)(km|min)", limit)
        number, unit = match.groups() if match else (limit, "")
        return texts["within"].format(f"{_n(float(number), texts, 0 if float(number).is_integer() else 1)}\u00a0{unit}")

    medians = [c for c in ("median_dist_km", "median_time_min") if c in summary.columns]
    headers = (
        [texts["municipality"], texts["population"]] + [share_header(c) for c in shares] + [texts[c] for c in medians]
    )
    rows: list[list[str]] = []
    numbers: list[list[float | None]] = []
    for r in summary.to_dict("records"):
        name = texts["whole_area"] if str(r["municipality"]) in ("*", "") else str(r["municipality"])
        rows.append(
            [name, _n(r.get("population"), texts)]
            + [format_percent(r.get(c), 1, texts["language"]) for c in shares]
            + [_n(r.get(c), texts, 1) for c in medians]
        )
        numbers.append([r.get("population")] + [r.get(c) for c in shares] + [r.get(c) for c in medians])
    return ReportTable(texts["table_accessibility"], headers, rows, numbers)


def regions_table(regions: pd.DataFrame, texts: dict[str, str]) -> ReportTable:
    """Functional regions: centre, zones, residents, jobs, self-containment on the supply and demand side."""
    headers = [
        texts["region"],
        texts["centre"],
        texts["zones"],
        texts["residents"],
        texts["jobs"],
        texts["sc_supply"],
        texts["sc_demand"],
    ]
    frame = regions.sort_values("residents", ascending=False) if "residents" in regions else regions
    rows: list[list[str]] = []
    numbers: list[list[float | None]] = []
    for r in frame.to_dict("records"):
        rows.append(
            [
                str(r.get("region_name") or r.get("region_code") or ""),
                str(r.get("centre_name") or ""),
                _n(r.get("zones"), texts),
                _n(r.get("residents"), texts),
                _n(r.get("jobs"), texts),
                format_percent(r.get("sc_supply"), 1, texts["language"]),
                format_percent(r.get("sc_demand"), 1, texts["language"]),
            ]
        )
        numbers.append([r.get("zones"), r.get("residents"), r.get("jobs"), r.get("sc_supply"), r.get("sc_demand")])
    return ReportTable(texts["table_regions"], headers, rows, numbers)


def _axis_numbers(axes, texts: dict[str, str], which: str = "y") -> None:
    from matplotlib.ticker import FuncFormatter

    formatter = FuncFormatter(
        lambda value, _pos: format_number(value, 0 if float(value).is_integer() else 1, texts["language"])
    )
    (axes.yaxis if which == "y" else axes.xaxis).set_major_formatter(formatter)


def severity_chart(conflicts: pd.DataFrame, texts: dict[str, str], path: Path) -> Chart:
    """A bar chart of the results per municipality, stacked by severity (PNG)."""
    import matplotlib

    matplotlib.use("Agg")
    from matplotlib import pyplot as plt

    colours = {"conflict": "#d7191c", "warning": "#fdae61", "opportunity": "#1a9641"}
    table = municipality_table(conflicts, texts)
    names = [r[0] for r in table.rows]
    figure, axes = plt.subplots(figsize=(7.0, 2.8), dpi=150)
    bottom = np.zeros(len(names))
    for k, severity in enumerate(SEVERITIES):
        values = np.array([n[k] for n in table.numbers], dtype=float) if table.numbers else np.zeros(0)
        axes.bar(names, values, bottom=bottom, color=colours[severity], label=texts[f"severity_{severity}"])
        bottom += values
    axes.set_ylabel(texts["results"])
    axes.yaxis.get_major_locator().set_params(integer=True)
    _axis_numbers(axes, texts)
    axes.legend(frameon=False, fontsize=8)
    axes.tick_params(axis="x", labelrotation=20, labelsize=8)
    axes.spines[["top", "right"]].set_visible(False)
    figure.tight_layout()
    figure.savefig(path)
    plt.close(figure)
    return Chart(path, texts["chart_municipality"])


def indicator_chart(indicators: pd.DataFrame, texts: dict[str, str], path: Path) -> Chart | None:
    """Grouped bars of the area indicators (km²) per version (PNG); None when there is none."""
    import matplotlib

    matplotlib.use("Agg")
    from matplotlib import pyplot as plt

    versions = [c for c in indicators.columns if c not in ("indicator", "category", "label", "unit", "difference")]
    chosen = indicators[(indicators["unit"] == "km²") & ~indicators["indicator"].isin(["m_eff_after", "m_eff_change"])]
    if not len(chosen):
        return None
    labels = [str(r.get("label") or r["indicator"]) for r in chosen.to_dict("records")]
    figure, axes = plt.subplots(figsize=(7.0, max(2.5, 0.28 * len(labels) + 1.0)), dpi=150)
    height = 0.8 / max(len(versions), 1)
    positions = np.arange(len(labels))
    for k, version in enumerate(versions):
        axes.barh(positions + k * height, chosen[version].to_numpy(dtype=float), height=height, label=version)
    axes.set_yticks(positions + height * (len(versions) - 1) / 2, labels, fontsize=7)
    axes.invert_yaxis()
    axes.set_xlabel("km²")
    _axis_numbers(axes, texts, "x")
    axes.legend(frameon=False, fontsize=8)
    axes.spines[["top", "right"]].set_visible(False)
    figure.tight_layout()
    figure.savefig(path)
    plt.close(figure)
    return Chart(path, texts["chart_indicators"])


@dataclass
class ReportInputs:
    """What a report is made of: plain tables, each None when not given."""

    conflicts: pd.DataFrame | None = None
    rules_used: pd.DataFrame | None = None
    indicators: pd.DataFrame | None = None
    mesh: pd.DataFrame | None = None
    border: pd.DataFrame | None = None
    weak_links: pd.DataFrame | None = None
    accessibility: pd.DataFrame | None = None
    regions: pd.DataFrame | None = None

    def analyses(self) -> list[str]:
        """The analyses with results given (empty or not), in the report's order."""
        given = {
            "conflicts": self.conflicts,
            "comparison": self.indicators,
            "fragmentation": self.mesh,
            "border": self.border,
            "weak_links": self.weak_links,
            "accessibility": self.accessibility,
            "functional_regions": self.regions,
        }
        return [a for a in ANALYSES if given[a] is not None]


def report_sections(
    inputs: ReportInputs, texts: dict[str, str], chart_folder: Path, charts: bool = True
) -> tuple[list[Section], list[str]]:
    """The report's sections after the cover and the maps, and the analyses whose results were given but empty.
    Without `charts` (matplotlib missing: it is optional) the sections have their tables only."""
    sections, empty = [], []
    conflicts = inputs.conflicts
    if conflicts is not None:
        conflicts = conflicts.assign(report_message=rule_messages(conflicts, inputs.rules_used, texts["language"]))
        summary = Section("conflicts", texts["heading_results"], [severity_table(conflicts, texts)])
        if len(conflicts):
            summary.blocks += [municipality_table(conflicts, texts)]
            if charts:
                summary.blocks.append(severity_chart(conflicts, texts, chart_folder / "results_by_municipality.png"))
            summary.blocks.append(rule_table(conflicts, texts))
            listing = Section("conflict_list", texts["heading_list"], [texts["list_intro"]], new_page=True)
            listing.blocks += conflict_list_tables(conflicts, texts)
            sections += [summary, listing]
        else:
            summary.blocks.insert(0, texts["no_results"])
            sections.append(summary)
            empty.append("conflicts")
    optional: list[tuple[str, pd.DataFrame | None, str, Callable[[pd.DataFrame], list]]] = [
        (
            "comparison",
            inputs.indicators,
            "heading_comparison",
            lambda f: (
                [indicator_report_table(f, texts)]
                + ([indicator_chart(f, texts, chart_folder / "indicators.png")] if charts else [])
            ),
        ),
        ("fragmentation", inputs.mesh, "heading_fragmentation", lambda f: [mesh_report_table(f, texts)]),
        ("border", inputs.border, "heading_border", lambda f: [border_report_table(f, texts)]),
        ("weak_links", inputs.weak_links, "heading_weak_links", lambda f: [weak_links_table(f, texts)]),
        ("accessibility", inputs.accessibility, "heading_accessibility", lambda f: [accessibility_table(f, texts)]),
        ("functional_regions", inputs.regions, "heading_regions", lambda f: [regions_table(f, texts)]),
    ]
    for key, frame, heading, make in optional:
        if frame is None:
            continue
        if not len(frame):
            empty.append(key)
            sections.append(Section(key, texts[heading], [texts["no_results"]]))
            continue
        sections.append(Section(key, texts[heading], [b for b in make(frame) if b is not None]))
    notes = method_notes(texts["language"], inputs.analyses())
    if notes:
        sections.append(Section("method", texts["heading_method"], [f"{h}. {p}" for h, p in notes], new_page=True))
    return sections, empty


def table_html(table: ReportTable) -> str:
    head = "".join(f"<th>{html.escape(h)}</th>" for h in table.headers)
    body = "".join("<tr>" + "".join(f"<td>{html.escape(c)}</td>" for c in row) + "</tr>" for row in table.rows)
    return f"<h3>{html.escape(table.title)}</h3>\n<table><thead><tr>{head}</tr></thead><tbody>{body}</tbody></table>"


def section_html(section: Section, image_folder: str) -> str:
    parts = [f"<h2>{html.escape(section.heading)}</h2>"]
    for block in section.blocks:
        if isinstance(block, ReportTable):
            parts.append(table_html(block))
        elif isinstance(block, Chart):
            parts.append(
                f'<figure><img class="chart" src="{html.escape(image_folder)}/{html.escape(block.path.name)}" '
                f'alt="{html.escape(block.title)}"><figcaption>{html.escape(block.title)}</figcaption></figure>'
            )
        else:
            parts.append(f"<p>{html.escape(block)}</p>")
    return "\n".join(parts)


def report_html(
    title: str,
    cover: list[tuple[str, str]],
    texts: dict[str, str],
    maps: list[tuple[str, str]],
    sections: list[Section],
    image_folder: str,
) -> str:
    """The HTML report from resources/report/report.html: the cover's facts, the maps (caption, image file name in
    `image_folder`) and the sections."""
    template = Template((REPORT_TEMPLATES / "report.html").read_text(encoding="utf-8"))
    css = (REPORT_TEMPLATES / "report.css").read_text(encoding="utf-8")
    facts = "".join(f"<tr><th>{html.escape(k)}</th><td>{html.escape(v)}</td></tr>" for k, v in cover)
    figures = "".join(
        f'<figure><img class="map" src="{html.escape(image_folder)}/{html.escape(name)}" alt="{html.escape(caption)}">'
        f"<figcaption>{html.escape(caption)}</figcaption></figure>"
        for caption, name in maps
    )
    return template.substitute(
        language=texts["language"],
        title=html.escape(title),
        css=css,
        cover=f'<table class="cover">{facts}</table>',
        heading_map=html.escape(texts["heading_map"]),
        maps=figures,
        sections="\n".join(section_html(s, image_folder) for s in sections),
        generated=html.escape(texts["generated_by"]),
    )
