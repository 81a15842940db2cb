"""The conflict check run from the inspector: a QgsTask in QGIS's task manager, writing to a staging
GeoPackage that replaces the results file only when the run succeeds (a cancelled or failed run leaves
the previous results as they were).

psycopg2 is optional (shared results in PostGIS alone need it): the PostGIS work imports it, and
qgis_adapter.postgis_results, where it runs, so that the check on GeoPackage files works without it."""

from __future__ import annotations

import json
import uuid
from pathlib import Path

from qgis.core import (
    QgsApplication,
    QgsCoordinateReferenceSystem,
    QgsDataSourceUri,
    QgsLayerTreeGroup,
    QgsMapLayerStore,
    QgsProcessingAlgRunnerTask,
    QgsProcessingContext,
    QgsProcessingFeedback,
    QgsProcessingUtils,
    QgsProject,
    QgsTask,
    QgsVectorLayer,
)
from qgis.PyQt.QtCore import QCoreApplication, QObject, pyqtSignal

from ..core.rules import ROLE_PARAMETERS
from ..i18n.translation import tr, user_language
from ..qgis_adapter import pg_connections
from ..qgis_adapter.reading import is_metric_crs, layer_name_of
from ..qgis_adapter.result_styles import apply_conflict_style
from ..qgis_adapter.results_file import publish_tables, read_records, sqlite_companions
from .inspector_setup import InspectorSetup

# The results GeoPackage's conflict tables, by geometry kind.
RESULT_TABLES = (
    ("CONFLICT_AREAS", "konflikter_ytor", "area"),
    ("CONFLICT_LINES", "konflikter_linjer", "line"),
    ("CONFLICT_POINTS", "konflikter_punkter", "point"),
)
OTHER_TABLES = (("SUMMARY", "sammanfattning"), ("RULES_USED", "regler"), ("RUN_INFO", "korning"))
RESULTS_GROUP = "Samplan"


class SetupError(Exception):
    """A set-up the check cannot run with; the message says what to fix."""


class RecordingFeedback(QgsProcessingFeedback):
    """Feedback that keeps the errors and warnings, to show the user after the run."""

    def __init__(self) -> None:
        super().__init__()
        self.errors: list[str] = []
        self.warnings: list[str] = []

    def reportError(self, error: str, fatalError: bool = False) -> None:
        self.errors.append(error)
        super().reportError(error, fatalError)

    def pushWarning(self, warning: str) -> None:
        self.warnings.append(warning)
        super().pushWarning(warning)


def gpkg_table(path: Path, table: str) -> str:
    return f"ogr:dbname='{path}' table=\"{table}\" (geom)"


def staging_path(results: Path) -> Path:
    """A new name per run, so that no connection QGIS still pools to an earlier run's file is ever reused.
    No dot but the suffix's: QGIS takes the driver from everything after the first dot."""
    return results.with_name(f"{results.stem.replace('.', '_')}_running_{uuid.uuid4().hex[:12]}.gpkg")


def analysis_crs(project: QgsProject) -> QgsCoordinateReferenceSystem:
    """The project's CRS where the algorithms accept it (is_metric_crs: e.g. any SWEREF 99 zone), else SWEREF 99 TM."""
    crs = project.crs()
    if is_metric_crs(crs):
        return crs
    return QgsCoordinateReferenceSystem("EPSG:3006")


