"""Conflict check results and their reviews shared in a PostGIS schema.

The schema holds the check's tables (the conflicts by geometry kind, summary, rules used, run info), a
`review` table with one row per conflict key (status, comment, who, when, and an integer `version`), and an
append-only `review_history` filled by a trigger on every change of a review. The database stamps every change
itself (a BEFORE UPDATE trigger): `version` = the old version + 1, `reviewed_at` = now() and `db_user` = the
session's database user, whatever the client sent; reviewers may update only status, comment and the display
name `reviewed_by`, so nobody can reset a version (and slip a stale save through) or forge when or as which
database user a change was made. A review is saved only over
the version the reviewer saw (`UPDATE ... WHERE conflict_key = %s AND version = %s`): when someone else
changed it meanwhile, nothing is written and the other's change is returned, so that the reviewer can save on
top of it knowingly. Nothing is ever overwritten silently.

Every name (schema, table, column) enters SQL as psycopg2.sql.Identifier, every value as a parameter. This
module talks to PostgreSQL with psycopg2 alone (no QGIS object), so that it can run in a worker thread;
qgis_adapter/pg_connections.py turns a saved QGIS connection into its connection parameters.
"""

from __future__ import annotations

import datetime as dt
import select
from dataclasses import dataclass
from pathlib import Path
from typing import Callable

import psycopg2
import psycopg2.errors
from psycopg2 import sql
from psycopg2.extras import execute_values

from ..core.reviews import REVIEW_STATUSES
from ..i18n.translation import tr

REVIEW_TABLE = "review"
HISTORY_TABLE = "review_history"
NOTIFY_CHANNEL = "samplan_review"
META_TABLE = "samplan_meta"
FID = "fid"
GEOMETRY = "geom"
LOST = (psycopg2.OperationalError, psycopg2.InterfaceError)


class SharedResultsError(Exception):
    """The shared results could not be read or written; the message says what and why."""


class ReviewRefused(SharedResultsError):
    """The database refused the change (a role that may only read); nothing was written."""


class ConnectionLost(SharedResultsError):
    """The connection dropped during the work: the transaction was rolled back, nothing was written."""


@dataclass(frozen=True)
class Review:
    conflict_key: str
    status: str
    comment: str | None
    reviewed_by: str | None
    reviewed_at: str | None
    version: int
    db_user: str | None = (
        None  # the database user who saved it (the trigger's session_user; reviewed_by is a display name)
    )

    def values(self) -> dict:
        return {
            "status": self.status,
            "comment": self.comment,
            "reviewed_by": self.reviewed_by,
            "reviewed_at": self.reviewed_at,
            "version": self.version,
        }


class ReviewConflict(SharedResultsError):
    """Someone else changed the review since it was read: `current` is their change, `pending` ours (unsaved)."""

    def __init__(self, current: Review, pending: tuple[str, str]) -> None:
        self.current = current
        self.pending = pending
        super().__init__(
            tr(
                "{0} changed this conflict at {1} to '{2}: {3}'. Your change was not saved; it is kept in "
                "the form: save again to save it on top of theirs."
            ).format(
                current.reviewed_by or tr("someone"), current.reviewed_at or "?", current.status, current.comment or ""
            )
        )


def _iso(value) -> str | None:
    if value is None:
        return None
    if isinstance(value, dt.datetime):
        return value.astimezone(dt.timezone.utc).isoformat(timespec="seconds")
    return str(value)


REVIEW_COLUMNS = ("conflict_key", "status", "comment", "reviewed_by", "reviewed_at", "version", "db_user")
# Reviewers may write these alone; version, reviewed_at and db_user are the stamp trigger's.
REVIEWER_COLUMNS = ("status", "comment", "reviewed_by")


def _review_columns() -> sql.Composable:
    return sql.SQL(", ").join(sql.Identifier(c) for c in REVIEW_COLUMNS)


