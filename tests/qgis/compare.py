"""Samplan's results beside the native-algorithm chain's: same pairs, same measures within a tolerance."""

from __future__ import annotations

import math

import pandas as pd
from qgis.core import QgsVectorLayer
from qgis.PyQt.QtCore import QVariant

OUTPUT_KEYS = ("CONFLICT_AREAS", "CONFLICT_LINES", "CONFLICT_POINTS")


def _plain(value):
    return None if isinstance(value, QVariant) and value.isNull() else value


def samplan_rows(result: dict) -> pd.DataFrame:
    rows = []
    for key in OUTPUT_KEYS:
        layer = result[key]
        if isinstance(layer, str):
            layer = QgsVectorLayer(layer, key, "ogr")
        names = layer.fields().names()
        rows += [dict(zip(names, (_plain(v) for v in f.attributes()))) for f in layer.getFeatures()]
    frame = pd.DataFrame(rows)
    for column in ("area_m2", "length_m", "share", "distance_m"):
        if column in frame:
            frame[column] = pd.to_numeric(frame[column], errors="coerce")
    return frame


def pair_key(row) -> tuple:
    theme_fid = row["theme_fid"]
    missing = theme_fid is None or (isinstance(theme_fid, float) and math.isnan(theme_fid))
    return (
        row["rule_id"],
        row["plan_layer"],
        int(row["plan_fid"]),
        row["theme_layer"] or None if not missing else None,
        None if missing else int(theme_fid),
    )


def assert_same_as_native(samplan: pd.DataFrame, native: pd.DataFrame, relative: float = 1e-3) -> int:
    """Every (rule, plan feature, theme feature) pair in both, with area and length equal to `relative`."""
    ours = {pair_key(r): r for _, r in samplan.iterrows()}
    theirs = {pair_key(r): r for _, r in native.iterrows()}
    assert set(ours) == set(theirs), {
        "only Samplan": sorted(set(ours) - set(theirs))[:10],
        "only native": sorted(set(theirs) - set(ours))[:10],
    }
    for key, native_row in theirs.items():
        for column in ("area_m2", "length_m"):
            expected = native_row[column]
            if expected is None or (isinstance(expected, float) and math.isnan(expected)):
                continue
            got = ours[key][column]
            assert abs(got - expected) <= relative * max(abs(expected), 1.0), (key, column, got, expected)
    return len(theirs)
