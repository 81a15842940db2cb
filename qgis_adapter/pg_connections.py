"""QGIS's saved PostgreSQL connections as the shared results' database.

A project and the results tables keep the connection's name and the schema only. Credentials come at
connect time from QGIS's authentication manager (the connection's authcfg), or from what the connection
itself gives libpq (a pg service file, ~/.pgpass, a user name); layers added to the project carry the authcfg
id, never a password.
"""

from __future__ import annotations

from qgis.core import QgsApplication, QgsAuthMethodConfig, QgsDataSourceUri, QgsProviderRegistry

from ..dependencies import missing_optional
from ..i18n.translation import tr


# A server that cannot be reached, or a network that silently drops the connection, must not hang QGIS: libpq
# gives up connecting after CONNECT_TIMEOUT_S, TCP keepalives notice a dead peer within about
# KEEPALIVES_IDLE_S + KEEPALIVES_COUNT * KEEPALIVES_INTERVAL_S, and no statement runs longer than
# STATEMENT_TIMEOUT_MS (publishing a run lifts it for its own transaction).
CONNECT_TIMEOUT_S = 10
KEEPALIVES_IDLE_S = 30
KEEPALIVES_INTERVAL_S = 10
KEEPALIVES_COUNT = 3
STATEMENT_TIMEOUT_MS = 30000


class ConnectionSetupError(Exception):
    """A connection that cannot be used; the message names it and says why."""


def _metadata():
    metadata = QgsProviderRegistry.instance().providerMetadata("postgres")
    if metadata is None:
        raise ConnectionSetupError(tr("QGIS's PostgreSQL provider is not available."))
    return metadata


def shared_results_unavailable() -> str:
    """Why shared results in PostGIS cannot be used here ('' when they can): psycopg2, which talks to the server, is
    an optional package. Everything else works without it."""
    if "psycopg2" not in missing_optional():
        return ""
    return tr(
        "Shared results in PostGIS need the Python package psycopg2, which QGIS's Python does not have "
        "(Samplan → Help → What is missing says how to install it)."
    )


def saved_connection_names() -> list[str]:
    try:
        return sorted(_metadata().connections().keys())
    except ConnectionSetupError:
        return []


def connection_uri(name: str) -> QgsDataSourceUri:
    """The saved connection's URI, as saved (an authcfg id where it has one)."""
    try:
        connection = _metadata().findConnection(name)
    except Exception:  # noqa: BLE001 - QGIS raises its own exception type for an unknown name
        connection = None
    if connection is None:
        raise ConnectionSetupError(
            tr(
                "There is no saved PostgreSQL connection named '{0}' in this QGIS. Add it in the "
                "Data Source Manager (PostgreSQL), with its credentials in an authentication "
                "configuration."
            ).format(name)
        )
    return QgsDataSourceUri(connection.uri())


def connect_parameters(name: str) -> dict[str, str]:
    """psycopg2.connect's keyword arguments for a saved connection, the credentials resolved now through QGIS's
    authentication manager. Kept in memory only. With a connect timeout, TCP keepalives and a statement timeout, so
    that an unreachable server or a dropped network gives an error instead of a hang."""
    uri = connection_uri(name)
    parameters: dict[str, str] = {
        "application_name": "Samplan",
        "connect_timeout": str(CONNECT_TIMEOUT_S),
        "keepalives": "1",
        "keepalives_idle": str(KEEPALIVES_IDLE_S),
        "keepalives_interval": str(KEEPALIVES_INTERVAL_S),
        "keepalives_count": str(KEEPALIVES_COUNT),
        "options": f"-c statement_timeout={STATEMENT_TIMEOUT_MS}",
    }
    if uri.service():
        parameters["service"] = uri.service()
    for key, value in (
        ("host", uri.host()),
        ("port", uri.port()),
        ("dbname", uri.database()),
        ("user", uri.username()),
        ("password", uri.password()),
    ):
        if value:
            parameters[key] = value
    if uri.sslMode() not in (QgsDataSourceUri.SslMode.SslPrefer, QgsDataSourceUri.SslMode.SslAllow):
        mode = QgsDataSourceUri.encodeSslMode(uri.sslMode())
        if mode:
            parameters["sslmode"] = mode
    if uri.authConfigId():
        manager = QgsApplication.authManager()
        ok, config = manager.loadAuthenticationConfig(uri.authConfigId(), QgsAuthMethodConfig(), True)
        if not ok or not config.isValid():
            raise ConnectionSetupError(
                tr(
                    "Connection '{0}': its authentication configuration '{1}' could not be read "
                    "(is QGIS's master password set?)."
                ).format(name, uri.authConfigId())
            )
        if config.method() != "Basic":
            raise ConnectionSetupError(
                tr(
                    "Connection '{0}': authentication method '{1}' is not supported for the shared "
                    "reviews; use a Basic (user name and password) configuration."
                ).format(name, config.method())
            )
        parameters["user"] = config.config("username")
        parameters["password"] = config.config("password")
    return parameters


def connect(name: str):
    """A new psycopg2 connection through a saved QGIS connection."""
    import psycopg2

    parameters = connect_parameters(name)
    try:
        return psycopg2.connect(**parameters)
    except psycopg2.OperationalError as error:
        raise ConnectionSetupError(
            tr("Could not connect through '{0}': {1}").format(name, str(error).strip())
        ) from error


def layer_uri(name: str, schema: str, table: str, geometry_column: str | None = "geom", key: str = "fid") -> str:
    """A postgres layer source for a table of the shared results: the connection's host, database and authcfg,
    never a password (QgsDataSourceUri quotes the schema and table names)."""
    saved = connection_uri(name)
    uri = QgsDataSourceUri()
    if saved.service():
        uri.setConnection(
            saved.service(),
            saved.database(),
            saved.username() if not saved.authConfigId() else "",
            "",
            saved.sslMode(),
            saved.authConfigId(),
        )
    else:
        uri.setConnection(
            saved.host(),
            saved.port(),
            saved.database(),
            saved.username() if not saved.authConfigId() else "",
            "",
            saved.sslMode(),
            saved.authConfigId(),
        )
    uri.setDataSource(schema, table, geometry_column or "", "", key)
    return uri.uri(False)
