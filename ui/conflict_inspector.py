"""The conflict inspector: set up, run, list, filter, zoom, review and export the conflict check's results.

The dock wires three parts: the set-up panel (inspector_setup_panel), the results view (the table, its filters
and the review form of conflict_inspector.ui, over results_model) and, for shared results in PostGIS, the
review session (review_session) that owns the listener, the background reads and the saves."""

from __future__ import annotations

from pathlib import Path

from qgis.core import Qgis, QgsDataSourceUri, QgsProject, QgsTask, QgsVectorLayer
from qgis.PyQt import uic
from qgis.PyQt.QtCore import QItemSelectionModel, QTimer
from qgis.PyQt.QtWidgets import QDockWidget, QFileDialog, QFrame, QPushButton, QScrollArea

from ..core.reviews import REVIEW_STATUSES
from ..i18n.translation import tr
from ..qgis_adapter.reviews import ReviewWriteError
from .check_runner import (
    RESULT_TABLES,
    ConflictCheckRun,
    SetupError,
    add_result_layers,
    add_conflict_layers,
    layers_by_result_name,
    result_layers_in,
    shared_layer_sources,
    shared_layers_in,
)
from .conflict_highlights import ConflictHighlights
from .conflict_summary import counts_text, describe
from .export import ExportError, export_rows
from .report_action import add_report_button
from .inspector_columns import ColumnFit
from .inspector_setup import InspectorSetup, load_from_project, save_to_project
from .inspector_setup_panel import InspectorSetupPanel
from .results_model import (
    SEVERITIES,
    ConflictFilterModel,
    ConflictRow,
    ConflictTableModel,
    distinct_values,
    read_rows,
    role_label,
    severity_label,
    status_label,
)
from .review_session import SharedReviewSession
from .settings import SamplanSettings

FORM, _ = uic.loadUiType(str(Path(__file__).with_suffix(".ui")))
DEFAULT_RESULTS_NAME = "samplan_konflikter.gpkg"
KIND_OF_TABLE = {table: kind for _, table, kind in RESULT_TABLES}


