"""Functional regions from commuting: SCB's local labour market rule and travel-to-work areas (Coombes & Bond; Istat).

Both methods work on a CommutingMatrix (core/commuting.py), whose zones are in code order: ties are broken by
the lower code and nothing depends on the order of the input rows.

Notation: T_ij commuters living in zone i and working in zone j (T_ii those working in their own zone),
R_i = sum_j T_ij the employed residents of i, W_j = sum_i T_ij the jobs in j (among the zones of the table).
For an area a: size = R_a, supply-side self-containment SC_s = T_aa / R_a, demand-side SC_d = T_aa / W_a,
with T_aa the commuters who live and work inside a.

This module is the entry point that names the engine's API; the work is done in the package
`core/functional_regions/`, one module per job:

- `model`: the methods' names, the zones' roles, TtwaParameters and RegionResult;
- `measures`: validity, region totals, modularity and the quality summary;
- `scb`: SCB's local labour markets;
- `clusters` and `ttwa`: travel-to-work areas (the clusters' running totals, and the iteration);
- `contiguity`: regions made of one piece;
- `frames`: the zone and region tables, and the regions dissolved into polygons.
"""

from __future__ import annotations

from .functional_regions.contiguity import make_contiguous, zone_adjacency
from .functional_regions.frames import REGION_COLUMNS, ZONE_COLUMNS, dissolve_regions
from .functional_regions.measures import is_valid, modularity, quality_summary, region_totals, validity
from .functional_regions.model import (
    CENTRE,
    CONTIGUITY_MOVED,
    ISTAT_PACKAGE,
    LINKED,
    MEMBER,
    MUTUAL,
    PUBLISHED,
    RESERVE_ASSIGNED,
    RESERVE_LEFT,
    SCB,
    SET_ASIDE,
    SILENT,
    TTWA,
    UNLINKED,
    RegionResult,
    TtwaParameters,
)
from .functional_regions.scb import scb_local_labour_markets
from .functional_regions.ttwa import package_set_aside, travel_to_work_areas
from .functional_regions.ttwa import ttwa_result as _ttwa_result  # the name the tests use for the result builder

__all__ = [
    "CENTRE",
    "CONTIGUITY_MOVED",
    "ISTAT_PACKAGE",
    "LINKED",
    "MEMBER",
    "MUTUAL",
    "PUBLISHED",
    "REGION_COLUMNS",
    "RESERVE_ASSIGNED",
    "RESERVE_LEFT",
    "SCB",
    "SET_ASIDE",
    "SILENT",
    "TTWA",
    "UNLINKED",
    "ZONE_COLUMNS",
    "RegionResult",
    "TtwaParameters",
    "_ttwa_result",
    "dissolve_regions",
    "is_valid",
    "make_contiguous",
    "modularity",
    "package_set_aside",
    "quality_summary",
    "region_totals",
    "scb_local_labour_markets",
    "travel_to_work_areas",
    "validity",
    "zone_adjacency",
]
