"""The skeleton: river, motorway, national roads, railway and the planted plan geometry (the 'reserved zones')."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any, Sequence

import numpy as np
import shapely
from shapely.geometry import LineString, Polygon, box

from .geometry import Rect, Region, meander_polyline
from .layout import (
    BRIDGES,
    CORE_HEIGHT,
    CORE_WIDTH,
    FLOOD_RECT_A,
    FLOOD_RECT_B,
    HSR_CORRIDOR_Y,
    MOTORWAY,
    OSTERLEDEN_B,
    PLANTED_A_AREAS,
    PLANTED_B_CHANGES,
    PLANTED_B_NEW_AREA,
    PLANTED_FLOOD_LEG_A,
    PLANTED_FLOOD_LEG_B,
    PLANTED_LINES,
    RAILWAY,
    RIVER_MAIN,
    RIVER_SOUTH_ARM,
    ROAD_MOTORWAY,
    ROAD_NATIONAL,
    ROAD_REGIONAL,
    RV96,
    RV97,
)


@dataclass(frozen=True)
class Skeleton:
    """What build_skeleton gives the later steps."""

    extension_bridges: list[float]
    river_anchor_legs: list[tuple[Any, float, Rect | None]]
    rivers: list[tuple[str, LineString]]
    river_lines: np.ndarray
    island: Polygon
    skeleton_roads: list[tuple[list[tuple[float, float]], str, str]]
    bridge_ends: list[tuple[float, float]]
    railway: list[tuple[float, float]]
    hsr_corridor: Polygon
    planted_plan_rects: list[Polygon]
    planted_plan_lines: list[LineString]
    road_skeleton_lines: list[LineString]
    skeleton_lines: list[LineString]


def build_skeleton(region: Region) -> Skeleton:
    """River, motorway, national roads, railway and the planted plan geometry (the 'reserved zones')."""
    rng = region.rng
    main_anchors = list(RIVER_MAIN)
    extension_bridges: list[float] = []
    if region.width > CORE_WIDTH:
        # Beyond the core the river alternates meandering legs with short straight ones that carry a bridge.
        main_anchors = main_anchors[:-1]
        x, y = RIVER_MAIN[-1][0]
        straight = False
        while x < region.width - 1.0:
            nx = min(region.width, x + (1200.0 if straight else 5000.0))
            ny = float(np.clip(y + (rng.uniform(-150, 150) if straight else rng.normal(0, 900)), 15500, 19000))
            # (The last leg is straight: a meander there could bulge over the region's edge.)
            main_anchors.append(((x, y), 0.0 if (straight or nx >= region.width) else 300.0, 350.0))
            if straight and nx < region.width:
                extension_bridges.append((x + nx) / 2.0)
            x, y, straight = nx, ny, not straight
        main_anchors.append(((x, y), 0.0, 0.0))
    river_anchor_legs: list[
        tuple[Any, float, Rect | None]
    ] = []  # (leg coordinates, flood half-width, planted rect or None)
    main_coords = _river_polyline(
        region.rng,
        river_anchor_legs,
        main_anchors,
        {PLANTED_FLOOD_LEG_A: FLOOD_RECT_A, PLANTED_FLOOD_LEG_B: FLOOD_RECT_B},
    )
    arm_coords = _river_polyline(region.rng, river_anchor_legs, RIVER_SOUTH_ARM, {})
    rivers = [("Storån", LineString(main_coords)), ("Storån, södra armen", LineString(arm_coords))]
    river_lines = np.array([g for _, g in rivers], dtype=object)
    north_arm = [p for p, _, _ in RIVER_MAIN[11:15]]
    south_arm = [p for p, _, _ in RIVER_SOUTH_ARM]
    island = Polygon(north_arm + south_arm[::-1][1:-1])

    # Roads that are drawn by hand (with their junction vertices); the local network joins them later.
    skeleton_roads: list[tuple[list[tuple[float, float]], str, str]] = []
    motorway = [(float(px), float(py)) for px, py in MOTORWAY]
    rv96 = [(float(px), float(py)) for px, py in RV96]
    railway = [(float(px), float(py)) for px, py in RAILWAY]
    if region.width > CORE_WIDTH:
        motorway += _random_walk(
            region.rng, (CORE_WIDTH, 13000.0), along_x=True, limit=region.width, band=(10500, 13500)
        )
        railway += _random_walk(
            region.rng, (CORE_WIDTH, 25000.0), along_x=True, limit=region.width, band=(23500, 27000)
        )
    if region.height > CORE_HEIGHT:
        rv96 += _random_walk(
            region.rng, (29000.0, CORE_HEIGHT), along_x=False, limit=region.height, band=(25000, 33000)
        )
    skeleton_roads.append((motorway, ROAD_MOTORWAY, "E99"))
    skeleton_roads.append((rv96, ROAD_NATIONAL, "96"))
    skeleton_roads.append(([(float(px), float(py)) for px, py in RV97], ROAD_NATIONAL, "97"))
    river_main = rivers[0][1]
    bridges = [(name, float(x), category, number) for name, x, category, number in BRIDGES]
    bridges += [(f"Bro {k + 1}", x, ROAD_REGIONAL, str(610 + k)) for k, x in enumerate(extension_bridges)]
    bridge_ends: list[tuple[float, float]] = []
    for name, x, category, number in bridges:
        crossing = river_main.intersection(LineString([(x, 0.0), (x, region.height)]))
        yr = float(min(shapely.get_coordinates(crossing)[:, 1], key=lambda v: abs(v - 18500)))
        coords = [(x, yr - 500.0), (x, yr - 100.0), (x, yr + 100.0), (x, yr + 500.0)]
        if name == "Centrumbron":
            coords = [(x, 19000.0), (x, 19400.0), (x, 19600.0), (x, 20000.0)]
        if name == "Holmbron":
            coords = [(x, 18000.0), (x, 19100.0), (x, 19500.0), (x, 19700.0), (x, 20100.0)]
        skeleton_roads.append((coords, category, number))
        bridge_ends += [coords[0], coords[-1]]
    railway = railway
    hsr_corridor = box(0.0, HSR_CORRIDOR_Y[0], region.width, HSR_CORRIDOR_Y[1])

    # Planted plan geometry of both drafts, so that random themes keep clear of it.
    rects = [a.rect for a in PLANTED_A_AREAS] + [a.rect for a in PLANTED_B_CHANGES.values()] + [PLANTED_B_NEW_AREA[2]]
    planted_plan_rects = [box(*r) for r in rects]
    lines = [c for _, _, c in PLANTED_LINES] + [OSTERLEDEN_B]
    planted_plan_lines = [LineString(c) for c in lines]
    road_skeleton_lines = [LineString(c) for c, _, _ in skeleton_roads]
    skeleton_lines = road_skeleton_lines + [LineString(railway)]  # roads and the railway
    return Skeleton(
        extension_bridges=extension_bridges,
        river_anchor_legs=river_anchor_legs,
        rivers=rivers,
        river_lines=river_lines,
        island=island,
        skeleton_roads=skeleton_roads,
        bridge_ends=bridge_ends,
        railway=railway,
        hsr_corridor=hsr_corridor,
        planted_plan_rects=planted_plan_rects,
        planted_plan_lines=planted_plan_lines,
        road_skeleton_lines=road_skeleton_lines,
        skeleton_lines=skeleton_lines,
    )


def _river_polyline(
    rng: np.random.Generator,
    legs: list[tuple[Any, float, Rect | None]],
    anchors: Sequence[tuple[tuple[float, float], float, float]],
    planted: dict[int, Rect],
) -> np.ndarray:
    parts: list[np.ndarray] = []
    for index, ((start, amplitude, width), (end, _, _)) in enumerate(zip(anchors[:-1], anchors[1:])):
        leg = meander_polyline(rng, start, end, amplitude)
        legs.append((leg, width, planted.get(index)))
        parts.append(leg if not parts else leg[1:])
    return np.concatenate(parts)


def _random_walk(
    rng: np.random.Generator, start: tuple[float, float], along_x: bool, limit: float, band: tuple[float, float]
) -> list[tuple[float, float]]:
    points = []
    x, y = start
    while (x if along_x else y) < limit - 1.0:
        if along_x:
            x = min(limit, x + 5000.0)
            y = float(np.clip(y + rng.normal(0, 600), *band))
        else:
            y = min(limit, y + 5000.0)
            x = float(np.clip(x + rng.normal(0, 700), *band))
        points.append((x, y))
    return points
