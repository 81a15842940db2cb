"""The routable graph's data (Network: nodes, links, their speeds, directions and islands), its connected parts,
speeds from road classes and the one-line summary shown to users.

Plain numpy/scipy; it never imports QGIS.
"""

from __future__ import annotations

from dataclasses import dataclass, field

import numpy as np
from scipy.sparse import coo_matrix
from scipy.sparse.csgraph import connected_components

from .messages import Message, translatable

NO_PATH = np.inf


@dataclass
class Network:
    """Nodes and links of a line network. Arrays are per link unless named node_*.

    `oneway`: 0 both ways, 1 only from `start` to `end` (the digitised direction), -1 only from `end` to `start`.
    `time_s` is the travel time at the link's speed (length where no speed is known: seconds then equal metres).
    """

    node_xy: np.ndarray
    start: np.ndarray
    end: np.ndarray
    fid: np.ndarray
    length_m: np.ndarray
    time_s: np.ndarray
    oneway: np.ndarray
    geometry: np.ndarray
    link_class: np.ndarray
    node_component: np.ndarray = field(default_factory=lambda: np.empty(0, dtype=np.int64))
    main_component: int = -1
    dropped_loops: int = 0
    apart_key: np.ndarray | None = None  # per link: links with different keys are never merged into one stretch
    source_fids: np.ndarray | None = None  # per link: the tuple of input feature ids it is made of (default: (fid,))

    def sources(self) -> np.ndarray:
        """Per link, the input feature ids it is made of, in order along it, as a tuple."""
        if self.source_fids is not None:
            return self.source_fids
        result = np.empty(len(self), dtype=object)
        result[:] = [(int(f),) for f in self.fid]
        return result

    @property
    def n_nodes(self) -> int:
        return len(self.node_xy)

    def __len__(self) -> int:
        return len(self.start)

    @property
    def directed(self) -> bool:
        return bool(np.any(self.oneway != 0))

    def weights(self, criterion: str) -> np.ndarray:
        return self.length_m if criterion == "length" else self.time_s

    def link_component(self) -> np.ndarray:
        return self.node_component[self.start]

    def island_kind(self) -> np.ndarray:
        """'main' (largest connected part), 'loose' (a link alone) or 'island', as Pipos sorts its road network."""
        comp = self.link_component()
        links_per_comp = np.bincount(comp, minlength=self.node_component.max() + 1 if len(comp) else 0)
        kind = np.where(comp == self.main_component, "main", np.where(links_per_comp[comp] == 1, "loose", "island"))
        return kind.astype(object)


def label_components(network: Network) -> None:
    """Connected parts (ignoring direction); the main one holds the most links."""
    n = network.n_nodes
    graph = coo_matrix((np.ones(len(network)), (network.start, network.end)), shape=(n, n))
    _, labels = connected_components(graph, directed=False)
    network.node_component = labels.astype(np.int64)
    if len(network):
        network.main_component = int(np.argmax(np.bincount(labels[network.start], minlength=labels.max() + 1)))


def speeds_from_classes(
    classes, speeds: np.ndarray | None, class_speeds: dict[str, float], default_kmh: float
) -> np.ndarray:
    """A speed per feature: its own (where > 0), else its class's, else the default."""
    classes = np.asarray(classes, dtype=object)
    result = np.full(len(classes), float(default_kmh))
    if class_speeds:
        lookup = {str(k).strip().casefold(): float(v) for k, v in class_speeds.items()}
        by_class = np.array(
            [lookup.get(str(c).strip().casefold(), np.nan) if c is not None else np.nan for c in classes], dtype=float
        )
        result = np.where(np.isfinite(by_class), by_class, result)
    if speeds is not None:
        own = np.asarray(speeds, dtype=float)
        result = np.where(np.isfinite(own) & (own > 0), own, result)
    return result


def parse_class_speeds(text: str) -> dict[str, float]:
    """'motorväg=110; nationell väg=90' → {'motorväg': 110.0, ...}; raises ValueError naming the bad item."""
    result: dict[str, float] = {}
    for item in (text or "").replace("\n", ";").split(";"):
        if not item.strip():
            continue
        if "=" not in item:
            raise ValueError(item.strip())
        key, value = item.rsplit("=", 1)
        try:
            speed = float(value.strip().replace(",", "."))
        except ValueError:
            raise ValueError(item.strip()) from None
        if speed <= 0:
            raise ValueError(item.strip())
        result[key.strip()] = speed
    return result


def network_summary(network: Network) -> Message:
    kind = network.island_kind()
    n_comp = len(np.unique(network.link_component())) if len(network) else 0
    return Message(
        translatable(
            "Network: {0} links, {1} nodes; main network {2} links, {3} island(s) with {4} links, "
            "{5} loose link(s); {6} closed loop(s) or links shorter than the tolerance left out."
        ),
        len(network),
        network.n_nodes,
        int((kind == "main").sum()),
        max(n_comp - 1 - int((kind == "loose").sum()), 0),
        int((kind == "island").sum()),
        int((kind == "loose").sum()),
        network.dropped_loops,
    )
