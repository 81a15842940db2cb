"""Commuting tables (residence zone, workplace zone, number of employed): read, checked and held as a sparse matrix.

A table comes from a CSV file or from the attribute rows of any QGIS table (the adapter hands those over as
records). Every count must be a number of at least zero; a bad one is refused with its line (or feature).
Duplicate pairs are summed with a warning; codes that are not among the zones are listed, and their flows
left out, with a warning; zones without any flow are kept and named.
"""

from __future__ import annotations

import math
import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from pathlib import Path

import numpy as np
import pandas as pd
import scipy.sparse as sp

from .messages import Message, translatable
from .input_checks import AMBIGUOUS, NumberTextError, number_from_text
from .progress import Progress, SilentProgress
from .table_files import TableFileError, read_table_text, split_line, table_records


class CommutingTableError(TableFileError):
    """A commuting table that cannot be used; names the file (or layer), the line (or feature) and the column."""

    def __init__(
        self, source: str, line: int, column: str | None, template: str, *fields: object, unit: str = "line"
    ) -> None:
        self.unit = unit
        super().__init__(source, line, column, template, *fields)

    def render(self, translate=lambda template: template) -> str:
        if self.unit != "feature" or self.line <= 0:
            return super().render(translate)
        if self.column:
            where = Message(translatable("{0}, feature {1}, field '{2}'"), self.source, self.line, self.column)
        else:
            where = Message(translatable("{0}, feature {1}"), self.source, self.line)
        return f"{where.render(translate)}: {self.problem.render(translate)}"


def _some(values: Iterable[object], limit: int = 10) -> str:
    texts = [str(v) for v in values]
    return ", ".join(texts[:limit]) + (" …" if len(texts) > limit else "")


def parse_count(text: object, source: str, line: int, column: str, unit: str = "line") -> float:
    """A count of employed commuters: a whole number of at least zero.

    A space (or no-break space) may group thousands ('1 234'), and a comma is read as a decimal comma ('12,0' is 12),
    as Swedish spreadsheets write them (core.input_checks.number_from_text). A count that is not a whole number
    ('12,5') is refused with its line, and so is one that reads two ways, such as "1,234" or "12,000" (1.234 or
    1234 commuters)."""
    if text is None or (isinstance(text, float) and math.isnan(text)):
        raise CommutingTableError(source, line, column, translatable("the count is empty"), unit=unit)
    value: float | None
    if isinstance(text, (int, float, np.integer, np.floating)) and not isinstance(text, bool):
        value = float(text)
    else:
        try:
            value = number_from_text(str(text))
        except NumberTextError as error:
            if error.args[0] == AMBIGUOUS:
                # "12,000" is twelve to a Swede and twelve thousand to an English spreadsheet: never guessed.
                raise CommutingTableError(
                    source,
                    line,
                    column,
                    translatable(
                        "the count '{0}' could be read as {1} or as {2}: write thousands without a separator or with a space"
                    ),
                    *error.args[1:],
                    unit=unit,
                ) from None
            try:
                value = float(str(text).strip())  # '1e3', and 'nan' or 'inf' refused below
            except ValueError:
                raise CommutingTableError(
                    source, line, column, translatable("the count '{0}' is not a number"), text, unit=unit
                ) from None
        if value is None:
            raise CommutingTableError(source, line, column, translatable("the count is empty"), unit=unit)
    if not math.isfinite(value):
        raise CommutingTableError(
            source, line, column, translatable("the count '{0}' is not a finite number"), text, unit=unit
        )
    if value < 0:
        raise CommutingTableError(
            source,
            line,
            column,
            translatable("the count {0} is negative; counts of commuters are zero or more"),
            text,
            unit=unit,
        )
    if not value.is_integer():
        raise CommutingTableError(
            source,
            line,
            column,
            translatable(
                "the count '{0}' is not a whole number of commuters (a comma is read as a decimal "
                "comma: write thousands without a separator or with a space)"
            ),
            text,
            unit=unit,
        )
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


