"""The planted conflicts' expected results (the facit), each measure worked out from the layout's rectangles and lines.

The planted area conflicts are data, in planted_conflicts.json beside this module; the coordination gaps and the
corridors' crossings are found here for every planted area and line.
"""

from __future__ import annotations

import functools
import json
from pathlib import Path
from typing import Any

import numpy as np
import pandas as pd
import shapely

from .geometry import (
    Rect,
    chord_length,
    crossing_count,
    rect_overlap_area,
    rect_point_distance,
    strip_overlap_along_horizontal,
)
from .layout import (
    AIRPORT,
    DEVELOPMENT,
    ECO_LINKS,
    FARMLAND_VASTERBY,
    FLOOD_RECT_A,
    FLOOD_RECT_B,
    GAP_CATEGORIES,
    GAP_RULES,
    MIXED,
    N2000_KVARNSKOGEN,
    NORRSJON_SHORE,
    NR_KVARNSKOGEN,
    ORIGIN_X,
    ORIGIN_Y,
    OSTERLEDEN_B,
    PLANTED_A_AREAS,
    PLANTED_B_CHANGES,
    PLANTED_B_NEW_AREA,
    PLANTED_LINES,
    RI_NATURE_DALBY,
    RULE_SEVERITY,
    TERRACE_HOUSE,
    WATER_VATTENSJON,
    WEDGES,
)
from .nature import Nature
from .plans import Plans
from .roads import Roads
from .transit import Transit


