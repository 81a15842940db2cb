"""Public transport: hand-worked timetables (a single line, a just-missed transfer, a trip after midnight, a calendar
exception, a frequency-based route, a parent station), percentiles over the departure minutes worked out by hand, and
feeds that are broken named by file, line and id."""

from __future__ import annotations

import datetime as dt

import numpy as np
import pytest

from samplan.core.gtfs import GtfsError, local_metres, parse_clock, read_feed, timetable_for_date
from samplan.core.raptor import earliest_arrivals, prepare
from samplan.core.transit_accessibility import (
    DayTrip,
    frequency_class,
    nearest_rank,
    ratio_class,
    stop_departures,
    transit_accessibility,
)

from .gtfs_fixtures import CALENDAR_HEADER, write_feed, stops_on_a_line

TUESDAY = dt.date(2026, 3, 10)


def _hm(text: str) -> int:
    return parse_clock(text)


def _times(trip: str, rows) -> str:
    return "".join(f"{trip},{t},{t},{stop},{k + 1}\n" for k, (stop, t) in enumerate(rows))


ST_HEADER = "trip_id,arrival_time,departure_time,stop_id,stop_sequence\n"
TRIP_HEADER = "route_id,service_id,trip_id\n"


def _load(folder, date=TUESDAY, max_transfer_m=0.0, speed=1.2):
    tt = timetable_for_date(read_feed(folder), date)
    xy = local_metres(tt.lon, tt.lat)
    return tt, xy, prepare(tt, xy, speed, max_transfer_m)


def _at_stops(tt, xy, names):
    return xy[[tt.stop_index(n) for n in names]]


def test_single_line_minutes_and_percentiles(tmp_path):
    # Trips leave A every 10 minutes from 07:05 and reach C 15 minutes later.
    trips = TRIP_HEADER + "".join(f"L1,WK,t{k}\n" for k in range(4))
    times = ST_HEADER + "".join(
        _times(
            f"t{k}",
            [("A", f"07:{5 + 10 * k:02d}:00"), ("B", f"07:{12 + 10 * k:02d}:00"), ("C", f"07:{20 + 10 * k:02d}:00")],
        )
        for k in range(4)
    )
    folder = write_feed(tmp_path / "feed", stops_on_a_line(["A", "B", "C"]), trips, times)
    tt, xy, net = _load(folder)
    origin = _at_stops(tt, xy, ["A"])
    dest = _at_stops(tt, xy, ["C"])
    result = transit_accessibility(
        net,
        xy,
        origin,
        [100.0],
        dest,
        [7.0],
        _hm("07:00"),
        _hm("07:20"),
        max_walk_m=10.0,
        thresholds_min=(15.0, 20.0),
        percentiles=(10.0, 90.0),
    )
    # Leaving at 07:00..07:05 takes the 07:05 (20..15 min), 07:06..07:15 the 07:15 (24..15), 07:16..07:19 the 07:25
    # (24..21): twenty values, two each of 15..24.
    expected = [20, 19, 18, 17, 16, 15] + list(range(24, 14, -1)) + [24, 23, 22, 21]
    assert result.minutes[0].tolist() == pytest.approx(expected)
    row = result.features.iloc[0]
    assert row["median_min"] == 19  # the 10th of 20 sorted values
    assert row["p10_min"] == 15  # the 2nd
    assert row["p90_min"] == 23  # the 18th
    assert row["best_min"] == 15
    # The median time to C is 19 minutes: within 20, not within 15.
    assert row["opportunities_20min"] == 7.0 and row["opportunities_15min"] == 0.0
    summary = result.municipalities.iloc[0]
    assert summary["population_with_trip"] == 100 and summary["share_within_20min"] == 1.0


def test_walk_to_the_stop_counts(tmp_path):
    trips = TRIP_HEADER + "L1,WK,t0\n"
    times = ST_HEADER + _times("t0", [("A", "07:10:00"), ("C", "07:30:00")])
    folder = write_feed(tmp_path / "feed", stops_on_a_line(["A", "C"]), trips, times)
    tt, xy, net = _load(folder)
    origin = _at_stops(tt, xy, ["A"]) + [0.0, 120.0]  # 120 m from A: 100 s at 1.2 m/s
    dest = _at_stops(tt, xy, ["C"]) + [60.0, 0.0]  # 60 m beyond C: 50 s
    result = transit_accessibility(
        net, xy, origin, [1.0], dest, None, _hm("07:08"), _hm("07:10"), walk_speed_ms=1.2, max_walk_m=200.0
    )
    # 07:08 + 100 s is before 07:10: arrive 07:30:50, 22 min 50 s; from 07:09 + 100 s the trip has gone.
    assert result.minutes[0, 0] == pytest.approx(22 + 50 / 60)
    assert not np.isfinite(result.minutes[0, 1])
    assert result.features["share_of_minutes"].iloc[0] == 0.5


