"""Load sample region: build the sample region into a folder and open it as a ready QGIS project, layers
grouped by role and styled, plan drafts on top, the conflict inspector set up for draft A."""
from __future__ import annotations

from pathlib import Path

from qgis.core import (
    QgsApplication,
    QgsCoordinateReferenceSystem,
    QgsProcessingAlgRunnerTask,
    QgsProcessingContext,
    QgsProcessingFeedback,
    QgsProject,
    QgsReferencedRectangle,
    QgsVectorLayer,
)
from qgis.PyQt.QtCore import QObject, pyqtSignal

from ..core.sample_region import LAYER_SPEC, SAMPLE_CRS
from ..i18n.translation import tr
from ..qgis_adapter.sample_styles import SAMPLE_STYLES, style_sample_layer
from .inspector_setup import ROLES, InspectorSetup, ThemeAssignment, save_to_project

SAMPLE_FILE = "samplan_exempelregion.gpkg"
PROJECT_FILE = "samplan_exempelregion.qgz"
RESULTS_FILE = "samplan_konflikter.gpkg"
SEED = 2026
# Shown at first; the rest are in the project, switched off, to keep the first map readable.
HIDDEN = {"plan_b_omraden", "plan_b_strak", "befolkning_250m", "byggnader", "strandskydd", "lan", "hallplatser"}


def group_titles() -> list[tuple[str, str]]:
    """Layer tree groups, top to bottom: plan drafts on top."""
    return [("plan", tr("Plan drafts")), ("settlement", tr("Settlement")), ("infrastructure", tr("Infrastructure")),
            ("green-blue", tr("Green-blue structure")), ("other", tr("Other interests")), ("boundaries", tr("Boundaries"))]


def _drawing_rank(name: str) -> int:
    """Top of the group first: the reverse of the bottom-to-top drawing order of the sample styles."""
    order = list(SAMPLE_STYLES)
    return -order.index(name) if name in order else 0


def build_sample_project(project: QgsProject, gpkg: Path, folder: Path) -> Path:
    """Fill `project` with the sample region's layers and the inspector set-up, and save it in `folder`."""
    project.clear()
    project.setCrs(QgsCoordinateReferenceSystem(SAMPLE_CRS))
    project.setTitle(tr("Samplan sample region"))
    project_path = folder / PROJECT_FILE
    project.setFileName(str(project_path))
    root = project.layerTreeRoot()
    layers: dict[str, QgsVectorLayer] = {}
    for role, title in group_titles():
        group = root.addGroup(title)
        names = sorted((n for n, (_, r, _) in LAYER_SPEC.items() if r == role), key=_drawing_rank)
        for name in names:
            layer = QgsVectorLayer(f"{gpkg}|layername={name}", LAYER_SPEC[name][2], "ogr")
            if not layer.isValid():
                raise OSError(tr("The sample region file {0} has no layer '{1}'.").format(gpkg, name))
            style_sample_layer(layer, name)
            project.addMapLayer(layer, False)
            node = group.addLayer(layer)
            node.setItemVisibilityChecked(name not in HIDDEN)
            node.setExpanded(False)
            layers[name] = layer
    extent = layers["kommuner"].extent()
    extent.scale(1.05)
    project.viewSettings().setDefaultViewExtent(QgsReferencedRectangle(extent, layers["kommuner"].crs()))
    setup = InspectorSetup(
        plan_layer_id=layers["plan_a_omraden"].id(), plan_field="anvandning", plan_lines_layer_id=layers["plan_a_strak"].id(),
        plan_key_field="plan_id", municipality_layer_id=layers["kommuner"].id(), municipality_field="kommunnamn",
        themes=[ThemeAssignment(layers[n].id(), r, "kategori") for n, (_, r, _) in LAYER_SPEC.items() if r in ROLES],
        results_path=str(folder / RESULTS_FILE))
    save_to_project(setup, project)
    if not project.write():
        raise OSError(tr("The project could not be saved to {0}: {1}").format(project_path, project.error()))
    # Opened from its file, as any project: whatever follows the project (the inspector) picks it up.
    if not project.read(str(project_path)):
        raise OSError(tr("The project could not be opened from {0}: {1}").format(project_path, project.error()))
    return project_path


class SampleRegionLoad(QObject):
    """Builds the sample region as a QgsTask, then opens it as the current project: `finished(ok, message)`."""

    finished = pyqtSignal(bool, str)

    def __init__(self, folder: Path, project: QgsProject, iface=None, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.folder = Path(folder)
        self.project = project
        self.iface = iface
        self.gpkg = self.folder / SAMPLE_FILE
        self.project_path: Path | None = None
        self.feedback = QgsProcessingFeedback()
        self.context = QgsProcessingContext()
        self.task: QgsProcessingAlgRunnerTask | None = None

    def start(self) -> QgsProcessingAlgRunnerTask:
        self.folder.mkdir(parents=True, exist_ok=True)
        algorithm = QgsApplication.processingRegistry().createAlgorithmById("samplan:sampleregion")
        if algorithm is None:
            raise RuntimeError(tr("The Samplan Processing provider is not loaded."))
        parameters = {"SEED": SEED, "SCALE": 1, "OUTPUT": str(self.gpkg)}
        self.task = QgsProcessingAlgRunnerTask(algorithm, parameters, self.context, self.feedback)
        self.task.setDescription(tr("Samplan: building the sample region"))
        self.task.executed.connect(self._executed)
        QgsApplication.taskManager().addTask(self.task)
        return self.task

    def _executed(self, successful: bool, _results: dict) -> None:
        if not successful:
            self.finished.emit(False, tr("Cancelled.") if self.feedback.isCanceled() else tr("The sample region could not be built."))
            return
        try:
            self.project_path = build_sample_project(self.project, self.gpkg, self.folder)
        except OSError as error:
            self.finished.emit(False, str(error))
            return
        if self.iface is not None:
            canvas = self.iface.mapCanvas()
            canvas.setDestinationCrs(self.project.crs())
            canvas.setExtent(self.project.viewSettings().defaultViewExtent())
            canvas.refresh()
        self.finished.emit(True, tr("The sample region is open: {0}").format(self.project_path))
