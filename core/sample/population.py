"""Population: towns with their residents and the 250 m population grid."""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np
import shapely

from .buildings import Buildings
from .geometry import Features, Region, new_layer
from .layout import ORIGIN_X, ORIGIN_Y
from .towns import Towns


@dataclass(frozen=True)
class Population:
    """What build_population gives the later steps (layers: its rows by layer name)."""

    layers: dict[str, Features]


def build_population(region: Region, towns: Towns, buildings: Buildings) -> Population:
    """Towns with their residents and the 250 m population grid."""
    layers: dict[str, Features] = {}
    town_layer = new_layer(layers, "tatorter", ["namn", "befolkning", "kategori"])
    living = buildings.building_town >= 0
    per_town = np.bincount(
        buildings.building_town[living], weights=buildings.building_residents[living], minlength=len(towns.towns)
    )
    town_layer.add(
        towns.town_blobs,
        namn=np.array([t.name for t in towns.towns], dtype=object),
        befolkning=per_town.round().astype(np.int64),
        kategori="tätort",
    )

    # 250 m grid of residents, aligned to multiples of 250 m in SWEREF 99 TM (the origin is one).
    housed = buildings.building_residents > 0
    col = np.floor(buildings.building_xy[housed, 0] / 250.0).astype(np.int64)
    row = np.floor(buildings.building_xy[housed, 1] / 250.0).astype(np.int64)
    key = row * 1_000_000 + col
    cells, inverse = np.unique(key, return_inverse=True)
    count = np.bincount(inverse, weights=buildings.building_residents[housed]).round().astype(np.int64)
    cell_row, cell_col = cells // 1_000_000, cells % 1_000_000
    x0, y0 = cell_col * 250.0, cell_row * 250.0
    grid = new_layer(layers, "befolkning_250m", ["rutid", "befolkning", "kategori"])
    rutid = np.array([f"{int(ORIGIN_X + a)}{int(ORIGIN_Y + b)}" for a, b in zip(x0, y0)], dtype=object)
    grid.add(shapely.box(x0, y0, x0 + 250.0, y0 + 250.0), rutid=rutid, befolkning=count, kategori="befolkningsruta")
    return Population(layers=layers)
