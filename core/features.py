"""Engine input: the features of one layer as arrays, already in the analysis CRS."""

from __future__ import annotations

from dataclasses import dataclass, field

import numpy as np
import shapely

from .categories import normalise_categories
from .progress import Progress
from .spatial_index import in_slices


@dataclass
class FeatureTable:
    """One layer's features: ids, shapely geometries and the category the rules match.

    `categories` holds the values as the layer spells them; matching uses their normalised form. `keys`
    are the values of a stable identifier field, where the layer has one (feature ids of WFS or views are
    not stable from one session to the next). `attributes` holds further fields by name (None where empty).
    """

    layer_name: str
    role: str
    fids: np.ndarray
    geometries: np.ndarray
    categories: np.ndarray
    # None (no keys) is taken and becomes an array of None in __post_init__: typed as what the table holds.
    keys: np.ndarray = None  # type: ignore[assignment]
    attributes: dict[str, np.ndarray] = field(default_factory=dict)

    def __post_init__(self) -> None:
        self.fids = np.asarray(self.fids, dtype=np.int64)
        self.geometries = np.asarray(self.geometries, dtype=object)
        self.categories = np.asarray(self.categories, dtype=object)
        self.keys = (
            np.full(len(self.fids), None, dtype=object) if self.keys is None else np.asarray(self.keys, dtype=object)
        )
        if not (len(self.fids) == len(self.geometries) == len(self.categories) == len(self.keys)):
            raise ValueError(f"layer '{self.layer_name}': ids, geometries, categories and keys differ in length")
        self._normalised: np.ndarray | None = None

    def __len__(self) -> int:
        return len(self.fids)

    @property
    def normalised_categories(self) -> np.ndarray:
        if self._normalised is None:
            self._normalised = normalise_categories(self.categories)
        return self._normalised

    def matching(self, normalised_categories: frozenset[str]) -> np.ndarray:
        """Row indices of the features whose category is one of the given (normalised) ones."""
        return np.flatnonzero(np.isin(self.normalised_categories, list(normalised_categories)))


@dataclass
class RepairReport:
    """What cleaning a layer's geometries did: repaired invalid ones, flattened collections, dropped empty or null ones."""

    repaired_fids: list[int] = field(default_factory=list)
    flattened_fids: list[int] = field(default_factory=list)
    dropped_fids: list[int] = field(default_factory=list)


def clean_geometries(
    fids: np.ndarray, geometries: np.ndarray, progress: Progress | None = None
) -> tuple[np.ndarray, np.ndarray, RepairReport]:
    """Repair invalid geometries (GEOS make_valid, keeping the layer's own dimension), reduce geometry
    collections to their parts of the highest dimension, and drop empty ones.

    Returns the kept row indices, the cleaned geometries of those rows and a report.
    """
    report = RepairReport()
    fids = np.asarray(fids)
    geometries = np.asarray(geometries, dtype=object).copy()
    missing = shapely.is_missing(geometries)
    present_idx = np.flatnonzero(~missing)
    empty = np.zeros(len(geometries), dtype=bool)
    empty[present_idx] = shapely.is_empty(geometries[present_idx])
    usable_idx = np.flatnonzero(~missing & ~empty)
    invalid = np.zeros(len(geometries), dtype=bool)
    invalid[usable_idx] = ~in_slices(shapely.is_valid, geometries[usable_idx], progress)
    if invalid.any():
        bad = np.flatnonzero(invalid)
        original_dims = shapely.get_dimensions(geometries[bad])
        repaired = shapely.make_valid(geometries[bad])
        # make_valid can turn a bow-tie polygon into polygons plus stray lines: keep the layer's own dimension.
        for dimension in np.unique(original_dims):
            rows = bad[original_dims == dimension]
            geometries[rows] = parts_of_dimension(repaired[original_dims == dimension], int(dimension))
        report.repaired_fids = [int(f) for f in fids[bad]]
    # A valid collection (from WFS or a generic-geometry layer) is read as its highest-dimension parts.
    collections = np.zeros(len(geometries), dtype=bool)
    collections[usable_idx] = shapely.get_type_id(geometries[usable_idx]) == 7
    collections &= ~invalid
    if collections.any():
        rows = np.flatnonzero(collections)
        dims = shapely.get_dimensions(geometries[rows])
        for dimension in np.unique(dims):
            geometries[rows[dims == dimension]] = parts_of_dimension(
                geometries[rows[dims == dimension]], int(dimension)
            )
        report.flattened_fids = [int(f) for f in fids[rows]]
    cleaned = np.flatnonzero(invalid | collections)
    empty[cleaned] = shapely.is_empty(geometries[cleaned])
    dropped = missing | empty
    report.dropped_fids = [int(f) for f in fids[dropped]]
    kept = np.flatnonzero(~dropped)
    return kept, geometries[kept], report


EMPTY = shapely.from_wkt("GEOMETRYCOLLECTION EMPTY")


def single_parts(geometries: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """Every geometry broken into single points, lines and polygons (nested collections too), with the owner's index."""
    parts, owner = shapely.get_parts(np.asarray(geometries, dtype=object), return_index=True)
    while True:
        nested = np.isin(shapely.get_type_id(parts), (4, 5, 6, 7))
        if not nested.any():
            return parts, owner
        inner, inner_owner = shapely.get_parts(parts[nested], return_index=True)
        parts = np.concatenate([parts[~nested], inner])
        owner = np.concatenate([owner[~nested], owner[nested][inner_owner]])


def parts_of_dimension(geometries: np.ndarray, dimension: int) -> np.ndarray:
    """Keep only the parts of each geometry that have the given dimension, as one (multi) geometry each.

    GEOS overlays and make_valid may add stray lower-dimension bits; an empty geometry stands where none is left.
    """
    geometries = np.asarray(geometries, dtype=object)
    result = np.full(len(geometries), EMPTY, dtype=object)
    if len(geometries) == 0:
        return result
    dims = shapely.get_dimensions(geometries)
    simple = (dims == dimension) & (shapely.get_type_id(geometries) != 7)
    result[simple] = geometries[simple]
    mixed = np.flatnonzero(~simple & ~shapely.is_empty(geometries))
    if len(mixed) == 0:
        return result
    parts, owner = single_parts(geometries[mixed])
    keep = shapely.get_dimensions(parts) == dimension
    parts, owner = parts[keep], owner[keep]
    if len(parts) == 0:
        return result
    owners, compact = np.unique(owner, return_inverse=True)
    if dimension == 2:
        # Several polygon parts from one overlay may touch; a union makes them one valid geometry.
        grouped = np.array([shapely.unary_union(parts[compact == k]) for k in range(len(owners))], dtype=object)
    else:
        grouped = (shapely.multilinestrings if dimension == 1 else shapely.multipoints)(parts, indices=compact)
    result[mixed[owners]] = grouped
    return result
