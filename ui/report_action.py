"""'Report' in the conflict inspector: the workshop report pre-filled from the inspector's latest results, plan draft,
municipalities and reviews, and the exports a consultation needs (the samrådsredogörelse table, CSV in the other
convention). Kept apart from the dock: the dock only adds the button this module makes."""

from __future__ import annotations

import tempfile
from pathlib import Path

from qgis.core import (
    Qgis,
    QgsCoordinateTransformContext,
    QgsFeatureRequest,
    QgsProcessingUtils,
    QgsProject,
    QgsVectorFileWriter,
    QgsVectorLayer,
)
from qgis.PyQt.QtWidgets import QFileDialog, QLayout, QMenu, QToolButton

from ..i18n.translation import csv_style, tr, user_language
from ..qgis_adapter.report_labels import background_kind
from .export import ExportError, export_consultation, export_rows

# Background layers the report's maps take from the project: what a planner reads a regional map by.
BACKGROUND_KINDS = ("settlement", "lakes", "rivers", "roads", "railways", "stations")


def _results_table(results_path: str, table: str) -> str | None:
    """'<GeoPackage>|layername=<table>' when the inspector's results file holds that table, else None."""
    if not results_path or not Path(results_path).exists():
        return None
    layer = QgsVectorLayer(f"{results_path}|layername={table}", table, "ogr")
    return layer.source() if layer.isValid() else None


REVIEW_FIELDS = ("status", "comment", "reviewed_by", "reviewed_at")


def results_with_current_reviews(dock, folder: Path | None = None) -> list[str]:
    """Copies of the inspector's result layers in a GeoPackage, each conflict with the review the inspector shows
    (for shared results the reviews live in the database's review table, not in the result layers); returns the
    copies' sources."""
    folder = folder or Path(tempfile.mkdtemp(prefix="samplan_report_", dir=QgsProcessingUtils.tempFolder()))
    path = folder / "results_with_reviews.gpkg"
    reviews = {row.values.get("conflict_key"): row.values for row in dock.model.rows}
    sources = []
    for number, layer in enumerate(dock.result_layers):
        copy = layer.materialize(QgsFeatureRequest())
        indexes = {name: copy.fields().lookupField(name) for name in REVIEW_FIELDS}
        changes = {}
        for feature in copy.getFeatures():
            values = reviews.get(feature["conflict_key"])
            if values is not None:
                changes[feature.id()] = {index: values.get(name) for name, index in indexes.items() if index >= 0}
        copy.dataProvider().changeAttributeValues(changes)
        options = QgsVectorFileWriter.SaveVectorOptions()
        options.driverName = "GPKG"
        options.layerName = f"results_{number + 1}"
        options.actionOnExistingFile = (
            QgsVectorFileWriter.ActionOnExistingFile.CreateOrOverwriteLayer
            if number
            else QgsVectorFileWriter.ActionOnExistingFile.CreateOrOverwriteFile
        )
        error, message, *_ = QgsVectorFileWriter.writeAsVectorFormatV3(
            copy, str(path), QgsCoordinateTransformContext(), options
        )
        if error != QgsVectorFileWriter.WriterError.NoError:
            raise ExportError(tr("The export to '{0}' failed: {1}").format(path, message))
        sources.append(f"{path}|layername={options.layerName}")
    return sources


def report_parameters(dock, project: QgsProject | None = None) -> dict:
    """samplan:report's parameters from the inspector: its latest result layers (with their reviews), the run's rule
    set and parameters, the plan draft (its name as the draft's), the municipalities and their name field, and the
    project's background layers (settlement, water, roads, railways, stations)."""
    project = project or dock.project
    setup = dock.current_setup()
    # Shared results: their reviews are in the database's review table; the report reads copies that carry them.
    conflicts = results_with_current_reviews(dock) if setup.shared else list(dock.result_layers)
    parameters: dict = {"CONFLICTS": conflicts, "LANGUAGE": 0 if user_language() == "sv" else 1}
    plan = project.mapLayer(setup.plan_layer_id) if setup.plan_layer_id else None
    if isinstance(plan, QgsVectorLayer) and plan.geometryType() == Qgis.GeometryType.Polygon:
        parameters["PLAN"] = plan
    if plan is not None:
        parameters["DRAFT_NAME"] = plan.name()
    municipalities = project.mapLayer(setup.municipality_layer_id) if setup.municipality_layer_id else None
    if isinstance(municipalities, QgsVectorLayer):
        parameters["MUNICIPALITIES"] = municipalities
        if setup.municipality_field:
            parameters["MUNICIPALITY_FIELD"] = setup.municipality_field
    from .check_runner import OTHER_TABLES

    tables = dict(OTHER_TABLES)
    for key in ("RULES_USED", "RUN_INFO"):
        source = _results_table(setup.results_path, tables[key]) if not setup.shared else None
        if source:
            parameters[key] = source
    used = {layer.id() for layer in dock.result_layers} | {
        getattr(plan, "id", lambda: "")(),
        getattr(municipalities, "id", lambda: "")(),
    }
    parameters["BACKGROUND"] = [
        layer
        for layer in project.mapLayers().values()
        if isinstance(layer, QgsVectorLayer)
        and layer.id() not in used
        and background_kind(layer) in BACKGROUND_KINDS
        and layer.featureCount() != 0
    ]
    return parameters


