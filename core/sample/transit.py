"""Transit: railway stations and bus stops."""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np
import shapely
from shapely.geometry import LineString, Point

from .geometry import Features, Region, any_near, new_layer
from .layout import RAILWAY, ROAD_MOTORWAY, ROAD_REGIONAL, STATIONS
from .roads import Roads
from .skeleton import Skeleton
from .towns import Towns


@dataclass(frozen=True)
class Transit:
    """What build_transit gives the later steps (layers: its rows by layer name)."""

    layers: dict[str, Features]
    station_fids: dict[str, int]


def build_transit(region: Region, skeleton: Skeleton, towns: Towns, roads: Roads) -> Transit:
    """Railway stations and bus stops."""
    layers: dict[str, Features] = {}
    rng = region.rng
    stations = new_layer(layers, "stationer", ["namn", "kategori"])
    stations.add(
        shapely.points(np.array([p for _, p in STATIONS], dtype=float)),
        namn=np.array([n for n, _ in STATIONS], dtype=object),
        kategori="station",
    )
    station_fids = {n: k + 1 for k, (n, _) in enumerate(STATIONS)}
    if len(skeleton.railway) > len(RAILWAY):
        rail = LineString(skeleton.railway)
        extension = [t for t in towns.towns if not t.is_core and rail.distance(Point(t.x, t.y)) < 2500.0]
        if extension:
            at = shapely.line_interpolate_point(rail, [rail.project(Point(t.x, t.y)) for t in extension])
            stations.add(at, namn=np.array([t.name for t in extension], dtype=object), kategori="station")

    # Bus stops on road junctions in towns; frequent ones in the centre and at the larger towns' hubs.
    used = np.unique(roads.road_edges)
    motorway_nodes = np.unique(roads.road_edges[roads.road_categories == ROAD_MOTORWAY])
    used = np.setdiff1d(used, motorway_nodes)
    xy = roads.road_xy[used]
    points = shapely.points(xy)
    tree = shapely.STRtree(towns.town_blobs)
    node_pos, town_pos = tree.query(points, predicate="within")
    names, departures, where = [], [], []
    for k, town in enumerate(towns.towns):
        local = node_pos[town_pos == k]
        if len(local) == 0:
            continue
        distance = np.hypot(xy[local, 0] - town.x, xy[local, 1] - town.y)
        order = np.argsort(distance)
        count = min(len(local), max(1, int(round(town.population / 600))))
        chosen = np.concatenate([order[:1], rng.permutation(order[1:])[: count - 1]])
        for rank, c in enumerate(chosen):
            if town.is_centre:
                n = int(rng.integers(40, 150)) if distance[c] < 1200 else int(rng.integers(12, 40))
            elif town.population >= 5000 and rank == 0:
                n = int(rng.integers(40, 70))
            elif town.population >= 2000:
                n = int(rng.integers(8, 36))
            else:
                n = int(rng.integers(2, 20))
            label = "resecentrum" if (rank == 0 and town.is_centre) else ("centrum" if rank == 0 else f"{rank}")
            names.append(f"{town.name} {label}")
            departures.append(n)
            where.append(local[c])
    regional_nodes = np.setdiff1d(np.unique(roads.road_edges[roads.road_categories == ROAD_REGIONAL]), motorway_nodes)
    regional_nodes = regional_nodes[
        ~any_near(shapely.points(roads.road_xy[regional_nodes]), [(towns.town_blobs, 300.0)])
    ]
    rural = rng.permutation(regional_nodes)[: region.count(20)]
    stops_xy = np.concatenate([roads.road_xy[used][np.array(where, dtype=int)], roads.road_xy[rural]])
    names += [f"Landsvägen {k + 1}" for k in range(len(rural))]
    departures += [int(v) for v in rng.integers(2, 12, len(rural))]
    departure_counts = np.array(departures, dtype=np.int64)
    stops = new_layer(layers, "hallplatser", ["namn", "avgangar_vardag", "kategori"])
    stops.add(
        shapely.points(stops_xy),
        namn=np.array(names, dtype=object),
        avgangar_vardag=departure_counts,
        kategori=np.where(departure_counts >= 40, "hållplats hög turtäthet", "hållplats").astype(object),
    )
    return Transit(layers=layers, station_fids=station_fids)
