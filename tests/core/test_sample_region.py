"""The sample region generator: determinism, the layer contract, topology, and an independent check of the planted list.

The planted check evaluates every rule of the default rule set with plain shapely, written here from the spec's
rule semantics (not with the conflict engine), and compares the results with `planterade_konflikter`.
"""

from __future__ import annotations

import csv
import math
import re
from dataclasses import dataclass
from pathlib import Path

import numpy as np
import pandas as pd
import pytest
import shapely

from samplan.core.progress import Cancelled
from scipy.sparse import coo_matrix
from scipy.sparse.csgraph import connected_components, dijkstra

from samplan.core.sample_region import SAMPLE_CRS, SampleRegionCancelled, build_sample_region, sample_extent

RULES_CSV = Path(__file__).resolve().parents[2] / "resources" / "rules" / "default_rules.csv"

POLYGON, LINE, POINT = "Polygon", "LineString", "Point"
# name: (geometry type, role, fields besides fid and geometry) as the spec states them.
SPEC_LAYERS: dict[str, tuple[str | None, str | None, set[str]]] = {
    "kommuner": (POLYGON, "boundaries", {"kommunkod", "kommunnamn", "lanskod"}),
    "lan": (POLYGON, "boundaries", {"lanskod", "lansnamn"}),
    "tatorter": (POLYGON, "settlement", {"namn", "befolkning", "kategori"}),
    "byggnader": (POLYGON, "settlement", {"kategori"}),
    "befolkning_250m": (POLYGON, "settlement", {"rutid", "befolkning", "kategori"}),
    "vagar": (LINE, "infrastructure", {"kategori", "hastighet", "bro", "vagnummer"}),
    "farligt_gods": (LINE, "infrastructure", {"kategori"}),
    "jarnvag": (LINE, "infrastructure", {"kategori"}),
    "stationer": (POINT, "infrastructure", {"namn", "kategori"}),
    "hallplatser": (POINT, "infrastructure", {"namn", "avgangar_vardag", "kategori"}),
    "naturreservat": (POLYGON, "green-blue", {"namn", "kategori"}),
    "natura2000": (POLYGON, "green-blue", {"namn", "sitecode", "kategori"}),
    "grona_kilar": (POLYGON, "green-blue", {"namn", "kategori"}),
    "ekologiska_samband": (LINE, "green-blue", {"kategori"}),
    "sjoar": (POLYGON, "green-blue", {"namn", "kategori"}),
    "vattendrag": (LINE, "green-blue", {"namn", "kategori"}),
    "oversvamning_100ar": (POLYGON, "green-blue", {"kategori"}),
    "strandskydd": (POLYGON, "green-blue", {"kategori"}),
    "jordbruksmark": (POLYGON, "green-blue", {"kategori"}),
    "vattenskydd": (POLYGON, "green-blue", {"namn", "kategori"}),
    "riksintressen": (POLYGON, "other", {"namn", "kategori"}),
    "pendling": (None, None, {"bostadskommun", "arbetskommun", "antal"}),
    "plan_a_omraden": (POLYGON, "plan", {"plan_id", "namn", "anvandning"}),
    "plan_b_omraden": (POLYGON, "plan", {"plan_id", "namn", "anvandning"}),
    "plan_a_strak": (LINE, "plan", {"plan_id", "namn", "anvandning"}),
    "plan_b_strak": (LINE, "plan", {"plan_id", "namn", "anvandning"}),
    "planterade_konflikter": (
        None,
        None,
        {
            "version",
            "rule_id",
            "severity",
            "plan_layer",
            "plan_fid",
            "plan_id",
            "theme_layer",
            "theme_fid",
            "measure",
            "expected",
            "note",
        },
    ),
    "vagar_nvdb": ("MultiLineString", "infrastructure", {"kategori", "hastighet", "bro", "vagnummer", "barighet"}),
}
FIXED_CATEGORIES = {
    "tatorter": {"tätort"},
    "byggnader": {"bostad", "verksamhet", "samhällsfunktion", "ekonomibyggnad"},
    "befolkning_250m": {"befolkningsruta"},
    "vagar": {"motorväg", "nationell väg", "regional väg", "lokal väg"},
    "farligt_gods": {"farligt gods"},
    "jarnvag": {"järnväg"},
    "stationer": {"station"},
    "hallplatser": {"hållplats", "hållplats hög turtäthet"},
    "naturreservat": {"naturreservat"},
    "natura2000": {"natura 2000"},
    "grona_kilar": {"grön kil"},
    "ekologiska_samband": {"ekologiskt samband"},
    "sjoar": {"sjö"},
    "vattendrag": {"vattendrag"},
    "oversvamning_100ar": {"översvämning 100 år"},
    "strandskydd": {"strandskydd"},
    "jordbruksmark": {"jordbruksmark"},
    "vattenskydd": {"vattenskyddsområde"},
    "riksintressen": {"riksintresse naturvård", "riksintresse friluftsliv", "riksintresse kommunikationer"},
}
OP_MODEL = {
    "Mångfunktionell bebyggelse",
    "Sammanhängande bostadsbebyggelse",
    "Verksamheter och industri",
    "Transportinfrastruktur",
    "Teknisk anläggning",
    "Areell näring",
    "Grönområde och park",
    "Natur och friluftsliv",
    "Landsbygd",
    "Vatten",
    "Utbyggnadsområde",
    "Utbyggnadsriktning",
    "Regional kärna",
    "Viktigt samband för natur och friluftsliv",
}


