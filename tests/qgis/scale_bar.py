"""A report map's scale bar read back from the PDF (pdftotext -bbox), and the ground distance a millimetre of the map
stands for, worked out from it: the labels "0", "s", "2s" and the unit, and the distance on the page between the
"0" and the "s" (both centred on their ticks)."""

from __future__ import annotations

import html
import re
import subprocess
from dataclasses import dataclass
from pathlib import Path

PT_MM = 25.4 / 72.0
WORD = re.compile(r'<word xMin="([\d.]+)" yMin="([\d.]+)" xMax="([\d.]+)" yMax="([\d.]+)">([^<]*)</word>')
UNITS = {"km": 1000.0, "m": 1.0}


@dataclass(frozen=True)
class ScaleBar:
    labels: tuple[str, ...]  # as printed, e.g. ("0", "5", "10", "km")
    segment: float  # one segment's length in the unit
    unit: str
    metres_per_mm: float  # on the ground, per millimetre of the page


def _number(text: str) -> float | None:
    cleaned = text.replace("\u00a0", "").replace(" ", "")
    if not re.fullmatch(r"\d+(?:[.,]\d+)?", cleaned):
        return None
    return float(cleaned.replace(",", "."))


def scale_bars(pdf: Path, page: int) -> list[ScaleBar]:
    """Every scale bar on the page: a unit word with the three numbers just left of it on its line, 0, s and 2s."""
    out = subprocess.run(
        ["pdftotext", "-bbox", "-f", str(page), "-l", str(page), str(pdf), "-"],
        capture_output=True,
        text=True,
        check=True,
    ).stdout
    words = [(float(a), float(b), float(c), float(d), html.unescape(t)) for a, b, c, d, t in WORD.findall(out)]
    found = []
    for x_min, y_min, _x_max, _y_max, text in words:
        if text not in UNITS:
            continue
        line = sorted((w for w in words if abs(w[1] - y_min) < 1.5 and w[2] <= x_min + 0.1), key=lambda w: w[0])
        numbers = [w for w in line if _number(w[4]) is not None][-3:]
        if len(numbers) < 3:
            continue
        values = [_number(w[4]) for w in numbers]
        if values[0] != 0 or values[1] is None or values[2] is None or abs(values[2] - 2 * values[1]) > 1e-9:
            continue
        centre = [(w[0] + w[2]) / 2 for w in numbers]
        segment_mm = (centre[1] - centre[0]) * PT_MM
        assert values[1] is not None
        found.append(
            ScaleBar(
                labels=tuple(w[4] for w in numbers) + (text,),
                segment=values[1],
                unit=text,
                metres_per_mm=values[1] * UNITS[text] / segment_mm,
            )
        )
    return found
