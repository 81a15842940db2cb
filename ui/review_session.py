"""One reviewer's session on shared results in PostGIS: the connection that saves, the one that reads the
others' reviews in the background, and the listener that hears their saves. The dock only wires it."""
from __future__ import annotations

import psycopg2
from qgis.core import Qgis, QgsApplication, QgsTask
from qgis.PyQt.QtCore import QObject, QSocketNotifier, pyqtSignal

from ..i18n.translation import tr
from ..qgis_adapter import pg_connections
from ..qgis_adapter.postgis_results import Review, ReviewListener, SharedResultsError, SharedReviews, schema_exists
from ..qgis_adapter.reviews import reviewer_name


def _fetch_in_background(_task, reader: SharedReviews) -> dict:
    return reader.fetch()  # SharedResultsError (ConnectionLost, ReviewRefused) says what went wrong


class SharedReviewSession(QObject):
    """`reviewsRead(reviews, announce)` brings the reviews a background read found (conflict key -> Review);
    `message(text, level)` what the user should be told."""

    reviewsRead = pyqtSignal(dict, bool)  # noqa: N815 - Qt's naming
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

    @property
    def active(self) -> bool:
        return self.writer is not None

    def is_open_for(self, name: str, schema: str) -> bool:
        return self.writer is not None and (self.connection_name, self.schema) == (name, schema)

    def open(self, name: str, schema: str) -> None:
        self.close()
        self.writer = SharedReviews(lambda: pg_connections.connect(name), schema)
        self.reader = SharedReviews(lambda: pg_connections.connect(name), schema)
        self.connection_name, self.schema = name, schema
        self.listen()

    def schema_exists(self) -> bool | None:
        """Whether the schema holds shared results; None (and a message) when the server cannot say."""
        try:
            exists = schema_exists(self.writer.connection, self.schema)
            self.writer.connection.rollback()
        except (SharedResultsError, pg_connections.ConnectionSetupError, psycopg2.Error) as error:
            self.message.emit(str(error), Qgis.MessageLevel.Warning)
            return None
        return exists

    # --- the others' saves ----------------------------------------------------------------------------
    def listen(self) -> None:
        """Others' saves arrive by LISTEN/NOTIFY and are read at once (Refresh does the same by hand)."""
        name = self.connection_name
        try:
            self.listener = ReviewListener(lambda: pg_connections.connect(name), self.schema)
        except (pg_connections.ConnectionSetupError, psycopg2.Error):
            self.listener = None  # Refresh still works
            return
        self._watch_listener()

    def _watch_listener(self) -> None:
        if self.notifier is not None:
            self.notifier.setEnabled(False)
            self.notifier.deleteLater()
        self.notifier = QSocketNotifier(self.listener.fileno(), QSocketNotifier.Type.Read, self)
        self.notifier.activated.connect(self._notified)

    def _notified(self, *_args) -> None:
        if self.listener is None:
            return
        try:
            changed = self.listener.changed()
        except SharedResultsError as error:  # dropped, and could not be opened again: Refresh listens again
            self.notifier.setEnabled(False)
            self.listener.close()
            self.listener = None
            self.message.emit(str(error), Qgis.MessageLevel.Warning)
            return
        if self.listener.reconnected:
            self.message.emit(self.listener.reconnected, Qgis.MessageLevel.Info)
            self.listener.reconnected = None
            self._watch_listener()  # a new connection, a new socket
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
        task = QgsTask.fromFunction(tr("Samplan: reading the shared reviews"), _fetch_in_background, reader,
                                    on_finished=lambda exception, reviews=None: self._fetched(
                                        reader, announce, quiet, exception, reviews))
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

    # --- our saves ------------------------------------------------------------------------------------
    def save(self, conflict_key: str, status: str, comment: str, expected_version: int) -> Review:
        return self.writer.save(conflict_key, status, comment, reviewer_name(), expected_version)

    def history(self, conflict_key: str) -> list[dict]:
        return self.writer.history(conflict_key)

    def close(self) -> None:
        if self.notifier is not None:
            self.notifier.setEnabled(False)
            self.notifier.deleteLater()
            self.notifier = None
        if self.listener is not None:
            self.listener.close()
            self.listener = None
        if self.writer is not None:
            self.writer.close()
        if self.reader is not None and self.fetch_task is None:
            self.reader.close()  # else closed when its read finishes (never under a running task's feet)
        self.reader = None
        self.writer = None
        self._fetch_again = None
        self.connection_name = self.schema = None
