"""Towns: the hand-made core towns and, at larger scales, extension towns on a grid."""

from __future__ import annotations

import math
from dataclasses import dataclass

import numpy as np
import shapely
from shapely.geometry import Point

from .geometry import (
    Region,
    Town,
    any_near,
    blob_polygons,
    jittered_grid,
    largest_polygon,
    persons_per_building,
    random_names,
)
from .layout import CORE_TOWNS, EXTENSION_TOWNS_PER_SCALE, PERSONS_PER_BUILDING, PLOT_SPACING_M, TOWN_SUFFIXES
from .skeleton import Skeleton


@dataclass(frozen=True)
class Towns:
    """What build_towns gives the later steps."""

    towns: list[Town]
    town_blobs: np.ndarray


def build_towns(region: Region, skeleton: Skeleton) -> Towns:
    """The hand-made core towns and, at larger scales, extension towns on a grid."""
    rng = region.rng
    towns = [
        Town(n, float(p[0]), float(p[1]), pop, _town_radius(pop), centre, True) for n, p, pop, centre in CORE_TOWNS
    ]
    wanted = region.count(EXTENSION_TOWNS_PER_SCALE) - EXTENSION_TOWNS_PER_SCALE
    if wanted > 0:
        # One town per grid cell; centres at least 0.8 cells apart and radii (with the outline's
        # 18 % roughness) below 0.4 cells, so that no two towns touch.
        # (More spare cells at small scales, where the hand-made core rules out a larger share.)
        x, y, cell = jittered_grid(rng, region.width, region.height, wanted, 1.25 + 2.0 / region.scale, jitter=0.1)
        max_radius = 0.34 * cell
        points = shapely.points(x, y)
        core_discs = [Point(t.x, t.y).buffer(t.radius + 1500.0) for t in towns]
        reject = any_near(
            points,
            [
                (core_discs, 0),
                (skeleton.planted_plan_rects, 1500.0),
                (skeleton.river_lines, 1200.0),
                (skeleton.skeleton_lines, 300.0),
            ],
        )
        reject |= (x < 1200) | (y < 1200) | (x > region.width - 1200) | (y > region.height - 1200)
        keep = np.flatnonzero(~reject)[:wanted]
        pops = np.clip(rng.lognormal(math.log(1350.0), 0.5, len(keep)), 250, None)
        max_pop = persons_per_building(0) * 0.7 * math.pi * max_radius**2 / PLOT_SPACING_M**2
        pops = np.minimum(pops, max_pop).round().astype(int)
        names = random_names(rng, len(keep), TOWN_SUFFIXES)
        seen: dict[str, int] = {t.name: 1 for t in towns}
        for i, pop, name in zip(keep, pops, names):
            seen[name] = seen.get(name, 0) + 1
            unique = name if seen[name] == 1 else f"{name} {seen[name]}"
            towns.append(Town(unique, float(x[i]), float(y[i]), int(pop), _town_radius(int(pop)), False, False))
    blobs = blob_polygons(
        rng,
        np.array([t.x for t in towns]),
        np.array([t.y for t in towns]),
        np.array([t.radius for t in towns]),
        vertices=20,
        roughness=0.18,
    )
    blobs = shapely.intersection(blobs, region.extent)
    for town, blob in zip(towns, blobs):
        town.blob = largest_polygon(blob)
    towns = towns
    town_blobs = np.array([t.blob for t in towns], dtype=object)
    return Towns(towns=towns, town_blobs=town_blobs)


def _town_radius(population: int) -> float:
    # 70 % of the plots are built on; the city keeps more room (parks, squares) than its block count needs.
    buildings = population / min(PERSONS_PER_BUILDING, persons_per_building(population))
    return max(180.0, math.sqrt(buildings * PLOT_SPACING_M**2 / (0.7 * math.pi)))