def _review(row) -> Review:
    return Review(row[0], row[1], row[2], row[3], _iso(row[4]), int(row[5]), row[6] if len(row) > 6 else None)


# --- the schema ---------------------------------------------------------------------------------------
# The trigger function finds its schema from the table it fires on (TG_TABLE_SCHEMA, quoted by format's %I):
# no name is ever pasted into a function body.
_HISTORY_FUNCTION = """
CREATE OR REPLACE FUNCTION {schema}.samplan_review_history() RETURNS trigger
LANGUAGE plpgsql SECURITY DEFINER SET search_path = pg_catalog, pg_temp AS $body$
BEGIN
    EXECUTE format('INSERT INTO %I.review_history (conflict_key, old_status, new_status, old_comment, new_comment, '
                   'reviewed_by, reviewed_at, version, db_user) VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9)',
                   TG_TABLE_SCHEMA)
        USING NEW.conflict_key, OLD.status, NEW.status, OLD.comment, NEW.comment, NEW.reviewed_by,
              NEW.reviewed_at, NEW.version, session_user::text;
    -- Delivered at commit to every inspector listening: they show the change without a refresh.
    PERFORM pg_notify('samplan_review', TG_TABLE_SCHEMA);
    RETURN NEW;
END
$body$
"""


# The stamp every change gets from the database, not from the client (fires before the row is written).
_STAMP_FUNCTION = """
CREATE OR REPLACE FUNCTION {schema}.samplan_review_stamp() RETURNS trigger
LANGUAGE plpgsql SET search_path = pg_catalog, pg_temp AS $body$
BEGIN
    NEW.conflict_key := OLD.conflict_key;
    NEW.version := OLD.version + 1;
    NEW.reviewed_at := now();
    NEW.db_user := session_user::text;
    RETURN NEW;
END
$body$
"""


def schema_exists(connection, schema: str) -> bool:
    with connection.cursor() as cursor:
        cursor.execute(
            "SELECT to_regclass(%s) IS NOT NULL", (sql.Identifier(schema, REVIEW_TABLE).as_string(connection),)
        )
        return bool(cursor.fetchone()[0])


