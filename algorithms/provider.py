"""The Samplan Processing provider: one module per algorithm."""

from __future__ import annotations

from qgis.core import QgsProcessingProvider
from qgis.PyQt.QtGui import QIcon

from ..i18n.translation import tr
from .accessibility import AccessibilityAlgorithm
from .area_disruption import AreaDisruptionAlgorithm
from .border_coherence import BorderCoherenceAlgorithm
from .commuting_flows import CommutingFlowsAlgorithm
from .compare_drafts import CompareDraftsAlgorithm
from .conflict_check import ConflictCheckAlgorithm
from .fragmentation import FragmentationAlgorithm
from .functional_regions import FunctionalRegionsAlgorithm
from .icon import ICON_PATH
from .link_criticality import LinkCriticalityAlgorithm
from .report import ReportAlgorithm
from .sample_region import SampleRegionAlgorithm
from .shared_review_roles import SharedReviewRolesAlgorithm
from .transit_accessibility import TransitAccessibilityAlgorithm


class SamplanProvider(QgsProcessingProvider):
    def id(self) -> str:
        return "samplan"

    def name(self) -> str:
        return "Samplan"

    def longName(self) -> str:
        return tr("Samplan: strategic planning checks")

    def icon(self) -> QIcon:
        return QIcon(str(ICON_PATH))

    def loadAlgorithms(self) -> None:
        for algorithm in (
            SampleRegionAlgorithm(),
            ConflictCheckAlgorithm(),
            LinkCriticalityAlgorithm(),
            AccessibilityAlgorithm(),
            FunctionalRegionsAlgorithm(),
            CommutingFlowsAlgorithm(),
            FragmentationAlgorithm(),
            CompareDraftsAlgorithm(),
            BorderCoherenceAlgorithm(),
            ReportAlgorithm(),
            SharedReviewRolesAlgorithm(),
            AreaDisruptionAlgorithm(),
            TransitAccessibilityAlgorithm(),
        ):
            self.addAlgorithm(algorithm)
