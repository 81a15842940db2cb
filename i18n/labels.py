"""The words a user sees for the codes the engine and the files keep: severities, review statuses, theme roles
and rule relations. One place, used by the inspector, the rule set editor and the algorithms' messages."""

from __future__ import annotations

from ..core.rules import ROLE_NAMES
from .translation import tr


def severity_label(value: str) -> str:
    return {"conflict": tr("Conflict"), "warning": tr("Warning"), "opportunity": tr("Opportunity")}.get(value, value)


def status_label(value: str) -> str:
    return {
        "open": tr("Open"),
        "accepted": tr("Accepted"),
        "resolved": tr("Resolved"),
        "not_a_conflict": tr("Not a conflict"),
    }.get(value, value)


def role_label(value: str) -> str:
    return tr(ROLE_NAMES[value]) if value in ROLE_NAMES else value


def relation_label(value: str) -> str:
    return {
        "overlaps": tr("overlaps"),
        "within_distance": tr("within distance"),
        "not_within_distance": tr("not within distance (a gap)"),
        "crosses": tr("crosses"),
    }.get(value, value)


def results_group_title() -> str:
    """The layer tree group where Samplan's algorithms add their results."""
    return tr("Samplan results")
