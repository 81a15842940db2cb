"""The sliced index answers exactly as one STRtree over all the geometries."""

from __future__ import annotations

import numpy as np
import pytest
import shapely

from samplan.core import spatial_index
from samplan.core.spatial_index import SpatialIndex, geometries_from_wkb


@pytest.fixture()
def small_slices(monkeypatch):
    monkeypatch.setattr(spatial_index, "GIL_SLICE", 7)


def random_boxes(n: int, seed: int) -> np.ndarray:
    rng = np.random.default_rng(seed)
    x, y = rng.uniform(0, 1000, n), rng.uniform(0, 1000, n)
    return shapely.box(x, y, x + rng.uniform(1, 80, n), y + rng.uniform(1, 80, n))


@pytest.mark.parametrize(("predicate", "distance"), [("intersects", None), ("dwithin", 25.0), (None, None)])
def test_query_equals_one_strtree(small_slices, predicate, distance):
    theme, plan = random_boxes(50, 1), random_boxes(20, 2)
    extra = {} if distance is None else {"distance": distance}
    expected = shapely.STRtree(theme).query(plan, predicate=predicate, **extra)
    got = SpatialIndex(theme).query(plan, predicate=predicate, distance=distance)
    assert len(SpatialIndex(theme).trees) == 8
    assert sorted(map(tuple, expected.T)) == list(map(tuple, got.T))


def test_query_nearest_equals_brute_force(small_slices):
    theme, plan = random_boxes(40, 3), random_boxes(15, 4)
    query, found, distance = SpatialIndex(theme).query_nearest(plan)
    brute = shapely.distance(plan[:, None], theme[None, :])
    assert list(query) == list(range(15))
    assert np.allclose(distance, brute.min(axis=1))
    assert list(found) == list(brute.argmin(axis=1))  # the lowest index among equals, as argmin


def test_empty_index_and_wkb_slices(small_slices):
    assert SpatialIndex(np.empty(0, dtype=object)).query(random_boxes(3, 5), predicate="intersects").shape == (2, 0)
    assert len(SpatialIndex(np.empty(0, dtype=object)).query_nearest(random_boxes(3, 5))[0]) == 0
    boxes = random_boxes(30, 6)
    wkbs = np.array([*shapely.to_wkb(boxes[:10]), None, *shapely.to_wkb(boxes[10:])], dtype=object)
    parsed = geometries_from_wkb(wkbs)
    assert parsed[10] is None and shapely.equals(np.delete(parsed, 10), boxes).all()


def test_in_threads_gives_what_one_call_gives():
    """Element-wise GEOS work cut into one part per core equals the one call, element for element, in order."""
    import numpy as np
    import shapely

    from samplan.core import spatial_index

    rng = np.random.default_rng(3)
    count = spatial_index.THREAD_MINIMUM * 3 + 17
    a = shapely.buffer(shapely.points(rng.uniform(0, 1000, count), rng.uniform(0, 1000, count)), 20, quad_segs=4)
    b = shapely.box(*np.sort(rng.uniform(0, 1000, (2, count)), axis=0)[[0, 0, 1, 1]] + [[0], [0], [5], [5]])
    threaded = spatial_index.in_threads(shapely.intersection, a, b)
    assert len(threaded) == count
    assert all(shapely.equals_exact(threaded, shapely.intersection(a, b), 0))
    buffered = spatial_index.in_threads(shapely.buffer, a, distance=3.0, quad_segs=2)
    assert all(shapely.equals_exact(buffered, shapely.buffer(a, 3.0, quad_segs=2), 0))
