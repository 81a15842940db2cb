"""What every Samplan algorithm shares: translation, icon, group and help links."""
from __future__ import annotations

from qgis.core import QgsProcessingAlgorithm, QgsProcessingException, QgsProcessingUtils
from qgis.PyQt.QtCore import QUrl
from qgis.PyQt.QtGui import QIcon

from ..i18n.help_pages import help_file
from ..i18n.labels import results_group_title
from ..i18n.translation import tr, user_language
from ..qgis_adapter.result_styles import apply_result_style
from .icon import ICON_PATH


class SamplanAlgorithm(QgsProcessingAlgorithm):
    # The algorithm's page among the plugin's help pages (i18n/help_pages.py), for the dialog's Help button.
    help_page = ""

    # Output parameter -> style of qgis_adapter/result_styles.py, for the layers added to the project.
    result_styles: dict[str, str] = {}

    def postProcessAlgorithm(self, context, feedback):  # noqa: N802
        self.present_results(context)
        return {}

    def present_results(self, context) -> None:
        """The layers added to the project go to the group of Samplan's results, styled (before QGIS adds them)."""
        for layer_id in context.layersToLoadOnCompletion():
            details = context.layerToLoadOnCompletionDetails(layer_id)
            details.groupName = results_group_title()
            style = self.result_styles.get(details.outputName)
            if style:
                apply_result_style(QgsProcessingUtils.mapLayerFromString(layer_id, context), style)

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
