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

from .categories import OP_CATEGORIES, normalise_category
from .messages import Message, translatable
from .table_files import TableFileError, read_table_text, table_records

RELATIONS = ("overlaps", "within_distance", "not_within_distance", "crosses")
DISTANCE_RELATIONS = ("within_distance", "not_within_distance")
SEVERITIES = ("conflict", "warning", "opportunity")
THEME_ROLES = ("settlement", "infrastructure", "green-blue", "other")
# The Processing parameter that takes each role's theme layers (the conflict check, the draft comparison).
ROLE_PARAMETERS = {
    "settlement": "SETTLEMENT",
    "infrastructure": "INFRASTRUCTURE",
    "green-blue": "GREEN_BLUE",
    "other": "OTHER",
}
# What a user reads for each role (the files and the engine keep the codes).
ROLE_NAMES = {
    "settlement": translatable("Settlement"),
    "infrastructure": translatable("Infrastructure"),
    "green-blue": translatable("Green-blue structure"),
    "other": translatable("Other"),
}
# The label of each role's theme-layer parameter in the algorithms' forms.
ROLE_LAYERS_LABELS = {
    "settlement": translatable("Settlement layers"),
    "infrastructure": translatable("Infrastructure layers"),
    "green-blue": translatable("Green-blue structure layers"),
    "other": translatable("Other layers (riksintressen, risk)"),
}


def role_name(role: str) -> Message:
    """A role's name for a message, translated where the message is."""
    return Message(ROLE_NAMES.get(role, role))


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
    problems = value_problems(values)
    if values["id"] in seen_ids and not any(column == "id" for column, _ in problems):
        problems.insert(
            0,
            (
                "id",
                Message(
                    translatable("rule id '{0}' is used twice (also on line {1})"), values["id"], seen_ids[values["id"]]
                ),
            ),
        )
    if problems:
        column, message = problems[0]
        raise RuleSetError(source, line, column, message.template, *message.fields)
    seen_ids[values["id"]] = line
    relation = values["relation"]
    return Rule(
        id=values["id"],
        plan_categories=_split_categories(values["plan_category"]),
        theme_role=values["theme_role"],
        theme_categories=_split_categories(values["theme_category"]),
        relation=relation,
        distance_m=_distance(values["distance_m"]) if relation in DISTANCE_RELATIONS else None,
        severity=values["severity"],
        message_sv=values["message_sv"],
        message_en=values["message_en"],
        basis=values["basis"],
    )


def value_problems(values: dict[str, str]) -> list[tuple[str, Message]]:
    """Every error in one rule's values, as (column, message), in column order: what the file reader refuses
    and the rule set editor marks at the cell."""
    problems: list[tuple[str, Message]] = []
    for name in REQUIRED_TEXT:
        if not values.get(name, ""):
            problems.append((name, Message(translatable("'{0}' is empty"), name)))
    relation = values.get("relation", "")
    if relation and relation not in RELATIONS:
        problems.append(
            (
                "relation",
                Message(translatable("unknown relation '{0}'; expected one of {1}"), relation, ", ".join(RELATIONS)),
            )
        )
    severity = values.get("severity", "")
    if severity and severity not in SEVERITIES:
        problems.append(
            (
                "severity",
                Message(translatable("unknown severity '{0}'; expected one of {1}"), severity, ", ".join(SEVERITIES)),
            )
        )
    role = values.get("theme_role", "")
    if role and role not in THEME_ROLES:
        problems.append(
            (
                "theme_role",
                Message(translatable("unknown theme role '{0}'; expected one of {1}"), role, ", ".join(THEME_ROLES)),
            )
        )
    distance_problem = _distance_problem(values.get("distance_m", ""), relation)
    if distance_problem is not None:
        problems.append(("distance_m", distance_problem))
    for column, template in (
        ("plan_category", translatable("no plan category given")),
        ("theme_category", translatable("no theme category given")),
    ):
        text = values.get(column, "")
        if text and not _split_categories(text):
            problems.append((column, Message(template)))
        elif text and any(not part.strip() for part in text.split("|")):
            problems.append((column, Message(translatable("an empty category between '|' in '{0}'"), text)))
    order = {name: number for number, name in enumerate(COLUMNS)}
    return sorted(problems, key=lambda problem: order[problem[0]])


def rule_set_problems(rows: list[dict[str, str]]) -> dict[tuple[int, str], Message]:
    """Errors of a whole table of rules by (row, column): each row's own, and ids used twice."""
    problems: dict[tuple[int, str], Message] = {}
    first_row: dict[str, int] = {}
    for number, values in enumerate(rows):
        for column, message in value_problems(values):
            problems.setdefault((number, column), message)
        rule_id = values.get("id", "")
        if rule_id and rule_id in first_row:
            problems.setdefault(
                (number, "id"),
                Message(translatable("rule id '{0}' is used twice (also on row {1})"), rule_id, first_row[rule_id] + 1),
            )
        first_row.setdefault(rule_id, number)
    return problems


def unknown_plan_categories(text: str) -> list[str]:
    """Plan categories that are not ÖP-modell categories: allowed (a draft may use its own words with a
    mapping), but worth a word in the editor, since a typing error there silently matches nothing."""
    known = {normalise_category(c) for c in OP_CATEGORIES}
    return [c for c in _split_categories(text) if normalise_category(c) not in known]


def _distance(text: str) -> float:
    return float(text.replace(",", "."))


def _distance_problem(text: str, relation: str) -> Message | None:
    if relation not in DISTANCE_RELATIONS:
        if text and relation in RELATIONS:
            return Message(translatable("relation '{0}' takes no distance, found '{1}'"), relation, text)
        return None
    if not text:
        return Message(translatable("relation '{0}' needs a distance in metres"), relation)
    try:
        distance = _distance(text)
    except ValueError:
        return Message(translatable("'{0}' is not a number of metres"), text)
    if not distance > 0 or distance != distance or distance == float("inf"):
        return Message(translatable("the distance must be a positive number of metres, found '{0}'"), text)
    return None


def rule_values(rule: Rule) -> dict[str, str]:
    """A rule as the text of its file's cells."""
    row = {name: "" if value is None else str(value) for name, value in rule_set_rows([rule])[0].items()}
    if rule.distance_m is not None and float(rule.distance_m).is_integer():
        row["distance_m"] = str(int(rule.distance_m))
    return row


def rules_from_rows(rows: list[dict[str, str]], source: str = "<editor>") -> list[Rule]:
    """Rules from table rows of cell text (the editor's), validated as a file's lines are (row 1 = line 2)."""
    seen_ids: dict[str, int] = {}
    rules = [
        _rule_from_values({c: (values.get(c) or "").strip() for c in COLUMNS}, source, number + 2, seen_ids)
        for number, values in enumerate(rows)
    ]
    if not rules:
        raise RuleSetError(source, 1, None, translatable("the rule set holds no rules"))
    return rules


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
            distance = row["distance_m"]
            if distance is None:
                row["distance_m"] = ""
            elif isinstance(distance, (int, float)) and float(distance).is_integer():
                row["distance_m"] = int(distance)
            writer.writerow(row)