@pytest.fixture(scope="module")
def region():
    return build_sample_region()


def xy_bounds(frame: pd.DataFrame) -> np.ndarray:
    return shapely.get_coordinates(frame["geometry"].to_numpy())


# ------------------------------------------------------------------------------------------------
# Determinism and the layer contract


def assert_same_layers(first, second):
    assert list(first) == list(second)
    for name in first:
        a, b = first[name].frame, second[name].frame
        assert list(a.columns) == list(b.columns), name
        pd.testing.assert_frame_equal(
            a.drop(columns="geometry", errors="ignore"), b.drop(columns="geometry", errors="ignore"), obj=name
        )
        if "geometry" in a:
            assert np.array_equal(shapely.to_wkb(a["geometry"].to_numpy()), shapely.to_wkb(b["geometry"].to_numpy())), (
                name
            )


def test_same_seed_builds_identical_layers(region):
    assert_same_layers(region, build_sample_region(seed=2026))


def test_another_seed_builds_another_region(region):
    other = build_sample_region(seed=7)
    for name in ("byggnader", "vagar", "naturreservat", "plan_a_omraden"):
        a = shapely.to_wkb(region[name].frame["geometry"].to_numpy())
        b = shapely.to_wkb(other[name].frame["geometry"].to_numpy())
        assert len(a) != len(b) or not np.array_equal(a, b), name


def test_every_layer_of_the_spec_is_there_with_its_fields(region):
    assert set(region) == set(SPEC_LAYERS)
    for name, (geometry_type, role, fields) in SPEC_LAYERS.items():
        layer = region[name]
        assert layer.name == name and re.fullmatch(r"[a-z0-9_]+", name)
        assert layer.geometry_type == geometry_type, name
        assert layer.role == role, name
        assert layer.title_sv, name
        columns = list(layer.frame.columns)
        assert columns[0] == "fid"
        assert fields <= set(columns), (name, fields - set(columns))
        assert ("geometry" in columns) == (geometry_type is not None), name
        assert len(layer.frame) > 0, name
        if geometry_type is not None:
            assert columns[-1] == "geometry"
            types = set(shapely.get_type_id(layer.frame["geometry"].to_numpy()))
            assert types == {{POINT: 0, LINE: 1, POLYGON: 3, "MultiLineString": 5}[geometry_type]}, (name, types)
            if role not in ("plan", "boundaries"):
                assert "kategori" in columns, name
    assert SAMPLE_CRS == "EPSG:3006"


def test_fids_run_from_one_and_columns_are_text_or_numbers(region):
    for name, layer in region.items():
        frame = layer.frame
        assert frame["fid"].dtype == np.int64
        assert np.array_equal(frame["fid"].to_numpy(), np.arange(1, len(frame) + 1)), name
        for column in frame.columns:
            if column == "geometry":
                continue
            values = frame[column]
            assert values.dtype in (np.int64, np.float64) or all(isinstance(v, str) for v in values), (name, column)


