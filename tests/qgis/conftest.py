"""Fixtures for tests against a real QGIS: the Samplan provider registered, small layers made from WKT."""
from __future__ import annotations

from pathlib import Path

import pytest
from qgis.core import QgsApplication, QgsFeature, QgsGeometry, QgsProcessingFeedback, QgsVectorFileWriter, QgsVectorLayer, QgsCoordinateTransformContext


_providers_kept_alive: list = []


def ensure_provider():
    """pytest-qgis does not register a plugin's provider: this does, as QGIS's initProcessing() would.

    Idempotent, so that tests of the plugin object, which add and remove their own, can run in any order.
    """
    from samplan.processing.provider import SamplanProvider

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
        self.progressChanged.connect(self._on_progress)

    def pushInfo(self, info: str) -> None:  # noqa: N802
        self.infos.append(info)
        super().pushInfo(info)

    def pushWarning(self, warning: str) -> None:  # noqa: N802
        self.warnings.append(warning)
        super().pushWarning(warning)

    def _on_progress(self, value: float) -> None:
        if self.cancel_at is not None and value >= self.cancel_at and not self.isCanceled():
            import time

            self.cancelled_at_time = time.perf_counter()
            self.cancel()

    @property
    def log(self) -> str:
        return "\n".join(self.infos + self.warnings)


def memory_layer(geometry_type: str, fields: str, rows: list[tuple[str | None, list]], name: str, crs: str = "EPSG:3006") -> QgsVectorLayer:
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
    options.actionOnExistingFile = QgsVectorFileWriter.ActionOnExistingFile.CreateOrOverwriteLayer if path.exists() else QgsVectorFileWriter.ActionOnExistingFile.CreateOrOverwriteFile
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
