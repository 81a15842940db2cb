"""The conflict inspector: set up, run, list, filter, zoom, review and export the conflict check's results."""
from __future__ import annotations

from pathlib import Path

import psycopg2
from qgis.core import (
    Qgis,
    QgsCoordinateTransform,
    QgsDataSourceUri,
    QgsApplication,
    QgsProject,
    QgsTask,
    QgsVectorLayer,
    QgsWkbTypes,
)
from qgis.gui import QgsFieldComboBox, QgsFileWidget
from qgis.PyQt import uic
from qgis.PyQt.QtCore import QItemSelectionModel, QSocketNotifier, Qt, QTimer
from qgis.PyQt.QtWidgets import QComboBox, QDockWidget, QFileDialog, QHBoxLayout, QHeaderView, QLabel, QLineEdit, QPushButton, QTableWidgetItem

from ..core.reviews import REVIEW_STATUSES
from ..i18n.translation import tr
from ..qgis_adapter import pg_connections
from ..qgis_adapter.compat import STRING_FIELDS, layer_filter
from ..qgis_adapter.postgis_results import ReviewConflict, ReviewListener, SharedResultsError, SharedReviews, schema_exists
from ..qgis_adapter.reviews import ReviewWriteError
from .check_runner import (
    RESULT_TABLES,
    ConflictCheckRun,
    SetupError,
    add_result_layers,
    add_shared_result_layers,
    layers_by_result_name,
    result_layers_in,
    shared_layers_in,
)
from .export import ExportError, export_rows
from .report_action import add_report_button
from .inspector_setup import ROLES, InspectorSetup, ThemeAssignment, load_from_project, save_to_project
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
from .settings import SamplanSettings

FORM, _ = uic.loadUiType(str(Path(__file__).with_suffix(".ui")))
DEFAULT_RESULTS_NAME = "samplan_konflikter.gpkg"
KIND_OF_TABLE = {table: kind for _, table, kind in RESULT_TABLES}


