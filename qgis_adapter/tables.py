"""A layer's attribute table as a pandas frame, for the engine's report and summaries."""

from __future__ import annotations

import pandas as pd
from qgis.core import QgsFeatureRequest, QgsFeatureSource

from ..core.progress import Progress, check_cancelled
from .values import none_for_null


def attribute_frame(
    source: QgsFeatureSource,
    progress: Progress | None = None,
    fields: list[str] | None = None,
    feature_ids: bool = False,
) -> pd.DataFrame:
    """Every attribute (or only `fields`) of every feature, NULL as None; no geometry is read.

    With `feature_ids` the frame's index holds the feature ids (to name a feature in a message)."""
    all_fields = source.fields()
    names = list(fields) if fields is not None else all_fields.names()
    indexes = [all_fields.lookupField(name) for name in names]
    request = QgsFeatureRequest().setFlags(QgsFeatureRequest.Flag.NoGeometry)
    if fields is not None:
        request.setSubsetOfAttributes(indexes)
    rows, ids = [], []
    for number, feature in enumerate(source.getFeatures(request)):
        if progress is not None and number % 10000 == 0:
            check_cancelled(progress)
        values = feature.attributes()
        rows.append([none_for_null(values[i]) for i in indexes])
        ids.append(feature.id())
    frame = pd.DataFrame(rows, columns=names, index=pd.Index(ids, dtype="int64") if feature_ids else None)
    for name, index in zip(names, indexes):
        # Numeric fields (with NULL as None) become numbers, so that sums and NaN work.
        if all_fields.at(index).isNumeric():
            frame[name] = pd.to_numeric(frame[name], errors="coerce").astype(float)
    return frame