def ensure_schema(connection, schema: str) -> None:
    """The schema with its review, history and meta tables and the history trigger; idempotent, in the caller's transaction."""
    s = sql.Identifier(schema)
    statements = [
        sql.SQL("CREATE SCHEMA IF NOT EXISTS {}").format(s),
        sql.SQL(
            "CREATE TABLE IF NOT EXISTS {}.{} (conflict_key text PRIMARY KEY, status text NOT NULL DEFAULT 'open' "
            "CHECK (status IN ({})), comment text, reviewed_by text, reviewed_at timestamptz, "
            "version integer NOT NULL DEFAULT 0, db_user text)"
        ).format(s, sql.Identifier(REVIEW_TABLE), sql.SQL(", ").join(sql.Literal(v) for v in REVIEW_STATUSES)),
        # A schema set up before the stamp trigger existed gets its column.
        sql.SQL("ALTER TABLE {}.{} ADD COLUMN IF NOT EXISTS db_user text").format(s, sql.Identifier(REVIEW_TABLE)),
        sql.SQL(
            "CREATE TABLE IF NOT EXISTS {}.{} (id bigserial PRIMARY KEY, conflict_key text NOT NULL, old_status text, "
            "new_status text, old_comment text, new_comment text, reviewed_by text, reviewed_at timestamptz, "
            "version integer NOT NULL, db_user text NOT NULL, logged_at timestamptz NOT NULL DEFAULT clock_timestamp())"
        ).format(s, sql.Identifier(HISTORY_TABLE)),
        sql.SQL("CREATE INDEX IF NOT EXISTS review_history_key ON {}.{} (conflict_key, version)").format(
            s, sql.Identifier(HISTORY_TABLE)
        ),
        sql.SQL("CREATE TABLE IF NOT EXISTS {}.{} (key text PRIMARY KEY, value text)").format(
            s, sql.Identifier(META_TABLE)
        ),
        sql.SQL(_HISTORY_FUNCTION).format(schema=s),
        sql.SQL("DROP TRIGGER IF EXISTS samplan_review_history ON {}.{}").format(s, sql.Identifier(REVIEW_TABLE)),
        sql.SQL(
            "CREATE TRIGGER samplan_review_history AFTER UPDATE ON {}.{} FOR EACH ROW "
            "EXECUTE FUNCTION {}.samplan_review_history()"
        ).format(s, sql.Identifier(REVIEW_TABLE), s),
        sql.SQL(_STAMP_FUNCTION).format(schema=s),
        sql.SQL("DROP TRIGGER IF EXISTS samplan_review_stamp ON {}.{}").format(s, sql.Identifier(REVIEW_TABLE)),
        sql.SQL(
            "CREATE TRIGGER samplan_review_stamp BEFORE UPDATE ON {}.{} FOR EACH ROW "
            "EXECUTE FUNCTION {}.samplan_review_stamp()"
        ).format(s, sql.Identifier(REVIEW_TABLE), s),
    ]
    with connection.cursor() as cursor:
        cursor.execute(
            "SELECT count(*) FROM pg_trigger WHERE tgrelid = to_regclass(%s) "
            "AND tgname IN ('samplan_review_history', 'samplan_review_stamp')",
            (sql.Identifier(schema, REVIEW_TABLE).as_string(connection),),
        )
        if cursor.fetchone()[0] == 2:
            # Set up before: only the trigger functions are brought up to date. No DDL on the tables, so that a run
            # publishing its results never holds a lock that would keep the reviewers' saves waiting.
            statements = [sql.SQL(_HISTORY_FUNCTION).format(schema=s), sql.SQL(_STAMP_FUNCTION).format(schema=s)]
        for statement in statements:
            cursor.execute(statement)


def role_statements(schema: str, reviewer_role: str, readonly_role: str) -> list[sql.Composed]:
    """The GRANTs that make `reviewer_role` read everything and write reviews, and `readonly_role` read only.

    A reviewer may update status, comment and the display name alone (any UPDATE granted before is revoked
    first): version, when and the database user are stamped by the trigger. The review history is written by the trigger alone (its function runs as the schema's owner): nobody gets
    INSERT, UPDATE or DELETE on it, so the history cannot be rewritten by a reviewer."""
    s, reviewer, reader = sql.Identifier(schema), sql.Identifier(reviewer_role), sql.Identifier(readonly_role)
    review = sql.Identifier(schema, REVIEW_TABLE)
    return [
        sql.SQL("REVOKE ALL ON SCHEMA {} FROM PUBLIC").format(s),
        sql.SQL("GRANT USAGE ON SCHEMA {} TO {}, {}").format(s, reviewer, reader),
        sql.SQL("GRANT SELECT ON ALL TABLES IN SCHEMA {} TO {}, {}").format(s, reviewer, reader),
        sql.SQL("ALTER DEFAULT PRIVILEGES IN SCHEMA {} GRANT SELECT ON TABLES TO {}, {}").format(s, reviewer, reader),
        sql.SQL("REVOKE UPDATE ON {} FROM {}").format(review, reviewer),
        sql.SQL("GRANT UPDATE ({}) ON {} TO {}").format(
            sql.SQL(", ").join(sql.Identifier(c) for c in REVIEWER_COLUMNS), review, reviewer
        ),
        sql.SQL("REVOKE INSERT, UPDATE, DELETE, TRUNCATE ON {} FROM PUBLIC").format(
            sql.Identifier(schema, HISTORY_TABLE)
        ),
    ]


def _rollback_keeping_the_error(connection) -> None:
    """Roll back after an error; on a connection that is already gone there is nothing to roll back (the server
    did), and the error to report stays the one that happened, not 'connection already closed'."""
    try:
        connection.rollback()
    except LOST:
        pass


