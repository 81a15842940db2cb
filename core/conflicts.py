"""The coordination conflict check: a plan draft against theme layers under a rule set.

One result row per (rule, plan feature, theme feature), with the geometry where they meet. All work is
vectorised over shapely 2 arrays: an STRtree finds candidate pairs, then GEOS measures them in bulk
(core/conflict_relations.py).

Relations, as the user guide states them:
- overlaps: the interiors meet. Measure: the area of the overlap, or for a line the length inside a
  polygon's interior (a line along a border does not count), or the number of points inside.
- within_distance d: the distance is at most d (exactly d counts). Measure: the part of the plan
  feature within d of the theme feature (plan ∩ buffer(theme, d)), and the minimum distance.
- not_within_distance d: the plan feature is farther than d from every theme feature of the category
  (a coordination gap). One row per plan feature, no theme feature, the distance to the nearest one.
- crosses: a planned line crosses a theme polygon (measure: the length inside it) or a theme line
  (measure: the number of crossing points).
"""

from __future__ import annotations

import os
from concurrent.futures import ThreadPoolExecutor

import numpy as np
import pandas as pd
import shapely
from scipy.sparse import coo_matrix
from scipy.sparse.csgraph import connected_components

from .categories import apply_category_mapping, normalise_categories, unknown_categories
from .conflict_relations import Hits, Stacked, evaluate, own_measure
from .features import FeatureTable
from .messages import Message, some_ids, translatable
from .progress import Progress, SilentProgress, check_cancelled
from .reviews import conflict_keys
from .spatial_index import SpatialIndex, in_threads
from .timing import StepTimes, timed
from .rules import Rule, role_name

CONFLICT_COLUMNS = [
    "rule_id",
    "severity",
    "relation",
    "plan_category",
    "plan_category_source",
    "theme_role",
    "theme_category",
    "plan_layer",
    "plan_fid",
    "plan_key",
    "theme_layer",
    "theme_fid",
    "theme_key",
    "area_m2",
    "length_m",
    "share",
    "distance_m",
    "point_count",
    "message",
    "basis",
    "municipality",
    "status",
    "comment",
    "reviewed_by",
    "reviewed_at",
    "is_new",
    "conflict_key",
]
# The kind of each column, for writing them out: "text", "integer" or "real".
_INTEGER_COLUMNS = {"plan_fid", "theme_fid", "point_count", "count", "plan_features", "is_new"}
_REAL_COLUMNS = {"area_m2", "length_m", "share", "distance_m", "affected_area_m2"}


def column_kind(name: str) -> str:
    return "integer" if name in _INTEGER_COLUMNS else "real" if name in _REAL_COLUMNS else "text"


SUMMARY_COLUMNS = [
    "rule_id",
    "severity",
    "municipality",
    "count",
    "plan_features",
    "area_m2",
    "affected_area_m2",
    "length_m",
    "point_count",
]
GEOMETRY_KINDS = {0: "point", 1: "line", 2: "area"}


