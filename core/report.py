"""A workshop report of a plan draft or a comparison: the sections, tables, charts and texts, without QGIS.

The texts come from templates in resources/report/ (one column per language in texts.csv, one method note per
analysis and language), so that a report can be written in Swedish or English whatever language QGIS runs in.
The report is a list of sections (a heading and its tables, charts and paragraphs); the HTML is written here and
the QGIS adapter lays the same sections out in a print layout for the PDF. Numbers are written by
core.number_format, in the report's language ("4 790 km²" in Swedish, "4,790 km²" in English).
"""

from __future__ import annotations

import html
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from string import Template

import pandas as pd

from .report_charts import indicator_chart, severity_chart
from .report_parts import ANALYSES, REPORT_TEMPLATES, Chart, ReportTable, Section, method_notes
from .report_tables import (
    accessibility_table,
    border_report_table,
    conflict_list_tables,
    indicator_report_table,
    mesh_report_table,
    municipality_table,
    regions_table,
    rule_messages,
    rule_table,
    severity_table,
    weak_links_table,
)


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