def test_categories_are_the_ones_the_rules_match(region):
    for name, allowed in FIXED_CATEGORIES.items():
        assert set(region[name].frame["kategori"]) <= allowed, name
    stops = region["hallplatser"].frame
    frequent = stops["avgangar_vardag"] >= 40
    assert (stops.loc[frequent, "kategori"] == "hållplats hög turtäthet").all()
    assert (stops.loc[~frequent, "kategori"] == "hållplats").all()
    assert frequent.sum() >= 5 and (~frequent).sum() >= 20
    for version in "ab":
        for kind in ("omraden", "strak"):
            frame = region[f"plan_{version}_{kind}"].frame
            assert set(frame["anvandning"]) <= OP_MODEL
            assert frame["plan_id"].str.fullmatch(rf"{version.upper()}-\d{{2,}}").all()
            assert frame["plan_id"].is_unique
        lines = region[f"plan_{version}_strak"].frame
        assert set(lines["anvandning"]) <= {"Transportinfrastruktur", "Viktigt samband för natur och friluftsliv"}


def test_the_extent_is_60_by_40_km_from_the_stated_corner(region):
    xmin, ymin, xmax, ymax = sample_extent(1.0)
    assert (xmin, ymin) == (430000.0, 6700000.0) and (xmax - xmin, ymax - ymin) == (60000.0, 40000.0)
    assert region["lan"].frame["geometry"].iloc[0].bounds == (xmin, ymin, xmax, ymax)


def test_geometries_are_valid_and_inside_the_extent_at_millimetre_precision(region):
    xmin, ymin, xmax, ymax = sample_extent(1.0)
    for name, layer in region.items():
        if layer.geometry_type is None:
            continue
        geoms = layer.frame["geometry"].to_numpy()
        assert shapely.is_valid(geoms).all(), (name, [shapely.is_valid_reason(g) for g in geoms if not g.is_valid][:3])
        assert not shapely.is_empty(geoms).any(), name
        coords = shapely.get_coordinates(geoms)
        assert (coords[:, 0] >= xmin - 1e-6).all() and (coords[:, 0] <= xmax + 1e-6).all(), name
        assert (coords[:, 1] >= ymin - 1e-6).all() and (coords[:, 1] <= ymax + 1e-6).all(), name
        millimetres = coords * 1000.0
        assert np.abs(millimetres - np.round(millimetres)).max() < 1e-3, name
        if layer.geometry_type == POLYGON:
            assert (shapely.area(geoms) > 0).all(), name


# ------------------------------------------------------------------------------------------------
# Boundaries, settlement and commuting


def test_municipalities_cover_the_county_without_gaps_or_overlaps(region):
    municipalities = region["kommuner"].frame
    cells = municipalities["geometry"].to_numpy()
    extent = shapely.box(*sample_extent(1.0))
    assert len(municipalities) == 6
    assert list(municipalities["kommunkod"]) == [f"990{k}" for k in range(1, 7)]
    assert (municipalities["lanskod"] == "99").all()
    assert shapely.area(cells).sum() == pytest.approx(extent.area, rel=1e-9)
    assert shapely.union_all(cells).area == pytest.approx(extent.area, rel=1e-9)
    for k, cell in enumerate(cells):
        others = np.delete(cells, k)
        assert shapely.area(shapely.intersection(cell, others)).max() < 1.0
        assert shapely.length(shapely.intersection(cell.boundary, shapely.boundary(others))).max() > 1000.0
    county = region["lan"].frame
    assert list(county["lanskod"]) == ["99"]
    assert county["geometry"].iloc[0].symmetric_difference(shapely.union_all(cells)).area < 1.0


def test_towns_buildings_and_the_population_grid_agree(region):
    towns = region["tatorter"].frame
    centre = towns.loc[towns["befolkning"].idxmax()]
    assert centre["namn"] == "Älvstad" and 35000 <= centre["befolkning"] <= 45000
    assert (towns["befolkning"] > 0).all() and len(towns) >= 10
    assert sorted(towns["befolkning"])[-2] < 15000  # one regional centre, smaller towns
    buildings = region["byggnader"].frame
    assert len(buildings) >= 8000
    sizes = shapely.area(buildings["geometry"].to_numpy())
    assert sizes.max() < 2500 and np.median(sizes) < 300  # small rectangles
    assert (
        shapely.area(
            shapely.intersection(
                buildings["geometry"].iloc[1:200].to_numpy(), buildings["geometry"].iloc[200:201].to_numpy()
            )
        ).max()
        == 0
    )
    centroids = shapely.centroid(buildings["geometry"].to_numpy())
    in_town = shapely.STRtree(towns["geometry"].to_numpy()).query(centroids, predicate="within")[0]
    assert len(np.unique(in_town)) / len(buildings) > 0.7
    grid = region["befolkning_250m"].frame
    bounds = shapely.bounds(grid["geometry"].to_numpy())
    assert np.all(bounds[:, :2] % 250.0 == 0) and np.allclose(bounds[:, 2:] - bounds[:, :2], 250.0)
    assert (grid["befolkning"] > 0).all() and grid["rutid"].is_unique
    assert grid["befolkning"].sum() >= towns["befolkning"].sum()
    # Every populated cell holds a housing building; the centre holds the densest cells.
    housing = centroids[(buildings["kategori"] == "bostad").to_numpy()]
    hits = shapely.STRtree(grid["geometry"].to_numpy()).query(housing, predicate="intersects")[1]
    assert set(range(len(grid))) <= set(hits.tolist())
    densest = grid.nlargest(10, "befolkning")["geometry"].to_numpy()
    assert shapely.intersects(densest, centre["geometry"]).sum() >= 7


