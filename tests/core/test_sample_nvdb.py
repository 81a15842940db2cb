"""The sample region's NVDB-style road layer: lines split at attribute changes, junctions at interior vertices,
multi-part features; and link criticality and area disruptions give the same per-stretch results on it as on the
region's two-vertex road segments, the same network cut another way."""

from __future__ import annotations

import numpy as np
import pandas as pd
import pytest
import shapely

from samplan.core.area_disruption import area_disruptions
from samplan.core.criticality import Demand, link_criticality
from samplan.core.network import build_network, merge_stretches
from samplan.core.sample_nvdb import NVDB_COLUMNS
from samplan.core.sample_region import build_sample_region


@pytest.fixture(scope="module")
def region():
    return build_sample_region()


def test_delivered_as_nvdb_delivers_roads(region):
    nvdb = region["vagar_nvdb"].frame
    segments = region["vagar"].frame
    assert list(nvdb.columns) == ["fid", *NVDB_COLUMNS, "geometry"]
    geometry = nvdb["geometry"].to_numpy()
    # The same roads, metre for metre (cut points rounded to 1 mm), as lines running through junctions.
    assert shapely.length(geometry).sum() == pytest.approx(
        shapely.length(segments["geometry"].to_numpy()).sum(), abs=0.1
    )
    assert shapely.get_num_coordinates(geometry).max() > 5 and len(nvdb) < 1.2 * len(segments)
    # Multi-part features.
    assert (shapely.get_num_geometries(geometry) == 2).sum() >= 5
    # Junctions at interior vertices: a vertex inside one feature's line where another feature's line ends.
    parts, owner = shapely.get_parts(geometry, return_index=True)
    coords, part = shapely.get_coordinates(parts, return_index=True)
    first = np.r_[True, part[1:] != part[:-1]]
    last = np.r_[part[1:] != part[:-1], True]
    ends = {tuple(c) for c in coords[first | last]}
    interior = [tuple(c) for c in coords[~(first | last)]]
    assert sum(c in ends for c in interior) > 50
    # Split at attribute changes: where exactly two features meet end to end and nothing else passes, they differ.
    end_owner = pd.DataFrame(
        {"x": coords[first | last, 0], "y": coords[first | last, 1], "owner": owner[part[first | last]]}
    )
    interior_set = set(interior)
    meeting = end_owner.groupby(["x", "y"])["owner"].agg(list)
    pairs = [v for (x, y), v in meeting.items() if len(v) == 2 and v[0] != v[1] and (x, y) not in interior_set]
    assert len(pairs) > 100
    attributes = nvdb[NVDB_COLUMNS].to_numpy()
    assert all(not np.array_equal(attributes[a], attributes[b]) for a, b in pairs)


def per_stretch(frame, region, merge=True):
    network = build_network(
        frame["fid"].to_numpy(), frame["geometry"].to_numpy(), 0.5, frame["hastighet"].to_numpy(float)
    )
    return merge_stretches(network) if merge else network


def stretch_key(links):
    """Stretches matched by their two end points (sorted) and length."""
    xy = [shapely.get_coordinates(g) for g in links["geometry"]]
    return [
        tuple(sorted([tuple(np.round(c[0], 3)), tuple(np.round(c[-1], 3))])) + (round(float(length), 2),)
        for c, length in zip(xy, links["length_m"])
    ]


def test_link_criticality_per_stretch_is_the_same_on_both(region):
    grid = region["befolkning_250m"].frame
    towns = region["tatorter"].frame
    people = shapely.point_on_surface(grid["geometry"].to_numpy())
    values = grid["befolkning"].to_numpy(float)
    centre = shapely.point_on_surface(towns.loc[towns["namn"] == "Älvstad", "geometry"].to_numpy())
    results = []
    for name in ("vagar", "vagar_nvdb"):
        network = per_stretch(region[name].frame, region)
        results.append(
            link_criticality(network, True, people, values, None, centre, 2000.0, Demand("gravity", 1.0, 0.1)).links
        )
    a, b = results
    assert len(a) == len(b) == 755
    a.index, b.index = stretch_key(a), stretch_key(b)
    assert sorted(a.index) == sorted(b.index)
    b = b.loc[a.index]
    for column in (
        "length_m",
        "time_s",
        "alt_length_m",
        "alt_time_s",
        "detour_ratio",
        "pop_cut_off",
        "importance",
        "total_delay",
        "unsatisfied_trips",
    ):
        assert np.allclose(
            a[column].to_numpy(float), b[column].to_numpy(float), rtol=1e-6, atol=1e-6, equal_nan=True
        ), column
    assert (a["is_bridge"].to_numpy() == b["is_bridge"].to_numpy()).all()
    assert (a["rank"].to_numpy() == b["rank"].to_numpy()).all()
    assert a["is_bridge"].sum() > 5 and a["pop_cut_off"].max() > 500


def test_area_disruptions_are_the_same_on_both(region):
    grid = region["befolkning_250m"].frame
    stations = region["stationer"].frame
    floods = region["oversvamning_100ar"].frame["geometry"].to_numpy()
    people = shapely.point_on_surface(grid["geometry"].to_numpy())
    values = grid["befolkning"].to_numpy(float)
    results = []
    for name in ("vagar", "vagar_nvdb"):
        network = per_stretch(region[name].frame, region)
        results.append(
            area_disruptions(
                network,
                True,
                floods,
                np.arange(len(floods)),
                [str(i) for i in range(len(floods))],
                people,
                values,
                None,
                None,
                stations["geometry"].to_numpy(),
                2000.0,
                Demand("gravity", 1.0, 0.1),
            ).areas
        )
    a, b = results
    for column in ("pop_cut_off", "pop_delayed", "pop_added", "trips_lost", "total_delay"):
        assert np.allclose(a[column].to_numpy(float), b[column].to_numpy(float), rtol=1e-6, atol=1e-6), column
    assert a["pop_cut_off"].sum() > 1000 and a["links_closed"].gt(0).sum() >= 5
