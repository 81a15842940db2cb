"""Duplicate features and numbers written as text, checked by hand-worked cases."""

from __future__ import annotations

import numpy as np
import pytest
import shapely

from samplan.core.input_checks import AMBIGUOUS, NOT_A_NUMBER, NumberTextError, duplicate_rows, number_from_text


@pytest.mark.parametrize(
    "text, number",
    [
        ("12 000", 12000.0),
        ("12\u00a0000", 12000.0),
        ("12,5", 12.5),
        ("1 234,5", 1234.5),
        ("1,234.5", 1234.5),
        ("1.234,5", 1234.5),
        ("12,000,000", 12_000_000.0),
        ("1.234.567", 1_234_567.0),
        ("0,125", 0.125),
        ("-3", -3.0),
        ("12000", 12000.0),
        ("3.5", 3.5),
        ("  ", None),
    ],
)
def test_numbers_as_people_write_them(text, number):
    assert number_from_text(text) == number


@pytest.mark.parametrize(
    "text, template",
    [
        ("12,000", AMBIGUOUS),
        ("12.000", AMBIGUOUS),
        ("1,234", AMBIGUOUS),
        ("abc", NOT_A_NUMBER),
        ("12 00", NOT_A_NUMBER),
        ("1,2,3", NOT_A_NUMBER),
    ],
)
def test_numbers_that_read_two_ways_or_none_are_refused(text, template):
    with pytest.raises(NumberTextError) as refused:
        number_from_text(text)
    assert refused.value.args[0] == template and refused.value.args[1] == text


def test_twelve_thousand_is_never_read_as_twelve():
    with pytest.raises(NumberTextError) as refused:
        number_from_text("12,000")
    assert refused.value.args[2:] == ("12", "12000")


def test_duplicates_by_geometry_and_values():
    square = shapely.box(0, 0, 10, 10)
    same_other_start = shapely.Polygon(
        [(10, 10), (0, 10), (0, 0), (10, 0)]
    )  # the same square, other start and direction
    other = shapely.box(0, 0, 10, 11)
    geometries = np.array([square, same_other_start, square, other, square], dtype=object)
    categories = np.array(["a", "a", "b", "a", "a"], dtype=object)
    # Row 1 repeats row 0 (same square); row 2 differs by category; row 3 by geometry; row 4 repeats row 0.
    assert duplicate_rows(geometries, categories).tolist() == [False, True, False, False, True]
    assert duplicate_rows(geometries[:1], categories[:1]).tolist() == [False]
