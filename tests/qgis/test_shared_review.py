"""Shared review in PostGIS against the real test server (no mock): two reviewers on the same conflict, many
concurrent reviewers, hostile names, a role that may only read, a connection dropped in the middle of a save.
Each reviewer is a login role of its own, member of the group role the plugin grants."""

from __future__ import annotations

import importlib.util
import uuid
from pathlib import Path

import psycopg2
import pytest
from psycopg2 import sql

from samplan.qgis_adapter.postgis_results import (
    HISTORY_TABLE,
    REVIEW_TABLE,
    ConnectionLost,
    ReviewConflict,
    ReviewRefused,
    SharedReviews,
    set_up_roles,
)

from .conftest import pg_parameters

BENCH = Path(__file__).resolve().parents[2] / "benchmarks" / "bench_shared_review.py"
HOSTILE_SCHEMAS = ("plan'; DROP TABLE samplan_sentinel;--", 'Åre-kommun "granskning"', "Ånge; SELECT pg_sleep(5)")


def _load_bench():
    spec = importlib.util.spec_from_file_location("bench_shared_review", BENCH)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def make_shared(pg_admin, pg_cleanup, schema: str, keys: list[str], tag: str | None = None):
    """A schema with review rows for `keys`, its reviewer and read-only group roles, and a connect(login) that
    logs in as a new member of one of them."""
    tag = tag or uuid.uuid4().hex[:6]
    reviewer_role, reader_role = f"granskare_{tag}", f"läsare_{tag}"
    pg_cleanup["schemas"].append(schema)
    pg_cleanup["roles"].extend([reviewer_role, reader_role])
    set_up_roles(pg_admin, schema, reviewer_role, reader_role)
    with pg_admin.cursor() as cursor:
        cursor.executemany(
            sql.SQL("INSERT INTO {} (conflict_key) VALUES (%s)").format(sql.Identifier(schema, REVIEW_TABLE)),
            [(k,) for k in keys],
        )
        # A table the hostile names would like to drop.
        cursor.execute("CREATE TABLE IF NOT EXISTS public.samplan_sentinel (id integer)")
    pg_admin.commit()
    server = pg_parameters(pg_admin.dsn)

    def login(name: str, group: str, **options):
        password = uuid.uuid4().hex
        pg_cleanup["roles"].append(name)
        with pg_admin.cursor() as cursor:
            cursor.execute(
                sql.SQL("CREATE ROLE {} LOGIN PASSWORD %s IN ROLE {}").format(
                    sql.Identifier(name), sql.Identifier(group)
                ),
                (password,),
            )
        pg_admin.commit()
        return lambda: psycopg2.connect(
            host=server["host"], port=server["port"], dbname=server["dbname"], user=name, password=password, **options
        )

    return reviewer_role, reader_role, login


def history(pg_admin, schema: str, key: str) -> list[tuple]:
    with pg_admin.cursor() as cursor:
        cursor.execute(
            sql.SQL(
                "SELECT version, old_status, new_status, old_comment, new_comment, reviewed_by, db_user FROM {} "
                "WHERE conflict_key = %s ORDER BY version"
            ).format(sql.Identifier(schema, HISTORY_TABLE)),
            (key,),
        )
        rows = cursor.fetchall()
    pg_admin.rollback()
    return rows


def stored(pg_admin, schema: str, key: str) -> tuple:
    with pg_admin.cursor() as cursor:
        cursor.execute(
            sql.SQL("SELECT status, comment, reviewed_by, version FROM {} WHERE conflict_key = %s").format(
                sql.Identifier(schema, REVIEW_TABLE)
            ),
            (key,),
        )
        row = cursor.fetchone()
    pg_admin.rollback()
    return row