@pytest.mark.parametrize("second_leaves,arrival", [("07:19:00", "08:00:00"), ("07:20:00", "07:31:00")])
def test_transfer_just_missed(tmp_path, second_leaves, arrival):
    # Line 1 reaches B at 07:20. Line 2 leaves B at `second_leaves` and again at 07:49 (C 08:00).
    trips = TRIP_HEADER + "L1,WK,a\nL2,WK,b1\nL2,WK,b2\n"
    second_arrives = "07:30:00" if second_leaves == "07:19:00" else "07:31:00"
    times = (
        ST_HEADER
        + _times("a", [("A", "07:05:00"), ("B", "07:20:00")])
        + _times("b1", [("B", second_leaves), ("C", second_arrives)])
        + _times("b2", [("B", "07:49:00"), ("C", "08:00:00")])
    )
    folder = write_feed(tmp_path / "feed", stops_on_a_line(["A", "B", "C"]), trips, times)
    tt, xy, net = _load(folder)
    labels = np.full((1, tt.n_stops), np.inf)
    labels[0, tt.stop_index("A")] = _hm("07:00")
    best = earliest_arrivals(net, labels, max_rounds=2)
    assert best[0, tt.stop_index("C")] == _hm(arrival)
    # One trip only: C is out of reach.
    assert not np.isfinite(earliest_arrivals(net, labels, max_rounds=1)[0, tt.stop_index("C")])


def test_trip_after_midnight(tmp_path):
    # Monday's night bus leaves A at 23:50 and reaches B at 24:20 and C at 24:40; on Tuesday its times are 00:20 and
    # 00:40. Tuesday's own late trip runs at 25:10 (01:10 on Wednesday), beyond the window.
    calendar = CALENDAR_HEADER + "MON,1,0,0,0,0,0,0,20260101,20261231\nTUE,0,1,0,0,0,0,0,20260101,20261231\n"
    trips = TRIP_HEADER + "N1,MON,night\nN1,TUE,late\n"
    times = (
        ST_HEADER
        + _times("night", [("A", "23:50:00"), ("B", "24:20:00"), ("C", "24:40:00")])
        + _times("late", [("A", "25:10:00"), ("B", "25:40:00"), ("C", "26:00:00")])
    )
    folder = write_feed(tmp_path / "feed", stops_on_a_line(["A", "B", "C"]), trips, times, calendar=calendar)
    tt, xy, net = _load(folder)
    result = transit_accessibility(
        net,
        xy,
        _at_stops(tt, xy, ["B"]),
        [1.0],
        _at_stops(tt, xy, ["C"]),
        None,
        _hm("00:00"),
        _hm("00:02"),
        max_walk_m=10.0,
    )
    assert result.minutes[0].tolist() == [40.0, 39.0]
    # Tuesday's late trip: leaving B at 01:00 one reaches C at 02:00 (26:00).
    later = transit_accessibility(
        net,
        xy,
        _at_stops(tt, xy, ["B"]),
        [1.0],
        _at_stops(tt, xy, ["C"]),
        None,
        _hm("25:00"),
        _hm("25:01"),
        max_walk_m=10.0,
    )
    assert later.minutes[0].tolist() == [60.0]
    # On a Wednesday only the Tuesday trip's part after midnight runs (B 01:40, C 02:00).
    wed, wxy, wnet = _load(folder, date=dt.date(2026, 3, 11))
    res = transit_accessibility(
        wnet,
        wxy,
        _at_stops(wed, wxy, ["B"]),
        [1.0],
        _at_stops(wed, wxy, ["C"]),
        None,
        _hm("01:30"),
        _hm("01:31"),
        max_walk_m=10.0,
    )
    assert res.minutes[0].tolist() == [30.0]


