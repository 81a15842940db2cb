"""Conflict keys and carrying reviews over to a re-run: hand-made rows with known answers."""

from __future__ import annotations

import pandas as pd
import shapely

from samplan.core.reviews import carry_reviews, conflict_keys

SQUARE = shapely.Polygon([(0, 0), (10, 0), (10, 10), (0, 10)])


def rows(*specs) -> pd.DataFrame:
    """(rule, plan fid, theme fid, geometry) → conflict rows with the columns the key reads."""
    return pd.DataFrame(
        [
            {
                "rule_id": r,
                "plan_layer": "plan",
                "plan_fid": p,
                "plan_key": None,
                "theme_layer": "natur",
                "theme_fid": t,
                "theme_key": None,
                "geometry": g,
            }
            for r, p, t, g in specs
        ]
    )


def test_same_conflict_same_key_and_any_change_another():
    base = rows(("R1", 1, 7, SQUARE))
    same_other_start = rows(("R1", 1, 7, shapely.Polygon([(10, 10), (0, 10), (0, 0), (10, 0)])))
    sub_millimetre = rows(("R1", 1, 7, shapely.affinity.translate(SQUARE, 0.0002, 0.0001)))
    variants = [
        rows(("R2", 1, 7, SQUARE)),  # another rule
        rows(("R1", 2, 7, SQUARE)),  # another plan feature
        rows(("R1", 1, 8, SQUARE)),  # another theme feature
        rows(("R1", 1, 7, shapely.affinity.translate(SQUARE, 0.01, 0))),  # moved a centimetre
        rows(("R1", 1, 7, shapely.box(0, 0, 10, 10.5))),  # grown
    ]
    key = conflict_keys(base)[0]
    assert conflict_keys(same_other_start)[0] == key
    assert conflict_keys(sub_millimetre)[0] == key
    assert len({key, *(conflict_keys(v)[0] for v in variants)}) == 1 + len(variants)


def test_stable_plan_key_wins_over_feature_id():
    a = rows(("R1", 1, 7, SQUARE))
    b = rows(("R1", 99, 7, SQUARE))
    a["plan_key"] = b["plan_key"] = "P-12"
    assert conflict_keys(a)[0] == conflict_keys(b)[0]


def test_gap_rows_without_theme_feature_get_keys():
    gap = rows(("GAP", 1, None, SQUARE))
    gap["theme_layer"] = None
    assert len(conflict_keys(gap)[0]) == 32


def test_carry_reviews_keeps_unchanged_and_marks_the_rest_new():
    old = rows(("R1", 1, 7, SQUARE), ("R1", 2, 7, SQUARE), ("R3", 5, 5, SQUARE))
    old["conflict_key"] = conflict_keys(old)
    previous = pd.DataFrame(
        {
            "conflict_key": old["conflict_key"],
            "status": ["accepted", "not_a_conflict", "resolved"],
            "comment": ["ok av kommunen", "fel i underlaget", "flyttad"],
            "reviewed_by": ["anna", "bo", "cia"],
            "reviewed_at": ["2026-11-01T10:00:00+00:00"] * 3,
        }
    )
    # The re-run: feature 1 unchanged, feature 2's overlap grew, R3's conflict is gone, one new.
    new = rows(("R1", 1, 7, SQUARE), ("R1", 2, 7, shapely.box(0, 0, 12, 10)), ("R4", 9, 9, SQUARE))
    new["conflict_key"] = conflict_keys(new)
    for column, value in (("status", "open"), ("comment", ""), ("reviewed_by", ""), ("reviewed_at", "")):
        new[column] = value
    carried, carry = carry_reviews(new, previous)
    assert list(carried["status"]) == ["accepted", "open", "open"]
    assert list(carried["comment"]) == ["ok av kommunen", "", ""]
    assert list(carried["reviewed_by"]) == ["anna", "", ""]
    assert list(carried["is_new"]) == [0, 1, 1]
    assert (carry.kept, carry.new, carry.gone_reviewed) == (1, 2, 2)
    assert list(new["status"]) == ["open"] * 3  # the input frame is not modified


def test_key_is_the_same_as_earlier_versions_made_it():
    """Reviews in results files made by earlier versions are found again only if the key's recipe never changes:
    rule, layers and features, and a digest of the geometry's WKB (coordinates on a millimetre grid, vertices in
    GEOS's normal order) as upper-case hex text. Worked out here by hand, the WKB written with struct."""
    import hashlib
    import struct

    # The square normalised: its ring starts at the lowest corner and runs clockwise.
    ring = [(0.0, 0.0), (0.0, 10.0), (10.0, 10.0), (10.0, 0.0), (0.0, 0.0)]
    wkb = struct.pack("<BIII", 1, 3, 1, len(ring)) + b"".join(struct.pack("<dd", x, y) for x, y in ring)
    digest = hashlib.blake2b(wkb.hex().upper().encode("ascii"), digest_size=12).hexdigest()
    expected = hashlib.blake2b("\x1f".join(["R1", "plan", "#1", "natur", "#7", digest]).encode(), digest_size=16)
    assert conflict_keys(rows(("R1", 1, 7, shapely.Polygon([(10, 0), (10, 10), (0, 10), (0, 0)]))))[0] == (
        expected.hexdigest()
    )