def test_commuting_table_is_complete_and_the_centre_attracts_most(region):
    commuting = region["pendling"].frame
    codes = list(region["kommuner"].frame["kommunkod"])
    assert set(zip(commuting["bostadskommun"], commuting["arbetskommun"])) == {(a, b) for a in codes for b in codes}
    assert (commuting["antal"] >= 0).all() and commuting["antal"].dtype == np.int64
    inflow = commuting.groupby("arbetskommun")["antal"].sum()
    assert inflow.idxmax() == "9901"
    same = commuting[commuting["bostadskommun"] == commuting["arbetskommun"]]
    assert (same["antal"] > 0).all()
    # Gravity: the nearer pair of municipalities exchanges more than a far one, on the whole.
    crossing = commuting[commuting["bostadskommun"] != commuting["arbetskommun"]]
    assert crossing["antal"].sum() > 0.1 * commuting["antal"].sum()


# ------------------------------------------------------------------------------------------------
# Networks


def network(frame: pd.DataFrame) -> tuple[np.ndarray, np.ndarray, int]:
    """Edges of a line layer as node index pairs, nodes being shared end coordinates."""
    geoms = frame["geometry"].to_numpy()
    starts = shapely.get_coordinates(shapely.get_point(geoms, 0))
    ends = shapely.get_coordinates(shapely.get_point(geoms, -1))
    keys, inverse = np.unique(np.round(np.concatenate([starts, ends]), 3), axis=0, return_inverse=True)
    inverse = inverse.ravel()
    return np.column_stack([inverse[: len(geoms)], inverse[len(geoms) :]]), shapely.length(geoms), len(keys)


def components(edges: np.ndarray, n: int) -> tuple[int, np.ndarray]:
    graph = coo_matrix((np.ones(len(edges)), (edges[:, 0], edges[:, 1])), shape=(n, n))
    return connected_components(graph, directed=False)


def test_road_network_is_one_component_noded_at_shared_endpoints(region):
    roads = region["vagar"].frame
    edges, _, n = network(roads)
    count, _ = components(edges, n)
    assert count == 1
    assert len(roads) >= 400
    assert set(roads["kategori"]) == FIXED_CATEGORIES["vagar"]
    assert roads["hastighet"].between(30, 120).all() and set(roads["bro"]) == {0, 1}
    assert (roads.loc[roads["kategori"] == "motorväg", "vagnummer"] != "").all()
    # Segments meet only at their end points: no crossing, no T-junction in the middle of a segment.
    geoms = roads["geometry"].to_numpy()
    left, right = shapely.STRtree(geoms).query(geoms, predicate="intersects")
    pairs = left < right
    left, right = left[pairs], right[pairs]
    meeting = shapely.intersection(geoms[left], geoms[right])
    assert set(shapely.get_type_id(meeting)) <= {0}
    shared = (edges[left][:, :, None] == edges[right][:, None, :]).any(axis=(1, 2))
    assert shared.all()


