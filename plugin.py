"""The plugin entry: the Processing provider in initProcessing(), the GUI in initGui()."""

from __future__ import annotations

import sys
from pathlib import Path

from qgis.core import Qgis, QgsApplication, QgsMessageLog, QgsProject
from qgis.PyQt.QtCore import Qt
from qgis.PyQt.QtGui import QIcon
from qgis.PyQt.QtWidgets import QAction, QFileDialog, QMenu, QMessageBox

from .dependencies import activate, deps_folder, described, manual_commands, missing_optional, problems, restart_needed
from .i18n.translation import install_translator, remove_translators, tr

ICONS = Path(__file__).resolve().parent / "resources" / "icons"


class SamplanPlugin:
    def __init__(self, iface) -> None:
        self.iface = iface
        self.provider = None
        # Packages the user installed through Samplan come first, before anything imports shapely.
        self.deps_folder = deps_folder(QgsApplication.qgisSettingsDirPath())
        activate(self.deps_folder)
        self.problems = problems()
        self.missing: list[str] = [p.package.requirement for p in self.problems]
        self.missing_logged = False
        self.menu: QMenu | None = None
        self.toolbar = None
        self.actions: dict[str, QAction] = {}
        self.inspector = None
        self.sample_load = None
        self.missing_box = None
        self.start_again_box = None
        install_translator()

    def initProcessing(self) -> None:
        # No GUI here: qgis_process loads the provider through this method alone.
        if self.provider is not None or self.missing_logged:
            return
        if self.missing:
            QgsMessageLog.logMessage(self.missing_message(), "Samplan", Qgis.MessageLevel.Critical)
            self.missing_logged = True
            return
        for module, feature in missing_optional().items():
            QgsMessageLog.logMessage(
                tr("The Python package {0} is not installed: {1} is not available; the rest of Samplan works.").format(
                    module, tr(feature)
                ),
                "Samplan",
                Qgis.MessageLevel.Info,
            )
        from .algorithms.provider import SamplanProvider  # the engine imports shapely and pandas

        self.provider = SamplanProvider()
        QgsApplication.processingRegistry().addProvider(self.provider)

    def initGui(self) -> None:
        self.initProcessing()
        if self.iface is None:
            return
        self.menu = QMenu(tr("&Samplan"), self.iface.mainWindow().menuBar())
        self.menu.setObjectName("SamplanMenu")
        self.toolbar = self.iface.addToolBar(tr("Samplan"))
        self.toolbar.setObjectName("SamplanToolbar")
        self.menu.setToolTipsVisible(True)  # a disabled action says why
        for key, icon, text, slot in (
            ("inspector", "conflict_inspector.svg", tr("Conflict inspector"), self.toggle_inspector),
            ("rules", "rule_editor.svg", tr("Rule set editor"), self.open_rule_editor),
            ("sample", "sample_region.svg", tr("Load sample region…"), self.load_sample_region),
        ):
            action = QAction(QIcon(str(ICONS / icon)), text, self.iface.mainWindow())
            action.setObjectName(f"samplan_{key}")
            action.triggered.connect(slot)
            action.setEnabled(not self.missing)
            if self.missing:
                action.setToolTip(self.missing_message() + " " + tr("Samplan → Help → What is missing shows how."))
                action.setStatusTip(action.toolTip())
            self.menu.addAction(action)
            self.toolbar.addAction(action)
            self.actions[key] = action
        self.actions["inspector"].setCheckable(True)
        if self.missing:
            install = QAction(tr("Install missing Python packages…"), self.iface.mainWindow())
            install.setObjectName("samplan_install")
            install.triggered.connect(self.open_install_dialog)
            self.menu.addAction(install)
            self.actions["install"] = install
        self.add_help_menu()
        menu_bar = self.iface.mainWindow().menuBar()
        menu_bar.insertMenu(self.iface.firstRightStandardMenu().menuAction(), self.menu)
        if self.missing:
            self.iface.messageBar().pushMessage("Samplan", self.missing_message(), Qgis.MessageLevel.Warning, 0)
            return
        self.create_inspector()

    def open_install_dialog(self) -> None:
        from .ui.install_dialog import InstallDialog

        dialog = InstallDialog(self.deps_folder, self.problems, self.missing_message(), self.iface.mainWindow())
        dialog.exec()
        if dialog.installed:
            self.after_install()

    def after_install(self) -> bool:
        """Load what the missing packages held back, without a restart where QGIS allows it; True when loaded."""
        activate(self.deps_folder)
        if restart_needed(self.problems):
            message = tr(
                "The packages are installed in {0}. Restart QGIS to use them: an older version is loaded already."
            ).format(self.deps_folder)
            if self.iface is not None:
                self.iface.messageBar().pushMessage("Samplan", message, Qgis.MessageLevel.Info, 0)
            return False
        self.problems = problems()
        self.missing = [p.package.requirement for p in self.problems]
        if self.missing:
            return False
        self.missing_logged = False
        self.initProcessing()
        for key, action in self.actions.items():
            action.setEnabled(True)
            if key == "install":
                action.setVisible(False)
        if self.iface is not None:
            self.create_inspector()
            self.iface.messageBar().pushMessage(
                "Samplan", tr("Samplan is ready: its packages are installed."), Qgis.MessageLevel.Success, 8
            )
        return self.provider is not None

    def add_help_menu(self) -> None:
        """Samplan → Help: the guides shipped with the plugin, and what is missing (enabled even when the rest is not)."""
        help_menu = self.menu.addMenu(tr("Help"))
        help_menu.setObjectName("SamplanHelpMenu")
        for key, text, slot in (
            ("help_user_guide", tr("User guide"), lambda: self.open_help("user_guide")),
            (
                "help_trainers_guide",
                tr("Trainer's guide: a one-hour workshop"),
                lambda: self.open_help("trainers_guide"),
            ),
            ("help_missing", tr("What is missing"), self.show_missing),
        ):
            action = QAction(text, self.iface.mainWindow())
            action.setObjectName(f"samplan_{key}")
            action.triggered.connect(slot)
            help_menu.addAction(action)
            self.actions[key] = action
        if self.missing:
            self.actions["help_missing"].setText(tr("What is missing ({0})").format(len(self.missing)))

    def open_help(self, page: str) -> bool:
        from .ui.help import open_help

        return open_help(page)

    def show_missing(self):
        from .ui.help import show_missing

        self.missing_box = show_missing(self.iface.mainWindow(), self.missing)
        return self.missing_box

    def create_inspector(self):
        """The dock exists (hidden) from the start, so that it follows the project's set-up as projects open."""
        if self.inspector is None:
            from .ui.conflict_inspector import ConflictInspectorDock  # without psycopg2 too: PostGIS alone is off

            self.inspector = ConflictInspectorDock(self.iface, QgsProject.instance(), self.iface.mainWindow())
            self.iface.addDockWidget(Qt.DockWidgetArea.RightDockWidgetArea, self.inspector)
            self.inspector.hide()
            self.inspector.visibilityChanged.connect(self.actions["inspector"].setChecked)
        return self.inspector

    def toggle_inspector(self, checked: bool | None = None) -> None:
        dock = self.create_inspector()
        if dock is None:
            return
        show = dock.isHidden() if checked is None else bool(checked)
        dock.setVisible(show)
        if show:
            dock.raise_()

    def open_rule_editor(self) -> None:
        from .ui.rule_editor import RuleSetEditor

        dock = self.create_inspector()
        rules_file = dock.setup_panel.rulesFile if dock is not None else None
        editor = RuleSetEditor(rules_file.filePath() or None if rules_file else None, self.iface.mainWindow())
        if editor.exec() and editor.saved_path and rules_file is not None:
            rules_file.setFilePath(editor.saved_path)

    def load_sample_region(self) -> None:
        from .ui.settings import SamplanSettings

        from .ui.sample_project import PROJECT_FILE, clear_workshop, workshop_files

        settings = SamplanSettings()
        folder = QFileDialog.getExistingDirectory(
            self.iface.mainWindow(), tr("Folder for the sample region"), settings.sample_region_folder
        )
        if not folder:
            return
        folder = Path(folder)
        again = True
        if workshop_files(folder):
            again = self.ask_start_again(folder)
            if again is None:
                return
        if not self.iface.newProject(True):
            return
        settings.sample_region_folder = str(folder)
        if not again:
            self.iface.addProject(str(folder / PROJECT_FILE))
            self.toggle_inspector(True)
            return
        clear_workshop(folder)
        self.start_sample_region(folder)

    def ask_start_again(self, folder: Path) -> bool | None:
        """A sample region is already in `folder`: True to start again (fresh results and reviews), False to open
        it as it is, None to do nothing."""
        box = QMessageBox(
            QMessageBox.Icon.Question,
            tr("Load sample region"),
            tr("{0} already holds a sample region, perhaps with the reviews of an earlier workshop.").format(folder),
            QMessageBox.StandardButton.Cancel,
            self.iface.mainWindow(),
        )
        box.setObjectName("SamplanStartAgain")
        box.setInformativeText(
            tr("Start again builds the region anew and removes its results and reviews. Open existing keeps them.")
        )
        again = box.addButton(tr("Start again"), QMessageBox.ButtonRole.DestructiveRole)
        keep = box.addButton(tr("Open existing"), QMessageBox.ButtonRole.AcceptRole)
        box.setDefaultButton(keep)
        self.start_again_box = box
        box.exec()
        self.start_again_box = None
        return True if box.clickedButton() is again else False if box.clickedButton() is keep else None

    def start_sample_region(self, folder: Path):
        from .ui.sample_project import SampleRegionLoad

        self.sample_load = SampleRegionLoad(folder, QgsProject.instance(), self.iface)
        self.sample_load.finished.connect(self._sample_region_loaded)
        self.sample_load.start()
        self.iface.messageBar().pushMessage(
            "Samplan", tr("Building the sample region in {0} …").format(folder), Qgis.MessageLevel.Info, 5
        )
        return self.sample_load

    def _sample_region_loaded(self, ok: bool, message: str) -> None:
        self.iface.messageBar().pushMessage(
            "Samplan", message, Qgis.MessageLevel.Success if ok else Qgis.MessageLevel.Warning, 8
        )
        if ok:
            self.toggle_inspector(True)

    def missing_message(self) -> str:
        """Which package is missing or too old, and how to install it: from Samplan's menu, or by hand (the command
        for this platform; the README has every platform's)."""
        commands = manual_commands(self.deps_folder, self.problems)
        platform = "Windows" if sys.platform.startswith("win") else "macOS" if sys.platform == "darwin" else "Linux"
        return (
            described(self.problems, tr)
            + " "
            + tr(
                "Samplan's algorithms are not available without these packages. "
                "Choose Samplan > Install missing Python packages…, or install them by hand into your QGIS profile "
                "(nothing system-wide) and restart QGIS:"
            )
            + "\n"
            + commands[platform]
        )

    def unload(self) -> None:
        if self.inspector is not None:
            self.inspector.disconnect_project()
            self.iface.removeDockWidget(self.inspector)
            self.inspector.deleteLater()
            self.inspector = None
        if self.toolbar is not None:
            self.toolbar.deleteLater()
            self.toolbar = None
        if self.menu is not None:
            self.menu.menuAction().setVisible(False)
            self.menu.deleteLater()
            self.menu = None
        self.actions.clear()
        if self.provider is not None:
            QgsApplication.processingRegistry().removeProvider(self.provider)
            self.provider = None
        remove_translators()
