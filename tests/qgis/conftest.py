"""Fixtures for tests against a real QGIS: the Samplan provider registered, small layers made from WKT."""
from __future__ import annotations

from pathlib import Path

import pytest
from qgis.core import QgsApplication, QgsFeature, QgsGeometry, QgsProcessingFeedback, QgsVectorFileWriter, QgsVectorLayer, QgsCoordinateTransformContext


@pytest.fixture(scope="session")
def samplan_provider(qgis_processing):
    """pytest-qgis does not register a plugin's provider: this fixture does, as QGIS's initProcessing() would."""
    from samplan.processing.provider import SamplanProvider

    provider = SamplanProvider()
    assert QgsApplication.processingRegistry().addProvider(provider)
    yield provider
    QgsApplication.processingRegistry().removeProvider(provider)


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
    options.actionOnExistingFile = QgsVectorFileWriter.CreateOrOverwriteLayer if path.exists() else QgsVectorFileWriter.CreateOrOverwriteFile
    error = QgsVectorFileWriter.writeAsVectorFormatV3(layer, str(path), QgsCoordinateTransformContext(), options)
    assert error[0] == QgsVectorFileWriter.NoError, error
    saved = QgsVectorLayer(f"{path}|layername={layer_name}", layer_name, "ogr")
    assert saved.isValid()
    return saved
