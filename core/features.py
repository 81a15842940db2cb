"""Engine input: the features of one layer as arrays, already in the analysis CRS."""
from __future__ import annotations

from dataclasses import dataclass, field

import numpy as np
import shapely

from .categories import normalise_categories


@dataclass
class FeatureTable:
    """One layer's features: ids, shapely geometries and the category the rules match.

    `categories` holds the values as the layer spells them; matching uses their normalised form.
    """

    layer_name: str
    role: str
    fids: np.ndarray
    geometries: np.ndarray
    categories: np.ndarray
    extra: dict[str, np.ndarray] = field(default_factory=dict)

    def __post_init__(self) -> None:
        self.fids = np.asarray(self.fids, dtype=np.int64)
        self.geometries = np.asarray(self.geometries, dtype=object)
        self.categories = np.asarray(self.categories, dtype=object)
        if not (len(self.fids) == len(self.geometries) == len(self.categories)):
            raise ValueError(f"layer '{self.layer_name}': ids, geometries and categories differ in length")
        self._normalised: np.ndarray | None = None

    def __len__(self) -> int:
        return len(self.fids)

    @property
    def normalised_categories(self) -> np.ndarray:
        if self._normalised is None:
            self._normalised = normalise_categories(self.categories)
        return self._normalised

    @property
    def dimensions(self) -> np.ndarray:
        return shapely.get_dimensions(self.geometries)

    def matching(self, normalised_categories: frozenset[str]) -> np.ndarray:
        """Row indices of the features whose category is one of the given (normalised) ones."""
        return np.flatnonzero(np.isin(self.normalised_categories, list(normalised_categories)))


@dataclass
class RepairReport:
    """What cleaning a layer's geometries did: repaired invalid ones, dropped empty or null ones."""

    repaired_fids: list[int] = field(default_factory=list)
    dropped_fids: list[int] = field(default_factory=list)


def clean_geometries(fids: np.ndarray, geometries: np.ndarray) -> tuple[np.ndarray, np.ndarray, RepairReport]:
    """Repair invalid geometries (GEOS make_valid, keeping the layer's own dimension) and drop empty ones.

    Returns the kept row indices, the cleaned geometries of those rows and a report.
    """
    report = RepairReport()
    geometries = np.asarray(geometries, dtype=object).copy()
    missing = shapely.is_missing(geometries)
    present = ~missing
    present_idx = np.flatnonzero(present)
    empty = np.zeros(len(geometries), dtype=bool)
    empty[present_idx] = shapely.is_empty(geometries[present_idx])
    invalid = np.zeros(len(geometries), dtype=bool)
    usable_idx = np.flatnonzero(present & ~empty)
    invalid[usable_idx] = ~shapely.is_valid(geometries[usable_idx])
    if invalid.any():
        bad = np.flatnonzero(invalid)
        original_dims = shapely.get_dimensions(geometries[bad])
        repaired = shapely.make_valid(geometries[bad])
        geometries[bad] = [_keep_dimension(g, d) for g, d in zip(repaired, original_dims)]
        report.repaired_fids = [int(f) for f in np.asarray(fids)[bad]]
        now_empty = shapely.is_empty(geometries[bad])
        empty[bad[now_empty]] = True
    dropped = missing | empty
    report.dropped_fids = [int(f) for f in np.asarray(fids)[dropped]]
    kept = np.flatnonzero(~dropped)
    return kept, geometries[kept], report


def _keep_dimension(geometry: shapely.Geometry, dimension: int) -> shapely.Geometry:
    """make_valid can turn a bow-tie polygon into polygons plus stray lines: keep the parts of the layer's dimension."""
    if shapely.get_dimensions(geometry) == dimension and shapely.get_type_id(geometry) != 7:
        return geometry
    parts = shapely.get_parts(geometry)
    parts = parts[shapely.get_dimensions(parts) == dimension]
    if len(parts) == 0:
        return shapely.from_wkt("GEOMETRYCOLLECTION EMPTY")
    if dimension == 2:
        return shapely.unary_union(parts)
    if dimension == 1:
        return shapely.multilinestrings(parts)
    return shapely.multipoints(parts)
