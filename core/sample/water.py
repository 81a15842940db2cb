"""Water: lakes, rivers, shore protection and the 100-year flood zone."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

import numpy as np
import shapely
from shapely.geometry import LineString, Polygon, box

from .geometry import Features, Region, any_near, blob_polygons, clip_polygons, jittered_grid, new_layer, random_names
from .layout import (
    AIRPORT,
    FARMLAND_VASTERBY,
    FLOOD_RECT_A,
    FLOOD_RECT_B,
    LAKE_SUFFIXES,
    LAKES_PER_SCALE,
    N2000_KVARNSKOGEN,
    NORRSJON_SHORE,
    NR_KVARNSKOGEN,
    PLANTED_FLOOD_LEG_A,
    PLANTED_FLOOD_LEG_B,
    RI_NATURE_DALBY,
    VATTENSJON,
    WATER_VATTENSJON,
)
from .skeleton import Skeleton
from .towns import Towns


@dataclass(frozen=True)
class Water:
    """What build_water gives the later steps (layers: its rows by layer name)."""

    layers: dict[str, Features]
    planted_fids: dict[str, int]
    lake_geoms: np.ndarray


def build_water(region: Region, skeleton: Skeleton, towns: Towns) -> Water:
    """Lakes, rivers, shore protection and the 100-year flood zone."""
    layers: dict[str, Features] = {}
    planted_fids: dict[str, int] = {}
    rng = region.rng
    # Lakes: the two planted ones first, then random ones on a grid so that they never touch.
    lakes = new_layer(layers, "sjoar", ["namn", "kategori"])
    x0, x1, ys = NORRSJON_SHORE
    theta = np.linspace(0.0, np.pi, 25)
    wobble = 1.0 + 0.15 * np.sin(3 * theta + rng.uniform(0, 2 * np.pi)) * np.sin(theta)
    arc = np.column_stack(
        [(x0 + x1) / 2 + (x1 - x0) / 2 * wobble * np.cos(theta), ys + 3200.0 * wobble * np.sin(theta)]
    )
    arc[0], arc[-1] = (x1, ys), (x0, ys)
    norrsjon = Polygon(arc)
    (vx, vy), vr = VATTENSJON
    vattensjon = blob_polygons(rng, np.array([vx]), np.array([vy]), np.array([vr]), vertices=24, roughness=0.15)[0]
    lakes.add([norrsjon, vattensjon], namn=np.array(["Norrsjön", "Vattensjön"], dtype=object), kategori="sjö")
    planted_themes = [
        box(*r)
        for r in (NR_KVARNSKOGEN, N2000_KVARNSKOGEN, WATER_VATTENSJON, AIRPORT, RI_NATURE_DALBY, FARMLAND_VASTERBY)
    ]
    wanted = region.count(LAKES_PER_SCALE)
    x, y, cell = jittered_grid(rng, region.width, region.height, wanted, 3.0, jitter=0.1)
    radius = rng.uniform(150.0, min(900.0, 0.3 * cell), x.size)
    candidates = blob_polygons(
        rng,
        x,
        y,
        radius,
        vertices=22,
        roughness=0.22,
        stretch=rng.uniform(0.7, 1.4, x.size),
        angle=rng.uniform(0, np.pi, x.size),
    )
    reject = any_near(
        candidates,
        [
            (skeleton.river_lines, 600.0),
            (skeleton.skeleton_lines, 250.0),
            (towns.town_blobs, 250.0),
            (skeleton.planted_plan_rects, 400.0),
            (skeleton.planted_plan_lines, 300.0),
            (planted_themes + [norrsjon, vattensjon], 400.0),
            ([skeleton.island], 100.0),
        ],
    )
    reject |= ~shapely.within(shapely.buffer(candidates, 300.0), region.extent)
    keep = np.flatnonzero(~reject)[:wanted]
    lakes.add(
        candidates[keep], namn=np.array(random_names(rng, len(keep), LAKE_SUFFIXES), dtype=object), kategori="sjö"
    )
    rivers = new_layer(layers, "vattendrag", ["namn", "kategori"])
    rivers.add(
        skeleton.river_lines, namn=np.array([n for n, _ in skeleton.rivers], dtype=object), kategori="vattendrag"
    )
    lake_geoms = lakes.geometry_array()

    # Shore protection: 100 m on the land side of every lake, and 100 m along the river.
    shore = new_layer(layers, "strandskydd", ["kategori"])
    ring = shapely.difference(shapely.buffer(lake_geoms, 100.0, quad_segs=16), lake_geoms)
    planted_fids["strandskydd_norrsjon"] = shore.add(clip_polygons(ring, region.extent), kategori="strandskydd")
    river_shore = shapely.difference(
        shapely.buffer(skeleton.river_lines, 100.0, quad_segs=16), shapely.union_all(lake_geoms)
    )
    shore.add(clip_polygons(river_shore, region.extent), kategori="strandskydd")

    # 100-year flood zone: one feature per river leg, a buffer widened by a few flood basins.
    flood = new_layer(layers, "oversvamning_100ar", ["kategori"])
    zones: Any = []
    for leg, width, planted_rect in skeleton.river_anchor_legs:
        if planted_rect is not None:
            zone = box(*planted_rect)
        else:
            line = LineString(leg)
            zone = line.buffer(width, quad_segs=8)
            basins = int(rng.integers(0, 3))
            if basins:
                where = shapely.line_interpolate_point(line, rng.uniform(0.2, 0.8, basins), normalized=True)
                wx, wy = shapely.get_coordinates(where).T
                blobs = blob_polygons(rng, wx, wy, width * rng.uniform(1.3, 2.2, basins), vertices=14, roughness=0.25)
                blobs = blobs[~any_near(blobs, [(skeleton.planted_plan_rects, 250.0)])]
                if len(blobs):
                    zone = shapely.union_all(np.concatenate([[zone], blobs]))
        zones.append(zone)
    zones = clip_polygons(np.array(zones, dtype=object), region.extent)
    flood.add(zones, kategori="översvämning 100 år")
    planted_fids["flood_a"] = 1 + PLANTED_FLOOD_LEG_A
    planted_fids["flood_b"] = 1 + PLANTED_FLOOD_LEG_B
    assert skeleton.river_anchor_legs[PLANTED_FLOOD_LEG_A][2] == FLOOD_RECT_A
    assert skeleton.river_anchor_legs[PLANTED_FLOOD_LEG_B][2] == FLOOD_RECT_B
    return Water(layers=layers, planted_fids=planted_fids, lake_geoms=lake_geoms)
