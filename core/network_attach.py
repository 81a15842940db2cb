"""Attaching points (population, centres, destinations) to the nearest link of a network.

Plain numpy/shapely; it never imports QGIS.
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np
import shapely

from .network_graph import Network


@dataclass
class Attachment:
    """Where each point meets the network: nearest link, the fraction along it, the connector length; -1 where none."""

    link: np.ndarray
    fraction: np.ndarray
    connector_m: np.ndarray

    @property
    def attached(self) -> np.ndarray:
        return self.link >= 0

    def nearest_node(self, network: Network) -> np.ndarray:
        node = np.where(
            self.fraction <= 0.5, network.start[np.maximum(self.link, 0)], network.end[np.maximum(self.link, 0)]
        )
        return np.where(self.attached, node, -1)


def attach_points(
    network: Network, points: np.ndarray, max_connector_m: float, links: np.ndarray | None = None
) -> Attachment:
    """The nearest link to each point within `max_connector_m` (among `links`, default all), and where on it.

    `max_connector_m` must be positive; np.inf means no limit (0 is refused rather than read as 'no limit').
    """
    if not max_connector_m > 0:
        raise ValueError(f"the longest connector must be more than 0 m (np.inf: no limit), not {max_connector_m}")
    points = np.asarray(points, dtype=object)
    count = len(points)
    link = np.full(count, -1, dtype=np.int64)
    fraction = np.zeros(count)
    connector = np.full(count, np.nan)
    candidates = np.arange(len(network)) if links is None else np.asarray(links, dtype=np.int64)
    if count == 0 or len(candidates) == 0:
        return Attachment(link, fraction, connector)
    tree = shapely.STRtree(network.geometry[candidates])
    # The nearest link of every point, then the longest connector applied: GEOS's nearest-neighbour search stays
    # fast however long the connector may be, where a search bounded by it looks at every link within reach.
    hit_point, hit_link = tree.query_nearest(points, return_distance=False, all_matches=False)
    chosen = candidates[hit_link]
    geoms = network.geometry[chosen]
    distance = shapely.distance(points[hit_point], geoms)
    near = distance <= max_connector_m
    hit_point, chosen, geoms = hit_point[near], chosen[near], geoms[near]
    along = shapely.line_locate_point(geoms, points[hit_point])
    total = shapely.length(geoms)
    link[hit_point] = chosen
    fraction[hit_point] = np.where(total > 0, along / np.where(total > 0, total, 1.0), 0.0)
    connector[hit_point] = distance[near]
    return Attachment(link, fraction, connector)
