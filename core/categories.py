"""Category names as rules and layers spell them, made comparable."""
from __future__ import annotations

import re

import numpy as np

_SEPARATORS = re.compile(r"[\s_\-]+")


def normalise_category(value: object) -> str:
    """Casefolded, with '_', '-' and runs of white space read as one space: 'Natura_2000' == 'natura 2000'."""
    if value is None:
        return ""
    text = str(value)
    return _SEPARATORS.sub(" ", text.casefold()).strip()


def normalise_categories(values: np.ndarray | list) -> np.ndarray:
    return np.array([normalise_category(v) for v in values], dtype=object)
