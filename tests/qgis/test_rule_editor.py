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
    row = next(
        r
        for r in range(model.rowCount())
        if model.data(cell(editor, r, "relation"), Qt.ItemDataRole.EditRole) == "within_distance"
    )
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
    assert {(r, c) for r, c in model.problems} == {
        (row, "distance_m"),
        (0, "relation"),
        (1, "severity"),
        (2, "theme_role"),
    }
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
    from qgis.PyQt.QtWidgets import QMessageBox

    asked = _answer_question(other, QMessageBox.StandardButton.Discard)  # the removal is not saved
    other.reset_to_default()
    assert asked and other.model.rowCount() == len(read_rule_set())


def _answer_question(editor, button):
    """Click `button` of the question the editor asks, once it is up (the question is modal)."""
    from qgis.PyQt.QtCore import QTimer

    asked = []

    def click():
        box = editor.question
        asked.append(box.text() if box is not None else None)
        if box is not None:
            box.button(button).click()

    QTimer.singleShot(50, click)
    return asked


def test_unsaved_changes_are_marked_and_asked_about_on_close(qgis_app, tmp_path):
    from qgis.PyQt.QtWidgets import QMessageBox

    editor = RuleSetEditor()
    title = editor.windowTitle()
    assert not editor.model.modified and not title.endswith("*")
    # Choosing the value a cell already has is no change.
    editor.model.setData(
        cell(editor, 0, "severity"), editor.model.data(cell(editor, 0, "severity"), Qt.ItemDataRole.EditRole)
    )
    assert not editor.model.modified
    editor.model.setData(cell(editor, 0, "message_sv"), "Ändrad text")
    assert editor.model.modified and editor.windowTitle() == title + " *"
    editor.show()
    # Cancel keeps the editor and the edit.
    asked = _answer_question(editor, QMessageBox.StandardButton.Cancel)
    editor.closeButton.click()
    assert asked == ["The rule set has unsaved changes."] and editor.isVisible()
    assert editor.model.rows[0]["message_sv"] == "Ändrad text"
    # Esc asks as well.
    asked = _answer_question(editor, QMessageBox.StandardButton.Cancel)
    editor.reject()
    assert asked and editor.isVisible()
    # Opening another rule set asks before the edit is dropped.
    asked = _answer_question(editor, QMessageBox.StandardButton.Cancel)
    assert editor.load(None) is False and asked and editor.model.rows[0]["message_sv"] == "Ändrad text"
    # Discard closes.
    asked = _answer_question(editor, QMessageBox.StandardButton.Discard)
    editor.closeButton.click()
    assert asked and not editor.isVisible() and editor.result() == editor.DialogCode.Accepted
    # Saved: no mark and no question.
    other = RuleSetEditor()
    other.model.add_rule()
    number = other.model.rowCount() - 1
    other.model.setData(cell(other, number, "plan_category"), "Verksamheter och industri")
    other.model.setData(cell(other, number, "theme_category"), "grön kil")
    assert other.windowTitle().endswith(" *") and other.save(str(tmp_path / "regler.csv"))
    assert not other.model.modified and not other.windowTitle().endswith("*")
    other.show()
    other.closeButton.click()
    assert other.question is None and not other.isVisible()


