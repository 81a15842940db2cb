"""The report's scale bar segments, against hand-worked round lengths."""

from __future__ import annotations

import math

import pytest
from samplan.core.map_scale import scale_bar_segment


@pytest.mark.parametrize(
    ("width_m", "expected"),
    [
        (60_000.0, (5.0, "km")),  # a county map: a quarter is 15 km, two segments of 7.5 km: 5 km is the round one
        (44_000.0, (5.0, "km")),  # 5.5 km a segment: 5 km
        (40_000.0, (5.0, "km")),  # exactly 5 km a segment
        (39_000.0, (2.5, "km")),  # 4.875 km: 2.5 km
        (17_000.0, (2.0, "km")),  # 2.125 km
        (8_000.0, (1.0, "km")),  # 1 km
        (7_900.0, (500.0, "m")),  # 987.5 m: below a kilometre, in metres
        (1_000.0, (100.0, "m")),  # 125 m: 100 m
        (1_000_000.0, (100.0, "km")),  # 125 km: 100 km
    ],
)
def test_round_segments(width_m, expected):
    assert scale_bar_segment(width_m) == expected


def test_the_bar_spans_at_most_its_share_and_more_than_half_of_it():
    for width in (1234.0, 9_999.0, 31_416.0, 250_000.0, 7_654_321.0):
        length, unit = scale_bar_segment(width)
        metres = length * (1000.0 if unit == "km" else 1.0)
        assert 0.5 * 0.25 * width / 2 <= metres <= 0.25 * width / 2


@pytest.mark.parametrize("width", [0.0, -5.0, math.inf, math.nan])
def test_no_scale_bar_for_a_map_of_no_width(width):
    with pytest.raises(ValueError):
        scale_bar_segment(width)