def set_up_roles(connection, schema: str, reviewer_role: str, readonly_role: str) -> list[str]:
    """Create the schema (if needed) and the two roles (NOLOGIN group roles, if missing), grant them, remember
    them for the tables later runs make; one transaction. Returns the SQL run, for the log."""
    done = []
    try:
        with connection.cursor() as cursor:
            ensure_schema(connection, schema)
            for role in (reviewer_role, readonly_role):
                cursor.execute("SELECT 1 FROM pg_roles WHERE rolname = %s", (role,))
                if cursor.fetchone() is None:
                    statement = sql.SQL("CREATE ROLE {} NOLOGIN").format(sql.Identifier(role))
                    cursor.execute(statement)
                    done.append(statement.as_string(connection))
            for statement in role_statements(schema, reviewer_role, readonly_role):
                cursor.execute(statement)
                done.append(statement.as_string(connection))
            cursor.execute(
                sql.SQL(
                    "INSERT INTO {} (key, value) VALUES ('reviewer_role', %s), ('readonly_role', %s) "
                    "ON CONFLICT (key) DO UPDATE SET value = EXCLUDED.value"
                ).format(sql.Identifier(schema, META_TABLE)),
                (reviewer_role, readonly_role),
            )
        connection.commit()
    except Exception:
        _rollback_keeping_the_error(connection)
        raise
    return done


# --- publishing a run ---------------------------------------------------------------------------------
_PG_GEOMETRIES = {6: "MultiPolygon", 5: "MultiLineString", 4: "MultiPoint", 3: "Polygon", 2: "LineString", 1: "Point"}


def publish_results(connection, schema: str, staging: Path, tables: list[str], conflict_tables: list[str]) -> None:
    """Replace the schema's result tables by the staging GeoPackage's, all or nothing (one transaction), and
    give every conflict a review row. Existing review rows are kept as they are: the reviews of unchanged
    conflicts (and a review saved while the check ran) survive a re-run."""
    from osgeo import ogr

    source = ogr.Open(str(staging))
    if source is None:
        raise SharedResultsError(tr("The staging file {0} could not be read.").format(staging))
    try:
        with connection.cursor() as cursor:
            # A large run may take longer than the interactive connections' statement timeout: this transaction
            # runs in a background task and may take its time (the timeout comes back at its end).
            cursor.execute("SET LOCAL statement_timeout = 0")
            ensure_schema(connection, schema)
            cursor.execute(sql.SQL("SELECT key, value FROM {}").format(sql.Identifier(schema, META_TABLE)))
            meta = dict(cursor.fetchall())
            roles = [meta[k] for k in ("reviewer_role", "readonly_role") if meta.get(k)]
            for table in tables:
                layer = source.GetLayerByName(table)
                if layer is not None:
                    _replace_table(cursor, connection, schema, table, layer, roles)
            for table in conflict_tables:
                if source.GetLayerByName(table) is None:
                    continue
                cursor.execute(
                    sql.SQL(
                        "INSERT INTO {review} (conflict_key, status, comment, reviewed_by, reviewed_at) "
                        "SELECT DISTINCT ON (conflict_key) conflict_key, coalesce(status, 'open'), comment, reviewed_by, "
                        "CASE WHEN reviewed_at ~ '^[0-9]{{4}}-' THEN reviewed_at::timestamptz END FROM {table} "
                        "WHERE conflict_key IS NOT NULL ON CONFLICT (conflict_key) DO NOTHING"
                    ).format(review=sql.Identifier(schema, REVIEW_TABLE), table=sql.Identifier(schema, table))
                )
        connection.commit()
    except Exception:
        _rollback_keeping_the_error(connection)
        raise
    finally:
        source = None


