"""Each result goes to the municipality holding its largest part: hand-made municipalities and results."""

from __future__ import annotations

import numpy as np
import shapely

from samplan.core.conflicts import attribute_municipality
from samplan.core.features import FeatureTable


def test_each_result_goes_to_the_municipality_with_its_largest_part():
    # Two municipalities side by side: Alby x 0..10, Borg x 10..20 (y 0..10); a third, Cby, far away.
    municipalities = FeatureTable(
        "kommuner",
        "units",
        [1, 2, 3],
        [shapely.box(0, 0, 10, 10), shapely.box(10, 0, 20, 10), shapely.box(100, 100, 110, 110)],
        ["Alby", "Borg", "Cby"],
    )
    results = np.array(
        [
            shapely.box(1, 1, 3, 3),  # inside Alby
            shapely.box(8, 1, 20, 3),  # 2 m wide in Alby, 10 m in Borg
            shapely.box(4, 1, 11, 3),  # 6 m in Alby, 1 m in Borg
            shapely.LineString([(9, 5), (19, 5)]),  # 1 m in Alby, 9 m in Borg
            shapely.MultiPoint([(2, 2), (12, 2), (13, 2)]),  # one point in Alby, two in Borg
            shapely.Point(5, 5),  # in Alby
            shapely.box(50, 50, 60, 60),  # in none
            shapely.box(20, 1, 25, 3),  # touches Borg's edge only: Borg is the one it meets
        ],
        dtype=object,
    )
    names = attribute_municipality(results, municipalities)
    assert names.tolist() == ["Alby", "Borg", "Alby", "Borg", "Borg", "Alby", None, "Borg"]