def test_one_bridge_cuts_off_the_island_and_another_only_lengthens_trips(region):
    roads = region["vagar"].frame
    rivers = region["vattendrag"].frame["geometry"].to_numpy()
    geoms = roads["geometry"].to_numpy()
    crosses = np.zeros(len(geoms), dtype=bool)
    crosses[shapely.STRtree(rivers).query(geoms, predicate="intersects")[0]] = True
    bridge = roads["bro"].to_numpy() == 1
    assert np.array_equal(crosses, bridge)  # every river crossing is a bridge, and only those
    edges, lengths, n = network(roads)
    ends = np.concatenate(
        [shapely.get_coordinates(shapely.get_point(geoms, 0)), shapely.get_coordinates(shapely.get_point(geoms, -1))]
    )
    node_xy = np.zeros((n, 2))
    node_xy[np.concatenate([edges[:, 0], edges[:, 1]])] = ends
    towns = region["tatorter"].frame["geometry"].to_numpy()
    cutting, detour = [], []
    for k in np.flatnonzero(bridge):
        rest = np.delete(np.arange(len(edges)), k)
        count, labels = components(edges[rest], n)
        if count > 1:
            cut_off = np.flatnonzero(labels == np.argmin(np.bincount(labels)))
            cutting.append(len(cut_off))
            villages = shapely.STRtree(towns).query(shapely.points(node_xy[cut_off]), predicate="within")[1]
            assert len(villages) > 0  # the cut-off part is a populated place
        else:
            graph = coo_matrix((lengths[rest], (edges[rest, 0], edges[rest, 1])), shape=(n, n)).tocsr()
            around = dijkstra(graph, directed=False, indices=edges[k, 0])[edges[k, 1]]
            detour.append(around / lengths[k])
    assert len(cutting) == 1 and cutting[0] >= 5  # the island's roads, and nothing else, hang on one bridge
    assert len(detour) >= 1 and max(detour) > 10  # elsewhere the river forces a long way round


def test_dangerous_goods_routes_are_road_segments(region):
    roads = set(shapely.to_wkb(region["vagar"].frame["geometry"].to_numpy()))
    goods = shapely.to_wkb(region["farligt_gods"].frame["geometry"].to_numpy())
    assert all(g in roads for g in goods) and len(goods) >= 5


def test_railway_and_stations_serve_the_regional_centre(region):
    towns = region["tatorter"].frame
    centre = towns.loc[towns["befolkning"].idxmax(), "geometry"]
    rail = shapely.union_all(region["jarnvag"].frame["geometry"].to_numpy())
    stations = region["stationer"].frame["geometry"].to_numpy()
    assert rail.intersects(centre) and shapely.intersects(stations, centre).sum() >= 1
    assert (shapely.distance(stations, rail) < 1.0).all() and len(stations) >= 3
    stops = region["hallplatser"].frame
    frequent = stops.loc[stops["avgangar_vardag"] >= 40, "geometry"].to_numpy()
    assert shapely.intersects(frequent, centre).sum() >= 5


# ------------------------------------------------------------------------------------------------
# Green-blue structure


def test_flood_zone_follows_the_river(region):
    river = shapely.union_all(region["vattendrag"].frame["geometry"].to_numpy())
    zones = region["oversvamning_100ar"].frame["geometry"].to_numpy()
    assert shapely.intersects(zones, river).all()
    assert river.intersection(shapely.union_all(zones)).length / river.length > 0.999
    assert (shapely.distance(shapely.get_parts(shapely.points(shapely.get_coordinates(zones))), river) < 1200.0).all()


def test_shore_protection_is_100_m_on_the_land_side(region):
    lakes = region["sjoar"].frame["geometry"].to_numpy()
    shore = region["strandskydd"].frame["geometry"].to_numpy()
    water = shapely.union_all(np.concatenate([lakes, region["vattendrag"].frame["geometry"].to_numpy()]))
    extent = shapely.box(*sample_extent(1.0)).exterior
    # No part of it lies in a lake, every vertex is within 100 m of water, and it reaches 100 m out.
    assert shapely.area(shapely.intersection(shapely.union_all(shore), shapely.union_all(lakes))) < 1.0
    vertices = shapely.points(shapely.get_coordinates(shore))
    assert shapely.distance(vertices, water).max() <= 100.0 + 2e-3  # both ends rounded to 1 mm
    outline = shapely.get_exterior_ring(shapely.get_parts(shapely.union_all(shore)))
    on_outer_edge = shapely.points(shapely.get_coordinates(outline))
    away_from_edge = shapely.distance(on_outer_edge, extent) > 1.0
    # (Where two lakes' zones meet, the crossing of two chord-approximated arcs lies a chord's sag inside.)
    assert shapely.distance(on_outer_edge[away_from_edge], water).min() >= 99.5
    for lake in lakes:
        ring = lake.buffer(100.0, quad_segs=32).difference(lake)
        match = shore[shapely.intersects(shore, lake.buffer(1.0))]
        assert len(match) >= 1
        assert (
            ring.symmetric_difference(shapely.union_all(match).intersection(lake.buffer(100.0, quad_segs=32))).area
            < 0.01 * ring.area
        )


