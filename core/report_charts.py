"""The report's charts as PNG files (matplotlib, optional: a report without it has its tables only)."""

from __future__ import annotations

from pathlib import Path

import numpy as np
import pandas as pd

from .number_format import format_number
from .report_parts import Chart
from .report_tables import indicator_text, municipality_table
from .rules import SEVERITIES


def _axis_numbers(axes, texts: dict[str, str], which: str = "y") -> None:
    from matplotlib.ticker import FuncFormatter

    formatter = FuncFormatter(
        lambda value, _pos: format_number(value, 0 if float(value).is_integer() else 1, texts["language"])
    )
    (axes.yaxis if which == "y" else axes.xaxis).set_major_formatter(formatter)


def severity_chart(conflicts: pd.DataFrame, texts: dict[str, str], path: Path) -> Chart:
    """A bar chart of the results per municipality, stacked by severity (PNG)."""
    import matplotlib

    matplotlib.use("Agg")
    from matplotlib import pyplot as plt

    colours = {"conflict": "#d7191c", "warning": "#fdae61", "opportunity": "#1a9641"}
    table = municipality_table(conflicts, texts)
    names = [r[0] for r in table.rows]
    figure, axes = plt.subplots(figsize=(7.0, 2.8), dpi=150)
    bottom = np.zeros(len(names))
    for k, severity in enumerate(SEVERITIES):
        values = np.array([n[k] for n in table.numbers], dtype=float) if table.numbers else np.zeros(0)
        axes.bar(names, values, bottom=bottom, color=colours[severity], label=texts[f"severity_{severity}"])
        bottom += values
    axes.set_ylabel(texts["results"])
    axes.yaxis.get_major_locator().set_params(integer=True)
    _axis_numbers(axes, texts)
    axes.legend(frameon=False, fontsize=8)
    axes.tick_params(axis="x", labelrotation=20, labelsize=8)
    axes.spines[["top", "right"]].set_visible(False)
    figure.tight_layout()
    figure.savefig(path)
    plt.close(figure)
    return Chart(path, texts["chart_municipality"])


def indicator_chart(indicators: pd.DataFrame, texts: dict[str, str], path: Path) -> Chart | None:
    """Grouped bars of the area indicators (km²) per version (PNG); None when there is none."""
    import matplotlib

    matplotlib.use("Agg")
    from matplotlib import pyplot as plt

    versions = [c for c in indicators.columns if c not in ("indicator", "category", "label", "unit", "difference")]
    chosen = indicators[(indicators["unit"] == "km²") & ~indicators["indicator"].isin(["m_eff_after", "m_eff_change"])]
    if not len(chosen):
        return None
    labels = [indicator_text(r, texts) for r in chosen.to_dict("records")]
    figure, axes = plt.subplots(figsize=(7.0, max(2.5, 0.28 * len(labels) + 1.0)), dpi=150)
    height = 0.8 / max(len(versions), 1)
    positions = np.arange(len(labels))
    for k, version in enumerate(versions):
        axes.barh(positions + k * height, chosen[version].to_numpy(dtype=float), height=height, label=version)
    axes.set_yticks(positions + height * (len(versions) - 1) / 2, labels, fontsize=7)
    axes.invert_yaxis()
    axes.set_xlabel("km²")
    _axis_numbers(axes, texts, "x")
    axes.legend(frameon=False, fontsize=8)
    axes.spines[["top", "right"]].set_visible(False)
    figure.tight_layout()
    figure.savefig(path)
    plt.close(figure)
    return Chart(path, texts["chart_indicators"])