class ConflictInspectorDock(QDockWidget, FORM):
    def __init__(self, iface, project: QgsProject | None = None, parent=None) -> None:
        super().__init__(parent)
        self.setupUi(self)
        self.setObjectName("SamplanConflictInspector")
        self.iface = iface
        self.project = project or QgsProject.instance()
        self.settings = SamplanSettings()
        self.run: ConflictCheckRun | None = None
        self.result_layers: list[QgsVectorLayer] = []
        self._syncing_selection = False
        self.last_refresh_changed = 0
        self.highlights = ConflictHighlights(iface.mapCanvas(), self.project) if iface is not None else None
        self.setup_panel = InspectorSetupPanel(
            self.project, self.setupTab, lambda: {layer.id() for layer in self.result_layers}
        )
        scroll = QScrollArea(self.setupTab)  # beside other docks the set-up scrolls instead of squeezing its table
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setWidget(self.setup_panel)
        self.setupTabLayout.addWidget(scroll)
        self.session = SharedReviewSession(self)
        self.model = ConflictTableModel(self)
        self.proxy = ConflictFilterModel(self)
        self.proxy.setSourceModel(self.model)
        self.conflictView.setModel(self.proxy)
        self.columns = ColumnFit(self.conflictView, self.model.COLUMNS, self.model.headers())
        self._set_up_widgets()
        self._connect()
        self.restore_from_project()

    def _set_up_widgets(self) -> None:
        self.refreshButton = QPushButton(tr("Refresh"))
        self.refreshButton.setToolTip(tr("Show the reviews the others have saved since."))
        self.reviewRow.addWidget(self.refreshButton)
        self.historyButton = QPushButton(tr("History"))
        self.historyButton.setToolTip(
            tr("Every change saved for the selected conflict: who, when, status, comment, version.")
        )
        self.reviewRow.addWidget(self.historyButton)
        self.history_dialog = None
        self.statusCombo.clear()
        for status in REVIEW_STATUSES:
            self.statusCombo.addItem(status_label(status), status)
        self._fill_filters()
        self._shared_mode_changed()

    def _shared_mode_changed(self, *_args) -> None:
        shared = self.setup_panel.postgis_chosen()  # Refresh and History only for shared results
        self.refreshButton.setVisible(shared)
        self.historyButton.setVisible(shared)

    def _connect(self) -> None:
        panel = self.setup_panel
        panel.changed.connect(self._setup_changed)
        panel.resultsConnection.currentIndexChanged.connect(self._shared_mode_changed)
        panel.storageCombo.currentIndexChanged.connect(self._shared_mode_changed)
        panel.runButton.clicked.connect(self.start_check)
        panel.cancelButton.clicked.connect(self.cancel_check)
        self.project.layersAdded.connect(self._layers_changed)
        self.project.layersRemoved.connect(self._layers_changed)
        self.project.layersWillBeRemoved.connect(self._forget_layers)
        self.project.readProject.connect(self.restore_from_project)
        self.project.aboutToBeCleared.connect(self._project_closing)
        self.project.cleared.connect(self._project_cleared)
        self.session.reviewsRead.connect(self._reviews_read)
        self.session.reviewsSaved.connect(self._reviews_saved)
        self.session.historyRead.connect(self._history_read)
        self.session.resultsRead.connect(self._shared_results_read)
        self.session.message.connect(self._message_from_session)
        for combo, column in self._filter_combos():
            combo.currentIndexChanged.connect(
                lambda _index, c=combo, name=column: self.proxy.set_filter(name, c.currentData())
            )
        self.searchEdit.textChanged.connect(self.proxy.set_search)
        for signal in (
            self.proxy.rowsInserted,
            self.proxy.rowsRemoved,
            self.proxy.modelReset,
            self.proxy.layoutChanged,
            self.model.dataChanged,
        ):
            signal.connect(self._update_counts)
        self.conflictView.selectionModel().selectionChanged.connect(self._row_selected)
        self.saveReviewButton.clicked.connect(self.save_review)
        self.refreshButton.clicked.connect(self.refresh_reviews)
        self.historyButton.clicked.connect(self.show_history)
        self.exportCsvButton.clicked.connect(lambda: self.export_shown(".csv"))
        self.exportXlsxButton.clicked.connect(lambda: self.export_shown(".xlsx"))
        self.reportButton = add_report_button(
            self, self.exportXlsxButton
        )  # report and consultation exports: ui/report_action.py

    def _forget_layers(self, layer_ids) -> None:
        """Result layers leaving the project leave the table too, before Qt deletes them."""
        gone = set(layer_ids)
        if self.highlights is not None and any(item.layer.id() in gone for item in self.highlights.shown):
            self._forget_picked()  # a highlight must not outlive its layer
        if any(layer.id() in gone for layer in self.result_layers):
            self.result_layers = [layer for layer in self.result_layers if layer.id() not in gone]
            self.model.set_rows([row for row in self.model.rows if row.layer in self.result_layers])

    def _layers_changed(self, *_args) -> None:
        if not self.setup_panel.restoring:
            self.setup_panel.refresh_theme_table()

    # --- set-up ---------------------------------------------------------------------------------------
    def current_setup(self) -> InspectorSetup:
        return self.setup_panel.current_setup()

    def apply_setup(self, setup: InspectorSetup) -> None:
        self.setup_panel.apply_setup(setup)
        self._shared_mode_changed()

    def _setup_changed(self, *_args) -> None:
        if not self.setup_panel.restoring:
            save_to_project(self.current_setup(), self.project)

    def restore_from_project(self, *_args) -> None:
        setup = load_from_project(self.project)
        if setup is None:
            setup = self.current_setup()
            if not setup.results_path and self.project.homePath():
                setup.results_path = str(Path(self.project.homePath()) / DEFAULT_RESULTS_NAME)
                self.setup_panel.resultsFile.setFilePath(setup.results_path)
            self.setup_panel.refresh_theme_table(setup)
        else:
            self.apply_setup(setup)
        self.setup_panel.restoring = False
        self.load_results()

    def _project_closing(self) -> None:
        # While a project closes and the next one loads, the layer boxes move on their own: not a set-up change.
        self.setup_panel.restoring = True
        self.result_layers = []
        self.model.set_rows([])
        self.session.close()
        self._forget_picked()

    def _project_cleared(self) -> None:
        self._fill_filters()
        # A project being read ends with readProject (restore_from_project); a new empty one ends here.
        QTimer.singleShot(0, self._project_settled)

    def _project_settled(self) -> None:
        self.setup_panel.restoring = False

    # --- running --------------------------------------------------------------------------------------
    def start_check(self) -> bool:
        setup = self.current_setup()
        if not setup.results_path and self.project.homePath():
            setup.results_path = str(Path(self.project.homePath()) / DEFAULT_RESULTS_NAME)
            self.setup_panel.resultsFile.setFilePath(setup.results_path)
        save_to_project(setup, self.project)
        self.run = ConflictCheckRun(setup, self.project, self)
        self.run.progressChanged.connect(lambda value: self.setup_panel.progressBar.setValue(int(value)))
        self.run.finished.connect(self._check_finished)
        try:
            self.run.start()
        except SetupError as error:
            self.run = None
            self._message(str(error), Qgis.MessageLevel.Warning)
            return False
        self.setup_panel.set_running(True)
        return True

    def cancel_check(self) -> None:
        if self.run is not None:
            self.run.cancel()

    def _check_finished(self, ok: bool, message: str) -> None:
        self.setup_panel.set_running(False)
        run, self.run = self.run, None
        if not ok:
            cancelled = run is not None and run.feedback.isCanceled()
            self._message(message, Qgis.MessageLevel.Warning if cancelled else Qgis.MessageLevel.Critical)
            return
        self.setup_panel.progressBar.setValue(100)
        self.load_results(run.records if run else None)
        self.tabs.setCurrentWidget(self.resultsTab)
        counts = self.proxy.counts_by_severity()
        self._message(
            tr("Conflict check done: {0} conflict(s), {1} warning(s), {2} opportunity(ies).").format(
                counts["conflict"], counts["warning"], counts["opportunity"]
            ),
            Qgis.MessageLevel.Success,
        )

    # --- results --------------------------------------------------------------------------------------
    def load_results(self, records: dict[str, list[tuple[int, dict]]] | None = None) -> None:
        """Show the results file's conflicts (added to the project if they are not in it); `records`, when the
        run has read them already, spares reading them again here in the GUI thread."""
        for layer in self.result_layers:
            try:
                layer.selectionChanged.disconnect(self._map_selection_changed)
            except (TypeError, RuntimeError):
                pass
        setup = self.current_setup()
        if setup.shared:
            layers = self._shared_layers(setup, records is None)
            if layers is None:  # shown when the background read brings them (_shared_results_read)
                self.result_layers = []
                self.model.set_rows([])
                self._update_counts()
                return
        else:
            self.session.close()
            path = setup.results_path
            layers = result_layers_in(self.project, Path(path)) if path else []
            if path and not layers and Path(path).exists():
                layers = add_result_layers(self.project, Path(path))
        self.result_layers = layers
        pairs = []
        for layer in layers:
            if setup.shared:
                table = QgsDataSourceUri(layer.source()).table()
            else:
                table = layer.source().split("layername=")[-1].split("|")[0]
            pairs.append((layer, table, KIND_OF_TABLE.get(table, "area")))
            layer.selectionChanged.connect(self._map_selection_changed)
        if records is None:
            rows = read_rows([(layer, kind) for layer, _, kind in pairs])
        else:
            rows = [
                ConflictRow(layer, fid, kind, values)
                for layer, table, kind in pairs
                for fid, values in records.get(table, [])
            ]
        first_rows = not self.model.rows
        self.model.set_rows(rows)
        self._fill_filters()
        self._update_counts()
        if first_rows or not self.columns.by_hand:  # later runs keep the widths the user has set
            self.columns.fit()

    def _shared_layers(self, setup: InspectorSetup, read: bool) -> list[QgsVectorLayer] | None:
        """The shared results' layers in the project, with a review session of our own. With `read` (no rows at hand),
        the session reads the rows in the background, making the layers the project lacks there too: None then."""
        if not self.session.is_open_for(setup.results_connection, setup.results_schema):
            self.session.close()
            if not setup.results_schema:
                return []
            self.session.open(setup.results_connection, setup.results_schema)
        layers = shared_layers_in(self.project, setup.results_connection, setup.results_schema)
        if not read or not self.session.active:
            return layers
        sources = [] if layers else shared_layer_sources(setup.results_connection, setup.results_schema)
        self.session.read_results(sources)
        return None

    def _shared_results_read(self, records: dict | None, layers: list) -> None:
        setup = self.current_setup()
        if records is None or not self.session.is_open_for(setup.results_connection, setup.results_schema):
            return  # no results in the schema yet, or the set-up moved on meanwhile
        if layers and not shared_layers_in(self.project, setup.results_connection, setup.results_schema):
            add_conflict_layers(self.project, layers)
        self.load_results(records)

    @property
    def busy(self) -> bool:
        """Whether database work of the shared reviews is under way (tests wait for it)."""
        return self.session.busy

    @property
    def fetch_task(self) -> QgsTask | None:
        """The background read of the shared reviews under way, if any."""
        return self.session.fetch_task

    def fetch_reviews(self, announce: bool = False, quiet: bool = False) -> QgsTask | None:
        return self.session.fetch(announce, quiet)

    def _reviews_read(self, reviews: dict, announce: bool) -> None:
        changed = self.model.apply_reviews(reviews)
        self.last_refresh_changed = changed
        if changed:
            self._update_counts()
        if announce:  # asked for by Refresh: the form shows the selected conflict's new state too
            self._row_selected()
            self._message(
                tr("Reviews refreshed: {0} conflict(s) changed by others.").format(changed), Qgis.MessageLevel.Info
            )

    def refresh_reviews(self) -> QgsTask | None:
        """The reviews the others have saved, read in the background and shown with who and when; the message
        says how many rows changed (also in `last_refresh_changed`)."""
        return self.session.refresh()

    def show_history(self, *_args) -> QgsTask | None:
        """Reads every change saved for the selected conflict (shared results only) in the background, then shows
        them in a window (`history_dialog`)."""
        rows = self.selected_source_rows()
        if not rows:
            self._message(tr("Select a conflict in the table first."), Qgis.MessageLevel.Info)
            return None
        if not self.session.active:
            self._message(tr("The history of changes is kept for shared results in PostGIS."), Qgis.MessageLevel.Info)
            return None
        if self.history_dialog is not None:
            self.history_dialog.close()
            self.history_dialog = None
        return self.session.history(self.model.rows[rows[0]].values.get("conflict_key") or "")

    def _history_read(self, key: str, changes: list, error) -> None:
        from .review_history import ReviewHistoryDialog

        if error is not None:
            self._message(str(error), Qgis.MessageLevel.Warning)
            return
        if self.history_dialog is not None:
            self.history_dialog.close()
        self.history_dialog = ReviewHistoryDialog(key, changes, self)
        self.history_dialog.show()

    def _filter_combos(self):
        return (
            (self.severityFilter, "severity"),
            (self.ruleFilter, "rule_id"),
            (self.roleFilter, "theme_role"),
            (self.municipalityFilter, "municipality"),
            (self.statusFilter, "status"),
        )

    def _fill_filters(self) -> None:
        rows = self.model.rows
        labels = {"severity": severity_label, "theme_role": role_label, "status": status_label}
        chosen_filters = {}
        everything = {
            "severity": tr("All severities"),
            "rule_id": tr("All rules"),
            "theme_role": tr("All theme roles"),
            "municipality": tr("All municipalities"),
            "status": tr("All statuses"),
        }
        for combo, column in self._filter_combos():
            chosen = combo.currentData()
            combo.blockSignals(True)
            combo.clear()
            combo.addItem(everything[column], None)
            values = (
                SEVERITIES
                if column == "severity"
                else REVIEW_STATUSES
                if column == "status"
                else distinct_values(rows, column)
            )
            for value in values:
                combo.addItem(labels.get(column, str)(value), value)
            combo.setCurrentIndex(max(combo.findData(chosen), 0) if chosen else 0)
            combo.blockSignals(False)
            chosen_filters[column] = combo.currentData()
        self.proxy.set_filters(chosen_filters)

    def _update_counts(self, *_args) -> None:
        if not self.model.rows:
            self.countsLabel.setText(tr("No results yet: set up and run the check."))
            return
        self.countsLabel.setText(
            counts_text(self.proxy.counts_by_severity(), self.proxy.counts_by_severity(self.model.rows))
        )

    def selected_source_rows(self) -> list[int]:
        rows = {self.proxy.mapToSource(index).row() for index in self.conflictView.selectionModel().selectedRows()}
        return sorted(rows)

    def _row_selected(self, *_args) -> None:
        rows = self.selected_source_rows()
        if not rows:
            return
        row = self.model.rows[rows[0]]
        self.statusCombo.setCurrentIndex(max(self.statusCombo.findData(row.values.get("status") or "open"), 0))
        self.commentEdit.setText(row.values.get("comment") or "")
        who, when = row.values.get("reviewed_by"), row.values.get("reviewed_at")
        self.reviewInfo.setText(tr("Reviewed by {0}, {1}").format(who, when) if who else "")
        self.conflictSummary.setText(describe(row.values, row.kind))
        self.conflictSummary.setToolTip(f"{row.values.get('message') or ''}")
        self.show_on_map(rows[0])

    def _forget_picked(self) -> None:
        if self.highlights is not None:
            self.highlights.clear()
        self.conflictSummary.setText(tr("Pick a conflict in the table to see it described here and drawn on the map."))

    def show_on_map(self, source_row: int) -> None:
        """Draw the conflict's plan feature, theme feature and overlap, each its own way (ConflictHighlights), and
        zoom to them with their surroundings. Nothing is selected: the layers' own selections stay the user's."""
        if self.highlights is None:
            return
        row = self.model.rows[source_row]
        named = layers_by_result_name(self.current_setup(), self.project)
        parts = [("overlap", row.layer, row.fid)]
        for part, layer_column, fid_column in (
            ("plan", "plan_layer", "plan_fid"),
            ("theme", "theme_layer", "theme_fid"),
        ):
            layer = named.get(row.values.get(layer_column) or "")
            fid = row.values.get(fid_column)
            if layer is not None and fid is not None:
                parts.append((part, layer, int(fid)))
        self.highlights.show(parts)

    def _map_selection_changed(self, selected, _deselected, _clear) -> None:
        if self._syncing_selection or not selected:
            return
        layer = self.sender()
        number = self.model.row_of(layer, selected[0]) if isinstance(layer, QgsVectorLayer) else None
        if number is None:
            return
        index = self.proxy.mapFromSource(self.model.index(number, 0))
        if not index.isValid():
            return
        self._syncing_selection = True
        try:
            self.conflictView.selectionModel().select(
                index, QItemSelectionModel.SelectionFlag.ClearAndSelect | QItemSelectionModel.SelectionFlag.Rows
            )
            self.conflictView.scrollTo(index)
        finally:
            self._syncing_selection = False

    def save_review(self) -> QgsTask | None:
        """Saves the form's status and comment for the selected conflicts: into the results GeoPackage at once, or
        for shared results in a background task (the answer comes in `_reviews_saved`), which it returns."""
        rows = self.selected_source_rows()
        if not rows:
            self._message(tr("Select a conflict in the table first."), Qgis.MessageLevel.Info)
            return None
        status = self.statusCombo.currentData()
        comment = self.commentEdit.text().strip()
        if self.session.active:
            items = [
                (self.model.rows[n].values.get("conflict_key"), int(self.model.rows[n].values.get("version") or 0))
                for n in rows
            ]
            self.saveReviewButton.setEnabled(False)  # until the answer comes
            return self.session.save(items, status, comment)
        try:
            for number in rows:
                self.model.set_review(number, status, comment)
        except ReviewWriteError as error:
            self._message(str(error), Qgis.MessageLevel.Critical)
            return None
        self._message(tr("Review saved for {0} conflict(s).").format(len(rows)), Qgis.MessageLevel.Success)
        return None

    def _reviews_saved(self, saved: list, error) -> None:
        self.saveReviewButton.setEnabled(True)
        self.model.apply_reviews({review.conflict_key: review for review in saved})
        from ..qgis_adapter.postgis_results import ReviewConflict  # shared results only: psycopg2 is there

        if isinstance(error, ReviewConflict):
            # Their change is shown in the table and below it; ours stays in the form to save on top of theirs.
            current = error.current
            self.model.apply_reviews({current.conflict_key: current})
            self.reviewInfo.setText(
                tr("Changed by {0}, {1}: {2}").format(
                    current.reviewed_by, current.reviewed_at, status_label(current.status)
                )
            )
            self._message(str(error), Qgis.MessageLevel.Warning)
        elif error is not None:
            self._message(str(error), Qgis.MessageLevel.Critical)
        else:
            self._message(tr("Review saved for {0} conflict(s).").format(len(saved)), Qgis.MessageLevel.Success)

    def export_shown(self, suffix: str) -> None:
        start = str(
            Path(self.settings.export_folder or self.project.homePath() or str(Path.home()))
            / f"samplan_konflikter{suffix}"
        )
        title = tr("Export the rows shown")
        file_filter = tr("CSV (*.csv)") if suffix == ".csv" else tr("Spreadsheet (*.xlsx)")
        path, _ = QFileDialog.getSaveFileName(self, title, start, file_filter)
        if not path:
            return
        if not path.lower().endswith(suffix):
            path += suffix
        self.export_to(path)

    def export_to(self, path: str) -> int:
        try:
            count = export_rows(self.proxy.shown_rows(), path)
        except ExportError as error:
            self._message(str(error), Qgis.MessageLevel.Critical)
            return 0
        self.settings.export_folder = str(Path(path).parent)
        self._message(tr("{0} row(s) exported to {1}.").format(count, path), Qgis.MessageLevel.Success)
        return count

    def _message(self, text: str, level) -> None:
        if self.iface is not None:
            self.iface.messageBar().pushMessage(tr("Samplan"), text, level, 8)

    def _message_from_session(self, text: str, level) -> None:
        self._message(text, level)  # through _message, which tests may replace

    def closeEvent(self, event) -> None:
        save_to_project(self.current_setup(), self.project)
        super().closeEvent(event)

    def disconnect_project(self) -> None:
        """Stop following the project (on unload): its layer boxes too, which would otherwise react to its changes."""
        self.setup_panel.stop_following()
        self.result_layers = []
        self.session.close()
        self._forget_picked()
        for signal, slot in (
            (self.project.layersAdded, self._layers_changed),
            (self.project.layersRemoved, self._layers_changed),
            (self.project.layersWillBeRemoved, self._forget_layers),
            (self.project.readProject, self.restore_from_project),
            (self.project.cleared, self._project_cleared),
            (self.project.aboutToBeCleared, self._project_closing),
        ):
            try:
                signal.disconnect(slot)
            except (TypeError, RuntimeError):
                pass