def test_calendar_exception(tmp_path):
    # WK runs Monday to Friday but not on Tuesday 10 March 2026; EXTRA runs only then.
    trips = TRIP_HEADER + "L1,WK,normal\nL1,EXTRA,extra\n"
    times = (
        ST_HEADER
        + _times("normal", [("A", "07:10:00"), ("C", "07:30:00")])
        + _times("extra", [("A", "07:40:00"), ("C", "08:05:00")])
    )
    dates = "service_id,date,exception_type\nWK,20260310,2\nEXTRA,20260310,1\n"
    folder = write_feed(tmp_path / "feed", stops_on_a_line(["A", "C"]), trips, times, calendar_dates=dates)
    for date, expected in ((TUESDAY, 65.0), (dt.date(2026, 3, 11), 30.0)):
        tt, xy, net = _load(folder, date=date)
        result = transit_accessibility(
            net,
            xy,
            _at_stops(tt, xy, ["A"]),
            [1.0],
            _at_stops(tt, xy, ["C"]),
            None,
            _hm("07:00"),
            _hm("07:01"),
            max_walk_m=10.0,
        )
        assert result.minutes[0, 0] == expected
    with pytest.raises(GtfsError, match="no service on 2026-03-14"):
        timetable_for_date(read_feed(folder), dt.date(2026, 3, 14))


def test_frequency_based_route(tmp_path):
    # One trip pattern (A to B in 12 minutes) every 10 minutes from 07:00 to 08:00.
    trips = TRIP_HEADER + "F1,WK,f\n"
    times = ST_HEADER + _times("f", [("A", "00:00:00"), ("B", "00:12:00")])
    freq = "trip_id,start_time,end_time,headway_secs\nf,07:00:00,08:00:00,600\n"
    folder = write_feed(tmp_path / "feed", stops_on_a_line(["A", "B"]), trips, times, frequencies=freq)
    tt, xy, net = _load(folder)
    assert tt.departures(_hm("07:00"), _hm("08:00"))[tt.stop_index("A")] == 6
    result = transit_accessibility(
        net,
        xy,
        _at_stops(tt, xy, ["A"]),
        [1.0],
        _at_stops(tt, xy, ["B"]),
        None,
        _hm("07:00"),
        _hm("07:10"),
        max_walk_m=10.0,
    )
    # 07:00 catches the 07:00 (12 min); 07:01..07:09 the 07:10 (21..13): sorted 12..21.
    assert result.minutes[0].tolist() == [12.0] + list(range(21, 12, -1))
    row = result.features.iloc[0]
    assert (row["median_min"], row["p10_min"], row["p90_min"], row["best_min"]) == (16, 12, 20, 12)


def test_parent_station_joins_its_platforms(tmp_path):
    # Station S: platform P1 has no coordinates of its own (it takes S's), P2 lies 60 m east (50 s at 1.2 m/s).
    # Line 1 reaches P1 at 07:10; line 2 leaves P2 at 07:11 and reaches D at 07:30.
    p2_lon = 1.1 + 60.0 / 111195.0
    stops = (
        "stop_id,stop_name,stop_lat,stop_lon,location_type,parent_station\n"
        "A,A,0.0,1.0,0,\nS,Station,0.0,1.1,1,\nP1,Station 1,,,0,S\n"
        f"P2,Station 2,0.0,{p2_lon:.7f},0,S\nD,D,0.0,1.2,0,\n"
    )
    trips = TRIP_HEADER + "L1,WK,a\nL2,WK,b\n"
    times = (
        ST_HEADER
        + _times("a", [("A", "07:00:00"), ("P1", "07:10:00")])
        + _times("b", [("P2", "07:11:00"), ("D", "07:30:00")])
    )
    folder = write_feed(tmp_path / "feed", stops, trips, times)
    tt, xy, net = _load(folder)
    assert np.isfinite(xy[tt.stop_index("P1")]).all()
    labels = np.full((1, tt.n_stops), np.inf)
    labels[0, tt.stop_index("A")] = _hm("06:59")
    best = earliest_arrivals(net, labels, max_rounds=2)
    assert best[0, tt.stop_index("P2")] == pytest.approx(_hm("07:10") + 50.0, abs=0.5)
    assert best[0, tt.stop_index("D")] == _hm("07:30")
    # Same feed without the parent: the platforms are 60 m apart and nobody walks between them (no walks asked for).
    folder2 = write_feed(
        tmp_path / "feed2",
        stops.replace(",0,S\n", ",0,\n").replace("P1,Station 1,,,", "P1,Station 1,0.0,1.1,"),
        trips,
        times,
    )
    tt2, xy2, net2 = _load(folder2)
    labels2 = np.full((1, tt2.n_stops), np.inf)
    labels2[0, tt2.stop_index("A")] = _hm("06:59")
    assert not np.isfinite(earliest_arrivals(net2, labels2, max_rounds=2)[0, tt2.stop_index("D")])


