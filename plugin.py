"""The plugin entry: the Processing provider in initProcessing(), the GUI in initGui()."""
from __future__ import annotations

from qgis.core import Qgis, QgsApplication, QgsMessageLog

from .dependencies import missing_packages
from .i18n.translation import install_translator, remove_translators, tr


class SamplanPlugin:
    def __init__(self, iface) -> None:
        self.iface = iface
        self.provider = None
        self.missing: list[str] = missing_packages()
        self.missing_logged = False
        install_translator()

    def initProcessing(self) -> None:  # noqa: N802 - QGIS's name
        # No GUI here: qgis_process loads the provider through this method alone.
        if self.provider is not None or self.missing_logged:
            return
        if self.missing:
            QgsMessageLog.logMessage(self.missing_message(), "Samplan", Qgis.MessageLevel.Critical)
            self.missing_logged = True
            return
        from .processing.provider import SamplanProvider  # the engine imports shapely and pandas

        self.provider = SamplanProvider()
        QgsApplication.processingRegistry().addProvider(self.provider)

    def initGui(self) -> None:  # noqa: N802 - QGIS's name
        self.initProcessing()
        if self.missing and self.iface is not None:
            self.iface.messageBar().pushMessage("Samplan", self.missing_message(), Qgis.MessageLevel.Warning, 0)

    def missing_message(self) -> str:
        return tr("Samplan's algorithms are not available: install {0} into QGIS's Python.").format(", ".join(self.missing))

    def unload(self) -> None:
        if self.provider is not None:
            QgsApplication.processingRegistry().removeProvider(self.provider)
            self.provider = None
        remove_translators()
