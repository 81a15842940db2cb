"""The inspector's database work on shared results runs in tasks, never in QGIS's GUI thread: opening the
connections, the check's look for the schema, the background reads, the saves, the history and the listener's
reopening. Against the real test server: every connection Samplan opens and every statement it sends records the
thread it ran in (a real psycopg2 cursor that notes its thread; nothing is replaced). While a save, a history read
and a connection run, a Qt timer keeps ticking (the event loop turns)."""

from __future__ import annotations

import os

import time
import uuid

import numpy as np
import psycopg2
import psycopg2.extensions
import pytest
from qgis.PyQt.QtCore import QCoreApplication, QThread, QTimer

from .conftest import wait_for
from .test_inspector import dock, run_check, sample_project  # noqa: F401 - fixtures
from .test_inspector_shared import saved_connections, shared_connection  # noqa: F401 - fixtures

# The longest the event loop may stand still while database work runs: a hitch, far from a frozen window.
LONGEST_STILL_S = 0.75


def on_gui_thread() -> bool:
    return QThread.currentThread() == QCoreApplication.instance().thread()


class Recorder:
    """Wraps psycopg2.connect: Samplan's connections (application_name 'Samplan') note the thread of their opening
    and of each statement; the tests' own connections are left alone."""

    def __init__(self, real_connect) -> None:
        self.events: list[tuple[str, bool]] = []  # (what, on the GUI thread)
        self.real_connect = real_connect
        recorder = self

        class NotingCursor(psycopg2.extensions.cursor):
            def execute(self, query, vars=None):
                if isinstance(query, bytes):
                    query = query.decode()
                text = query if isinstance(query, str) else query.as_string(self.connection)
                recorder.events.append((text.split()[0].upper(), on_gui_thread()))
                return super().execute(query, vars)

        self.cursor = NotingCursor

    def connect(self, *args, **kwargs):
        if kwargs.get("application_name") != "Samplan":
            return self.real_connect(*args, **kwargs)
        self.events.append(("CONNECT", on_gui_thread()))
        return self.real_connect(*args, cursor_factory=self.cursor, **kwargs)

    def on_gui(self) -> list[str]:
        return [what for what, gui in self.events if gui]

    def kinds(self) -> set[str]:
        return {what for what, _ in self.events}


class Ticker:
    def __init__(self) -> None:
        self.times: list[float] = []
        self.timer = QTimer()
        self.timer.setInterval(20)
        self.timer.timeout.connect(lambda: self.times.append(time.perf_counter()))

    def longest_gap(self, start: float, end: float) -> float:
        inside = [t for t in self.times if start <= t <= end]
        return float(np.diff([start, *inside, end]).max())