def _replace_table(cursor, connection, schema: str, table: str, layer, roles: list[str]) -> None:
    from osgeo import ogr

    definition = layer.GetLayerDefn()
    fields = [definition.GetFieldDefn(i) for i in range(definition.GetFieldCount())]
    names = [f.GetName() for f in fields]
    types = [
        {"Integer": "integer", "Integer64": "bigint", "Real": "double precision"}.get(
            ogr.GetFieldTypeName(f.GetType()), "text"
        )
        for f in fields
    ]
    geometry_type = (
        _PG_GEOMETRIES.get(ogr.GT_Flatten(layer.GetGeomType())) if layer.GetGeomType() != ogr.wkbNone else None
    )
    srid = 0
    reference = layer.GetSpatialRef()
    if reference is not None and reference.GetAuthorityName(None) == "EPSG":
        srid = int(reference.GetAuthorityCode(None))
    target = sql.Identifier(schema, table)
    cursor.execute(
        "SELECT a.attname, format_type(a.atttypid, a.atttypmod) FROM pg_attribute a "
        "WHERE a.attrelid = to_regclass(%s) AND a.attnum > 0 AND NOT a.attisdropped ORDER BY a.attnum",
        (target.as_string(connection),),
    )
    existing = cursor.fetchall()
    wanted_geometry = f"geometry({geometry_type},{srid})".lower() if geometry_type else None
    wanted = [(FID, "bigint")] + list(zip(names, types)) + ([(GEOMETRY, wanted_geometry)] if geometry_type else [])
    if [(n, t.lower()) for n, t in existing] != [(n, t.lower()) for n, t in wanted]:
        cursor.execute(sql.SQL("DROP TABLE IF EXISTS {}").format(target))
        columns = [sql.SQL("{} bigint PRIMARY KEY").format(sql.Identifier(FID))]
        columns += [sql.SQL("{} {}").format(sql.Identifier(n), sql.SQL(t)) for n, t in zip(names, types)]
        if geometry_type:
            columns.append(
                sql.SQL("{} geometry({}, {})").format(
                    sql.Identifier(GEOMETRY), sql.SQL(geometry_type), sql.Literal(srid)
                )
            )
        cursor.execute(sql.SQL("CREATE TABLE {} ({})").format(target, sql.SQL(", ").join(columns)))
        if geometry_type:
            cursor.execute(sql.SQL("CREATE INDEX ON {} USING gist ({})").format(target, sql.Identifier(GEOMETRY)))
        for role in roles:
            cursor.execute(sql.SQL("GRANT SELECT ON {} TO {}").format(target, sql.Identifier(role)))
    else:
        cursor.execute(sql.SQL("DELETE FROM {}").format(target))
    rows = []
    layer.ResetReading()
    for feature in layer:
        values = [feature.GetFID()]
        for index in range(len(fields)):
            if not feature.IsFieldSetAndNotNull(index):
                values.append(None)
            elif types[index] == "integer" or types[index] == "bigint":
                values.append(feature.GetFieldAsInteger64(index))
            elif types[index] == "double precision":
                values.append(feature.GetFieldAsDouble(index))
            else:
                values.append(feature.GetFieldAsString(index))
        if geometry_type:
            geometry = feature.GetGeometryRef()
            values.append(psycopg2.Binary(geometry.ExportToIsoWkb()) if geometry is not None else None)
        rows.append(values)
    placeholders = ["%s"] * (1 + len(names)) + ([f"ST_Multi(ST_GeomFromWKB(%s, {srid}))"] if geometry_type else [])
    insert = sql.SQL("INSERT INTO {} ({}) VALUES %s").format(
        target, sql.SQL(", ").join(sql.Identifier(n) for n, _ in wanted)
    )
    if rows:
        execute_values(
            cursor, insert.as_string(connection), rows, template="(" + ", ".join(placeholders) + ")", page_size=500
        )


