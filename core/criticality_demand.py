"""Demand for link criticality: trips between zones, from a production-constrained gravity model or an OD table
(CSV: origin, destination, trips) read with bad lines named.

Plain numpy/pandas; never imports QGIS.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

import numpy as np

from .messages import Message, translatable
from .table_files import TableFileError, read_table_text, table_records

OD_COLUMNS = ("origin", "destination", "trips")


@dataclass
class Demand:
    """Trips between zones: production-constrained gravity from population, or an OD table by zone id."""

    kind: str = "gravity"  # "gravity" | "od"
    trips_per_person: float = 1.0
    decay_per_unit: float = 0.1  # per minute (time) or per km (length)
    od_origin: np.ndarray | None = None
    od_destination: np.ndarray | None = None
    od_trips: np.ndarray | None = None


def read_od_table(path: Path) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """An OD table (CSV: origin, destination, trips) with zone ids as text; bad numbers named by line."""
    source = str(path)
    text = read_table_text(Path(path))
    origins, destinations, trips = [], [], []
    for line, record in table_records(text, source, OD_COLUMNS):
        try:
            value = float(record["trips"].replace(",", "."))
        except ValueError:
            raise TableFileError(
                source, line, "trips", translatable("'{0}' is not a number"), record["trips"]
            ) from None
        if value < 0 or not np.isfinite(value):
            raise TableFileError(
                source, line, "trips", translatable("trips must be zero or more, not {0}"), record["trips"]
            )
        origins.append(record["origin"])
        destinations.append(record["destination"])
        trips.append(value)
    return np.asarray(origins, dtype=object), np.asarray(destinations, dtype=object), np.asarray(trips, dtype=float)


def trip_matrix(
    demand: Demand,
    zone_cost: np.ndarray,
    population: np.ndarray,
    zone_ids,
    ok: np.ndarray,
    inverse: np.ndarray,
    per_unit: float,
    messages: list,
) -> np.ndarray:
    """Trips between the zones (the distinct nodes the attached population features join, `inverse` per attached
    feature): from the OD table by zone id, or a production-constrained gravity model over `zone_cost`. None within
    a zone, none between zones without a route."""
    z = len(zone_cost)
    if demand.kind == "od":
        trips = _od_matrix(demand, zone_ids, ok, inverse, z, messages)
    else:
        pop = np.bincount(inverse, weights=population[ok], minlength=z)
        with np.errstate(over="ignore"):
            attraction = pop[None, :] * np.exp(-demand.decay_per_unit * zone_cost / per_unit)
        np.fill_diagonal(attraction, 0.0)
        attraction[~np.isfinite(zone_cost)] = 0.0
        total = attraction.sum(axis=1, keepdims=True)
        trips = np.where(
            total > 0, demand.trips_per_person * pop[:, None] * attraction / np.where(total > 0, total, 1.0), 0.0
        )
    np.fill_diagonal(trips, 0.0)
    trips[~np.isfinite(zone_cost)] = 0.0
    messages.append(Message(translatable("Demand: {0} trips between {1} zones."), int(round(float(trips.sum()))), z))
    return trips


def _od_matrix(demand: Demand, zone_ids, ok, inverse, z, messages) -> np.ndarray:
    trips = np.zeros((z, z))
    if zone_ids is None:
        return trips
    origins, destinations, od_trips = demand.od_origin, demand.od_destination, demand.od_trips
    assert origins is not None and destinations is not None and od_trips is not None  # an "od" demand has its table
    ids = np.asarray([str(i) if i is not None else None for i in zone_ids], dtype=object)
    lookup: dict[str, int] = {}
    for zone, node_row in zip(ids[ok], inverse):
        if zone is not None:
            lookup.setdefault(zone, int(node_row))
    o = np.array([lookup.get(str(x), -1) for x in origins], dtype=np.int64)
    d = np.array([lookup.get(str(x), -1) for x in destinations], dtype=np.int64)
    known = (o >= 0) & (d >= 0)
    if (~known).any():
        missing = sorted(
            {str(x) for x, k in zip(origins, o) if k < 0} | {str(x) for x, k in zip(destinations, d) if k < 0}
        )
        messages.append(
            Message(
                translatable(
                    "OD table: {0} row(s) name zones that are not among the attached population features "
                    "and are left out ({1})."
                ),
                int((~known).sum()),
                ", ".join(missing[:10]),
            )
        )
    np.add.at(trips, (o[known], d[known]), od_trips[known])
    _report_shared_nodes(ids[ok], inverse, demand, known & (o == d), messages)
    return trips


def _report_shared_nodes(ids, inverse, demand: Demand, same_node: np.ndarray, messages: list) -> None:
    """Zones that join the network at one node count as one zone: name them, and the trips between them left out."""
    zones_at: dict[int, set] = {}
    for zone, node_row in zip(ids, inverse):
        if zone is not None:
            zones_at.setdefault(int(node_row), set()).add(zone)
    shared = sorted(sorted(zones) for zones in zones_at.values() if len(zones) > 1)
    if shared:
        assert demand.od_origin is not None and demand.od_destination is not None and demand.od_trips is not None
        between = same_node & (np.asarray(demand.od_origin, dtype=str) != np.asarray(demand.od_destination, dtype=str))
        messages.append(
            Message(
                translatable(
                    "OD table: zones that join the network at one node count as one zone, and the {0} "
                    "trip(s) between them are left out: {1}."
                ),
                f"{demand.od_trips[between].sum():g}",
                "; ".join(", ".join(zones) for zones in shared[:10]),
            )
        )
