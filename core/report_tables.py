"""The report's tables, without QGIS: results by severity, municipality and rule, the conflict list, and the tables of
the other analyses (draft comparison, fragmentation, borders, weak links, accessibility, functional regions); each a
ReportTable of texts in the report's language, with the figures behind them."""

from __future__ import annotations

import math
import re

import pandas as pd

from .number_format import format_percent, is_missing
from .report_parts import (
    report_texts,
    WEAK_LINKS_SHOWN,
    ReportTable,
    municipality_names,
    number_text,
    severity_order,
    severity_word,
    status_word,
)
from .rules import SEVERITIES


def severity_table(conflicts: pd.DataFrame, texts: dict[str, str]) -> ReportTable:
    """Results per severity: number of results, of plan features, and the area of the results (km²)."""
    rows: list[list[str]] = []
    numbers: list[list[float | None]] = []
    for severity in SEVERITIES:
        part = conflicts[conflicts["severity"] == severity] if len(conflicts) else conflicts
        count = len(part)
        features = part[["plan_layer", "plan_fid"]].drop_duplicates().shape[0] if len(part) else 0
        area = float(pd.to_numeric(part["area_m2"], errors="coerce").sum()) / 1e6 if len(part) else 0.0
        rows.append(
            [
                texts[f"severity_{severity}"],
                number_text(count, texts),
                number_text(features, texts),
                number_text(area, texts, 3),
            ]
        )
        numbers.append([count, features, area])
    total = len(conflicts)
    rows.append([texts["total"], number_text(total, texts), "", ""])
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
        rows.append([str(name)] + [number_text(c, texts) for c in cells])
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
        municipality=municipality_names(conflicts, texts), order=severity_order(conflicts["severity"])
    )
    rows: list[list[str]] = []
    numbers: list[list[float | None]] = []
    for (_order, rule_id), part in frame.groupby(["order", "rule_id"], sort=True):
        counts = part["municipality"].value_counts().sort_index()
        places = ", ".join(f"{name} ({number_text(count, texts)})" for name, count in counts.items())
        rows.append(
            [
                str(rule_id),
                str(part["report_message"].iloc[0]),
                str(part["basis"].fillna("").iloc[0]),
                severity_word(part["severity"].iloc[0], texts),
                places,
                number_text(len(part), texts),
            ]
        )
        numbers.append([len(part)])
    return ReportTable(texts["table_rules"], headers, rows, numbers, [1.3, 4.2, 2.3, 1.8, 2.6, 1.2])


def measure_text(record: dict, texts: dict[str, str]) -> str:
    """A result's own measure: area in hectares, length in metres, or a number of points."""
    if not is_missing(record.get("area_m2")):
        return f"{number_text(float(record['area_m2']) / 1e4, texts, 1)}\u00a0ha"
    if not is_missing(record.get("length_m")):
        return f"{number_text(record['length_m'], texts)}\u00a0m"
    if not is_missing(record.get("point_count")):
        count = float(record["point_count"])
        return f"{number_text(count, texts)}\u00a0{texts['point'] if count == 1 else texts['points']}"
    if not is_missing(record.get("distance_m")):
        return f"{number_text(record['distance_m'], texts)}\u00a0m {texts['away']}"
    return "–"


def sorted_conflicts(conflicts: pd.DataFrame) -> pd.DataFrame:
    """Worst first: by severity, then the largest share of the plan feature, the largest area or length."""
    frame = conflicts.assign(
        _order=severity_order(conflicts["severity"]),
        _share=pd.to_numeric(conflicts.get("share"), errors="coerce").fillna(-1.0),
        _size=pd.to_numeric(conflicts.get("area_m2"), errors="coerce")
        .fillna(pd.to_numeric(conflicts.get("length_m"), errors="coerce"))
        .fillna(0.0),
    )
    frame = frame.sort_values(
        ["_order", "_share", "_size", "rule_id"], ascending=[True, False, False, True], kind="stable"
    )
    return frame.drop(columns=["_order", "_share", "_size"])


def conflict_numbers(conflicts: pd.DataFrame, texts: dict[str, str]) -> pd.Series:
    """Each result's number in the conflict list, by the results' index: per severity, worst first (sorted_conflicts),
    K1, K2, … V1, … M1, … in Swedish (C, W, O in English); the maps label the results with them."""
    frame = sorted_conflicts(conflicts)
    counts = frame.groupby("severity", sort=False).cumcount() + 1
    prefixes = frame["severity"].map(lambda severity: texts.get(f"prefix_{severity}", ""))
    return (prefixes.astype(str) + counts.astype(str)).reindex(conflicts.index)


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
    frame = sorted_conflicts(
        conflicts.assign(
            municipality=municipality_names(conflicts, texts), list_number=conflict_numbers(conflicts, texts)
        )
    )
    for severity in SEVERITIES:
        part = frame[frame["severity"] == severity]
        if not len(part):
            continue
        rows = [
            [
                str(r["list_number"]),
                str(r.get("report_message") or ""),
                str(r.get("basis") or ""),
                str(r["municipality"]),
                measure_text(r, texts),
                format_percent(r.get("share"), 1, texts["language"]),
                status_word(r.get("status"), texts),
                str(r.get("comment") or ""),
            ]
            for r in part.to_dict("records")
        ]
        title = f"{texts[f'severity_{severity}']} ({number_text(len(part), texts)})"
        tables.append(ReportTable(title, headers, rows, [], [0.7, 4.0, 2.7, 1.6, 1.5, 1.2, 1.4, 2.6]))
    return tables


