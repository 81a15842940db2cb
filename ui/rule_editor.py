"""The rule set editor: the rule table, editable, with every cell checked as it is typed and the message
at the cell that is wrong (a red frame that stays visible when the cell is selected); relations, roles and
severities in words (the file keeps its codes); plan categories picked from ÖP-modell's; save as CSV; reset to
the bundled default; unsaved changes marked in the title and asked about before they are discarded."""

from __future__ import annotations

from pathlib import Path

from qgis.PyQt import uic
from qgis.gui import QgsCheckableComboBox
from qgis.PyQt.QtCore import QAbstractTableModel, QModelIndex, Qt
from qgis.PyQt.QtGui import QColor, QPen
from qgis.PyQt.QtWidgets import QComboBox, QDialog, QFileDialog, QMessageBox, QStyledItemDelegate

from ..core.categories import OP_CATEGORIES
from ..core.messages import Message
from ..core.rules import (
    COLUMNS,
    DEFAULT_RULE_SET,
    RELATIONS,
    SEVERITIES,
    THEME_ROLES,
    RuleSetError,
    read_rule_set,
    rule_set_problems,
    rule_values,
    rules_from_rows,
    unknown_plan_categories,
    write_rule_set,
)
from ..i18n.labels import relation_label, role_label, severity_label
from ..i18n.translation import tr
from ..qgis_adapter.progress import localised
from .settings import SamplanSettings

FORM, _ = uic.loadUiType(str(Path(__file__).with_suffix(".ui")))
CHOICES = {"relation": RELATIONS, "severity": SEVERITIES, "theme_role": THEME_ROLES}
ERROR_COLOUR = QColor("#f8c9c9")
WARNING_COLOUR = QColor("#fff0b3")
# The frame drawn around a wrong cell, over the selection colour too.
ERROR_FRAME = QColor("#c62828")
WARNING_FRAME = QColor("#e0a800")
LABELS = {"relation": relation_label, "severity": severity_label, "theme_role": role_label}
PLAN_CATEGORY_SEPARATOR = "|"


def cell_label(column: str, code: str) -> str:
    """What the table shows for a cell: a relation, role or severity in words, anything else as it is."""
    return LABELS[column](code) if column in LABELS and code else code


def column_titles() -> dict[str, str]:
    return {
        "id": tr("Id"),
        "plan_category": tr("Plan category"),
        "theme_role": tr("Theme role"),
        "theme_category": tr("Theme category"),
        "relation": tr("Relation"),
        "distance_m": tr("Distance (m)"),
        "severity": tr("Severity"),
        "message_sv": tr("Message (Swedish)"),
        "message_en": tr("Message (English)"),
        "basis": tr("Basis (law or policy)"),
    }