def test_relations_roles_and_severities_in_swedish_while_the_file_keeps_its_codes(qgis_app, tmp_path):
    from samplan.i18n.translation import install_translator, remove_translators
    from samplan.ui.rule_editor import ChoiceDelegate

    assert install_translator("sv")
    try:
        editor = RuleSetEditor()
        model = editor.model
        rows = read_rule_set()
        row = next(
            n
            for n, rule in enumerate(rows)
            if rule.relation == "within_distance" and rule.theme_role == "infrastructure"
        )
        green = next(n for n, rule in enumerate(rows) if rule.theme_role == "green-blue")
        assert model.data(cell(editor, row, "relation")) == "inom avstånd"
        assert model.data(cell(editor, row, "theme_role")) == "Infrastruktur"
        assert model.data(cell(editor, green, "theme_role")) == "Grönblå struktur"
        assert model.data(cell(editor, row, "relation"), Qt.ItemDataRole.EditRole) == "within_distance"
        shown = {model.data(cell(editor, r, "severity")) for r in range(model.rowCount())}
        assert shown <= {"Konflikt", "Varning", "Möjlighet"} and "Konflikt" in shown
        # The list to choose from shows words and gives the code.
        delegate = ChoiceDelegate(editor.ruleView)
        index = cell(editor, row, "severity")
        combo = delegate.createEditor(editor.ruleView.viewport(), None, index)
        assert [combo.itemText(i) for i in range(combo.count())] == ["Konflikt", "Varning", "Möjlighet"]
        combo.setCurrentIndex(1)
        delegate.setModelData(combo, model, index)
        assert model.rows[row]["severity"] == "warning"
        target = tmp_path / "regler.csv"
        assert editor.save(str(target))
        assert target.read_text(encoding="utf-8").count(",within_distance,") >= 1
        assert (
            "inom avstånd" not in target.read_text(encoding="utf-8")
            and read_rule_set(target)[row].severity == "warning"
        )
    finally:
        remove_translators()


def test_plan_categories_are_picked_from_the_op_model(qgis_app):
    from samplan.core.categories import OP_CATEGORIES
    from samplan.ui.rule_editor import ChoiceDelegate

    editor = RuleSetEditor()
    model = editor.model
    number = model.add_rule()
    index = cell(editor, number, "plan_category")
    model.setData(index, "Verksamheter och industri|Logistik")
    delegate = ChoiceDelegate(editor.ruleView)
    picker = delegate.createEditor(editor.ruleView.viewport(), None, index)
    delegate.setEditorData(picker, index)
    items = [picker.itemText(i) for i in range(picker.count())]
    assert items[: len(OP_CATEGORIES)] == list(OP_CATEGORIES) and items[-1] == "Logistik"
    assert picker.checkedItems() == ["Verksamheter och industri", "Logistik"]
    picker.setItemCheckState(items.index("Logistik"), Qt.CheckState.Unchecked)
    picker.setItemCheckState(items.index("Landsbygd"), Qt.CheckState.Checked)
    delegate.setModelData(picker, model, index)
    assert model.rows[number]["plan_category"] == "Verksamheter och industri|Landsbygd"
    assert (number, "plan_category") not in model.warnings


def test_a_warning_is_not_called_valid_and_a_wrong_cell_stays_visible_when_selected(qgis_app):
    from qgis.PyQt.QtCore import QItemSelectionModel

    editor = RuleSetEditor()
    editor.resize(1200, 500)
    editor.show()
    model = editor.model
    assert editor.problemLabel.text() == "Every rule is valid." and editor.problemLabel.property("state") == "valid"
    model.setData(cell(editor, 0, "plan_category"), "Logistik")
    editor.ruleView.setCurrentIndex(cell(editor, 1, "id"))
    assert editor.problemLabel.text().startswith("Valid, with 1 warning(s). First: rule 1, column 'Plan category'")
    assert editor.problemLabel.property("state") == "warning" and editor.saveButton.isEnabled()
    # An error cell, selected: its red frame is drawn over the selection colour.
    model.setData(cell(editor, 2, "relation"), "near")
    index = cell(editor, 2, "relation")
    editor.ruleView.scrollTo(index)
    editor.ruleView.selectionModel().select(index, QItemSelectionModel.SelectionFlag.ClearAndSelect)
    editor.ruleView.setCurrentIndex(index)
    assert editor.problemLabel.property("state") == "error"
    rect = editor.ruleView.visualRect(index)
    image = editor.ruleView.viewport().grab().toImage()
    reds = sum(
        1
        for x in range(rect.left(), rect.right())
        for y in (rect.top() + 2, rect.bottom() - 2)
        if image.pixelColor(x, y).red() > 170 and image.pixelColor(x, y).green() < 80
    )
    assert reds > rect.width() // 2
    editor.model.modified = False
    editor.close()
