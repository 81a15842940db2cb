"""Column widths fitted to their longest words, against hand-worked widths."""

from __future__ import annotations

import pytest
from samplan.core.column_widths import fit_columns


def test_widths_that_hold_their_words_are_kept():
    assert fit_columns([10.0, 30.0, 20.0], [5.0, 12.0, 19.0]) == [10.0, 30.0, 20.0]


def test_a_narrow_column_takes_what_it_lacks_from_the_others_room():
    # Column 2 lacks 3 (28.5 against 31.5); the others' room is 10 - 5 = 5 and 40 - 15 = 25: they give 0.5 and 2.5.
    assert fit_columns([10.0, 28.5, 40.0], [5.0, 31.5, 15.0]) == pytest.approx([9.5, 31.5, 37.5])


def test_the_total_is_kept_and_no_column_goes_below_its_least():
    widths, least = [7.0, 42.0, 28.5, 17.0, 16.0, 12.5, 14.5, 27.0], [4.0, 20.0, 31.2, 12.0, 12.0, 11.0, 12.0, 20.0]
    fitted = fit_columns(widths, least)
    assert sum(fitted) == pytest.approx(sum(widths))
    assert all(f >= m - 1e-9 for f, m in zip(fitted, least))


def test_least_widths_over_the_total_are_scaled_to_it():
    assert fit_columns([10.0, 10.0], [15.0, 25.0]) == pytest.approx([7.5, 12.5])
