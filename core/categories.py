"""Category names as rules and layers spell them, made comparable."""
from __future__ import annotations

import re

import numpy as np
import pandas as pd

_SEPARATORS = re.compile(r"[\s_\-]+")


def normalise_category(value: object) -> str:
    """Casefolded, with '_', '-' and runs of white space read as one space: 'Natura_2000' == 'natura 2000'."""
    if value is None:
        return ""
    text = str(value)
    return _SEPARATORS.sub(" ", text.casefold()).strip()


def normalise_categories(values: np.ndarray | list) -> np.ndarray:
    """Normalise an array of categories; each distinct value is normalised once."""
    codes, uniques = pd.factorize(pd.Series(values, dtype=object), use_na_sentinel=False)
    normalised = np.array([normalise_category(v) for v in uniques], dtype=object)
    return normalised[codes] if len(codes) else np.empty(0, dtype=object)
