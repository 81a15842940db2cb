"""Fixtures for tests against a real QGIS: the Samplan provider registered, small layers made from WKT."""

from __future__ import annotations

import os
from pathlib import Path

import pytest
from qgis.core import (
    QgsApplication,
    QgsFeature,
    QgsGeometry,
    QgsProcessingFeedback,
    QgsVectorFileWriter,
    QgsVectorLayer,
    QgsCoordinateTransformContext,
)


_providers_kept_alive: list = []


def ensure_provider():
    """pytest-qgis does not register a plugin's provider: this does, as QGIS's initProcessing() would.

    Idempotent, so that tests of the plugin object, which add and remove their own, can run in any order.
    """
    from samplan.algorithms.provider import SamplanProvider

    registry = QgsApplication.processingRegistry()
    provider = registry.providerById("samplan")
    if provider is None:
        provider = SamplanProvider()
        assert registry.addProvider(provider)
        # Python must keep the provider alive, or its algorithms' Python overrides are lost.
        _providers_kept_alive.append(provider)
    return provider


@pytest.fixture()
def samplan_provider(qgis_processing):
    return ensure_provider()


@pytest.fixture()
def no_samplan_provider(qgis_processing):
    """The registry without Samplan, for tests that load the plugin themselves."""
    registry = QgsApplication.processingRegistry()
    existing = registry.providerById("samplan")
    if existing is not None:
        registry.removeProvider(existing)
    yield


class RecordingFeedback(QgsProcessingFeedback):
    """Feedback that keeps what the algorithm said, and can cancel itself once progress passes a mark."""

    def __init__(self, cancel_at: float | None = None) -> None:
        super().__init__()
        self.infos: list[str] = []
        self.warnings: list[str] = []
        self.cancel_at = cancel_at
        self.cancelled_at_time: float | None = None
        self.progress: list[float] = []  # every progress value reported, in order
        self.progressChanged.connect(self._on_progress)

    def pushInfo(self, info: str) -> None:
        self.infos.append(info)
        super().pushInfo(info)

    def pushWarning(self, warning: str) -> None:
        self.warnings.append(warning)
        super().pushWarning(warning)

    def _on_progress(self, value: float) -> None:
        self.progress.append(value)
        if self.cancel_at is not None and value >= self.cancel_at and not self.isCanceled():
            import time

            self.cancelled_at_time = time.perf_counter()
            self.cancel()

    @property
    def log(self) -> str:
        return "\n".join(self.infos + self.warnings)


def memory_layer(
    geometry_type: str, fields: str, rows: list[tuple[str | None, list]], name: str, crs: str = "EPSG:3006"
) -> QgsVectorLayer:
    """A memory layer from WKT rows; fields like 'anvandning:string' joined by '&'."""
    layer = QgsVectorLayer(f"{geometry_type}?crs={crs}&{fields}", name, "memory")
    features = []
    for wkt, attributes in rows:
        feature = QgsFeature(layer.fields())
        if wkt is not None:
            feature.setGeometry(QgsGeometry.fromWkt(wkt))
        feature.setAttributes(attributes)
        features.append(feature)
    assert layer.dataProvider().addFeatures(features)
    layer.updateExtents()
    return layer


def save_gpkg(layer: QgsVectorLayer, path: Path, layer_name: str) -> QgsVectorLayer:
    options = QgsVectorFileWriter.SaveVectorOptions()
    options.driverName = "GPKG"
    options.layerName = layer_name
    options.actionOnExistingFile = (
        QgsVectorFileWriter.ActionOnExistingFile.CreateOrOverwriteLayer
        if path.exists()
        else QgsVectorFileWriter.ActionOnExistingFile.CreateOrOverwriteFile
    )
    error = QgsVectorFileWriter.writeAsVectorFormatV3(layer, str(path), QgsCoordinateTransformContext(), options)
    assert error[0] == QgsVectorFileWriter.WriterError.NoError, error
    saved = QgsVectorLayer(f"{path}|layername={layer_name}", layer_name, "ogr")
    assert saved.isValid()
    return saved


