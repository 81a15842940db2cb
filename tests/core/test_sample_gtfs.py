"""The sample region's GTFS feed: weekday departures per stop equal the stops' avgangar_vardag, coordinates round-trip
to SWEREF 99 TM, and the planted cases (no service in the window, one transfer, day trip met and not met)."""

from __future__ import annotations

import datetime as dt

import numpy as np
import pytest
import shapely

from samplan.core.gtfs import parse_clock, read_feed, timetable_for_date
from samplan.core.raptor import earliest_arrivals, prepare
from samplan.core.sample_gtfs import (
    NO_DAY_TRIP_VILLAGE,
    NO_SERVICE_VILLAGE,
    REGIONAL_CENTRE_STATION,
    SAMPLE_DATE,
    TRANSFER_TOWN,
    feed_from_layers,
    write_feed,
)
from samplan.core.sample_region import build_sample_region
from samplan.core.sweref import from_lonlat
from samplan.core.transit_accessibility import DayTrip, transit_accessibility


@pytest.fixture(scope="module")
def sample(tmp_path_factory):
    layers = build_sample_region()
    path = write_feed(feed_from_layers(layers), tmp_path_factory.mktemp("gtfs") / "sample_gtfs.zip")
    tt = timetable_for_date(read_feed(path), dt.date.fromisoformat(SAMPLE_DATE))
    x, y = from_lonlat(tt.lon, tt.lat)
    xy = np.column_stack([x, y])
    return layers, path, tt, xy, prepare(tt, xy, 5 / 3.6, 300.0)


def test_weekday_departures_equal_the_stops_layer(sample):
    layers, _, tt, xy, _ = sample
    stops = layers["hallplatser"].frame
    counts = tt.departures(0, 2 * 86400)
    index = [tt.stop_index(f"hp{f}") for f in stops["fid"]]
    assert counts[index].tolist() == stops["avgangar_vardag"].tolist()
    # Coordinates written in degrees (7 decimals, about a centimetre, as feeds give them) come back to the stops.
    assert np.abs(xy[index] - shapely.get_coordinates(np.asarray(stops.geometry, dtype=object))).max() < 0.01
    # Platforms take their station's coordinates.
    assert np.isfinite(xy[tt.stop_index("sta1p1")]).all()


def _stop_point(layers, name):
    frame = layers["hallplatser"].frame
    return shapely.get_coordinates(frame.geometry[frame["namn"] == name].iloc[0])[0]


def _centre(layers):
    frame = layers["stationer"].frame
    return shapely.get_coordinates(frame.geometry[frame["namn"] == REGIONAL_CENTRE_STATION].iloc[0])


def test_village_without_service_in_the_window(sample):
    layers, _, tt, xy, net = sample
    origin = _stop_point(layers, f"{NO_SERVICE_VILLAGE} centrum")
    result = transit_accessibility(
        net,
        xy,
        origin[None, :],
        [400.0],
        _centre(layers),
        None,
        parse_clock("07:00"),
        parse_clock("09:00"),
        max_walk_m=500.0,
        max_trip_min=90.0,
    )
    row = result.features.iloc[0]
    assert np.isnan(row["median_min"]) and row["share_of_minutes"] == 0.0
    assert result.municipalities.iloc[0]["population_without_trip"] == 400.0
    # Later in the day the village has buses to the centre.
    later = transit_accessibility(
        net,
        xy,
        origin[None, :],
        [400.0],
        _centre(layers),
        None,
        parse_clock("10:00"),
        parse_clock("11:00"),
        max_walk_m=500.0,
        max_trip_min=90.0,
    )
    assert np.isfinite(later.features["best_min"].iloc[0])


def test_town_needs_one_transfer_to_the_regional_centre(sample):
    layers, _, tt, xy, net = sample
    origin = tt.stop_index(
        f"hp{int(layers['hallplatser'].frame.set_index('namn').loc[f'{TRANSFER_TOWN} centrum', 'fid'])}"
    )
    centre = tt.stop_index(
        "sta" + str(1 + list(layers["stationer"].frame["namn"]).index(REGIONAL_CENTRE_STATION)) + "p1"
    )
    labels = np.full((1, tt.n_stops), np.inf)
    labels[0, origin] = parse_clock("07:00")
    assert not np.isfinite(earliest_arrivals(net, labels, max_rounds=1)[0, centre])
    assert np.isfinite(earliest_arrivals(net, labels, max_rounds=2)[0, centre])


