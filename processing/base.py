"""What every Samplan algorithm shares: translation, icon, group and help links."""
from __future__ import annotations

from qgis.core import QgsProcessingAlgorithm, QgsProcessingException
from qgis.PyQt.QtCore import QUrl
from qgis.PyQt.QtGui import QIcon

from ..i18n.help_pages import help_file
from ..i18n.translation import tr, user_language
from .icon import ICON_PATH


class SamplanAlgorithm(QgsProcessingAlgorithm):
    # The algorithm's page among the plugin's help pages (i18n/help_pages.py), for the dialog's Help button.
    help_page = ""

    def helpUrl(self) -> str:  # noqa: N802
        if not self.help_page:
            return ""
        return QUrl.fromLocalFile(str(help_file(self.help_page, user_language()))).toString()

    def tr(self, text: str) -> str:
        return tr(text)

    def icon(self) -> QIcon:
        return QIcon(str(ICON_PATH))

    def createInstance(self):  # noqa: N802
        return type(self)()

    def cancelled(self) -> QgsProcessingException:
        """The error every cancelled run ends with: outputs are written only after the engine is done."""
        return QgsProcessingException(self.tr("Cancelled: no output was written."))

    def stop_if_cancelled(self, feedback) -> None:
        if feedback is not None and feedback.isCanceled():
            raise self.cancelled()
