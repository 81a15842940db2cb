"""A layer's attribute table as a pandas frame, for the engine's report and summaries."""
from __future__ import annotations

import pandas as pd
from qgis.core import QgsFeatureRequest, QgsFeatureSource
from qgis.PyQt.QtCore import QVariant

from ..core.progress import Progress, check_cancelled


def _plain(value: object) -> object:
    if value is None or (isinstance(value, QVariant) and value.isNull()):
        return None
    return value


def attribute_frame(source: QgsFeatureSource, progress: Progress | None = None) -> pd.DataFrame:
    """Every attribute of every feature, NULL as None; no geometry is read."""
    names = source.fields().names()
    request = QgsFeatureRequest().setFlags(QgsFeatureRequest.Flag.NoGeometry)
    rows = []
    for number, feature in enumerate(source.getFeatures(request)):
        if progress is not None and number % 10000 == 0:
            check_cancelled(progress)
        rows.append([_plain(v) for v in feature.attributes()])
    frame = pd.DataFrame(rows, columns=names)
    for field in source.fields():
        # Numeric fields (with NULL as None) become numbers, so that sums and NaN work.
        if field.isNumeric():
            frame[field.name()] = pd.to_numeric(frame[field.name()], errors="coerce").astype(float)
    return frame
