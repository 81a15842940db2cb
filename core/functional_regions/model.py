"""What the functional-region methods share: their names, the roles a zone can have in its region, the parameters of
the travel-to-work-area validity function and the result both methods return."""

from __future__ import annotations

from dataclasses import dataclass, field

import numpy as np
import pandas as pd

from ..messages import Message, translatable

SCB, TTWA = "scb", "ttwa"

# Roles of a zone in its region.
CENTRE, MUTUAL, LINKED, UNLINKED, SILENT = "centre", "mutual centre", "linked", "unlinked", "no commuting"
MEMBER, RESERVE_ASSIGNED, RESERVE_LEFT = "member", "reserve, assigned", "reserve, unassigned"
CONTIGUITY_MOVED = "moved for contiguity"
SET_ASIDE = "set aside: only residents or only jobs"

# How travel-to-work areas treat the reserve list and zones without two-way commuting (see travel_to_work_areas).
ISTAT_PACKAGE, PUBLISHED = "istat_package", "published"


@dataclass(frozen=True)
class TtwaParameters:
    """The four parameters of the Coombes & Bond validity function; defaults as in Istat's LabourMarketAreas examples."""

    min_size: float = 1000.0
    min_sc: float = 0.6667
    target_size: float = 10000.0
    target_sc: float = 0.75

    def check(self) -> None:
        if not (0 <= self.min_size < self.target_size):
            raise ValueError(
                Message(
                    translatable("The minimum size ({0}) must be at least 0 and below the target size ({1})."),
                    self.min_size,
                    self.target_size,
                )
            )
        if not (0 < self.min_sc <= self.target_sc <= 1):
            raise ValueError(
                Message(
                    translatable("Self-containment must satisfy 0 < minimum ({0}) ≤ target ({1}) ≤ 1."),
                    self.min_sc,
                    self.target_sc,
                )
            )


@dataclass
class RegionResult:
    """Zones with their region, regions with their measures, and the quality of the partition."""

    method: str
    zones: pd.DataFrame
    regions: pd.DataFrame
    summary: dict[str, float]
    labels: np.ndarray
    messages: list[str] = field(default_factory=list)


# Istat's example parameters, shared as a default argument (the dataclass is frozen).
DEFAULT_PARAMETERS = TtwaParameters()
