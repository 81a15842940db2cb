"""Export of the conflicts shown in the inspector, as CSV or as a spreadsheet (XLSX) a colleague without
QGIS can open; written by GDAL through QgsVectorFileWriter, into a temporary file moved into place."""
from __future__ import annotations

import os
from pathlib import Path

from qgis.core import QgsCoordinateTransformContext, QgsFeature, QgsFields, QgsVectorFileWriter, QgsVectorLayer

from ..core.conflicts import CONFLICT_COLUMNS, column_kind
from ..i18n.translation import tr
from ..qgis_adapter.writing import make_field
from .results_model import ConflictRow, severity_label, status_label

# The exported columns: a reader sees severity and status in words, then everything that traces a row back.
EXPORT_COLUMNS = ["severity_text", "status_text"] + [c for c in CONFLICT_COLUMNS if c != "conflict_key"] + ["conflict_key"]
DRIVERS = {".csv": "CSV", ".xlsx": "XLSX"}


class ExportError(Exception):
    """An export that could not be written; names the file."""


def export_rows(rows: list[ConflictRow], path: str | Path) -> int:
    """Write the rows to a .csv or .xlsx file; returns the number written."""
    path = Path(path)
    driver = DRIVERS.get(path.suffix.lower())
    if driver is None:
        raise ExportError(tr("Export to '{0}': choose a file ending in .csv or .xlsx.").format(path))
    fields = QgsFields()
    for name in EXPORT_COLUMNS:
        fields.append(make_field(name, "text" if name.endswith("_text") else column_kind(name)))
    layer = QgsVectorLayer("None", "export", "memory")
    provider = layer.dataProvider()
    provider.addAttributes(fields.toList())
    layer.updateFields()
    features = []
    for row in rows:
        feature = QgsFeature(layer.fields())
        values = dict(row.values, severity_text=severity_label(row.values.get("severity") or ""),
                      status_text=status_label(row.values.get("status") or "open"))
        feature.setAttributes([values.get(name) for name in EXPORT_COLUMNS])
        features.append(feature)
    provider.addFeatures(features)

    options = QgsVectorFileWriter.SaveVectorOptions()
    options.driverName = driver
    options.fileEncoding = "UTF-8"
    if driver == "CSV":
        # The byte order mark makes spreadsheet programs read UTF-8 (å, ä, ö) right.
        options.layerOptions = ["SEPARATOR=COMMA", "STRING_QUOTING=IF_NEEDED", "WRITE_BOM=YES"]
    partial = path.with_name(f".{path.stem}.partial{path.suffix}")
    partial.unlink(missing_ok=True)
    error, message, *_ = QgsVectorFileWriter.writeAsVectorFormatV3(layer, str(partial), QgsCoordinateTransformContext(), options)
    if error != QgsVectorFileWriter.WriterError.NoError:
        partial.unlink(missing_ok=True)
        raise ExportError(tr("The export to '{0}' failed: {1}").format(path, message))
    os.replace(partial, path)
    return len(features)
