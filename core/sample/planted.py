"""The planted conflicts' expected results (the facit), each measure worked out from the layout's rectangles and lines."""
from __future__ import annotations

from typing import Any

import numpy as np
import pandas as pd
import shapely

from .geometry import (
    _chord_length, _crossing_count, _rect_overlap_area, _rect_point_distance, _strip_overlap_along_horizontal,
)
from .layout import (
    ORIGIN_X, ORIGIN_Y, _AIRPORT, _DEVELOPMENT, _ECO_LINKS, _FARMLAND_VASTERBY, _FLOOD_RECT_A, _FLOOD_RECT_B,
    _GAP_CATEGORIES, _GAP_RULES, _MIXED, _N2000_KVARNSKOGEN, _NORRSJON_SHORE, _NR_KVARNSKOGEN, _OSTERLEDEN_B,
    _PLANTED_A_AREAS, _PLANTED_B_CHANGES, _PLANTED_B_NEW_AREA, _PLANTED_LINES, _RI_NATURE_DALBY, _RULE_SEVERITY,
    _TERRACE_HOUSE, _WATER_VATTENSJON, _WEDGES,
)
from .nature import Nature
from .plans import Plans
from .roads import Roads
from .transit import Transit


def planted_rows(roads: Roads, transit: Transit, nature: Nature, plans: Plans, planted_fids: dict[str, int],
                 station_frame: pd.DataFrame, stop_frame: pd.DataFrame) -> pd.DataFrame:
    """The planted results, each measure worked out from the design's rectangles and lines."""
    rows: list[dict[str, object]] = []
    width = plans.plan_id_width
    road_fid = roads.road_fid_by_segment
    motorway_west = ((22000.0, 15000.0), (27000.0, 15000.0))
    motorway_east = ((32500.0, 15000.0), (40000.0, 15000.0))
    rail_centre = ((25000.0, 20300.0), (31000.0, 20300.0))
    west_fid = road_fid[motorway_west]
    east_fid = road_fid[motorway_east]
    station = station_frame
    stop = stop_frame

    def add(version: str, rule: str, number: int, theme_layer: str, theme_fid: int, measure: str, expected: float, note: str,
            is_line: bool = False) -> None:
        rows.append({"version": version, "rule_id": rule, "severity": _RULE_SEVERITY[rule],
                     "plan_layer": f"plan_{version.lower()}_{'strak' if is_line else 'omraden'}",
                     "plan_fid": _plan_fid(plans.plan_rows, version, number, is_line), "plan_id": f"{version}-{number:0{width}d}",
                     "theme_layer": theme_layer, "theme_fid": int(theme_fid), "measure": measure, "expected": float(expected), "note": note})

    for version in ("A", "B"):
        areas = {a.number: a for a in _PLANTED_A_AREAS}
        if version == "B":
            areas.update(_PLANTED_B_CHANGES)
        r = {k: a.rect for k, a in areas.items()}
        cat = {k: a.category for k, a in areas.items()}
        if cat[1] == _MIXED:
            add(version, "RAIL-01", 1, "jarnvag", roads.rail_fid_by_segment[rail_centre], "area",
                _strip_overlap_along_horizontal(r[1], rail_centre, 100.0), "Stationsnära blandad bebyggelse intill stambanan: bullerutredning.")
            add(version, "STATION-OPP-01", 1, "stationer", transit.station_fids["Älvstad C"], "area",
                (r[1][2] - r[1][0]) * (r[1][3] - r[1][1]), "Hela området ligger inom 1 km från Älvstad C.")
        for rule, layer, rect, what in (("N2000-01", "natura2000", _N2000_KVARNSKOGEN, "Natura 2000-området Kvarnskogen"),
                                        ("NR-01", "naturreservat", _NR_KVARNSKOGEN, "Kvarnskogens naturreservat")):
            area = _rect_overlap_area(r[2], rect)
            if area > 0:
                add(version, rule, 2, layer, 1, "area", area, f"Bostäder i {what}.")
        if cat[3] in _DEVELOPMENT:
            add(version, "FLOOD-01", 3, "oversvamning_100ar", planted_fids["flood_a"], "area",
                _rect_overlap_area(r[3], _FLOOD_RECT_A), "Bostäder på Storåns översvämningsyta.")
        add(version, "WATER-01", 4, "vattenskydd", 1, "area", _rect_overlap_area(r[4], _WATER_VATTENSJON),
            "Verksamheter i Vattensjöns vattenskyddsområde.")
        add(version, "RI-KOM-01", 5, "riksintressen", 1, "area", _rect_overlap_area(r[5], _AIRPORT),
            "Utbyggnad inom riksintresset Älvstads flygplats.")
        for rule, distance in (("DG-01", 30.0), ("DG-02", 150.0)):
            gap = r[6][1] - motorway_east[0][1]
            if gap < distance:
                add(version, rule, 6, "farligt_gods", roads.dangerous_fid_by_road_fid[east_fid], "area",
                    _strip_overlap_along_horizontal(r[6], motorway_east, distance), "Verksamheter intill E99, rekommenderad väg för farligt gods.")
        add(version, "ROAD-01", 7, "vagar", west_fid, "area", _strip_overlap_along_horizontal(r[7], motorway_west, 100.0),
            "Bostäder närmare än 100 m från E99.")
        add(version, "DG-02", 7, "farligt_gods", roads.dangerous_fid_by_road_fid[west_fid], "area",
            _strip_overlap_along_horizontal(r[7], motorway_west, 150.0), "Bostäder inom 150 m från farligt gods-leden E99.")
        x0, x1, shore_y = _NORRSJON_SHORE
        add(version, "SHORE-01", 8, "strandskydd", planted_fids["strandskydd_norrsjon"], "area",
            _rect_overlap_area(r[8], (x0, shore_y - 100.0, x1, shore_y)), "Bostäder inom strandskyddet vid Norrsjöns dammvall.")
        add(version, "AGRI-01", 9, "jordbruksmark", 1, "area", _rect_overlap_area(r[9], _FARMLAND_VASTERBY),
            "Utbyggnad på brukningsvärd jordbruksmark.")
        add(version, "RI-NAT-01", 10, "riksintressen", 2, "area", _rect_overlap_area(r[10], _RI_NATURE_DALBY),
            "Utbyggnad i riksintresset Dalby hagmarker.")
        # The plot lies beside the long side of the terrace, within its x-range: only the straight part of
        # the 200 m buffer reaches it, so the overlap is an interval product.
        house = _TERRACE_HOUSE
        if not (house[0] <= r[11][0] and r[11][2] <= house[2]):
            raise AssertionError("planted industry plot must face the terrace's long side")
        add(version, "IND-01", 11, "byggnader", planted_fids["terrace"], "area",
            _rect_overlap_area(r[11], (house[0], house[1] - 200.0, house[2], house[3] + 200.0)), "Verkstadstomt 50 m från radhuslängan.")
        if version == "B":
            number = plans.holmby_number
            rect = _PLANTED_B_NEW_AREA[2]
            r[number], cat[number] = rect, _PLANTED_B_NEW_AREA[1]
            add(version, "FLOOD-01", number, "oversvamning_100ar", planted_fids["flood_b"], "area",
                _rect_overlap_area(rect, _FLOOD_RECT_B), "Ny bebyggelse i Holmby hamn på översvämningsytan.")
        # Coordination gaps: distances to the nearest station and frequent stop, from their final coordinates.
        for rule, layer, min_departures, threshold in _GAP_RULES:
            frame = station if layer == "stationer" else stop[stop["avgangar_vardag"] >= min_departures]
            xy = shapely.get_coordinates(frame["geometry"].to_numpy())
            for number in sorted(r):
                if cat[number] not in _GAP_CATEGORIES:
                    continue
                plan_rect = r[number]
                absolute = (plan_rect[0] + ORIGIN_X, plan_rect[1] + ORIGIN_Y, plan_rect[2] + ORIGIN_X, plan_rect[3] + ORIGIN_Y)
                nearest = float(_rect_point_distance(absolute, xy[:, 0], xy[:, 1]).min())
                if nearest > threshold + 1.0:   # clearly beyond: rounding cannot move it across
                    add(version, rule, number, "", 0, "gap", nearest, f"Närmaste {'station' if layer == 'stationer' else 'hållplats med hög turtäthet'} ligger {nearest:.0f} m bort.")
        # Corridors.
        lines = {name: coords for name, _, coords in _PLANTED_LINES}
        if version == "B":
            lines["Österleden"] = _OSTERLEDEN_B
        wedge_polygons = dict(_WEDGES)
        for name, coords in lines.items():
            number = plans.line_numbers[name]
            for wedge, polygon in wedge_polygons.items():
                length = _chord_length(polygon, coords)
                if length > 0:
                    add(version, "WEDGE-01", number, "grona_kilar", nature.wedge_fids[wedge], "length", length,
                        f"{name} skär genom {wedge}.", is_line=True)
            for k, (link, polyline) in enumerate(_ECO_LINKS):
                crossings = _crossing_count(polyline, coords)
                if crossings:
                    add(version, "ECO-01", number, "ekologiska_samband", k + 1, "points", crossings,
                        f"{name} bryter det ekologiska sambandet {link} ({crossings} korsningar).", is_line=True)
    frame = pd.DataFrame(rows, columns=["version", "rule_id", "severity", "plan_layer", "plan_fid", "plan_id", "theme_layer",
                                        "theme_fid", "measure", "expected", "note"])
    return frame.astype({"plan_fid": np.int64, "theme_fid": np.int64, "expected": np.float64})


def _plan_fid(plan_rows: dict[str, tuple[list[tuple[int, Any, str, str]], list[tuple[int, Any, str, str]]]],
              version: str, number: int, is_line: bool) -> int:
    areas, lines = plan_rows[version]
    rows = lines if is_line else areas
    return next(k + 1 for k, row in enumerate(rows) if row[0] == number)
