"""The inspector's results table: a Qt model over the conflict layers, and the filters above it."""

from __future__ import annotations

from dataclasses import dataclass

from qgis.core import QgsFeatureRequest, QgsVectorLayer
from qgis.PyQt.QtCore import QAbstractTableModel, QModelIndex, QSortFilterProxyModel, Qt
from qgis.PyQt.QtGui import QColor

from ..i18n.labels import role_label, severity_label, status_label  # noqa: F401 - the dock imports them from here
from ..i18n.translation import tr, user_locale
from ..qgis_adapter.compat import NO_GEOMETRY
from ..qgis_adapter.reviews import write_review
from ..qgis_adapter.values import none_for_null
from .conflict_summary import measure_text, share_text

SEVERITIES = ("conflict", "warning", "opportunity")
SEVERITY_COLOURS = {"conflict": "#f4a3a4", "warning": "#fddcb0", "opportunity": "#b9e2b3"}
# What a row is searched for by the text filter.
SEARCHED = (
    "rule_id",
    "plan_category",
    "plan_category_source",
    "theme_category",
    "plan_layer",
    "theme_layer",
    "message",
    "basis",
    "municipality",
    "comment",
    "plan_key",
    "theme_key",
)


@dataclass
class ConflictRow:
    layer: QgsVectorLayer
    fid: int
    kind: str  # "area", "line" or "point"
    values: dict

    def measure(self) -> float | None:
        """Area in m², length in m or a number of points, by the row's kind."""
        name = {"area": "area_m2", "line": "length_m", "point": "point_count"}[self.kind]
        value = self.values.get(name)
        return None if value is None else float(value)


def read_rows(layers: list[tuple[QgsVectorLayer, str]]) -> list[ConflictRow]:
    rows = []
    for layer, kind in layers:
        names = layer.fields().names()
        for feature in layer.getFeatures(QgsFeatureRequest().setFlags(NO_GEOMETRY)):
            rows.append(ConflictRow(layer, feature.id(), kind, {n: none_for_null(feature[n]) for n in names}))
    return rows


