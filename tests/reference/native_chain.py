"""The conflict check done again with QGIS's own native algorithms, as a planner would chain them in the
Graphical Modeler: extract by expression, reproject, buffer, intersection, extract by location, line
intersections, merge. It shares no geometry code with Samplan's engine; the tests and the benchmark
compare the two.
"""

from __future__ import annotations

from dataclasses import dataclass

import pandas as pd
import processing
from qgis.core import Qgis, QgsProcessingContext, QgsProcessingFeedback, QgsVectorLayer

from samplan.core.categories import normalise_category
from samplan.core.rules import Rule

AREA_TOLERANCE_M2 = 1e-4
LENGTH_TOLERANCE_M = 1e-4


@dataclass
class NamedLayer:
    name: str
    role: str
    layer: QgsVectorLayer


def _run(
    algorithm: str, parameters: dict, context: QgsProcessingContext, feedback: QgsProcessingFeedback
) -> QgsVectorLayer:
    result = processing.run(algorithm, {**parameters, "OUTPUT": "TEMPORARY_OUTPUT"}, context=context, feedback=feedback)
    output = result["OUTPUT"]
    return output if isinstance(output, QgsVectorLayer) else context.getMapLayer(output)


def _normalised_expression(field: str | None, layer_name: str) -> str:
    value = f"coalesce(nullif(to_string(\"{field}\"), ''), '{layer_name}')" if field else f"'{layer_name}'"
    return f"trim(regexp_replace(lower({value}), '[\\\\s_\\\\-]+', ' '))"


def _in_list(values: frozenset[str]) -> str:
    quoted = ", ".join("'" + v.replace("'", "''") + "'" for v in sorted(values))
    return f"({quoted})"


def prepare(layer: NamedLayer, field: str | None, id_field: str, crs: str, context, feedback) -> QgsVectorLayer:
    """Reproject to the analysis CRS and keep each feature's id in a field."""
    # The id first: a temporary layer numbers its features anew.
    with_id = _run(
        "native:fieldcalculator",
        {
            "INPUT": layer.layer,
            "FIELD_NAME": id_field,
            "FIELD_TYPE": 1,
            "FORMULA": "$id",
            "FIELD_LENGTH": 0,
            "FIELD_PRECISION": 0,
        },
        context,
        feedback,
    )
    reprojected = _run("native:reprojectlayer", {"INPUT": with_id, "TARGET_CRS": crs}, context, feedback)
    reprojected.setName(layer.name)
    return reprojected


def _select(layer: QgsVectorLayer, field: str | None, layer_name: str, categories: frozenset[str], context, feedback):
    has_field = bool(field) and layer.fields().lookupField(field) >= 0
    expression = f"{_normalised_expression(field if has_field else None, normalise_category(layer_name))} IN {_in_list(categories)}"
    selected = _run("native:extractbyexpression", {"INPUT": layer, "EXPRESSION": expression}, context, feedback)
    return selected


def native_conflicts(
    plan_layers: list[NamedLayer],
    plan_field: str,
    theme_layers: list[NamedLayer],
    theme_field: str | None,
    rules: list[Rule],
    crs: str = "EPSG:3006",
) -> pd.DataFrame:
    """One row per (rule, plan feature, theme feature) with its area, length or number of points."""
    context = QgsProcessingContext()
    feedback = QgsProcessingFeedback()
    plans = [(p.name, prepare(p, plan_field, "pfid", crs, context, feedback)) for p in plan_layers]
    themes = [(t.name, t.role, prepare(t, theme_field, "tfid", crs, context, feedback)) for t in theme_layers]
    rows: list[dict] = []
    merged_inputs = []
    for rule in rules:
        for plan_name, plan in plans:
            plan_selected = _select(plan, plan_field, plan_name, rule.normalised_plan_categories, context, feedback)
            if plan_selected.featureCount() == 0:
                continue
            if rule.relation == "crosses" and plan_selected.geometryType() != Qgis.GeometryType.Line:
                continue
            theme_selected = [
                (name, _select(layer, theme_field, name, rule.normalised_theme_categories, context, feedback))
                for name, role, layer in themes
                if role == rule.theme_role
            ]
            theme_selected = [(n, t) for n, t in theme_selected if t.featureCount() > 0]
            if rule.relation == "not_within_distance":
                rows += _gaps(rule, plan_name, plan_selected, [t for _, t in theme_selected], context, feedback)
                continue
            for theme_name, theme in theme_selected:
                if rule.relation == "within_distance":
                    theme = _run(
                        "native:buffer",
                        {
                            "INPUT": theme,
                            "DISTANCE": rule.distance_m,
                            "SEGMENTS": 16,
                            "END_CAP_STYLE": 0,
                            "JOIN_STYLE": 0,
                            "MITER_LIMIT": 2,
                            "DISSOLVE": False,
                        },
                        context,
                        feedback,
                    )
                if rule.relation == "crosses" and theme.geometryType() == Qgis.GeometryType.Line:
                    points = _run(
                        "native:lineintersections",
                        {
                            "INPUT": plan_selected,
                            "INTERSECT": theme,
                            "INPUT_FIELDS": ["pfid"],
                            "INTERSECT_FIELDS": ["tfid"],
                        },
                        context,
                        feedback,
                    )
                    merged_inputs.append(points)
                    counts: dict[tuple[int, int], int] = {}
                    for feature in points.getFeatures():
                        key = (feature["pfid"], feature["tfid"])
                        counts[key] = counts.get(key, 0) + 1
                    rows += [_row(rule, plan_name, p, theme_name, t, points=n) for (p, t), n in counts.items()]
                    continue
                overlay = _run(
                    "native:intersection",
                    {
                        "INPUT": plan_selected,
                        "OVERLAY": theme,
                        "INPUT_FIELDS": ["pfid"],
                        "OVERLAY_FIELDS": ["tfid"],
                        "OVERLAY_FIELDS_PREFIX": "",
                    },
                    context,
                    feedback,
                )
                merged_inputs.append(overlay)
                rows += _measured(rule, plan_name, theme_name, overlay)
    if merged_inputs:
        by_type: dict[int, list] = {}
        for layer in merged_inputs:
            by_type.setdefault(layer.geometryType(), []).append(layer)
        for layers in by_type.values():
            _run("native:mergevectorlayers", {"LAYERS": layers, "CRS": crs}, context, feedback)
    return pd.DataFrame(
        rows,
        columns=["rule_id", "plan_layer", "plan_fid", "theme_layer", "theme_fid", "area_m2", "length_m", "point_count"],
    )