def planted_rows(
    roads: Roads,
    transit: Transit,
    nature: Nature,
    plans: Plans,
    planted_fids: dict[str, int],
    station_frame: pd.DataFrame,
    stop_frame: pd.DataFrame,
) -> pd.DataFrame:
    """The planted results, each measure worked out from the design's rectangles and lines."""
    rows: list[dict[str, object]] = []
    width = plans.plan_id_width
    road_fid = roads.road_fid_by_segment
    station = station_frame
    stop = stop_frame

    def add(
        version: str,
        rule: str,
        number: int,
        theme_layer: str,
        theme_fid: int,
        measure: str,
        expected: float,
        note: str,
        is_line: bool = False,
    ) -> None:
        rows.append(
            {
                "version": version,
                "rule_id": rule,
                "severity": RULE_SEVERITY[rule],
                "plan_layer": f"plan_{version.lower()}_{'strak' if is_line else 'omraden'}",
                "plan_fid": _plan_fid(plans.plan_rows, version, number, is_line),
                "plan_id": f"{version}-{number:0{width}d}",
                "theme_layer": theme_layer,
                "theme_fid": int(theme_fid),
                "measure": measure,
                "expected": float(expected),
                "note": note,
            }
        )

    # Rectangles the planted conflicts are measured against, by the names planted_conflicts.json uses.
    x0, x1, shore_y = NORRSJON_SHORE
    house = TERRACE_HOUSE
    theme_rects: dict[str, Rect] = {
        "N2000_KVARNSKOGEN": N2000_KVARNSKOGEN,
        "NR_KVARNSKOGEN": NR_KVARNSKOGEN,
        "FLOOD_RECT_A": FLOOD_RECT_A,
        "FLOOD_RECT_B": FLOOD_RECT_B,
        "WATER_VATTENSJON": WATER_VATTENSJON,
        "AIRPORT": AIRPORT,
        "FARMLAND_VASTERBY": FARMLAND_VASTERBY,
        "RI_NATURE_DALBY": RI_NATURE_DALBY,
        "NORRSJON_SHORE_STRIP": (x0, shore_y - 100.0, x1, shore_y),  # the shore protection along the dam
        "TERRACE_HOUSE_200M": (house[0], house[1] - 200.0, house[2], house[3] + 200.0),  # the terrace's 200 m buffer
    }

    def segment(coords: list[list[float]]) -> tuple[tuple[float, float], tuple[float, float]]:
        (ax, ay), (bx, by) = coords
        return (float(ax), float(ay)), (float(bx), float(by))

    def theme_fid(ref: int | dict[str, Any]) -> int:
        if isinstance(ref, int):
            return ref
        ((kind, value),) = ref.items()
        if kind == "planted":
            return planted_fids[value]
        if kind == "station":
            return transit.station_fids[value]
        if kind == "rail_segment":
            return roads.rail_fid_by_segment[segment(value)]
        if kind == "road":
            return road_fid[segment(value)]
        if kind == "dangerous_goods_road":
            return roads.dangerous_fid_by_road_fid[road_fid[segment(value)]]
        raise ValueError(f"planted_conflicts.json: unknown theme_fid {ref!r}")

    for version in ("A", "B"):
        areas = {a.number: a for a in PLANTED_A_AREAS}
        if version == "B":
            areas.update(PLANTED_B_CHANGES)
        r = {k: a.rect for k, a in areas.items()}
        cat = {k: a.category for k, a in areas.items()}
        if version == "B":
            r[plans.holmby_number], cat[plans.holmby_number] = PLANTED_B_NEW_AREA[2], PLANTED_B_NEW_AREA[1]
        # The plot lies beside the long side of the terrace, within its x-range: only the straight part of
        # the 200 m buffer reaches it, so the overlap is an interval product.
        if not (house[0] <= r[11][0] and r[11][2] <= house[2]):
            raise AssertionError("planted industry plot must face the terrace's long side")
        for conflict in _planted_area_conflicts():
            if version not in conflict.get("versions", ("A", "B")):
                continue
            number = plans.holmby_number if conflict["plan"] == "new_area_b" else int(conflict["plan"])
            rect, measure, when = r[number], conflict["measure"], conflict.get("when")
            if "overlap" in measure:
                expected = rect_overlap_area(rect, theme_rects[measure["overlap"]])
            elif "strip_along" in measure:
                along = segment(measure["strip_along"])
                expected = strip_overlap_along_horizontal(rect, along, float(measure["distance"]))
                if when == "within_distance" and not rect[1] - along[0][1] < float(measure["distance"]):
                    continue
            else:
                expected = (rect[2] - rect[0]) * (rect[3] - rect[1])
            if (
                (when == "plan_is_mixed" and cat[number] != MIXED)
                or (when == "plan_is_development" and cat[number] not in DEVELOPMENT)
                or (when == "overlaps" and not expected > 0)
            ):
                continue
            add(
                version,
                conflict["rule"],
                number,
                conflict["theme_layer"],
                theme_fid(conflict["theme_fid"]),
                "area",
                expected,
                conflict["note"],
            )
        # Coordination gaps: distances to the nearest station and frequent stop, from their final coordinates.
        for rule, layer, min_departures, threshold in GAP_RULES:
            frame = station if layer == "stationer" else stop[stop["avgangar_vardag"] >= min_departures]
            xy = shapely.get_coordinates(frame["geometry"].to_numpy())
            for number in sorted(r):
                if cat[number] not in GAP_CATEGORIES:
                    continue
                plan_rect = r[number]
                absolute = (
                    plan_rect[0] + ORIGIN_X,
                    plan_rect[1] + ORIGIN_Y,
                    plan_rect[2] + ORIGIN_X,
                    plan_rect[3] + ORIGIN_Y,
                )
                nearest = float(rect_point_distance(absolute, xy[:, 0], xy[:, 1]).min())
                if nearest > threshold + 1.0:  # clearly beyond: rounding cannot move it across
                    add(
                        version,
                        rule,
                        number,
                        "",
                        0,
                        "gap",
                        nearest,
                        f"Närmaste {'station' if layer == 'stationer' else 'hållplats med hög turtäthet'} ligger {nearest:.0f} m bort.",
                    )
        # Corridors.
        lines = {name: coords for name, _, coords in PLANTED_LINES}
        if version == "B":
            lines["Österleden"] = OSTERLEDEN_B
        wedge_polygons = dict(WEDGES)
        for name, coords in lines.items():
            number = plans.line_numbers[name]
            for wedge, polygon in wedge_polygons.items():
                length = chord_length(polygon, coords)
                if length > 0:
                    add(
                        version,
                        "WEDGE-01",
                        number,
                        "grona_kilar",
                        nature.wedge_fids[wedge],
                        "length",
                        length,
                        f"{name} skär genom {wedge}.",
                        is_line=True,
                    )
            for k, (link, polyline) in enumerate(ECO_LINKS):
                crossings = crossing_count(polyline, coords)
                if crossings:
                    add(
                        version,
                        "ECO-01",
                        number,
                        "ekologiska_samband",
                        k + 1,
                        "points",
                        crossings,
                        f"{name} bryter det ekologiska sambandet {link} ({crossings} korsningar).",
                        is_line=True,
                    )
    frame = pd.DataFrame(
        rows,
        columns=[
            "version",
            "rule_id",
            "severity",
            "plan_layer",
            "plan_fid",
            "plan_id",
            "theme_layer",
            "theme_fid",
            "measure",
            "expected",
            "note",
        ],
    )
    return frame.astype({"plan_fid": np.int64, "theme_fid": np.int64, "expected": np.float64})


def _plan_fid(
    plan_rows: dict[str, tuple[list[tuple[int, Any, str, str]], list[tuple[int, Any, str, str]]]],
    version: str,
    number: int,
    is_line: bool,
) -> int:
    areas, lines = plan_rows[version]
    rows = lines if is_line else areas
    return next(k + 1 for k, row in enumerate(rows) if row[0] == number)


@functools.cache
def _planted_area_conflicts() -> list[dict[str, Any]]:
    """The planted area conflicts of planted_conflicts.json, in their order."""
    with open(Path(__file__).with_name("planted_conflicts.json"), encoding="utf-8") as handle:
        return json.load(handle)["area_conflicts"]
