"""Nature: reserves, Natura 2000, green wedges, ecological links, farmland, water protection and riksintressen."""

from __future__ import annotations

import math
from dataclasses import dataclass
from typing import Any

import numpy as np
import shapely
from scipy.spatial import cKDTree
from shapely.geometry import LineString, Polygon, box

from .geometry import (
    Features,
    Region,
    any_near,
    blob_polygons,
    clip_polygons,
    distance_to,
    genitive,
    jittered_grid,
    new_layer,
    random_names,
    rotated_rectangles,
)
from .layout import (
    AIRPORT,
    CORE_HEIGHT,
    CORE_WIDTH,
    ECO_LINKS,
    ECO_LINKS_PER_SCALE,
    FARMLAND_PER_SCALE,
    FARMLAND_VASTERBY,
    N2000_KVARNSKOGEN,
    NATURA_PER_SCALE,
    NATURE_SUFFIXES,
    NR_KVARNSKOGEN,
    RESERVES_PER_SCALE,
    RI_NATURE_DALBY,
    RI_PER_SCALE,
    WATER_VATTENSJON,
    WEDGES,
)
from .skeleton import Skeleton
from .towns import Towns
from .water import Water


@dataclass(frozen=True)
class Nature:
    """What build_nature gives the later steps (layers: its rows by layer name)."""

    layers: dict[str, Features]
    wedge_fids: dict[str, int]


