"""Forms that guide: expert parameters under Advanced, and field parameters that offer the field named like
what they ask for (core/field_guesses.py), in the dialog (the field widget selects the chosen layer's field named
like it, algorithms/field_widget.py) and in a run (a layer without that name falls back on another likely one, or on none)."""

from __future__ import annotations

from qgis.core import QgsProcessingParameterField

from ..core.field_guesses import FIELD_GUESSES, guessed_field
from ..qgis_adapter.compat import ADVANCED_PARAMETER, PYTHON_WIDGET_WRAPPERS


def mark_advanced(algorithm, *names: str) -> None:
    """Put the named parameters under the form's Advanced parameters."""
    for name in names:
        parameter = algorithm.parameterDefinition(name)
        parameter.setFlags(parameter.flags() | ADVANCED_PARAMETER)


def guessing_field_parameter(name: str, description: str, parent: str, kind: str) -> QgsProcessingParameterField:
    """An optional field parameter whose default is the likeliest name of its kind; in the dialog its widget selects
    the chosen layer's field named like `kind` (algorithms/field_widget.py; before QGIS 4, see compat)."""
    parameter = QgsProcessingParameterField(name, description, FIELD_GUESSES[kind][0], parent, optional=True)
    if PYTHON_WIDGET_WRAPPERS:
        # A class path, so that Processing imports the widget (and its GUI modules) only when it builds a form.
        wrapper = f"{__package__}.field_widget.GuessingFieldWrapper"
        parameter.setMetadata({"widget_wrapper": {"class": wrapper, "kind": kind}})
    return parameter


def guessed_field_value(algorithm, parameters, key: str, context, source, kind: str) -> str | None:
    """The field the user chose; where the value is the default name and the layer has no such field, the
    layer's field named like `kind` (or None)."""
    value = algorithm.parameterAsString(parameters, key, context) or None
    if source is None or value is None:
        return value
    names = source.fields().names()
    if value == FIELD_GUESSES[kind][0] and value not in names:
        return guessed_field(names, kind)
    return value