def test_database_work_never_runs_in_the_gui_thread(dock, shared_connection, pg_dsn, pg_cleanup, monkeypatch):  # noqa: F811
    name, _authcfg, _password = shared_connection
    schema = f"trådar_{uuid.uuid4().hex[:6]}"
    pg_cleanup["schemas"].append(schema)
    recorder = Recorder(psycopg2.connect)
    monkeypatch.setattr(psycopg2, "connect", recorder.connect)
    ticker = Ticker()
    ticker.timer.start()
    try:
        dock.setup_panel.fill_connections(name)
        dock.setup_panel.resultsSchema.setText(schema)
        dock._setup_changed()
        run_check(dock)  # the look for the schema, the publishing and the first reads
        wait_for(lambda: not dock.busy, timeout_s=30)
        assert dock.model.rows and dock.session.listener is not None
        assert "CONNECT" in recorder.kinds() and "LISTEN" in recorder.kinds() and "SELECT" in recorder.kinds()

        # A save, a history read and a refresh: each in a task, the event loop turning meanwhile.
        dock.conflictView.selectRow(0)
        key = dock.model.rows[dock.selected_source_rows()[0]].values["conflict_key"]
        dock.statusCombo.setCurrentIndex(dock.statusCombo.findData("accepted"))
        dock.commentEdit.setText("Godtas")
        started = time.perf_counter()
        assert dock.save_review() is not None
        assert dock.busy  # the save is under way, and save_review has returned
        wait_for(lambda: not dock.busy, timeout_s=30, step_ms=5)
        save_gap = ticker.longest_gap(started, time.perf_counter())
        saved = dock.model.rows[dock.selected_source_rows()[0]].values
        assert (saved["conflict_key"], saved["status"], saved["comment"], saved["version"]) == (
            key,
            "accepted",
            "Godtas",
            1,
        )
        assert "UPDATE" in recorder.kinds()

        started = time.perf_counter()
        assert dock.show_history() is not None
        wait_for(lambda: dock.history_dialog is not None, timeout_s=30, step_ms=5)
        history_gap = ticker.longest_gap(started, time.perf_counter())
        assert dock.history_dialog.table.rowCount() == 1
        dock.history_dialog.close()

        # A connection opened afresh: the saving connection is closed, the next save opens it again in its task.
        connections_before = recorder.events.count(("CONNECT", False))
        dock.session.writer.close()
        dock.statusCombo.setCurrentIndex(dock.statusCombo.findData("resolved"))
        started = time.perf_counter()
        dock.save_review()
        wait_for(lambda: not dock.busy, timeout_s=30, step_ms=5)
        connect_gap = ticker.longest_gap(started, time.perf_counter())
        assert recorder.events.count(("CONNECT", False)) == connections_before + 1
        assert dock.model.rows[dock.selected_source_rows()[0]].values["status"] == "resolved"

        # The listening connection dropped: it is opened again in a task too.
        admin = psycopg2.connect(pg_dsn)
        with admin.cursor() as cursor:
            cursor.execute("SELECT pg_terminate_backend(%s)", (dock.session.listener.connection.get_backend_pid(),))
        admin.commit()
        admin.close()
        connections_before = recorder.events.count(("CONNECT", False))
        wait_for(
            lambda: (
                recorder.events.count(("CONNECT", False)) > connections_before
                and not dock.busy
                and dock.session.listener is not None
            ),
            timeout_s=30,
        )
    finally:
        ticker.timer.stop()
    print(
        f"\nlongest stills: save {1000 * save_gap:.0f} ms, history {1000 * history_gap:.0f} ms, "
        f"connect and save {1000 * connect_gap:.0f} ms; {len(recorder.events)} database calls recorded"
    )
    assert recorder.on_gui() == []  # the stills printed above are speeds: held to a limit by make bench-responsiveness
    if os.environ.get("SAMPLAN_TIMING_LIMITS") == "1":
        assert max(save_gap, history_gap, connect_gap) < LONGEST_STILL_S


@pytest.mark.parametrize("code", ["EPSG:3006", "EPSG:3011", "EPSG:3007", "EPSG:3018"])
def test_a_swedish_project_crs_is_the_inspectors_analysis_crs(dock, code):  # noqa: F811
    """SWEREF 99 18 00 (EPSG:3011) and the other zones: the check runs in the project's CRS, as the algorithms
    accept it, not silently in SWEREF 99 TM (RUN_INFO records the CRS the check measured in)."""
    import sqlite3

    from qgis.core import QgsCoordinateReferenceSystem

    dock.project.setCrs(QgsCoordinateReferenceSystem(code))
    run_check(dock)
    with sqlite3.connect(dock.current_setup().results_path) as connection:
        info = dict(connection.execute("SELECT key, value FROM korning").fetchall())
    assert info["analysis_crs"] == code


class GatedRelay:
    """A TCP relay in front of the test server that passes on what a client sends only once the GUI thread's event
    loop has turned (`turned`, from a QTimer) since it arrived. Whatever the client (Samplan's psycopg2 or QGIS's own
    postgres provider, through libpq), a call in the GUI thread waits for the server's answer and keeps the event
    loop from turning: its bytes could never pass. They pass after WAIT_S instead, and are noted in `stalled`. The
    application name of each connection (from its startup message; '' where it gives none, as QGIS's provider) is
    noted in `applications`."""

    WAIT_S = 4.0

    def __init__(self, host: str, port: int) -> None:
        import socket
        import threading

        self.target = (host, port)
        self.listener = socket.create_server(("127.0.0.1", 0))
        self.port = self.listener.getsockname()[1]
        self.turns = 0
        self.condition = threading.Condition()
        self.stalled: list[bytes] = []
        self.applications: list[str] = []
        threading.Thread(target=self._accept, daemon=True).start()

    def turned(self) -> None:
        with self.condition:
            self.turns += 1
            self.condition.notify_all()

    def close(self) -> None:
        self.listener.close()

    def _accept(self) -> None:
        import socket
        import threading

        while True:
            try:
                client, _ = self.listener.accept()
            except OSError:
                return
            server = socket.create_connection(self.target)
            threading.Thread(target=self._pump, args=(client, server, True), daemon=True).start()
            threading.Thread(target=self._pump, args=(server, client, False), daemon=True).start()

    def _pump(self, source, target, gated: bool) -> None:
        import socket

        first = True
        try:
            while data := source.recv(65536):
                if gated:
                    if first:  # the startup message: the parameters' names and values, each ended by a zero byte
                        fields = data[8:].split(b"\x00")
                        named = dict(zip(fields[::2], fields[1::2]))
                        self.applications.append(named.get(b"application_name", b"").decode())
                    with self.condition:
                        seen = self.turns
                        if not self.condition.wait_for(lambda seen=seen: self.turns > seen, timeout=self.WAIT_S):
                            self.stalled.append(data[:80])
                    first = False
                target.sendall(data)
        except OSError:
            pass
        finally:
            for end in (source, target):
                try:
                    end.shutdown(socket.SHUT_RDWR)
                except OSError:
                    pass


