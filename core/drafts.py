"""Plan drafts side by side: what changed between versions, and indicators per version from one engine.

Changes are found by overlay, not by identifiers (two versions rarely share stable ids): against the first
version (the base), an area is 'added' where a later version plans something and the base nothing,
'removed' where the base plans something and the later version nothing, and 'category_changed' where both
plan something but a category planned there in one is not in the other. Categories are compared on each
version's merged layer, so overlapping features (development directions over land use) count once and two
identical versions differ nowhere (see compare_pair). Areas in m² of the analysis CRS.

Indicators, one column per version and one for the difference between the last and the first:
- area by category (the area of the union of each category's features, km²);
- new development (Mångfunktionell bebyggelse, Sammanhängande bostadsbebyggelse, Verksamheter och industri,
  Utbyggnadsområde; minus existing settlement where given) on agricultural land, in flood zones and in
  protected nature (km² of the overlap);
- the share of new housing (Mångfunktionell bebyggelse, Sammanhängande bostadsbebyggelse, Utbyggnadsområde)
  within 1 km of a railway station or 400 m of a stop with at least the given weekday departures (% of area);
- results of the conflict check per severity under the rule set (core.conflicts.check_conflicts);
- incompatible planned uses across municipal borders (core.coherence);
- effective mesh size of the whole region after the plan and its change (core.fragmentation).
"""

from __future__ import annotations

from dataclasses import dataclass, field

import numpy as np
import pandas as pd
import shapely

from .categories import map_plan_categories, normalise_categories, normalise_category
from .coherence import border_incompatibilities
from .conflicts import check_conflicts
from .features import FeatureTable
from .fragmentation import Barriers, region_mesh
from .messages import Message, some_ids, translatable
from .progress import Progress, SilentProgress, check_cancelled
from .rules import SEVERITIES, Rule

DEVELOPMENT = (
    "Mångfunktionell bebyggelse",
    "Sammanhängande bostadsbebyggelse",
    "Verksamheter och industri",
    "Utbyggnadsområde",
)
HOUSING = ("Mångfunktionell bebyggelse", "Sammanhängande bostadsbebyggelse", "Utbyggnadsområde")
STATION_DISTANCE_M = 1000.0
STOP_DISTANCE_M = 400.0
AREA_TOLERANCE_M2 = 1e-3
BUFFER_QUAD_SEGMENTS = 16
M2_PER_KM2 = 1_000_000.0
CHANGE_COLUMNS = [
    "from_version",
    "to_version",
    "change",
    "from_category",
    "to_category",
    "from_fid",
    "to_fid",
    "area_m2",
]
INDICATOR_COLUMNS = ["indicator", "category", "unit"]
CHANGES = ("added", "removed", "category_changed")


class DraftInputError(ValueError):
    """A version the comparison cannot use; the message names the version, layer, category or features."""

    def __init__(self, message: Message) -> None:
        super().__init__(str(message))
        self.message = message


@dataclass
class DraftVersion:
    """One version of a plan draft: its areas, and its corridors where it has them."""

    name: str
    areas: FeatureTable
    lines: FeatureTable | None = None

    @property
    def tables(self) -> list[FeatureTable]:
        return [t for t in (self.areas, self.lines) if t is not None]


@dataclass
class IndicatorInputs:
    """The layers the indicators are measured against. Stops carry their weekday departures (read from
    `departures_field`) as category; a stop without a number there is refused, not counted as infrequent."""

    agriculture: list[FeatureTable] = field(default_factory=list)
    flood: list[FeatureTable] = field(default_factory=list)
    protected: list[FeatureTable] = field(default_factory=list)
    existing_settlement: list[FeatureTable] = field(default_factory=list)
    stations: list[FeatureTable] = field(default_factory=list)
    stops: list[FeatureTable] = field(default_factory=list)
    min_departures: float = 40.0
    departures_field: str = ""
    themes: list[FeatureTable] = field(default_factory=list)
    rules: list[Rule] = field(default_factory=list)
    municipalities: FeatureTable | None = None
    border_distance: float = 0.0
    barriers: Barriers | None = None
    units: FeatureTable | None = None
    widths: dict[str, float] | None = None
    language: str = "sv"


