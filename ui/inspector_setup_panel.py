"""The conflict inspector's set-up panel: the plan draft, the theme layers and their roles, the rule set and
where the results and reviews live (a GeoPackage, or a schema of a shared PostGIS database)."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from qgis.core import (
    QgsProject,
    QgsVectorLayer,
    QgsWkbTypes,
)
from qgis.gui import QgsFieldComboBox, QgsFileWidget
from qgis.PyQt import uic
from qgis.PyQt.QtCore import Qt, pyqtSignal
from qgis.PyQt.QtWidgets import (
    QComboBox,
    QHeaderView,
    QLabel,
    QTableWidgetItem,
    QWidget,
)

from ..i18n.translation import tr
from ..qgis_adapter.compat import STRING_FIELDS, layer_filter
from ..qgis_adapter import pg_connections
from .inspector_setup import ROLES, InspectorSetup, ThemeAssignment
from .results_model import role_label

FORM, _ = uic.loadUiType(str(Path(__file__).with_suffix(".ui")))
GEOPACKAGE, POSTGIS = "gpkg", "postgis"
THEME_TABLE_MIN_HEIGHT = 150
COMBO_MIN_CHARACTERS = 10
TABLE_COMBO_CHARACTERS = 7


class InspectorSetupPanel(QWidget, FORM):
    """The set-up as widgets: `current_setup()` reads it, `apply_setup()` shows one, `changed` says the user
    changed it (not emitted while a set-up is being applied). `excluded_layer_ids` names layers that are no
    theme candidates (the results' own)."""

    changed = pyqtSignal()

    def __init__(
        self, project: QgsProject, parent=None, excluded_layer_ids: Callable[[], set[str]] | None = None
    ) -> None:
        super().__init__(parent)
        self.setupUi(self)
        self.project = project
        self.excluded_layer_ids = excluded_layer_ids or set
        self.restoring = False
        self._set_up_widgets()
        self._connect()

    def _set_up_widgets(self) -> None:
        self.planLayer.setFilters(layer_filter("PolygonLayer", "LineLayer"))
        self.planLinesLayer.setFilters(layer_filter("LineLayer"))
        self.planLinesLayer.setAllowEmptyLayer(True)
        self.municipalityLayer.setFilters(layer_filter("PolygonLayer"))
        self.municipalityLayer.setAllowEmptyLayer(True)
        self.planKeyField.setAllowEmptyFieldName(True)
        self.municipalityField.setFilters(STRING_FIELDS)
        for widget in (self.planLayer, self.planLinesLayer, self.municipalityLayer):
            widget.setProject(self.project)
        self.planLinesLayer.setLayer(None)
        self.municipalityLayer.setLayer(None)
        self.planField.setLayer(self.planLayer.currentLayer())
        self.planKeyField.setLayer(self.planLayer.currentLayer())
        self.rulesFile.lineEdit().setPlaceholderText(tr("Empty: the bundled default rule set is used"))
        self.rulesFile.setToolTip(
            tr("A rule set CSV; left empty, the check uses the rule set that comes with Samplan.")
        )
        self.themeTable.setMinimumHeight(THEME_TABLE_MIN_HEIGHT)  # a few rows even in a short dock (it scrolls)
        self.storageLabel = QLabel(tr("Store results in"))
        self.storageCombo = QComboBox()
        self.storageCombo.addItem(tr("A GeoPackage file"), GEOPACKAGE)
        self.storageCombo.addItem(tr("A shared PostGIS database"), POSTGIS)
        self.postgis_unavailable = pg_connections.shared_results_unavailable()
        if self.postgis_unavailable:  # without psycopg2: the choice is there, greyed, saying why
            item = self.storageCombo.model().item(self.storageCombo.findData(POSTGIS))
            item.setEnabled(False)
            item.setToolTip(self.postgis_unavailable)
            self.storageCombo.setToolTip(self.postgis_unavailable)
        self.filesForm.insertRow(1, self.storageLabel, self.storageCombo)
        self.rulesFile.setFilter(tr("Rule set (*.csv)"))
        self.rulesFile.setDialogTitle(tr("Rule set"))
        self.resultsFile.setStorageMode(QgsFileWidget.StorageMode.SaveFile)
        self.resultsFile.setFilter(tr("GeoPackage (*.gpkg)"))
        self.resultsFile.setDialogTitle(tr("Results and reviews"))
        self.fill_connections()
        for combo in (
            self.planLayer,
            self.planLinesLayer,
            self.municipalityLayer,
            self.planField,
            self.planKeyField,
            self.municipalityField,
            self.storageCombo,
            self.resultsConnection,
        ):
            # As wide as the dock allows, not as the longest layer name: the set-up fits beside other docks.
            combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
            combo.setMinimumContentsLength(COMBO_MIN_CHARACTERS)
        self.themeTable.setHorizontalHeaderLabels([tr("Layer"), tr("Role"), tr("Category field")])
        self.shared_mode_changed()
        self.refresh_theme_table()

    def _connect(self) -> None:
        self.planLayer.layerChanged.connect(self._plan_layer_changed)
        self.municipalityLayer.layerChanged.connect(self.municipalityField.setLayer)
        for signal in (
            self.planField.fieldChanged,
            self.planKeyField.fieldChanged,
            self.planLinesLayer.layerChanged,
            self.municipalityLayer.layerChanged,
            self.municipalityField.fieldChanged,
            self.rulesFile.fileChanged,
            self.resultsFile.fileChanged,
            self.resultsConnection.currentIndexChanged,
            self.resultsSchema.editingFinished,
        ):
            signal.connect(self.emit_changed)
        self.resultsConnection.currentIndexChanged.connect(self.shared_mode_changed)
        self.storageCombo.currentIndexChanged.connect(self.shared_mode_changed)
        self.storageCombo.currentIndexChanged.connect(self.emit_changed)
        self.editRulesButton.clicked.connect(self.open_rule_editor)

    def emit_changed(self, *_args) -> None:
        if not self.restoring:
            self.changed.emit()

    def fill_connections(self, keep: str = "") -> None:
        """QGIS's saved PostgreSQL connections; `keep` (a connection's name) chooses PostGIS and that connection,
        empty chooses the GeoPackage file."""
        self.resultsConnection.blockSignals(True)
        self.storageCombo.blockSignals(True)
        self.resultsConnection.clear()
        names = pg_connections.saved_connection_names()
        if not names and not keep:
            self.resultsConnection.addItem(tr("— no saved PostgreSQL connection in this QGIS"), "")
        for name in names:
            self.resultsConnection.addItem(name, name)
        if keep and keep not in names:  # a project from a colleague whose connection this QGIS does not have (yet)
            self.resultsConnection.addItem(tr("{0} (not saved in this QGIS)").format(keep), keep)
        self.resultsConnection.setCurrentIndex(max(self.resultsConnection.findData(keep), 0))
        self.storageCombo.setCurrentIndex(self.storageCombo.findData(POSTGIS if keep else GEOPACKAGE))
        self.resultsConnection.blockSignals(False)
        self.storageCombo.blockSignals(False)
        self.shared_mode_changed()

    def postgis_chosen(self) -> bool:
        return self.storageCombo.currentData() == POSTGIS

    def shared_connection(self) -> str:
        """The chosen connection's name when the results go to PostGIS, else ''."""
        if self.storageCombo.currentData() != POSTGIS:
            return ""
        return self.resultsConnection.currentData() or ""

    def shared_mode_changed(self, *_args) -> None:
        """The GeoPackage file, or the PostGIS connection and schema: only the controls of the chosen store show."""
        shared = self.storageCombo.currentData() == POSTGIS
        for widget in (self.resultsLabel, self.resultsFile):
            widget.setVisible(not shared)
        for widget in (self.sharedLabel, self.resultsConnection, self.resultsSchema):
            widget.setVisible(shared)

    def _plan_layer_changed(self, layer) -> None:
        self.planField.setLayer(layer)
        self.planKeyField.setLayer(layer)
        if isinstance(layer, QgsVectorLayer) and layer.fields().lookupField("anvandning") >= 0:
            self.planField.setField("anvandning")
        self.refresh_theme_table()
        self.emit_changed()

    def _candidate_theme_layers(self) -> list[QgsVectorLayer]:
        excluded = {
            self.planLayer.currentLayer(),
            self.planLinesLayer.currentLayer(),
            self.municipalityLayer.currentLayer(),
        }
        excluded_ids = {layer.id() for layer in excluded if layer is not None} | set(self.excluded_layer_ids())
        layers = [layer for layer in self.project.layerTreeRoot().layerOrder() if isinstance(layer, QgsVectorLayer)]
        layers += [
            layer
            for layer in self.project.mapLayers().values()
            if isinstance(layer, QgsVectorLayer) and layer not in layers
        ]
        return [
            layer
            for layer in layers
            if layer.id() not in excluded_ids and layer.isSpatial() and "conflict_key" not in layer.fields().names()
        ]

    def refresh_theme_table(self, setup: InspectorSetup | None = None) -> None:
        current = setup or self.current_setup()
        layers = self._candidate_theme_layers()
        self.themeTable.setRowCount(len(layers))
        for row, layer in enumerate(layers):
            assignment = current.role_of(layer.id())
            item = QTableWidgetItem(layer.name())
            item.setData(Qt.ItemDataRole.UserRole, layer.id())
            item.setFlags(item.flags() & ~Qt.ItemFlag.ItemIsEditable)
            item.setToolTip(f"{layer.name()} ({QgsWkbTypes.displayString(layer.wkbType())})")
            self.themeTable.setItem(row, 0, item)
            role = QComboBox()
            role.addItem(tr("— not checked"), "")
            for name in ROLES:
                role.addItem(role_label(name), name)
            role.setCurrentIndex(max(role.findData(assignment.role if assignment else ""), 0))
            role.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
            role.setMinimumContentsLength(TABLE_COMBO_CHARACTERS)
            role.currentIndexChanged.connect(self.emit_changed)
            self.themeTable.setCellWidget(row, 1, role)
            field = QgsFieldComboBox()
            field.setAllowEmptyFieldName(True)
            field.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
            field.setMinimumContentsLength(TABLE_COMBO_CHARACTERS)
            field.setLayer(layer)
            field.setToolTip(tr("Empty: the layer's name is the category of its features."))
            wanted = (
                assignment.category_field
                if assignment
                else ("kategori" if layer.fields().lookupField("kategori") >= 0 else "")
            )
            field.setField(wanted)
            field.fieldChanged.connect(self.emit_changed)
            self.themeTable.setCellWidget(row, 2, field)
        # The role and field columns as wide as their boxes; the layer names take what is left (elided, whole in the
        # tooltip), so that the boxes stay in view in a narrow dock.
        header = self.themeTable.horizontalHeader()
        header.setStretchLastSection(False)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        for column in (1, 2):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)

    def current_setup(self) -> InspectorSetup:
        themes = []
        for row in range(self.themeTable.rowCount()):
            item = self.themeTable.item(row, 0)
            role = self.themeTable.cellWidget(row, 1)
            field = self.themeTable.cellWidget(row, 2)
            if item is not None and role is not None and role.currentData():
                themes.append(
                    ThemeAssignment(item.data(Qt.ItemDataRole.UserRole), role.currentData(), field.currentField())
                )
        plan = self.planLayer.currentLayer()
        lines = self.planLinesLayer.currentLayer()
        municipalities = self.municipalityLayer.currentLayer()
        return InspectorSetup(
            plan_layer_id=plan.id() if plan else "",
            plan_field=self.planField.currentField(),
            plan_lines_layer_id=lines.id() if lines else "",
            plan_key_field=self.planKeyField.currentField(),
            municipality_layer_id=municipalities.id() if municipalities else "",
            municipality_field=self.municipalityField.currentField(),
            themes=themes,
            rules_path=self.rulesFile.filePath(),
            results_path=self.resultsFile.filePath(),
            results_connection=self.shared_connection(),
            results_schema=self.resultsSchema.text().strip(),
        )

    def apply_setup(self, setup: InspectorSetup) -> None:
        self.restoring = True
        try:
            self.planLayer.setLayer(self.project.mapLayer(setup.plan_layer_id) if setup.plan_layer_id else None)
            self.planField.setLayer(self.planLayer.currentLayer())
            self.planKeyField.setLayer(self.planLayer.currentLayer())
            self.planField.setField(setup.plan_field)
            self.planKeyField.setField(setup.plan_key_field)
            self.planLinesLayer.setLayer(
                self.project.mapLayer(setup.plan_lines_layer_id) if setup.plan_lines_layer_id else None
            )
            self.municipalityLayer.setLayer(
                self.project.mapLayer(setup.municipality_layer_id) if setup.municipality_layer_id else None
            )
            self.municipalityField.setLayer(self.municipalityLayer.currentLayer())
            self.municipalityField.setField(setup.municipality_field)
            self.rulesFile.setFilePath(setup.rules_path)
            self.resultsFile.setFilePath(setup.results_path)
            self.fill_connections(setup.results_connection)
            self.resultsSchema.setText(setup.results_schema)
            self.shared_mode_changed()
            self.refresh_theme_table(setup)
        finally:
            self.restoring = False

    def set_running(self, running: bool) -> None:
        self.runButton.setEnabled(not running)
        self.cancelButton.setEnabled(running)
        self.progressBar.setValue(0)

    def stop_following(self) -> None:
        """The layer boxes no longer react to the project (on unload)."""
        for widget in (self.planLayer, self.planLinesLayer, self.municipalityLayer):
            widget.blockSignals(True)

    def open_rule_editor(self) -> None:
        from .rule_editor import RuleSetEditor

        editor = RuleSetEditor(self.rulesFile.filePath() or None, self)
        if editor.exec() and editor.saved_path:
            self.rulesFile.setFilePath(editor.saved_path)