def test_green_structure_is_plausible(region):
    towns = region["tatorter"].frame
    centre = towns.loc[towns["befolkning"].idxmax(), "geometry"]
    wedges = region["grona_kilar"].frame["geometry"].to_numpy()
    assert shapely.intersects(wedges, centre).sum() >= 2  # green wedges reach into the centre
    reserves = region["naturreservat"].frame["geometry"].to_numpy()
    natura = region["natura2000"].frame["geometry"].to_numpy()
    overlapping = np.unique(shapely.STRtree(reserves).query(natura, predicate="overlaps")[0])
    assert 5 <= len(overlapping) < len(natura)  # many sites overlap reserves, not all
    lakes = region["sjoar"].frame["geometry"].to_numpy()
    protection = region["vattenskydd"].frame["geometry"].to_numpy()
    assert shapely.STRtree(protection).query(lakes, predicate="within").size >= 1
    assert set(region["riksintressen"].frame["kategori"]) == FIXED_CATEGORIES["riksintressen"]
    assert len(region["jordbruksmark"].frame) > 300 and len(region["ekologiska_samband"].frame) > 10


# ------------------------------------------------------------------------------------------------
# Plan drafts


def test_plan_drafts_have_the_size_of_a_workshop_example(region):
    for version in "ab":
        areas, lines = region[f"plan_{version}_omraden"].frame, region[f"plan_{version}_strak"].frame
        assert 30 <= len(areas) <= 40 and 4 <= len(lines) <= 8
        assert len(set(areas["anvandning"])) >= 6

    def number(ids):
        return {i.split("-")[1] for i in ids}

    a = number(region["plan_a_omraden"].frame["plan_id"])
    b = number(region["plan_b_omraden"].frame["plan_id"])
    assert len(a & b) >= 30 and b - a and a - b  # same numbers, one removed, one added


def test_progress_is_reported_and_cancel_stops_the_build():
    seen: list[float] = []
    build_sample_region(progress=seen.append)
    assert seen[0] == 0.0 and seen[-1] == pytest.approx(100.0) and seen == sorted(seen) and len(seen) > 5
    asked = []

    def cancel_on_third_check() -> bool:
        asked.append(True)
        return len(asked) >= 3

    with pytest.raises(SampleRegionCancelled):
        build_sample_region(is_cancelled=cancel_on_third_check)
    assert len(asked) == 3
    assert issubclass(SampleRegionCancelled, Cancelled)  # the engine's one way to say it
    # Long steps look in between too (per town, per layer written), not only between the 11 steps.
    checks = []
    build_sample_region(is_cancelled=lambda: checks.append(True) or False)
    assert len(checks) > 11 + 20
    with pytest.raises(ValueError):
        build_sample_region(scale=0.5)


def test_scale_grows_the_extent_and_the_counts(region):
    bigger = build_sample_region(scale=4.0)
    xmin, ymin, xmax, ymax = sample_extent(4.0)
    assert (xmax - xmin) == pytest.approx(60000 * 4**0.25, abs=1) and (ymax - ymin) == pytest.approx(
        40000 * 4**0.25, abs=1
    )
    coords = np.concatenate([xy_bounds(layer.frame) for layer in bigger.values() if layer.geometry_type])
    assert coords[:, 0].min() >= xmin - 1e-6 and coords[:, 0].max() <= xmax + 1e-6
    assert coords[:, 1].min() >= ymin - 1e-6 and coords[:, 1].max() <= ymax + 1e-6

    def count(layers, *names):
        return sum(len(layers[n].frame) for n in names)

    for names in (
        ("byggnader",),
        ("jordbruksmark",),
        ("naturreservat",),
        ("vagar", "jarnvag"),
        ("plan_a_omraden", "plan_a_strak"),
        (
            "naturreservat",
            "natura2000",
            "grona_kilar",
            "sjoar",
            "oversvamning_100ar",
            "strandskydd",
            "jordbruksmark",
            "vattenskydd",
        ),
    ):
        ratio = count(bigger, *names) / count(region, *names)
        assert 3.0 <= ratio <= 5.0, (names, ratio)
    edges, _, n = network(bigger["vagar"].frame)
    assert components(edges, n)[0] == 1
    for name in ("byggnader", "vagar", "kommuner", "plan_a_omraden"):
        assert shapely.is_valid(bigger[name].frame["geometry"].to_numpy()).all(), name
    cells = bigger["kommuner"].frame["geometry"].to_numpy()
    assert shapely.area(cells).sum() == pytest.approx(shapely.box(xmin, ymin, xmax, ymax).area, rel=1e-9)