def prepare_versions(versions: list[DraftVersion], mapping: dict[str, str] | None = None) -> list[DraftVersion]:
    """Check the versions and map their categories; refuse an empty version or an unknown category, naming them."""
    if len(versions) < 2:
        raise DraftInputError(
            Message(translatable("Give at least two versions of the plan draft to compare; got {0}."), len(versions))
        )
    prepared = []
    for version in versions:
        if sum(len(t) for t in version.tables) == 0:
            raise DraftInputError(
                Message(
                    translatable("Version '{0}' (layer '{1}') has no features with a geometry."),
                    version.name,
                    version.areas.layer_name,
                )
            )
        tables = []
        for table in version.tables:
            categories, unknown, bad = map_plan_categories(table.categories, table.fids, mapping)
            if unknown:
                raise DraftInputError(
                    Message(
                        translatable(
                            "Version '{0}', layer '{1}': the categories {2} are not ÖP-modell categories (feature ids {3}). Map them "
                            "onto ÖP-modell categories with a category mapping file."
                        ),
                        version.name,
                        table.layer_name,
                        ", ".join(f"'{c}'" for c in unknown),
                        some_ids(bad),
                    )
                )
            tables.append(
                FeatureTable(table.layer_name, table.role, table.fids, table.geometries, categories, table.keys)
            )
        prepared.append(DraftVersion(version.name, tables[0], tables[1] if len(tables) > 1 else None))
    names = [v.name for v in prepared]
    if len(set(names)) != len(names):
        raise DraftInputError(
            Message(
                translatable("Two versions have the same name: {0}. Give each version its own name."),
                ", ".join(sorted({n for n in names if names.count(n) > 1})),
            )
        )
    return prepared


def _polygons(table: FeatureTable) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    rows = np.flatnonzero(shapely.get_dimensions(table.geometries) == 2) if len(table) else np.empty(0, dtype=int)
    return table.geometries[rows], table.categories[rows], table.fids[rows]


def _disjoint(geometries: np.ndarray, groups: np.ndarray) -> np.ndarray:
    """Each geometry minus the earlier geometries of its own group that overlap it: disjoint pieces within a group
    whose union is the group's union (overlapping features of one category are counted once)."""
    result = np.array(geometries, dtype=object)
    if len(geometries) < 2:
        return result
    later, earlier = shapely.STRtree(geometries).query(geometries, predicate="intersects")
    keep = (earlier < later) & (groups[earlier] == groups[later])
    later, earlier = later[keep], earlier[keep]
    if not len(later):
        return result
    order = np.argsort(later, kind="stable")
    later, earlier = later[order], earlier[order]
    starts = np.flatnonzero(np.r_[True, later[1:] != later[:-1]])
    owners = later[starts]
    covers = np.array([shapely.union_all(geometries[group]) for group in np.split(earlier, starts[1:])], dtype=object)
    result[owners] = shapely.difference(geometries[owners], covers)
    return result


def _category_unions(geometries: np.ndarray, normalised: np.ndarray) -> dict[str, object]:
    return {c: shapely.union_all(geometries[normalised == c]) for c in pd.unique(normalised)}


