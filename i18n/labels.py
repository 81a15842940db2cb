"""The words a user sees for the codes the engine and the files keep: severities, review statuses, theme roles,
rule relations, zones' roles, network parts and the whole area. One place, used by the inspector, the rule set
editor, the algorithms' messages and their outputs."""

from __future__ import annotations

from ..core.functional_regions import model as regions
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


def zone_role_label(value: str) -> str:
    """A zone's role in its functional region, in the user's words (the engine keeps the English phrase as code)."""
    return {
        regions.CENTRE: tr("centre"),
        regions.MUTUAL: tr("mutual centre"),
        regions.LINKED: tr("linked"),
        regions.UNLINKED: tr("unlinked"),
        regions.SILENT: tr("no commuting"),
        regions.MEMBER: tr("member"),
        regions.RESERVE_ASSIGNED: tr("reserve, assigned"),
        regions.RESERVE_LEFT: tr("reserve, unassigned"),
        regions.CONTIGUITY_MOVED: tr("moved for contiguity"),
        regions.SET_ASIDE: tr("set aside: only residents or only jobs"),
    }.get(value, value)


def network_part_label(value: str) -> str:
    """Which part of the road network a link or node is in (Pipos's sorting), in the user's words."""
    return {"main": tr("main"), "island": tr("island"), "loose": tr("loose")}.get(value, value)


def whole_area_label() -> str:
    """The summary row of the whole area (the engine's '*'), as the report names it."""
    return tr("Whole area")


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