def indicator_text(record: dict, texts: dict[str, str]) -> str:
    """An indicator's name in the report's language, from its code (the comparison's own label is in the language
    QGIS ran it in); a severity in words; the label as given for an indicator of no known code."""
    template = texts.get(f"indicator_{record['indicator']}")
    if template is None:
        return str(record.get("label") or record["indicator"])
    category = record.get("category")
    category = "" if category is None or (isinstance(category, float) and math.isnan(category)) else str(category)
    if record["indicator"] == "check_results":
        category = severity_word(category, texts).lower()
    return template.format(category)


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
            [indicator_text(record, texts), str(record["unit"] or "")]
            + [number_text(v, texts, decimals) for v in values]
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
    rows = [[str(r["unit"])] + [number_text(r.get(c), texts, 2) for c in columns] for r in mesh.to_dict("records")]
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
            number_text(r["distance_m"], texts),
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
        texts["delay_per_trip"].format("min" if _has_times(links) else "km"),
    ]
    top = links.assign(_rank=pd.to_numeric(links["rank"], errors="coerce")).sort_values("_rank").head(shown)
    delay_decimals = _decimals_to_show(
        pd.to_numeric(top["importance"], errors="coerce") if "importance" in top else None
    )
    rows: list[list[str]] = []
    numbers: list[list[float | None]] = []
    for r in top.to_dict("records"):
        length = None if is_missing(r.get("length_m")) else float(r["length_m"]) / 1000.0
        extra = None if is_missing(r.get("extra_m")) else float(r["extra_m"]) / 1000.0
        bridge = not is_missing(r.get("is_bridge")) and float(r["is_bridge"]) != 0
        detour = texts["no_detour"] if bridge and extra is None else number_text(extra, texts, 1)
        link = r.get("link_id") if r.get("link_id") is not None else r.get("fid", "")
        link = str(int(link)) if isinstance(link, float) and link.is_integer() else str(link)
        rows.append(
            [
                number_text(r["_rank"], texts),
                link,
                number_text(length, texts, 1),
                detour,
                number_text(r.get("pop_cut_off"), texts),
                number_text(r.get("importance"), texts, delay_decimals),
            ]
        )
        numbers.append([r["_rank"], length, extra, r.get("pop_cut_off"), r.get("importance")])
    title = texts["table_weak_links"].format(number_text(len(top), texts))
    return ReportTable(title, headers, rows, numbers)


def _has_times(links: pd.DataFrame) -> bool:
    """Whether the links' network had travel times (importance per trip in minutes), else lengths only (in km)."""
    return "time_s" in links and bool(pd.to_numeric(links["time_s"], errors="coerce").notna().any())


def _decimals_to_show(values: pd.Series | None, digits: int = 2) -> int:
    """Decimals that show the largest value with `digits` significant digits (0.0034 -> 4), from 1 to 6."""
    if values is None:
        return 2
    largest = float(values.abs().max()) if values.notna().any() else 0.0
    if largest <= 0:
        return 1
    return int(min(6, max(1, digits - 1 - math.floor(math.log10(largest)))))


def accessibility_table(summary: pd.DataFrame, texts: dict[str, str]) -> ReportTable:
    """Per municipality: population, the shares within each threshold, median distance and time."""
    shares = [c for c in summary.columns if c.startswith("share_within_")]

    def share_header(column: str) -> str:
        limit = column.removeprefix("share_within_")
        match = re.match(r"([\d.]+)(km|min)", limit)
        number, unit = match.groups() if match else (limit, "")
        return texts["within"].format(
            f"{number_text(float(number), texts, 0 if float(number).is_integer() else 1)}\u00a0{unit}"
        )

    medians = [c for c in ("median_dist_km", "median_time_min") if c in summary.columns]
    headers = (
        [texts["municipality"], texts["population"]] + [share_header(c) for c in shares] + [texts[c] for c in medians]
    )
    rows: list[list[str]] = []
    numbers: list[list[float | None]] = []
    for r in summary.to_dict("records"):
        # The whole area's row: '*' in the engine, named in the language the summary was made in.
        whole = str(r["municipality"]) in (
            "*",
            "",
            *(report_texts(language)["whole_area"] for language in ("en", "sv")),
        )
        name = texts["whole_area"] if whole else str(r["municipality"])
        rows.append(
            [name, number_text(r.get("population"), texts)]
            + [format_percent(r.get(c), 1, texts["language"]) for c in shares]
            + [number_text(r.get(c), texts, 1) for c in medians]
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
                number_text(r.get("zones"), texts),
                number_text(r.get("residents"), texts),
                number_text(r.get("jobs"), texts),
                format_percent(r.get("sc_supply"), 1, texts["language"]),
                format_percent(r.get("sc_demand"), 1, texts["language"]),
            ]
        )
        numbers.append([r.get("zones"), r.get("residents"), r.get("jobs"), r.get("sc_supply"), r.get("sc_demand")])
    return ReportTable(texts["table_regions"], headers, rows, numbers)
