"""The conflict check's PostGIS case for `make bench`: the county's plan and theme layers in the project's private
PostgreSQL + PostGIS server (scripts/setup-postgres.sh; SAMPLAN_TEST_PG names it, as for the tests), loaded once
with ogr2ogr (Debian's gdal-bin) into the schema samplan_bench with GiST indexes and kept between runs while each
table's row count and the GeoPackage it came from match. The check then reads them as QGIS postgres layers.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import time
from pathlib import Path

SCHEMA = "samplan_bench"
ENVIRONMENT = "SAMPLAN_TEST_PG"


def spaced(number: int) -> str:
    return f"{number:,}".replace(",", " ")


def server() -> tuple[str | None, str]:
    """(libpq connection string, "") when the server answers with PostGIS, else (None, why not)."""
    dsn = os.environ.get(ENVIRONMENT, "")
    if not dsn:
        return None, f"{ENVIRONMENT} is not set (run it as `make bench`, which starts the server)"
    try:
        import psycopg2
        from psycopg2.extensions import parse_dsn
    except ImportError as error:
        return None, f"psycopg2 is missing ({error})"
    if not parse_dsn(dsn).get("password"):
        return None, "no password for the server (build/postgres/admin-password is missing: `make postgres`)"
    if shutil.which("ogr2ogr") is None:
        return None, "ogr2ogr (Debian's gdal-bin) is not installed"
    try:
        connection = psycopg2.connect(dsn, connect_timeout=10)
    except psycopg2.Error as error:
        return None, f"the server cannot be reached ({' '.join(str(error).split())})"
    with connection, connection.cursor() as cursor:
        cursor.execute("SELECT extversion FROM pg_extension WHERE extname = 'postgis'")
        found = cursor.fetchone()
    connection.close()
    if not found:
        return None, "the database has no PostGIS extension (`make postgres`)"
    return dsn, ""


def load(region: Path, names: list[str], totals: dict[str, int], dsn: str) -> str:
    """The layers `names` of `region` in SCHEMA, each loaded unless its table is already there with the same row
    count from the same file; a line saying what was done."""
    import psycopg2
    from psycopg2 import sql
    from psycopg2.extensions import parse_dsn

    stamp = f"{region.name} {region.stat().st_size} {int(region.stat().st_mtime)}"
    connection = psycopg2.connect(dsn)
    connection.autocommit = True
    cursor = connection.cursor()
    cursor.execute(sql.SQL("CREATE SCHEMA IF NOT EXISTS {}").format(sql.Identifier(SCHEMA)))
    stale = []
    for name in names:
        cursor.execute("SELECT obj_description(to_regclass(%s), 'pg_class')", (f'"{SCHEMA}"."{name}"',))
        row = cursor.fetchone()
        if row is None or row[0] != stamp:
            stale.append(name)
            continue
        cursor.execute(sql.SQL("SELECT count(*) FROM {}").format(sql.Identifier(SCHEMA, name)))
        if cursor.fetchone()[0] != totals.get(name):
            stale.append(name)
    if not stale:
        connection.close()
        return f"cached in schema {SCHEMA} ({len(names)} tables, {spaced(sum(totals[n] for n in names))} rows; row counts match)"
    parts = parse_dsn(dsn)
    environment = {**os.environ, "PGPASSWORD": parts.pop("password")}
    target = "PG:" + " ".join(f"{key}={value}" for key, value in parts.items())
    started = time.perf_counter()
    for name in stale:
        done = subprocess.run(
            [
                "ogr2ogr",
                "-f",
                "PostgreSQL",
                target,
                str(region),
                name,
                "-nln",
                name,
                "-overwrite",
                "-preserve_fid",
                "--config",
                "PG_USE_COPY",
                "YES",
                "-lco",
                f"SCHEMA={SCHEMA}",
                "-lco",
                "FID=fid",
                "-lco",
                "GEOMETRY_NAME=geom",
                "-lco",
                "SPATIAL_INDEX=GIST",
                "-lco",
                "LAUNDER=NO",
            ],
            env=environment,
            capture_output=True,
            text=True,
        )
        if done.returncode != 0:
            connection.close()
            raise RuntimeError(f"ogr2ogr could not load {name}: {done.stderr.strip()[-500:]}")
        table = sql.Identifier(SCHEMA, name)
        cursor.execute(sql.SQL("ANALYZE {}").format(table))
        cursor.execute(sql.SQL("COMMENT ON TABLE {} IS {}").format(table, sql.Literal(stamp)))
    connection.close()
    rows = sum(totals[n] for n in stale)
    return (
        f"loaded {len(stale)} of {len(names)} tables ({spaced(rows)} rows) into schema {SCHEMA} in "
        f"{time.perf_counter() - started:.0f} s (ogr2ogr, GiST indexes; kept for the next run)"
    )


def sources(names: list[str], dsn: str) -> dict[str, str]:
    """A QGIS postgres layer source per table name, as a Processing parameter takes it."""
    from psycopg2.extensions import parse_dsn
    from qgis.core import QgsDataSourceUri

    parts = parse_dsn(dsn)
    found = {}
    for name in names:
        uri = QgsDataSourceUri()
        uri.setConnection(
            parts.get("host", ""), parts.get("port", ""), parts["dbname"], parts["user"], parts.get("password", "")
        )
        uri.setDataSource(SCHEMA, name, "geom", "", "fid")
        found[name] = "postgres://" + uri.uri(False)
    return found