def test_two_reviewers_on_the_same_conflict_nothing_is_lost(pg_admin, pg_cleanup):
    schema = f"granskning_{uuid.uuid4().hex[:6]}"
    reviewer_role, _, login = make_shared(pg_admin, pg_cleanup, schema, ["k1", "k2"])
    anna = SharedReviews(login(f"anna_{schema}", reviewer_role), schema)
    erik = SharedReviews(login(f"erik_{schema}", reviewer_role), schema)
    # Both open the results and see version 0 of k1.
    assert anna.fetch()["k1"].version == erik.fetch()["k1"].version == 0
    saved = anna.save("k1", "accepted", "Kommunen godtar", "Anna (Borlänge)", 0)
    assert (saved.status, saved.version, saved.reviewed_by) == ("accepted", 1, "Anna (Borlänge)")
    # Erik saves over the version he saw: refused, Anna's change shown, his own kept to retry.
    with pytest.raises(ReviewConflict) as refused:
        erik.save("k1", "resolved", "Löst i planen", "Erik (Länsstyrelsen)", 0)
    assert refused.value.current.reviewed_by == "Anna (Borlänge)" and refused.value.current.comment == "Kommunen godtar"
    assert (
        refused.value.current.version == 1
        and "Anna (Borlänge)" in str(refused.value)
        and "Kommunen godtar" in str(refused.value)
    )
    assert erik.pending["k1"] == ("resolved", "Löst i planen")
    assert stored(pg_admin, schema, "k1") == ("accepted", "Kommunen godtar", "Anna (Borlänge)", 1)
    # Erik saves on top of Anna's change, knowingly.
    on_top = erik.save("k1", "resolved", "Löst i planen", "Erik (Länsstyrelsen)", refused.value.current.version)
    assert on_top.version == 2 and "k1" not in erik.pending
    # Anna refreshes and sees Erik's change, with who and when.
    seen = anna.fetch()["k1"]
    assert (seen.status, seen.comment, seen.reviewed_by, seen.version) == (
        "resolved",
        "Löst i planen",
        "Erik (Länsstyrelsen)",
        2,
    )
    assert seen.reviewed_at and seen.reviewed_at.startswith("20")
    # Both changes are in the history, in order, each with the database user who made it.
    assert history(pg_admin, schema, "k1") == [
        (1, "open", "accepted", None, "Kommunen godtar", "Anna (Borlänge)", f"anna_{schema}"),
        (2, "accepted", "resolved", "Kommunen godtar", "Löst i planen", "Erik (Länsstyrelsen)", f"erik_{schema}"),
    ]
    assert history(pg_admin, schema, "k2") == [] and stored(pg_admin, schema, "k2")[3] == 0
    # The history is the trigger's: a reviewer cannot write or rewrite it.
    with pytest.raises(psycopg2.errors.InsufficientPrivilege):
        with erik.connection.cursor() as cursor:
            cursor.execute(sql.SQL("DELETE FROM {}").format(sql.Identifier(schema, HISTORY_TABLE)))
    erik.connection.rollback()
    anna.close()
    erik.close()


def test_concurrent_reviewers_every_change_in_the_history(pg_dsn, pg_admin, pg_cleanup):
    """A small version of `make bench-review`: 20 reviewers with their own connections, 40 changes each, on 15
    conflicts, so that they collide often."""
    bench = _load_bench()
    schema = f"last_{uuid.uuid4().hex[:6]}"
    keys = [f"k{n}" for n in range(1, 16)]
    reviewer_role, _, login = make_shared(pg_admin, pg_cleanup, schema, keys)
    connect = login(f"many_{schema}", reviewer_role)
    outcome = bench.run_reviewers(connect, schema, reviewers=20, changes=40, keys=len(keys))
    assert sum(len(s) for s in outcome["saved"]) == 800
    assert outcome["conflicts"] > 0  # 20 reviewers on 15 conflicts do collide
    assert bench.check_consistency(pg_dsn, schema, outcome) == []
    # Independent count: versions add up to the number of changes.
    with pg_admin.cursor() as cursor:
        cursor.execute(sql.SQL("SELECT sum(version), count(*) FROM {}").format(sql.Identifier(schema, REVIEW_TABLE)))
        assert cursor.fetchone() == (800, 15)
        cursor.execute(sql.SQL("SELECT count(*) FROM {}").format(sql.Identifier(schema, HISTORY_TABLE)))
        assert cursor.fetchone()[0] == 800
    pg_admin.rollback()


