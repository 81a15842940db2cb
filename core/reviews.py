"""Reviews of conflicts: a stable key per conflict, and carrying reviews over to a new run.

A conflict is "unchanged" between two runs when its rule, its plan feature, its theme feature and its
geometry are the same. The key hashes exactly these; the geometry enters with its coordinates rounded to
a millimetre, so that a re-run on the same data gives the same key and any real change gives another.
"""

from __future__ import annotations

import hashlib
from dataclasses import dataclass

import numpy as np
import pandas as pd
import shapely

REVIEW_STATUSES = ("open", "accepted", "resolved", "not_a_conflict")
REVIEW_COLUMNS = ("status", "comment", "reviewed_by", "reviewed_at")
KEY_PRECISION_M = 0.001


def _feature_ids(keys: pd.Series, fids: pd.Series) -> np.ndarray:
    """The feature's stable key where it has one, else its feature id; empty where there is no feature."""
    key_text = keys.astype(object).where(keys.notna() & (keys.astype(str) != ""), None)
    fid_text = fids.astype(object).map(
        lambda v: "" if v is None or (isinstance(v, float) and np.isnan(v)) else f"#{int(v)}"
    )
    return np.where(key_text.isna(), fid_text, "k:" + key_text.astype(str)).astype(str)


def geometry_digests(geometries: np.ndarray) -> np.ndarray:
    """A digest of each geometry with its coordinates on a millimetre grid, independent of vertex order."""
    rounded = shapely.transform(geometries, lambda xy: np.round(xy / KEY_PRECISION_M) * KEY_PRECISION_M)
    # The digest is of the WKB as upper-case hex text; written as bytes and turned into hex by Python, several times
    # faster than GEOS's own hex writer, with the same text.
    wkb = shapely.to_wkb(shapely.normalize(rounded))
    return np.array(
        [hashlib.blake2b(w.hex().upper().encode("ascii") if w else b"", digest_size=12).hexdigest() for w in wkb]
    )


def conflict_keys(frame: pd.DataFrame) -> np.ndarray:
    """One key per conflict row from rule, plan feature, theme feature and geometry."""
    if len(frame) == 0:
        return np.array([], dtype=object)
    plan = _feature_ids(frame["plan_key"], frame["plan_fid"])
    theme = _feature_ids(frame["theme_key"], frame["theme_fid"])
    digests = geometry_digests(frame["geometry"].to_numpy())
    parts = zip(
        frame["rule_id"].astype(str),
        frame["plan_layer"].astype(str),
        plan,
        frame["theme_layer"].fillna("").astype(str),
        theme,
        digests,
    )
    return np.array(
        [hashlib.blake2b("\x1f".join(p).encode("utf-8"), digest_size=16).hexdigest() for p in parts], dtype=object
    )


@dataclass(frozen=True)
class ReviewCarry:
    """What happened to the previous reviews: kept on unchanged conflicts, and reviewed conflicts now gone."""

    kept: int
    new: int
    gone_reviewed: int


def carry_reviews(conflicts: pd.DataFrame, previous: pd.DataFrame) -> tuple[pd.DataFrame, ReviewCarry]:
    """Copy status, comment, reviewer and time from `previous` (conflict_key plus REVIEW_COLUMNS) onto the
    unchanged conflicts; every other conflict is marked new (is_new = 1) and open."""
    result = conflicts.copy()
    if len(result) == 0:
        gone = int((previous["status"].fillna("open") != "open").sum()) if len(previous) else 0
        return result, ReviewCarry(0, 0, gone)
    known = (
        previous.dropna(subset=["conflict_key"]).drop_duplicates("conflict_key", keep="last").set_index("conflict_key")
    )
    matched = result["conflict_key"].isin(known.index).to_numpy()
    for column in REVIEW_COLUMNS:
        if column in known.columns:
            carried = result.loc[matched, "conflict_key"].map(known[column])
            result.loc[matched, column] = carried.where(carried.notna(), result.loc[matched, column])
    result["status"] = result["status"].where(result["status"].isin(REVIEW_STATUSES), "open")
    result["is_new"] = np.where(matched, 0, 1)
    reviewed_before = known[known.get("status", pd.Series(dtype=object)).fillna("open") != "open"].index
    gone = int((~reviewed_before.isin(result["conflict_key"])).sum())
    return result, ReviewCarry(int(matched.sum()), int((~matched).sum()), gone)