def test_day_trip_met_and_not_met(sample):
    layers, _, tt, xy, net = sample
    origins = np.array(
        [_stop_point(layers, f"{TRANSFER_TOWN} centrum"), _stop_point(layers, f"{NO_DAY_TRIP_VILLAGE} centrum")]
    )
    trip = DayTrip(_centre(layers), parse_clock("05:00"), parse_clock("09:00"), 6 * 3600, parse_clock("19:00"))
    result = transit_accessibility(
        net,
        xy,
        origins,
        [1.0, 1.0],
        _centre(layers),
        None,
        parse_clock("07:00"),
        parse_clock("07:10"),
        max_walk_m=300.0,
        day_trip=trip,
    )
    assert result.features["day_trip"].tolist() == [1, 0]
    # Dalby reaches the centre in the morning, but the last bus home leaves before a six-hour stay is over.
    assert result.features["arrive_centre"].iloc[1] <= 9 * 60


def test_range_search_equals_one_search_per_origin_and_minute(sample):
    """The range form (one search per departure of each stop, minutes in segments) against the plain definition: for
    every origin and minute, one RAPTOR search from the origin's stops at t + walk, then walks to the destinations."""
    from samplan.core.transit_accessibility import nearest_rank

    layers, _, tt, xy, net = sample
    rng = np.random.default_rng(5)
    cells = shapely.get_coordinates(
        shapely.point_on_surface(np.asarray(layers["befolkning_250m"].frame.geometry, dtype=object))
    )
    origins = cells[rng.choice(len(cells), 25, replace=False)]
    stations = shapely.get_coordinates(np.asarray(layers["stationer"].frame.geometry, dtype=object))
    dests = np.vstack([stations, cells[rng.choice(len(cells), 6, replace=False)]])
    weights = rng.integers(1, 100, len(dests)).astype(float)
    start, end, speed, walk, max_trip = parse_clock("07:00"), parse_clock("07:40"), 5 / 3.6, 800.0, 90 * 60.0
    car_nearest = rng.integers(-1, len(dests), len(origins))
    result = transit_accessibility(
        net,
        xy,
        origins,
        np.ones(len(origins)),
        dests,
        weights,
        start,
        end,
        walk_speed_ms=speed,
        max_walk_m=walk,
        max_transfers=2,
        max_trip_min=90.0,
        thresholds_min=(20.0, 45.0),
        car_min=np.full(len(origins), 10.0),
        car_nearest=car_nearest,
    )
    minutes = np.arange(start, end, 60.0)
    d_os = np.hypot(*(origins[:, None, :] - xy[None, :, :]).transpose(2, 0, 1))  # origin - stop metres
    d_ds = np.hypot(*(dests[:, None, :] - xy[None, :, :]).transpose(2, 0, 1))
    d_od = np.hypot(*(origins[:, None, :] - dests[None, :, :]).transpose(2, 0, 1))
    d_os[~np.isfinite(d_os)] = np.inf
    d_ds[~np.isfinite(d_ds)] = np.inf
    for o in range(len(origins)):
        labels = np.where(d_os[o] <= walk, minutes[:, None] + d_os[o] / speed, np.inf)
        best = earliest_arrivals(net, labels, max_rounds=3)  # (minutes, stops)
        egress = np.where(d_ds <= walk, d_ds / speed, np.inf)  # (dest, stops)
        arrive = np.min(best[:, None, :] + egress[None, :, :], axis=2)  # (minutes, dest)
        direct = np.where(d_od[o] <= walk, minutes[:, None] + d_od[o] / speed, np.inf)
        travel = np.minimum(arrive, direct) - minutes[:, None]
        travel[travel > max_trip] = np.inf
        # Arrivals at destinations are kept as float32 (about a millisecond at these times of day).
        np.testing.assert_allclose(result.minutes[o], travel.min(axis=1) / 60.0, rtol=0, atol=1e-4)
        median = nearest_rank(travel, 50.0, axis=0) / 60.0
        for limit in (20.0, 45.0):
            assert result.features[f"opportunities_{limit:g}min"].iloc[o] == pytest.approx(
                weights[median <= limit].sum()
            )
        if car_nearest[o] >= 0 and np.isfinite(median[car_nearest[o]]):
            assert result.features["transit_to_car_dest_min"].iloc[o] == pytest.approx(median[car_nearest[o]], abs=1e-4)
        else:
            assert np.isnan(result.features["transit_to_car_dest_min"].iloc[o])
