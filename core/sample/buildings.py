"""Buildings: town plots on rotated lattices and farms, with residents per building."""

from __future__ import annotations

import math
from dataclasses import dataclass
from typing import Any

import numpy as np
import shapely
from scipy.spatial import cKDTree
from shapely.geometry import box

from .geometry import Features, Region, any_near, new_layer, persons_per_building, rotated_rectangles
from .layout import FARMS_PER_SCALE, PLOT_SPACING_M, TERRACE_HOUSE
from .skeleton import Skeleton
from .towns import Towns
from .water import Water


@dataclass(frozen=True)
class Buildings:
    """What build_buildings gives the later steps (layers: its rows by layer name)."""

    layers: dict[str, Features]
    planted_fids: dict[str, int]
    building_xy: np.ndarray
    building_residents: np.ndarray
    building_town: np.ndarray
    building_kind: np.ndarray
    building_area: np.ndarray


def build_buildings(region: Region, skeleton: Skeleton, towns: Towns, water: Water) -> Buildings:
    """Town plots on rotated lattices and farms, with residents per building."""
    layers: dict[str, Features] = {}
    planted_fids: dict[str, int] = {}
    rng = region.rng
    # Plots on a rotated lattice inside each town; a building never leaves its plot, so none overlap.
    plot_x, plot_y, plot_town, plot_angle, plot_rel = [], [], [], [], []
    half = PLOT_SPACING_M / 2
    for k, town in enumerate(towns.towns):
        region.checkpoint()
        extent = town.radius * 1.3
        steps = np.arange(-extent, extent + 1e-9, PLOT_SPACING_M) + half
        u, v = np.meshgrid(steps, steps)
        angle = rng.uniform(0, np.pi / 2)
        c, s = math.cos(angle), math.sin(angle)
        x = town.x + u.ravel() * c - v.ravel() * s
        y = town.y + u.ravel() * s + v.ravel() * c
        inside = shapely.contains_xy(town.blob, x, y)
        plot_x.append(x[inside])
        plot_y.append(y[inside])
        plot_town.append(np.full(inside.sum(), k))
        plot_angle.append(np.full(inside.sum(), angle))
        plot_rel.append(np.hypot(x[inside] - town.x, y[inside] - town.y) / town.radius)
    x, y = np.concatenate(plot_x), np.concatenate(plot_y)
    town_of, angle, relative = np.concatenate(plot_town), np.concatenate(plot_angle), np.concatenate(plot_rel)
    terrace = box(*TERRACE_HOUSE)
    blocked = any_near(
        shapely.points(x, y),
        [(water.lake_geoms, 40.0), (skeleton.river_lines, 45.0), (skeleton.skeleton_lines, 35.0), ([terrace], 60.0)],
    )
    blocked |= (x < half) | (y < half) | (x > region.width - half) | (y > region.height - half)
    x, y, town_of, angle, relative = x[~blocked], y[~blocked], town_of[~blocked], angle[~blocked], relative[~blocked]

    # Plots are grouped by town (built in town order), so each town's plots are one slice.
    bounds = np.searchsorted(town_of, np.arange(len(towns.towns) + 1))
    chosen: Any = []
    for k, town in enumerate(towns.towns):
        region.checkpoint()
        plots = np.arange(bounds[k], bounds[k + 1])
        if len(plots) == 0:
            continue
        wanted = min(len(plots), max(8, int(round(town.population / persons_per_building(town.population)))))
        weight = np.exp(-1.5 * relative[plots] ** 2)
        chosen.append(rng.choice(plots, wanted, replace=False, p=weight / weight.sum()))
    chosen = np.sort(np.concatenate(chosen))
    x, y, town_of, angle, relative = x[chosen], y[chosen], town_of[chosen], angle[chosen], relative[chosen]
    n = len(x)
    populations = np.array([t.population for t in towns.towns])
    big = populations[town_of] >= 4000
    draw = rng.uniform(size=n)
    industry_share = 0.06 + 0.2 * (relative > 0.75)
    kind = np.where(
        draw < 0.05,
        "samhällsfunktion",
        np.where(
            draw < 0.05 + industry_share,
            "verksamhet",
            np.where((draw > 0.98) & (populations[town_of] < 1500), "ekonomibyggnad", "bostad"),
        ),
    ).astype(object)
    apartment = (kind == "bostad") & big & (relative < 0.45) & (rng.uniform(size=n) < 0.8)
    width = np.select(
        [apartment, kind == "bostad", kind == "samhällsfunktion", kind == "verksamhet"],
        [rng.uniform(13, 16, n), rng.uniform(9, 12, n), rng.uniform(20, 40, n), rng.uniform(18, 40, n)],
        rng.uniform(10, 20, n),
    )
    length = np.select(
        [apartment, kind == "bostad", kind == "samhällsfunktion", kind == "verksamhet"],
        [rng.uniform(30, 48, n), rng.uniform(10, 15, n), rng.uniform(25, 48, n), rng.uniform(20, 48, n)],
        rng.uniform(15, 35, n),
    )
    villa = (kind == "bostad") & ~apartment
    angle = angle + np.where(villa, rng.uniform(-0.1, 0.1, n), 0.0)
    town_buildings = rotated_rectangles(x, y, width, length, angle)

    # Residents: all of a town's population lives in its housing, more per apartment block.
    # Taller blocks in the regional centre: its core is the densest part of the region.
    floors = np.where(populations[town_of] >= 20000, rng.integers(5, 10, n), rng.integers(3, 6, n))
    housing_weight = np.where(apartment, floors * width * length / 75.0 * 1.9, np.where(kind == "bostad", 2.4, 0.0))
    residents = np.zeros(n, dtype=np.int64)
    bounds = np.searchsorted(town_of, np.arange(len(towns.towns) + 1))
    for k, town in enumerate(towns.towns):
        region.checkpoint()
        members = np.arange(bounds[k], bounds[k + 1])
        members = members[housing_weight[members] > 0]
        if len(members):
            residents[members] = rng.multinomial(
                town.population, housing_weight[members] / housing_weight[members].sum()
            )

    # Farms: a house and one to three outbuildings, outside towns.
    farms = region.count(FARMS_PER_SCALE)
    fx = rng.uniform(300, region.width - 300, farms * 2)
    fy = rng.uniform(300, region.height - 300, farms * 2)
    bad = any_near(
        shapely.points(fx, fy),
        [
            (towns.town_blobs, 150.0),
            (water.lake_geoms, 100.0),
            (skeleton.river_lines, 120.0),
            (skeleton.skeleton_lines, 60.0),
            (skeleton.planted_plan_rects, 50.0),
        ],
    )
    fx, fy = fx[~bad], fy[~bad]
    close = cKDTree(np.column_stack([fx, fy])).query_pairs(200.0, output_type="ndarray")
    keep = np.ones(len(fx), dtype=bool)
    if len(close):
        keep[np.unique(close.max(axis=1))] = False
    fx, fy = fx[keep][:farms], fy[keep][:farms]
    outbuildings = rng.integers(1, 4, len(fx))
    offsets = np.array([[0.0, 0.0], [45.0, 0.0], [0.0, 45.0], [-45.0, 0.0]])
    farm_of = np.repeat(np.arange(len(fx)), 1 + outbuildings)
    slot = np.concatenate([np.arange(1 + m) for m in outbuildings]) if len(fx) else np.empty(0, dtype=int)
    farm_angle = rng.uniform(0, np.pi / 2, len(fx))[farm_of]
    c, s = np.cos(farm_angle), np.sin(farm_angle)
    ox, oy = offsets[slot, 0], offsets[slot, 1]
    bx = fx[farm_of] + ox * c - oy * s
    by = fy[farm_of] + ox * s + oy * c
    m = len(bx)
    farm_kind = np.where(
        slot == 0, "bostad", np.where(rng.uniform(size=m) < 0.85, "ekonomibyggnad", "verksamhet")
    ).astype(object)
    farm_width = np.where(slot == 0, rng.uniform(8, 12, m), rng.uniform(10, 18, m))
    farm_length = np.where(slot == 0, rng.uniform(10, 15, m), rng.uniform(14, 30, m))
    farm_buildings = rotated_rectangles(bx, by, farm_width, farm_length, farm_angle)
    farm_residents = np.where(slot == 0, rng.integers(1, 6, m), 0).astype(np.int64)

    buildings = new_layer(layers, "byggnader", ["kategori"])
    planted_fids["terrace"] = buildings.add([terrace], kategori="bostad")
    buildings.add(town_buildings, kategori=kind)
    buildings.add(farm_buildings, kategori=farm_kind)
    sorby = [t.name for t in towns.towns].index("Sörby")
    building_xy = np.concatenate(
        [
            [[(TERRACE_HOUSE[0] + TERRACE_HOUSE[2]) / 2, (TERRACE_HOUSE[1] + TERRACE_HOUSE[3]) / 2]],
            np.column_stack([x, y]),
            np.column_stack([bx, by]),
        ]
    )
    building_residents = np.concatenate([[24], residents, farm_residents]).astype(np.int64)
    building_town = np.concatenate([[sorby], town_of, np.full(m, -1)])
    building_kind = np.concatenate([["bostad"], kind, farm_kind]).astype(object)
    building_area = np.concatenate([[150 * 12], width * length, farm_width * farm_length])
    return Buildings(
        layers=layers,
        planted_fids=planted_fids,
        building_xy=building_xy,
        building_residents=building_residents,
        building_town=building_town,
        building_kind=building_kind,
        building_area=building_area,
    )