def _fetch_in_background(_task, reader: SharedReviews) -> dict:
    return reader.fetch()  # SharedResultsError (ConnectionLost, ReviewRefused) says what went wrong


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
        self._restoring = False
        self._syncing_selection = False
        self._shared_connection_name: str | None = None
        self._listener: ReviewListener | None = None
        self._notifier: QSocketNotifier | None = None
        # All reviews are read in a background task over a connection of its own (`_reader`), one read at a time.
        self._reader: SharedReviews | None = None
        self.fetch_task: QgsTask | None = None
        self._fetch_again: bool | None = None  # asked for while one ran: None, or whether to announce the count
        self.last_refresh_changed = 0
        self.model = ConflictTableModel(self)
        self.proxy = ConflictFilterModel(self)
        self.proxy.setSourceModel(self.model)
        self.conflictView.setModel(self.proxy)
        self.conflictView.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        self.conflictView.horizontalHeader().setResizeContentsPrecision(30)  # widths from the first rows: quick on long tables
        self._set_up_widgets()
        self._connect()
        self.restore_from_project()

    # --- set-up ---------------------------------------------------------------------------------------
    def _set_up_widgets(self) -> None:
        self.planLayer.setFilters(layer_filter("PolygonLayer", "LineLayer"))
        self.planLinesLayer.setFilters(layer_filter("LineLayer"))
        self.planLinesLayer.setAllowEmptyLayer(True)
        self.municipalityLayer.setFilters(layer_filter("PolygonLayer"))
        self.municipalityLayer.setAllowEmptyLayer(True)
        self.planKeyField.setAllowEmptyFieldName(True)
        self.municipalityField.setFilters(STRING_FIELDS)
        for widget in (self.planLayer, self.planLinesLayer, self.municipalityLayer):
            widget.setProject(self.project)
        self.planLinesLayer.setLayer(None)
        self.municipalityLayer.setLayer(None)
        self.planField.setLayer(self.planLayer.currentLayer())
        self.planKeyField.setLayer(self.planLayer.currentLayer())
        self.rulesFile.setFilter(tr("Rule set (*.csv)"))
        self.rulesFile.setDialogTitle(tr("Rule set"))
        self.resultsFile.setStorageMode(QgsFileWidget.StorageMode.SaveFile)
        self.resultsFile.setFilter(tr("GeoPackage (*.gpkg)"))
        self.resultsFile.setDialogTitle(tr("Results and reviews"))
        self._add_shared_widgets()
        self.themeTable.setHorizontalHeaderLabels([tr("Layer"), tr("Role"), tr("Category field")])
        self.statusCombo.clear()
        for status in REVIEW_STATUSES:
            self.statusCombo.addItem(status_label(status), status)
        self._fill_filters()
        self._refresh_theme_table()

    def _add_shared_widgets(self) -> None:
        """Where the results live instead of a GeoPackage: a saved PostgreSQL connection and a schema."""
        self.resultsConnection = QComboBox()
        self.resultsConnection.setToolTip(tr("Shared results and reviews in PostGIS: one of QGIS's saved PostgreSQL "
                                             "connections (its credentials stay in QGIS's authentication manager)."))
        self._fill_connections()
        self.resultsSchema = QLineEdit()
        self.resultsSchema.setPlaceholderText(tr("schema, e.g. samplan_granskning"))
        row = QHBoxLayout()
        row.addWidget(self.resultsConnection, 2)
        row.addWidget(self.resultsSchema, 1)
        self.sharedLabel = QLabel(tr("Shared results (PostGIS)"))
        self.filesForm.addRow(self.sharedLabel, row)
        self.refreshButton = QPushButton(tr("Refresh"))
        self.refreshButton.setToolTip(tr("Show the reviews the others have saved since."))
        self.reviewRow.addWidget(self.refreshButton)
        self.historyButton = QPushButton(tr("History"))
        self.historyButton.setToolTip(tr("Every change saved for the selected conflict: who, when, status, comment, version."))
        self.reviewRow.addWidget(self.historyButton)
        self.history_dialog = None
        self._shared_mode_changed()

    def _fill_connections(self, keep: str = "") -> None:
        self.resultsConnection.blockSignals(True)
        self.resultsConnection.clear()
        self.resultsConnection.addItem(tr("— GeoPackage file above"), "")
        names = pg_connections.saved_connection_names()
        for name in names:
            self.resultsConnection.addItem(name, name)
        if keep and keep not in names:  # a project from a colleague whose connection this QGIS does not have (yet)
            self.resultsConnection.addItem(tr("{0} (not saved in this QGIS)").format(keep), keep)
        self.resultsConnection.setCurrentIndex(max(self.resultsConnection.findData(keep), 0))
        self.resultsConnection.blockSignals(False)

    def _shared_mode_changed(self, *_args) -> None:
        shared = bool(self.resultsConnection.currentData())
        self.resultsFile.setEnabled(not shared)
        self.resultsSchema.setEnabled(shared)
        self.refreshButton.setEnabled(shared)
        self.historyButton.setEnabled(shared)

    def _connect(self) -> None:
        self.planLayer.layerChanged.connect(self._plan_layer_changed)
        self.municipalityLayer.layerChanged.connect(self.municipalityField.setLayer)
        for signal in (self.planField.fieldChanged, self.planKeyField.fieldChanged, self.planLinesLayer.layerChanged,
                       self.municipalityLayer.layerChanged, self.municipalityField.fieldChanged, self.rulesFile.fileChanged,
                       self.resultsFile.fileChanged):
            signal.connect(self._setup_changed)
        self.project.layersAdded.connect(self._layers_changed)
        self.project.layersRemoved.connect(self._layers_changed)
        self.project.layersWillBeRemoved.connect(self._forget_layers)
        self.project.readProject.connect(self.restore_from_project)
        self.project.aboutToBeCleared.connect(self._project_closing)
        self.project.cleared.connect(self._project_cleared)
        self.runButton.clicked.connect(self.start_check)
        self.cancelButton.clicked.connect(self.cancel_check)
        self.editRulesButton.clicked.connect(self.open_rule_editor)
        for combo, column in self._filter_combos():
            combo.currentIndexChanged.connect(lambda _index, c=combo, name=column: self.proxy.set_filter(name, c.currentData()))
        self.searchEdit.textChanged.connect(self.proxy.set_search)
        for signal in (self.proxy.rowsInserted, self.proxy.rowsRemoved, self.proxy.modelReset, self.proxy.layoutChanged,
                       self.model.dataChanged):
            signal.connect(self._update_counts)
        self.conflictView.selectionModel().selectionChanged.connect(self._row_selected)
        self.saveReviewButton.clicked.connect(self.save_review)
        self.resultsConnection.currentIndexChanged.connect(self._shared_mode_changed)
        self.resultsConnection.currentIndexChanged.connect(self._setup_changed)
        self.resultsSchema.editingFinished.connect(self._setup_changed)
        self.refreshButton.clicked.connect(self.refresh_reviews)
        self.historyButton.clicked.connect(self.show_history)
        self.exportCsvButton.clicked.connect(lambda: self.export_shown(".csv"))
        self.exportXlsxButton.clicked.connect(lambda: self.export_shown(".xlsx"))
        self.reportButton = add_report_button(self, self.exportXlsxButton)  # report and consultation exports: ui/report_action.py

    def _plan_layer_changed(self, layer) -> None:
        self.planField.setLayer(layer)
        self.planKeyField.setLayer(layer)
        if isinstance(layer, QgsVectorLayer) and layer.fields().lookupField("anvandning") >= 0:
            self.planField.setField("anvandning")
        self._refresh_theme_table()
        self._setup_changed()

    def _forget_layers(self, layer_ids) -> None:
        """Result layers leaving the project leave the table too, before Qt deletes them."""
        gone = set(layer_ids)
        if any(layer.id() in gone for layer in self.result_layers):
            self.result_layers = [layer for layer in self.result_layers if layer.id() not in gone]
            self.model.set_rows([row for row in self.model.rows if row.layer in self.result_layers])

    def _layers_changed(self, *_args) -> None:
        if not self._restoring:
            self._refresh_theme_table()

    def _candidate_theme_layers(self) -> list[QgsVectorLayer]:
        excluded = {self.planLayer.currentLayer(), self.planLinesLayer.currentLayer(), self.municipalityLayer.currentLayer()}
        excluded_ids = {layer.id() for layer in excluded if layer is not None} | {layer.id() for layer in self.result_layers}
        layers = [layer for layer in self.project.layerTreeRoot().layerOrder() if isinstance(layer, QgsVectorLayer)]
        layers += [layer for layer in self.project.mapLayers().values() if isinstance(layer, QgsVectorLayer) and layer not in layers]
        return [layer for layer in layers if layer.id() not in excluded_ids and layer.isSpatial()
                and "conflict_key" not in layer.fields().names()]

    def _refresh_theme_table(self, setup: InspectorSetup | None = None) -> None:
        current = setup or self.current_setup()
        layers = self._candidate_theme_layers()
        self.themeTable.setRowCount(len(layers))
        for row, layer in enumerate(layers):
            assignment = current.role_of(layer.id())
            item = QTableWidgetItem(layer.name())
            item.setData(Qt.ItemDataRole.UserRole, layer.id())
            item.setFlags(item.flags() & ~Qt.ItemFlag.ItemIsEditable)
            item.setToolTip(QgsWkbTypes.displayString(layer.wkbType()))
            self.themeTable.setItem(row, 0, item)
            role = QComboBox()
            role.addItem(tr("— not checked"), "")
            for name in ROLES:
                role.addItem(role_label(name), name)
            role.setCurrentIndex(max(role.findData(assignment.role if assignment else ""), 0))
            role.currentIndexChanged.connect(self._setup_changed)
            self.themeTable.setCellWidget(row, 1, role)
            field = QgsFieldComboBox()
            field.setAllowEmptyFieldName(True)
            field.setLayer(layer)
            field.setToolTip(tr("Empty: the layer's name is the category of its features."))
            wanted = assignment.category_field if assignment else ("kategori" if layer.fields().lookupField("kategori") >= 0 else "")
            field.setField(wanted)
            field.fieldChanged.connect(self._setup_changed)
            self.themeTable.setCellWidget(row, 2, field)
        self.themeTable.resizeColumnsToContents()

    def current_setup(self) -> InspectorSetup:
        themes = []
        for row in range(self.themeTable.rowCount()):
            item = self.themeTable.item(row, 0)
            role = self.themeTable.cellWidget(row, 1)
            field = self.themeTable.cellWidget(row, 2)
            if item is not None and role is not None and role.currentData():
                themes.append(ThemeAssignment(item.data(Qt.ItemDataRole.UserRole), role.currentData(), field.currentField()))
        plan = self.planLayer.currentLayer()
        lines = self.planLinesLayer.currentLayer()
        municipalities = self.municipalityLayer.currentLayer()
        return InspectorSetup(
            plan_layer_id=plan.id() if plan else "", plan_field=self.planField.currentField(),
            plan_lines_layer_id=lines.id() if lines else "", plan_key_field=self.planKeyField.currentField(),
            municipality_layer_id=municipalities.id() if municipalities else "",
            municipality_field=self.municipalityField.currentField(), themes=themes,
            rules_path=self.rulesFile.filePath(), results_path=self.resultsFile.filePath(),
            results_connection=self.resultsConnection.currentData() or "", results_schema=self.resultsSchema.text().strip())

    def apply_setup(self, setup: InspectorSetup) -> None:
        self._restoring = True
        try:
            self.planLayer.setLayer(self.project.mapLayer(setup.plan_layer_id) if setup.plan_layer_id else None)
            self.planField.setLayer(self.planLayer.currentLayer())
            self.planKeyField.setLayer(self.planLayer.currentLayer())
            self.planField.setField(setup.plan_field)
            self.planKeyField.setField(setup.plan_key_field)
            self.planLinesLayer.setLayer(self.project.mapLayer(setup.plan_lines_layer_id) if setup.plan_lines_layer_id else None)
            self.municipalityLayer.setLayer(self.project.mapLayer(setup.municipality_layer_id) if setup.municipality_layer_id else None)
            self.municipalityField.setLayer(self.municipalityLayer.currentLayer())
            self.municipalityField.setField(setup.municipality_field)
            self.rulesFile.setFilePath(setup.rules_path)
            self.resultsFile.setFilePath(setup.results_path)
            self._fill_connections(setup.results_connection)
            self.resultsSchema.setText(setup.results_schema)
            self._shared_mode_changed()
            self._refresh_theme_table(setup)
        finally:
            self._restoring = False

    def _setup_changed(self, *_args) -> None:
        if not self._restoring:
            save_to_project(self.current_setup(), self.project)

    def restore_from_project(self, *_args) -> None:
        setup = load_from_project(self.project)
        if setup is None:
            setup = self.current_setup()
            if not setup.results_path and self.project.homePath():
                setup.results_path = str(Path(self.project.homePath()) / DEFAULT_RESULTS_NAME)
                self.resultsFile.setFilePath(setup.results_path)
            self._refresh_theme_table(setup)
        else:
            self.apply_setup(setup)
        self._restoring = False
        self.load_results()

    def _project_closing(self) -> None:
        # While a project closes and the next one loads, the layer boxes move on their own: not a set-up change.
        self._restoring = True
        self.result_layers = []
        self.model.set_rows([])
        self._close_shared()

    def _project_cleared(self) -> None:
        self._fill_filters()
        # A project being read ends with readProject (restore_from_project); a new empty one ends here.
        QTimer.singleShot(0, self._project_settled)

    def _project_settled(self) -> None:
        self._restoring = False

    # --- running --------------------------------------------------------------------------------------
    def start_check(self) -> bool:
        setup = self.current_setup()
        if not setup.results_path and self.project.homePath():
            setup.results_path = str(Path(self.project.homePath()) / DEFAULT_RESULTS_NAME)
            self.resultsFile.setFilePath(setup.results_path)
        save_to_project(setup, self.project)
        self.run = ConflictCheckRun(setup, self.project, self)
        self.run.progressChanged.connect(lambda value: self.progressBar.setValue(int(value)))
        self.run.finished.connect(self._check_finished)
        try:
            self.run.start()
        except SetupError as error:
            self.run = None
            self._message(str(error), Qgis.MessageLevel.Warning)
            return False
        self.runButton.setEnabled(False)
        self.cancelButton.setEnabled(True)
        self.progressBar.setValue(0)
        return True

    def cancel_check(self) -> None:
        if self.run is not None:
            self.run.cancel()

    def _check_finished(self, ok: bool, message: str) -> None:
        self.runButton.setEnabled(True)
        self.cancelButton.setEnabled(False)
        run, self.run = self.run, None
        if not ok:
            self.progressBar.setValue(0)
            cancelled = run is not None and run.feedback.isCanceled()
            self._message(message, Qgis.MessageLevel.Warning if cancelled else Qgis.MessageLevel.Critical)
            return
        self.load_results(run.records if run else None)
        self.tabs.setCurrentWidget(self.resultsTab)
        counts = self.proxy.counts_by_severity()
        self._message(tr("Conflict check done: {0} conflict(s), {1} warning(s), {2} opportunity(ies).").format(
            counts["conflict"], counts["warning"], counts["opportunity"]), Qgis.MessageLevel.Success)

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
            layers = self._shared_layers(setup)
        else:
            self._close_shared()
            path = self.resultsFile.filePath()
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
            if self.model.shared is not None and rows:  # the reviews' current state, not the run's copy: shown when read
                self.fetch_reviews()
        else:
            rows = [ConflictRow(layer, fid, kind, values) for layer, table, kind in pairs for fid, values in records.get(table, [])]
        first_rows = not self.model.rows
        self.model.set_rows(rows)
        self._fill_filters()
        self._update_counts()
        if first_rows:  # later runs keep the widths the user has set
            self.conflictView.resizeColumnsToContents()

    def _shared_layers(self, setup: InspectorSetup) -> list[QgsVectorLayer]:
        """The shared results' layers (added to the project when missing), with a review connection of our own."""
        if self.model.shared is None or self.model.shared.schema != setup.results_schema or \
                getattr(self, "_shared_connection_name", None) != setup.results_connection:
            self._close_shared()
            if not setup.results_schema:
                return []
            name = setup.results_connection
            self.model.shared = SharedReviews(lambda: pg_connections.connect(name), setup.results_schema)
            self._reader = SharedReviews(lambda: pg_connections.connect(name), setup.results_schema)
            self._shared_connection_name = name
            self._listen(name, setup.results_schema)
        layers = shared_layers_in(self.project, setup.results_connection, setup.results_schema)
        if not layers:
            try:
                exists = schema_exists(self.model.shared.connection, setup.results_schema)
                self.model.shared.connection.rollback()
            except (SharedResultsError, pg_connections.ConnectionSetupError, psycopg2.Error) as error:
                self._message(str(error), Qgis.MessageLevel.Warning)
                return []
            if exists:
                layers = add_shared_result_layers(self.project, setup.results_connection, setup.results_schema)
        return layers

    def _listen(self, name: str, schema: str) -> None:
        """Others' saves arrive by LISTEN/NOTIFY and are shown at once (Refresh does the same by hand)."""
        try:
            self._listener = ReviewListener(lambda: pg_connections.connect(name), schema)
        except (pg_connections.ConnectionSetupError, psycopg2.Error):
            self._listener = None  # Refresh still works
            return
        self._watch_listener()

    def _watch_listener(self) -> None:
        if self._notifier is not None:
            self._notifier.setEnabled(False)
            self._notifier.deleteLater()
        self._notifier = QSocketNotifier(self._listener.fileno(), QSocketNotifier.Type.Read, self)
        self._notifier.activated.connect(self._notified)

    def _notified(self, *_args) -> None:
        if self._listener is None:
            return
        try:
            changed = self._listener.changed()
        except SharedResultsError as error:  # dropped, and could not be opened again: Refresh listens again
            self._notifier.setEnabled(False)
            self._listener.close()
            self._listener = None
            self._message(str(error), Qgis.MessageLevel.Warning)
            return
        if self._listener.reconnected:
            self._message(self._listener.reconnected, Qgis.MessageLevel.Info)
            self._listener.reconnected = None
            self._watch_listener()  # a new connection, a new socket
        if changed and self.model.shared is not None:
            self.fetch_reviews(quiet=True)

    def fetch_reviews(self, announce: bool = False, quiet: bool = False) -> QgsTask | None:
        """Read all reviews in a background task (a slow or unreachable server must not freeze QGIS) and show them
        when it finishes; one read at a time (asked for meanwhile: read again after). `announce` says how many
        changed; `quiet` leaves a failure to the next save or refresh to report."""
        if self._reader is None:
            return None
        if self.fetch_task is not None:
            self._fetch_again = bool(self._fetch_again) or announce
            return self.fetch_task
        reader = self._reader
        task = QgsTask.fromFunction(tr("Samplan: reading the shared reviews"), _fetch_in_background, reader,
                                    on_finished=lambda exception, reviews=None: self._reviews_fetched(
                                        reader, announce, quiet, exception, reviews))
        self.fetch_task = task
        QgsApplication.taskManager().addTask(task)
        return task

    def _reviews_fetched(self, reader: SharedReviews, announce: bool, quiet: bool, exception, reviews) -> None:
        self.fetch_task = None
        if reader is not self._reader:  # the shared results were changed or closed meanwhile: what it read is stale
            reader.close()
        elif exception is not None:
            if not quiet:
                self._message(str(exception), Qgis.MessageLevel.Warning)
        else:
            changed = self.model.apply_reviews(reviews or {})
            self.last_refresh_changed = changed
            if changed:
                self._update_counts()
            if announce:  # asked for by Refresh: the form shows the selected conflict's new state too
                self._row_selected()
                self._message(tr("Reviews refreshed: {0} conflict(s) changed by others.").format(changed),
                              Qgis.MessageLevel.Info)
        if self._fetch_again is not None:
            again, self._fetch_again = self._fetch_again, None
            self.fetch_reviews(announce=again)

    def _close_shared(self) -> None:
        if self._notifier is not None:
            self._notifier.setEnabled(False)
            self._notifier.deleteLater()
            self._notifier = None
        if self._listener is not None:
            self._listener.close()
            self._listener = None
        if self.model.shared is not None:
            self.model.shared.close()
        if self._reader is not None and self.fetch_task is None:
            self._reader.close()  # else closed when its read finishes (never under a running task's feet)
        self._reader = None
        self._fetch_again = None
        self.model.shared = None
        self._shared_connection_name = None

    def refresh_reviews(self) -> QgsTask | None:
        """The reviews the others have saved, read in the background and shown with who and when; the message
        says how many rows changed (also in `last_refresh_changed`)."""
        if self._listener is None and self.model.shared is not None and self._shared_connection_name:
            self._listen(self._shared_connection_name, self.model.shared.schema)  # lost before: listen again
        return self.fetch_reviews(announce=True)

    def show_history(self, *_args):
        """A window with every change saved for the selected conflict (shared results only); returns it."""
        from .review_history import ReviewHistoryDialog

        rows = self.selected_source_rows()
        if not rows:
            self._message(tr("Select a conflict in the table first."), Qgis.MessageLevel.Info)
            return None
        if self.model.shared is None:
            self._message(tr("The history of changes is kept for shared results in PostGIS."), Qgis.MessageLevel.Info)
            return None
        key = self.model.rows[rows[0]].values.get("conflict_key") or ""
        try:
            changes = self.model.shared.history(key)
        except SharedResultsError as error:
            self._message(str(error), Qgis.MessageLevel.Warning)
            return None
        if self.history_dialog is not None:
            self.history_dialog.close()
        self.history_dialog = ReviewHistoryDialog(key, changes, self)
        self.history_dialog.show()
        return self.history_dialog

    def _filter_combos(self):
        return ((self.severityFilter, "severity"), (self.ruleFilter, "rule_id"), (self.roleFilter, "theme_role"),
                (self.municipalityFilter, "municipality"), (self.statusFilter, "status"))

    def _fill_filters(self) -> None:
        rows = self.model.rows
        labels = {"severity": severity_label, "theme_role": role_label, "status": status_label}
        chosen_filters = {}
        everything = {"severity": tr("All severities"), "rule_id": tr("All rules"), "theme_role": tr("All theme roles"),
                      "municipality": tr("All municipalities"), "status": tr("All statuses")}
        for combo, column in self._filter_combos():
            chosen = combo.currentData()
            combo.blockSignals(True)
            combo.clear()
            combo.addItem(everything[column], None)
            values = SEVERITIES if column == "severity" else REVIEW_STATUSES if column == "status" else distinct_values(rows, column)
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
        counts = self.proxy.counts_by_severity()
        self.countsLabel.setText(tr("{0} conflict(s) · {1} warning(s) · {2} opportunity(ies) — {3} of {4} rows shown").format(
            counts["conflict"], counts["warning"], counts["opportunity"], self.proxy.rowCount(), len(self.model.rows)))

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
        self.show_on_map(rows[0])

    def show_on_map(self, source_row: int) -> None:
        """Zoom to and flash the conflict; select it and the two features it involves."""
        row = self.model.rows[source_row]
        self._syncing_selection = True
        try:
            for layer in self.result_layers:
                layer.selectByIds([row.fid] if layer is row.layer else [])
            named = layers_by_result_name(self.current_setup(), self.project)
            for layer_column, fid_column in (("plan_layer", "plan_fid"), ("theme_layer", "theme_fid")):
                layer = named.get(row.values.get(layer_column) or "")
                fid = row.values.get(fid_column)
                if layer is not None and fid is not None:
                    layer.selectByIds([int(fid)])
        finally:
            self._syncing_selection = False
        if self.iface is None:
            return
        canvas = self.iface.mapCanvas()
        feature = row.layer.getFeature(row.fid)
        if not feature.hasGeometry():
            return
        geometry = feature.geometry()
        transform = QgsCoordinateTransform(row.layer.crs(), canvas.mapSettings().destinationCrs(), self.project)
        geometry.transform(transform)
        extent = geometry.boundingBox()
        extent.grow(max(extent.width(), extent.height(), 300.0) * 1.5)  # the surroundings too
        canvas.setExtent(extent)
        canvas.refresh()
        canvas.flashGeometries([geometry], canvas.mapSettings().destinationCrs())

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
                index, QItemSelectionModel.SelectionFlag.ClearAndSelect | QItemSelectionModel.SelectionFlag.Rows)
            self.conflictView.scrollTo(index)
        finally:
            self._syncing_selection = False

    def save_review(self) -> None:
        rows = self.selected_source_rows()
        if not rows:
            self._message(tr("Select a conflict in the table first."), Qgis.MessageLevel.Info)
            return
        status = self.statusCombo.currentData()
        comment = self.commentEdit.text().strip()
        try:
            for number in rows:
                self.model.set_review(number, status, comment)
        except ReviewConflict as conflict:
            # Their change is shown in the table and below it; ours stays in the form to save on top of theirs.
            current = conflict.current
            self.reviewInfo.setText(tr("Changed by {0}, {1}: {2}").format(current.reviewed_by, current.reviewed_at,
                                                                         status_label(current.status)))
            self._message(str(conflict), Qgis.MessageLevel.Warning)
            return
        except (ReviewWriteError, SharedResultsError, pg_connections.ConnectionSetupError) as error:
            self._message(str(error), Qgis.MessageLevel.Critical)
            return
        self._message(tr("Review saved for {0} conflict(s).").format(len(rows)), Qgis.MessageLevel.Success)

    def export_shown(self, suffix: str) -> None:
        start = str(Path(self.settings.export_folder or self.project.homePath() or str(Path.home())) / f"samplan_konflikter{suffix}")
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

    def open_rule_editor(self) -> None:
        from .rule_editor import RuleSetEditor

        editor = RuleSetEditor(self.rulesFile.filePath() or None, self)
        if editor.exec() and editor.saved_path:
            self.rulesFile.setFilePath(editor.saved_path)

    def _message(self, text: str, level) -> None:
        if self.iface is not None:
            self.iface.messageBar().pushMessage(tr("Samplan"), text, level, 8)

    def closeEvent(self, event) -> None:
        save_to_project(self.current_setup(), self.project)
        super().closeEvent(event)

    def disconnect_project(self) -> None:
        """Stop following the project (on unload): its layer boxes too, which would otherwise react to its changes."""
        for widget in (self.planLayer, self.planLinesLayer, self.municipalityLayer):
            widget.blockSignals(True)
        self.result_layers = []
        self._close_shared()
        for signal, slot in ((self.project.layersAdded, self._layers_changed), (self.project.layersRemoved, self._layers_changed),
                             (self.project.layersWillBeRemoved, self._forget_layers),
                             (self.project.readProject, self.restore_from_project), (self.project.cleared, self._project_cleared),
                             (self.project.aboutToBeCleared, self._project_closing)):
            try:
                signal.disconnect(slot)
            except (TypeError, RuntimeError):
                pass