def check_conflicts(
    plan_tables: list[FeatureTable],
    theme_tables: list[FeatureTable],
    rules: list[Rule],
    municipalities: FeatureTable | None = None,
    language: str = "sv",
    progress: Progress | None = None,
    category_mapping: dict[str, str] | None = None,
    times: StepTimes | None = None,
) -> pd.DataFrame:
    """Check every rule; return one row per result with the columns CONFLICT_COLUMNS plus 'geometry'.

    `category_mapping` (normalised draft word → ÖP-modell category) is applied to the plan first; the
    results keep the draft's own word in plan_category_source. `times` gets the seconds spent building
    spatial indexes ("index").
    """
    progress = progress or SilentProgress()
    plan_rows = [np.arange(len(t)) for t in plan_tables]
    plan = Stacked.of(plan_tables, plan_rows)
    plan.categories = apply_category_mapping(plan.source_categories, category_mapping or {})
    _warn_about_plan_categories(plan, rules, progress)
    plan_measure = own_measure(plan.geometries, plan.dimensions)
    plan_normalised = normalise_categories(plan.categories)
    frames = []
    skipped_roles: dict[str, list[str]] = {}
    for number, rule in enumerate(rules):
        check_cancelled(progress)
        progress.set_progress(100.0 * number / max(len(rules), 1) * 0.9)
        plan_idx = np.flatnonzero(np.isin(plan_normalised, list(rule.normalised_plan_categories)))
        if len(plan_idx) == 0:
            continue
        themes_of_role = [t for t in theme_tables if t.role == rule.theme_role]
        if not themes_of_role:
            skipped_roles.setdefault(rule.theme_role, []).append(rule.id)
            continue
        theme_rows = [t.matching(rule.normalised_theme_categories) for t in themes_of_role]
        theme = Stacked.of(themes_of_role, theme_rows)
        hits = evaluate(rule, plan, plan_idx, plan_measure, theme, progress, times)
        if rule.relation == "not_within_distance" and len(theme) == 0 and len(hits.plan):
            progress.warning(
                Message(
                    translatable(
                        "Rule {0}: no theme feature of role '{1}' has category {2}; every matching plan "
                        "feature is reported as a gap."
                    ),
                    rule.id,
                    role_name(rule.theme_role),
                    " | ".join(rule.theme_categories),
                )
            )
        if len(hits.plan):
            frames.append(_rows(rule, hits, plan, theme, language))
    for role, rule_ids in skipped_roles.items():
        progress.info(
            Message(
                translatable("No layer was given in the role '{0}': rules {1} were not checked."),
                role_name(role),
                ", ".join(rule_ids),
            )
        )
    progress.set_progress(90.0)
    if not frames:
        return empty_conflicts()
    result = pd.concat(frames, ignore_index=True)
    if municipalities is not None and len(municipalities):
        check_cancelled(progress)
        result["municipality"] = attribute_municipality(result["geometry"].to_numpy(), municipalities, times)
    result["conflict_key"] = conflict_keys(result)
    progress.set_progress(100.0)
    return result


def _warn_about_plan_categories(plan: Stacked, rules: list[Rule], progress: Progress) -> None:
    """Name, per plan layer, the features without a category and the categories no rule applies to."""
    in_rules = frozenset().union(*(r.normalised_plan_categories for r in rules)) | {""}
    for layer_name in pd.unique(plan.layer_names):
        rows = plan.layer_names == layer_name
        categories = plan.categories[rows]
        without = plan.fids[rows][normalise_categories(categories) == ""]
        if len(without):
            progress.warning(
                Message(
                    translatable(
                        "Plan draft layer '{0}': {1} feature(s) have no category and match no rule (feature ids {2})."
                    ),
                    layer_name,
                    len(without),
                    some_ids(without),
                )
            )
        unknown = unknown_categories(categories, in_rules)
        if unknown:
            listed = ", ".join(f"'{name}' ({count})" for name, count in unknown.items())
            progress.warning(
                Message(
                    translatable(
                        "Plan draft layer '{0}': no rule applies to the categories {1}. Map them onto "
                        "ÖP-modell categories with a category mapping file."
                    ),
                    layer_name,
                    listed,
                )
            )


def empty_conflicts() -> pd.DataFrame:
    frame = pd.DataFrame({c: pd.Series(dtype=object) for c in CONFLICT_COLUMNS})
    frame["geometry"] = pd.Series(dtype=object)
    return frame


