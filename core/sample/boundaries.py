"""Boundaries: municipalities (Voronoi cells), the county and commuting between municipalities."""

from __future__ import annotations

import math
from dataclasses import dataclass

import numpy as np
import pandas as pd
import shapely

from .buildings import Buildings
from .geometry import Features, Region, Town, new_layer, side_factor
from .layout import COUNTY, MUNICIPALITIES
from .towns import Towns


@dataclass(frozen=True)
class Boundaries:
    """What build_boundaries gives the later steps (layers: its rows by layer name)."""

    layers: dict[str, Features]
    commuting: pd.DataFrame


def build_boundaries(region: Region, towns: Towns, buildings: Buildings) -> Boundaries:
    """Municipalities (Voronoi cells), the county and commuting between municipalities."""
    layers: dict[str, Features] = {}
    rng = region.rng
    seeds = [(code, name, (float(p[0]), float(p[1]))) for code, name, p in MUNICIPALITIES]
    extra = int(round(len(MUNICIPALITIES) * (side_factor(region.scale) ** 2 - 1)))
    extension = sorted((t for t in towns.towns if not t.is_core), key=lambda t: -t.population)
    chosen: list[Town] = []
    for town in extension:
        if len(chosen) >= min(extra, 93):
            break
        if all(math.hypot(town.x - p[0], town.y - p[1]) > 8000 for _, _, p in seeds) and all(
            math.hypot(town.x - o.x, town.y - o.y) > 8000 for o in chosen
        ):
            chosen.append(town)
    seeds += [(str(9907 + k), t.name, (t.x, t.y)) for k, t in enumerate(chosen)]
    points = shapely.points(np.array([p for _, _, p in seeds]))
    cells = shapely.intersection(
        shapely.get_parts(shapely.voronoi_polygons(shapely.multipoints(points), extend_to=region.extent)), region.extent
    )
    owner = shapely.STRtree(cells).query(points, predicate="within")
    order = np.empty(len(seeds), dtype=int)
    order[owner[0]] = owner[1]
    municipalities = new_layer(layers, "kommuner", ["kommunkod", "kommunnamn", "lanskod"])
    municipalities.add(
        cells[order],
        kommunkod=np.array([c for c, _, _ in seeds], dtype=object),
        kommunnamn=np.array([n for _, n, _ in seeds], dtype=object),
        lanskod=COUNTY[0],
    )
    county = new_layer(layers, "lan", ["lanskod", "lansnamn"])
    county.add([region.extent], lanskod=COUNTY[0], lansnamn=COUNTY[1])

    # Commuting: workers split over workplaces by a gravity model; the centre's jobs pull hardest.
    kommun_of = np.full(len(buildings.building_xy), -1)
    pos, k = shapely.STRtree(cells[order]).query(shapely.points(buildings.building_xy), predicate="intersects")
    kommun_of[pos] = k
    n = len(seeds)
    residents = np.bincount(
        kommun_of[kommun_of >= 0], weights=buildings.building_residents[kommun_of >= 0], minlength=n
    )
    workplace = np.isin(buildings.building_kind, ["verksamhet", "samhällsfunktion"]) & (kommun_of >= 0)
    jobs = np.bincount(kommun_of[workplace], weights=buildings.building_area[workplace], minlength=n) + 1.0
    jobs[0] *= 2.0  # the regional centre's offices, hospital and university
    centres = np.array([p for _, _, p in seeds])
    distance_km = np.hypot(*(centres[:, None, :] - centres[None, :, :]).transpose(2, 0, 1)) / 1000.0
    attraction = jobs[None, :] * np.exp(-distance_km / 12.0)
    attraction[np.diag_indices(n)] *= 4.0
    rows = []
    for i in range(n):
        workers = int(round(residents[i] * 0.47))
        flows = rng.multinomial(workers, attraction[i] / attraction[i].sum())
        rows += [(seeds[i][0], seeds[j][0], int(flows[j])) for j in range(n)]
    commuting = pd.DataFrame(rows, columns=["bostadskommun", "arbetskommun", "antal"]).astype(
        {"bostadskommun": object, "arbetskommun": object, "antal": np.int64}
    )
    return Boundaries(layers=layers, commuting=commuting)
