"""The conflict inspector with its results and reviews in a PostGIS schema of the real test server: connected
through a saved QGIS connection whose credentials are in QGIS's authentication manager; a colleague's change
seen on refresh; a change refused over someone else's, then saved on top; reviews kept over a re-run; no
password in the project file or the tables."""

from __future__ import annotations

import uuid
import zipfile

import psycopg2
import pytest
from psycopg2 import sql
from qgis.core import QgsApplication, QgsAuthMethodConfig, QgsDataSourceUri, QgsProviderRegistry

from samplan.ui.sample_project import sample_layer_title
from samplan.qgis_adapter.reviews import reviewer_name
from samplan.qgis_adapter.postgis_results import HISTORY_TABLE, META_TABLE, REVIEW_TABLE, SharedReviews, set_up_roles
from samplan.ui.check_runner import RESULT_TABLES

from .conftest import pg_parameters, wait_for
from .test_inspector import dock, run_check, sample_project  # noqa: F401 - fixtures shared with the GeoPackage tests

MASTER_PASSWORD = "samplan-test-master"


@pytest.fixture()
def saved_connections(pg_dsn):
    """make(user, password, port=None): a saved PostgreSQL connection 'Samplan test ...' whose credentials are in a
    Basic authentication configuration of QGIS's authentication manager (to the test server, or to another port of
    this machine, e.g. a relay in front of it). All removed afterwards."""
    manager = QgsApplication.authManager()
    assert manager.setMasterPassword(MASTER_PASSWORD, True), (
        "the test profile's auth database has another master password"
    )
    server = pg_parameters(pg_dsn)
    metadata = QgsProviderRegistry.instance().providerMetadata("postgres")
    made = []

    def make(user: str, password: str, port: int | None = None) -> tuple[str, str]:
        config = QgsAuthMethodConfig()
        config.setMethod("Basic")
        config.setName(f"samplan test {uuid.uuid4().hex[:6]}")
        config.setConfig("username", user)
        config.setConfig("password", password)
        ok, config = manager.storeAuthenticationConfig(config)
        assert ok and config.id()
        uri = QgsDataSourceUri()
        uri.setConnection(
            server["host"],
            str(port or server["port"]),
            server["dbname"],
            "",
            "",
            QgsDataSourceUri.SslMode.SslDisable,
            config.id(),
        )
        name = f"Samplan test {user} {uuid.uuid4().hex[:6]}"
        metadata.saveConnection(metadata.createConnection(uri.uri(False), {}), name)
        made.append((name, config.id()))
        return name, config.id()

    yield make
    for name, authcfg in made:
        metadata.deleteConnection(name)
        manager.removeAuthenticationConfig(authcfg)


@pytest.fixture()
def shared_connection(saved_connections, pg_dsn):
    """The analyst who runs the check (may create the schema): the server's admin, through QGIS's auth manager."""
    server = pg_parameters(pg_dsn)
    name, authcfg = saved_connections(server["user"], server["password"])
    return name, authcfg, server["password"]


def stored_reviews(pg_dsn, schema) -> dict[str, tuple]:
    connection = psycopg2.connect(pg_dsn)
    with connection.cursor() as cursor:
        cursor.execute(
            sql.SQL("SELECT conflict_key, status, comment, reviewed_by, version FROM {}").format(
                sql.Identifier(schema, REVIEW_TABLE)
            )
        )
        rows = {r[0]: r[1:] for r in cursor.fetchall()}
    connection.close()
    return rows