def commuting_frame_from_records(
    records: Iterable[tuple[int, object, object, object]], source: str, columns: CommutingColumns, unit: str = "line"
) -> pd.DataFrame:
    """Checked rows (residence, workplace, count) from (line, residence, workplace, count) records."""
    residence, workplace, counts = [], [], []
    for line, home, work, count in records:
        residence.append(parse_code(home, source, line, columns.residence, unit))
        workplace.append(parse_code(work, source, line, columns.workplace, unit))
        counts.append(parse_count(count, source, line, columns.count, unit))
    return pd.DataFrame(
        {
            "residence": pd.Series(residence, dtype=object),
            "workplace": pd.Series(workplace, dtype=object),
            "count": np.asarray(counts, dtype=float),
        }
    )


# Column names of SCB's exports, taken when the named column is missing (in any case): the residence and workplace
# zone at the levels SCB publishes (kommun, län, region, DeSO, RegSO); the count is a year's column ("2023", or a
# heading that ends with the year, "Sysselsatta 15-74 år 2023"); a sex column ("kön") may hold a total beside men and
# women.
RESIDENCE_NAMES = (
    "bostadskommun",
    "bostadsregion",
    "bostadslän",
    "bostadsdeso",
    "bostads-deso",
    "bostadsregso",
    "bostads-regso",
    "bostadsområde",
)
WORKPLACE_NAMES = (
    "arbetsställekommun",
    "arbetskommun",
    "arbetsplatskommun",
    "arbetsställeregion",
    "arbetsregion",
    "arbetsställelän",
    "arbetsställedeso",
    "arbetsställe-deso",
    "arbetsställeregso",
    "arbetsställe-regso",
    "arbetsområde",
)
YEAR_COLUMN = re.compile(r"(?:^|\D)(?:19|20)\d\d$")
SEX_COLUMN = "kön"
SEX_TOTALS = ("totalt", "total", "män och kvinnor", "kvinnor och män", "båda könen", "samtliga")
HEADER_SEARCH_LINES = 30


def _column_for(header: Sequence[str], wanted: str, names: tuple[str, ...]) -> str | None:
    """The column named `wanted` (in any case), else the one column with one of SCB's `names`."""
    if wanted in header:
        return wanted
    for choices in ((wanted,), names):
        found = [h for h in header if h.casefold() in {c.casefold() for c in choices}]
        if len(found) == 1:
            return found[0]
    return None


def resolve_columns(
    header: Sequence[str],
    columns: CommutingColumns,
    source: str,
    line: int = 1,
    unit: str = "line",
    progress: Progress | None = None,
) -> CommutingColumns:
    """The columns of a table as named, or as SCB's exports name them (RESIDENCE_NAMES, WORKPLACE_NAMES, a year); each
    column taken under another name is reported. Refused with the table's columns when one cannot be told."""
    progress = progress or SilentProgress()
    header = [str(h).strip() for h in header]
    residence = _column_for(header, columns.residence, RESIDENCE_NAMES)
    workplace = _column_for(header, columns.workplace, WORKPLACE_NAMES)
    if workplace is not None and workplace == residence:
        workplace = None
    count = _column_for(header, columns.count, ())
    if count is None:
        years = [h for h in header if YEAR_COLUMN.search(h)]
        if len(years) == 1:
            count = years[0]
        elif len(years) > 1:
            raise CommutingTableError(
                source,
                line,
                columns.count,
                translatable(
                    "there is no column '{0}', and one column per year: {1}. Give the year "
                    "to use as the column of the number of employed commuters"
                ),
                columns.count,
                ", ".join(years),
                unit=unit,
            )
    missing = [name for name, found in zip(columns.as_tuple(), (residence, workplace, count)) if found is None]
    if missing:
        raise CommutingTableError(
            source,
            line,
            missing[0],
            translatable("missing column(s): {0}. The table's columns are: {1}"),
            ", ".join(missing),
            ", ".join(header) or "–",
            unit=unit,
        )
    assert residence is not None and workplace is not None and count is not None  # each checked just above
    resolved = CommutingColumns(residence, workplace, count)
    said = (
        translatable("{0}: the column '{1}' is read as the residence column (there is no column '{2}')."),
        translatable("{0}: the column '{1}' is read as the workplace column (there is no column '{2}')."),
        translatable("{0}: the column '{1}' is read as the count column (there is no column '{2}')."),
    )
    for template, given, found in zip(said, columns.as_tuple(), resolved.as_tuple()):
        if given != found:
            progress.info(Message(template, source, found, given))
    return resolved


