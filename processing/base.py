"""What every Samplan algorithm shares: translation, icon, group and help links."""
from __future__ import annotations

from qgis.core import QgsProcessingAlgorithm, QgsProcessingException
from qgis.PyQt.QtGui import QIcon

from ..core.table_export import localise_csv
from ..i18n.translation import csv_style, tr
from .icon import ICON_PATH


class SamplanAlgorithm(QgsProcessingAlgorithm):
    def tr(self, text: str) -> str:
        return tr(text)

    def icon(self) -> QIcon:
        return QIcon(str(ICON_PATH))

    def createInstance(self):
        return type(self)()

    def parameterAsSink(self, parameters, name, context, fields, *args, **kwargs):
        """QGIS's sink; a CSV destination is remembered, to be written in the user's CSV conventions when done."""
        sink, destination = super().parameterAsSink(parameters, name, context, fields, *args, **kwargs)
        path = destination.split("|")[0] if isinstance(destination, str) else ""
        if path.lower().endswith(".csv"):
            if not hasattr(self, "_csv_outputs"):
                self._csv_outputs = []
            self._csv_outputs.append((path, [field.name() for field in fields if field.isNumeric()]))
        return sink, destination

    def postProcessAlgorithm(self, context, feedback):
        self.localise_csv_outputs(feedback)
        return {}

    def localise_csv_outputs(self, feedback) -> None:
        """CSV outputs in Swedish conventions (';', decimal comma, UTF-8 with BOM) under a Swedish locale: a Swedish
        spreadsheet then splits and reads them right. Called once the sinks are closed (in postProcessAlgorithm)."""
        style = csv_style()
        for path, numeric in getattr(self, "_csv_outputs", []):
            try:
                localise_csv(path, numeric, style)
            except (OSError, UnicodeDecodeError) as error:
                feedback.pushWarning(self.tr("{0} is left as GDAL wrote it (',' and decimal points): {1}").format(path, error))
        self._csv_outputs = []

    def cancelled(self) -> QgsProcessingException:
        """The error every cancelled run ends with: outputs are written only after the engine is done."""
        return QgsProcessingException(self.tr("Cancelled: no output was written."))

    def stop_if_cancelled(self, feedback) -> None:
        if feedback is not None and feedback.isCanceled():
            raise self.cancelled()