def _row(rule, plan_name, plan_fid, theme_name, theme_fid, area=None, length=None, points=0) -> dict:
    return {
        "rule_id": rule.id,
        "plan_layer": plan_name,
        "plan_fid": int(plan_fid),
        "theme_layer": theme_name,
        "theme_fid": None if theme_fid is None else int(theme_fid),
        "area_m2": area,
        "length_m": length,
        "point_count": points,
    }


def _measured(rule, plan_name, theme_name, overlay: QgsVectorLayer) -> list[dict]:
    """Sum the overlay's pieces per (plan, theme) pair; keep pairs whose overlap is more than a touch."""
    sums: dict[tuple[int, int], list[float]] = {}
    for feature in overlay.getFeatures():
        geometry = feature.geometry()
        key = (feature["pfid"], feature["tfid"])
        totals = sums.setdefault(key, [0.0, 0.0, 0])
        if geometry.type() == Qgis.GeometryType.Polygon:
            totals[0] += geometry.area()
        elif geometry.type() == Qgis.GeometryType.Line:
            totals[1] += geometry.length()
        else:
            totals[2] += geometry.constGet().partCount() if geometry.constGet() else 0
    rows = []
    for (plan_fid, theme_fid), (area, length, points) in sums.items():
        if overlay.geometryType() == Qgis.GeometryType.Polygon and area > AREA_TOLERANCE_M2:
            rows.append(_row(rule, plan_name, plan_fid, theme_name, theme_fid, area=area))
        elif overlay.geometryType() == Qgis.GeometryType.Line and length > LENGTH_TOLERANCE_M:
            rows.append(_row(rule, plan_name, plan_fid, theme_name, theme_fid, length=length))
        elif overlay.geometryType() == Qgis.GeometryType.Point and points > 0:
            rows.append(_row(rule, plan_name, plan_fid, theme_name, theme_fid, points=points))
    return rows


def _gaps(rule, plan_name, plan_selected, themes, context, feedback) -> list[dict]:
    if themes:
        merged = (
            _run("native:mergevectorlayers", {"LAYERS": themes}, context, feedback) if len(themes) > 1 else themes[0]
        )
        zone = _run(
            "native:buffer",
            {
                "INPUT": merged,
                "DISTANCE": rule.distance_m,
                "SEGMENTS": 16,
                "END_CAP_STYLE": 0,
                "JOIN_STYLE": 0,
                "MITER_LIMIT": 2,
                "DISSOLVE": True,
            },
            context,
            feedback,
        )
        far = _run(
            "native:extractbylocation", {"INPUT": plan_selected, "PREDICATE": [2], "INTERSECT": zone}, context, feedback
        )
    else:
        far = plan_selected
    rows = []
    for feature in far.getFeatures():
        geometry = feature.geometry()
        is_area = geometry.type() == Qgis.GeometryType.Polygon
        rows.append(
            _row(
                rule,
                plan_name,
                feature["pfid"],
                None,
                None,
                area=geometry.area() if is_area else None,
                length=None if is_area else geometry.length(),
            )
        )
    return rows