def test_shared_results_in_postgis(
    dock,
    sample_project,
    shared_connection,
    saved_connections,
    pg_dsn,
    pg_cleanup,  # noqa: F811
    tmp_path,
):
    project, folder = sample_project
    name, authcfg, password = shared_connection
    schema = f"Åre-kommun 'granskning'; DROP TABLE x;-- {uuid.uuid4().hex[:4]}"
    pg_cleanup["schemas"].append(schema)
    dock.setup_panel.fill_connections(name)
    dock.setup_panel.resultsSchema.setText(schema)
    dock._setup_changed()
    assert dock.current_setup().shared

    run_check(dock)
    wait_for(lambda: not dock.busy, timeout_s=15)
    layers = dock.result_layers
    assert layers and all(layer.providerType() == "postgres" and layer.isValid() for layer in layers)
    assert all(authcfg in layer.source() and password not in layer.source() for layer in layers)
    admin = psycopg2.connect(pg_dsn)
    with admin.cursor() as cursor:
        counts = {}
        for _, table, _ in RESULT_TABLES:
            cursor.execute(sql.SQL("SELECT count(*) FROM {}").format(sql.Identifier(schema, table)))
            counts[table] = cursor.fetchone()[0]
        cursor.execute(sql.SQL("SELECT count(*) FROM {}").format(sql.Identifier(schema, REVIEW_TABLE)))
        review_count = cursor.fetchone()[0]
    admin.rollback()
    assert len(dock.model.rows) == sum(counts.values()) > 30
    assert review_count == len({r.values["conflict_key"] for r in dock.model.rows})
    assert all(r.values["version"] == 0 and r.values["status"] == "open" for r in dock.model.rows)

    # Roles for the others: a reviewer in the county board.
    tag = uuid.uuid4().hex[:6]
    pg_cleanup["roles"].extend([f"granskare_{tag}", f"lasare_{tag}", f"lansstyrelsen_{tag}"])
    set_up_roles(admin, schema, f"granskare_{tag}", f"lasare_{tag}")
    with admin.cursor() as cursor:
        cursor.execute(
            sql.SQL("CREATE ROLE {} LOGIN PASSWORD 'x-county' IN ROLE {}").format(
                sql.Identifier(f"lansstyrelsen_{tag}"), sql.Identifier(f"granskare_{tag}")
            )
        )
    admin.commit()
    server = pg_parameters(pg_dsn)
    county = SharedReviews(
        lambda: psycopg2.connect(
            host=server["host"],
            port=server["port"],
            dbname=server["dbname"],
            user=f"lansstyrelsen_{tag}",
            password="x-county",
        ),
        schema,
    )

    rows = dock.model.rows
    plan_layer = project.mapLayersByName(sample_layer_title("plan_a_omraden"))[0]
    moved_fid = next(
        r.values["plan_fid"] for r in rows if r.values["plan_layer"] == plan_layer.name() and r.kind == "area"
    )
    kept = next(i for i, r in enumerate(rows) if r.values["plan_fid"] != moved_fid and r.kind == "area")
    contested = next(i for i, r in enumerate(rows) if i != kept and r.values["plan_fid"] != moved_fid)
    kept_key, contested_key = rows[kept].values["conflict_key"], rows[contested].values["conflict_key"]

    # Our review goes to the review table, with the history.
    dock.conflictView.selectRow(dock.proxy.mapFromSource(dock.model.index(kept, 0)).row())
    dock.statusCombo.setCurrentIndex(dock.statusCombo.findData("accepted"))
    dock.commentEdit.setText("Kommunen godtar")
    dock.save_review()
    wait_for(lambda: not dock.busy, timeout_s=15)
    assert stored_reviews(pg_dsn, schema)[kept_key][:2] == ("accepted", "Kommunen godtar")
    assert rows[kept].values["version"] == 1

    # The county board changes the contested conflict; we, not having refreshed, try to change it too.
    county.save(contested_key, "not_a_conflict", "Ingen konflikt enligt länsstyrelsen", "Länsstyrelsen Dalarna", 0)
    dock.conflictView.selectRow(dock.proxy.mapFromSource(dock.model.index(contested, 0)).row())
    dock.statusCombo.setCurrentIndex(dock.statusCombo.findData("resolved"))
    dock.commentEdit.setText("Löst i planförslaget")
    dock.save_review()
    wait_for(lambda: not dock.busy, timeout_s=15)
    assert stored_reviews(pg_dsn, schema)[contested_key][:3] == (
        "not_a_conflict",
        "Ingen konflikt enligt länsstyrelsen",
        "Länsstyrelsen Dalarna",
    )
    assert rows[contested].values["reviewed_by"] == "Länsstyrelsen Dalarna"  # their change is shown
    assert "Länsstyrelsen Dalarna" in dock.reviewInfo.text()
    assert dock.commentEdit.text() == "Löst i planförslaget"  # ours is kept in the form
    dock.save_review()  # saved on top, knowingly
    wait_for(lambda: not dock.busy, timeout_s=15)
    assert stored_reviews(pg_dsn, schema)[contested_key][:2] == ("resolved", "Löst i planförslaget")
    assert stored_reviews(pg_dsn, schema)[contested_key][3] == 2
    # History: the selected conflict's changes, oldest first, with who (name and database user), when, what.
    assert dock.show_history() is not None  # read in a background task
    wait_for(lambda: dock.history_dialog is not None, timeout_s=15)
    dialog = dock.history_dialog
    cells = [
        [dialog.table.item(r, c).text() for c in range(dialog.table.columnCount())]
        for r in range(dialog.table.rowCount())
    ]
    assert [row[0] for row in cells] == ["1", "2"]
    assert [row[2:] for row in cells] == [
        [
            "Länsstyrelsen Dalarna",
            f"lansstyrelsen_{tag}",
            "Open → Not a conflict",
            "Ingen konflikt enligt länsstyrelsen",
        ],
        [reviewer_name(), server["user"], "Not a conflict → Resolved", "Löst i planförslaget"],
    ]
    assert cells[0][1].startswith("20") and cells[0][1] <= cells[1][1]  # ISO times, in order
    assert contested_key in dialog.windowTitle()
    dialog.close()

    # Refresh shows what others changed meanwhile (the LISTEN notifier held off, so that Refresh alone shows it).
    other = next(i for i, r in enumerate(rows) if i not in (kept, contested))
    wait_for(lambda: not dock.busy, timeout_s=15)
    dock.session.notifier.setEnabled(False)
    county.save(rows[other].values["conflict_key"], "accepted", "OK från Trafikverket", "Trafikverket", 0)
    assert dock.refresh_reviews() is not None  # read in a background task: the GUI does not wait for the server
    wait_for(lambda: not dock.busy, timeout_s=15)
    assert dock.last_refresh_changed == 1
    dock.session.notifier.setEnabled(True)
    assert rows[other].values["reviewed_by"] == "Trafikverket" and rows[other].values["version"] == 1
    # Without a refresh: the others' saves arrive by LISTEN/NOTIFY while the event loop turns.
    third = next(i for i, r in enumerate(rows) if i not in (kept, contested, other))
    county.save(rows[third].values["conflict_key"], "accepted", "Godtas av Region Dalarna", "Region Dalarna", 0)
    wait_for(lambda: rows[third].values.get("reviewed_by") == "Region Dalarna", timeout_s=15)
    assert rows[third].values["version"] == 1 and rows[third].values["comment"] == "Godtas av Region Dalarna"
    # The listening connection is lost (the server ends it): it is opened again, the user told, and later saves
    # still arrive by themselves.
    notices = []
    dock._message = lambda text, level: notices.append(text)
    listening = dock.session.listener.connection.get_backend_pid()
    with admin.cursor() as cursor:
        cursor.execute("SELECT pg_terminate_backend(%s)", (listening,))
    admin.commit()
    wait_for(lambda: any("opened again" in n for n in notices), timeout_s=15)
    assert dock.session.listener.connection.get_backend_pid() != listening
    fourth = next(
        i for i, r in enumerate(rows) if i not in (kept, contested, other, third) and r.values["plan_fid"] != moved_fid
    )
    county.save(rows[fourth].values["conflict_key"], "accepted", "Efter avbrottet", "Region Dalarna", 0)
    wait_for(lambda: rows[fourth].values.get("comment") == "Efter avbrottet", timeout_s=15)

    # The dock's connection dropped (the server ended it) before a save: nothing saved, said so, kept to retry.
    messages = []
    dock._message = lambda text, level: messages.append(text)
    with admin.cursor() as cursor:
        cursor.execute("SELECT pg_terminate_backend(%s)", (dock.session.writer.connection.get_backend_pid(),))
    admin.commit()
    dock.conflictView.selectRow(dock.proxy.mapFromSource(dock.model.index(kept, 0)).row())
    dock.statusCombo.setCurrentIndex(dock.statusCombo.findData("resolved"))
    dock.commentEdit.setText("Åtgärdat i detaljplan")
    dock.save_review()
    wait_for(lambda: not dock.busy, timeout_s=15)
    assert "nothing was saved" in messages[-1] and "retry" in messages[-1]
    assert stored_reviews(pg_dsn, schema)[kept_key][:2] == ("accepted", "Kommunen godtar")
    assert dock.session.writer.pending[kept_key] == ("resolved", "Åtgärdat i detaljplan")
    dock.save_review()  # the retry reconnects
    wait_for(lambda: not dock.busy, timeout_s=15)
    assert stored_reviews(pg_dsn, schema)[kept_key][:2] == ("resolved", "Åtgärdat i detaljplan")
    assert not dock.session.writer.pending and messages[-1].startswith("Review saved")

    # A colleague who may only read opens the same results through a connection of their own: sees, cannot write.
    with admin.cursor() as cursor:
        cursor.execute(
            sql.SQL("CREATE ROLE {} LOGIN PASSWORD 'x-reader' IN ROLE {}").format(
                sql.Identifier(f"allmanhet_{tag}"), sql.Identifier(f"lasare_{tag}")
            )
        )
    admin.commit()
    pg_cleanup["roles"].append(f"allmanhet_{tag}")
    reader_connection, _ = saved_connections(f"allmanhet_{tag}", "x-reader")
    analyst_setup = dock.current_setup()
    dock.setup_panel.fill_connections(reader_connection)
    dock.load_results()
    wait_for(lambda: not dock.busy, timeout_s=15)
    assert len(dock.model.rows) == len(rows) and dock.session.writer is not None
    shown = dock.model.rows[kept].values
    assert (shown["status"], shown["comment"], shown["version"]) == ("resolved", "Åtgärdat i detaljplan", 2)
    dock.conflictView.selectRow(dock.proxy.mapFromSource(dock.model.index(kept, 0)).row())
    dock.statusCombo.setCurrentIndex(dock.statusCombo.findData("not_a_conflict"))
    dock.commentEdit.setText("läsaren försöker")
    dock.save_review()
    wait_for(lambda: not dock.busy, timeout_s=15)
    assert "may only read" in messages[-1] and f"allmanhet_{tag}" in messages[-1] and schema in messages[-1]
    unchanged = stored_reviews(pg_dsn, schema)[kept_key]
    assert (unchanged[0], unchanged[1], unchanged[3]) == ("resolved", "Åtgärdat i detaljplan", 2)
    dock.apply_setup(analyst_setup)
    dock.load_results()
    rows = dock.model.rows

    # A new version of the draft: reviews of unchanged conflicts are kept, the moved feature's are new.
    assert plan_layer.startEditing()
    plan_layer.translateFeature(moved_fid, 30.0, 0.0)
    assert plan_layer.commitChanges()
    run_check(dock)
    after = {r.values["conflict_key"]: r.values for r in dock.model.rows}
    assert (
        after[kept_key]["status"] == "resolved" and after[kept_key]["is_new"] == 0 and after[kept_key]["version"] == 2
    )
    assert after[contested_key]["comment"] == "Löst i planförslaget" and after[contested_key]["version"] == 2
    moved = [v for v in after.values() if v["plan_fid"] == moved_fid and v["plan_layer"] == plan_layer.name()]
    assert moved and all(v["is_new"] == 1 and v["status"] == "open" for v in moved)
    assert len(dock.result_layers) == len(layers)  # the same layers, reloaded

    # No password in the project file (.qgs and .qgz) nor in any table of the schema.
    qgs, qgz = tmp_path / "delad.qgs", tmp_path / "delad.qgz"
    assert project.write(str(qgs))
    text = qgs.read_text(encoding="utf-8")
    assert name in text and authcfg in text and password not in text and "x-county" not in text
    assert project.write(str(qgz))
    with zipfile.ZipFile(qgz) as archive:
        for member in archive.namelist():
            content = archive.read(member)
            assert password.encode() not in content and b"x-county" not in content, member
    with admin.cursor() as cursor:
        tables = [t for _, t, _ in RESULT_TABLES] + [
            REVIEW_TABLE,
            HISTORY_TABLE,
            META_TABLE,
            "sammanfattning",
            "regler",
            "korning",
        ]
        for table in tables:
            cursor.execute(
                sql.SQL("SELECT count(*) FROM {} t WHERE t::text LIKE %s OR t::text LIKE %s").format(
                    sql.Identifier(schema, table)
                ),
                (f"%{password}%", "%x-county%"),
            )
            assert cursor.fetchone()[0] == 0, table
    admin.close()

    # Reopening brings the shared set-up and the current reviews back.
    project.clear()
    assert project.read(str(qgz))
    wait_for(lambda: not dock.busy, timeout_s=15)
    assert dock.current_setup().results_connection == name and dock.current_setup().results_schema == schema
    reopened = {r.values["conflict_key"]: r.values for r in dock.model.rows}
    assert reopened[contested_key]["status"] == "resolved" and len(reopened) == len(after)
    county.close()


