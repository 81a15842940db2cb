"""The rule set file: the bundled default, and malformed files refused with file, line and column."""

from __future__ import annotations

import csv
import io

import pytest

from samplan.core.rules import (
    DEFAULT_RULE_SET,
    RELATIONS,
    SEVERITIES,
    RuleSetError,
    parse_rule_set,
    read_rule_set,
    write_rule_set,
)

HEADER = "id,plan_category,theme_role,theme_category,relation,distance_m,severity,message_sv,message_en,basis"
GOOD = "R1,Bostäder,green-blue,natur,overlaps,,conflict,Svenska,English,MB 3 kap."


def error_of(text: str) -> RuleSetError:
    with pytest.raises(RuleSetError) as caught:
        parse_rule_set(text, "regler.csv")
    return caught.value


def test_default_rule_set_covers_what_the_design_asks_for():
    rules = read_rule_set()
    assert len({r.id for r in rules}) == len(rules)
    themes = {c for r in rules for c in r.normalised_theme_categories}
    for needed in (
        "natura 2000",
        "naturreservat",
        "översvämning 100 år",
        "strandskydd",
        "jordbruksmark",
        "vattenskyddsområde",
        "riksintresse naturvård",
        "järnväg",
        "motorväg",
        "farligt gods",
        "station",
        "hållplats hög turtäthet",
        "grön kil",
        "ekologiskt samband",
        "bostad",
    ):
        assert needed in themes, needed
    assert {r.relation for r in rules} == set(RELATIONS)
    assert {r.severity for r in rules} == set(SEVERITIES)
    for rule in rules:
        assert rule.message_sv and rule.message_en and rule.basis, rule.id


def test_round_trip_through_a_file(tmp_path):
    rules = read_rule_set()
    path = tmp_path / "copy.csv"
    write_rule_set(rules, path)
    assert read_rule_set(path) == rules


def test_semicolon_file_from_a_swedish_spreadsheet():
    text = HEADER.replace(",", ";") + "\n" + "R1;Bostäder;infrastructure;väg;within_distance;12,5;warning;sv;en;PBL\n"
    (rule,) = parse_rule_set(text)
    assert rule.distance_m == 12.5


@pytest.mark.parametrize(
    "line, column, words",
    [
        ("R2,Bostäder,green-blue,natur,touches,,conflict,sv,en,MB", "relation", "unknown relation 'touches'"),
        ("R2,Bostäder,green-blue,natur,overlaps,,fatal,sv,en,MB", "severity", "unknown severity 'fatal'"),
        ("R2,Bostäder,blue,natur,overlaps,,conflict,sv,en,MB", "theme_role", "unknown theme role 'blue'"),
        ("R2,Bostäder,green-blue,natur,within_distance,,conflict,sv,en,MB", "distance_m", "needs a distance"),
        ("R2,Bostäder,green-blue,natur,within_distance,nära,conflict,sv,en,MB", "distance_m", "not a number"),
        ("R2,Bostäder,green-blue,natur,within_distance,-5,conflict,sv,en,MB", "distance_m", "positive"),
        ("R2,Bostäder,green-blue,natur,overlaps,50,conflict,sv,en,MB", "distance_m", "takes no distance"),
        ("R2,,green-blue,natur,overlaps,,conflict,sv,en,MB", "plan_category", "is empty"),
    ],
)
def test_bad_cell_is_named_with_file_line_and_column(line, column, words):
    error = error_of(f"{HEADER}\n{GOOD}\n{line}\n")
    assert (error.source, error.line, error.column) == ("regler.csv", 3, column)
    assert words in str(error) and "regler.csv, line 3" in str(error)


def test_duplicate_id_names_both_lines():
    error = error_of(f"{HEADER}\n{GOOD}\n\n{GOOD}\n")
    assert error.line == 4 and error.column == "id" and "line 2" in str(error)


def test_wrong_number_of_fields():
    error = error_of(f"{HEADER}\n{GOOD},extra\n")
    assert error.line == 2 and "expected 10 fields, found 11" in str(error)


def test_missing_and_unknown_columns():
    assert error_of(HEADER.replace(",basis", "") + "\n" + GOOD[: GOOD.rfind(",")]).column == "basis"
    assert "unknown column 'note'" in str(error_of(HEADER + ",note\n" + GOOD + ",x\n"))


def test_empty_file_and_file_without_rules():
    assert error_of("").line == 1
    assert "no rules" in str(error_of(HEADER + "\n"))


def test_unreadable_file_is_named(tmp_path):
    with pytest.raises(RuleSetError, match="missing.csv"):
        read_rule_set(tmp_path / "missing.csv")