@pytest.fixture(scope="session")
def sample_region(qgis_processing, tmp_path_factory) -> Path:
    """The sample region at scale 1, built once per test session by its own algorithm; tests must not change it."""
    import processing

    ensure_provider()
    path = tmp_path_factory.mktemp("region") / "region.gpkg"
    result = processing.run("samplan:sampleregion", {"SEED": 2026, "SCALE": 1, "OUTPUT": str(path)})
    assert result["OUTPUT"] == str(path) and path.exists()
    return path


@pytest.fixture()
def samplan_iface(qgis_iface, monkeypatch):
    """pytest-qgis's interface with the two main-window calls the plugin makes that it lacks, answered as QGIS does."""
    from qgis.PyQt.QtWidgets import QMenu

    help_menu = QMenu("Help", qgis_iface.mainWindow())
    qgis_iface.mainWindow().menuBar().addMenu(help_menu)
    monkeypatch.setattr(qgis_iface, "firstRightStandardMenu", lambda: help_menu, raising=False)
    monkeypatch.setattr(qgis_iface, "removeDockWidget", lambda dock: None, raising=False)
    return qgis_iface


def wait_for(condition, timeout_s: float = 120.0, step_ms: int = 20) -> float:
    """Turn the Qt event loop until condition() holds; returns the seconds it took (fails on timeout)."""
    import time

    from qgis.PyQt.QtCore import QCoreApplication, QEventLoop, QThread

    started = time.perf_counter()
    while not condition():
        if time.perf_counter() - started > timeout_s:
            raise AssertionError(f"gave up waiting after {timeout_s} s")
        QCoreApplication.processEvents(QEventLoop.ProcessEventsFlag.AllEvents, step_ms)
        QThread.msleep(2)
    return time.perf_counter() - started


# --- the private PostgreSQL + PostGIS server (scripts/setup-postgres.sh, started by `make test`) ----------------
PG_ENV = "SAMPLAN_TEST_PG"


@pytest.fixture(scope="session")
def pg_dsn() -> str:
    """The test server's admin connection string. The shared-review tests need a real server: without one they
    fail (never skip) and say how to get it."""
    import psycopg2

    dsn = os.environ.get(PG_ENV, "")
    if not dsn or "password=" not in dsn or dsn.rstrip().endswith("password="):
        pytest.fail(
            f"{PG_ENV} is not set: the shared-review tests need the private PostgreSQL + PostGIS server; "
            "run them through `make test` (its `postgres` step starts it with scripts/setup-postgres.sh)."
        )
    try:
        connection = psycopg2.connect(dsn, connect_timeout=10)
    except psycopg2.OperationalError as error:
        pytest.fail(
            f"The test PostgreSQL server named by {PG_ENV} cannot be reached ({str(error).strip()}); "
            "start it with `make postgres` (scripts/setup-postgres.sh)."
        )
    with connection.cursor() as cursor:
        cursor.execute("SELECT extversion FROM pg_extension WHERE extname = 'postgis'")
        found = cursor.fetchone()
    connection.close()
    if found is None:
        pytest.fail("The test database has no PostGIS extension; run `make postgres`.")
    return dsn


def pg_parameters(dsn: str) -> dict[str, str]:
    from psycopg2.extensions import parse_dsn

    return parse_dsn(dsn)


@pytest.fixture()
def pg_admin(pg_dsn):
    import psycopg2

    connection = psycopg2.connect(pg_dsn)
    yield connection
    connection.close()


@pytest.fixture()
def pg_cleanup(pg_dsn):
    """Schemas and roles a test makes, dropped afterwards (whatever happened)."""
    import psycopg2
    from psycopg2 import sql

    made = {"schemas": [], "roles": []}
    yield made
    connection = psycopg2.connect(pg_dsn)
    connection.autocommit = True
    with connection.cursor() as cursor:
        cursor.execute(
            "SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE usename = ANY(%s)", (made["roles"],)
        )
        for schema in made["schemas"]:
            cursor.execute(sql.SQL("DROP SCHEMA IF EXISTS {} CASCADE").format(sql.Identifier(schema)))
        for role in reversed(made["roles"]):
            cursor.execute("SELECT 1 FROM pg_roles WHERE rolname = %s", (role,))
            if cursor.fetchone():
                cursor.execute(sql.SQL("DROP OWNED BY {}").format(sql.Identifier(role)))
                cursor.execute(sql.SQL("DROP ROLE {}").format(sql.Identifier(role)))
    connection.close()