def create_report(dock):
    """The Processing dialog of samplan:report, filled in from the inspector; the user picks the files and runs it."""
    if not dock.result_layers:
        dock._message(tr("Run the check first: the report is made of its results."), Qgis.MessageLevel.Warning)
        return None
    from processing import createAlgorithmDialog

    dialog = createAlgorithmDialog("samplan:report", report_parameters(dock))
    if dialog is not None:
        dialog.show()
    return dialog


def export_for_consultation(dock, path: str | None = None) -> int:
    """The reviewed conflicts, numbered as the report numbers them, for a samrådsredogörelse (XLSX or CSV)."""
    if path is None:
        start = str(
            Path(dock.settings.export_folder or dock.project.homePath() or str(Path.home())) / "samradsredogorelse.xlsx"
        )
        path, _ = QFileDialog.getSaveFileName(
            dock,
            tr("Export the reviewed conflicts for the consultation report"),
            start,
            tr("Spreadsheet (*.xlsx);;CSV (*.csv)"),
        )
        if not path:
            return 0
    try:
        count = export_consultation(dock.model.rows, path)
    except ExportError as error:
        dock._message(str(error), Qgis.MessageLevel.Critical)
        return 0
    if count == 0:
        dock._message(tr("No conflict has been reviewed yet: the table has a header only."), Qgis.MessageLevel.Warning)
    else:
        dock._message(tr("{0} reviewed conflict(s) exported to {1}.").format(count, path), Qgis.MessageLevel.Success)
    return count


def export_other_csv(dock, path: str | None = None) -> int:
    """The rows shown as CSV in the other convention than the locale's (',' and '.' under a Swedish one, and back)."""
    other = "en" if csv_style() == "sv" else "sv"
    if path is None:
        start = str(
            Path(dock.settings.export_folder or dock.project.homePath() or str(Path.home())) / "samplan_konflikter.csv"
        )
        path, _ = QFileDialog.getSaveFileName(dock, tr("Export the rows shown"), start, tr("CSV (*.csv)"))
        if not path:
            return 0
    try:
        count = export_rows(dock.proxy.shown_rows(), path, csv_style=other)
    except ExportError as error:
        dock._message(str(error), Qgis.MessageLevel.Critical)
        return 0
    dock._message(tr("{0} row(s) exported to {1}.").format(count, path), Qgis.MessageLevel.Success)
    return count


def add_report_button(dock, beside) -> QToolButton:
    """A 'Report' button with its menu, placed after `beside` in that widget's layout."""
    button = QToolButton(dock)
    button.setText(tr("Report…"))
    button.setToolTip(tr("Create the workshop report from these results, or export the reviews for the consultation"))
    button.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
    menu = QMenu(button)
    menu.addAction(tr("Create report…"), lambda: create_report(dock))
    menu.addAction(
        tr("Export the reviewed conflicts for the consultation report…"), lambda: export_for_consultation(dock)
    )
    other = (
        tr("Export CSV with ',' and decimal points…")
        if csv_style() == "sv"
        else tr("Export CSV with ';' and decimal commas…")
    )
    menu.addAction(other, lambda: export_other_csv(dock))
    button.setMenu(menu)
    layout = _layout_holding(beside.parentWidget().layout(), beside) if beside.parentWidget() is not None else None
    if layout is not None:
        layout.insertWidget(layout.indexOf(beside) + 1, button)
    return button


def _layout_holding(layout: QLayout | None, widget) -> QLayout | None:
    """The (nested) layout that holds `widget` directly."""
    if layout is None:
        return None
    if layout.indexOf(widget) >= 0:
        return layout
    for index in range(layout.count()):
        found = _layout_holding(layout.itemAt(index).layout(), widget)
        if found is not None:
            return found
    return None
