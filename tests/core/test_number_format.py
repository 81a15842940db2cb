"""Numbers as each language writes them: hand-worked answers."""

from __future__ import annotations

import math

import pytest
from samplan.core.number_format import (
    csv_number,
    format_measure,
    format_number,
    format_percent,
)

NBSP = "\u00a0"


@pytest.mark.parametrize(
    ("value", "decimals", "language", "expected"),
    [
        (4790, 0, "sv", f"4{NBSP}790"),
        (4790, 0, "en", "4,790"),
        (4790.456, 1, "sv", f"4{NBSP}790,5"),
        (4790.456, 1, "en", "4,790.5"),
        (1234567.891, 2, "sv", f"1{NBSP}234{NBSP}567,89"),
        (999.96, 1, "sv", f"1{NBSP}000,0"),
        (0.611, 3, "sv", "0,611"),
        (-1500.26, 1, "sv", f"-1{NBSP}500,3"),
        (-0.04, 1, "en", "0.0"),
        (None, 1, "sv", "–"),
        (math.nan, 0, "en", "–"),
    ],
)
def test_format_number(value, decimals, language, expected):
    assert format_number(value, decimals, language) == expected


def test_percent_and_measure():
    assert format_percent(0.5833, 1, "sv") == f"58,3{NBSP}%"
    assert format_percent(0.5833, 1, "en") == f"58.3{NBSP}%"
    assert format_percent(None, 1, "sv") == "–"
    assert format_measure(4790.2, "km²", 0, "sv") == f"4{NBSP}790{NBSP}km²"
    assert format_measure(4790.2, "km²", 0, "en") == f"4,790{NBSP}km²"


def test_csv_numbers_have_no_grouping_and_the_locales_decimal_mark():
    assert csv_number(4790.25, 2, "sv") == "4790,25"
    assert csv_number(4790.25, 2, "en") == "4790.25"
    assert csv_number(0.125, None, "sv") == "0,125"
    assert csv_number(12, None, "sv") == "12"
    assert csv_number(None, 1, "sv") == ""
