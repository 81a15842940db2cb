"""Coherence across municipal borders: one municipality's planned use next to an incompatible planned use
in a neighbouring municipality.

Incompatibility comes from the rule set: a rule applies when one of its theme categories names a plan
category (ÖP-modell), either exactly or as the plan category's last word, the head of a Swedish compound
phrase ('bostadsbebyggelse' names 'Sammanhängande bostadsbebyggelse'). The plan feature of the rule's plan
side and the neighbour's feature of its theme side must lie in different municipalities (each feature
belongs to the municipality holding its largest part) and within the rule's distance (overlaps: touching
or overlapping), or within the given search distance where that is larger.
"""

from __future__ import annotations

import numpy as np
import pandas as pd
import shapely

from .categories import OP_CATEGORIES, normalise_categories, normalise_category
from .conflicts import attribute_municipality
from .features import FeatureTable
from .progress import Progress, SilentProgress, check_cancelled
from .rules import Rule

COHERENCE_COLUMNS = [
    "rule_id",
    "severity",
    "relation",
    "rule_distance_m",
    "distance_m",
    "plan_layer",
    "plan_fid",
    "plan_key",
    "plan_category",
    "plan_municipality",
    "neighbour_layer",
    "neighbour_fid",
    "neighbour_key",
    "neighbour_category",
    "neighbour_municipality",
    "message",
    "basis",
]
BORDER_RELATIONS = ("overlaps", "within_distance")
DISTANCE_TOLERANCE_M = 1e-6


def plan_categories_named(rule: Rule) -> frozenset[str]:
    """The (normalised) ÖP-modell categories a rule's theme side names, exactly or by their last word."""
    named = set()
    for category in OP_CATEGORIES:
        normalised = normalise_category(category)
        head = normalised.rsplit(" ", 1)[-1]
        if normalised in rule.normalised_theme_categories or head in rule.normalised_theme_categories:
            named.add(normalised)
    return frozenset(named)


def border_rules(rules: list[Rule]) -> list[tuple[Rule, frozenset[str]]]:
    """The rules that can say two planned uses are incompatible, with the plan categories of their theme side."""
    chosen = []
    for rule in rules:
        if rule.relation not in BORDER_RELATIONS:
            continue
        named = plan_categories_named(rule)
        if named:
            chosen.append((rule, named))
    return chosen


def empty_coherence() -> pd.DataFrame:
    frame = pd.DataFrame({c: pd.Series(dtype=object) for c in COHERENCE_COLUMNS})
    frame["geometry"] = pd.Series(dtype=object)
    return frame


def border_incompatibilities(
    plan_tables: list[FeatureTable],
    municipalities: FeatureTable,
    rules: list[Rule],
    search_distance: float = 0.0,
    language: str = "sv",
    progress: Progress | None = None,
) -> pd.DataFrame:
    """One row per (rule, plan feature, neighbour feature in another municipality); geometry: both features."""
    progress = progress or SilentProgress()
    tables = [t for t in plan_tables if len(t)]
    if not tables or municipalities is None or not len(municipalities):
        return empty_coherence()
    geometries = np.concatenate([t.geometries for t in tables])
    areas = shapely.get_dimensions(geometries) == 2
    layer = np.concatenate([np.full(len(t), t.layer_name, dtype=object) for t in tables])[areas]
    fids = np.concatenate([t.fids for t in tables])[areas]
    keys = np.concatenate([t.keys for t in tables])[areas]
    categories = np.concatenate([t.categories for t in tables])[areas]
    geometries = geometries[areas]
    normalised = normalise_categories(categories)
    municipality = attribute_municipality(geometries, municipalities)
    tree = shapely.STRtree(geometries)
    frames = []
    for number, (rule, theme_categories) in enumerate(border_rules(rules)):
        check_cancelled(progress)
        progress.set_progress(100.0 * number / max(len(rules), 1))
        plan_idx = np.flatnonzero(np.isin(normalised, list(rule.normalised_plan_categories)) & pd.notna(municipality))
        if not len(plan_idx):
            continue
        rule_distance = rule.distance_m or 0.0
        reach = max(rule_distance, search_distance)
        query, found = tree.query(geometries[plan_idx], predicate="dwithin", distance=reach + DISTANCE_TOLERANCE_M)
        p, n = plan_idx[query], found
        keep = (
            np.isin(normalised[n], list(theme_categories))
            & pd.notna(municipality[n])
            & (municipality[n] != municipality[p])
        )
        p, n = p[keep], n[keep]
        if not len(p):
            continue
        distance = shapely.distance(geometries[p], geometries[n])
        frames.append(
            pd.DataFrame(
                {
                    "rule_id": rule.id,
                    "severity": rule.severity,
                    "relation": rule.relation,
                    "rule_distance_m": rule.distance_m,
                    "distance_m": distance,
                    "plan_layer": layer[p],
                    "plan_fid": fids[p],
                    "plan_key": keys[p],
                    "plan_category": categories[p],
                    "plan_municipality": municipality[p],
                    "neighbour_layer": layer[n],
                    "neighbour_fid": fids[n],
                    "neighbour_key": keys[n],
                    "neighbour_category": categories[n],
                    "neighbour_municipality": municipality[n],
                    "message": rule.message(language),
                    "basis": rule.basis,
                    "geometry": shapely.union(geometries[p], geometries[n]),
                }
            )
        )
    progress.set_progress(100.0)
    if not frames:
        return empty_coherence()
    frame = pd.concat(frames, ignore_index=True)
    frame = frame.sort_values(["rule_id", "plan_layer", "plan_fid", "neighbour_layer", "neighbour_fid"], kind="stable")
    return frame.reset_index(drop=True)[COHERENCE_COLUMNS + ["geometry"]]
