"""The summary's affected area, united per plan feature first, against one union of everything."""

from __future__ import annotations

import numpy as np
import pytest
import shapely

from samplan.core.conflicts import union_area_by_plan_feature


def test_union_area_by_plan_feature_equals_one_union_of_everything():
    """Random overlapping squares and circles given to random plan features: the area equals shapely's area of
    one union of them all (an independent computation), whatever plan feature each part is said to be of."""
    rng = np.random.default_rng(11)
    x, y = rng.uniform(0, 1000, 300), rng.uniform(0, 1000, 300)
    parts = np.concatenate(
        [
            shapely.box(x[:150], y[:150], x[:150] + 60, y[:150] + 40),
            shapely.buffer(shapely.points(x[150:], y[150:]), 35),
        ]
    )
    for plan_features in (rng.integers(0, 5, 300), rng.integers(0, 120, 300), np.zeros(300, dtype=int), np.arange(300)):
        expected = shapely.area(shapely.union_all(parts))
        assert union_area_by_plan_feature(parts, plan_features.astype(str)) == pytest.approx(expected, rel=1e-12)
    assert expected < shapely.area(parts).sum() * 0.9  # the parts do overlap


def test_union_areas_per_group_equal_one_union_of_each_group():
    """Overlapping parts in several groups (as rule x municipality), their plan features shared across groups: each
    group's area equals shapely's area of one union of that group's parts alone, and a group without parts is
    empty (NaN), not 0."""
    from samplan.core.conflicts import union_areas

    rng = np.random.default_rng(5)
    x, y = rng.uniform(0, 500, 400), rng.uniform(0, 500, 400)
    parts = shapely.buffer(shapely.points(x, y), rng.uniform(10, 40, 400))
    groups = rng.integers(0, 4, 400)  # group 4 of 5 has no parts
    plan_features = rng.integers(0, 30, 400).astype(str)
    areas = union_areas(parts, groups, plan_features, 5)
    for group in range(4):
        expected = shapely.area(shapely.union_all(parts[groups == group]))
        assert areas[group] == pytest.approx(expected, rel=1e-12)
        assert expected < shapely.area(parts[groups == group]).sum() * 0.9  # the parts of a group do overlap
    assert np.isnan(areas[4])
    # Groups are kept apart: the parts of two groups overlap, yet each counts its own area in full.
    assert areas[:4].sum() > shapely.area(shapely.union_all(parts)) * 1.5
