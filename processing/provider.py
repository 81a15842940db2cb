"""The Samplan Processing provider: one module per algorithm."""
from __future__ import annotations

from qgis.core import QgsProcessingProvider
from qgis.PyQt.QtGui import QIcon

from ..i18n.translation import tr
from .accessibility import AccessibilityAlgorithm
from .conflict_check import ConflictCheckAlgorithm
from .icon import ICON_PATH
from .link_criticality import LinkCriticalityAlgorithm
from .sample_region import SampleRegionAlgorithm


class SamplanProvider(QgsProcessingProvider):
    def id(self) -> str:
        return "samplan"

    def name(self) -> str:
        return "Samplan"

    def longName(self) -> str:  # noqa: N802
        return tr("Samplan: strategic planning checks")

    def icon(self) -> QIcon:
        return QIcon(str(ICON_PATH))

    def loadAlgorithms(self) -> None:  # noqa: N802
        for algorithm in (SampleRegionAlgorithm(), ConflictCheckAlgorithm(), LinkCriticalityAlgorithm(), AccessibilityAlgorithm()):
            self.addAlgorithm(algorithm)