def read_records(connection, schema: str, tables: list[str]) -> dict[str, list[tuple[int, dict]]]:
    """Each conflict table's rows as (fid, attributes) without geometry, with the review's current state
    (status, comment, who, when, version) in place of the values the run wrote."""
    reviews = {r.conflict_key: r for r in SharedReviews.fetch_with(connection, schema)}
    records: dict[str, list[tuple[int, dict]]] = {}
    with connection.cursor() as cursor:
        for table in tables:
            cursor.execute("SELECT to_regclass(%s) IS NOT NULL", (sql.Identifier(schema, table).as_string(connection),))
            if not cursor.fetchone()[0]:
                continue
            cursor.execute(sql.SQL("SELECT * FROM {} LIMIT 0").format(sql.Identifier(schema, table)))
            names = [d.name for d in cursor.description if d.name != GEOMETRY]  # the table, not the geometries
            cursor.execute(
                sql.SQL("SELECT {} FROM {} ORDER BY {}").format(
                    sql.SQL(", ").join(sql.Identifier(n) for n in names),
                    sql.Identifier(schema, table),
                    sql.Identifier(FID),
                )
            )
            rows = []
            for row in cursor.fetchall():
                values = {n: v for n, v in zip(names, row) if n not in (FID, GEOMETRY)}
                review = reviews.get(values.get("conflict_key"))
                if review is not None:
                    values.update(review.values())
                rows.append((int(row[names.index(FID)]), values))
            records[table] = rows
    connection.rollback()  # end the read transaction: no snapshot kept open
    return records


# --- reviews ------------------------------------------------------------------------------------------
class ListenerLost(SharedResultsError):
    """The listening connection dropped; `lost` says how."""

    def __init__(self, lost: str) -> None:
        super().__init__(lost)
        self.lost = lost


def listener_reopened(lost: str) -> str:
    return tr(
        "The connection that shows the others' reviews as they are saved was lost ({0}) and has been opened again."
    ).format(lost)


def listener_not_reopened(lost: str, again: Exception) -> str:
    return tr(
        "The connection that shows the others' reviews as they are saved was lost ({0}) and could not be opened "
        "again: {1} Use Refresh to see their changes."
    ).format(lost, str(again).strip())


class ReviewListener:
    """LISTEN on a connection of its own for saved reviews (the trigger's NOTIFY carries the schema's name).
    `fileno()` is for a socket notifier; `changed()` reads what arrived and says whether it concerns `schema`."""

    def __init__(self, connect: Callable[[], object], schema: str) -> None:
        self.schema = schema
        self._connect = connect
        self.reconnected: str | None = None  # what happened at the last reconnection, for the user
        self.connection = self._open()

    def _open(self):
        connection = self._connect()
        connection.autocommit = True
        with connection.cursor() as cursor:
            cursor.execute(sql.SQL("LISTEN {}").format(sql.Identifier(NOTIFY_CHANNEL)))
        return connection

    def fileno(self) -> int:
        return self.connection.fileno()

    def changed(self, reopen: bool = True) -> bool:
        """Whether a save in `schema` was notified. A connection that dropped is opened again (LISTEN again) and
        counts as a change, since saves may have been missed meanwhile; `reconnected` then says so. When it cannot
        be opened again, ConnectionLost says why (Refresh still shows the others' changes). With `reopen` False a
        drop raises ListenerLost instead, for the caller to open a new listener where it may wait (in a task)."""
        try:
            for _ in range(8):
                self.connection.poll()
                # A backend ended by the server first sends its FATAL notice (read by this poll) and then closes:
                # the socket still readable with nothing to read is the end, which the next poll raises.
                if not select.select([self.connection], [], [], 0)[0]:
                    break
        except LOST as error:
            lost = str(error).strip()
            self.close()
            if not reopen:
                raise ListenerLost(lost) from error
            try:
                self.connection = self._open()
            except Exception as again:  # noqa: BLE001 - psycopg2's, or the saved connection's own
                raise ConnectionLost(listener_not_reopened(lost, again)) from again
            self.reconnected = listener_reopened(lost)
            return True
        found = any(n.payload == self.schema for n in self.connection.notifies)
        self.connection.notifies.clear()
        return found

    def close(self) -> None:
        if not self.connection.closed:
            self.connection.close()