class RuleTableModel(QAbstractTableModel):
    """Rules as rows of cell text; problems recomputed on every change."""

    def __init__(self, rows: list[dict[str, str]] | None = None, parent=None) -> None:
        super().__init__(parent)
        self.rows: list[dict[str, str]] = []
        self.problems: dict[tuple[int, str], Message] = {}
        self.warnings: dict[tuple[int, str], str] = {}
        self.modified = False  # edits since the rules were opened or saved
        self.set_rows(rows or [])

    def set_rows(self, rows: list[dict[str, str]]) -> None:
        self.beginResetModel()
        self.rows = [{c: row.get(c, "") or "" for c in COLUMNS} for row in rows]
        self.modified = False
        self._check()
        self.endResetModel()

    def _check(self) -> None:
        self.problems = rule_set_problems(self.rows)
        self.warnings = {}
        for number, row in enumerate(self.rows):
            unknown = unknown_plan_categories(row["plan_category"])
            if unknown:
                self.warnings[(number, "plan_category")] = tr(
                    "Not an ÖP-modell category: {0}. It only matches a draft using that word (or a category mapping)."
                ).format(", ".join(unknown))

    def problem_at(self, row: int, column: str) -> str | None:
        problem = self.problems.get((row, column))
        return localised(problem) if problem is not None else None

    def rowCount(self, parent=QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent=QModelIndex()) -> int:
        return 0 if parent.isValid() else len(COLUMNS)

    def headerData(self, section, orientation, role=Qt.ItemDataRole.DisplayRole):
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        if orientation == Qt.Orientation.Horizontal:
            return column_titles()[COLUMNS[section]]
        return str(section + 1)

    def flags(self, index):
        return super().flags(index) | Qt.ItemFlag.ItemIsEditable

    def data(self, index, role=Qt.ItemDataRole.DisplayRole):
        if not index.isValid():
            return None
        column = COLUMNS[index.column()]
        if role == Qt.ItemDataRole.DisplayRole:
            return cell_label(column, self.rows[index.row()][column])
        if role == Qt.ItemDataRole.EditRole:
            return self.rows[index.row()][column]
        problem = self.problem_at(index.row(), column)
        warning = self.warnings.get((index.row(), column))
        if role == Qt.ItemDataRole.BackgroundRole:
            return ERROR_COLOUR if problem else WARNING_COLOUR if warning else None
        if role == Qt.ItemDataRole.ToolTipRole:
            return problem or warning
        if role == Qt.ItemDataRole.UserRole:  # the frame's colour (see ChoiceDelegate.paint)
            return ERROR_FRAME if problem else WARNING_FRAME if warning else None
        return None

    def setData(self, index, value, role=Qt.ItemDataRole.EditRole) -> bool:
        if not index.isValid() or role != Qt.ItemDataRole.EditRole:
            return False
        value = str(value or "").strip()
        if self.rows[index.row()][COLUMNS[index.column()]] == value:
            return True
        self.rows[index.row()][COLUMNS[index.column()]] = value
        self.modified = True
        self._check()
        # Another row's cell may change too (an id used twice), so everything is repainted.
        self.dataChanged.emit(self.index(0, 0), self.index(len(self.rows) - 1, len(COLUMNS) - 1))
        return True

    def add_rule(self) -> int:
        number = len(self.rows)
        taken = {row["id"] for row in self.rows}
        new_id = next(f"NY-{n:02d}" for n in range(1, 10_000) if f"NY-{n:02d}" not in taken)
        self.beginInsertRows(QModelIndex(), number, number)
        self.rows.append(
            dict.fromkeys(COLUMNS, "")
            | {"id": new_id, "relation": "overlaps", "severity": "warning", "theme_role": "green-blue"}
        )
        self.modified = True
        self._check()
        self.endInsertRows()
        self.dataChanged.emit(self.index(0, 0), self.index(number, len(COLUMNS) - 1))
        return number

    def remove_rule(self, number: int) -> None:
        self.beginRemoveRows(QModelIndex(), number, number)
        del self.rows[number]
        self.modified = True
        self._check()
        self.endRemoveRows()

    def problem_summary(self) -> str:
        """The first problem by row and column, as the user sees the table, and how many there are."""
        if not self.problems:
            return ""
        (row, column), _ = min(self.problems.items(), key=lambda item: (item[0][0], COLUMNS.index(item[0][1])))
        return tr("{0} problem(s). First: rule {1}, column '{2}': {3}").format(
            len(self.problems), row + 1, column_titles()[column], self.problem_at(row, column)
        )

    def warning_summary(self) -> str:
        """The first warning, as the user sees the table, and how many there are; the rules can still be saved."""
        if not self.warnings:
            return ""
        (row, column), text = min(self.warnings.items(), key=lambda item: (item[0][0], COLUMNS.index(item[0][1])))
        return tr("Valid, with {0} warning(s). First: rule {1}, column '{2}': {3}").format(
            len(self.warnings), row + 1, column_titles()[column], text
        )