def test_transfers_txt_sets_the_change_time(tmp_path):
    # B1 and B2 are 2 km apart, but transfers.txt says 3 minutes.
    stops = stops_on_a_line(["A", "B1", "B2", "C"], spacing_deg=0.02)
    trips = TRIP_HEADER + "L1,WK,a\nL2,WK,b\n"
    times = (
        ST_HEADER
        + _times("a", [("A", "07:00:00"), ("B1", "07:10:00")])
        + _times("b", [("B2", "07:13:00"), ("C", "07:20:00")])
    )
    transfers = "from_stop_id,to_stop_id,transfer_type,min_transfer_time\nB1,B2,2,180\n"
    tt, xy, net = _load(write_feed(tmp_path / "feed", stops, trips, times, transfers=transfers))
    labels = np.full((1, tt.n_stops), np.inf)
    labels[0, tt.stop_index("A")] = _hm("07:00")
    assert earliest_arrivals(net, labels, max_rounds=2)[0, tt.stop_index("C")] == _hm("07:20")


def test_walks_are_not_chained_whatever_else_is_searched(tmp_path):
    # transfers.txt: A-B and B-C two minutes each, no A-C. From O, the bus reaches A at 07:10 and one walks on to B
    # (07:12); C would need a second walk, so the 07:20 bus from C to D is out of reach. From E, two buses reach B at
    # 07:11 and one walks to C (07:13) for the 07:20 bus. Searched together, the search from E improving B must not let
    # the one from O walk on from its walked label at B.
    stops = stops_on_a_line(["O", "A", "B", "C", "D", "E", "F"], spacing_deg=0.02)
    trips = TRIP_HEADER + "L1,WK,a\nL2,WK,c\nL3,WK,e\nL4,WK,f\n"
    times = (
        ST_HEADER
        + _times("a", [("O", "07:00:00"), ("A", "07:10:00")])
        + _times("c", [("C", "07:20:00"), ("D", "07:30:00")])
        + _times("e", [("E", "07:00:00"), ("F", "07:05:00")])
        + _times("f", [("F", "07:06:00"), ("B", "07:11:00")])
    )
    transfers = "from_stop_id,to_stop_id,transfer_type,min_transfer_time\nA,B,2,120\nB,C,2,120\n"
    tt, xy, net = _load(write_feed(tmp_path / "feed", stops, trips, times, transfers=transfers))
    labels = np.full((2, tt.n_stops), np.inf)
    labels[0, tt.stop_index("O")] = _hm("07:00")
    labels[1, tt.stop_index("E")] = _hm("07:00")
    together = earliest_arrivals(net, labels, max_rounds=3)
    alone = earliest_arrivals(net, labels[:1], max_rounds=3)
    column = {name: tt.stop_index(name) for name in ("B", "C", "D")}
    assert together[0, column["B"]] == _hm("07:12")
    assert np.isinf(together[0, column["C"]]) and np.isinf(together[0, column["D"]])
    assert together[1, column["C"]] == _hm("07:13") and together[1, column["D"]] == _hm("07:30")
    np.testing.assert_array_equal(together[0], alone[0])


def test_day_trip_met_and_not_met(tmp_path):
    # Village V to centre Z: in at 07:00 -> 07:40; home at 14:00 -> 14:40 (met: 6 h stay) or, in the other feed, the only
    # bus home leaves at 12:00 (not met: the stay would be 4 h 20 min).
    for home_leaves, met in (("14:00:00", True), ("12:00:00", False)):
        trips = TRIP_HEADER + "L1,WK,in\nL1,WK,out\n"
        h, m, _ = home_leaves.split(":")
        back = f"{int(h):02d}:40:00"
        times = (
            ST_HEADER
            + _times("in", [("V", "07:00:00"), ("Z", "07:40:00")])
            + _times("out", [("Z", home_leaves), ("V", back)])
        )
        folder = write_feed(tmp_path / f"feed{met}", stops_on_a_line(["V", "Z"]), trips, times)
        tt, xy, net = _load(folder)
        trip = DayTrip(_at_stops(tt, xy, ["Z"]), _hm("06:00"), _hm("09:00"), 6 * 3600, _hm("19:00"))
        result = transit_accessibility(
            net,
            xy,
            _at_stops(tt, xy, ["V"]),
            [50.0],
            _at_stops(tt, xy, ["Z"]),
            None,
            _hm("07:00"),
            _hm("07:01"),
            max_walk_m=10.0,
            day_trip=trip,
        )
        row = result.features.iloc[0]
        assert row["day_trip"] == int(met)
        assert row["arrive_centre"] == 7 * 60 + 40
        if met:
            assert row["back_home"] == 14 * 60 + 40
        else:
            assert np.isnan(row["back_home"])


