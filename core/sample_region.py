"""The bundled sample region: a synthetic Swedish region, generated deterministically, with planted conflicts.

The region is a county ("Storå län", code 99) of six municipalities around the river Storån. The river runs
west to east through the regional centre Älvstad (about 40,000 inhabitants) and splits east of it around the
island Holmen, reachable only by the bridge Holmbron. A motorway (E99) passes south of the centre, the
national road 96 runs north to south past it and the main railway runs through it with four stations. Lakes
carry 100 m shore protection, the river a 100-year flood zone, and three green wedges reach into the centre.

Two plan drafts, A and B, use the ÖP-modell categories. Their planted features hit axis-aligned theme
features on purpose, so that every expected measure is worked out with interval arithmetic here (not by a
GEOS overlay) and written to `planterade_konflikter`. Background plan features avoid every rule of severity
"conflict", so that the planted rows are the only conflicts of each draft.

All coordinates are built relative to the region's lower-left corner and moved to SWEREF 99 TM at the end,
then rounded to 1 mm. `scale` grows the region towards a county-sized benchmark: the extent's sides by
scale**0.25, background feature counts in proportion to scale; the hand-made core stays the same.

This module is the public entry point; the steps live in the package `core/sample/`, one module each, taking
and returning plain data (frozen dataclasses of arrays and row collectors). The hand-made layout is data in
`core/sample/layout.py`. Every step draws from the one random generator in the order of `build_sample_region`'s
list of steps; a new layer generator is one more entry there. Plain Python over numpy, pandas, shapely 2 and
scipy; it never imports QGIS.
"""

from __future__ import annotations

import math
from typing import Any, Callable

import numpy as np
import pandas as pd
from shapely.geometry import box

from .progress import Cancelled
from .sample.boundaries import build_boundaries
from .sample.buildings import build_buildings
from .sample.geometry import Features, Region, extent_size
from .sample.layers import LAYER_SPEC, SampleLayer, layer_frames, theme_layers_by_role
from .sample.layout import CORE_HEIGHT, CORE_WIDTH, ORIGIN_X, ORIGIN_Y, PRECISION_M, SAMPLE_CRS
from .sample.nature import build_nature
from .sample.plans import build_plans
from .sample.planted import planted_rows
from .sample.population import build_population
from .sample.roads import build_roads
from .sample.skeleton import build_skeleton
from .sample.towns import build_towns
from .sample.transit import build_transit
from .sample.water import build_water
from .sample_nvdb import nvdb_roads

__all__ = [
    "CORE_HEIGHT",
    "CORE_WIDTH",
    "LAYER_SPEC",
    "ORIGIN_X",
    "ORIGIN_Y",
    "PRECISION_M",
    "SAMPLE_CRS",
    "SampleLayer",
    "SampleRegionCancelled",
    "build_sample_region",
    "sample_extent",
    "theme_layers_by_role",
]


class SampleRegionCancelled(Cancelled):
    """Raised between generation steps when the caller's is_cancelled() turns true."""


def sample_extent(scale: float = 1.0) -> tuple[float, float, float, float]:
    """(xmin, ymin, xmax, ymax) of the region at `scale`, in SWEREF 99 TM."""
    width, height = extent_size(scale)
    return ORIGIN_X, ORIGIN_Y, ORIGIN_X + width, ORIGIN_Y + height


def build_sample_region(
    seed: int = 2026,
    scale: float = 1.0,
    progress: Callable[[float], None] | None = None,
    is_cancelled: Callable[[], bool] | None = None,
) -> dict[str, SampleLayer]:
    """Build every layer of the sample region in memory; see docs/dev/sample_region_spec.md."""
    if not (isinstance(scale, (int, float)) and math.isfinite(scale) and scale >= 1.0):
        raise ValueError(f"scale must be a number >= 1, got {scale!r}")

    def checkpoint() -> None:
        if is_cancelled is not None and is_cancelled():
            raise SampleRegionCancelled("building the sample region was cancelled")

    width, height = extent_size(float(scale))
    # The steps share the region; long ones (buildings of a county, rounding a million polygons) call its
    # checkpoint in between too.
    region = Region(
        int(seed),
        float(scale),
        width,
        height,
        box(0.0, 0.0, width, height),
        np.random.Generator(np.random.PCG64(int(seed))),
        checkpoint,
    )
    # The steps in order (the random generator is drawn in this order): name, step over the earlier results, weight.
    r: dict[str, Any] = {}
    steps: list[tuple[str, Callable[[], Any], float]] = [
        ("skeleton", lambda: build_skeleton(region), 1),
        ("towns", lambda: build_towns(region, r["skeleton"]), 2),
        ("water", lambda: build_water(region, r["skeleton"], r["towns"]), 4),
        ("nature", lambda: build_nature(region, r["skeleton"], r["towns"], r["water"]), 6),
        ("roads", lambda: build_roads(region, r["skeleton"], r["towns"], r["water"]), 14),
        ("transit", lambda: build_transit(region, r["skeleton"], r["towns"], r["roads"]), 3),
        ("buildings", lambda: build_buildings(region, r["skeleton"], r["towns"], r["water"]), 22),
        ("population", lambda: build_population(region, r["towns"], r["buildings"]), 6),
        ("boundaries", lambda: build_boundaries(region, r["towns"], r["buildings"]), 4),
        ("plans", lambda: build_plans(region, r["skeleton"], r["towns"], r["water"], _features(r)), 8),
        ("layers", lambda: _finalise(region, r), 30),
    ]
    total = sum(weight for _, _, weight in steps)
    done = 0.0
    if progress:
        progress(0.0)
    for name, step, weight in steps:
        checkpoint()
        r[name] = step()
        done += weight
        if progress:
            progress(100.0 * done / total)
    return r["layers"]


def _features(results: dict[str, Any]) -> dict[str, Features]:
    """The rows of every layer the steps so far made."""
    return {name: rows for result in results.values() for name, rows in getattr(result, "layers", {}).items()}


def _finalise(region: Region, r: dict[str, Any]) -> dict[str, SampleLayer]:
    """Move to SWEREF 99 TM, round to 1 mm, build the frames and the planted list."""
    layers = layer_frames(region, _features(r))
    commuting: pd.DataFrame = r["boundaries"].commuting
    commuting = commuting.assign(fid=np.arange(1, len(commuting) + 1, dtype=np.int64))
    columns = ["fid", "bostadskommun", "arbetskommun", "antal"]
    layers["pendling"] = SampleLayer("pendling", None, commuting[columns], None, "Pendling mellan kommuner")
    planted_fids = {**r["water"].planted_fids, **r["buildings"].planted_fids}
    planted = planted_rows(
        r["roads"],
        r["transit"],
        r["nature"],
        r["plans"],
        planted_fids,
        layers["stationer"].frame,
        layers["hallplatser"].frame,
    )
    planted.insert(0, "fid", np.arange(1, len(planted) + 1, dtype=np.int64))
    layers["planterade_konflikter"] = SampleLayer(
        "planterade_konflikter", None, planted, None, "Planterade konflikter (facit)"
    )
    layers["vagar_nvdb"] = SampleLayer(
        "vagar_nvdb",
        "MultiLineString",
        nvdb_roads(layers["vagar"].frame, region.seed),
        "infrastructure",
        "Vägar som NVDB levererar dem",
    )
    order = list(LAYER_SPEC)[:21] + ["pendling"] + list(LAYER_SPEC)[21:] + ["planterade_konflikter", "vagar_nvdb"]
    return {name: layers[name] for name in order}
