"""A map's scale bar: a round segment length for a map of a given width on the ground."""

from __future__ import annotations

import math

# Round segment lengths: 1, 2, 2.5 and 5 times a power of ten.
ROUND_STEPS = (1.0, 2.0, 2.5, 5.0)


def scale_bar_segment(map_width_m: float, share: float = 0.25, segments: int = 2) -> tuple[float, str]:
    """(length of one segment, unit: 'km' or 'm') for a scale bar of `segments` segments spanning at most `share` of a
    map `map_width_m` metres wide on the ground: the largest round length (1, 2, 2.5, 5 x 10^n) that fits. Metres below
    a kilometre's segment, kilometres from there."""
    if not math.isfinite(map_width_m) or map_width_m <= 0:
        raise ValueError(f"a map width of {map_width_m} m has no scale bar")
    target = map_width_m * share / segments
    power = 10.0 ** math.floor(math.log10(target))
    length = max(step * power for step in ROUND_STEPS if step * power <= target * (1 + 1e-9))
    return (length / 1000.0, "km") if length >= 1000.0 else (length, "m")
