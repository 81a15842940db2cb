"""Effective mesh size done again with QGIS's own native algorithms, as a planner would chain them in the
Graphical Modeler: buffer (with a data-defined width), extract by expression, merge, dissolve, difference,
multipart to single parts, field calculator, intersection. It shares no geometry code with Samplan's engine;
the tests and the benchmark compare the two.
"""

from __future__ import annotations

from collections import defaultdict

import processing
from qgis.core import QgsProperty, QgsVectorLayer

DEVELOPMENT = (
    "Mångfunktionell bebyggelse",
    "Sammanhängande bostadsbebyggelse",
    "Verksamheter och industri",
    "Transportinfrastruktur",
    "Teknisk anläggning",
    "Utbyggnadsområde",
)


def native(algorithm: str, parameters: dict):
    return processing.run(algorithm, {**parameters, "OUTPUT": "TEMPORARY_OUTPUT"})["OUTPUT"]


def native_mesh(
    units: QgsVectorLayer,
    name_field: str,
    barrier_lines: list,
    barrier_areas: list,
    widths: dict[str, float],
    default_width: float,
    plan=None,
    plan_lines=None,
    planned_width: float = 40.0,
) -> dict[str, tuple[float, float]]:
    """m_eff and m_eff_CBC (km²) per unit, the barriers widened by the 'kategori' field's width."""
    half = (
        "CASE "
        + " ".join(f"WHEN \"kategori\" = '{k}' THEN {v / 2}" for k, v in widths.items())
        + f" ELSE {default_width / 2} END"
        if widths
        else str(default_width / 2)
    )
    pieces = [
        native(
            "native:buffer",
            {
                "INPUT": layer,
                "DISTANCE": QgsProperty.fromExpression(half),
                "SEGMENTS": 8,
                "END_CAP_STYLE": 0,
                "JOIN_STYLE": 0,
                "DISSOLVE": False,
            },
        )
        for layer in barrier_lines
    ]
    pieces += list(barrier_areas)
    if plan is not None:
        listed = ", ".join(f"'{c}'" for c in DEVELOPMENT)
        pieces.append(
            native("native:extractbyexpression", {"INPUT": plan, "EXPRESSION": f'"anvandning" IN ({listed})'})
        )
    if plan_lines is not None:
        lines = native(
            "native:extractbyexpression",
            {"INPUT": plan_lines, "EXPRESSION": "\"anvandning\" = 'Transportinfrastruktur'"},
        )
        pieces.append(
            native(
                "native:buffer",
                {"INPUT": lines, "DISTANCE": planned_width / 2, "SEGMENTS": 8, "END_CAP_STYLE": 0, "DISSOLVE": False},
            )
        )
    merged = native("native:mergevectorlayers", {"LAYERS": pieces, "CRS": units.crs()})
    barrier = native("native:dissolve", {"INPUT": merged})
    region = native("native:dissolve", {"INPUT": units})
    patches = native(
        "native:multiparttosingleparts", {"INPUT": native("native:difference", {"INPUT": region, "OVERLAY": barrier})}
    )
    patches = native(
        "native:fieldcalculator", {"INPUT": patches, "FIELD_NAME": "whole", "FIELD_TYPE": 0, "FORMULA": "$area"}
    )
    inside = native(
        "native:intersection",
        {"INPUT": patches, "OVERLAY": units, "INPUT_FIELDS": ["whole"], "OVERLAY_FIELDS": [name_field]},
    )
    inside = native("native:multiparttosingleparts", {"INPUT": inside})
    sums = defaultdict(lambda: [0.0, 0.0])
    for feature in inside.getFeatures():
        area = feature.geometry().area()
        if area > 1.0:
            sums[feature[name_field]][0] += area * area
            sums[feature[name_field]][1] += area * feature["whole"]
    totals = {f[name_field]: f.geometry().area() for f in units.getFeatures()}
    return {name: (sq / totals[name] / 1e6, cbc / totals[name] / 1e6) for name, (sq, cbc) in sums.items()}
