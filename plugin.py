"""The plugin entry: the Processing provider in initProcessing(), the GUI in initGui()."""
from __future__ import annotations

from qgis.core import QgsApplication

from .i18n.translation import install_translator, remove_translators
from .processing.provider import SamplanProvider


class SamplanPlugin:
    def __init__(self, iface) -> None:
        self.iface = iface
        self.provider: SamplanProvider | None = None
        install_translator()

    def initProcessing(self) -> None:  # noqa: N802 - QGIS's name
        # No GUI here: qgis_process loads the provider through this method alone.
        self.provider = SamplanProvider()
        QgsApplication.processingRegistry().addProvider(self.provider)

    def initGui(self) -> None:  # noqa: N802 - QGIS's name
        self.initProcessing()

    def unload(self) -> None:
        if self.provider is not None:
            QgsApplication.processingRegistry().removeProvider(self.provider)
            self.provider = None
        remove_translators()