class ChoiceDelegate(QStyledItemDelegate):
    """A list of words to choose from for relations, roles and severities (the codes stay in the table), a list
    of ÖP-modell categories to tick for plan categories, and a frame around a wrong cell that the selection
    colour does not hide."""

    def paint(self, painter, option, index):
        super().paint(painter, option, index)
        frame = index.data(Qt.ItemDataRole.UserRole)
        if frame is not None:
            painter.save()
            painter.setPen(QPen(frame, 3))
            painter.drawRect(option.rect.adjusted(1, 1, -2, -2))
            painter.restore()

    def createEditor(self, parent, option, index):
        column = COLUMNS[index.column()]
        if column == "plan_category":
            picker = QgsCheckableComboBox(parent)
            picker.setSeparator(PLAN_CATEGORY_SEPARATOR)
            picker.setDefaultText(tr("Choose ÖP-modell categories"))
            picker.addItems(list(OP_CATEGORIES))
            return picker
        if column not in CHOICES:
            return super().createEditor(parent, option, index)
        combo = QComboBox(parent)
        for code in CHOICES[column]:
            combo.addItem(cell_label(column, code), code)
        return combo

    def setEditorData(self, editor, index):
        value = index.data(Qt.ItemDataRole.EditRole) or ""
        if isinstance(editor, QgsCheckableComboBox):
            chosen = [part.strip() for part in value.split(PLAN_CATEGORY_SEPARATOR) if part.strip()]
            # A category of the draft's own (with a mapping) stays, ticked, after ÖP-modell's.
            editor.addItems([c for c in chosen if editor.findText(c) < 0])
            editor.setCheckedItems(chosen)
        elif isinstance(editor, QComboBox):
            editor.setCurrentIndex(max(editor.findData(value), 0))
        else:
            super().setEditorData(editor, index)

    def setModelData(self, editor, model, index):
        if isinstance(editor, QgsCheckableComboBox):
            model.setData(index, PLAN_CATEGORY_SEPARATOR.join(editor.checkedItems()))
        elif isinstance(editor, QComboBox):
            model.setData(index, editor.currentData())
        else:
            super().setModelData(editor, model, index)