def test_roles_algorithm_grants_a_reviewer_and_a_read_only_role(
    samplan_provider, shared_connection, pg_dsn, pg_cleanup
):
    import processing

    from samplan.qgis_adapter.postgis_results import ReviewRefused

    name, _, _ = shared_connection
    tag = uuid.uuid4().hex[:6]
    schema = f"Ånge'; DROP SCHEMA public;-- {tag}"
    reviewer, reader = f'granskare "{tag}"', f"läsare;{tag}"
    pg_cleanup["schemas"].append(schema)
    pg_cleanup["roles"].extend([reviewer, reader, f"kommun_{tag}", f"allmanhet_{tag}"])
    result = processing.run(
        "samplan:sharedreviewroles",
        {"CONNECTION": name, "SCHEMA": schema, "REVIEWER_ROLE": reviewer, "READONLY_ROLE": reader},
    )
    assert 'GRANT UPDATE ("status", "comment", "reviewed_by")' in result["SQL"]
    admin = psycopg2.connect(pg_dsn)
    with admin.cursor() as cursor:
        review, history = (
            sql.Identifier(schema, REVIEW_TABLE).as_string(admin),
            sql.Identifier(schema, HISTORY_TABLE).as_string(admin),
        )
        for role, update, select in ((reviewer, True, True), (reader, False, True)):
            cursor.execute(
                "SELECT has_column_privilege(%s, %s, 'status', 'UPDATE'), has_table_privilege(%s, %s, 'SELECT'), "
                "has_table_privilege(%s, %s, 'INSERT'), has_table_privilege(%s, %s, 'DELETE')",
                (role, review, role, history, role, history, role, review),
            )
            assert cursor.fetchone() == (update, select, False, False), role
        cursor.execute(
            sql.SQL("INSERT INTO {} (conflict_key) VALUES ('k1')").format(sql.Identifier(schema, REVIEW_TABLE))
        )
        for login, group in ((f"kommun_{tag}", reviewer), (f"allmanhet_{tag}", reader)):
            cursor.execute(
                sql.SQL("CREATE ROLE {} LOGIN PASSWORD 'pw-test' IN ROLE {}").format(
                    sql.Identifier(login), sql.Identifier(group)
                )
            )
        cursor.execute("SELECT to_regnamespace('public') IS NOT NULL")
        assert cursor.fetchone()[0]
    admin.commit()
    admin.close()
    server = pg_parameters(pg_dsn)

    def as_user(login):
        return SharedReviews(
            lambda: psycopg2.connect(
                host=server["host"], port=server["port"], dbname=server["dbname"], user=login, password="pw-test"
            ),
            schema,
        )

    municipality, public = as_user(f"kommun_{tag}"), as_user(f"allmanhet_{tag}")
    assert municipality.save("k1", "accepted", "ok", "Kommunen", 0).version == 1
    assert public.fetch()["k1"].comment == "ok"
    with pytest.raises(ReviewRefused, match="may only read"):
        public.save("k1", "resolved", "nej", "Allmänheten", 1)
    municipality.close()
    public.close()
    # Running it again changes nothing and fails nothing (idempotent).
    processing.run(
        "samplan:sharedreviewroles",
        {"CONNECTION": name, "SCHEMA": schema, "REVIEWER_ROLE": reviewer, "READONLY_ROLE": reader},
    )