def compare_pair(base: DraftVersion, other: DraftVersion) -> pd.DataFrame:
    """Added, removed and category-changed areas of `other` against `base`, compared per category on each version's
    merged layer, so that features laid over others (ÖP-modell's development directions over land use) change nothing
    where both versions plan the same:

        removed from c = A_c − ∪B,   added to c = B_c − ∪A,   category changed from c = (A_c ∩ ∪B) − B_c,

    where A_c is the union of the base's features of category c and ∪A the union of all of them. Where the other
    version lays a new category d over an area none of whose planned uses it drops, (B_d ∩ ∪A) − A_d outside every
    'changed from' area is a category change too, to d. Rows name the features: overlapping features of one category
    count once (the first by feature order), and a changed area goes to the feature whose category is new there
    before one whose category both versions plan there."""
    a_geom, a_cat, a_fid = _polygons(base.areas)
    b_geom, b_cat, b_fid = _polygons(other.areas)
    a_norm, b_norm = normalise_categories(a_cat), normalise_categories(b_cat)
    empty = shapely.from_wkt("POLYGON EMPTY")
    a_union = shapely.union_all(a_geom) if len(a_geom) else empty
    b_union = shapely.union_all(b_geom) if len(b_geom) else empty
    a_own, b_own = _disjoint(a_geom, a_norm), _disjoint(b_geom, b_norm)
    frames = []
    for change, geoms, cats, fids, against, is_from in (
        ("removed", a_own, a_cat, a_fid, b_union, True),
        ("added", b_own, b_cat, b_fid, a_union, False),
    ):
        pieces = shapely.difference(geoms, against) if len(geoms) else geoms
        frames.append(
            pd.DataFrame(
                {
                    "change": change,
                    "from_category": cats if is_from else None,
                    "to_category": None if is_from else cats,
                    "from_fid": fids if is_from else -1,
                    "to_fid": -1 if is_from else fids,
                    "geometry": pieces,
                }
            )
        )
    if len(a_geom) and len(b_geom):
        a_by_category, b_by_category = _category_unions(a_geom, a_norm), _category_unions(b_geom, b_norm)
        lost = _changed(a_own, a_norm, b_geom, b_norm, a_by_category, b_by_category, empty)
        i, j, pieces = lost
        frames.append(
            pd.DataFrame(
                {
                    "change": "category_changed",
                    "from_category": a_cat[i],
                    "to_category": b_cat[j],
                    "from_fid": a_fid[i],
                    "to_fid": b_fid[j],
                    "geometry": pieces,
                }
            )
        )
        # Where the other version lays a new category over an area whose planned uses all stay (a development
        # direction over land use), nothing is lost: that is a change to the new category.
        lost_area = shapely.union_all(pieces) if len(pieces) else empty
        j, i, pieces = _changed(b_own, b_norm, a_geom, a_norm, b_by_category, a_by_category, empty)
        pieces = shapely.difference(pieces, lost_area) if len(pieces) else pieces
        frames.append(
            pd.DataFrame(
                {
                    "change": "category_changed",
                    "from_category": a_cat[i],
                    "to_category": b_cat[j],
                    "from_fid": a_fid[i],
                    "to_fid": b_fid[j],
                    "geometry": pieces,
                }
            )
        )
    frame = pd.concat(frames, ignore_index=True)
    if len(frame):
        frame["geometry"] = _polygonal(frame["geometry"].to_numpy())
    frame["area_m2"] = shapely.area(frame["geometry"].to_numpy()) if len(frame) else np.empty(0)
    frame = frame[frame["area_m2"] > AREA_TOLERANCE_M2].copy()
    frame = _merge_rows(frame)
    frame["from_version"] = base.name
    frame["to_version"] = other.name
    frame["from_fid"] = frame["from_fid"].astype(np.int64)
    frame["to_fid"] = frame["to_fid"].astype(np.int64)
    frame["change"] = pd.Categorical(frame["change"], categories=list(CHANGES))
    frame = frame.sort_values(["change", "from_fid", "to_fid"], kind="stable")
    frame["change"] = frame["change"].astype(object)
    return frame.reset_index(drop=True)[CHANGE_COLUMNS + ["geometry"]]


def _changed(
    own: np.ndarray,
    own_norm: np.ndarray,
    other: np.ndarray,
    other_norm: np.ndarray,
    own_by_category: dict[str, object],
    other_by_category: dict[str, object],
    empty: object,
) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """(own feature, other feature, piece): where the own feature's category c is planned in one version, something
    is planned in the other, but not c — (X_c ∩ ∪Y) − Y_c — split over the other version's features. The other
    version's union is cut into disjoint pieces owned by one feature each, first where its category is new against
    this version, then the rest, so that a changed area goes to the category that is new there."""
    same = np.array([own_by_category.get(c, empty) for c in other_norm], dtype=object)
    candidates = np.concatenate([shapely.difference(other, same), shapely.intersection(other, same)])
    owner = np.concatenate([np.arange(len(other)), np.arange(len(other))])
    owned = _polygonal(_disjoint(candidates, np.zeros(len(candidates), dtype=int)))
    present = ~shapely.is_empty(owned)
    owned, owner = owned[present], owner[present]
    if not len(owned):
        return np.empty(0, dtype=int), np.empty(0, dtype=int), np.empty(0, dtype=object)
    i, k = shapely.STRtree(owned).query(own, predicate="intersects")
    j = owner[k]
    differ = own_norm[i] != other_norm[j]
    i, j, k = i[differ], j[differ], k[differ]
    if not len(i):
        return i, j, np.empty(0, dtype=object)
    kept = np.array([other_by_category.get(c, empty) for c in own_norm[i]], dtype=object)
    return i, j, shapely.difference(shapely.intersection(own[i], owned[k]), kept)