def test_the_consistency_check_catches_a_lost_change(pg_dsn, pg_admin, pg_cleanup):
    """The load test's check can fail: a change removed from the history is reported."""
    bench = _load_bench()
    schema = f"kontroll_{uuid.uuid4().hex[:6]}"
    reviewer_role, _, login = make_shared(pg_admin, pg_cleanup, schema, ["k1", "k2"])
    outcome = bench.run_reviewers(login(f"one_{schema}", reviewer_role), schema, reviewers=2, changes=5, keys=2)
    assert bench.check_consistency(pg_dsn, schema, outcome) == []
    with pg_admin.cursor() as cursor:
        cursor.execute(
            sql.SQL("DELETE FROM {} WHERE id = (SELECT max(id) FROM {})").format(
                sql.Identifier(schema, HISTORY_TABLE), sql.Identifier(schema, HISTORY_TABLE)
            )
        )
    pg_admin.commit()
    assert bench.check_consistency(pg_dsn, schema, outcome)


@pytest.mark.parametrize("schema", HOSTILE_SCHEMAS)
def test_hostile_schema_and_role_names_go_through_safely(pg_admin, pg_cleanup, schema):
    key = "k'; DROP TABLE samplan_sentinel;--"
    tag = "x'\"; DROP ROLE postgres;-- Åre"
    reviewer_role, reader_role, login = make_shared(
        pg_admin, pg_cleanup, schema, [key], tag=f"{uuid.uuid4().hex[:4]}{tag}"
    )
    reviews = SharedReviews(login(f"Åsa'; --{uuid.uuid4().hex[:4]}", reviewer_role), schema)
    comment = '\'); DELETE FROM review; -- ödesdigert "citat"'
    assert reviews.fetch()[key].version == 0
    saved = reviews.save(key, "accepted", comment, 'Åsa "Ö" O\'Brien', 0)
    assert (saved.comment, saved.reviewed_by) == (comment, 'Åsa "Ö" O\'Brien')
    assert history(pg_admin, schema, key)[0][1:6] == ("open", "accepted", None, comment, 'Åsa "Ö" O\'Brien')
    with pg_admin.cursor() as cursor:
        cursor.execute("SELECT to_regclass('public.samplan_sentinel') IS NOT NULL")
        assert cursor.fetchone()[0]
        cursor.execute("SELECT nspname FROM pg_namespace WHERE nspname = %s", (schema,))
        assert cursor.fetchone() == (schema,)
        cursor.execute("SELECT count(*) FROM pg_roles WHERE rolname IN (%s, %s)", (reviewer_role, reader_role))
        assert cursor.fetchone()[0] == 2
    pg_admin.rollback()
    reviews.close()


def test_a_read_only_role_is_refused_with_a_clear_message(pg_admin, pg_cleanup):
    schema = f"läsning_{uuid.uuid4().hex[:6]}"
    reviewer_role, reader_role, login = make_shared(pg_admin, pg_cleanup, schema, ["k1"])
    reader = SharedReviews(login(f"lasare_{schema}", reader_role), schema)
    assert reader.fetch()["k1"].status == "open"  # may read
    assert reader.can_write() is False
    with pytest.raises(ReviewRefused) as refused:
        reader.save("k1", "accepted", "försök", "Läsaren", 0)
    message = str(refused.value)
    assert f"lasare_{schema}" in message and "may only read" in message and schema in message
    assert stored(pg_admin, schema, "k1") == ("open", None, None, 0)
    assert history(pg_admin, schema, "k1") == []
    # The connection stays usable after the refusal; a reviewer may write.
    assert reader.fetch()["k1"].version == 0
    writer = SharedReviews(login(f"skrivare_{schema}", reviewer_role), schema)
    assert writer.can_write() is True
    assert writer.save("k1", "accepted", "ok", "Skrivaren", 0).version == 1
    reader.close()
    writer.close()


