#!/usr/bin/env bash
# A private PostgreSQL + PostGIS server for Samplan's shared-review tests: Debian's postgresql-15 and
# postgresql-15-postgis-3 (installed when missing, with python3-psycopg2, which QGIS usually brings), a cluster
# of its own in build/postgres (as root: in postgres's home, see SERVER_BASE), listening on loopback only
# (127.0.0.1, port SAMPLAN_PG_PORT, which the Makefile takes from the checkout's path; default 55432).
# Idempotent: (re)starts the server when it is not running, creates the test database once.
# `setup-postgres.sh stop` stops it.
# As root the server runs as the OS user 'postgres' (PostgreSQL refuses to run as root).
# Prints nothing on success but one line naming the server; fails with the reason otherwise.
set -euo pipefail

ROOT="$(cd "$(dirname "$0")/.." && pwd)"
BASE="$ROOT/build/postgres"
SERVER_BASE="$BASE"
if [ "$(id -u)" -eq 0 ]; then
    # The server runs as 'postgres', which may not reach a checkout under a private folder (/root/...): its
    # cluster lives in postgres's own home instead, one per checkout.
    SERVER_BASE="/var/lib/postgresql/samplan-$(printf %s "$ROOT" | md5sum | cut -c1-12)"
fi
DATA="$SERVER_BASE/data"
RUN="$SERVER_BASE/run"
LOG="$SERVER_BASE/server.log"
PORT="${SAMPLAN_PG_PORT:-55432}"
DB="${SAMPLAN_PG_DB:-samplan_test}"
ADMIN="samplan_admin"
PASSWORD_FILE="$BASE/admin-password"
BIN=/usr/lib/postgresql/15/bin

fail() { echo "samplan: PostgreSQL for the tests: $*" >&2; exit 1; }

SUDO=""
if [ "$(id -u)" -ne 0 ]; then SUDO="sudo"; fi
missing=()
if [ "${1:-}" = "stop" ] && [ ! -x "$BIN/pg_ctl" ]; then exit 0; fi
[ "${1:-}" = "stop" ] || for p in postgresql-15 postgresql-15-postgis-3 python3-psycopg2; do dpkg -s "$p" >/dev/null 2>&1 || missing+=("$p"); done
if [ ${#missing[@]} -gt 0 ]; then
    echo "samplan: installing ${missing[*]}"
    export DEBIAN_FRONTEND=noninteractive
    $SUDO apt-get -o DPkg::Lock::Timeout=600 update -qq || fail "apt-get update failed"
    # shellcheck disable=SC2086
    $SUDO apt-get -o DPkg::Lock::Timeout=600 install -y -qq --no-install-recommends ${missing[*]} \
        || fail "could not install ${missing[*]} from Debian's packages"
fi
[ -x "$BIN/initdb" ] || fail "$BIN/initdb is missing (postgresql-15 not installed?)"

# Who runs the server: this user, or 'postgres' when we are root.
as_owner() { "$@"; }
OWNER="$(id -un)"
if [ "$(id -u)" -eq 0 ]; then
    id postgres >/dev/null 2>&1 || fail "no OS user 'postgres' (it comes with postgresql-common)"
    OWNER=postgres
    as_owner() { runuser -u postgres -- "$@"; }
fi

if [ "${1:-}" = "stop" ]; then  # `make clean`: stop our server and remove its cluster (it is rebuilt on demand)
    if [ -f "$DATA/PG_VERSION" ]; then as_owner "$BIN/pg_ctl" -D "$DATA" -m fast stop >/dev/null 2>&1 || true; fi
    if [ "$SERVER_BASE" != "$BASE" ]; then rm -rf "$SERVER_BASE"; fi
    exit 0
fi

mkdir -p "$BASE" "$SERVER_BASE" "$RUN"
chown "$OWNER" "$SERVER_BASE"
if [ ! -s "$PASSWORD_FILE" ]; then
    # A password of this private test cluster only (loopback, build/), never a user's.
    head -c 18 /dev/urandom | base64 | tr -d '/+=' > "$PASSWORD_FILE"
fi
chmod 600 "$PASSWORD_FILE"
if [ ! -f "$DATA/PG_VERSION" ]; then
    rm -rf "$DATA"
    mkdir -p "$DATA"
    chown "$OWNER" "$DATA" "$RUN"
    cp "$PASSWORD_FILE" "$RUN/pw.tmp" && chown "$OWNER" "$RUN/pw.tmp"
    as_owner "$BIN/initdb" -D "$DATA" -U "$ADMIN" --pwfile="$RUN/pw.tmp" -E UTF8 --locale=C.UTF-8 \
        --auth-local=trust --auth-host=scram-sha-256 >"$BASE/initdb.log" 2>&1 \
        || { rm -f "$RUN/pw.tmp"; fail "initdb failed, see $BASE/initdb.log"; }
    rm -f "$RUN/pw.tmp"
fi
chown "$OWNER" "$DATA" "$RUN"
touch "$LOG" && chown "$OWNER" "$LOG"

if ! as_owner "$BIN/pg_ctl" -D "$DATA" status >/dev/null 2>&1; then
    rm -f "$DATA/postmaster.pid"  # left by a server killed with its session
    as_owner "$BIN/pg_ctl" -D "$DATA" -l "$LOG" -w -t 60 \
        -o "-p $PORT -c listen_addresses=127.0.0.1 -k $RUN -c max_connections=100 -c fsync=off -c synchronous_commit=off" \
        start >/dev/null || fail "the server did not start on 127.0.0.1:$PORT; see $LOG: $(tail -n 3 "$LOG" | tr '\n' ' ')"
fi

psql_admin() { as_owner "$BIN/../bin/psql" -X -q -v ON_ERROR_STOP=1 -h "$RUN" -p "$PORT" -U "$ADMIN" "$@"; }
[ -x "$BIN/psql" ] || psql_admin() { as_owner psql -X -q -v ON_ERROR_STOP=1 -h "$RUN" -p "$PORT" -U "$ADMIN" "$@"; }
if ! psql_admin -d postgres -tAc "SELECT 1 FROM pg_database WHERE datname = '$DB'" | grep -q 1; then
    psql_admin -d postgres -c "CREATE DATABASE \"$DB\"" || fail "could not create database $DB"
fi
psql_admin -d "$DB" -c "SET client_min_messages = warning; CREATE EXTENSION IF NOT EXISTS postgis" || fail "could not create the postgis extension in $DB"
# The password the tests use is the one in build/; a cluster kept from an earlier checkout at this path (or
# before a `make clean`) gets it again, over the trusted local socket.
psql_admin -d postgres -v pw="$(cat "$PASSWORD_FILE")" <<'SQL' >/dev/null || fail "could not set the test password"
ALTER ROLE samplan_admin PASSWORD :'pw';
SQL
as_owner env PGPASSWORD="$(cat "$PASSWORD_FILE")" psql -X -q -h 127.0.0.1 -p "$PORT" -U "$ADMIN" -d "$DB" \
    -tAc "SELECT 1" >/dev/null 2>&1 || fail "the test password is not accepted on 127.0.0.1:$PORT (another server on this port?)"
echo "samplan: PostgreSQL $(psql_admin -d "$DB" -tAc 'SHOW server_version') with PostGIS $(psql_admin -d "$DB" -tAc 'SELECT postgis_lib_version()') on 127.0.0.1:$PORT, database $DB"