def _rows(rule: Rule, hits: Hits, plan: Stacked, theme: Stacked, language: str) -> pd.DataFrame:
    has_theme = hits.theme >= 0
    theme_idx = np.where(has_theme, hits.theme, 0)
    n = len(hits.plan)

    def theme_values(values: np.ndarray, missing: object) -> np.ndarray:
        if len(theme) == 0:
            return np.full(n, missing, dtype=object)
        return np.where(has_theme, values[theme_idx], np.array(missing, dtype=object)).astype(object)

    frame = pd.DataFrame(
        {
            "rule_id": rule.id,
            "severity": rule.severity,
            "relation": rule.relation,
            "plan_category": plan.categories[hits.plan],
            "plan_category_source": plan.source_categories[hits.plan],
            "theme_role": rule.theme_role,
            "theme_category": theme_values(theme.categories, "|".join(rule.theme_categories)),
            "plan_layer": plan.layer_names[hits.plan],
            "plan_fid": plan.fids[hits.plan],
            "plan_key": plan.keys[hits.plan],
            "theme_layer": theme_values(theme.layer_names, None),
            "theme_fid": theme_values(theme.fids, None),
            "theme_key": theme_values(theme.keys, None),
            "area_m2": hits.area,
            "length_m": hits.length,
            "share": hits.share,
            "distance_m": hits.distance,
            "point_count": hits.point_count,
            "message": rule.message(language),
            "basis": rule.basis,
            "municipality": None,
            "status": "open",
            "comment": "",
            "reviewed_by": "",
            "reviewed_at": "",
            "is_new": 0,
            "geometry": hits.geometry,
        }
    )
    # Deterministic order: the plan feature, then the theme feature.
    theme_fid_key = np.where(has_theme, theme.fids[theme_idx] if len(theme) else 0, -1)
    theme_layer_key = np.where(has_theme, theme.layer_names[theme_idx] if len(theme) else "", "").astype(str)
    order = np.lexsort((theme_fid_key, theme_layer_key, plan.fids[hits.plan], plan.layer_names[hits.plan].astype(str)))
    return frame.iloc[order].reset_index(drop=True)


def attribute_municipality(
    geometries: np.ndarray, municipalities: FeatureTable, times: StepTimes | None = None
) -> np.ndarray:
    """The municipality holding the largest part of each result (area, else length, else the point itself)."""
    names = np.full(len(geometries), None, dtype=object)
    if len(geometries) == 0:
        return names
    with timed(times, "index"):
        tree = SpatialIndex(municipalities.geometries)
    which, found = tree.query(geometries, predicate="intersects")
    if len(which) == 0:
        return names
    # A result that meets one municipality alone lies in it: only those that meet several are cut and weighed.
    alone = np.bincount(which, minlength=len(geometries))[which] == 1
    names[which[alone]] = municipalities.categories[found[alone]]
    which, found = which[~alone], found[~alone]
    if len(which) == 0:
        return names
    pieces = in_threads(shapely.intersection, geometries[which], municipalities.geometries[found])
    dims = shapely.get_dimensions(geometries[which])
    weight = np.where(
        dims == 2, shapely.area(pieces), np.where(dims == 1, shapely.length(pieces), shapely.get_num_geometries(pieces))
    )
    table = pd.DataFrame({"row": which, "municipality": found, "weight": weight})
    best = table.sort_values(["row", "weight", "municipality"], ascending=[True, False, True]).drop_duplicates("row")
    names[best["row"].to_numpy()] = municipalities.categories[best["municipality"].to_numpy()]
    return names


def geometry_kinds(geometries: np.ndarray) -> np.ndarray:
    """'area', 'line' or 'point' per result geometry: each kind goes to a layer of its own geometry type."""
    dims = shapely.get_dimensions(np.asarray(geometries, dtype=object))
    return np.array([GEOMETRY_KINDS.get(int(d), "point") for d in dims], dtype=object)


def summarise(conflicts: pd.DataFrame, progress: Progress | None = None) -> pd.DataFrame:
    """Rule x severity x municipality: number of results and of plan features, and their measures.

    area_m2, length_m and point_count add up the rows; affected_area_m2 is the area of the union of the
    rows' areas, so that one zone near many buildings, or two overlapping sites, counts once.
    """
    columns = SUMMARY_COLUMNS
    if conflicts.empty:
        return pd.DataFrame({c: pd.Series(dtype=object) for c in columns})
    frame = conflicts[
        ["rule_id", "severity", "municipality", "plan_layer", "plan_fid", "area_m2", "length_m", "point_count"]
    ].copy()
    frame["municipality"] = frame["municipality"].fillna("")
    frame["plan_feature"] = frame["plan_layer"].astype(str) + "\x1f" + frame["plan_fid"].astype(str)
    frame["point_count"] = frame["point_count"].where(frame["point_count"] > 0)
    grouped = frame.groupby(["rule_id", "severity", "municipality"], sort=True, dropna=False)
    summary = grouped.agg(count=("rule_id", "size"), plan_features=("plan_feature", "nunique"))
    # Empty, not 0, where no result of the group has that measure.
    sums = grouped[["area_m2", "length_m", "point_count"]].sum(min_count=1)
    summary = summary.join(sums)
    # The affected areas of all groups in one go: one pool of threads for every group's unions.
    is_area = np.isfinite(frame["area_m2"].to_numpy(dtype=float))
    summary["affected_area_m2"] = union_areas(
        conflicts["geometry"].to_numpy(dtype=object)[is_area],
        grouped.ngroup().to_numpy()[is_area],
        frame["plan_feature"].to_numpy()[is_area],
        grouped.ngroups,
        progress,
    )
    return summary.reset_index()[columns]


