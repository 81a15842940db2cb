"""Exports of the conflicts shown in the inspector, for colleagues without QGIS: CSV or a spreadsheet (XLSX) with the
columns as the table shows them, headings and words in the user's language, the rule's message and legal basis, the
share in per cent, one severity and one status column; and a table of the reviewed conflicts ready for a
samrådsredogörelse (status, comment, who and when), in consultation order.

CSV follows the user's locale unless told otherwise: Swedish (';', decimal comma, UTF-8 with BOM) or the other
(',', decimal point). The files are written by core.table_export into a hidden file moved into place.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from pathlib import Path

import pandas as pd

from ..core.number_format import is_missing
from ..core.report_parts import report_texts
from ..core.report_tables import sorted_conflicts
from ..core.rules import SEVERITIES
from ..core.table_export import write_csv, write_xlsx
from ..i18n.translation import csv_style as locale_csv_style
from ..i18n.translation import tr, user_language
from .results_model import ConflictRow, role_label, severity_label, status_label

FORMATS = (".csv", ".xlsx")
CSV_STYLES = ("sv", "en")


class ExportError(Exception):
    """An export that could not be written; names the file."""


@dataclass(frozen=True)
class Column:
    heading: str
    value: object  # a function of the row's values
    decimals: int | None = None
    width: float | None = None


def _number(value) -> float | None:
    return None if is_missing(value) else float(value)


def _percent(value) -> float | None:
    number = _number(value)
    return None if number is None else round(number * 100.0, 1)


def _local_time(value) -> str:
    """'2026-12-03 09:45' in the computer's time zone, from the ISO time the review was saved at (UTC)."""
    if not value:
        return ""
    try:
        moment = dt.datetime.fromisoformat(str(value))
    except ValueError:
        return str(value)
    if moment.tzinfo is not None:
        moment = moment.astimezone()
    return moment.strftime("%Y-%m-%d %H:%M")


def conflict_columns() -> list[Column]:
    """The export's columns: what the inspector's table shows, then the rule's text, and what traces a row back."""
    return [
        Column(tr("Severity"), lambda v: severity_label(v.get("severity") or ""), width=12),
        Column(tr("Rule"), lambda v: v.get("rule_id"), width=12),
        Column(tr("Message"), lambda v: v.get("message"), width=60),
        Column(tr("Legal basis"), lambda v: v.get("basis"), width=28),
        Column(tr("Plan category"), lambda v: v.get("plan_category"), width=26),
        Column(tr("Theme category"), lambda v: v.get("theme_category"), width=22),
        Column(tr("Theme role"), lambda v: role_label(v.get("theme_role") or ""), width=20),
        Column(tr("Municipality"), lambda v: v.get("municipality"), width=16),
        Column(tr("Area (m²)"), lambda v: _number(v.get("area_m2")), 1, 12),
        Column(tr("Length (m)"), lambda v: _number(v.get("length_m")), 1, 12),
        Column(tr("Distance (m)"), lambda v: _number(v.get("distance_m")), 1, 12),
        Column(tr("Share of the plan feature (%)"), lambda v: _percent(v.get("share")), 1, 14),
        Column(tr("Status"), lambda v: status_label(v.get("status") or "open"), width=14),
        Column(tr("Comment"), lambda v: v.get("comment"), width=40),
        Column(tr("Reviewed by"), lambda v: v.get("reviewed_by"), width=16),
        Column(tr("Reviewed at"), lambda v: _local_time(v.get("reviewed_at")), width=17),
        Column(tr("Plan layer"), lambda v: v.get("plan_layer"), width=18),
        Column(tr("Plan feature id"), lambda v: v.get("plan_fid"), width=10),
        Column(tr("Theme layer"), lambda v: v.get("theme_layer"), width=18),
        Column(tr("Theme feature id"), lambda v: v.get("theme_fid"), width=10),
        Column(tr("Result id"), lambda v: v.get("conflict_key"), width=34),
    ]


