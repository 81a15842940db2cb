"""Numbers as a reader of one language writes them: the one helper the report and the exports share.

Swedish: a space between thousands and a decimal comma ("4 790 km²", "58,3 %"); English: a comma between thousands
and a decimal point ("4,790 km²", "58.3 %"). The space is a no-break space, so that a number never breaks across
lines. Spreadsheet files (CSV) take numbers without thousands separators, with the decimal mark of their locale.
"""

from __future__ import annotations

import math
from typing import SupportsFloat, SupportsIndex

NO_BREAK_SPACE = "\u00a0"
MISSING = "–"
_MARKS = {"sv": (NO_BREAK_SPACE, ","), "en": (",", ".")}


def number_marks(language: str) -> tuple[str, str]:
    """(thousands separator, decimal mark) of the language; English for any other."""
    return _MARKS.get(language, _MARKS["en"])


def as_number(value: object) -> float | None:
    """The value as a float; None when it is missing (None, NaN, not a number)."""
    if not isinstance(value, (str, bytes, SupportsFloat, SupportsIndex)):
        return None
    try:
        number = float(value)
    except (TypeError, ValueError):
        return None
    return None if math.isnan(number) else number


def is_missing(value: object) -> bool:
    return as_number(value) is None


def format_number(value: object, decimals: int = 0, language: str = "en", grouping: bool = True) -> str:
    """`value` rounded to `decimals`, with the language's marks; '–' when missing (None, NaN, not a number)."""
    number = as_number(value)
    if number is None:
        return MISSING
    thousands, decimal = number_marks(language)
    text = f"{number:,.{max(decimals, 0)}f}"  # "4,790.25": Python's marks, swapped below
    if text.startswith("-") and not any(c not in "-0.," for c in text):
        text = text[1:]  # no "-0"
    whole, _, fraction = text.partition(".")
    whole = whole.replace(",", thousands if grouping else "")
    return f"{whole}{decimal}{fraction}" if fraction else whole


def format_percent(share: object, decimals: int = 1, language: str = "en") -> str:
    """A share (0–1) in per cent with a space before the sign: "58,3 %" / "58.3 %"."""
    number = as_number(share)
    if number is None:
        return MISSING
    return f"{format_number(number * 100.0, decimals, language)}{NO_BREAK_SPACE}%"


def format_measure(value: object, unit: str, decimals: int = 0, language: str = "en") -> str:
    """A number and its unit: "4 790 km²"."""
    if is_missing(value):
        return MISSING
    return f"{format_number(value, decimals, language)}{NO_BREAK_SPACE}{unit}"


def csv_number(value: object, decimals: int | None = None, language: str = "en") -> str:
    """A number for a CSV cell: no thousands separator, the language's decimal mark; '' when missing.
    Without `decimals` a float keeps its digits (up to 10 decimals, trailing zeros dropped)."""
    number = as_number(value)
    if number is None:
        return ""
    if isinstance(value, (bool, int)) and decimals is None:
        return str(int(value))
    if decimals is None:
        text = f"{number:.10f}".rstrip("0").rstrip(".")
        text = "0" if text in ("-0", "") else text
    else:
        text = format_number(number, decimals, "en", grouping=False)
    return text.replace(".", number_marks(language)[1])