def test_shared_result_layers_are_made_off_the_gui_thread(dock, saved_connections, pg_dsn, pg_cleanup):  # noqa: F811
    """QGIS's postgres provider connects as a layer is made (and reads the columns, the extent, a style saved in the
    database): the shared results' layers are made in a task and only added in the GUI thread, after a run and when
    a project whose set-up names shared results lacks their layers; a picked conflict's feature is read in a task. Every connection, Samplan's and QGIS's, goes
    through a GatedRelay: none waited for the GUI thread."""
    from samplan.ui.check_runner import shared_layers_in

    from .conftest import pg_parameters

    server = pg_parameters(pg_dsn)
    relay = GatedRelay(server["host"], int(server["port"]))
    name, _authcfg = saved_connections(server["user"], server["password"], port=relay.port)
    schema = f"lager_{uuid.uuid4().hex[:6]}"
    pg_cleanup["schemas"].append(schema)
    ticker = QTimer()
    ticker.setInterval(20)
    ticker.timeout.connect(relay.turned)
    ticker.start()
    try:
        dock.setup_panel.fill_connections(name)
        dock.setup_panel.resultsSchema.setText(schema)
        dock._setup_changed()
        run_check(dock)  # publishing, the rows read back and the layers made: in tasks
        wait_for(lambda: not dock.busy, timeout_s=60)
        layers = shared_layers_in(dock.project, name, schema)
        assert len(layers) == 3 and all(layer.isValid() and layer.providerType() == "postgres" for layer in layers)
        assert all(f"port={relay.port}" in layer.source() for layer in layers)
        assert {layer.id() for layer in dock.result_layers} == {layer.id() for layer in layers}
        count = len(dock.model.rows)
        admin = psycopg2.connect(pg_dsn)  # straight to the server (a count through a layer would ask in this thread)
        with admin.cursor() as cursor:
            cursor.execute(
                "SELECT (SELECT count(*) FROM {0}.konflikter_ytor) + (SELECT count(*) FROM {0}.konflikter_linjer)"
                " + (SELECT count(*) FROM {0}.konflikter_punkter)".format(f'"{schema}"')
            )
            assert count > 30 and cursor.fetchone()[0] == count
        admin.close()
        # A picked conflict is drawn: its overlap, a feature of a shared layer, is read in a task too.
        dock.conflictView.selectRow(0)
        wait_for(lambda: any(item.part == "overlap" for item in dock.highlights.shown), timeout_s=30)
        overlap = next(item for item in dock.highlights.shown if item.part == "overlap")
        assert overlap.layer in layers and not overlap.highlight.boundingRect().isEmpty()
        # The project lacks the layers (removed by hand): they are made again in a task, the rows read there too.
        dock.project.removeMapLayers([layer.id() for layer in layers])
        assert not dock.model.rows
        dock.load_results()
        wait_for(lambda: not dock.busy and len(dock.model.rows) == count, timeout_s=60)
        assert len(shared_layers_in(dock.project, name, schema)) == 3
    finally:
        ticker.stop()
        relay.close()
    assert "Samplan" in relay.applications and any(a != "Samplan" for a in relay.applications), relay.applications
    print(f"\n{len(relay.applications)} connections through the relay: {sorted(set(relay.applications))}")
    assert relay.stalled == []
