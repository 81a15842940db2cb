"""The rule set editor: the bundled rules in a table, each cell checked as it is edited, the message at the
cell that is wrong, saving refused while anything is wrong, reset to the default."""
from __future__ import annotations

from qgis.PyQt.QtCore import Qt

from samplan.core.rules import COLUMNS, DEFAULT_RULE_SET, read_rule_set
from samplan.ui.rule_editor import ERROR_COLOUR, WARNING_COLOUR, RuleSetEditor


def cell(editor, row: int, column: str):
    return editor.model.index(row, COLUMNS.index(column))


def test_editor_shows_the_default_rule_set(qgis_app):
    editor = RuleSetEditor()
    rules = read_rule_set()
    assert editor.model.rowCount() == len(rules)
    assert [editor.model.data(cell(editor, r, "id")) for r in range(len(rules))] == [rule.id for rule in rules]
    assert editor.problemLabel.text() == "Every rule is valid." and editor.saveButton.isEnabled()
    assert DEFAULT_RULE_SET.name in editor.sourceLabel.text()


def test_a_wrong_cell_is_marked_where_it_is_and_save_is_refused(qgis_app, tmp_path):
    editor = RuleSetEditor()
    model = editor.model
    row = next(r for r in range(model.rowCount()) if model.data(cell(editor, r, "relation")) == "within_distance")
    assert model.setData(cell(editor, row, "distance_m"), "")
    index = cell(editor, row, "distance_m")
    assert model.data(index, Qt.ItemDataRole.BackgroundRole) == ERROR_COLOUR
    assert "needs a distance in metres" in model.data(index, Qt.ItemDataRole.ToolTipRole)
    # Other cells of the row are fine.
    assert model.data(cell(editor, row, "severity"), Qt.ItemDataRole.BackgroundRole) is None
    editor.ruleView.setCurrentIndex(index)
    assert "needs a distance in metres" in editor.problemLabel.text()
    assert not editor.saveButton.isEnabled()
    target = tmp_path / "regler.csv"
    assert editor.save(str(target)) is False and not target.exists()
    assert "distance_m" in editor.problemLabel.text()

    # A relation of another kind, a severity and a role that do not exist, each at its own cell.
    model.setData(cell(editor, 0, "relation"), "near")
    model.setData(cell(editor, 1, "severity"), "fatal")
    model.setData(cell(editor, 2, "theme_role"), "water")
    assert {(r, c) for r, c in model.problems} == {(row, "distance_m"), (0, "relation"), (1, "severity"), (2, "theme_role")}
    # An id used twice is marked on the second use.
    model.setData(cell(editor, 3, "id"), model.data(cell(editor, 4, "id")))
    assert (4, "id") in model.problems or (3, "id") in model.problems


def test_fixed_rules_save_and_read_back(qgis_app, tmp_path):
    editor = RuleSetEditor()
    model = editor.model
    number = model.add_rule()
    assert (number, "plan_category") in model.problems and (number, "theme_category") in model.problems
    model.setData(cell(editor, number, "plan_category"), "Verksamheter och industri|Logistik")
    model.setData(cell(editor, number, "theme_category"), "grön kil")
    model.setData(cell(editor, number, "message_sv"), "Logistik i grön kil")
    # An unknown plan category is a warning, not an error.
    assert model.data(cell(editor, number, "plan_category"), Qt.ItemDataRole.BackgroundRole) == WARNING_COLOUR
    assert "Logistik" in model.data(cell(editor, number, "plan_category"), Qt.ItemDataRole.ToolTipRole)
    assert not model.problems
    target = tmp_path / "regler.csv"
    assert editor.save(str(target)) and editor.saved_path == str(target)
    rules = read_rule_set(target)
    assert len(rules) == len(read_rule_set()) + 1
    added = rules[-1]
    assert added.plan_categories == ("Verksamheter och industri", "Logistik") and added.relation == "overlaps"
    assert added.theme_role == "green-blue" and added.severity == "warning"
    # Opened again, removed, reset.
    other = RuleSetEditor(str(target))
    assert other.model.rowCount() == len(rules)
    other.ruleView.setCurrentIndex(other.model.index(0, 0))
    other.remove_rule()
    assert other.model.rowCount() == len(rules) - 1
    other.reset_to_default()
    assert other.model.rowCount() == len(read_rule_set())
