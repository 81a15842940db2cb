"""Plain CSV tables a user edits in a spreadsheet (rule sets, category mappings): read and checked alike."""
from __future__ import annotations

import csv
import io
from collections.abc import Iterator
from pathlib import Path


class TableFileError(ValueError):
    """A table file that cannot be used; names the file, line and column at fault."""

    def __init__(self, source: str, line: int, column: str | None, problem: str) -> None:
        self.source = source
        self.line = line
        self.column = column
        self.problem = problem
        where = f"{source}, line {line}" + (f", column '{column}'" if column else "")
        super().__init__(f"{where}: {problem}")


def read_table_text(path: Path, error: type[TableFileError] = TableFileError) -> str:
    try:
        return path.read_text(encoding="utf-8")
    except UnicodeDecodeError:
        # Spreadsheets on Windows may still save in cp1252.
        return path.read_text(encoding="cp1252")
    except OSError as failure:
        raise error(str(path), 0, None, f"cannot be read: {failure.strerror}") from None


def _sniff_delimiter(header_line: str) -> str:
    # Swedish spreadsheets save CSV with ';'; accept both.
    return ";" if header_line.count(";") > header_line.count(",") else ","


def table_records(text: str, source: str, columns: tuple[str, ...],
                  error: type[TableFileError] = TableFileError) -> Iterator[tuple[int, dict[str, str]]]:
    """(line number, stripped values by column) for every non-blank record, after checking the header."""
    text = text.lstrip("\ufeff")
    first_line = text.splitlines()[0] if text.strip() else ""
    if not first_line.strip():
        raise error(source, 1, None, "the file is empty; expected a header line with " + ", ".join(columns))
    reader = csv.reader(io.StringIO(text), delimiter=_sniff_delimiter(first_line))
    header = [h.strip() for h in next(reader)]
    missing = [c for c in columns if c not in header]
    if missing:
        raise error(source, 1, missing[0], f"missing column(s): {', '.join(missing)}")
    unknown = [h for h in header if h not in columns]
    if unknown:
        raise error(source, 1, unknown[0], f"unknown column '{unknown[0]}'; expected {', '.join(columns)}")
    position = {name: header.index(name) for name in columns}
    for record in reader:
        if not any(cell.strip() for cell in record):
            continue
        if len(record) != len(header):
            raise error(source, reader.line_num, None,
                        f"expected {len(header)} fields, found {len(record)} (a missing quote or delimiter?)")
        yield reader.line_num, {name: record[position[name]].strip() for name in columns}
