"""One reviewer's session on shared results in PostGIS: the connection that saves, the one that reads the
others' reviews in the background, and the listener that hears their saves. The dock only wires it.

psycopg2 is optional: qgis_adapter.postgis_results (which needs it) is imported where the session talks to the
server, never when the module loads, so that the dock works on GeoPackage results without it; `open` refuses,
saying why (pg_connections.shared_results_unavailable)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from qgis.core import Qgis, QgsApplication, QgsTask
from qgis.PyQt.QtCore import QObject, QSocketNotifier, pyqtSignal

from ..i18n.translation import tr
from ..qgis_adapter import pg_connections
from ..qgis_adapter.reviews import reviewer_name

if TYPE_CHECKING:
    from ..qgis_adapter.postgis_results import Review, ReviewListener, SharedReviews


def _fetch_in_background(_task, reader: SharedReviews) -> dict:
    return reader.fetch()  # SharedResultsError (ConnectionLost, ReviewRefused) says what went wrong


def _save_in_background(
    _task, writer: SharedReviews, items: list[tuple[str, int]], status: str, comment: str, reviewer: str
) -> tuple[list[Review], Exception | None]:
    """Saves one conflict after the other; stops at the first that fails. The reviews saved, and that failure."""
    from ..qgis_adapter.postgis_results import SharedResultsError

    saved = []
    for key, version in items:
        try:
            saved.append(writer.save(key, status, comment, reviewer, version))
        except (SharedResultsError, pg_connections.ConnectionSetupError) as error:
            return saved, error
    return saved, None


def _history_in_background(_task, writer: SharedReviews, key: str) -> list[dict]:
    return writer.history(key)


def _listener_in_background(_task, name: str, schema: str) -> ReviewListener:
    from ..qgis_adapter.postgis_results import ReviewListener

    return ReviewListener(lambda: pg_connections.connect(name), schema)


def _results_in_background(
    _task, writer: SharedReviews, schema: str, sources: list[tuple[str, str]]
) -> tuple[dict | None, list]:
    """The conflict rows of the shared results with the reviews' current state (None where the schema holds none
    yet), and the layers of `sources` made and styled in this thread (check_runner.make_conflict_layers)."""
    import psycopg2

    from ..qgis_adapter.postgis_results import SharedResultsError, read_records, schema_exists
    from .check_runner import RESULT_TABLES, make_conflict_layers

    try:
        if not schema_exists(writer.connection, schema):
            writer.connection.rollback()
            return None, []
        records = read_records(writer.connection, schema, [table for _, table, _ in RESULT_TABLES])
    except psycopg2.Error as error:
        raise SharedResultsError(str(error).strip()) from error
    return records, make_conflict_layers(sources)


class SharedReviewSession(QObject):
    """Every database call runs in a QgsTask, never in the GUI thread: opening the connections, the reads, the
    saves and the history. The connection that saves (`writer`) does one thing at a time: its work waits in a
    queue. Signals bring the answers to the GUI thread:

    - `reviewsRead(reviews, announce)`: the reviews a background read found (conflict key -> Review);
    - `reviewsSaved(saved, error)`: the reviews saved (list of Review) and the failure that stopped the rest, or None;
    - `historyRead(key, changes, error)`: one conflict's changes (list of dict), or the error;
    - `resultsRead(records, layers)`: the shared results' rows (None: the schema holds none yet) and the layers made
      for them (after `read_results`);
    - `message(text, level)`: what the user should be told."""

    reviewsRead = pyqtSignal(dict, bool)
    reviewsSaved = pyqtSignal(list, object)
    historyRead = pyqtSignal(str, list, object)
    resultsRead = pyqtSignal(object, list)
    message = pyqtSignal(str, object)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.connection_name: str | None = None
        self.schema: str | None = None
        self.writer: SharedReviews | None = None  # saves and history, over a connection of its own
        # All reviews are read in a background task over a connection of its own (`reader`), one read at a time.
        self.reader: SharedReviews | None = None
        self.listener: ReviewListener | None = None
        self.notifier: QSocketNotifier | None = None
        self.fetch_task: QgsTask | None = None
        self._fetch_again: bool | None = None  # asked for while one ran: None, or whether to announce the count
        self.listen_task: QgsTask | None = None
        self.writer_task: QgsTask | None = None  # the writer's work under way
        self._writer_queue: list[QgsTask] = []  # and waiting

    @property
    def busy(self) -> bool:
        """Whether any of the session's database work is under way or waiting."""
        return any(t is not None for t in (self.fetch_task, self.listen_task, self.writer_task)) or bool(
            self._writer_queue
        )

    @property
    def active(self) -> bool:
        return self.writer is not None

    def is_open_for(self, name: str, schema: str) -> bool:
        return self.writer is not None and (self.connection_name, self.schema) == (name, schema)

    def open(self, name: str, schema: str) -> None:
        """Nothing is asked of the server here: the connections open in the tasks that first need them. Without
        psycopg2 the session stays closed and `message` says why."""
        self.close()
        missing = pg_connections.shared_results_unavailable()
        if missing:
            self.message.emit(missing, Qgis.MessageLevel.Warning)
            return
        from ..qgis_adapter.postgis_results import SharedReviews

        self.writer = SharedReviews(lambda: pg_connections.connect(name), schema)
        self.reader = SharedReviews(lambda: pg_connections.connect(name), schema)
        self.connection_name, self.schema = name, schema
        self.listen()

    def read_results(self, sources: list[tuple[str, str]]) -> QgsTask | None:
        """Reads the shared results' rows in the background and makes the layers of `sources` there too:
        `resultsRead` brings them, or `message` says why the server could not."""
        if self.writer is None:
            return None
        writer, schema = self.writer, self.schema

        def done(exception, result=None):
            if writer is not self.writer:
                writer.close()  # the session was closed or moved on meanwhile
                return
            if exception is not None:
                self.message.emit(str(exception), Qgis.MessageLevel.Warning)
            else:
                records, layers = result
                self.resultsRead.emit(records, list(layers))

        return self._queue_for_writer(
            QgsTask.fromFunction(
                tr("Samplan: reading the shared results"),
                _results_in_background,
                writer,
                schema,
                list(sources),
                on_finished=lambda e, r=None: self._writer_done(done, e, r),
            )
        )

    # --- the others' saves ----------------------------------------------------------------------------
    def listen(self, lost: str | None = None) -> QgsTask | None:
        """Others' saves arrive by LISTEN/NOTIFY and are read at once (Refresh does the same by hand). The listening
        connection is opened in a task; a failure leaves Refresh to show the others' changes. `lost`: how the
        previous listening connection dropped (the user is told, and the reviews read again: saves may have been
        missed meanwhile)."""
        if self.listen_task is not None:
            return self.listen_task
        name, schema = self.connection_name, self.schema

        def opened(exception, listener=None):
            from ..qgis_adapter.postgis_results import listener_not_reopened, listener_reopened

            self.listen_task = None
            if (name, schema) != (self.connection_name, self.schema) or self.writer is None:
                if listener is not None:
                    listener.close()  # the session was closed or moved on meanwhile
                return
            if exception is not None or listener is None:
                if lost is not None:
                    self.message.emit(listener_not_reopened(lost, exception), Qgis.MessageLevel.Warning)
                return
            self.listener = listener
            self._watch_listener()
            if lost is not None:
                self.message.emit(listener_reopened(lost), Qgis.MessageLevel.Info)
                self.fetch(quiet=True)

        self.listen_task = QgsTask.fromFunction(
            tr("Samplan: listening for the others' reviews"), _listener_in_background, name, schema, on_finished=opened
        )
        QgsApplication.taskManager().addTask(self.listen_task)
        return self.listen_task

    def _watch_listener(self) -> None:
        if self.notifier is not None:
            self.notifier.setEnabled(False)
            self.notifier.deleteLater()
        self.notifier = QSocketNotifier(self.listener.fileno(), QSocketNotifier.Type.Read, self)
        self.notifier.activated.connect(self._notified)

    def _notified(self, *_args) -> None:
        """Reads what arrived (no waiting: the socket has it); a dropped connection is opened again in a task."""
        if self.listener is None:
            return
        from ..qgis_adapter.postgis_results import ListenerLost

        try:
            changed = self.listener.changed(reopen=False)
        except ListenerLost as error:
            self.notifier.setEnabled(False)
            self.listener = None
            self.listen(lost=error.lost)
            return
        if changed and self.writer is not None:
            self.fetch(quiet=True)

    def fetch(self, announce: bool = False, quiet: bool = False) -> QgsTask | None:
        """Read all reviews in a background task (a slow or unreachable server must not freeze QGIS) and bring
        them when it finishes; one read at a time (asked for meanwhile: read again after). `announce` asks for the
        count to be told; `quiet` leaves a failure to the next save or refresh to report."""
        if self.reader is None:
            return None
        if self.fetch_task is not None:
            self._fetch_again = bool(self._fetch_again) or announce
            return self.fetch_task
        reader = self.reader
        task = QgsTask.fromFunction(
            tr("Samplan: reading the shared reviews"),
            _fetch_in_background,
            reader,
            on_finished=lambda exception, reviews=None: self._fetched(reader, announce, quiet, exception, reviews),
        )
        self.fetch_task = task
        QgsApplication.taskManager().addTask(task)
        return task

    def _fetched(self, reader: SharedReviews, announce: bool, quiet: bool, exception, reviews) -> None:
        self.fetch_task = None
        if reader is not self.reader:  # the shared results were changed or closed meanwhile: what it read is stale
            reader.close()
        elif exception is not None:
            if not quiet:
                self.message.emit(str(exception), Qgis.MessageLevel.Warning)
        else:
            self.reviewsRead.emit(reviews or {}, announce)
        if self._fetch_again is not None:
            again, self._fetch_again = self._fetch_again, None
            self.fetch(announce=again)

    def refresh(self) -> QgsTask | None:
        """The reviews the others have saved, read in the background (listening again if that was lost)."""
        if self.listener is None and self.writer is not None:
            self.listen()
        return self.fetch(announce=True)

    # --- our saves and the history ---------------------------------------------------------------------
    def save(self, items: list[tuple[str, int]], status: str, comment: str) -> QgsTask | None:
        """Saves status and comment for each (conflict key, version seen) in a task; `reviewsSaved` brings the answer."""
        if self.writer is None:
            return None
        writer = self.writer

        def done(exception, result=None):
            if writer is not self.writer:
                writer.close()
                return
            saved, error = result if exception is None else ([], exception)
            self.reviewsSaved.emit(list(saved), error)

        return self._queue_for_writer(
            QgsTask.fromFunction(
                tr("Samplan: saving the review"),
                _save_in_background,
                writer,
                list(items),
                status,
                comment,
                reviewer_name(),
                on_finished=lambda e, r=None: self._writer_done(done, e, r),
            )
        )

    def history(self, key: str) -> QgsTask | None:
        """Reads one conflict's changes in a task; `historyRead` brings them."""
        if self.writer is None:
            return None
        writer = self.writer

        def done(exception, changes=None):
            if writer is not self.writer:
                writer.close()
                return
            self.historyRead.emit(key, list(changes or []), exception)

        return self._queue_for_writer(
            QgsTask.fromFunction(
                tr("Samplan: reading the review history"),
                _history_in_background,
                writer,
                key,
                on_finished=lambda e, r=None: self._writer_done(done, e, r),
            )
        )

    def _queue_for_writer(self, task: QgsTask) -> QgsTask:
        self._writer_queue.append(task)
        self._next_for_writer()
        return task

    def _next_for_writer(self) -> None:
        if self.writer_task is None and self._writer_queue:
            self.writer_task = self._writer_queue.pop(0)
            QgsApplication.taskManager().addTask(self.writer_task)

    def _writer_done(self, answer, exception, result) -> None:
        self.writer_task = None
        try:
            answer(exception, result)
        finally:
            self._next_for_writer()

    def close(self) -> None:
        if self.notifier is not None:
            self.notifier.setEnabled(False)
            self.notifier.deleteLater()
            self.notifier = None
        if self.listener is not None:
            self.listener.close()
            self.listener = None
        if self.writer is not None and self.writer_task is None:
            self.writer.close()  # else its task ends on a connection nobody uses again, which then goes with it
        self._writer_queue = []
        if self.reader is not None and self.fetch_task is None:
            self.reader.close()  # else closed when its read finishes (never under a running task's feet)
        self.reader = None
        self.writer = None
        self._fetch_again = None
        self.connection_name = self.schema = None
