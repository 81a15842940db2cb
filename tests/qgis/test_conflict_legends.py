"""The conflict check's output layers, styled as the Toolbox leaves them, have legends in one
language: the user's ("Konflikt" in Swedish, "Conflict" in English), never the style files' old "Konflikt / conflict"."""

from __future__ import annotations

from pathlib import Path

import pytest
from qgis.core import (
    QgsApplication,
    QgsCategorizedSymbolRenderer,
    QgsProcessingContext,
    QgsProcessingFeedback,
    QgsProcessingUtils,
    QgsProject,
    QgsVectorLayer,
)

from .test_sample_region_check import OUTPUTS, THEMES

STYLES = Path(__file__).resolve().parents[2] / "resources" / "styles"
WORDS = {
    "sv": {"conflict": "Konflikt", "warning": "Varning", "opportunity": "Möjlighet"},
    "en": {"conflict": "Conflict", "warning": "Warning", "opportunity": "Opportunity"},
}


def test_the_style_files_name_each_severity_once():
    for kind in ("area", "line", "point"):
        text = (STYLES / f"conflicts_{kind}.qml").read_text(encoding="utf-8")
        assert 'label="Conflict"' in text and " / " not in text.split("<categories>")[1].split("</categories>")[0]


@pytest.mark.parametrize("language", ["sv", "en"])
def test_loaded_conflict_layers_have_one_language_legends(sample_region, samplan_provider, language):
    from samplan.i18n.translation import install_translator, remove_translators

    region = sample_region
    parameters = {
        "PLAN": f"{region}|layername=plan_a_omraden",
        "PLAN_LINES": f"{region}|layername=plan_a_strak",
        "PLAN_FIELD": "anvandning",
        "THEME_FIELD": "kategori",
        "MUNICIPALITIES": f"{region}|layername=kommuner",
        "CRS": "EPSG:3006",
        **{role: [f"{region}|layername={name}" for name in names] for role, names in THEMES.items()},
        **dict.fromkeys(OUTPUTS, "TEMPORARY_OUTPUT"),
    }
    if language == "sv":
        assert install_translator("sv")
    try:
        # As the Toolbox runs it: processAlgorithm, then postProcessAlgorithm, which styles the layers.
        algorithm = QgsApplication.processingRegistry().createAlgorithmById("samplan:conflictcheck")
        context = QgsProcessingContext()
        context.setProject(QgsProject.instance())
        results, ok = algorithm.run(parameters, context, QgsProcessingFeedback())
        assert ok, results
        for key in ("CONFLICT_AREAS", "CONFLICT_LINES", "CONFLICT_POINTS"):
            layer = QgsProcessingUtils.mapLayerFromString(results[key], context)
            assert isinstance(layer, QgsVectorLayer) and isinstance(layer.renderer(), QgsCategorizedSymbolRenderer)
            labels = {str(c.value()): c.label() for c in layer.renderer().categories()}
            assert labels == WORDS[language], (key, labels)
    finally:
        remove_translators()
