"""Plans: the two drafts A and B, planted features first, then the background areas and corridors."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

import numpy as np
import shapely
from scipy.spatial import cKDTree
from shapely.geometry import LineString, Point, box

from .geometry import Features, Region, any_near, blob_polygons, jittered_grid, new_layer
from .layout import (
    DEVELOPMENT,
    EXPANSION,
    EXPANSION_DIRECTION,
    FARMING,
    GREEN_LINK,
    HOUSING,
    INDUSTRY,
    MIXED,
    NATURE,
    OSTERLEDEN_B,
    PARK,
    PLAN_AREAS_PER_SCALE,
    PLAN_LINES_PER_SCALE,
    PLANTED_A_AREAS,
    PLANTED_B_CHANGES,
    PLANTED_B_NEW_AREA,
    PLANTED_LINES,
    REGIONAL_CORE,
    RURAL,
    TECHNICAL,
    TRANSPORT,
    WATER,
)
from .skeleton import Skeleton
from .towns import Towns
from .water import Water


@dataclass(frozen=True)
class Plans:
    """What build_plans gives the later steps (layers: its rows by layer name)."""

    layers: dict[str, Features]
    background_lines: list[tuple[Any, str, str]]
    holmby_number: int
    line_numbers: dict[str, int]
    plan_rows: dict[str, tuple[list[tuple[int, Any, str, str]], list[tuple[int, Any, str, str]]]]
    plan_id_width: int


def build_plans(region: Region, skeleton: Skeleton, towns: Towns, water: Water, features: dict[str, Features]) -> Plans:
    """The two drafts A and B, planted features first, then the background areas and corridors."""
    layers: dict[str, Features] = {}
    rng = region.rng
    planted_count = len(PLANTED_A_AREAS)
    total_areas = max(planted_count + 2, region.count(PLAN_AREAS_PER_SCALE))
    background_count = total_areas - planted_count - 1  # one "Regional kärna" for the centre

    # Conflict themes that background development must keep clear of (with a safety margin).
    def layer_geoms(name: str, kategori: str | None = None) -> np.ndarray:
        feats = features[name]
        geoms = feats.geometry_array()
        if kategori is not None:
            geoms = geoms[feats.column("kategori") == kategori]
        return geoms

    forbidden_polygons = np.concatenate(
        [
            layer_geoms("naturreservat"),
            layer_geoms("natura2000"),
            layer_geoms("oversvamning_100ar"),
            layer_geoms("vattenskydd"),
            layer_geoms("riksintressen", "riksintresse kommunikationer"),
        ]
    )
    forbidden = [(forbidden_polygons, 25.0), (layer_geoms("farligt_gods"), 55.0)]

    x, y, cell = jittered_grid(rng, region.width, region.height, background_count, 6.0, jitter=0.08)
    radius = rng.uniform(0.22, 0.30, x.size) * cell
    blobs = blob_polygons(rng, x, y, radius, vertices=14, roughness=0.2)
    usable = ~any_near(blobs, [(skeleton.planted_plan_rects, 250.0)]) & shapely.within(blobs, region.extent)
    town_xy = np.array([[t.x, t.y] for t in towns.towns])
    town_radius = np.array([t.radius for t in towns.towns])
    town_pop = np.array([t.population for t in towns.towns])
    distance, nearest = cKDTree(town_xy).query(np.column_stack([x, y]))
    relative = distance / town_radius[nearest]
    inner = relative < 0.6
    edge = ~inner & (distance < town_radius[nearest] + 1500.0)
    draw = rng.uniform(size=x.size)
    category = np.where(
        inner,
        np.where(draw < 0.25, PARK, np.where(town_pop[nearest] >= 5000, MIXED, HOUSING)),
        np.where(
            edge,
            np.select([draw < 0.3, draw < 0.6, draw < 0.85], [HOUSING, EXPANSION, INDUSTRY], TECHNICAL),
            np.select(
                [draw < 0.35, draw < 0.7, draw < 0.9, draw < 0.95],
                [RURAL, FARMING, NATURE, EXPANSION_DIRECTION],
                TRANSPORT,
            ),
        ),
    ).astype(object)
    development = np.isin(category, DEVELOPMENT)
    # Development that would hit a conflict theme (or a lake) becomes green space instead; the
    # drafts' only conflicts are then the planted ones.
    clash = development & any_near(blobs, forbidden + [(water.lake_geoms, 25.0)])
    category[clash] = np.where(inner[clash] | edge[clash], PARK, NATURE)
    lake_pairs = shapely.STRtree(water.lake_geoms).query(blobs, predicate="intersects")
    wet = np.zeros(x.size)
    np.add.at(
        wet, lake_pairs[0], shapely.area(shapely.intersection(blobs[lake_pairs[0]], water.lake_geoms[lake_pairs[1]]))
    )
    category[wet > 0.4 * shapely.area(blobs)] = WATER
    weight = np.where(inner, 6.0, np.where(edge, 4.0, 1.0)) * usable
    candidates = np.flatnonzero(weight > 0)
    count = min(background_count, len(candidates))
    chosen = np.sort(rng.choice(candidates, count, replace=False, p=weight[candidates] / weight[candidates].sum()))
    background = [(blobs[i], category[i], f"{category[i]}, {towns.towns[nearest[i]].name}") for i in chosen]
    seen: dict[str, int] = {}
    named = []
    for geom, cat, name in background:
        seen[name] = seen.get(name, 0) + 1
        named.append((geom, cat, name if seen[name] == 1 else f"{name} {seen[name]}"))
    centre = next(t for t in towns.towns if t.is_centre)
    core = (Point(centre.x, centre.y).buffer(2200.0, quad_segs=8), REGIONAL_CORE, "Älvstad regional kärna")
    background = [core] + named

    # Background corridors: new roads between neighbouring towns that cross no ecological link,
    # and green links between reserves.
    line_total = max(len(PLANTED_LINES) + 2, region.count(PLAN_LINES_PER_SCALE))
    wanted_lines = line_total - len(PLANTED_LINES)
    wanted_roads = wanted_lines // 2
    _, pairs_i = cKDTree(town_xy).query(town_xy, k=2)
    order = rng.permutation(len(town_xy))
    start = town_xy[order] + (town_xy[pairs_i[order, 1]] - town_xy[order]) * 0.2
    end = town_xy[order] + (town_xy[pairs_i[order, 1]] - town_xy[order]) * 0.8
    roads = shapely.linestrings(np.stack([start, end], axis=1))
    ok = ~any_near(roads, [(layer_geoms("ekologiska_samband"), 60.0), (skeleton.planted_plan_lines, 300.0)])
    ok &= shapely.length(roads) > 400.0
    if ok.sum() < wanted_roads:
        sx = rng.uniform(1000, region.width - 1000, wanted_roads * 10)
        sy = rng.uniform(1000, region.height - 1000, wanted_roads * 10)
        a = rng.uniform(0, np.pi, sx.size)
        extra = shapely.linestrings(
            np.stack(
                [np.column_stack([sx, sy]), np.column_stack([sx + 1500 * np.cos(a), sy + 1500 * np.sin(a)])], axis=1
            )
        )
        extra = extra[
            ~any_near(extra, [(layer_geoms("ekologiska_samband"), 60.0), (skeleton.planted_plan_lines, 300.0)])
            & shapely.within(extra, region.extent)
        ]
        roads = np.concatenate([roads[ok], extra])
        ok = np.ones(len(roads), dtype=bool)
    road_lines = roads[ok][:wanted_roads]
    road_names = [f"Ny vägförbindelse {k + 1}" for k in range(len(road_lines))]
    reserves = layer_geoms("naturreservat")
    wanted_green = wanted_lines - len(road_lines)
    centres = shapely.get_coordinates(shapely.centroid(reserves))
    _, neighbour = cKDTree(centres).query(centres, k=2)
    pick = rng.permutation(len(centres))[:wanted_green]
    green_lines = shapely.linestrings(
        np.stack(
            [
                centres[pick],
                (centres[pick] + centres[neighbour[pick, 1]]) / 2 + rng.normal(0, 300, (len(pick), 2)),
                centres[neighbour[pick, 1]],
            ],
            axis=1,
        )
    )
    green_names = [f"Grönt stråk {k + 1}" for k in range(len(green_lines))]
    background_lines = [(g, TRANSPORT, n) for g, n in zip(road_lines, road_names)] + [
        (g, GREEN_LINK, n) for g, n in zip(green_lines, green_names)
    ]

    # Draft A: planted areas, the background, then the corridors; plan_id numbers are shared by both drafts.
    a_areas = [(a.number, box(*a.rect), a.category, a.name) for a in PLANTED_A_AREAS]
    a_areas += [(planted_count + 1 + k, g, c, n) for k, (g, c, n) in enumerate(background)]
    first_line = len(a_areas) + 1
    a_lines = [(first_line + k, LineString(c), cat, name) for k, (name, cat, c) in enumerate(PLANTED_LINES)]
    a_lines += [(first_line + len(PLANTED_LINES) + k, g, c, n) for k, (g, c, n) in enumerate(background_lines)]

    # Draft B: some planted conflicts resolved, one background area dropped, two recategorised,
    # Österleden moved east of the ecological link, and a new housing area at Holmby harbour.
    b_areas = []
    recategorised = 0
    dropped = planted_count + 4
    for number, geom, cat, name in a_areas:
        if number in PLANTED_B_CHANGES:
            change = PLANTED_B_CHANGES[number]
            geom, cat, name = box(*change.rect), change.category, change.name
        elif number == dropped:
            continue
        elif number > planted_count + 1 and cat in DEVELOPMENT and recategorised < 2:
            cat, recategorised = RURAL, recategorised + 1
        b_areas.append((number, geom, cat, name))
    new_number = first_line + len(a_lines)
    name, cat, rect = PLANTED_B_NEW_AREA
    b_areas.append((new_number, box(*rect), cat, name))
    b_lines = [(n, LineString(OSTERLEDEN_B) if name == "Österleden" else g, c, name) for n, g, c, name in a_lines]
    holmby_number = new_number
    line_numbers = {name: first_line + k for k, (name, _, _) in enumerate(PLANTED_LINES)}
    plan_rows = {"A": (a_areas, a_lines), "B": (b_areas, b_lines)}
    width = max(2, len(str(new_number)))
    for version, (areas, lines) in plan_rows.items():
        prefix = f"plan_{version.lower()}"
        area_layer = new_layer(layers, f"{prefix}_omraden", ["plan_id", "namn", "anvandning"])
        area_layer.add(
            [g for _, g, _, _ in areas],
            plan_id=np.array([f"{version}-{n:0{width}d}" for n, _, _, _ in areas], dtype=object),
            namn=np.array([n for _, _, _, n in areas], dtype=object),
            anvandning=np.array([c for _, _, c, _ in areas], dtype=object),
        )
        line_layer = new_layer(layers, f"{prefix}_strak", ["plan_id", "namn", "anvandning"])
        line_layer.add(
            [g for _, g, _, _ in lines],
            plan_id=np.array([f"{version}-{n:0{width}d}" for n, _, _, _ in lines], dtype=object),
            namn=np.array([n for _, _, _, n in lines], dtype=object),
            anvandning=np.array([c for _, _, c, _ in lines], dtype=object),
        )
    plan_id_width = width
    return Plans(
        layers=layers,
        background_lines=background_lines,
        holmby_number=holmby_number,
        line_numbers=line_numbers,
        plan_rows=plan_rows,
        plan_id_width=plan_id_width,
    )