class SharedReviews:
    """One reviewer's view of a schema's reviews over its own connection.

    `connect` makes a new psycopg2 connection; a connection that dropped is replaced on the next call. A
    change that could not be saved stays in `pending` (conflict key -> (status, comment)) until it is saved."""

    def __init__(self, connect: Callable[[], object], schema: str) -> None:
        self._connect = connect
        self.schema = schema
        self._connection = None
        self.pending: dict[str, tuple[str, str]] = {}

    @property
    def connection(self):
        if self._connection is None or self._connection.closed:
            try:
                self._connection = self._connect()
            except Exception as error:  # noqa: BLE001 - psycopg2's, or the saved connection's own (no such name, no credentials)
                raise ConnectionLost(
                    tr("Could not connect to the database holding the shared reviews: {0}").format(str(error).strip())
                ) from error
        return self._connection

    def close(self) -> None:
        if self._connection is not None and not self._connection.closed:
            self._connection.close()
        self._connection = None

    @staticmethod
    def fetch_with(connection, schema: str, keys: list[str] | None = None) -> list[Review]:
        query = sql.SQL("SELECT {} FROM {}").format(_review_columns(), sql.Identifier(schema, REVIEW_TABLE))
        with connection.cursor() as cursor:
            if keys is None:
                cursor.execute(query)
            else:
                cursor.execute(query + sql.SQL(" WHERE conflict_key = ANY(%s)"), (list(keys),))
            return [_review(row) for row in cursor.fetchall()]

    def fetch(self, keys: list[str] | None = None) -> dict[str, Review]:
        """The current reviews (all, or of the given keys): what the others have saved too."""
        connection = self.connection
        try:
            reviews = self.fetch_with(connection, self.schema, keys)
            connection.rollback()
        except LOST as error:
            self.close()
            raise ConnectionLost(
                tr("The connection to the database was lost while reading the reviews: {0}").format(str(error).strip())
            ) from error
        except psycopg2.errors.InsufficientPrivilege as error:
            connection.rollback()
            raise ReviewRefused(
                tr("Your database role may not read the reviews in schema '{0}': {1}").format(
                    self.schema, str(error).strip()
                )
            ) from error
        return {r.conflict_key: r for r in reviews}

    def can_write(self) -> bool:
        connection = self.connection
        try:
            with connection.cursor() as cursor:
                cursor.execute(
                    "SELECT has_column_privilege(%s, 'status', 'UPDATE')",
                    (sql.Identifier(self.schema, REVIEW_TABLE).as_string(connection),),
                )
                allowed = bool(cursor.fetchone()[0])
            connection.rollback()
            return allowed
        except LOST:
            self.close()
            return False

    def save(
        self,
        conflict_key: str,
        status: str,
        comment: str,
        reviewer: str,
        expected_version: int,
        before_commit: Callable[[], None] | None = None,
    ) -> Review:
        """Save status and comment over `expected_version`; the new review, or ReviewConflict with the other's
        change, ReviewRefused for a role that may only read, ConnectionLost when the connection dropped (the
        change is then kept in `pending` to retry). `before_commit` is for tests of a connection lost mid-save."""
        if status not in REVIEW_STATUSES:
            raise SharedResultsError(tr("Unknown review status '{0}'.").format(status))
        self.pending[conflict_key] = (status, comment)
        connection = self.connection
        committing = False
        try:
            with connection.cursor() as cursor:
                # The stamp trigger sets version (+1), reviewed_at and db_user; the check stays on the version seen.
                cursor.execute(
                    sql.SQL(
                        "UPDATE {} SET status = %s, comment = %s, reviewed_by = %s WHERE conflict_key = %s AND version = %s "
                        "RETURNING {}"
                    ).format(sql.Identifier(self.schema, REVIEW_TABLE), _review_columns()),
                    (status, comment, reviewer, conflict_key, int(expected_version)),
                )
                row = cursor.fetchone()
                if row is None:
                    cursor.execute(
                        sql.SQL("SELECT {} FROM {} WHERE conflict_key = %s").format(
                            _review_columns(), sql.Identifier(self.schema, REVIEW_TABLE)
                        ),
                        (conflict_key,),
                    )
                    current = cursor.fetchone()
                    connection.rollback()
                    if current is None:
                        self.pending.pop(conflict_key, None)
                        raise SharedResultsError(
                            tr("Conflict {0} is not in the shared results of schema '{1}' (any more).").format(
                                conflict_key, self.schema
                            )
                        )
                    current_review = _review(current)
                    if (
                        current_review.status,
                        current_review.comment or "",
                        current_review.reviewed_by,
                        current_review.db_user,
                    ) == (status, comment, reviewer, connection.info.user):
                        self.pending.pop(conflict_key, None)  # our own save, whose answer the connection lost
                        return current_review
                    raise ReviewConflict(current_review, (status, comment))
                if before_commit is not None:
                    before_commit()
            committing = True
            connection.commit()
        except LOST as error:
            self.close()
            if committing:
                # The COMMIT may have reached the server before the connection dropped: the retry recognises our own
                # change (same status, comment, name and database user, one version on) instead of calling it a conflict.
                raise ConnectionLost(
                    tr(
                        "The connection to the database was lost while saving the review of conflict "
                        "{0}: your change may not have been saved; it will be checked on retry. Your "
                        "change is kept: save again to retry."
                    ).format(conflict_key)
                ) from error
            raise ConnectionLost(
                tr(
                    "The connection to the database was lost while saving the review of conflict {0}: "
                    "nothing was saved (the transaction was rolled back). Your change is kept: save "
                    "again to retry."
                ).format(conflict_key)
            ) from error
        except psycopg2.errors.InsufficientPrivilege as error:
            connection.rollback()
            self.pending.pop(conflict_key, None)
            raise ReviewRefused(
                tr(
                    "Your database role '{0}' may only read the reviews in schema '{1}': the review was not "
                    "saved. Ask the schema's owner for the reviewer role."
                ).format(connection.info.user, self.schema)
            ) from error
        except psycopg2.Error as error:
            connection.rollback()
            raise SharedResultsError(
                tr("The review of conflict {0} could not be saved: {1}").format(conflict_key, str(error).strip())
            ) from error
        self.pending.pop(conflict_key, None)
        return _review(row)

    def history(self, conflict_key: str) -> list[dict]:
        """Every change saved for the conflict, oldest first: old and new status and comment, the name given, when,
        version and the database user."""
        connection = self.connection
        try:
            with connection.cursor() as cursor:
                cursor.execute(
                    sql.SQL(
                        "SELECT old_status, new_status, old_comment, new_comment, reviewed_by, reviewed_at, "
                        "version, db_user FROM {} WHERE conflict_key = %s ORDER BY version, id"
                    ).format(sql.Identifier(self.schema, HISTORY_TABLE)),
                    (conflict_key,),
                )
                names = [d.name for d in cursor.description]
                rows = [dict(zip(names, row)) for row in cursor.fetchall()]
            connection.rollback()
        except LOST as error:
            self.close()
            raise ConnectionLost(
                tr("The connection to the database was lost while reading the history of conflict {0}: {1}").format(
                    conflict_key, str(error).strip()
                )
            ) from error
        except psycopg2.Error as error:
            _rollback_keeping_the_error(connection)
            raise SharedResultsError(
                tr("The history of conflict {0} could not be read: {1}").format(conflict_key, str(error).strip())
            ) from error
        for row in rows:
            row["reviewed_at"] = _iso(row["reviewed_at"])
        return rows
