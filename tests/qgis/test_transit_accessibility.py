"""samplan:transitaccessibility through processing.run on the sample region and its GTFS feed: the planted cases, the
same answers as the engine called on the same inputs, restidskvot with the road network, departures per stop, a new
line before and after, styles, bad feeds named, cancel."""

from __future__ import annotations

import datetime as dt
import zipfile

import numpy as np
import pytest
import shapely
from qgis.core import QgsProcessingException, QgsRuleBasedRenderer, QgsVectorLayer
from qgis.PyQt.QtCore import QVariant

import processing
from samplan.core.gtfs import read_feed, timetable_for_date
from samplan.core.raptor import prepare
from samplan.core.sample_gtfs import SAMPLE_DATE
from samplan.core.sweref import from_lonlat
from samplan.core.transit_accessibility import transit_accessibility

from .conftest import RecordingFeedback, ensure_provider, memory_layer


@pytest.fixture(scope="module")
def region(qgis_processing, tmp_path_factory):
    ensure_provider()
    path = tmp_path_factory.mktemp("region") / "region.gpkg"
    result = processing.run("samplan:sampleregion", {"SEED": 2026, "SCALE": 1, "OUTPUT": str(path)})
    assert result["GTFS"] == str(path.with_name("region_gtfs.zip"))
    return path


def _layer(region, name):
    layer = QgsVectorLayer(f"{region}|layername={name}", name, "ogr")
    assert layer.isValid()
    return layer


def _run(region, extra=None, feedback=None):
    params = {
        "GTFS": str(region.with_name("region_gtfs.zip")),
        "DATE": SAMPLE_DATE,
        "WINDOW_START": "07:00",
        "WINDOW_END": "08:00",
        # Layers by their source, not as Python-owned layers: a failed run's traceback would keep those alive until
        # Python exits, after QGIS has closed GDAL.
        "ORIGINS": f"{region}|layername=befolkning_250m",
        "POPULATION_FIELD": "befolkning",
        "DESTINATIONS": f"{region}|layername=stationer",
        "MAX_WALK": 1000.0,
        "MAX_TRANSFER_WALK": 300.0,
        "MAX_TRIP": 120.0,
        "MUNICIPALITIES": f"{region}|layername=kommuner",
        "MUNICIPALITY_FIELD": "kommunnamn",
        "CRS": "EPSG:3006",
        "OUTPUT": "TEMPORARY_OUTPUT",
        "SUMMARY": "TEMPORARY_OUTPUT",
        "STOPS": "TEMPORARY_OUTPUT",
    }
    params.update(extra or {})
    return processing.run("samplan:transitaccessibility", params, feedback=feedback or RecordingFeedback())


def _null(value) -> bool:
    return (
        value is None
        or (isinstance(value, QVariant) and value.isNull())
        or (isinstance(value, float) and np.isnan(value))
    )


def _values(layer, field):
    return np.array([np.nan if _null(f[field]) else f[field] for f in layer.getFeatures()], dtype=float)


def test_same_answers_as_the_engine(samplan_provider, region):
    result = _run(region)
    out = result["OUTPUT"]
    # The engine on the same inputs, read without QGIS: the feed, the grid cells' points inside them, the stations.
    tt = timetable_for_date(read_feed(region.with_name("region_gtfs.zip")), dt.date.fromisoformat(SAMPLE_DATE))
    xy = np.column_stack(from_lonlat(tt.lon, tt.lat))
    cells = _layer(region, "befolkning_250m")
    points = np.array([shapely.from_wkt(f.geometry().pointOnSurface().asWkt()) for f in cells.getFeatures()])
    stations = np.array(
        [[f.geometry().asPoint().x(), f.geometry().asPoint().y()] for f in _layer(region, "stationer").getFeatures()]
    )
    expected = transit_accessibility(
        prepare(tt, xy, 5 / 3.6, 300.0),
        xy,
        shapely.get_coordinates(points),
        [f["befolkning"] for f in cells.getFeatures()],
        stations,
        None,
        7 * 3600,
        8 * 3600,
        max_walk_m=1000.0,
        max_trip_min=120.0,
    )
    got = _values(out, "median_min")
    want = expected.features["median_min"].to_numpy()
    assert np.isfinite(want).sum() > 100 and np.isnan(want).sum() > 100
    np.testing.assert_allclose(got, want, atol=0.02)  # stops projected by QGIS vs the engine's formulas: centimetres
    np.testing.assert_allclose(_values(out, "opportunities_45min"), expected.features["opportunities_45min"], atol=0)
    summary = {f["municipality"]: f for f in result["SUMMARY"].getFeatures()}
    assert summary["Whole area"]["population"] == pytest.approx(sum(f["befolkning"] for f in cells.getFeatures()))
    assert summary["Whole area"]["population_with_trip"] + summary["Whole area"][
        "population_without_trip"
    ] == pytest.approx(summary["Whole area"]["population"])
    # Stops: departures in the hour equal the engine's count; the station platforms carry the trains.
    stops = {f["stop_id"]: f for f in result["STOPS"].getFeatures()}
    counts = tt.departures(7 * 3600, 8 * 3600)
    assert all(stops[s]["departures"] == counts[tt.stop_index(s)] for s in stops)
    # Älvstad C: 4 trains an hour and the buses back to the town's stops: the highest frequency class.
    assert stops["sta2p1"]["departures"] > 4 and stops["sta2p1"]["frequency_class"] == 4
    assert stops["sta2p1"]["frequency_class_name"] == "every 15 minutes or more often"
    assert isinstance(out.renderer(), QgsRuleBasedRenderer) or out.renderer() is not None