def build_nature(region: Region, skeleton: Skeleton, towns: Towns, water: Water) -> Nature:
    """Reserves, Natura 2000, green wedges, ecological links, farmland, water protection and riksintressen."""
    layers: dict[str, Features] = {}
    rng = region.rng
    avoid_plan = [(skeleton.planted_plan_rects, 250.0)]
    rivers = skeleton.river_lines

    reserves = new_layer(layers, "naturreservat", ["namn", "kategori"])
    reserves.add([box(*NR_KVARNSKOGEN)], namn="Kvarnskogens naturreservat", kategori="naturreservat")
    wanted = region.count(RESERVES_PER_SCALE)
    x, y, cell = jittered_grid(rng, region.width, region.height, wanted, 2.5)
    radius = rng.uniform(250.0, min(1400.0, 0.35 * cell), x.size)
    candidates = blob_polygons(
        rng,
        x,
        y,
        radius,
        vertices=18,
        roughness=0.3,
        stretch=rng.uniform(0.6, 1.5, x.size),
        angle=rng.uniform(0, np.pi, x.size),
    )
    reject = any_near(
        candidates, avoid_plan + [(towns.town_blobs, 200.0), ([box(*N2000_KVARNSKOGEN), box(*NR_KVARNSKOGEN)], 300.0)]
    )
    reject |= ~shapely.within(candidates, region.extent)
    keep = np.flatnonzero(~reject)[:wanted]
    reserve_geoms = candidates[keep]
    names = random_names(rng, len(keep), NATURE_SUFFIXES)
    reserves.add(
        reserve_geoms,
        namn=np.array([f"{genitive(n)} naturreservat" for n in names], dtype=object),
        kategori="naturreservat",
    )

    # Natura 2000: most sites overlap a reserve (as in reality), some stand alone.
    natura = new_layer(layers, "natura2000", ["namn", "sitecode", "kategori"])
    natura.add([box(*N2000_KVARNSKOGEN)], namn="Kvarnskogen", sitecode="SE0990001", kategori="natura 2000")
    wanted = region.count(NATURA_PER_SCALE)
    derived = min(len(reserve_geoms), int(round(wanted * 0.65)))
    pick = rng.choice(len(reserve_geoms), derived, replace=False) if derived else np.empty(0, dtype=int)
    centroids = shapely.get_coordinates(shapely.centroid(reserve_geoms[pick])) if derived else np.empty((0, 2))
    base_radius = np.sqrt(shapely.area(reserve_geoms[pick]) / np.pi) if derived else np.empty(0)
    shift = rng.uniform(-0.35, 0.35, (derived, 2)) * base_radius[:, None]
    overlapping = blob_polygons(
        rng,
        centroids[:, 0] + shift[:, 0],
        centroids[:, 1] + shift[:, 1],
        base_radius * rng.uniform(0.6, 1.0, derived),
        vertices=16,
        roughness=0.25,
    )
    x, y, cell = jittered_grid(rng, region.width, region.height, max(1, wanted - derived), 3.0)
    alone = blob_polygons(rng, x, y, rng.uniform(200.0, min(1000.0, 0.3 * cell), x.size), vertices=16, roughness=0.3)
    candidates = np.concatenate([overlapping, alone])
    reject = any_near(candidates, avoid_plan + [([box(*N2000_KVARNSKOGEN), box(*NR_KVARNSKOGEN)], 300.0)])
    reject[derived:] |= any_near(candidates[derived:], [(towns.town_blobs, 200.0)])
    reject |= ~shapely.within(candidates, region.extent)
    keep = np.flatnonzero(~reject)[:wanted]
    # A site inside a reserve takes the reserve's place name ("Björkåsens naturreservat" -> "Björkåsen").
    place_names = [n.removesuffix(" naturreservat") for n in reserves.column("namn")[1:]]
    place_names = [n[:-1] if n.endswith("s") else n for n in place_names]
    own_names = random_names(rng, len(keep), NATURE_SUFFIXES)
    names = [place_names[pick[i]] if i < derived else own_names[k] for k, i in enumerate(keep)]
    natura.add(
        candidates[keep],
        namn=np.array(names, dtype=object),
        sitecode=np.array([f"SE099{k + 2:04d}" for k in range(len(keep))], dtype=object),
        kategori="natura 2000",
    )

    # Green wedges: three into the regional centre, more around larger towns when the region grows.
    wedges = new_layer(layers, "grona_kilar", ["namn", "kategori"])
    wedges.add(
        [Polygon(c) for _, c in WEDGES], namn=np.array([n for n, _ in WEDGES], dtype=object), kategori="grön kil"
    )
    wedge_fids = {name: k + 1 for k, (name, _) in enumerate(WEDGES)}
    extra: Any = [t for t in towns.towns if not t.is_core][: max(0, region.count(3) - 3)]
    if extra:
        geoms, names = [], []
        for town in extra:
            angle = rng.uniform(0, 2 * np.pi)
            d = np.array([math.cos(angle), math.sin(angle)])
            n = np.array([-d[1], d[0]])
            tip = np.array([town.x, town.y]) + d * town.radius * 0.6
            outer = np.array([town.x, town.y]) + d * (town.radius + 3000.0)
            quad = [tip - n * 200, outer - n * 1200, outer + n * 1200, tip + n * 200]
            geoms.append(Polygon(quad))
            names.append(f"{town.name}kilen")
        clipped = clip_polygons(np.array(geoms, dtype=object), region.extent)
        ok = ~shapely.is_empty(clipped)
        wedges.add(clipped[ok], namn=np.array(names, dtype=object)[ok], kategori="grön kil")

    # Ecological links: lines between neighbouring reserves, kept clear of the planted corridors.
    eco = new_layer(layers, "ekologiska_samband", ["kategori"])
    eco.add([LineString(c) for _, c in ECO_LINKS], kategori="ekologiskt samband")
    wanted = region.count(ECO_LINKS_PER_SCALE)
    if len(reserve_geoms) > 1:
        centres = shapely.get_coordinates(shapely.centroid(reserve_geoms))
        distance, neighbour = cKDTree(centres).query(centres, k=2)
        ends = np.unique(np.sort(np.column_stack([np.arange(len(centres)), neighbour[:, 1]]), axis=1), axis=0)
        ends = ends[rng.permutation(len(ends))]
        a, b = centres[ends[:, 0]], centres[ends[:, 1]]
        mid = (a + b) / 2 + rng.normal(0, 400, a.shape)
        lines = shapely.linestrings(np.stack([a, mid, b], axis=1))
        ok = (np.hypot(*(a - b).T) < 9000) & shapely.within(lines, region.extent)
        ok &= ~any_near(lines, [(skeleton.planted_plan_lines, 200.0), ([LineString(c) for _, c in ECO_LINKS], 200.0)])
        eco.add(lines[ok][:wanted], kategori="ekologiskt samband")

    # Farmland: rotated field blocks outside towns, lakes and reserves.
    farmland = new_layer(layers, "jordbruksmark", ["kategori"])
    farmland.add([box(*FARMLAND_VASTERBY)], kategori="jordbruksmark")
    wanted = region.count(FARMLAND_PER_SCALE)
    x, y, cell = jittered_grid(rng, region.width, region.height, wanted, 5.0, jitter=0.1)
    length = rng.uniform(0.45, 0.75, x.size) * cell
    width = length * rng.uniform(0.35, 0.9, x.size)
    fields = rotated_rectangles(x, y, width, length, rng.uniform(0, np.pi, x.size))
    reject = any_near(
        fields,
        [
            (towns.town_blobs, 50.0),
            (water.lake_geoms, 50.0),
            (rivers, 80.0),
            (reserve_geoms, 0.0),
            ([box(*FARMLAND_VASTERBY)], 50.0),
        ],
    )
    reject |= ~shapely.within(fields, region.extent)
    # Fields gather in open plains and along the river valley, as they do in a real landscape.
    plains = max(1, int(round(10 * region.width * region.height / (CORE_WIDTH * CORE_HEIGHT))))
    centres = rng.uniform([0, 0], [region.width, region.height], (plains, 2))
    openness = np.zeros(x.size)
    for cx, cy in centres:
        openness += np.exp(-((x - cx) ** 2 + (y - cy) ** 2) / (2 * 5000.0**2))
    openness += 1.5 * np.exp(-distance_to(shapely.points(x, y), rivers) / 3000.0)
    candidates = np.flatnonzero(~reject)
    weight = 0.03 + openness[candidates] ** 2
    keep = np.sort(rng.choice(candidates, min(wanted, len(candidates)), replace=False, p=weight / weight.sum()))
    farmland.add(fields[keep], kategori="jordbruksmark")

    # Water protection: the planted lake area, an aquifer along an esker, more around lakes as the region grows.
    protection = new_layer(layers, "vattenskydd", ["namn", "kategori"])
    esker_axis = np.array([(20000.0, 2000.0), (24000.0, 12000.0)])
    direction = (esker_axis[1] - esker_axis[0]) / np.hypot(*(esker_axis[1] - esker_axis[0]))
    normal = np.array([-direction[1], direction[0]]) * 600.0
    esker = Polygon([esker_axis[0] - normal, esker_axis[1] - normal, esker_axis[1] + normal, esker_axis[0] + normal])
    protection.add(
        [box(*WATER_VATTENSJON), esker],
        namn=np.array(["Vattensjöns vattenskyddsområde", "Åsens vattenskyddsområde"], dtype=object),
        kategori="vattenskyddsområde",
    )
    extra = region.count(2) - 2
    if extra > 0 and len(water.lake_geoms) > 2:
        around = shapely.buffer(water.lake_geoms[2:], 800.0, quad_segs=4)
        ok = np.flatnonzero(~any_near(around, avoid_plan) & shapely.within(around, region.extent))[:extra]
        protection.add(
            around[ok],
            namn=np.array(
                [f"{n} vattenskyddsområde" for n in water.layers["sjoar"].column("namn")[2:][ok]], dtype=object
            ),
            kategori="vattenskyddsområde",
        )

    # Riksintressen: the airport and a planned high-speed line (transport), nature and outdoor life.
    ri = new_layer(layers, "riksintressen", ["namn", "kategori"])
    ri.add([box(*AIRPORT)], namn="Älvstads flygplats", kategori="riksintresse kommunikationer")
    ri.add([box(*RI_NATURE_DALBY)], namn="Dalby hagmarker", kategori="riksintresse naturvård")
    ri.add(
        [skeleton.hsr_corridor], namn="Höghastighetsbanan, utredningskorridor", kategori="riksintresse kommunikationer"
    )
    norrsjon_area = water.lake_geoms[0].buffer(1500.0).intersection(box(0, 32000, region.width, region.height))
    valley = LineString(
        shapely.get_coordinates(skeleton.rivers[0][1])[shapely.get_coordinates(skeleton.rivers[0][1])[:, 0] <= 14000]
    ).buffer(1000.0)
    ri.add(
        clip_polygons(np.array([norrsjon_area, valley], dtype=object), region.extent),
        namn=np.array(["Norrsjöns strövområde", "Storåns dalgång"], dtype=object),
        kategori=np.array(["riksintresse friluftsliv", "riksintresse naturvård"], dtype=object),
    )
    wanted = region.count(RI_PER_SCALE)
    x, y, cell = jittered_grid(rng, region.width, region.height, wanted, 3.0)
    blobs = blob_polygons(rng, x, y, rng.uniform(800.0, min(3000.0, 0.35 * cell), x.size), vertices=18, roughness=0.3)
    ok = np.flatnonzero(
        ~any_near(blobs, avoid_plan + [(towns.town_blobs, 0.0)]) & shapely.within(blobs, region.extent)
    )[:wanted]
    kinds = np.where(rng.uniform(size=len(ok)) < 0.6, "riksintresse naturvård", "riksintresse friluftsliv").astype(
        object
    )
    ri.add(
        blobs[ok],
        namn=np.array([f"{n}, riksintresse" for n in random_names(rng, len(ok), NATURE_SUFFIXES)], dtype=object),
        kategori=kinds,
    )
    return Nature(layers=layers, wedge_fids=wedge_fids)
