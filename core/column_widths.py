"""A table's column widths fitted to its longest words: a word wider than its column would be cut off in the print
layout (it wraps only at spaces), so such a column takes the width it lacks from the columns with room to spare."""

from __future__ import annotations


def fit_columns(widths: list[float], least: list[float]) -> list[float]:
    """`widths` (the intended ones, any unit) changed as little as possible so that each is at least its `least` (the
    width of its longest word); what a column gains the others give up in proportion to their room (width above their
    own least), so the total stays the same. Where the total cannot hold every least width, the least widths scaled
    down to the total."""
    if len(widths) != len(least):
        raise ValueError("one least width per column")
    total = sum(widths)
    if sum(least) >= total:
        scale = total / sum(least) if sum(least) else 0.0
        return [w * scale for w in least]
    lacking = sum(max(0.0, m - w) for w, m in zip(widths, least))
    if lacking <= 0:
        return list(widths)
    room = [max(0.0, w - m) for w, m in zip(widths, least)]
    spare = sum(room)
    return [m if w < m else w - lacking * r / spare for w, m, r in zip(widths, least, room)]