def _merge_rows(frame: pd.DataFrame) -> pd.DataFrame:
    """One row per change and pair of features: pieces of the same pair (disjoint) merged, their areas added."""
    keys = ["change", "from_fid", "to_fid"]
    repeated = frame.duplicated(keys, keep=False).to_numpy()
    if not repeated.any():
        return frame
    groups = frame[repeated].groupby(keys, sort=False)
    merged = groups.agg({"from_category": "first", "to_category": "first", "area_m2": "sum"}).reset_index()
    merged["geometry"] = [shapely.union_all(g["geometry"].to_numpy()) for _, g in groups]
    return pd.concat([frame[~repeated], merged], ignore_index=True)


def _polygonal(geometries: np.ndarray) -> np.ndarray:
    """Overlay results reduced to their polygon parts (touching edges leave stray lines and points)."""
    from .features import parts_of_dimension

    return parts_of_dimension(np.asarray(geometries, dtype=object), 2)


def compare_versions(versions: list[DraftVersion]) -> pd.DataFrame:
    """Every later version against the first."""
    return pd.concat([compare_pair(versions[0], v) for v in versions[1:]], ignore_index=True)


def _union(tables: list[FeatureTable], dimension: int | None = 2) -> object:
    geometries = [
        t.geometries if dimension is None else t.geometries[shapely.get_dimensions(t.geometries) == dimension]
        for t in tables
        if len(t)
    ]
    geometries = [g for g in geometries if len(g)]
    return shapely.union_all(np.concatenate(geometries)) if geometries else shapely.from_wkt("POLYGON EMPTY")


def _of_categories(table: FeatureTable, categories: tuple[str, ...]) -> object:
    rows = table.matching(frozenset(normalise_category(c) for c in categories))
    rows = rows[shapely.get_dimensions(table.geometries[rows]) == 2]
    return shapely.union_all(table.geometries[rows]) if len(rows) else shapely.from_wkt("POLYGON EMPTY")


def transit_area(inputs: IndicatorInputs) -> object:
    """Within 1 km of a station or 400 m of a stop with at least the minimum weekday departures."""
    parts = [
        shapely.buffer(t.geometries, STATION_DISTANCE_M, quad_segs=BUFFER_QUAD_SEGMENTS)
        for t in inputs.stations
        if len(t)
    ]
    for table in inputs.stops:
        departures = pd.to_numeric(pd.Series(table.categories, dtype=object), errors="coerce").to_numpy(dtype=float)
        missing = ~np.isfinite(departures)
        if missing.any():
            raise DraftInputError(
                Message(
                    translatable(
                        "Stops layer '{0}': the field '{1}' holds no number of weekday departures for {2} stop(s) (feature ids "
                        "{3}). Fill in the departures, or leave those stops out."
                    ),
                    table.layer_name,
                    inputs.departures_field or "-",
                    int(missing.sum()),
                    some_ids(table.fids[missing]),
                )
            )
        frequent = departures >= inputs.min_departures
        if frequent.any():
            parts.append(shapely.buffer(table.geometries[frequent], STOP_DISTANCE_M, quad_segs=BUFFER_QUAD_SEGMENTS))
    return shapely.union_all(np.concatenate(parts)) if parts else shapely.from_wkt("POLYGON EMPTY")


