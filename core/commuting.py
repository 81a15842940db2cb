"""Commuting tables (residence zone, workplace zone, number of employed): read, checked and held as a sparse matrix.

A table comes from a CSV file or from the attribute rows of any QGIS table (the adapter hands those over as
records). Every count must be a number of at least zero; a bad one is refused with its line (or feature).
Duplicate pairs are summed with a warning; codes that are not among the zones are listed, and their flows
left out, with a warning; zones without any flow are kept and named.
"""
from __future__ import annotations

import math
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path

import numpy as np
import pandas as pd
import scipy.sparse as sp

from .messages import Message, translatable
from .input_checks import AMBIGUOUS, NumberTextError, number_from_text
from .progress import Progress, SilentProgress
from .table_files import TableFileError, read_table_text, table_records


class CommutingTableError(TableFileError):
    """A commuting table that cannot be used; names the file (or layer), the line (or feature) and the column."""

    def __init__(self, source: str, line: int, column: str | None, template: str, *fields: object, unit: str = "line") -> None:
        self.unit = unit
        super().__init__(source, line, column, template, *fields)

    def render(self, translate=lambda template: template) -> str:
        if self.unit != "feature":
            return super().render(translate)
        if self.column:
            where = Message(translatable("{0}, feature {1}, field '{2}'"), self.source, self.line, self.column)
        else:
            where = Message(translatable("{0}, feature {1}"), self.source, self.line)
        return f"{where.render(translate)}: {self.problem.render(translate)}"


def _some(values: Iterable[object], limit: int = 10) -> str:
    values = [str(v) for v in values]
    return ", ".join(values[:limit]) + (" …" if len(values) > limit else "")


def parse_count(text: object, source: str, line: int, column: str, unit: str = "line") -> float:
    """A count of employed commuters: a whole number of at least zero.

    A space (or no-break space) may group thousands ('1 234'), and a comma is read as a decimal comma ('12,0' is 12),
    as Swedish spreadsheets write them (core.input_checks.number_from_text). A count that is not a whole number
    ('12,5') is refused with its line, and so is one that reads two ways, such as "1,234" or "12,000" (1.234 or
    1234 commuters)."""
    if text is None or (isinstance(text, float) and math.isnan(text)):
        raise CommutingTableError(source, line, column, translatable("the count is empty"), unit=unit)
    if isinstance(text, (int, float, np.integer, np.floating)) and not isinstance(text, bool):
        value = float(text)
    else:
        try:
            value = number_from_text(str(text))
        except NumberTextError as error:
            if error.args[0] == AMBIGUOUS:
                # "12,000" is twelve to a Swede and twelve thousand to an English spreadsheet: never guessed.
                raise CommutingTableError(source, line, column, translatable(
                    "the count '{0}' could be read as {1} or as {2}: write thousands without a separator or with a space"),
                    *error.args[1:], unit=unit) from None
            try:
                value = float(str(text).strip())  # '1e3', and 'nan' or 'inf' refused below
            except ValueError:
                raise CommutingTableError(source, line, column, translatable("the count '{0}' is not a number"), text,
                                          unit=unit) from None
        if value is None:
            raise CommutingTableError(source, line, column, translatable("the count is empty"), unit=unit)
    if not math.isfinite(value):
        raise CommutingTableError(source, line, column, translatable("the count '{0}' is not a finite number"), text, unit=unit)
    if value < 0:
        raise CommutingTableError(source, line, column, translatable("the count {0} is negative; counts of commuters are zero or more"),
                                  text, unit=unit)
    if not value.is_integer():
        raise CommutingTableError(source, line, column,
                                  translatable("the count '{0}' is not a whole number of commuters (a comma is read as a decimal "
                                               "comma: write thousands without a separator or with a space)"), text, unit=unit)
    return value


def normalise_code(value: object) -> str:
    """A zone code as text, whatever field type held it: 9901, 9901.0 and ' 9901' are all '9901'; '0180' stays '0180'."""
    if isinstance(value, (float, np.floating)) and float(value).is_integer():
        value = int(value)
    code = str(value).strip()
    if code.endswith(".0") and code[:-2].lstrip("-").isdigit():
        code = code[:-2]
    return code


def parse_code(value: object, source: str, line: int, column: str, unit: str = "line") -> str:
    """A zone code as text ('0180' stays '0180'; a whole number read as 180.0 from a numeric field becomes '180')."""
    if value is None or (isinstance(value, float) and math.isnan(value)):
        raise CommutingTableError(source, line, column, translatable("the zone code is empty"), unit=unit)
    code = normalise_code(value)
    if not code:
        raise CommutingTableError(source, line, column, translatable("the zone code is empty"), unit=unit)
    return code


@dataclass(frozen=True)
class CommutingColumns:
    residence: str = "bostadskommun"
    workplace: str = "arbetskommun"
    count: str = "antal"

    def as_tuple(self) -> tuple[str, str, str]:
        return (self.residence, self.workplace, self.count)


def commuting_frame_from_records(records: Iterable[tuple[int, object, object, object]], source: str, columns: CommutingColumns,
                                 unit: str = "line") -> pd.DataFrame:
    """Checked rows (residence, workplace, count) from (line, residence, workplace, count) records."""
    residence, workplace, counts = [], [], []
    for line, home, work, count in records:
        residence.append(parse_code(home, source, line, columns.residence, unit))
        workplace.append(parse_code(work, source, line, columns.workplace, unit))
        counts.append(parse_count(count, source, line, columns.count, unit))
    return pd.DataFrame({"residence": pd.Series(residence, dtype=object), "workplace": pd.Series(workplace, dtype=object),
                         "count": np.asarray(counts, dtype=float)})


