"""The rule set: a plain CSV table, one rule per line, each with a stable id.

A rule names the plan categories it applies to, the theme role and categories it is checked against,
a relation, a distance where the relation needs one, a severity, a message in Swedish and English and
its legal or policy basis. Several categories are separated by '|'.
"""
from __future__ import annotations

import csv
from dataclasses import dataclass
from functools import cached_property
from pathlib import Path

from .categories import normalise_category
from .messages import translatable
from .table_files import TableFileError, read_table_text, table_records

RELATIONS = ("overlaps", "within_distance", "not_within_distance", "crosses")
DISTANCE_RELATIONS = ("within_distance", "not_within_distance")
SEVERITIES = ("conflict", "warning", "opportunity")
THEME_ROLES = ("settlement", "infrastructure", "green-blue", "other")
COLUMNS = (
    "id",
    "plan_category",
    "theme_role",
    "theme_category",
    "relation",
    "distance_m",
    "severity",
    "message_sv",
    "message_en",
    "basis",
)
REQUIRED_TEXT = ("id", "plan_category", "theme_role", "theme_category", "relation", "severity")

DEFAULT_RULE_SET = Path(__file__).resolve().parent.parent / "resources" / "rules" / "default_rules.csv"


class RuleSetError(TableFileError):
    """A rule file that cannot be used; names the file, line and column at fault."""


@dataclass(frozen=True)
class Rule:
    id: str
    plan_categories: tuple[str, ...]
    theme_role: str
    theme_categories: tuple[str, ...]
    relation: str
    distance_m: float | None
    severity: str
    message_sv: str
    message_en: str
    basis: str

    def message(self, language: str) -> str:
        """The message in 'sv' or 'en', falling back to the other language when one is empty."""
        if language == "sv":
            return self.message_sv or self.message_en
        return self.message_en or self.message_sv

    @cached_property
    def normalised_plan_categories(self) -> frozenset[str]:
        return frozenset(normalise_category(c) for c in self.plan_categories)

    @cached_property
    def normalised_theme_categories(self) -> frozenset[str]:
        return frozenset(normalise_category(c) for c in self.theme_categories)


def _split_categories(text: str) -> tuple[str, ...]:
    return tuple(part.strip() for part in text.split("|") if part.strip())


def parse_rule_set(text: str, source: str = "<rules>") -> list[Rule]:
    """Parse and validate rule set CSV text; raise RuleSetError naming line and column at fault."""
    rules: list[Rule] = []
    seen_ids: dict[str, int] = {}
    last_line = 1
    for last_line, values in table_records(text, source, COLUMNS, RuleSetError):
        rules.append(_rule_from_values(values, source, last_line, seen_ids))
    if not rules:
        raise RuleSetError(source, last_line, None, translatable("the rule set holds no rules"))
    return rules


def _rule_from_values(values: dict[str, str], source: str, line: int, seen_ids: dict[str, int]) -> Rule:
    for name in REQUIRED_TEXT:
        if not values[name]:
            raise RuleSetError(source, line, name, translatable("'{0}' is empty"), name)
    rule_id = values["id"]
    if rule_id in seen_ids:
        raise RuleSetError(source, line, "id", translatable("rule id '{0}' is used twice (also on line {1})"), rule_id, seen_ids[rule_id])
    seen_ids[rule_id] = line
    relation = values["relation"]
    if relation not in RELATIONS:
        raise RuleSetError(source, line, "relation", translatable("unknown relation '{0}'; expected one of {1}"), relation, ", ".join(RELATIONS))
    severity = values["severity"]
    if severity not in SEVERITIES:
        raise RuleSetError(source, line, "severity", translatable("unknown severity '{0}'; expected one of {1}"), severity, ", ".join(SEVERITIES))
    role = values["theme_role"]
    if role not in THEME_ROLES:
        raise RuleSetError(source, line, "theme_role", translatable("unknown theme role '{0}'; expected one of {1}"), role, ", ".join(THEME_ROLES))
    distance = _parse_distance(values["distance_m"], relation, source, line)
    plan_categories = _split_categories(values["plan_category"])
    theme_categories = _split_categories(values["theme_category"])
    if not plan_categories:
        raise RuleSetError(source, line, "plan_category", translatable("no plan category given"))
    if not theme_categories:
        raise RuleSetError(source, line, "theme_category", translatable("no theme category given"))
    return Rule(
        id=rule_id,
        plan_categories=plan_categories,
        theme_role=role,
        theme_categories=theme_categories,
        relation=relation,
        distance_m=distance,
        severity=severity,
        message_sv=values["message_sv"],
        message_en=values["message_en"],
        basis=values["basis"],
    )


def _parse_distance(text: str, relation: str, source: str, line: int) -> float | None:
    if relation not in DISTANCE_RELATIONS:
        if text:
            raise RuleSetError(source, line, "distance_m", translatable("relation '{0}' takes no distance, found '{1}'"), relation, text)
        return None
    if not text:
        raise RuleSetError(source, line, "distance_m", translatable("relation '{0}' needs a distance in metres"), relation)
    try:
        distance = float(text.replace(",", "."))
    except ValueError:
        raise RuleSetError(source, line, "distance_m", translatable("'{0}' is not a number of metres"), text) from None
    if not distance > 0 or distance != distance or distance == float("inf"):
        raise RuleSetError(source, line, "distance_m", translatable("the distance must be a positive number of metres, found '{0}'"), text)
    return distance


def read_rule_set(path: str | Path | None = None) -> list[Rule]:
    """Read a rule set file (the bundled default when path is None)."""
    file_path = Path(path) if path else DEFAULT_RULE_SET
    return parse_rule_set(read_table_text(file_path, RuleSetError), str(file_path))


def rule_set_rows(rules: list[Rule]) -> list[dict[str, object]]:
    """The rules as table rows with the file's columns, for writing out the rule set used."""
    return [
        {
            "id": r.id,
            "plan_category": "|".join(r.plan_categories),
            "theme_role": r.theme_role,
            "theme_category": "|".join(r.theme_categories),
            "relation": r.relation,
            "distance_m": r.distance_m,
            "severity": r.severity,
            "message_sv": r.message_sv,
            "message_en": r.message_en,
            "basis": r.basis,
        }
        for r in rules
    ]


def write_rule_set(rules: list[Rule], path: str | Path) -> None:
    with open(path, "w", encoding="utf-8", newline="") as handle:
        writer = csv.DictWriter(handle, fieldnames=list(COLUMNS), lineterminator="\n")
        writer.writeheader()
        for row in rule_set_rows(rules):
            row = dict(row)
            if row["distance_m"] is None:
                row["distance_m"] = ""
            elif float(row["distance_m"]).is_integer():
                row["distance_m"] = int(row["distance_m"])
            writer.writerow(row)
