"""Forms that guide: in the real Processing dialog, choosing the network (or population, or zone) layer selects its
field named like a speed (population, zone name), whatever the field is called among the usual names; and a run
without the field named falls back on the same guess."""

from __future__ import annotations

import pytest
from qgis.core import QgsProcessingContext, QgsProject

from .conftest import memory_layer

LINE = "LINESTRING(0 0, 100 0)"
CELL = "POLYGON((0 0, 250 0, 250 250, 0 250, 0 0))"


def roads(speed_field: str):
    return memory_layer("LineString", f"field=namn:string&field={speed_field}:double", [(LINE, ["E99", 90.0])], "vagar")


def population(field: str):
    return memory_layer("Polygon", f"field=ruta:string&field={field}:integer", [(CELL, ["R1", 120])], "bef")


@pytest.fixture()
def dialog(samplan_provider, qgis_iface, monkeypatch):
    """Opens an algorithm's dialog as the Toolbox does (processing.createAlgorithmDialog). pytest-qgis's interface has
    no browser model, which the dialog's parameter panel asks for: it is given a real one."""
    import processing
    from qgis.gui import QgsBrowserGuiModel

    browser = QgsBrowserGuiModel()
    monkeypatch.setattr(qgis_iface, "browserModel", lambda: browser, raising=False)
    opened = []

    def open_dialog(algorithm_id: str):
        made = processing.createAlgorithmDialog(algorithm_id, {})
        assert made is not None, algorithm_id
        opened.append(made)
        return made

    yield open_dialog
    for made in opened:
        made.close()
        made.deleteLater()
    QgsProject.instance().removeAllMapLayers()


def choose(dialog, values: dict) -> dict:
    """Choose layers in the dialog's widgets as a user would; the wrappers by parameter name."""
    wrappers = dialog.mainWidget().wrappers
    context = QgsProcessingContext()
    context.setProject(QgsProject.instance())
    for name, layer in values.items():
        QgsProject.instance().addMapLayer(layer)
        wrappers[name].setParameterValue(layer, context)
    return wrappers


@pytest.mark.parametrize(
    "speed_field", ["speed", "maxspeed", "MAX_SPEED", "hastighet_kmh", "HTHAST", "Hastighetsgräns", "hastighet"]
)
def test_the_speed_field_is_offered_whatever_its_usual_name(dialog, speed_field):
    wrappers = choose(dialog("samplan:linkcriticality"), {"NETWORK": roads(speed_field)})
    assert wrappers["SPEED_FIELD"].parameterValue() == speed_field


@pytest.mark.parametrize("field", ["befolkning", "population", "POP", "inv", "Folkmängd", "folkmangd"])
def test_the_population_field_is_offered_whatever_its_usual_name(dialog, field):
    wrappers = choose(dialog("samplan:accessibility"), {"POPULATION": population(field)})
    assert wrappers["POPULATION_FIELD"].parameterValue() == field


def test_the_guess_follows_the_layer_chosen_last(dialog):
    form = dialog("samplan:linkcriticality")
    wrappers = choose(form, {"NETWORK": roads("maxspeed")})
    assert wrappers["SPEED_FIELD"].parameterValue() == "maxspeed"
    wrappers = choose(form, {"NETWORK": roads("HTHAST")})
    assert wrappers["SPEED_FIELD"].parameterValue() == "HTHAST"


def test_no_field_is_offered_when_none_is_named_like_a_speed(dialog):
    wrappers = choose(dialog("samplan:linkcriticality"), {"NETWORK": roads("klass")})
    assert wrappers["SPEED_FIELD"].parameterValue() in (None, "")


def test_the_users_own_choice_is_kept_until_the_layer_changes(dialog):
    form = dialog("samplan:linkcriticality")
    wrappers = choose(form, {"NETWORK": roads("speed")})
    wrappers["SPEED_FIELD"].setParameterValue("namn", QgsProcessingContext())
    assert wrappers["SPEED_FIELD"].parameterValue() == "namn"


def test_the_batch_dialog_guesses_per_row(dialog, qgis_iface):
    from processing.gui.BatchAlgorithmDialog import BatchAlgorithmDialog
    from processing.modeler.ModelerParametersDialog import ModelerParametersDialog
    from qgis.core import QgsApplication, QgsProcessingModelAlgorithm, QgsProcessingModelChildAlgorithm

    algorithm = QgsApplication.processingRegistry().createAlgorithmById("samplan:linkcriticality")
    batch = BatchAlgorithmDialog(algorithm, parent=qgis_iface.mainWindow())
    panel = batch.mainWidget()
    layer = roads("maxspeed")
    QgsProject.instance().addMapLayer(layer)
    context = QgsProcessingContext()
    context.setProject(QgsProject.instance())
    row = panel.wrappers[0]
    row[panel.parameter_to_column["NETWORK"]].setParameterValue(layer, context)
    assert row[panel.parameter_to_column["SPEED_FIELD"]].parameterValue() == "maxspeed"
    batch.close()
    # The Graphical Modeler's form of the same algorithm opens (it offers model inputs, not a layer's fields).
    model = QgsProcessingModelAlgorithm("model", "group")
    child = QgsProcessingModelChildAlgorithm("samplan:linkcriticality")
    child.setChildId("weak_links")
    model.addChildAlgorithm(child)
    assert ModelerParametersDialog(algorithm, model, "weak_links", None) is not None