def test_an_unresponsive_server_gives_an_error_within_the_connect_timeout(monkeypatch):
    """A server that accepts the TCP connection but never answers (a stalled host, a dropped network) must not hang
    QGIS: connecting through the saved connection gives up after the connect timeout with a clear error."""
    import socket
    import threading
    import time

    from samplan.qgis_adapter import pg_connections

    monkeypatch.setattr(pg_connections, "CONNECT_TIMEOUT_S", 2)
    silent = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
    silent.bind(("127.0.0.1", 0))
    silent.listen(8)  # the kernel completes the handshake; nobody ever reads the startup packet
    port = silent.getsockname()[1]
    metadata = QgsProviderRegistry.instance().providerMetadata("postgres")
    uri = QgsDataSourceUri()
    uri.setConnection(
        "127.0.0.1", str(port), "samplan_test", "nobody", "not-a-secret", QgsDataSourceUri.SslMode.SslDisable
    )
    name = f"Samplan test silent {uuid.uuid4().hex[:6]}"
    metadata.saveConnection(metadata.createConnection(uri.uri(False), {}), name)
    outcome = []

    def attempt():
        started = time.perf_counter()
        try:
            pg_connections.connect(name).close()
            outcome.append(("connected", time.perf_counter() - started))
        except pg_connections.ConnectionSetupError as error:
            outcome.append((str(error), time.perf_counter() - started))

    worker = threading.Thread(target=attempt, daemon=True)
    try:
        worker.start()
        worker.join(20)
        assert outcome, "connecting to a server that never answers still hangs after 20 s"
        message, _seconds = outcome[0]
        assert name in message and "timeout" in message.lower()
    finally:
        silent.close()  # releases a hung attempt too
        worker.join(5)
        metadata.deleteConnection(name)


def test_saved_connections_carry_keepalives_and_a_statement_timeout(shared_connection, monkeypatch):
    """A silently dropped network is noticed by TCP keepalives; a statement stuck on the server ends at the
    statement timeout instead of freezing QGIS."""
    from samplan.qgis_adapter import pg_connections

    name, _, _ = shared_connection
    monkeypatch.setattr(pg_connections, "STATEMENT_TIMEOUT_MS", 500)
    connection = pg_connections.connect(name)
    try:
        used = connection.info.dsn_parameters
        assert (used["keepalives"], used["keepalives_idle"], used["keepalives_interval"], used["keepalives_count"]) == (
            "1",
            "30",
            "10",
            "3",
        )
        assert used["connect_timeout"] == "10"
        with connection.cursor() as cursor:
            cursor.execute("SHOW statement_timeout")
            assert cursor.fetchone()[0] == "500ms"
            with pytest.raises(psycopg2.errors.QueryCanceled):
                cursor.execute("SELECT pg_sleep(5)")
        connection.rollback()
    finally:
        connection.close()