# ------------------------------------------------------------------------------------------------
# The planted list, checked independently


def normalise(value: object) -> str:
    return " ".join(str(value).casefold().replace("_", " ").replace("-", " ").split())


@dataclass(frozen=True)
class Rule:
    id: str
    plan_categories: frozenset[str]
    theme_role: str
    theme_categories: frozenset[str]
    relation: str
    distance: float
    severity: str


def read_rules() -> list[Rule]:
    with RULES_CSV.open(encoding="utf-8", newline="") as handle:
        return [
            Rule(
                row["id"],
                frozenset(normalise(c) for c in row["plan_category"].split("|")),
                row["theme_role"],
                frozenset(normalise(c) for c in row["theme_category"].split("|")),
                row["relation"],
                float(row["distance_m"]) if row["distance_m"] else 0.0,
                row["severity"],
            )
            for row in csv.DictReader(handle)
        ]


@dataclass
class Features:
    layer: np.ndarray
    fid: np.ndarray
    geometry: np.ndarray

    def __len__(self) -> int:
        return len(self.fid)


def gather(region, names: list[str], column: str, wanted: frozenset[str] | None, role: str | None = None) -> Features:
    layers, fids, geoms = [], [], []
    for name in names:
        layer = region[name]
        if layer.geometry_type is None or (role is not None and layer.role != role):
            continue
        frame = layer.frame
        categories = frame[column].map(normalise) if column in frame else pd.Series([normalise(name)] * len(frame))
        keep = categories.isin(wanted).to_numpy() if wanted is not None else np.ones(len(frame), dtype=bool)
        layers += [name] * int(keep.sum())
        fids.append(frame["fid"].to_numpy()[keep])
        geoms.append(frame["geometry"].to_numpy()[keep])
    return Features(
        np.array(layers, dtype=object),
        np.concatenate(fids) if fids else np.empty(0, int),
        np.concatenate(geoms) if geoms else np.empty(0, object),
    )


def length_inside(line, polygon) -> float:
    """Length of a line inside a polygon's interior (a stretch along the border does not count)."""
    inside = line.intersection(polygon)
    return inside.length - inside.intersection(polygon.boundary).length


def evaluate(region, version: str, rules: list[Rule]) -> dict[tuple, float]:
    """Every rule result of one draft, keyed (rule, plan layer, plan fid, theme layer, theme fid) -> measure."""
    plan_layers = [f"plan_{version.lower()}_omraden", f"plan_{version.lower()}_strak"]
    theme_layers = [name for name, layer in region.items() if layer.role not in (None, "plan", "boundaries")]
    results: dict[tuple, float] = {}
    for rule in rules:
        plans = gather(region, plan_layers, "anvandning", rule.plan_categories)
        themes = gather(region, theme_layers, "kategori", rule.theme_categories, role=rule.theme_role)
        if len(plans) == 0:
            continue
        if rule.relation == "not_within_distance":
            for layer, fid, geom in zip(plans.layer, plans.fid, plans.geometry):
                nearest = shapely.distance(geom, themes.geometry).min() if len(themes) else math.inf
                if nearest > rule.distance:
                    results[(rule.id, layer, int(fid), "", 0)] = float(nearest)
            continue
        if len(themes) == 0:
            continue
        tree = shapely.STRtree(themes.geometry)
        if rule.relation == "within_distance":
            p, t = tree.query(plans.geometry, predicate="dwithin", distance=rule.distance)
        else:
            p, t = tree.query(plans.geometry, predicate="intersects")
        for i, j in zip(p, t):
            plan, theme = plans.geometry[i], themes.geometry[j]
            plan_dim, theme_dim = shapely.get_dimensions(plan), shapely.get_dimensions(theme)
            measure = 0.0
            if rule.relation == "overlaps":
                if plan_dim == 2 and theme_dim == 2:
                    measure = plan.intersection(theme).area
                elif plan_dim == 1 and theme_dim == 2:
                    measure = length_inside(plan, theme)
                elif plan_dim == 2 and theme_dim == 1:
                    measure = length_inside(theme, plan)
                elif plan_dim == 2 and theme_dim == 0:
                    measure = float(shapely.contains_properly(plan, theme))
            elif rule.relation == "within_distance":
                zone = theme.buffer(rule.distance, quad_segs=64)
                measure = plan.intersection(zone).area if plan_dim == 2 else plan.intersection(zone).length
                measure = max(measure, 1e-12)  # a touch at exactly d still counts
            elif rule.relation == "crosses" and plan_dim == 1:
                if theme_dim == 2:
                    measure = length_inside(plan, theme)
                elif theme_dim == 1:
                    meeting = plan.intersection(theme)
                    measure = float(sum(1 for part in shapely.get_parts(meeting) if part.geom_type == "Point"))
            if measure > 1e-9:
                results[(rule.id, plans.layer[i], int(plans.fid[i]), themes.layer[j], int(themes.fid[j]))] = measure
    return results