def read_commuting_csv(path: str | Path, columns: CommutingColumns = CommutingColumns()) -> pd.DataFrame:
    """A commuting CSV (',' or ';' separated, UTF-8 or cp1252) with the three named columns; other columns are ignored."""
    path = Path(path)
    text = read_table_text(path, CommutingTableError)
    records = ((line, row[columns.residence], row[columns.workplace], row[columns.count])
               for line, row in table_records(text, str(path), columns.as_tuple(), CommutingTableError, other_columns=True))
    return commuting_frame_from_records(records, str(path), columns)


@dataclass
class CommutingMatrix:
    """Flows between zones as a sparse matrix: rows are residence zones, columns workplace zones, in code order.

    `codes` are sorted, so that nothing computed from the matrix depends on the order of the input rows.
    """

    codes: np.ndarray
    names: np.ndarray
    flows: sp.csr_matrix

    def __post_init__(self) -> None:
        self.codes = np.asarray(self.codes, dtype=object)
        self.names = np.asarray(self.names, dtype=object)
        self.flows = sp.csr_matrix(self.flows, dtype=float)
        self.flows.sum_duplicates()
        self.flows.eliminate_zeros()
        self.flows.sort_indices()

    def __len__(self) -> int:
        return len(self.codes)

    @property
    def residents(self) -> np.ndarray:
        """Employed residents of each zone: everyone who lives there and works anywhere among the zones."""
        return np.asarray(self.flows.sum(axis=1)).ravel()

    @property
    def jobs(self) -> np.ndarray:
        """Jobs in each zone: everyone who works there, wherever they live among the zones."""
        return np.asarray(self.flows.sum(axis=0)).ravel()

    @property
    def internal(self) -> np.ndarray:
        """Residents working in their own zone."""
        return self.flows.diagonal()

    @property
    def total(self) -> float:
        return float(self.flows.sum())


def build_matrix(table: pd.DataFrame, zone_codes: Iterable[object], zone_names: Iterable[object] | None = None,
                 source: str = "", zones_source: str = "", progress: Progress | None = None) -> CommutingMatrix:
    """The flows of a checked table between the given zones, with warnings for what is summed or left out.

    - duplicate (residence, workplace) pairs are summed;
    - codes in the table that are not among the zones are listed by code, and their flows left out;
    - zones that appear in no flow at all are named (they get no employed residents and no jobs).
    """
    progress = progress or SilentProgress()
    codes = np.asarray([normalise_code(c) for c in zone_codes], dtype=object)
    names = np.asarray(list(zone_names) if zone_names is not None else codes, dtype=object)
    if len(set(codes)) != len(codes):
        seen, twice = set(), []
        for code in codes:
            if code in seen:
                twice.append(code)
            seen.add(code)
        raise CommutingTableError(zones_source or "zones", 0, None, translatable("zone code(s) occur more than once: {0}"),
                                  _some(sorted(set(twice))))
    order = np.argsort(codes.astype(str), kind="stable")
    codes, names = codes[order], names[order]
    position = pd.Index(codes)

    table = table[table["count"] > 0]
    grouped = table.groupby(["residence", "workplace"], sort=True)["count"]
    sizes = grouped.size()
    duplicates = sizes[sizes > 1]
    if len(duplicates):
        pairs = [f"{home}→{work} ({count}×)" for (home, work), count in duplicates.items()]
        progress.warning(Message(translatable("{0}: {1} pair(s) of residence and workplace occur on more than one row; their counts "
                                              "were summed: {2}"), source, len(duplicates), _some(pairs)))
    summed = grouped.sum().reset_index()
    home_at = position.get_indexer(summed["residence"])
    work_at = position.get_indexer(summed["workplace"])
    unknown = (home_at < 0) | (work_at < 0)
    if unknown.any():
        missing_codes = sorted(set(summed.loc[home_at < 0, "residence"]) | set(summed.loc[work_at < 0, "workplace"]))
        progress.warning(Message(translatable("{0}: {1} zone code(s) in the commuting table are not among the zones of {2}: {3}. "
                                              "Their {4} commuter(s) on {5} row(s) are left out."),
                                 source, len(missing_codes), zones_source or "zones", _some(missing_codes),
                                 _fmt(summed.loc[unknown, "count"].sum()), int(unknown.sum())))
    keep = ~unknown
    flows = sp.csr_matrix((summed["count"].to_numpy()[keep], (home_at[keep], work_at[keep])), shape=(len(codes), len(codes)))
    matrix = CommutingMatrix(codes, names, flows)
    silent = (matrix.residents == 0) & (matrix.jobs == 0)
    if silent.any():
        progress.warning(Message(translatable("{0}: {1} zone(s) have no commuting at all in the table: {2}. Each stays a region of its own."),
                                 zones_source or "zones", int(silent.sum()), _some(_labels(matrix, np.flatnonzero(silent)))))
    return matrix


def _labels(matrix: CommutingMatrix, rows: np.ndarray) -> list[str]:
    return [f"{matrix.names[r]} ({matrix.codes[r]})" if str(matrix.names[r]) != str(matrix.codes[r]) else str(matrix.codes[r])
            for r in rows]


def _fmt(value: float) -> str:
    return f"{value:.0f}" if float(value).is_integer() else f"{value:.1f}"