def version_indicators(
    version: DraftVersion,
    inputs: IndicatorInputs,
    transit: object,
    settlement: object,
    overlays: dict[str, object],
    progress: Progress,
) -> dict[tuple[str, str, str], float]:
    """Indicator (key, category, unit) → value for one version."""
    values: dict[tuple[str, str, str], float] = {}
    areas = version.areas
    for category in pd.unique(areas.categories):
        geometry = _of_categories(areas, (str(category),))
        values[("area_by_category", str(category), "km²")] = shapely.area(geometry) / M2_PER_KM2
    development = shapely.difference(_of_categories(areas, DEVELOPMENT), settlement)
    values[("new_development", "", "km²")] = shapely.area(development) / M2_PER_KM2
    for key, overlay in overlays.items():
        if overlay is not None:
            values[(key, "", "km²")] = shapely.area(shapely.intersection(development, overlay)) / M2_PER_KM2
    housing = shapely.difference(_of_categories(areas, HOUSING), settlement)
    housing_area = shapely.area(housing)
    values[("new_housing", "", "km²")] = housing_area / M2_PER_KM2
    if inputs.stations or inputs.stops:
        near = shapely.area(shapely.intersection(housing, transit))
        values[("new_housing_near_transit", "", "%")] = (
            100.0 * near / housing_area if housing_area > 0 else float("nan")
        )
    check_cancelled(progress)
    if inputs.rules:
        conflicts = check_conflicts(
            version.tables, inputs.themes, inputs.rules, None, inputs.language, SilentProgress()
        )
        counts = conflicts["severity"].value_counts().to_dict() if len(conflicts) else {}
        for severity in SEVERITIES:
            values[("check_results", severity, "")] = float(counts.get(severity, 0))
        if inputs.municipalities is not None:
            border = border_incompatibilities(
                version.tables, inputs.municipalities, inputs.rules, inputs.border_distance, inputs.language
            )
            values[("border_incompatibilities", "", "")] = float(len(border))
    check_cancelled(progress)
    if inputs.barriers is not None and inputs.units is not None:
        before, after = region_mesh(
            inputs.units,
            inputs.barriers,
            [version.areas],
            [version.lines] if version.lines else [],
            widths=inputs.widths,
        )
        values[("m_eff_after", "", "km²")] = after
        values[("m_eff_change", "", "km²")] = after - before
    return values


def indicator_table(
    versions: list[DraftVersion], inputs: IndicatorInputs, progress: Progress | None = None
) -> pd.DataFrame:
    """One row per indicator; one column per version and one, 'difference', for the last minus the first."""
    progress = progress or SilentProgress()
    settlement = _union(inputs.existing_settlement)
    transit = transit_area(inputs)
    overlays = {
        "development_on_agriculture": _union(inputs.agriculture) if inputs.agriculture else None,
        "development_in_flood_zone": _union(inputs.flood) if inputs.flood else None,
        "development_in_protected_nature": _union(inputs.protected) if inputs.protected else None,
    }
    per_version = []
    for number, version in enumerate(versions):
        check_cancelled(progress)
        progress.set_progress(100.0 * number / len(versions))
        per_version.append(version_indicators(version, inputs, transit, settlement, overlays, progress))
    keys: list[tuple[str, str, str]] = []
    for values in per_version:
        keys += [k for k in values if k not in keys]
    order = {name: i for i, name in enumerate(INDICATOR_ORDER)}
    keys.sort(
        key=lambda k: (order.get(k[0], len(order)), k[1] if k[0] != "check_results" else str(SEVERITIES.index(k[1])))
    )
    frame = pd.DataFrame(keys, columns=INDICATOR_COLUMNS)
    for version, values in zip(versions, per_version):
        # A category a version does not plan has zero area there.
        frame[version.name] = [values.get(k, 0.0 if k[0] == "area_by_category" else np.nan) for k in keys]
    frame["difference"] = frame[versions[-1].name] - frame[versions[0].name]
    progress.set_progress(100.0)
    return frame


INDICATOR_ORDER = (
    "area_by_category",
    "new_development",
    "development_on_agriculture",
    "development_in_flood_zone",
    "development_in_protected_nature",
    "new_housing",
    "new_housing_near_transit",
    "check_results",
    "border_incompatibilities",
    "m_eff_after",
    "m_eff_change",
)
INDICATOR_LABELS = {
    "area_by_category": translatable("Area: {0}"),
    "new_development": translatable("New development"),
    "development_on_agriculture": translatable("New development on agricultural land"),
    "development_in_flood_zone": translatable("New development in flood zones"),
    "development_in_protected_nature": translatable("New development in protected nature"),
    "new_housing": translatable("New housing"),
    "new_housing_near_transit": translatable("New housing within 1 km of a station or 400 m of a frequent stop"),
    "check_results": translatable("Conflict check results: {0}"),
    "border_incompatibilities": translatable("Incompatible uses across municipal borders"),
    "m_eff_after": translatable("Effective mesh size of the region after the plan"),
    "m_eff_change": translatable("Change in effective mesh size"),
}


def indicator_label(indicator: str, category: str, translate=lambda t: t) -> str:
    """The indicator's name for a table, translated by the caller's translator."""
    template = INDICATOR_LABELS.get(indicator, indicator)
    return translate(template).format(translate(category) if indicator == "check_results" else category)


# The severities' names as the indicator table shows them.
SEVERITY_NAMES = (translatable("conflict"), translatable("warning"), translatable("opportunity"))