def test_default_path_is_inside_the_plugin():
    assert DEFAULT_RULE_SET.name == "default_rules.csv" and DEFAULT_RULE_SET.exists()


class TestCategoryMapping:
    TEXT = "draft_category;op_category\nBostäder;sammanhängande bostadsbebyggelse\nIndustriområde;Verksamheter och industri\n"

    def test_mapping_replaces_known_words_and_keeps_the_rest(self):
        import numpy as np

        from samplan.core.categories import apply_category_mapping, parse_category_mapping

        mapping = parse_category_mapping(self.TEXT, "mappning.csv")
        mapped = apply_category_mapping(
            np.array(["BOSTÄDER", "industriområde", "Natur och friluftsliv", "park"], dtype=object), mapping
        )
        assert list(mapped) == [
            "Sammanhängande bostadsbebyggelse",
            "Verksamheter och industri",
            "Natur och friluftsliv",
            "park",
        ]

    @pytest.mark.parametrize(
        "line, column, words",
        [
            ("Bostäder;Villastad", "op_category", "'Villastad' is not an ÖP-modell category"),
            (";Vatten", "draft_category", "is empty"),
            ("bostäder;Vatten", "draft_category", "mapped twice, differently (also on line 2)"),
        ],
    )
    def test_bad_mapping_is_named_with_line_and_column(self, line, column, words):
        from samplan.core.categories import CategoryMappingError, parse_category_mapping

        with pytest.raises(CategoryMappingError) as caught:
            parse_category_mapping(self.TEXT + line + "\n", "mappning.csv")
        assert (caught.value.line, caught.value.column) == (4, column) and words in str(caught.value)


# The rule set editor's cell checks: every problem at its own cell, several in one row at once.
CELL_CASES = [
    ({"relation": "touches"}, {"relation"}),
    ({"severity": "fatal"}, {"severity"}),
    ({"theme_role": "water"}, {"theme_role"}),
    ({"relation": "within_distance", "distance_m": ""}, {"distance_m"}),
    ({"relation": "within_distance", "distance_m": "-5"}, {"distance_m"}),
    ({"relation": "within_distance", "distance_m": "tio"}, {"distance_m"}),
    ({"relation": "overlaps", "distance_m": "100"}, {"distance_m"}),
    ({"plan_category": "Bostäder||Industri"}, {"plan_category"}),
    ({"theme_category": ""}, {"theme_category"}),
    ({"id": "", "severity": "fatal", "relation": "near"}, {"id", "severity", "relation"}),
    ({"relation": "within_distance", "distance_m": "1 000"}, {"distance_m"}),
    ({"relation": "not_within_distance", "distance_m": "1000,5"}, set()),
]


def _good_values(**changes: str) -> dict[str, str]:
    names = HEADER.split(",")
    values = dict(zip(names, GOOD.split(",")))
    values.update(changes)
    return values


@pytest.mark.parametrize(("changes", "columns"), CELL_CASES)
def test_value_problems_name_each_wrong_cell(changes, columns):
    from samplan.core.rules import value_problems

    problems = value_problems(_good_values(**changes))
    assert {column for column, _ in problems} == columns
    # The file reader refuses exactly what the editor marks, at the first marked column.
    buffer = io.StringIO()
    csv.writer(buffer, lineterminator="").writerow([_good_values(**changes)[c] for c in HEADER.split(",")])
    line = buffer.getvalue()
    if columns:
        assert error_of(f"{HEADER}\n{line}\n").column == problems[0][0]
    else:
        assert len(parse_rule_set(f"{HEADER}\n{line}\n")) == 1


def test_rule_set_problems_find_an_id_used_twice_in_the_second_row():
    from samplan.core.rules import rule_set_problems

    rows = [_good_values(id="R1"), _good_values(id="R2"), _good_values(id="R1", severity="bad")]
    problems = rule_set_problems(rows)
    assert set(problems) == {(2, "id"), (2, "severity")}
    assert "row 1" in str(problems[(2, "id")])


def test_editor_rows_round_trip_the_default_rule_set(tmp_path):
    from samplan.core.rules import rule_values, rules_from_rows

    rules = read_rule_set()
    rows = [rule_values(rule) for rule in rules]
    assert rules_from_rows(rows) == rules
    write_rule_set(rules_from_rows(rows), tmp_path / "copy.csv")
    assert read_rule_set(tmp_path / "copy.csv") == rules


def test_unknown_plan_categories_are_named_but_op_categories_pass():
    from samplan.core.rules import unknown_plan_categories

    assert unknown_plan_categories("Sammanhängande bostadsbebyggelse|verksamheter OCH industri") == []
    assert unknown_plan_categories("Bostäder|Landsbygd|Handel") == ["Bostäder", "Handel"]
