"""Plain CSV tables a user edits in a spreadsheet (rule sets, category mappings): read and checked alike."""

from __future__ import annotations

import csv
import io
from collections.abc import Iterator
from pathlib import Path

from .messages import Message, translatable


class TableFileError(ValueError):
    """A table file that cannot be used; names the file, line and column at fault."""

    def __init__(self, source: str, line: int, column: str | None, template: str, *fields: object) -> None:
        self.source = source
        self.line = line
        self.column = column
        self.problem = Message(template, *fields)
        super().__init__(self.render())

    def render(self, translate=lambda template: template) -> str:
        """'file, line N, column 'c': problem', in the language `translate` gives."""
        if self.line <= 0:
            # About the whole table (its columns, or what it holds), not one line of it.
            where = (
                Message(translatable("{0}, column '{1}'"), self.source, self.column)
                if self.column
                else Message("{0}", self.source)
            )
        elif self.column:
            where = Message(translatable("{0}, line {1}, column '{2}'"), self.source, self.line, self.column)
        else:
            where = Message(translatable("{0}, line {1}"), self.source, self.line)
        return f"{where.render(translate)}: {self.problem.render(translate)}"


def read_table_text(path: Path, error: type[TableFileError] = TableFileError) -> str:
    try:
        return path.read_text(encoding="utf-8")
    except UnicodeDecodeError:
        # Spreadsheets on Windows may still save in cp1252.
        return path.read_text(encoding="cp1252")
    except OSError as failure:
        raise error(str(path), 0, None, translatable("cannot be read: {0}"), failure.strerror) from None


def _sniff_delimiter(header_line: str) -> str:
    # Swedish spreadsheets save CSV with ';'; accept both.
    return ";" if header_line.count(";") > header_line.count(",") else ","


def table_records(
    text: str,
    source: str,
    columns: tuple[str, ...],
    error: type[TableFileError] = TableFileError,
    other_columns: bool = False,
    skip_lines: int = 0,
) -> Iterator[tuple[int, dict[str, str]]]:
    """(line number, stripped values by column) for every non-blank record, after checking the header.

    With `other_columns`, columns beyond the expected ones are allowed and ignored (tables exported from statistics
    databases carry more); otherwise an unknown column is refused, as a misspelt one would be. `skip_lines` lines before
    the header (a statistics database's title) are passed over; line numbers still count them.
    """
    text = text.lstrip("\ufeff")
    lines = text.splitlines()
    first_line = lines[skip_lines] if len(lines) > skip_lines else ""
    header_at = skip_lines + 1
    if not first_line.strip():
        raise error(
            source,
            header_at,
            None,
            translatable("the file is empty; expected a header line with {0}"),
            ", ".join(columns),
        )
    reader = csv.reader(io.StringIO(text), delimiter=_sniff_delimiter(first_line))
    for _ in range(skip_lines):
        next(reader, None)
    header = [h.strip() for h in next(reader)]
    missing = [c for c in columns if c not in header]
    if missing:
        raise error(source, header_at, missing[0], translatable("missing column(s): {0}"), ", ".join(missing))
    unknown = [h for h in header if h not in columns]
    if unknown and not other_columns:
        raise error(
            source,
            header_at,
            unknown[0],
            translatable("unknown column '{0}'; expected {1}"),
            unknown[0],
            ", ".join(columns),
        )
    position = {name: header.index(name) for name in columns}
    for record in reader:
        if not any(cell.strip() for cell in record):
            continue
        if len(record) != len(header):
            raise error(
                source,
                reader.line_num,
                None,
                translatable("expected {0} fields, found {1} (a missing quote or delimiter?)"),
                len(header),
                len(record),
            )
        yield reader.line_num, {name: record[position[name]].strip() for name in columns}


def split_line(line: str) -> list[str]:
    """The stripped fields of one CSV line, ';' or ',' separated as `table_records` reads it."""
    line = line.lstrip("\ufeff")
    return [cell.strip() for cell in next(csv.reader([line], delimiter=_sniff_delimiter(line)), [])]
