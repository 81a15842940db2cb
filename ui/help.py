"""Opening the help pages shipped with the plugin (help/<language>/*.html) in the system's browser, and the
"What is missing" note when the engine's packages are not there."""

from __future__ import annotations

from qgis.PyQt.QtCore import Qt, QUrl
from qgis.PyQt.QtGui import QDesktopServices
from qgis.PyQt.QtWidgets import QMessageBox

from ..i18n.help_pages import help_file
from ..i18n.translation import tr, user_language


def help_url(page: str) -> QUrl:
    """The local page in the user's language (English where it has none)."""
    return QUrl.fromLocalFile(str(help_file(page, user_language())))


def open_help(page: str) -> bool:
    return QDesktopServices.openUrl(help_url(page))


def missing_text(missing: list[str]) -> str:
    """What is missing and how to install it, as the Help menu shows it."""
    if not missing:
        return tr("Nothing is missing: every package Samplan needs is installed.")
    lines = "".join(f"<li>{name}</li>" for name in missing)
    return tr(
        "<p>Samplan's algorithms, the conflict inspector and the sample region need these Python packages in "
        "QGIS's Python, which are missing:</p><ul>{0}</ul><p><b>Debian or Ubuntu:</b> <code>sudo apt install "
        "python3-shapely python3-pandas python3-scipy</code> (shapely 2 comes with Debian 12 and newer).<br>"
        "<b>Windows (OSGeo4W):</b> run the OSGeo4W installer, choose Advanced install and add the packages "
        "python3-shapely, python3-pandas and python3-scipy.<br><b>Other systems:</b> in QGIS's Python console: "
        "<code>import pip; pip.main(['install', 'shapely>=2', 'pandas', 'scipy'])</code>.</p>"
        "<p>Then restart QGIS.</p>"
    ).format(lines)


def show_missing(parent, missing: list[str]) -> QMessageBox:
    box = QMessageBox(
        QMessageBox.Icon.Information if not missing else QMessageBox.Icon.Warning,
        tr("What is missing"),
        missing_text(missing),
        QMessageBox.StandardButton.Close,
        parent,
    )
    box.setObjectName("SamplanMissing")
    box.setTextFormat(Qt.TextFormat.RichText)
    box.open()
    return box