def test_a_connection_dropped_in_the_middle_of_a_save_loses_nothing(pg_admin, pg_cleanup):
    schema = f"avbrott_{uuid.uuid4().hex[:6]}"
    reviewer_role, _, login = make_shared(pg_admin, pg_cleanup, schema, ["k1"])
    reviews = SharedReviews(login(f"karin_{schema}", reviewer_role), schema)
    reviews.save("k1", "accepted", "första", "Karin", 0)
    backend = reviews.connection.get_backend_pid()

    def terminate_from_another_session():
        # The UPDATE has run, the COMMIT has not: the server ends this backend from outside.
        with pg_admin.cursor() as cursor:
            cursor.execute("SELECT pg_terminate_backend(%s)", (backend,))
            assert cursor.fetchone()[0]
        pg_admin.commit()

    with pytest.raises(ConnectionLost) as lost:
        reviews.save("k1", "resolved", "andra", "Karin", 1, before_commit=terminate_from_another_session)
    message = str(lost.value)  # lost at the COMMIT: the client cannot know whether it went through, and says so
    assert "may not have been saved" in message and "checked on retry" in message and "nothing was saved" not in message
    assert reviews.pending["k1"] == ("resolved", "andra")  # the change is kept to retry
    assert stored(pg_admin, schema, "k1") == ("accepted", "första", "Karin", 1)
    assert [row[0] for row in history(pg_admin, schema, "k1")] == [1]
    # The retry reconnects and saves over the same version.
    again = reviews.save("k1", *reviews.pending["k1"], "Karin", 1)
    assert again.version == 2 and reviews.connection.get_backend_pid() != backend and not reviews.pending
    assert stored(pg_admin, schema, "k1") == ("resolved", "andra", "Karin", 2)
    assert [row[0] for row in history(pg_admin, schema, "k1")] == [1, 2]
    reviews.close()


def test_publishing_a_run_keeps_every_review_and_writes_the_geometries(pg_dsn, pg_admin, pg_cleanup, tmp_path):
    """A run's results replace the conflict tables, but never a review: one saved while the check ran (the run's
    copy still says 'open') survives the publish; a new conflict gets an open review."""
    from samplan.qgis_adapter.postgis_results import publish_results, read_records

    from .conftest import memory_layer, save_gpkg

    schema = f"publicering_{uuid.uuid4().hex[:6]}"
    pg_cleanup["schemas"].append(schema)
    fields = "&".join(
        f"field={f}"
        for f in (
            "conflict_key:string",
            "status:string",
            "comment:string",
            "reviewed_by:string",
            "reviewed_at:string",
            "area_m2:double",
        )
    )
    square = "MultiPolygon(((0 0, 100 0, 100 100, 0 100, 0 0)))"  # 10,000 m²
    strip = "MultiPolygon(((0 0, 50 0, 50 10, 0 10, 0 0)))"  # 500 m²
    first = [
        (square, ["k1", "open", None, None, None, 10000.0]),
        (strip, ["k2", "accepted", "carried over", "Anna", "2026-11-01T10:00:00+00:00", 500.0]),
    ]
    staging = tmp_path / "run1.gpkg"
    save_gpkg(memory_layer("MultiPolygon", fields, first, "konflikter_ytor"), staging, "konflikter_ytor")
    publish_results(pg_admin, schema, staging, ["konflikter_ytor"], ["konflikter_ytor"])
    assert stored(pg_admin, schema, "k2") == ("accepted", "carried over", "Anna", 0)
    reviews = SharedReviews(lambda: psycopg2.connect(pg_dsn), schema)
    reviews.save("k1", "resolved", "sparad under körningen", "Erik", 0)
    # The next run read its previous results before Erik saved: its copy of k1 is still open.
    staging = tmp_path / "run2.gpkg"
    save_gpkg(
        memory_layer(
            "MultiPolygon", fields, first + [(strip, ["k3", "open", None, None, None, 500.0])], "konflikter_ytor"
        ),
        staging,
        "konflikter_ytor",
    )
    publish_results(pg_admin, schema, staging, ["konflikter_ytor"], ["konflikter_ytor"])
    assert stored(pg_admin, schema, "k1") == ("resolved", "sparad under körningen", "Erik", 1)
    assert stored(pg_admin, schema, "k3") == ("open", None, None, 0)
    records = {
        values["conflict_key"]: values
        for _, values in read_records(pg_admin, schema, ["konflikter_ytor"])["konflikter_ytor"]
    }
    assert set(records) == {"k1", "k2", "k3"}
    assert (records["k1"]["status"], records["k1"]["version"]) == ("resolved", 1)
    with pg_admin.cursor() as cursor:
        cursor.execute(
            sql.SQL(
                "SELECT conflict_key, ST_SRID(geom), round(ST_Area(geom)::numeric, 3), GeometryType(geom) FROM {} "
                "ORDER BY conflict_key"
            ).format(sql.Identifier(schema, "konflikter_ytor"))
        )
        assert [(k, srid, float(area), kind) for k, srid, area, kind in cursor.fetchall()] == [
            ("k1", 3006, 10000.0, "MULTIPOLYGON"),
            ("k2", 3006, 500.0, "MULTIPOLYGON"),
            ("k3", 3006, 500.0, "MULTIPOLYGON"),
        ]
    pg_admin.rollback()
    reviews.close()