def check_parameters(
    setup: InspectorSetup,
    project: QgsProject,
    staging: Path,
    results: Path,
    previous: list[str] | None = None,
    copies: QgsMapLayerStore | None = None,
) -> dict:
    """The conflict check's parameters for a set-up; refuses a set-up that cannot run, naming what is missing.

    The layers go in as copies (see worker_copy), owned by `copies`: empty it when the run is over."""
    copies = copies if copies is not None else QgsMapLayerStore()

    def copy_of(layer: QgsVectorLayer) -> QgsVectorLayer:
        copy = worker_copy(layer)
        copies.addMapLayer(copy)  # the store owns it, so it is deleted in QGIS's thread, never at its exit
        return copy

    plan = project.mapLayer(setup.plan_layer_id)
    if not isinstance(plan, QgsVectorLayer):
        raise SetupError(tr("Choose the plan draft layer."))
    if plan.fields().lookupField(setup.plan_field) < 0:
        raise SetupError(
            tr("Layer '{0}' has no field '{1}'. Its fields are: {2}.").format(
                plan.name(), setup.plan_field, ", ".join(plan.fields().names())
            )
        )
    themes: dict[str, list[QgsVectorLayer]] = {}
    fields: dict[str, str] = {}
    for assignment in setup.themes:
        layer = project.mapLayer(assignment.layer_id)
        if not isinstance(layer, QgsVectorLayer):
            continue  # removed from the project since the set-up was made
        copy = copy_of(layer)
        themes.setdefault(ROLE_PARAMETERS[assignment.role], []).append(copy)
        fields[copy.id()] = assignment.category_field
    if not themes:
        raise SetupError(tr("Assign at least one theme layer to a role."))
    parameters = {
        "PLAN": copy_of(plan),
        "PLAN_FIELD": setup.plan_field,
        "THEME_FIELD": "",
        "THEME_FIELDS": json.dumps(fields),
        "CRS": analysis_crs(project),
        "LANGUAGE": 0 if user_language() == "sv" else 1,
        **themes,
        **{key: gpkg_table(staging, table) for key, table, _ in RESULT_TABLES},
        **{key: gpkg_table(staging, table) for key, table in OTHER_TABLES},
    }
    lines = project.mapLayer(setup.plan_lines_layer_id) if setup.plan_lines_layer_id else None
    if isinstance(lines, QgsVectorLayer):
        parameters["PLAN_LINES"] = copy_of(lines)
    if setup.plan_key_field:
        parameters["PLAN_KEY_FIELD"] = setup.plan_key_field
    municipalities = project.mapLayer(setup.municipality_layer_id) if setup.municipality_layer_id else None
    if isinstance(municipalities, QgsVectorLayer):
        parameters["MUNICIPALITIES"] = copy_of(municipalities)
        if setup.municipality_field:
            parameters["MUNICIPALITY_FIELD"] = setup.municipality_field
    if setup.rules_path:
        parameters["RULES"] = setup.rules_path
    if previous is not None:  # shared results: their review table
        if previous:
            parameters["PREVIOUS_RESULTS"] = previous
    elif results.exists():  # the reviews of unchanged conflicts are kept
        parameters["PREVIOUS_RESULTS"] = [
            f"{results}|layername={table}"
            for _, table, _ in RESULT_TABLES
            if QgsVectorLayer(f"{results}|layername={table}", table, "ogr").isValid()
        ]
    return parameters


def worker_copy(layer: QgsVectorLayer) -> QgsVectorLayer:
    """A copy of a project layer (same source, name, filter and, for memory layers, features) for the task's
    thread to read alone: project layers belong to the GUI thread, which draws them while the check runs, and
    reading them from another thread at the same time can bring QGIS down."""
    if layer.isModified():
        raise SetupError(
            tr(
                "Layer '{0}' has unsaved edits: save them first, so that the check and its results agree with the data."
            ).format(layer.name())
        )
    return layer.clone()


def layers_by_result_name(setup: InspectorSetup, project: QgsProject) -> dict[str, QgsVectorLayer]:
    """The set-up's layers by the name the results call them (the check numbers a repeated name: 'x (2)')."""
    ids = [setup.plan_layer_id, setup.plan_lines_layer_id] + [t.layer_id for t in setup.themes]
    named: dict[str, QgsVectorLayer] = {}
    for layer_id in ids:
        layer = project.mapLayer(layer_id) if layer_id else None
        if not isinstance(layer, QgsVectorLayer):
            continue
        name = layer_name_of(layer)
        number = 1
        while (name if number == 1 else f"{name} ({number})") in named:
            number += 1
        named[name if number == 1 else f"{name} ({number})"] = layer
    return named