def test_planted_village_and_day_trips(samplan_provider, region):
    towns = {f["namn"]: f.geometry() for f in _layer(region, "tatorter").getFeatures()}
    centre = memory_layer("Point", "field=namn:string", [("POINT(458000 6720300)", ["Älvstad C"])], "centrum")
    result = _run(region, {"CENTRES": centre, "DAY_ARRIVE_BY": "09:00", "DAY_STAY": 6.0, "DAY_HOME_BY": "19:00"})
    rows = list(result["OUTPUT"].getFeatures())

    def in_town(name):
        return [f for f in rows if towns[name].contains(f.geometry().pointOnSurface())]

    assert in_town("Skogsby") and all(_null(f["median_min"]) for f in in_town("Skogsby"))
    assert max(f["day_trip"] for f in in_town("Sörby")) == 1
    assert max(f["day_trip"] for f in in_town("Dalby")) == 0


def test_restidskvot_and_a_new_line(samplan_provider, region):
    # A new express line from Sörby to Älvstad C, every 10 minutes at 80 km/h.
    line = memory_layer(
        "LineString",
        "field=namn:string",
        [("LINESTRING(470000 6708000, 458000 6720300)", ["Sörbyexpressen"])],
        "ny_linje",
    )
    stops = memory_layer(
        "Point",
        "field=namn:string",
        [("POINT(470000 6708000)", ["Sörby"]), ("POINT(458000 6720300)", ["Älvstad C"])],
        "nya_hallplatser",
    )
    result = _run(
        region,
        {
            "NETWORK": _layer(region, "vagar"),
            "SPEED_FIELD": "hastighet",
            "NEW_LINE": line,
            "NEW_LINE_STOPS": stops,
            "NEW_HEADWAY": 10.0,
            "NEW_SPEED": 80.0,
            "CHANGE": "TEMPORARY_OUTPUT",
            "CHANGE_SUMMARY": "TEMPORARY_OUTPUT",
        },
    )
    out = result["OUTPUT"]
    ratio = _values(out, "restidskvot")
    car = _values(out, "car_min")
    pt = _values(out, "transit_to_car_dest_min")
    ok = np.isfinite(ratio)
    assert ok.sum() > 100
    np.testing.assert_allclose(ratio[ok], pt[ok] / car[ok], rtol=1e-9)
    names = {f["ratio_class_name"] for f in out.getFeatures()}
    assert "no trip" in names and len(names) >= 3
    change = list(result["CHANGE"].getFeatures())
    near = [f for f in change if f.geometry().pointOnSurface().distance(shapely_point(470000, 6708000)) < 500]
    assert near and min(f["median_min_change"] for f in near if not _null(f["median_min_change"])) < -5


def shapely_point(x, y):
    from qgis.core import QgsGeometry, QgsPointXY

    return QgsGeometry.fromPointXY(QgsPointXY(x, y))


def test_bad_feed_is_named(samplan_provider, region, tmp_path):
    broken = tmp_path / "broken.zip"
    with zipfile.ZipFile(region.with_name("region_gtfs.zip")) as source, zipfile.ZipFile(broken, "w") as target:
        for name in source.namelist():
            data = source.read(name)
            if name == "stop_times.txt":
                data = data.replace(b",hp1,", b",hp99999,", 1)
            target.writestr(name, data)
    with pytest.raises(
        QgsProcessingException, match=r"stop_times.txt, line \d+: stop_id 'hp99999' is not in stops.txt"
    ):
        _run(region, {"GTFS": str(broken)})
    with pytest.raises(
        QgsProcessingException, match=r"no service on 2027-05-03 \(its calendars run from 2026-01-01 to 2026-12-31\)"
    ):
        _run(region, {"DATE": "2027-05-03"})


def test_cancel_leaves_no_output(samplan_provider, region, tmp_path):
    out = tmp_path / "out.gpkg"
    with pytest.raises(QgsProcessingException, match="Cancelled"):
        _run(region, {"OUTPUT": str(out)}, RecordingFeedback(cancel_at=20))
    assert not out.exists()