def _header_line(lines: list[str], columns: CommutingColumns, source: str) -> int:
    """The index of the header line: the first line (of the first HEADER_SEARCH_LINES) naming a residence and a
    workplace column; a statistics database's title and blank lines may come before it."""
    for index, line in enumerate(lines[:HEADER_SEARCH_LINES]):
        header = split_line(line)
        if (
            len(header) >= 3
            and _column_for(header, columns.residence, RESIDENCE_NAMES) is not None
            and _column_for(header, columns.workplace, WORKPLACE_NAMES) is not None
        ):
            return index
    return 0


def read_commuting_csv(
    path: str | Path, columns: CommutingColumns = CommutingColumns(), progress: Progress | None = None
) -> pd.DataFrame:
    """A commuting CSV with the three named columns; other columns are ignored.

    Read as SCB's database exports are published: ',' or ';' separated, UTF-8 (with or without a byte order mark) or
    Windows-1252, title lines before the header, SCB's column names (bostadskommun, arbetsställekommun, …) and a year
    column as the count when the named ones are missing, cells with code and name ("2505 Arvidsjaur", matched to the
    zones by build_matrix), and a sex column (kön) holding a total beside men and women: the total rows are kept."""
    progress = progress or SilentProgress()
    path = Path(path)
    text = read_table_text(path, CommutingTableError).lstrip("\ufeff")
    lines = text.splitlines()
    skip = _header_line(lines, columns, str(path))
    header = split_line(lines[skip]) if len(lines) > skip else []
    resolved = resolve_columns(header, columns, str(path), skip + 1, progress=progress) if header else columns
    sex = next((h for h in header if h.casefold() == SEX_COLUMN), None)
    wanted = resolved.as_tuple() + ((sex,) if sex and sex not in resolved.as_tuple() else ())
    rows = list(table_records(text, str(path), wanted, CommutingTableError, other_columns=True, skip_lines=skip))
    if sex:
        values = {row[sex].casefold() for _, row in rows}
        totals = [v for v in values if v in SEX_TOTALS]
        if totals and len(values) > 1:
            rows = [(line, row) for line, row in rows if row[sex].casefold() in totals]
            progress.info(
                Message(
                    translatable("{0}: only the rows with {1} = '{2}' are read (the column also holds {3})."),
                    str(path),
                    sex,
                    totals[0],
                    ", ".join(sorted(values - set(totals))),
                )
            )
    records = ((line, row[resolved.residence], row[resolved.workplace], row[resolved.count]) for line, row in rows)
    return commuting_frame_from_records(records, str(path), resolved)


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


