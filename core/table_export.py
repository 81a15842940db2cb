"""Tables for colleagues without QGIS: CSV in a spreadsheet's conventions and XLSX with a named sheet, a frozen
header row and filters. Plain Python (csv, zipfile): nothing to install, and the same on every platform.

Swedish CSV conventions: ';' between fields, a decimal comma, UTF-8 with a byte order mark (so that Excel reads å, ä,
ö); the other: ',' and a decimal point. Numbers carry no thousands separator (a spreadsheet reads them as numbers).
"""

from __future__ import annotations

import csv
import datetime as dt
import os
import tempfile
from collections.abc import Sequence
from pathlib import Path
from xml.sax.saxutils import escape
from zipfile import ZIP_DEFLATED, ZipFile

from .number_format import csv_number, is_missing

CSV_STYLES = {"sv": (";", "sv"), "en": (",", "en")}  # style: (delimiter, language of the decimal mark)
SHEET_NAME_FORBIDDEN = set("[]:*?/\\")


class TableExportError(OSError):
    """A table that could not be written; names the file."""


def _write_atomically(path: Path, write) -> None:
    """`write(handle_path)` into a hidden file beside `path`, moved into place only when complete; the file gets the
    permissions a file the user makes would have."""
    path = Path(path)
    handle, name = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".partial", dir=path.parent)
    os.close(handle)
    partial = Path(name)
    try:
        write(partial)
        mask = os.umask(0)
        os.umask(mask)
        os.chmod(partial, 0o666 & ~mask)
        os.replace(partial, path)
    except BaseException:
        partial.unlink(missing_ok=True)
        raise


def _csv_cell(value: object, language: str, decimals: int | None) -> str:
    if value is None:
        return ""
    if isinstance(value, bool):
        return str(int(value))
    if isinstance(value, (int, float)) and not isinstance(value, bool):
        return csv_number(value, decimals, language) if not is_missing(value) else ""
    return str(value)


def write_csv(
    path: str | Path,
    headers: Sequence[str],
    rows: Sequence[Sequence[object]],
    style: str = "sv",
    decimals: Sequence[int | None] | None = None,
) -> None:
    """A CSV file in the style 'sv' (';', decimal comma) or 'en' (',', decimal point), UTF-8 with a BOM.
    `decimals` rounds each numeric column (None: as it is)."""
    delimiter, language = CSV_STYLES[style]
    decimals = list(decimals) if decimals is not None else [None] * len(headers)

    def write(target: Path) -> None:
        with open(target, "w", encoding="utf-8-sig", newline="") as handle:
            writer = csv.writer(handle, delimiter=delimiter, quoting=csv.QUOTE_MINIMAL, lineterminator="\r\n")
            writer.writerow(headers)
            for row in rows:
                writer.writerow([_csv_cell(v, language, d) for v, d in zip(row, decimals)])

    _write_atomically(Path(path), write)


def sheet_name(name: str) -> str:
    """A name Excel accepts for a sheet: at most 31 characters, none of []:*?/\\."""
    cleaned = "".join("_" if c in SHEET_NAME_FORBIDDEN else c for c in name).strip("'") or "Sheet1"
    return cleaned[:31]


def _column_letter(index: int) -> str:
    letters = ""
    index += 1
    while index:
        index, remainder = divmod(index - 1, 26)
        letters = chr(65 + remainder) + letters
    return letters


def _xlsx_cell(reference: str, value: object, style: int) -> str:
    if value is None or (isinstance(value, float) and is_missing(value)):
        return ""
    if isinstance(value, bool):
        value = int(value)
    if isinstance(value, (int, float)):
        return (
            f'<c r="{reference}" s="{style}"><v>{value!r}</v></c>'
            if isinstance(value, float)
            else f'<c r="{reference}" s="{style}"><v>{value}</v></c>'
        )
    text = escape(str(value)).replace("\n", "&#10;")
    return f'<c r="{reference}" t="inlineStr" s="{style}"><is><t xml:space="preserve">{text}</t></is></c>'


