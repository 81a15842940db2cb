"""The history of one conflict's shared review: every change saved, in order, with who, when and what."""

from __future__ import annotations

from qgis.PyQt.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QLabel,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
)

from ..i18n.translation import tr
from .results_model import status_label

COLUMNS = ("version", "reviewed_at", "reviewed_by", "db_user", "status", "comment")


def history_cells(change: dict) -> list[str]:
    """One change of SharedReviews.history as the table's cells (version, when, who, database user, status, comment)."""
    old, new = change.get("old_status"), change.get("new_status")
    status = status_label(new or "") if old == new else f"{status_label(old or '')} → {status_label(new or '')}"
    return [
        str(change.get("version", "")),
        change.get("reviewed_at") or "",
        change.get("reviewed_by") or "",
        change.get("db_user") or "",
        status,
        change.get("new_comment") or "",
    ]


class ReviewHistoryDialog(QDialog):
    """A table of the changes (oldest first); `table` is for tests."""

    def __init__(self, conflict_key: str, changes: list[dict], parent=None) -> None:
        super().__init__(parent)
        self.setWindowTitle(tr("Review history of conflict {0}").format(conflict_key))
        layout = QVBoxLayout(self)
        summary = (
            tr("{0} change(s) saved, oldest first.").format(len(changes))
            if changes
            else tr("No change has been saved for this conflict yet.")
        )
        layout.addWidget(QLabel(summary))
        self.table = QTableWidget(len(changes), len(COLUMNS), self)
        self.table.setHorizontalHeaderLabels(
            [tr("Version"), tr("When"), tr("Reviewed by"), tr("Database user"), tr("Status"), tr("Comment")]
        )
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().setVisible(False)
        for row, change in enumerate(changes):
            for column, text in enumerate(history_cells(change)):
                self.table.setItem(row, column, QTableWidgetItem(text))
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.table.horizontalHeader().setStretchLastSection(True)
        layout.addWidget(self.table)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self.resize(760, 320)