class RuleSetEditor(QDialog, FORM):
    def __init__(self, path: str | None = None, parent=None) -> None:
        super().__init__(parent)
        self.setupUi(self)
        self.settings = SamplanSettings()
        self.saved_path: str | None = None
        self.question: QMessageBox | None = None
        self.model = RuleTableModel(parent=self)
        self.ruleView.setModel(self.model)
        self.ruleView.setItemDelegate(ChoiceDelegate(self.ruleView))
        self.addButton.clicked.connect(self.add_rule)
        self.removeButton.clicked.connect(self.remove_rule)
        self.openButton.clicked.connect(self.choose_file)
        self.resetButton.clicked.connect(self.reset_to_default)
        self.saveButton.clicked.connect(self.choose_save_path)
        self.closeButton.clicked.connect(self.close_asking)
        self.base_title = self.windowTitle()
        for signal in (self.model.dataChanged, self.model.modelReset, self.model.rowsInserted, self.model.rowsRemoved):
            signal.connect(self._show_problems)
        self.ruleView.selectionModel().currentChanged.connect(self._show_problems)
        self.load(path)

    def load(self, path: str | None) -> bool:
        if not self.may_discard():
            return False
        try:
            rules = read_rule_set(path)
        except RuleSetError as error:
            QMessageBox.warning(self, tr("Rule set"), tr("The rule set cannot be used: {0}").format(localised(error)))
            return False
        self.model.set_rows([rule_values(rule) for rule in rules])
        self.sourceLabel.setText(
            tr("Rule set: {0}").format(path or tr("the bundled default ({0})").format(DEFAULT_RULE_SET.name))
        )
        self.ruleView.resizeColumnsToContents()
        return True

    def reset_to_default(self) -> None:
        self.load(None)

    def add_rule(self) -> None:
        number = self.model.add_rule()
        self.ruleView.setCurrentIndex(self.model.index(number, COLUMNS.index("plan_category")))

    def remove_rule(self) -> None:
        index = self.ruleView.currentIndex()
        if index.isValid():
            self.model.remove_rule(index.row())

    def _show_problems(self, *_args) -> None:
        index = self.ruleView.currentIndex()
        here = None
        if index.isValid():
            column = COLUMNS[index.column()]
            here = self.model.problem_at(index.row(), column) or self.model.warnings.get((index.row(), column))
        summary = self.model.problem_summary() or self.model.warning_summary()
        self.problemLabel.setText(here or summary or tr("Every rule is valid."))
        state = "error" if self.model.problems else "warning" if self.model.warnings else "valid"
        colour = {"error": ERROR_FRAME.name(), "warning": "#8a6d00", "valid": "#2e7d32"}[state]
        self.problemLabel.setStyleSheet(f"color: {colour};")
        self.problemLabel.setProperty("state", state)
        self.saveButton.setEnabled(not self.model.problems)
        # Qt's mark for unsaved changes: an asterisk in the title.
        self.setWindowTitle(self.base_title + (" *" if self.model.modified else ""))

    def may_discard(self) -> bool:
        """True when nothing is unsaved, or the user saved or chose to discard it; False keeps the editor open."""
        if not self.model.modified:
            return True
        box = QMessageBox(
            QMessageBox.Icon.Question,
            tr("Rule set"),
            tr("The rule set has unsaved changes."),
            QMessageBox.StandardButton.Save | QMessageBox.StandardButton.Discard | QMessageBox.StandardButton.Cancel,
            self,
        )
        box.setObjectName("SamplanUnsavedRules")
        box.setInformativeText(tr("Save them as a CSV file before they are discarded?"))
        box.setDefaultButton(QMessageBox.StandardButton.Save)
        for button, text in (
            (QMessageBox.StandardButton.Save, tr("Save…")),
            (QMessageBox.StandardButton.Discard, tr("Discard")),
            (QMessageBox.StandardButton.Cancel, tr("Cancel")),
        ):
            box.button(button).setText(text)  # in the user's language even where Qt's own translation is missing
        self.question = box
        answer = box.exec()
        self.question = None
        if answer == QMessageBox.StandardButton.Save:
            self.choose_save_path()
            return not self.model.modified
        return answer == QMessageBox.StandardButton.Discard

    def close_asking(self) -> None:
        if self.may_discard():
            self.model.modified = False
            self.accept()

    def reject(self) -> None:  # Esc and the window's close button (QDialog.closeEvent calls reject) ask too
        if self.may_discard():
            self.model.modified = False
            super().reject()

    def choose_file(self) -> None:
        path, _ = QFileDialog.getOpenFileName(
            self, tr("Open a rule set"), self.settings.rule_set_folder, tr("Rule set (*.csv)")
        )
        if path and self.load(path):
            self.settings.rule_set_folder = str(Path(path).parent)

    def choose_save_path(self) -> None:
        path, _ = QFileDialog.getSaveFileName(
            self, tr("Save the rule set"), self.settings.rule_set_folder, tr("Rule set (*.csv)")
        )
        if path:
            self.save(path if path.lower().endswith(".csv") else path + ".csv")

    def save(self, path: str) -> bool:
        """Write the rules as CSV; refused, with the first problem named, while any cell is wrong."""
        try:
            rules = rules_from_rows(self.model.rows, path)
        except RuleSetError as error:
            self.problemLabel.setText(tr("Not saved: {0}").format(localised(error)))
            return False
        write_rule_set(rules, path)
        self.saved_path = path
        self.model.modified = False
        self._show_problems()
        self.settings.rule_set_folder = str(Path(path).parent)
        self.sourceLabel.setText(tr("Rule set: {0}").format(path))
        return True
