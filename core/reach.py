"""Where a theme layer can matter to a plan draft: the reach of the plan, per theme role.

A theme feature can take part in an overlaps, within_distance or crosses result only if its bounding box
meets the bounding box of a plan feature the rule applies to, grown by the rule's distance. The union of
those grown boxes is the plan's reach for a role; theme features outside it need not be read at all, and a
data provider can be asked for the features inside it alone (an R-tree or GiST index answers that).

Boxes that overlap are merged into their common bounding box, so that a provider is asked a few thousand
rectangles at most (a GeoPackage answers them all in one query on its R-tree).

A not_within_distance rule reports the distance to the nearest theme feature however far it is, so a role
with such a rule has no bounded reach: its layers are read whole.
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np
import shapely
from scipy.sparse import coo_matrix
from scipy.sparse.csgraph import connected_components

from .categories import apply_category_mapping, normalise_categories
from .features import FeatureTable
from .rules import Rule

# Added to every distance, so that a feature exactly at the threshold (and float rounding) stays inside.
REACH_MARGIN_M = 1.0
GAP_RELATION = "not_within_distance"


@dataclass(frozen=True)
class Reach:
    """Rectangles (xmin, ymin, xmax, ymax) in the analysis CRS that together hold every grown plan box: the
    grown boxes, those that overlap merged into their common bounding box."""

    rectangles: np.ndarray

    def __len__(self) -> int:
        return len(self.rectangles)

    def polygon(self) -> shapely.Geometry:
        """The rectangles as one (multi)polygon."""
        return shapely.union_all(shapely.box(*self.rectangles.T)) if len(self.rectangles) else shapely.Polygon()


def reach_by_role(
    plan_tables: list[FeatureTable], rules: list[Rule], category_mapping: dict[str, str] | None = None
) -> dict[str, Reach | None]:
    """The plan's reach for each theme role a rule names; None where the role has a not_within_distance rule."""
    geometry_parts = [t.geometries for t in plan_tables if len(t)]
    category_parts = [t.categories for t in plan_tables if len(t)]
    geometries = np.concatenate(geometry_parts) if geometry_parts else np.empty(0, dtype=object)
    categories = np.concatenate(category_parts) if category_parts else np.empty(0, dtype=object)
    normalised = normalise_categories(apply_category_mapping(categories, category_mapping or {}))
    bounds = shapely.bounds(geometries) if len(geometries) else np.empty((0, 4))
    grown: dict[str, list[np.ndarray]] = {}
    unbounded: set[str] = set()
    for rule in rules:
        if rule.relation == GAP_RELATION:
            unbounded.add(rule.theme_role)
            continue
        rows = np.isin(normalised, list(rule.normalised_plan_categories))
        distance = (rule.distance_m or 0.0) + REACH_MARGIN_M
        boxes = bounds[rows] + np.array([-distance, -distance, distance, distance])
        grown.setdefault(rule.theme_role, []).append(boxes[np.isfinite(boxes).all(axis=1)])
    reach: dict[str, Reach | None] = {}
    for role in {r.theme_role for r in rules}:
        if role in unbounded:
            reach[role] = None
        else:
            reach[role] = Reach(merged_boxes(np.concatenate(grown.get(role, [np.empty((0, 4))]))))
    return reach


def merged_boxes(boxes: np.ndarray) -> np.ndarray:
    """The boxes, each group of overlapping ones replaced by its bounding box, until none overlap."""
    boxes = np.unique(np.asarray(boxes, dtype=float).reshape(-1, 4), axis=0)
    while len(boxes) > 1:
        geometries = shapely.box(*boxes.T)
        first, second = shapely.STRtree(geometries).query(geometries)
        count, group = connected_components(
            coo_matrix((np.ones(len(first)), (first, second)), shape=(len(boxes), len(boxes))), directed=False
        )
        if count == len(boxes):
            break
        grouped = np.empty((count, 4))
        grouped[:, :2] = np.inf
        grouped[:, 2:] = -np.inf
        for column, reduce in ((0, np.minimum), (1, np.minimum), (2, np.maximum), (3, np.maximum)):
            reduce.at(grouped[:, column], group, boxes[:, column])
        boxes = grouped
    return boxes