def consultation_columns() -> list[Column]:
    """The samrådsredogörelse table: the number the report gives the result, where, what, and the review."""
    return [
        Column(tr("No."), lambda v: v.get("_number"), width=7),
        Column(tr("Municipality"), lambda v: v.get("municipality"), width=16),
        Column(tr("Severity"), lambda v: severity_label(v.get("severity") or ""), width=12),
        Column(tr("Message"), lambda v: v.get("message"), width=60),
        Column(tr("Legal basis"), lambda v: v.get("basis"), width=28),
        Column(tr("Plan category"), lambda v: v.get("plan_category"), width=26),
        Column(tr("Theme category"), lambda v: v.get("theme_category"), width=22),
        Column(tr("Share of the plan feature (%)"), lambda v: _percent(v.get("share")), 1, 14),
        Column(tr("Status"), lambda v: status_label(v.get("status") or "open"), width=14),
        Column(tr("Comment"), lambda v: v.get("comment"), width=50),
        Column(tr("Reviewed by"), lambda v: v.get("reviewed_by"), width=16),
        Column(tr("Reviewed at"), lambda v: _local_time(v.get("reviewed_at")), width=17),
    ]


def consultation_order(values: list[dict], language: str | None = None) -> list[dict]:
    """The reviewed results (status other than open) in the order a consultation report lists them: by municipality,
    then as the report's conflict list numbers them (worst severity first, the largest share first), each with that
    number (K1, V3, … in Swedish; C1, W3, … in English), so that the table and the report name a result alike."""
    if not values:
        return []
    texts = report_texts(language or ("sv" if user_language() == "sv" else "en"))
    frame = pd.DataFrame(values)
    for column in ("severity", "share", "area_m2", "length_m", "rule_id", "status", "municipality"):
        if column not in frame:
            frame[column] = None
    frame["_position"] = range(len(frame))
    ordered = sorted_conflicts(frame)
    numbers = {}
    for severity in SEVERITIES:
        part = ordered[ordered["severity"] == severity]
        for count, position in enumerate(part["_position"], start=1):
            numbers[position] = f"{texts[f'prefix_{severity}']}{count}"
    ordered = ordered.assign(
        _number=ordered["_position"].map(numbers),
        _order=range(len(ordered)),
        _municipality=ordered["municipality"].fillna("").astype(str),
    )
    reviewed = ordered[ordered["status"].fillna("open").replace("", "open") != "open"]
    reviewed = reviewed.sort_values(["_municipality", "_order"], kind="stable")
    return [
        {k: (None if isinstance(v, float) and is_missing(v) else v) for k, v in record.items()}
        for record in reviewed.to_dict("records")
    ]


def _write(path: Path, sheet: str, columns: list[Column], records: list[dict], csv_style: str | None) -> int:
    suffix = path.suffix.lower()
    if suffix not in FORMATS:
        raise ExportError(tr("Export to '{0}': choose a file ending in .csv or .xlsx.").format(path))
    headers = [c.heading for c in columns]
    rows = [[c.value(values) for c in columns] for values in records]
    decimals = [c.decimals for c in columns]
    try:
        if suffix == ".csv":
            write_csv(path, headers, rows, csv_style or locale_csv_style(), decimals)
        else:
            write_xlsx(path, sheet, headers, rows, [c.width or 14 for c in columns], decimals)
    except OSError as error:
        raise ExportError(tr("The export to '{0}' failed: {1}").format(path, error.strerror or error)) from None
    return len(rows)


def export_rows(rows: list[ConflictRow], path: str | Path, csv_style: str | None = None) -> int:
    """Write the rows to a .csv or .xlsx file; returns the number written. `csv_style` 'sv' or 'en' (None: the
    user's locale's)."""
    return _write(Path(path), tr("Conflicts"), conflict_columns(), [row.values for row in rows], csv_style)


def export_consultation(rows: list[ConflictRow], path: str | Path, csv_style: str | None = None) -> int:
    """The reviewed conflicts among the rows, ready for a samrådsredogörelse; returns the number written."""
    records = consultation_order([row.values for row in rows])
    return _write(Path(path), tr("Consultation"), consultation_columns(), records, csv_style)