@pytest.fixture(scope="module")
def evaluated(region):
    rules = read_rules()
    return rules, {version: evaluate(region, version, rules) for version in "AB"}


def planted_rows(region, version: str) -> pd.DataFrame:
    planted = region["planterade_konflikter"].frame
    return planted[planted["version"] == version]


def test_planted_rows_match_the_rule_set(region):
    rules = {r.id: r for r in read_rules()}
    planted = region["planterade_konflikter"].frame
    assert set(planted["version"]) == {"A", "B"}
    assert set(planted["measure"]) <= {"area", "length", "points", "gap"}
    for row in planted.itertuples():
        assert row.rule_id in rules and row.severity == rules[row.rule_id].severity, row
        assert (row.measure == "gap") == (rules[row.rule_id].relation == "not_within_distance"), row
        assert (row.theme_layer == "") == (row.measure == "gap") and (row.theme_fid == 0) == (row.measure == "gap"), row
        plans = region[row.plan_layer].frame
        assert row.plan_layer.startswith(f"plan_{row.version.lower()}_")
        assert plans.loc[plans["fid"] == row.plan_fid, "plan_id"].item() == row.plan_id
        assert row.expected > 0 and row.note


@pytest.mark.parametrize("version", ["A", "B"])
def test_every_planted_row_is_found_with_its_measure(region, evaluated, version):
    _, results = evaluated
    for row in planted_rows(region, version).itertuples():
        key = (row.rule_id, row.plan_layer, row.plan_fid, row.theme_layer, row.theme_fid)
        assert key in results[version], f"planted row not found: {key}"
        found = results[version][key]
        if row.measure in ("points",):
            assert found == row.expected, (key, found, row.expected)
        elif row.measure == "gap":
            assert found == pytest.approx(row.expected, rel=1e-6), (key, found, row.expected)
        else:
            assert found == pytest.approx(row.expected, rel=1e-3), (key, found, row.expected)


@pytest.mark.parametrize("version", ["A", "B"])
def test_the_planted_conflicts_are_the_only_conflicts(region, evaluated, version):
    rules, results = evaluated
    conflict_rules = {r.id for r in rules if r.severity == "conflict"}
    found = {key for key in results[version] if key[0] in conflict_rules}
    planted = {
        (r.rule_id, r.plan_layer, r.plan_fid, r.theme_layer, r.theme_fid)
        for r in planted_rows(region, version).itertuples()
        if r.severity == "conflict"
    }
    assert found == planted, {"unplanned": sorted(found - planted), "missing": sorted(planted - found)}
    assert planted


def test_draft_a_plants_every_rule_and_draft_b_changes_the_conflicts(region):
    rules = read_rules()
    a, b = planted_rows(region, "A"), planted_rows(region, "B")
    assert {r.id for r in rules} <= set(a["rule_id"])

    def conflicts(rows: pd.DataFrame) -> set[tuple[str, str]]:
        rows = rows[rows["severity"] == "conflict"]
        return set(zip(rows["rule_id"], rows["plan_id"].str.split("-").str[1]))

    resolved, added, kept = conflicts(a) - conflicts(b), conflicts(b) - conflicts(a), conflicts(a) & conflicts(b)
    assert len(resolved) >= 2 and len(added) >= 1 and len(kept) >= 1
    numbers_a = set(region["plan_a_omraden"].frame["plan_id"].str.split("-").str[1]) | set(
        region["plan_a_strak"].frame["plan_id"].str.split("-").str[1]
    )
    # A resolved conflict belongs to a feature that B keeps (moved or recategorised), not one it deleted.
    numbers_b = set(region["plan_b_omraden"].frame["plan_id"].str.split("-").str[1]) | set(
        region["plan_b_strak"].frame["plan_id"].str.split("-").str[1]
    )
    assert {number for _, number in resolved} <= numbers_a & numbers_b
