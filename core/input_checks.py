"""Checks of input data that need no QGIS: duplicate features and numbers written as text.

Each returns plain data; the adapter words the message with the layer, field and feature ids.
"""

from __future__ import annotations

import re

import numpy as np
import pandas as pd
import shapely

from .messages import translatable

# A number as people type it: digits with an optional sign, grouped by spaces (Swedish "12 000"),
# commas ("12,000,000") or dots ("12.000.000"), with a decimal comma or point.
_SPACES = re.compile(r"[\s\u00a0\u202f']")
_PLAIN = re.compile(r"^[+-]?\d+([.,]\d+)?$")
_GROUPED_COMMA = re.compile(r"^[+-]?\d{1,3}(,\d{3})+(\.\d+)?$")
_GROUPED_DOT = re.compile(r"^[+-]?\d{1,3}(\.\d{3})+(,\d+)?$")

AMBIGUOUS = translatable("'{0}' could be read as {1} or as {2}")
NOT_A_NUMBER = translatable("'{0}' is not a number")


class NumberTextError(ValueError):
    """A text that is no number, or that people read as two different numbers; args: (template, fields...)."""


def number_from_text(text: str) -> float | None:
    """The number a person means by `text` ("12 000", "12,5", "1 234,5", "1,234.5", "12,000,000"), None when
    empty; raises NumberTextError where it is no number or is read two ways by Swedes and by English
    speakers ("12,000": twelve or twelve thousand; "3.500")."""
    text = text.strip()
    if not text:
        return None
    spaced = _SPACES.sub("", text)
    grouped_by_space = (
        spaced != text and re.fullmatch(r"[+-]?\d{1,3}([\s\u00a0\u202f']\d{3})+([.,]\d+)?", text) is not None
    )
    if spaced != text and not grouped_by_space:
        raise NumberTextError(NOT_A_NUMBER, text)
    if _PLAIN.match(spaced):
        if "," in spaced or "." in spaced:
            whole, decimals = re.split(r"[.,]", spaced)
            if len(decimals) == 3 and not grouped_by_space and whole.lstrip("+-") != "0":
                # "12,000" is 12 in Sweden and 12000 in England; "12.000" likewise in Germany.
                alternative = float(whole + decimals)
                raise NumberTextError(AMBIGUOUS, text, _shown(float(f"{whole}.{decimals}")), _shown(alternative))
        return float(spaced.replace(",", "."))
    if _GROUPED_COMMA.match(spaced):
        return float(spaced.replace(",", ""))
    if _GROUPED_DOT.match(spaced):
        return float(spaced.replace(".", "").replace(",", "."))
    raise NumberTextError(NOT_A_NUMBER, text)


def _shown(value: float) -> str:
    return f"{value:g}" if abs(value) < 1e15 else str(value)


def duplicate_rows(geometries: np.ndarray, *columns: np.ndarray) -> np.ndarray:
    """True for every row that repeats an earlier row: the same geometry (whatever its start vertex and ring
    order) and the same values in `columns`. Only rows whose bounds and vertex count repeat are compared in full,
    so a layer without duplicates costs one hash of its bounds."""
    result = np.zeros(len(geometries), dtype=bool)
    if len(geometries) < 2:
        return result
    geometries = np.asarray(geometries, dtype=object)
    key = np.column_stack([shapely.bounds(geometries), shapely.get_num_coordinates(geometries)])
    hashed = pd.util.hash_pandas_object(pd.DataFrame(key), index=False).to_numpy()
    candidates = np.flatnonzero(pd.Series(hashed).duplicated(keep=False).to_numpy())
    if len(candidates) == 0:
        return result
    shapes = shapely.to_wkb(shapely.normalize(geometries[candidates]))
    frame = pd.DataFrame(
        {
            "geometry": shapes,
            **{
                f"c{i}": pd.Series(np.asarray(c, dtype=object)[candidates], dtype=object).astype(str)
                for i, c in enumerate(columns)
            },
        }
    )
    result[candidates] = frame.duplicated(keep="first").to_numpy()
    return result