def write_xlsx(
    path: str | Path,
    sheet: str,
    headers: Sequence[str],
    rows: Sequence[Sequence[object]],
    widths: Sequence[float] | None = None,
    decimals: Sequence[int | None] | None = None,
) -> None:
    """An XLSX workbook of one sheet named `sheet`: the header row bold, frozen and with filters; numbers stay
    numbers (shown with `decimals` places where given); text as text."""
    decimals = list(decimals) if decimals is not None else [None] * len(headers)
    last = _column_letter(len(headers) - 1)
    # Cell styles: 0 plain, 1 bold header, 2 "0", 3 "0.0", 4 "0.00", 5 wrapped text.
    number_style = {0: 2, 1: 3, 2: 4}

    def style_of(column: int, value: object) -> int:
        if isinstance(value, (int, float)) and not isinstance(value, bool):
            places = decimals[column]
            return number_style.get(places, 0) if places is not None else 0
        return 0

    lines = [
        '<row r="1">' + "".join(_xlsx_cell(f"{_column_letter(c)}1", h, 1) for c, h in enumerate(headers)) + "</row>"
    ]
    for r, row in enumerate(rows, start=2):
        cells = "".join(_xlsx_cell(f"{_column_letter(c)}{r}", v, style_of(c, v)) for c, v in enumerate(row))
        lines.append(f'<row r="{r}">{cells}</row>')
    if widths is None:
        widths = [
            min(
                60.0,
                max(
                    10.0,
                    len(str(h)) + 2,
                    *(len(str(row[c])) * 0.9 for row in rows[:200] if c < len(row) and row[c] is not None),
                ),
            )
            for c, h in enumerate(headers)
        ]
    columns = "".join(
        f'<col min="{c + 1}" max="{c + 1}" width="{w:.1f}" customWidth="1"/>' for c, w in enumerate(widths)
    )
    dimension = f"A1:{last}{max(len(rows) + 1, 1)}"
    worksheet = (
        '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
        '<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" '
        'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships">'
        f'<dimension ref="{dimension}"/>'
        '<sheetViews><sheetView workbookViewId="0"><pane ySplit="1" topLeftCell="A2" activePane="bottomLeft" state="frozen"/>'
        '<selection pane="bottomLeft" activeCell="A2" sqref="A2"/></sheetView></sheetViews>'
        f'<sheetFormatPr defaultRowHeight="15"/><cols>{columns}</cols>'
        f"<sheetData>{''.join(lines)}</sheetData>"
        f'<autoFilter ref="{dimension}"/>'
        "</worksheet>"
    )
    name = escape(sheet_name(sheet), {'"': "&quot;"})
    workbook = (
        '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
        '<workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" '
        'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships">'
        f'<sheets><sheet name="{name}" sheetId="1" r:id="rId1"/></sheets>'
        f'<definedNames><definedName name="_xlnm._FilterDatabase" localSheetId="0" hidden="1">'
        f"'{name.replace(chr(39), chr(39) * 2)}'!$A$1:${last}${max(len(rows) + 1, 1)}</definedName></definedNames>"
        "</workbook>"
    )
    styles = (
        '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
        '<styleSheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">'
        '<numFmts count="2"><numFmt numFmtId="164" formatCode="0.0"/><numFmt numFmtId="165" formatCode="0.00"/></numFmts>'
        '<fonts count="2"><font><sz val="11"/><name val="Calibri"/></font><font><b/><sz val="11"/><name val="Calibri"/></font></fonts>'
        '<fills count="2"><fill><patternFill patternType="none"/></fill><fill><patternFill patternType="gray125"/></fill></fills>'
        '<borders count="1"><border><left/><right/><top/><bottom/><diagonal/></border></borders>'
        '<cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></cellStyleXfs>'
        '<cellXfs count="5">'
        '<xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/>'
        '<xf numFmtId="0" fontId="1" fillId="0" borderId="0" xfId="0" applyFont="1"/>'
        '<xf numFmtId="1" fontId="0" fillId="0" borderId="0" xfId="0" applyNumberFormat="1"/>'
        '<xf numFmtId="164" fontId="0" fillId="0" borderId="0" xfId="0" applyNumberFormat="1"/>'
        '<xf numFmtId="165" fontId="0" fillId="0" borderId="0" xfId="0" applyNumberFormat="1"/>'
        "</cellXfs>"
        '<cellStyles count="1"><cellStyle name="Normal" xfId="0" builtinId="0"/></cellStyles>'
        "</styleSheet>"
    )
    now = dt.datetime.now(dt.UTC).strftime("%Y-%m-%dT%H:%M:%SZ")
    parts = {
        "[Content_Types].xml": (
            '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
            '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
            '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
            '<Default Extension="xml" ContentType="application/xml"/>'
            '<Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>'
            '<Override PartName="/xl/worksheets/sheet1.xml" '
            'ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>'
            '<Override PartName="/xl/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml"/>'
            '<Override PartName="/docProps/core.xml" ContentType="application/vnd.openxmlformats-package.core-properties+xml"/>'
            "</Types>"
        ),
        "_rels/.rels": (
            '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
            '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
            '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" '
            'Target="xl/workbook.xml"/>'
            '<Relationship Id="rId2" Type="http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties" '
            'Target="docProps/core.xml"/>'
            "</Relationships>"
        ),
        "docProps/core.xml": (
            '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
            '<cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties" '
            'xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:dcterms="http://purl.org/dc/terms/" '
            'xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">'
            f'<dc:creator>Samplan</dc:creator><dcterms:created xsi:type="dcterms:W3CDTF">{now}</dcterms:created>'
            "</cp:coreProperties>"
        ),
        "xl/workbook.xml": workbook,
        "xl/_rels/workbook.xml.rels": (
            '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
            '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
            '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" '
            'Target="worksheets/sheet1.xml"/>'
            '<Relationship Id="rId2" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles" '
            'Target="styles.xml"/>'
            "</Relationships>"
        ),
        "xl/worksheets/sheet1.xml": worksheet,
        "xl/styles.xml": styles,
    }

    def write(target: Path) -> None:
        with ZipFile(target, "w", ZIP_DEFLATED) as archive:
            for part, content in parts.items():
                archive.writestr(part, content)

    _write_atomically(Path(path), write)


def localise_csv(path: str | Path, numeric_columns: Sequence[str], style: str) -> None:
    """Rewrite a CSV written with ',' and decimal points (as GDAL writes one) in `style`; the columns named in
    `numeric_columns` get the style's decimal mark. Nothing changes for style 'en'."""
    if style == "en":
        return
    path = Path(path)
    with open(path, encoding="utf-8-sig", newline="") as handle:
        table = list(csv.reader(handle))
    if not table:
        return
    header, *records = table
    numeric = [name in set(numeric_columns) for name in header]

    def value(cell: str, is_number: bool) -> object:
        if not is_number or cell == "":
            return cell
        try:
            return int(cell)
        except ValueError:
            try:
                return float(cell)
            except ValueError:
                return cell

    write_csv(path, header, [[value(c, n) for c, n in zip(record, numeric)] for record in records], style)