def test_percentile_by_nearest_rank_and_classes():
    values = np.array([[5.0, 1.0, np.inf, 3.0]])
    assert nearest_rank(values, 50.0)[0] == 3.0  # 2nd of 1, 3, 5, inf
    assert nearest_rank(values, 90.0)[0] == np.inf  # 4th
    assert ratio_class(np.array([0.8, 1.0, 1.2, 1.5, 1.9, 2.5, np.nan])).tolist() == [1, 1, 2, 2, 3, 4, 5]
    assert frequency_class(np.array([0.0, 0.5, 1.0, 3.0, 4.0, 12.0])).tolist() == [0, 1, 2, 3, 4, 4]


def test_departures_per_hour(tmp_path):
    trips = TRIP_HEADER + "".join(f"L1,WK,t{k}\n" for k in range(5))
    times = ST_HEADER + "".join(
        _times(f"t{k}", [("A", f"07:{12 * k:02d}:00"), ("B", f"07:{12 * k + 10:02d}:00")]) for k in range(5)
    )
    tt, _, _ = _load(write_feed(tmp_path / "feed", stops_on_a_line(["A", "B"]), trips, times))
    frame = stop_departures(tt, _hm("07:00"), _hm("08:00")).set_index("stop_id")
    assert frame.loc["A", "departures"] == 5 and frame.loc["B", "departures"] == 0  # arrivals at B go no further
    assert frame.loc["A", "frequency_class"] == 4 and frame.loc["B", "frequency_class"] == 0


def test_broken_references_are_named(tmp_path):
    trips = TRIP_HEADER + "L1,WK,a\n"
    times = ST_HEADER + _times("a", [("A", "07:00:00"), ("X9", "07:10:00")])
    folder = write_feed(tmp_path / "feed", stops_on_a_line(["A", "B"]), trips, times)
    with pytest.raises(GtfsError, match=r"stop_times.txt, line 3: stop_id 'X9' is not in stops.txt"):
        timetable_for_date(read_feed(folder), TUESDAY)
    times = ST_HEADER + _times("a", [("A", "07:00:00"), ("B", "7h10")])
    folder = write_feed(tmp_path / "feed2", stops_on_a_line(["A", "B"]), trips, times)
    with pytest.raises(GtfsError, match=r"stop_times.txt, line 3: '7h10' in arrival_time is not a time"):
        timetable_for_date(read_feed(folder), TUESDAY)
    folder = write_feed(
        tmp_path / "feed3",
        stops_on_a_line(["A", "B"]),
        TRIP_HEADER + "L1,NOPE,a\n",
        ST_HEADER + _times("a", [("A", "07:00:00"), ("B", "07:10:00")]),
    )
    with pytest.raises(GtfsError, match=r"trips.txt, line 2: service_id 'NOPE'"):
        timetable_for_date(read_feed(folder), TUESDAY)


def test_stop_without_coordinates_is_named(tmp_path):
    stops = "stop_id,stop_name,stop_lat,stop_lon\nA,A,0.0,1.0\nB,B,,\n"
    trips = TRIP_HEADER + "L1,WK,a\n"
    times = ST_HEADER + _times("a", [("A", "07:00:00"), ("B", "07:10:00")])
    tt = timetable_for_date(read_feed(write_feed(tmp_path / "feed", stops, trips, times)), TUESDAY)
    assert any("no coordinates" in str(m) and ": B" in str(m) for m in tt.messages)


