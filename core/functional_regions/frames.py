"""The zone and region tables of a result, the zone lists of messages, and one (multi)polygon per region."""

from __future__ import annotations

import numpy as np
import pandas as pd
import shapely

from ..commuting import CommutingMatrix
from .measures import first_max_per_row, is_valid, off_diagonal, ratio, region_totals, validity
from .model import TtwaParameters

ZONE_COLUMNS = [
    "code",
    "name",
    "region_code",
    "region_name",
    "role",
    "links",
    "linked_to",
    "residents",
    "jobs",
    "internal",
    "out_share",
    "largest_out_share",
]
REGION_COLUMNS = [
    "region_code",
    "region_name",
    "centre_code",
    "centre_name",
    "zones",
    "residents",
    "jobs",
    "internal",
    "sc_supply",
    "sc_demand",
    "validity",
    "valid",
]


def zone_list(matrix: CommutingMatrix, rows: np.ndarray, limit: int = 10) -> str:
    listed = [int(r) for r in rows]
    labels = [
        f"{matrix.names[r]} ({matrix.codes[r]})"
        if str(matrix.names[r]) != str(matrix.codes[r])
        else str(matrix.codes[r])
        for r in listed[:limit]
    ]
    return ", ".join(labels) + (" …" if len(listed) > limit else "")


def zone_frame(matrix, labels, centres, role, links, link, out_share, largest_share) -> pd.DataFrame:
    n = len(matrix)
    residents, jobs = matrix.residents, matrix.jobs
    if out_share is None:
        off_out = residents - matrix.internal
        out_share = ratio(off_out, residents)
        off = off_diagonal(matrix.flows)
        _, top_value = first_max_per_row(off)
        largest_share = ratio(top_value, residents)
    centre_of = centres[labels]
    return pd.DataFrame(
        {
            "code": matrix.codes,
            "name": matrix.names,
            "region_code": matrix.codes[centre_of],
            "region_name": matrix.names[centre_of],
            "role": role,
            "links": np.asarray(links, dtype=np.int64),
            "linked_to": np.where(
                np.asarray(link) >= 0, matrix.codes[np.maximum(link, 0)], np.array(None, dtype=object)
            )
            if n
            else [],
            "residents": residents,
            "jobs": jobs,
            "internal": matrix.internal,
            "out_share": out_share,
            "largest_out_share": largest_share,
        },
        columns=ZONE_COLUMNS,
    )


def region_frame(matrix, labels, centres, parameters: TtwaParameters | None) -> pd.DataFrame:
    count = len(centres)
    residents, jobs, internal = region_totals(matrix, labels, count)
    sc_s, sc_d = ratio(internal, residents), ratio(internal, jobs)
    p = parameters or TtwaParameters()
    value = validity(residents, sc_s, sc_d, p)
    return pd.DataFrame(
        {
            "region_code": matrix.codes[centres],
            "region_name": matrix.names[centres],
            "centre_code": matrix.codes[centres],
            "centre_name": matrix.names[centres],
            "zones": np.bincount(labels, minlength=count).astype(np.int64),
            "residents": residents,
            "jobs": jobs,
            "internal": internal,
            "sc_supply": sc_s,
            "sc_demand": sc_d,
            "validity": value if parameters is not None else np.full(count, np.nan),
            "valid": is_valid(value).astype(np.int64) if parameters is not None else np.full(count, -1, dtype=np.int64),
        },
        columns=REGION_COLUMNS,
    )


def dissolve_regions(geometries: np.ndarray, labels: np.ndarray, count: int) -> np.ndarray:
    """One (multi)polygon per region: the union of its zones."""
    geometries = np.asarray(geometries, dtype=object)
    order = np.argsort(labels, kind="stable")
    bounds = np.searchsorted(labels[order], np.arange(count + 1))
    return np.array(
        [shapely.union_all(geometries[order[bounds[k] : bounds[k + 1]]]) for k in range(count)], dtype=object
    )
