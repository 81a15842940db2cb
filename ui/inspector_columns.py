"""The inspector table's columns: which are shown (the header's context menu) and how wide they are.

The columns fit the table's width: each as wide as its contents up to MAX_WIDTH, and where that is wider than the
table, the text columns (ELIDED: rule, plan and theme category, elided, whole in the line above the table) give up
width, the widest first, down to MIN_WIDTH. The size, severity and status are never cut. The fit follows the
table's width (a dock shown or resized) and its texts (a review saved) until the user sizes a column by hand."""

from __future__ import annotations

from qgis.PyQt.QtCore import QEvent, QObject, Qt
from qgis.PyQt.QtWidgets import QAction, QHeaderView, QStyle, QTableView

MAX_WIDTH = 110  # pixels, the text columns' widest
MIN_WIDTH = 40  # pixels, the narrowest of a column (a title longer than its texts is elided)
HIDDEN_COLUMNS = ("theme_role", "municipality", "share", "comment")
ELIDED = ("plan_category", "theme_category", "rule_id")
WHOLE = ("severity", "measure", "status")  # as wide as their widest text, over every row


def capped_widths(widths: dict[int, int], shrinkable: list[int], excess: int, minimum: int) -> dict[int, int]:
    """`widths` with `excess` pixels taken from the `shrinkable` columns: the widest are cut to a common width
    first (no narrower than `minimum`)."""
    if excess <= 0 or not shrinkable:
        return dict(widths)
    wanted = max(sum(widths[c] for c in shrinkable) - excess, 0)
    ordered = sorted(widths[c] for c in shrinkable)
    level, left, remaining = ordered[-1], wanted, len(ordered)
    for width in ordered:  # the common width that the columns above it are cut to
        if width * remaining >= left:
            level = left // remaining
            break
        left -= width
        remaining -= 1
    level = max(level, minimum)
    return {c: (min(w, level) if c in shrinkable else w) for c, w in widths.items()}


class ColumnFit(QObject):
    """Sets up the header's column choice and keeps the columns fitted to the view (see the module's text)."""

    def __init__(self, view: QTableView, columns: tuple[str, ...], titles: list[str]) -> None:
        super().__init__(view)
        self.view = view
        self.columns = columns
        self.by_hand = False  # the user sized a column: their widths stay
        self._fitting = False
        self._whole: dict[int, int] = {}  # the whole columns' widths, as last measured
        header = view.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setResizeContentsPrecision(30)  # widths from the first rows: quick on long tables
        header.setStretchLastSection(False)
        view.setTextElideMode(Qt.TextElideMode.ElideRight)
        header.setTextElideMode(Qt.TextElideMode.ElideRight)  # a narrow column's title: "Allvarli…", whole as a tooltip
        header.setContextMenuPolicy(Qt.ContextMenuPolicy.ActionsContextMenu)
        for column, (name, title) in enumerate(zip(columns, titles)):
            action = QAction(title, header)
            action.setCheckable(True)
            action.setChecked(name not in HIDDEN_COLUMNS)
            action.toggled.connect(lambda shown, c=column: self._show_column(c, shown))
            header.addAction(action)
            view.setColumnHidden(column, name in HIDDEN_COLUMNS)
        header.sectionResized.connect(self._resized)
        view.model().dataChanged.connect(self._data_changed)  # a review's status may be longer than the others
        view.viewport().installEventFilter(self)

    def _show_column(self, column: int, shown: bool) -> None:
        self.view.setColumnHidden(column, not shown)
        if not self.by_hand:
            self.fit()

    def _data_changed(self, *_args) -> None:
        if not self.by_hand:
            self.fit()

    def _resized(self, *_args) -> None:
        if not self._fitting:
            self.by_hand = True

    def eventFilter(self, watched, event) -> bool:
        if event.type() == QEvent.Type.Resize and not self.by_hand and self.view.model().rowCount() > 0:
            self.fit(measure=False)  # the texts' widths as measured when the rows came: a resize stays quick
        return False

    def fit(self, measure: bool = True) -> None:
        """The shown columns as wide as their contents, together no wider than the view (see the module's text).
        `measure`: the whole columns' texts measured again over every row (new rows), else as before."""
        header = self.view.horizontalHeader()
        shown = [c for c in range(len(self.columns)) if not self.view.isColumnHidden(c)]
        self._fitting = True
        try:
            self.view.resizeColumnsToContents()
            widths = {}
            for column in shown:
                name = self.columns[column]
                if name in WHOLE:
                    if measure or column not in self._whole:
                        self._whole[column] = self._whole_width(column)
                    widths[column] = self._whole[column]
                else:
                    widths[column] = min(header.sectionSize(column), MAX_WIDTH)
            excess = sum(widths.values()) - self.view.viewport().width()
            shrinkable = [c for c in shown if self.columns[c] in ELIDED]
            for column, width in capped_widths(widths, shrinkable, excess, MIN_WIDTH).items():
                header.resizeSection(column, width)
        finally:
            self._fitting = False

    def _whole_width(self, column: int) -> int:
        """The widest text of the column over every row, with the cell's margins (its title may be elided)."""
        model = self.view.model()
        metrics = self.view.fontMetrics()
        texts = {str(model.index(row, column).data() or "") for row in range(model.rowCount())}
        margin = 2 * (self.view.style().pixelMetric(QStyle.PixelMetric.PM_FocusFrameHMargin, None, self.view) + 1) + 8
        return max(max((metrics.horizontalAdvance(text) for text in texts), default=0) + margin, MIN_WIDTH)