def test_the_database_stamps_version_time_and_user_and_a_reset_version_cannot_hide_a_stale_save(pg_admin, pg_cleanup):
    """A reviewer may write status, comment and the display name only: resetting `version` (which would let a stale
    save through unnoticed) or forging `reviewed_at` is refused; whatever even the owner writes into them, the stamp
    trigger sets version = old + 1, reviewed_at = now() and db_user = the session's user."""
    schema = f"stämpel_{uuid.uuid4().hex[:6]}"
    reviewer_role, _, login = make_shared(pg_admin, pg_cleanup, schema, ["k1"])
    anna_user, erik_user = f"anna_{schema}", f"erik_{schema}"
    anna = SharedReviews(login(anna_user, reviewer_role), schema)
    erik = SharedReviews(login(erik_user, reviewer_role), schema)
    assert anna.fetch()["k1"].version == erik.fetch()["k1"].version == 0  # both saw version 0
    saved = anna.save("k1", "accepted", "Kommunen godtar", "Anna (Borlänge)", 0)
    assert (saved.version, saved.db_user, saved.reviewed_by) == (1, anna_user, "Anna (Borlänge)")
    review = sql.Identifier(schema, REVIEW_TABLE)
    for forged in ("version = 0", "reviewed_at = '2000-01-01'", "db_user = 'postgres'"):
        with pytest.raises(psycopg2.errors.InsufficientPrivilege):
            with erik.connection.cursor() as cursor:
                cursor.execute(sql.SQL("UPDATE {} SET " + forged + " WHERE conflict_key = 'k1'").format(review))
        erik.connection.rollback()
    # So Erik's save over the version he saw (0) is still detected as stale.
    with pytest.raises(ReviewConflict) as refused:
        erik.save("k1", "resolved", "Löst", "Erik", 0)
    assert refused.value.current.version == 1 and refused.value.current.db_user == anna_user
    assert stored(pg_admin, schema, "k1") == ("accepted", "Kommunen godtar", "Anna (Borlänge)", 1)
    # Even the owner's explicit values are overridden by the trigger.
    with pg_admin.cursor() as cursor:
        cursor.execute(
            sql.SQL(
                "UPDATE {} SET version = 0, reviewed_at = '2000-01-01', db_user = 'someone' "
                "WHERE conflict_key = 'k1' RETURNING version, reviewed_at > now() - interval '1 hour', "
                "db_user = session_user"
            ).format(review)
        )
        assert cursor.fetchone() == (2, True, True)
    pg_admin.commit()
    # A forged display name cannot hide the database user who saved: the history and the review carry it.
    forged = erik.save("k1", "resolved", "Löst", "Anna (Borlänge)", 2)
    assert (forged.version, forged.reviewed_by, forged.db_user) == (3, "Anna (Borlänge)", erik_user)
    assert history(pg_admin, schema, "k1")[-1][5:] == ("Anna (Borlänge)", erik_user)
    anna.close()
    erik.close()


class CommitThenDrop(psycopg2.extensions.connection):
    """A connection whose next COMMIT goes through on the server, after which the connection is lost before the
    client hears the answer (as when the network drops at that moment)."""

    drop_after_commit = False

    def commit(self):
        super().commit()
        if self.drop_after_commit:
            self.close()
            raise psycopg2.OperationalError("server closed the connection unexpectedly")