def build_matrix(
    table: pd.DataFrame,
    zone_codes: Iterable[object],
    zone_names: Iterable[object] | None = None,
    source: str = "",
    zones_source: str = "",
    progress: Progress | None = None,
) -> CommutingMatrix:
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
        raise CommutingTableError(
            zones_source or "zones",
            0,
            None,
            translatable("zone code(s) occur more than once: {0}"),
            _some(sorted(set(twice))),
        )
    order = np.argsort(codes.astype(str), kind="stable")
    codes, names = codes[order], names[order]
    position = pd.Index(codes)

    table = table[table["count"] > 0]
    grouped = table.groupby(["residence", "workplace"], sort=True)["count"]
    sizes = grouped.size()
    duplicates = sizes[sizes > 1]
    if len(duplicates):
        pairs = [f"{home}→{work} ({count}×)" for (home, work), count in duplicates.items()]
        progress.warning(
            Message(
                translatable(
                    "{0}: {1} pair(s) of residence and workplace occur on more than one row; their counts "
                    "were summed: {2}"
                ),
                source,
                len(duplicates),
                _some(pairs),
            )
        )
    summed = grouped.sum().reset_index()
    read_as = _zone_codes_of(pd.unique(pd.concat([summed["residence"], summed["workplace"]])), codes, source, progress)
    home_at = position.get_indexer(summed["residence"].map(read_as))
    work_at = position.get_indexer(summed["workplace"].map(read_as))
    unknown = (home_at < 0) | (work_at < 0)
    if len(summed) and unknown.all():
        matched = (home_at >= 0) | (work_at >= 0)
        raise CommutingTableError(
            source or "commuting table",
            0,
            None,
            translatable(
                "no row of the commuting table has both codes among the zones of {0}, so there is "
                "nothing to compute ({1} of its codes match a zone). The table's codes, as read: "
                "{2}. The zones' codes: {3}. Check the zone code field and the table's columns "
                "(a code and a name in one cell, such as '2505 Arvidsjaur', is read as 2505)."
            ),
            zones_source or "zones",
            int(matched.sum()),
            _some(sorted(set(summed["residence"]) | set(summed["workplace"]))),
            _some(codes),
        )
    if unknown.any():
        missing_codes = sorted(set(summed.loc[home_at < 0, "residence"]) | set(summed.loc[work_at < 0, "workplace"]))
        progress.warning(
            Message(
                translatable(
                    "{0}: {1} zone code(s) in the commuting table are not among the zones of {2}: {3}. "
                    "Their {4} commuter(s) on {5} row(s) are left out."
                ),
                source,
                len(missing_codes),
                zones_source or "zones",
                _some(missing_codes),
                _fmt(summed.loc[unknown, "count"].sum()),
                int(unknown.sum()),
            )
        )
    keep = ~unknown
    flows = sp.csr_matrix(
        (summed["count"].to_numpy()[keep], (home_at[keep], work_at[keep])), shape=(len(codes), len(codes))
    )
    matrix = CommutingMatrix(codes, names, flows)
    silent = (matrix.residents == 0) & (matrix.jobs == 0)
    if silent.any():
        progress.warning(
            Message(
                translatable(
                    "{0}: {1} zone(s) have no commuting at all in the table: {2}. Each stays a region of its own."
                ),
                zones_source or "zones",
                int(silent.sum()),
                _some(_labels(matrix, np.flatnonzero(silent))),
            )
        )
    return matrix


def _zone_codes_of(
    table_codes: Iterable[str], zone_codes: np.ndarray, source: str, progress: Progress
) -> dict[str, str]:
    """Each code of the table as the zone code it stands for, when it is not one itself: a cell with code and name
    ("2505 Arvidsjaur", "0114 Upplands Väsby (bostad)") stands for the code before the first space, and a number with
    or without leading zeros ("0114", "114") for the zone code that is the same number. Codes left as they are when no
    zone matches (they are reported by the caller)."""
    zones = set(zone_codes)
    by_number: dict[str, str | None] = {}
    for code in zone_codes:
        if code.isdigit():
            key = code.lstrip("0") or "0"
            by_number[key] = None if key in by_number else code  # None: two zones are the same number
    read_as, named, unpadded = {}, [], []
    for code in table_codes:
        candidate = code
        if candidate not in zones and " " in candidate.strip():
            candidate = candidate.strip().split()[0]
        number = by_number.get(candidate.lstrip("0") or "0")
        if candidate not in zones and candidate.isdigit() and number:
            candidate = number
            unpadded.append(code)
        if candidate != code and candidate in zones:
            read_as[code] = candidate
            if " " in code.strip():
                named.append(f"'{code}' → {candidate}")
        else:
            read_as[code] = code
    if named:
        progress.info(
            Message(
                translatable("{0}: {1} cell(s) hold a code and a name; the code before the first space is used: {2}"),
                source,
                len(named),
                _some(named, 3),
            )
        )
    if unpadded:
        progress.info(
            Message(
                translatable("{0}: {1} code(s) match a zone only as numbers (leading zeros differ): {2}"),
                source,
                len(unpadded),
                _some(unpadded, 5),
            )
        )
    return read_as


def _labels(matrix: CommutingMatrix, rows: np.ndarray) -> list[str]:
    return [
        f"{matrix.names[r]} ({matrix.codes[r]})"
        if str(matrix.names[r]) != str(matrix.codes[r])
        else str(matrix.codes[r])
        for r in rows
    ]


def _fmt(value: float) -> str:
    return f"{value:.0f}" if float(value).is_integer() else f"{value:.1f}"
