"""The dialog that installs Samplan's missing Python packages into the QGIS profile, with pip's log shown."""

from __future__ import annotations

from pathlib import Path

from qgis.PyQt import uic
from qgis.PyQt.QtCore import QProcess, QProcessEnvironment
from qgis.PyQt.QtWidgets import QDialog

from ..dependencies import Problem, activate, pip_command, present_pins, remove_present_copies
from ..i18n.translation import tr

FORM, _ = uic.loadUiType(str(Path(__file__).with_suffix(".ui")))


class InstallDialog(QDialog, FORM):
    """pip from QGIS's own Python into <profile>/python/samplan_deps, run as a QProcess: QGIS stays responsive."""

    def __init__(self, folder: Path, problems: list[Problem], message: str, parent=None) -> None:
        super().__init__(parent)
        self.setupUi(self)
        self.folder = folder
        self.problems = problems
        self.installed = False
        self.process: QProcess | None = None
        self.messageLabel.setText(message)
        self.folderLabel.setText(
            tr("The packages go into {0} (your QGIS profile only; nothing system-wide).").format(folder)
        )
        self.installButton.clicked.connect(self.start)
        self.closeButton.clicked.connect(self.close)

    def start(self) -> None:
        self.folder.mkdir(parents=True, exist_ok=True)
        self.pins = present_pins(self.problems)
        command = pip_command(self.folder, self.problems)
        self.logView.appendPlainText(" ".join(command))
        self.process = QProcess(self)
        environment = QProcessEnvironment.systemEnvironment()
        for name in ("PYTHONPATH", "PYTHONHOME", "PIP_TARGET", "PIP_USER"):
            environment.remove(name)
        self.process.setProcessEnvironment(environment)
        self.process.setProcessChannelMode(QProcess.ProcessChannelMode.MergedChannels)
        self.process.readyReadStandardOutput.connect(self._read)
        self.process.finished.connect(self._finished)
        self.process.errorOccurred.connect(self._failed)
        self.installButton.setEnabled(False)
        self.closeButton.setEnabled(False)
        self.progressBar.setVisible(True)
        self.process.start(command[0], command[1:])

    def _read(self) -> None:
        text = bytes(self.process.readAllStandardOutput()).decode("utf-8", "replace")
        for line in text.splitlines():
            self.logView.appendPlainText(line)

    def _finished(self, code: int, _status) -> None:
        self._read()
        self.progressBar.setVisible(False)
        self.closeButton.setEnabled(True)
        if code == 0:
            remove_present_copies(self.folder, self.pins)
            activate(self.folder)
            self.installed = True
            self.logView.appendPlainText(tr("Installed. Close this window to load Samplan."))
        else:
            self.installButton.setEnabled(True)
            self.logView.appendPlainText(
                tr(
                    "pip failed (exit code {0}): see its messages above. The manual command is in the "
                    "message at the top."
                ).format(code)
            )

    def _failed(self, _error) -> None:
        if self.process is not None and self.process.state() == QProcess.ProcessState.NotRunning:
            self.progressBar.setVisible(False)
            self.closeButton.setEnabled(True)
            self.installButton.setEnabled(True)
            self.logView.appendPlainText(
                tr("Could not start {0}: {1}").format(
                    pip_command(self.folder, self.problems)[0], self.process.errorString()
                )
            )
