"""The widget of a field parameter that offers the field named like what it asks for (core/field_guesses.py): when
the user chooses its layer in the Processing dialog, the layer's speed (population, zone name) field is selected,
whatever the layer calls it among the usual names; the user can choose another. Named in the parameter's metadata
by algorithms/form_guides.py and imported by Processing's dialog only when it builds the form."""

from __future__ import annotations

import warnings

from processing.gui.wrappers import DIALOG_MODELER, TableFieldWidgetWrapper

from ..core.field_guesses import guessed_field


class GuessingFieldWrapper(TableFieldWidgetWrapper):
    """QGIS's field combo box (the Python wrapper Processing keeps for 3.x), set to the guessed field of `kind` each
    time the parent layer changes; in the Graphical Modeler, QGIS's own choice of model inputs."""

    def __init__(self, param, dialog, row=0, col=0, kind: str = "speed", **kwargs) -> None:
        self.kind = kind
        with warnings.catch_warnings():
            # Processing deprecates its Python widget wrappers for QGIS 4 (form_guides names this one only before 4).
            warnings.simplefilter("ignore", DeprecationWarning)
            super().__init__(param, dialog, row, col, **kwargs)

    def refreshItems(self) -> None:
        super().refreshItems()
        if self.dialogType == DIALOG_MODELER or self.parameterDefinition().allowMultiple() or self._layer is None:
            return
        guess = guessed_field(self._layer.fields().names(), self.kind)
        if guess is not None:
            self.widget.setField(guess)