class ConflictCheckRun(QObject):
    """One run of the check for the inspector: start(), cancel(), then `finished(ok, message)`."""

    finished = pyqtSignal(bool, str)
    progressChanged = pyqtSignal(float)

    def __init__(self, setup: InspectorSetup, project: QgsProject, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.setup = setup
        self.project = project
        self.results = (
            Path(setup.results_path)
            if not setup.shared
            else Path(QgsProcessingUtils.tempFolder()) / "samplan_shared_results.gpkg"
        )
        self.staging = staging_path(self.results)
        self.connect_parameters: dict | None = None
        self.task: QgsProcessingAlgRunnerTask | None = None
        self.feedback = RecordingFeedback()
        self.context = QgsProcessingContext()
        self.layers: list[QgsVectorLayer] = []
        self.copies = QgsMapLayerStore()  # the layers the task reads (see worker_copy)
        self.records: dict[str, list[tuple[int, dict]]] = {}
        self.publish_task: QgsTask | None = None
        self.connect_task: QgsTask | None = None
        self.parameters: dict = {}
        self.algorithm = None

    def start(self) -> QgsTask:
        """Checks the set-up (SetupError says what to fix) and starts the run in QGIS's task manager. Shared results
        are first looked for in their schema by a task of its own (the server may be slow or away)."""
        if self.setup.shared:
            self._check_shared_setup()
        elif not self.setup.results_path:
            raise SetupError(tr("Choose a results GeoPackage."))
        self.results.parent.mkdir(parents=True, exist_ok=True)
        _remove_gpkg(self.staging)
        self.parameters = check_parameters(
            self.setup, self.project, self.staging, self.results, [] if self.setup.shared else None, self.copies
        )
        self.algorithm = QgsApplication.processingRegistry().createAlgorithmById("samplan:conflictcheck")
        if self.algorithm is None:
            raise SetupError(tr("The Samplan Processing provider is not loaded."))
        if not self.setup.shared:
            return self._start_algorithm()
        self.connect_task = QgsTask.fromFunction(
            tr("Samplan: connecting to the shared results"),
            _schema_in_background,
            self.connect_parameters,
            self.setup.results_schema,
            on_finished=self._shared_schema_checked,
        )
        QgsApplication.taskManager().addTask(self.connect_task)
        return self.connect_task

    def _start_algorithm(self) -> QgsProcessingAlgRunnerTask:
        self.context.setProject(self.project)
        self.feedback.progressChanged.connect(self.progressChanged)
        self.task = QgsProcessingAlgRunnerTask(self.algorithm, self.parameters, self.context, self.feedback)
        self.task.setDescription(tr("Samplan: conflict check"))
        self.task.executed.connect(self._executed)
        QgsApplication.taskManager().addTask(self.task)
        return self.task

    def _check_shared_setup(self) -> None:
        """The shared results' connection as psycopg2's parameters (credentials resolved through QGIS's
        authentication manager, kept in memory for the run); no server is asked yet."""
        if not self.setup.results_schema.strip():
            raise SetupError(tr("Choose the schema of the shared results."))
        missing = pg_connections.shared_results_unavailable()
        if missing:
            raise SetupError(missing)
        try:
            self.connect_parameters = pg_connections.connect_parameters(self.setup.results_connection)
        except pg_connections.ConnectionSetupError as error:
            raise SetupError(tr("The shared results cannot be reached: {0}").format(str(error).strip())) from error

    def _shared_schema_checked(self, exception, exists=None) -> None:
        """Their review table is the previous results when the schema holds shared results already."""
        self.connect_task = None
        if exception is not None:
            self.copies.removeAllMapLayers()
            self.finished.emit(False, tr("The shared results cannot be reached: {0}").format(str(exception).strip()))
            return
        if self.feedback.isCanceled():
            self.copies.removeAllMapLayers()
            self.finished.emit(False, tr("Cancelled: the previous results are unchanged."))
            return
        if exists:
            from ..qgis_adapter.postgis_results import REVIEW_TABLE

            uri = pg_connections.layer_uri(
                self.setup.results_connection, self.setup.results_schema, REVIEW_TABLE, None, "conflict_key"
            )
            self.parameters["PREVIOUS_RESULTS"] = [QgsProcessingUtils.encodeProviderKeyAndUri("postgres", uri)]
        self._start_algorithm()

    def cancel(self) -> None:
        self.feedback.cancel()  # also a run still looking for its shared results
        if self.task is not None:
            self.task.cancel()

    def _executed(self, successful: bool, _results: dict) -> None:
        # The layer copies and the run's own handles on the staging file go now, in QGIS's thread, not at its exit.
        self.copies.removeAllMapLayers()
        self.context.temporaryLayerStore().removeAllMapLayers()
        if not successful:
            _remove_gpkg(self.staging)
            cancelled = self.feedback.isCanceled()
            message = (
                tr("Cancelled: the previous results are unchanged.")
                if cancelled
                else tr("The check failed: {0}").format(" ".join(self.feedback.errors) or tr("see the log"))
            )
            self.finished.emit(False, message)
            return
        # Copying into the results file and reading the rows back is file work: a second task, off the GUI thread.
        if self.setup.shared:
            name, schema = self.setup.results_connection, self.setup.results_schema
            self.publish_task = QgsTask.fromFunction(
                tr("Samplan: saving the results"),
                _publish_shared_in_background,
                self.staging,
                self.connect_parameters,
                schema,
                [] if shared_layers_in(self.project, name, schema) else shared_layer_sources(name, schema),
                on_finished=self._published,
            )
        else:
            self.publish_task = QgsTask.fromFunction(
                tr("Samplan: saving the results"),
                _publish_in_background,
                self.staging,
                self.results,
                on_finished=self._published,
            )
        QgsApplication.taskManager().addTask(self.publish_task)

    def _published(self, exception, result) -> None:
        _remove_gpkg(self.staging)
        if exception is not None:
            where = tr("schema '{0}'").format(self.setup.results_schema) if self.setup.shared else str(self.results)
            self.finished.emit(False, tr("The results could not be written to {0}: {1}").format(where, exception))
            return
        if self.setup.shared:
            self.records, made = result
            self.layers = show_shared_results(
                self.project, self.setup.results_connection, self.setup.results_schema, made
            )
        else:
            self.records = result
            self.layers = show_results(self.project, self.results)
        self.finished.emit(True, "")


def _schema_in_background(_task, parameters: dict, schema: str) -> bool:
    """Whether the schema holds shared results (a connection of its own, closed again)."""
    import psycopg2

    from ..qgis_adapter.postgis_results import schema_exists

    connection = psycopg2.connect(**parameters)
    try:
        return schema_exists(connection, schema)
    finally:
        connection.close()


def _publish_in_background(_task, staging: Path, results: Path) -> dict[str, list[tuple[int, dict]]]:
    publish_tables(staging, results, [table for _, table, _ in RESULT_TABLES] + [table for _, table in OTHER_TABLES])
    return read_records(results, [table for _, table, _ in RESULT_TABLES])


def _publish_shared_in_background(
    _task, staging: Path, parameters: dict, schema: str, sources: list[tuple[str, str]]
) -> tuple[dict[str, list[tuple[int, dict]]], list[QgsVectorLayer]]:
    """All or nothing into the schema (one transaction), then the rows read back with the reviews' current state;
    and the layers of `sources` made (see make_conflict_layers)."""
    import psycopg2
    import psycopg2.errors

    from ..qgis_adapter.postgis_results import SharedResultsError, publish_results
    from ..qgis_adapter.postgis_results import read_records as read_shared_records

    try:
        connection = psycopg2.connect(**parameters)
    except psycopg2.Error as error:
        raise SharedResultsError(str(error).strip()) from error
    try:
        conflict_tables = [table for _, table, _ in RESULT_TABLES]
        publish_results(
            connection, schema, staging, conflict_tables + [table for _, table in OTHER_TABLES], conflict_tables
        )
        records = read_shared_records(connection, schema, conflict_tables)
    except psycopg2.errors.InsufficientPrivilege as error:
        raise SharedResultsError(
            tr("your database role may not write the results in schema '{0}' ({1})").format(schema, str(error).strip())
        ) from error
    finally:
        connection.close()
    return records, make_conflict_layers(sources)


def shared_layers_in(project: QgsProject, connection_name: str, schema: str) -> list[QgsVectorLayer]:
    """The project's postgres layers of the shared results' conflict tables (same database, same schema)."""
    try:
        saved = pg_connections.connection_uri(connection_name)
    except pg_connections.ConnectionSetupError:
        return []
    tables = {table for _, table, _ in RESULT_TABLES}
    found = []
    for layer in project.mapLayers().values():
        if not isinstance(layer, QgsVectorLayer) or layer.providerType() != "postgres":
            continue
        uri = QgsDataSourceUri(layer.source())
        if (
            uri.schema() == schema
            and uri.table() in tables
            and uri.database() == saved.database()
            and (uri.host(), uri.service()) == (saved.host(), saved.service())
        ):
            found.append(layer)
    order = [table for _, table, _ in RESULT_TABLES]
    return sorted(found, key=lambda layer: order.index(QgsDataSourceUri(layer.source()).table()))


def show_shared_results(
    project: QgsProject, connection_name: str, schema: str, made: list[QgsVectorLayer]
) -> list[QgsVectorLayer]:
    """The shared results' layers in the project, showing the new rows; where the project has none, `made` (layers
    made in a task by make_conflict_layers) are added."""
    layers = shared_layers_in(project, connection_name, schema)
    for layer in layers:
        layer.dataProvider().reloadData()
        layer.triggerRepaint()
    return layers or add_conflict_layers(project, made)


def shared_layer_sources(connection_name: str, schema: str) -> list[tuple[str, str]]:
    """(postgres layer source, kind) of the schema's conflict tables: the connection and its authcfg id, never a
    password. Read from QGIS's settings; nothing is asked of the server."""
    return [(pg_connections.layer_uri(connection_name, schema, table), kind) for _, table, kind in RESULT_TABLES]


def make_conflict_layers(sources: list[tuple[str, str]]) -> list[QgsVectorLayer]:
    """Run in a task's thread: the postgres layers of `sources`, styled, handed over to the GUI thread. QGIS's
    provider connects to the server as the layer is made, reads its columns, any style saved in the database
    (loadNamedStyle asks it) and the extent here, not in the GUI thread; add_conflict_layers adds them there."""
    gui_thread = QCoreApplication.instance().thread()
    layers = []
    for source, kind in sources:
        layer = QgsVectorLayer(source, result_layer_title(kind), "postgres")
        if not layer.isValid():
            continue
        apply_conflict_style(layer, kind)
        layer.extent()  # estimated by the server now, then kept by the layer
        layer.moveToThread(gui_thread)
        layers.append(layer)
    return layers


def add_conflict_layers(project: QgsProject, layers: list[QgsVectorLayer]) -> list[QgsVectorLayer]:
    """Layers made by make_conflict_layers into the project's Samplan group (in the GUI thread)."""
    root = project.layerTreeRoot()
    group = root.findGroup(RESULTS_GROUP)
    if not isinstance(group, QgsLayerTreeGroup):
        group = root.insertGroup(0, RESULTS_GROUP)
    for layer in layers:
        project.addMapLayer(layer, False)
        group.addLayer(layer)
    return layers


def show_results(project: QgsProject, results: Path) -> list[QgsVectorLayer]:
    """The results file's conflict layers in the project, showing the new rows, styled, in the Samplan group."""
    layers = result_layers_in(project, results)
    for layer in layers:
        layer.dataProvider().reloadData()
        layer.triggerRepaint()
    return layers or add_result_layers(project, results)


def add_result_layers(project: QgsProject, results: Path) -> list[QgsVectorLayer]:
    layers = []
    for _, table, kind in RESULT_TABLES:
        layer = QgsVectorLayer(f"{results}|layername={table}", result_layer_title(kind), "ogr")
        if layer.isValid():
            apply_conflict_style(layer, kind)
            layers.append(layer)
    return add_conflict_layers(project, layers)


def result_layer_title(kind: str) -> str:
    return {"area": tr("Conflicts (areas)"), "line": tr("Conflicts (lines)"), "point": tr("Conflicts (points)")}[kind]


def result_layers_in(project: QgsProject, results: Path) -> list[QgsVectorLayer]:
    """The project's layers read from the results file's conflict tables."""
    found = []
    for layer in project.mapLayers().values():
        if not isinstance(layer, QgsVectorLayer) or layer.providerType() != "ogr":
            continue
        path = layer.source().split("|")[0]
        if path and Path(path).resolve() == results.resolve() and "conflict_key" in layer.fields().names():
            found.append(layer)
    return found


def _remove_gpkg(path: Path) -> None:
    for candidate in (path, *sqlite_companions(path)):
        try:
            candidate.unlink(missing_ok=True)
        except OSError:
            pass  # still open somewhere (Windows): a stray file, never a wrong result
