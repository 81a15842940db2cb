"""Small GTFS feeds written by hand for the public transport tests."""

from __future__ import annotations

from pathlib import Path

CALENDAR_HEADER = "service_id,monday,tuesday,wednesday,thursday,friday,saturday,sunday,start_date,end_date\n"
WEEKDAYS = "WK,1,1,1,1,1,0,0,20260101,20261231\n"


def write_feed(
    folder: Path,
    stops: str,
    trips: str,
    stop_times: str,
    calendar: str = CALENDAR_HEADER + WEEKDAYS,
    routes: str | None = None,
    **extra: str,
) -> Path:
    """A feed folder from the tables' text (headers included); routes.txt made from the trips' route ids if not given."""
    folder.mkdir(parents=True, exist_ok=True)
    (folder / "stops.txt").write_text(stops, encoding="utf-8")
    (folder / "trips.txt").write_text(trips, encoding="utf-8")
    (folder / "stop_times.txt").write_text(stop_times, encoding="utf-8")
    if calendar:
        (folder / "calendar.txt").write_text(calendar, encoding="utf-8")
    if routes is None:
        ids = sorted({line.split(",")[0] for line in trips.strip().splitlines()[1:]})
        routes = "route_id,route_short_name,route_type\n" + "".join(f"{r},{r},3\n" for r in ids)
    (folder / "routes.txt").write_text(routes, encoding="utf-8")
    for name, text in extra.items():
        (folder / f"{name}.txt").write_text(text, encoding="utf-8")
    return folder


def stops_on_a_line(names, spacing_deg: float = 0.01) -> str:
    """Stops along the equator (0.01 degree is about 1.1 km apart), far enough that nobody walks between them."""
    return "stop_id,stop_name,stop_lat,stop_lon\n" + "".join(
        f"{n},{n},0.0,{1 + k * spacing_deg:.5f}\n" for k, n in enumerate(names)
    )