def test_loop_route_boards_at_either_call(tmp_path):
    # One trip calls at A twice: A 07:00, B 07:05, C 07:10, A 07:15, D 07:20.
    trips = TRIP_HEADER + "L1,WK,loop\n"
    times = ST_HEADER + _times(
        "loop", [("A", "07:00:00"), ("B", "07:05:00"), ("C", "07:10:00"), ("A", "07:15:00"), ("D", "07:20:00")]
    )
    tt, xy, net = _load(write_feed(tmp_path / "feed", stops_on_a_line(["A", "B", "C", "D"]), trips, times))
    labels = np.full((2, tt.n_stops), np.inf)
    labels[:, tt.stop_index("A")] = [_hm("07:00"), _hm("07:12")]
    best = earliest_arrivals(net, labels, max_rounds=1)
    assert best[:, tt.stop_index("D")].tolist() == [_hm("07:20")] * 2
    assert best[:, tt.stop_index("B")].tolist() == [_hm("07:05"), np.inf]


def test_new_line_before_and_after(tmp_path):
    # An existing slow bus A -> C (07:00, 40 min). The new line: two stops 1,000 m apart (A and C's points), at 36 km/h
    # (100 s a run), every 10 minutes from 07:00 to 08:00 both ways.
    from shapely import LineString

    from samplan.core.transit_accessibility import compare
    from samplan.core.transit_scenarios import add_line

    trips = TRIP_HEADER + "L1,WK,slow\n"
    times = ST_HEADER + _times("slow", [("A", "07:00:00"), ("C", "07:40:00")])
    tt, xy, net = _load(write_feed(tmp_path / "feed", stops_on_a_line(["A", "C"], spacing_deg=0.02), trips, times))
    a = xy[tt.stop_index("A")]
    stop_a = a + [0.0, 0.0]
    stop_b = a + [1000.0, 0.0]
    line = LineString([stop_a, stop_b])
    changed, cxy = add_line(
        tt, xy, line, [stop_b, stop_a], 600.0, _hm("07:00"), _hm("08:00"), speed_kmh=36.0, dwell_s=0.0
    )
    assert changed.n_stops == tt.n_stops + 2 and len(tt.patterns) == 1  # the input is unchanged
    after_net = prepare(changed, cxy, 1.2, 0.0)
    before = transit_accessibility(
        net, xy, stop_a[None, :], [10.0], stop_b[None, :], None, _hm("07:00"), _hm("07:03"), max_walk_m=10.0
    )
    after = transit_accessibility(
        after_net, cxy, stop_a[None, :], [10.0], stop_b[None, :], None, _hm("07:00"), _hm("07:03"), max_walk_m=10.0
    )
    assert not np.isfinite(before.minutes).any()
    # 07:00 rides at once (100 s); 07:01 and 07:02 wait for 07:10 (9 and 8 minutes, plus 100 s).
    assert after.minutes[0].tolist() == pytest.approx([100 / 60, 9 + 100 / 60, 8 + 100 / 60])
    features, municipalities = compare(before, after, thresholds_min=(30.0,))
    assert np.isnan(features["median_min_before"].iloc[0]) and features["median_min_after"].iloc[0] == pytest.approx(
        8 + 100 / 60
    )
    assert municipalities["population_with_trip_change"].iloc[0] == 10.0


def test_route_frequency_multiplied(tmp_path):
    from samplan.core.transit_scenarios import ScenarioError, multiply_frequency

    trips = TRIP_HEADER + "L1,WK,a\nL1,WK,b\nL2,WK,c\n"
    times = (
        ST_HEADER
        + _times("a", [("A", "07:00:00"), ("B", "07:10:00")])
        + _times("b", [("A", "07:30:00"), ("B", "07:40:00")])
        + _times("c", [("B", "07:00:00"), ("A", "07:10:00")])
    )
    tt, _, _ = _load(write_feed(tmp_path / "feed", stops_on_a_line(["A", "B"]), trips, times))
    doubled = multiply_frequency(tt, ["L1"], 2)
    pattern = [p for p in doubled.patterns if p.route == "L1"][0]
    # Between 07:00 and 07:30 one copy at 07:15; after 07:30 one at the median headway's half: 07:45.
    assert pattern.dep[:, 0].tolist() == [_hm(t) for t in ("07:00", "07:15", "07:30", "07:45")]
    assert pattern.arr[:, 1].tolist() == [_hm(t) for t in ("07:10", "07:25", "07:40", "07:55")]
    assert doubled.departures(0, 86400)[tt.stop_index("B")] == 1  # L2 untouched
    with pytest.raises(ScenarioError, match="L9"):
        multiply_frequency(tt, ["L9"], 2)
