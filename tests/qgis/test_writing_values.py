"""Values of a results frame as QGIS features get them: Python numbers and text, NULL (None) for every missing value
(None or NaN, whatever the column holds), booleans as 0/1."""

from __future__ import annotations

import numpy as np
import pandas as pd

from samplan.qgis_adapter.writing import features_of


def test_missing_values_are_null_in_every_kind_of_column():
    frame = pd.DataFrame(
        {
            "text": np.array(["a", None, "b", "c"], dtype=object),
            "text_with_nan": np.array(["a", np.nan, None, "d"], dtype=object),
            "mixed": np.array([np.float64(2.5), "x", np.int64(3), np.nan], dtype=object),
            "real": [1.5, np.nan, 0.0, -2.0],
            "integer": np.array([1, 2, 3, 4], dtype=np.int64),
            "flag": [True, False, True, False],
        }
    )
    attributes = [f.attributes() for f in features_of(frame, list(frame.columns), multi=False)]
    assert attributes == [
        ["a", "a", 2.5, 1.5, 1, 1],
        [None, None, "x", None, 2, 0],
        ["b", None, 3, 0.0, 3, 1],
        ["c", "d", None, -2.0, 4, 0],
    ]
