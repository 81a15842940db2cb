"""The report's building blocks, without QGIS: its texts (resources/report/texts.csv, one column per language), its
method notes, the plain data a section is made of (tables, charts, paragraphs) and the words for the engine's codes.

The texts come from templates so that a report can be written in Swedish or English whatever language QGIS runs in.
Numbers are written by core.number_format, in the report's language ("4 790 km²" in Swedish, "4,790 km²" in English).
"""

from __future__ import annotations

import csv
import re
from dataclasses import dataclass, field
from pathlib import Path

import pandas as pd

from .number_format import format_number
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


def number_text(value: object, texts: dict[str, str], decimals: int = 0) -> str:
    return format_number(value, decimals, texts["language"])


def severity_order(values: pd.Series) -> pd.Series:
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


def theme_layers_text(theme_layers: str, texts: dict[str, str]) -> str:
    """The conflict check's theme layers (its run record: 'name [role] (count); …') by role in the report's language:
    "Bebyggelse: tatorter (0 objekt), byggnader (154 objekt); Infrastruktur: vagar (30 objekt)"."""
    by_role: dict[str, list[str]] = {}
    for part in theme_layers.split("; "):
        found = re.fullmatch(r"(.*) \[([a-z-]+)\] \((\d+)\)", part.strip())
        if not found:
            if part.strip():
                by_role.setdefault("", []).append(part.strip())
            continue
        name, role, count = found.groups()
        by_role.setdefault(role, []).append(
            texts["cover_layer_feature" if int(count) == 1 else "cover_layer_features"].format(
                name, format_number(int(count), 0, texts["language"])
            )
        )
    parts = []
    for role, layers in by_role.items():
        word = texts.get(f"role_{role}", role)
        parts.append(
            texts["cover_role_layers"].format(word[:1].upper() + word[1:], ", ".join(layers))
            if word
            else ", ".join(layers)
        )
    return "; ".join(parts)


# The results a report can show, as the Samplan results group names them: conflict layers by geometry, then the
# analyses' tables.
RESULT_KINDS = ("conflict_areas", "conflict_lines", "conflict_points") + ANALYSES[1:]


def reported_results(kinds: list[str], texts: dict[str, str]) -> str:
    """The results in the report by the name of their analysis in the report's language, in the report's order."""
    return ", ".join(texts[f"result_{kind}"] for kind in RESULT_KINDS if kind in kinds)