UNION_THREADS = max(1, min(4, os.cpu_count() or 1))
UNION_CHUNK = 64  # plan features per task of the summary's unions


def union_area_by_plan_feature(
    geometries: np.ndarray, plan_features: np.ndarray, progress: Progress | None = None
) -> float:
    """The area of the union of the geometries, each a part of the plan feature named beside it (union_areas)."""
    if len(geometries) == 0:
        return 0.0
    return float(union_areas(geometries, np.zeros(len(geometries), dtype=np.int64), plan_features, 1, progress)[0])


def union_areas(
    geometries: np.ndarray,
    groups: np.ndarray,
    plan_features: np.ndarray,
    group_count: int,
    progress: Progress | None = None,
) -> np.ndarray:
    """Per group (0 .. group_count - 1), the area of the union of its geometries; NaN where it has none.

    Each geometry is a part of the plan feature named beside it. The parts of one plan feature in one group are
    united first (small unions, on the machine's cores side by side); those unions whose bounding boxes meet no
    other of their group add their own area, and only the ones whose boxes meet are united again. The same area
    as one union of each group's parts, for a fraction of the work when there are thousands of them.
    """
    progress = progress or SilentProgress()
    areas = np.full(group_count, np.nan)
    if len(geometries) == 0:
        return areas
    feature_codes = pd.factorize(pd.Series(plan_features, dtype=object))[0].astype(np.int64)
    codes = pd.factorize(groups.astype(np.int64) * (feature_codes.max() + 1) + feature_codes)[0]
    order = np.argsort(codes, kind="stable")
    starts = np.flatnonzero(np.r_[True, codes[order][1:] != codes[order][:-1]])
    ends = np.r_[starts[1:], len(order)]
    united_group = groups[order[starts]]
    united = np.empty(len(starts), dtype=object)

    def unite(numbers: range) -> None:
        for number in numbers:
            start, end = starts[number], ends[number]
            united[number] = (
                geometries[order[start]] if end - start == 1 else shapely.union_all(geometries[order[start:end]])
            )

    # GEOS lets go of the GIL while it unites: the plan features' unions run on the machine's cores side by side.
    with ThreadPoolExecutor(max_workers=UNION_THREADS) as pool:
        pending = [
            pool.submit(unite, range(first, min(first + UNION_CHUNK, len(starts))))
            for first in range(0, len(starts), UNION_CHUNK)
        ]
        try:
            for future in pending:
                future.result()
                check_cancelled(progress)
        finally:
            for future in pending:
                future.cancel()
    first, second = shapely.STRtree(united).query(united)
    same = united_group[first] == united_group[second]
    first, second = first[same], second[same]
    clusters = connected_components(
        coo_matrix((np.ones(len(first)), (first, second)), shape=(len(united), len(united))), directed=False
    )[1]
    size = np.bincount(clusters)
    alone = size[clusters] == 1
    present = np.bincount(united_group, minlength=group_count) > 0
    areas[present] = 0.0
    areas += np.bincount(united_group[alone], weights=shapely.area(united[alone]), minlength=group_count)
    shared = np.flatnonzero(~alone)
    shared = shared[np.argsort(clusters[shared], kind="stable")]
    bounds = (
        np.flatnonzero(np.r_[True, clusters[shared][1:] != clusters[shared][:-1], True])
        if len(shared)
        else np.empty(0, dtype=np.int64)
    )
    for start, end in zip(bounds[:-1], bounds[1:]):
        check_cancelled(progress)
        members = shared[start:end]
        areas[united_group[members[0]]] += float(shapely.area(shapely.union_all(united[members])))
    return areas
