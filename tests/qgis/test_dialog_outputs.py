"""Outputs as an algorithm's dialog gives them (temporary layers named after the output, to be loaded into the
project): every layer QGIS is asked to load when the run is done exists, so the dialog reports no layer as "not
created correctly"."""

from __future__ import annotations

from qgis.core import (
    QgsApplication,
    QgsProcessingContext,
    QgsProcessingFeedback,
    QgsProcessingOutputLayerDefinition,
    QgsProcessingUtils,
    QgsProject,
)


def dialog_output(name: str) -> QgsProcessingOutputLayerDefinition:
    definition = QgsProcessingOutputLayerDefinition("TEMPORARY_OUTPUT", QgsProject.instance())
    definition.destinationName = name
    return definition


def regions_inputs(region) -> dict:
    """Functional regions of the sample region by SCB's rule."""
    return {
        "ZONES": f"{region}|layername=kommuner",
        "COMMUTING_TABLE": f"{region}|layername=pendling",
        "ZONE_CODE": "kommunkod",
        "ZONE_NAME": "kommunnamn",
        "CRS": "EPSG:3006",
        "METHOD": 0,
    }


def test_temporary_outputs_from_a_dialog_are_all_loadable(sample_region, samplan_provider):
    algorithm = QgsApplication.processingRegistry().createAlgorithmById("samplan:functionalregions")
    parameters = {
        **regions_inputs(sample_region),
        "REGIONS": dialog_output("Funktionella regioner"),
        "ZONE_REGIONS": dialog_output("Områden och regioner"),
        "SUMMARY": dialog_output("Sammanfattning"),
    }
    context = QgsProcessingContext()
    context.setProject(QgsProject.instance())
    results, ok = algorithm.run(parameters, context, QgsProcessingFeedback())
    assert ok, results
    to_load = context.layersToLoadOnCompletion()
    assert len(to_load) == 3
    assert all(QgsProcessingUtils.mapLayerFromString(key, context) is not None for key in to_load), list(to_load)
    assert not [key for key in to_load if key.startswith("memory:")]


def test_file_outputs_from_a_dialog_are_loaded_from_their_destination(sample_region, samplan_provider, tmp_path):
    algorithm = QgsApplication.processingRegistry().createAlgorithmById("samplan:functionalregions")
    target = tmp_path / "regioner.gpkg"
    parameters = {
        **regions_inputs(sample_region),
        "REGIONS": QgsProcessingOutputLayerDefinition(str(target), QgsProject.instance()),
    }
    context = QgsProcessingContext()
    context.setProject(QgsProject.instance())
    results, ok = algorithm.run(parameters, context, QgsProcessingFeedback())
    assert ok, results
    to_load = list(context.layersToLoadOnCompletion())
    assert len(to_load) == 1 and to_load[0].startswith(str(target)) and target.exists(), to_load
    assert QgsProcessingUtils.mapLayerFromString(to_load[0], context) is not None
