"""samplan:sharedreviewroles — a PostGIS schema for shared review, with a reviewer role and a read-only role."""

from __future__ import annotations

from qgis.core import (
    QgsProcessingException,
    QgsProcessingOutputString,
    QgsProcessingParameterDatabaseSchema,
    QgsProcessingParameterProviderConnection,
    QgsProcessingParameterString,
)

from ..qgis_adapter import pg_connections
from .base import SamplanAlgorithm


class SharedReviewRolesAlgorithm(SamplanAlgorithm):
    help_page = "shared_review"

    CONNECTION = "CONNECTION"
    SCHEMA = "SCHEMA"
    REVIEWER_ROLE = "REVIEWER_ROLE"
    READONLY_ROLE = "READONLY_ROLE"
    SQL = "SQL"

    def name(self) -> str:
        return "sharedreviewroles"

    def displayName(self) -> str:
        return self.tr("Set up shared review in PostGIS")

    def group(self) -> str:
        return self.tr("Coordination")

    def groupId(self) -> str:
        return "coordination"

    def tags(self) -> list[str]:
        return self.tr("postgis,postgresql,review,roles,grant,shared,granskning").split(",")

    def shortHelpString(self) -> str:
        return self.tr(
            "Prepares a PostgreSQL/PostGIS schema to hold the conflict check's results and their reviews, shared by "
            "several reviewers (the region, the municipalities, the county board, Trafikverket), and grants two "
            "group roles on it.\n\n"
            "<b>Method.</b> Creates the schema if needed, with a table 'review' (one row per conflict key: status, "
            "comment, reviewed by, reviewed at and a version number) and an append-only table 'review_history' filled "
            "by a trigger on every change. A review is saved only over the version the reviewer saw; when someone "
            "else changed it meanwhile the save is refused and the other's change shown, so nothing is overwritten "
            "silently. Creates the two roles (NOLOGIN group roles) if missing and grants: the reviewer role may read "
            "every table and update the reviews; the read-only role may only read. Nobody may write the history "
            "directly. Tables that later runs create are granted to both roles too.\n\n"
            "<b>Inputs.</b> One of QGIS's saved PostgreSQL connections (its credentials come from QGIS's "
            "authentication manager, and are never stored in the project or the tables), the schema, and the names "
            "of the two roles. The connection's user needs the right to create schemas and roles (CREATEROLE). Give "
            "people the roles with GRANT role TO user.\n\n"
            "<b>Outputs.</b> The SQL statements that were run, also in the log; the README lists them. Then choose "
            "the connection and the schema as the shared results in the conflict inspector and run the check."
        )

    def initAlgorithm(self, config=None) -> None:
        self.addParameter(
            QgsProcessingParameterProviderConnection(self.CONNECTION, self.tr("Database connection"), "postgres")
        )
        self.addParameter(
            QgsProcessingParameterDatabaseSchema(self.SCHEMA, self.tr("Schema of the shared results"), self.CONNECTION)
        )
        self.addParameter(
            QgsProcessingParameterString(
                self.REVIEWER_ROLE, self.tr("Reviewer role (reads, writes reviews)"), "samplan_granskare"
            )
        )
        self.addParameter(QgsProcessingParameterString(self.READONLY_ROLE, self.tr("Read-only role"), "samplan_lasare"))
        self.addOutput(QgsProcessingOutputString(self.SQL, self.tr("SQL run")))

    def processAlgorithm(self, parameters, context, feedback):
        name = self.parameterAsConnectionName(parameters, self.CONNECTION, context)
        schema = self.parameterAsSchema(parameters, self.SCHEMA, context).strip()
        reviewer = self.parameterAsString(parameters, self.REVIEWER_ROLE, context).strip()
        reader = self.parameterAsString(parameters, self.READONLY_ROLE, context).strip()
        if not schema:
            raise QgsProcessingException(self.tr("Name the schema of the shared results."))
        if not reviewer or not reader or reviewer == reader:
            raise QgsProcessingException(self.tr("Name two different roles: a reviewer role and a read-only role."))
        try:
            import psycopg2  # optional: only this algorithm and the shared review need it
            import psycopg2.errors

            from ..qgis_adapter.postgis_results import set_up_roles
        except ImportError:
            raise QgsProcessingException(
                self.tr(
                    "This algorithm needs the Python package psycopg2 (shared review in PostGIS). "
                    "Install it into QGIS's Python; the other algorithms work without it."
                )
            ) from None
        try:
            connection = pg_connections.connect(name)
        except pg_connections.ConnectionSetupError as error:
            raise QgsProcessingException(str(error)) from None
        try:
            statements = set_up_roles(connection, schema, reviewer, reader)
        except psycopg2.errors.InsufficientPrivilege as error:
            raise QgsProcessingException(
                self.tr(
                    "The user of connection '{0}' may not create the schema '{1}' or the roles: {2} Ask for a user with "
                    "CREATEROLE and the right to create schemas, or let the database administrator run the SQL in the "
                    "README."
                ).format(name, schema, str(error).strip())
            ) from None
        except psycopg2.Error as error:
            raise QgsProcessingException(
                self.tr("Setting up schema '{0}' failed: {1}").format(schema, str(error).strip())
            ) from None
        finally:
            connection.close()
        for statement in statements:
            feedback.pushInfo(statement + ";")
        feedback.pushInfo(
            self.tr("Schema '{0}' is ready: role '{1}' reviews, role '{2}' reads.").format(schema, reviewer, reader)
        )
        return {self.SQL: ";\n".join(statements) + ";"}