def test_a_connection_lost_after_the_commit_went_through_is_recognised_on_retry(pg_admin, pg_cleanup):
    schema = f"efter_commit_{uuid.uuid4().hex[:6]}"
    reviewer_role, _, login = make_shared(pg_admin, pg_cleanup, schema, ["k1"])
    reviews = SharedReviews(login(f"karin_{schema}", reviewer_role, connection_factory=CommitThenDrop), schema)
    reviews.save("k1", "accepted", "första", "Karin", 0)
    reviews.connection.drop_after_commit = True
    with pytest.raises(ConnectionLost) as lost:
        reviews.save("k1", "resolved", "andra", "Karin", 1)
    message = str(lost.value)
    assert "may not have been saved" in message and "checked on retry" in message and "nothing was saved" not in message
    assert reviews.pending["k1"] == ("resolved", "andra")
    # It did go through: the server has it.
    assert stored(pg_admin, schema, "k1") == ("resolved", "andra", "Karin", 2)
    # The retry over the version seen before (1) finds our own change, by the same database user, and takes it as
    # saved: no conflict, no second change in the history.
    again = reviews.save("k1", *reviews.pending["k1"], "Karin", 1)
    assert (again.status, again.comment, again.version, again.db_user) == ("resolved", "andra", 2, f"karin_{schema}")
    assert not reviews.pending
    assert [row[0] for row in history(pg_admin, schema, "k1")] == [1, 2]
    # The same values saved by someone else are not taken for ours: that is a conflict.
    other = SharedReviews(login(f"olle_{schema}", reviewer_role), schema)
    with pytest.raises(ReviewConflict):
        other.save("k1", "resolved", "andra", "Karin", 1)
    reviews.close()
    other.close()


def test_the_listener_reconnects_after_its_connection_is_lost(pg_admin, pg_cleanup):
    """The server ends the listening backend: the next poll opens a new connection (and says so), and a save made
    afterwards is still notified."""
    import select
    import time

    from samplan.qgis_adapter.postgis_results import ReviewListener

    schema = f"lyssnare_{uuid.uuid4().hex[:6]}"
    reviewer_role, _, login = make_shared(pg_admin, pg_cleanup, schema, ["k1"])
    connect = login(f"lyssnare_{schema}", reviewer_role)
    listener = ReviewListener(connect, schema)
    reviews = SharedReviews(connect, schema)

    def notified(timeout_s: float = 10.0) -> bool:
        """As the dock's socket notifier: whenever the socket is readable, ask the listener."""
        deadline = time.monotonic() + timeout_s
        while (left := deadline - time.monotonic()) > 0:
            if select.select([listener.fileno()], [], [], left)[0] and listener.changed():
                return True
        return False

    reviews.save("k1", "accepted", "före", "Karin", 0)
    assert notified()
    backend = listener.connection.get_backend_pid()
    with pg_admin.cursor() as cursor:
        cursor.execute("SELECT pg_terminate_backend(%s)", (backend,))
        assert cursor.fetchone()[0]
    pg_admin.commit()
    assert notified()  # the loss: reconnected, and counted as a change (saves may have been missed)
    assert listener.reconnected and "opened again" in listener.reconnected
    assert listener.connection.get_backend_pid() != backend
    reviews.save("k1", "resolved", "efter", "Karin", 1)
    assert notified()
    listener.close()
    reviews.close()


def test_a_publish_on_a_lost_connection_reports_the_real_error(pg_dsn, pg_admin, pg_cleanup, tmp_path):
    """The rollback after a failure on a dead connection must not replace the error by 'connection already closed'."""
    from samplan.qgis_adapter.postgis_results import publish_results

    from .conftest import memory_layer, save_gpkg

    schema = f"tappad_{uuid.uuid4().hex[:6]}"
    pg_cleanup["schemas"].append(schema)
    staging = tmp_path / "run.gpkg"
    save_gpkg(
        memory_layer(
            "MultiPolygon",
            "field=conflict_key:string",
            [("MultiPolygon(((0 0, 1 0, 1 1, 0 0)))", ["k1"])],
            "konflikter_ytor",
        ),
        staging,
        "konflikter_ytor",
    )
    connection = psycopg2.connect(pg_dsn)
    with pg_admin.cursor() as cursor:
        cursor.execute("SELECT pg_terminate_backend(%s)", (connection.get_backend_pid(),))
    pg_admin.commit()
    with pytest.raises(psycopg2.OperationalError) as lost:
        publish_results(connection, schema, staging, ["konflikter_ytor"], ["konflikter_ytor"])
    assert "already closed" not in str(lost.value) and "terminat" in str(lost.value)
    connection.close()