class ConflictTableModel(QAbstractTableModel):
    COLUMNS = (
        "severity",
        "rule_id",
        "plan_category",
        "theme_category",
        "theme_role",
        "municipality",
        "measure",
        "share",
        "status",
        "comment",
    )
    SORT_ROLE = Qt.ItemDataRole.UserRole + 1

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.rows: list[ConflictRow] = []

    def set_rows(self, rows: list[ConflictRow]) -> None:
        self.beginResetModel()
        self.rows = rows
        self.endResetModel()

    def headers(self) -> list[str]:
        return [
            tr("Severity"),
            tr("Rule"),
            tr("Plan category"),
            tr("Theme category"),
            tr("Theme role"),
            tr("Municipality"),
            tr("Size"),
            tr("Share"),
            tr("Status"),
            tr("Comment"),
        ]

    def rowCount(self, parent=QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent=QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self.COLUMNS)

    def headerData(self, section, orientation, role=Qt.ItemDataRole.DisplayRole):
        if orientation == Qt.Orientation.Horizontal and role in (
            Qt.ItemDataRole.DisplayRole,
            Qt.ItemDataRole.ToolTipRole,
        ):
            return self.headers()[section]
        return None

    def data(self, index, role=Qt.ItemDataRole.DisplayRole):
        if not index.isValid():
            return None
        row = self.rows[index.row()]
        column = self.COLUMNS[index.column()]
        values = row.values
        if role == self.SORT_ROLE:
            if column == "measure":
                return row.measure() or 0.0
            if column == "share":
                return float(values.get("share") or 0.0)
            if column == "severity":
                return SEVERITIES.index(values["severity"]) if values.get("severity") in SEVERITIES else 9
            return str(self.data(index) or "")
        if role == Qt.ItemDataRole.DisplayRole:
            if column == "severity":
                return severity_label(values.get("severity") or "")
            if column == "status":
                label = status_label(values.get("status") or "open")
                return f"{label} · {tr('new')}" if values.get("is_new") else label
            if column == "theme_role":
                return role_label(values.get("theme_role") or "")
            if column == "theme_category":
                layer = values.get("theme_layer")
                category = values.get("theme_category") or ""
                return f"{category} ({layer})" if layer and layer != category else category
            if column == "measure":  # km², ha or m²; km or m; points: short enough to show whole in a narrow dock
                return measure_text(values, row.kind)
            if column == "share":
                share = values.get("share")
                return "" if share is None else share_text(float(share), user_locale())
            value = values.get(column)
            return "" if value is None else str(value)
        if role == Qt.ItemDataRole.ToolTipRole:
            return f"{values.get('message') or ''}\n{values.get('basis') or ''}".strip()
        if role == Qt.ItemDataRole.BackgroundRole and column == "severity":
            return QColor(SEVERITY_COLOURS.get(values.get("severity"), "#ffffff"))
        if role == Qt.ItemDataRole.TextAlignmentRole and column in ("measure", "share"):
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None

    def set_review(self, row_number: int, status: str, comment: str) -> None:
        """Store a review in the row's results layer (a GeoPackage) and show it. Shared reviews are saved by the
        dock's SharedReviewSession and shown with apply_reviews."""
        row = self.rows[row_number]
        row.values.update(write_review(row.layer, row.fid, status, comment))
        self.dataChanged.emit(self.index(row_number, 0), self.index(row_number, self.columnCount() - 1))

    def apply_reviews(self, reviews: dict) -> int:
        """Show the given reviews (conflict key -> Review, as others saved them); returns how many rows changed."""
        changed = 0
        for row in self.rows:
            review = reviews.get(row.values.get("conflict_key"))
            if review is None or review.version < int(row.values.get("version") or 0):
                continue  # none, or older than what the row shows (read before our own save): versions only grow
            values = review.values()
            if any(row.values.get(k) != v for k, v in values.items()):
                row.values.update(values)
                changed += 1
        if changed and self.rows:
            self.dataChanged.emit(self.index(0, 0), self.index(len(self.rows) - 1, self.columnCount() - 1))
        return changed

    def row_of(self, layer: QgsVectorLayer, fid: int) -> int | None:
        for number, row in enumerate(self.rows):
            if row.fid == fid and row.layer is layer:
                return number
        return None


class ConflictFilterModel(QSortFilterProxyModel):
    """Filters by severity, rule, theme role, municipality and status (None = all), and a text search."""

    FILTERED = ("severity", "rule_id", "theme_role", "municipality", "status")

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.filters: dict[str, str | None] = dict.fromkeys(self.FILTERED)
        self.search = ""
        self.setSortRole(ConflictTableModel.SORT_ROLE)

    def set_filter(self, column: str, value: str | None) -> None:
        self.set_filters({column: value})

    def set_filters(self, values: dict[str, str | None]) -> None:
        """Several filters at once: the rows are filtered once, not once per filter."""
        changed = {
            column: value or None for column, value in values.items() if self.filters.get(column) != (value or None)
        }
        if changed:
            self.filters.update(changed)
            self.invalidateFilter()

    def set_search(self, text: str) -> None:
        self.search = text.strip().casefold()
        self.invalidateFilter()

    def filterAcceptsRow(self, source_row, source_parent) -> bool:
        values = self.sourceModel().rows[source_row].values
        for column, wanted in self.filters.items():
            if wanted is not None and (values.get(column) or "") != wanted:
                return False
        if self.search:
            text = " ".join(str(values.get(c) or "") for c in SEARCHED).casefold()
            return all(word in text for word in self.search.split())
        return True

    def shown_rows(self) -> list[ConflictRow]:
        return [self.sourceModel().rows[self.mapToSource(self.index(r, 0)).row()] for r in range(self.rowCount())]

    def counts_by_severity(self, rows: list[ConflictRow] | None = None) -> dict[str, int]:
        """Rows per severity: of the rows shown, or of `rows`."""
        counts = dict.fromkeys(SEVERITIES, 0)
        for row in self.shown_rows() if rows is None else rows:
            severity = row.values.get("severity")
            counts[severity] = counts.get(severity, 0) + 1
        return counts


def distinct_values(rows: list[ConflictRow], column: str) -> list[str]:
    return sorted({str(r.values[column]) for r in rows if r.values.get(column) not in (None, "")})
