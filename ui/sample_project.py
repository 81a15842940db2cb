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
from ..i18n.labels import results_group_title
from ..i18n.translation import tr
from ..qgis_adapter.results_file import sqlite_companions
from ..qgis_adapter.sample_styles import SAMPLE_STYLES, style_sample_layer
from .inspector_setup import ROLES, InspectorSetup, ThemeAssignment, save_to_project

SAMPLE_FILE = "samplan_exempelregion.gpkg"
PROJECT_FILE = "samplan_exempelregion.qgz"
RESULTS_FILE = "samplan_konflikter.gpkg"
COMMUTING_TABLE = "pendling"
SEED = 2026
# Shown at first; the rest are in the project, switched off, to keep the first map readable.
HIDDEN = {"plan_b_omraden", "plan_b_strak", "befolkning_250m", "byggnader", "strandskydd", "lan", "hallplatser"}


def sample_layer_title(name: str) -> str:
    """A sample region layer's name in the user's language (the Swedish titles of LAYER_SPEC in Swedish)."""
    return {
        "kommuner": tr("Municipalities"),
        "lan": tr("County"),
        "tatorter": tr("Urban areas (tätorter)"),
        "byggnader": tr("Buildings"),
        "befolkning_250m": tr("Population per 250 m cell"),
        "vagar": tr("Roads"),
        "farligt_gods": tr("Recommended routes for dangerous goods"),
        "jarnvag": tr("Railway"),
        "stationer": tr("Stations"),
        "hallplatser": tr("Bus stops"),
        "naturreservat": tr("Nature reserves"),
        "natura2000": tr("Natura 2000 areas"),
        "grona_kilar": tr("Green wedges"),
        "ekologiska_samband": tr("Ecological links"),
        "sjoar": tr("Lakes"),
        "vattendrag": tr("Watercourses"),
        "oversvamning_100ar": tr("Flood zone (100-year flood)"),
        "strandskydd": tr("Shore protection"),
        "jordbruksmark": tr("Agricultural land"),
        "vattenskydd": tr("Water protection areas"),
        "riksintressen": tr("Riksintressen (national interests)"),
        "plan_a_omraden": tr("Plan draft A, areas"),
        "plan_b_omraden": tr("Plan draft B, areas"),
        "plan_a_strak": tr("Plan draft A, corridors"),
        "plan_b_strak": tr("Plan draft B, corridors"),
        COMMUTING_TABLE: tr("Commuting between municipalities"),
    }.get(name, name)


def workshop_files(folder: Path) -> list[Path]:
    """What an earlier Load sample region left in `folder`: the region, its project and the results with their reviews."""
    return [p for p in (folder / SAMPLE_FILE, folder / PROJECT_FILE, folder / RESULTS_FILE) if p.exists()]


def clear_workshop(folder: Path) -> None:
    """Start again: remove the earlier region, project, and results and reviews (nothing else in the folder)."""
    for path in workshop_files(folder):
        # Its write-ahead log goes with it: left behind, it would bring the earlier workshop's reviews back.
        for companion in sqlite_companions(path):
            companion.unlink(missing_ok=True)
        path.unlink()


def show_map_decorations(project: QgsProject) -> None:
    """A north arrow (bottom right) and a scale bar (bottom left) in the map view, saved in the project as QGIS's
    View → Decorations does (QGIS shows them when it opens the project)."""
    bottom_left, bottom_right = 0, 3  # QgsDecorationItem::Placement
    project.writeEntry("NorthArrow", "/Enabled", True)
    project.writeEntry("NorthArrow", "/Placement", bottom_right)
    project.writeEntry("ScaleBar", "/Enabled", True)
    project.writeEntry("ScaleBar", "/Placement", bottom_left)
    project.writeEntry("ScaleBar", "/SnapToNiceSize", True)


def group_titles() -> list[tuple[str, str]]:
    """Layer tree groups, top to bottom: plan drafts on top."""
    return [
        ("plan", tr("Plan drafts")),
        ("settlement", tr("Settlement")),
        ("infrastructure", tr("Infrastructure")),
        ("green-blue", tr("Green-blue structure")),
        ("other", tr("Other interests")),
        ("boundaries", tr("Boundaries")),
    ]


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
    # Results of the algorithms run during the workshop land here, on top (algorithms/base.py names the group).
    root.addGroup(results_group_title())
    layers: dict[str, QgsVectorLayer] = {}
    for role, title in group_titles():
        group = root.addGroup(title)
        names = sorted((n for n, (_, r, _) in LAYER_SPEC.items() if r == role), key=_drawing_rank)
        for name in names:
            layer = QgsVectorLayer(f"{gpkg}|layername={name}", sample_layer_title(name), "ogr")
            if not layer.isValid():
                raise OSError(tr("The sample region file {0} has no layer '{1}'.").format(gpkg, name))
            style_sample_layer(layer, name)
            project.addMapLayer(layer, False)
            node = group.addLayer(layer)
            node.setItemVisibilityChecked(name not in HIDDEN)
            node.setExpanded(False)
            layers[name] = layer
    commuting = QgsVectorLayer(f"{gpkg}|layername={COMMUTING_TABLE}", sample_layer_title(COMMUTING_TABLE), "ogr")
    if not commuting.isValid():
        raise OSError(tr("The sample region file {0} has no layer '{1}'.").format(gpkg, COMMUTING_TABLE))
    project.addMapLayer(commuting, False)
    root.addGroup(tr("Tables")).addLayer(commuting)
    show_map_decorations(project)
    extent = layers["kommuner"].extent()
    extent.scale(1.05)
    project.viewSettings().setDefaultViewExtent(QgsReferencedRectangle(extent, layers["kommuner"].crs()))
    setup = InspectorSetup(
        plan_layer_id=layers["plan_a_omraden"].id(),
        plan_field="anvandning",
        plan_lines_layer_id=layers["plan_a_strak"].id(),
        plan_key_field="plan_id",
        municipality_layer_id=layers["kommuner"].id(),
        municipality_field="kommunnamn",
        themes=[ThemeAssignment(layers[n].id(), r, "kategori") for n, (_, r, _) in LAYER_SPEC.items() if r in ROLES],
        results_path=str(folder / RESULTS_FILE),
    )
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
            self.finished.emit(
                False, tr("Cancelled.") if self.feedback.isCanceled() else tr("The sample region could not be built.")
            )
            return
        try:
            self.project_path = build_sample_project(self.project, self.gpkg, self.folder)
        except OSError as error:
            self.finished.emit(False, str(error))
            return
        if self.iface is not None:
            # Opened again the way QGIS opens a project, so that what only the application reads (the map view's
            # decorations: north arrow, scale bar) is shown too.
            self.iface.addProject(str(self.project_path))
            canvas = self.iface.mapCanvas()
            canvas.setDestinationCrs(self.project.crs())
            canvas.setExtent(self.project.viewSettings().defaultViewExtent())
            canvas.refresh()
        self.finished.emit(True, tr("The sample region is open: {0}").format(self.project_path))
