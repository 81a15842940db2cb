"""What every Samplan algorithm shares: translation, icon, group and help links, and outputs that are written
beside their destination and moved into place only when the run is complete (qgis_adapter/staged_outputs)."""

from __future__ import annotations

import functools
import traceback

from qgis.core import (
    Qgis,
    QgsProcessingAlgorithm,
    QgsProcessingDestinationParameter,
    QgsProcessingException,
    QgsProcessingOutputLayerDefinition,
    QgsProcessingParameterFeatureSink,
    QgsProcessingParameterFeatureSource,
    QgsProcessingParameterFile,
    QgsProcessingParameterMapLayer,
    QgsProcessingParameterMultipleLayers,
    QgsProcessingParameterVectorLayer,
    QgsProcessingUtils,
    QgsProperty,
    QgsVectorLayer,
)
from qgis.PyQt.QtCore import QUrl
from qgis.PyQt.QtGui import QIcon

from ..core.table_export import localise_csv
from ..i18n.help_pages import help_file
from ..i18n.labels import results_group_title
from ..i18n.translation import csv_style, tr, user_language
from ..qgis_adapter.result_styles import apply_result_style
from ..qgis_adapter.input_checks import require_geometry
from ..qgis_adapter.reading import layer_name_of
from ..qgis_adapter.staged_outputs import (
    OutputError,
    OutputStaging,
    destination_file,
    input_file,
    same_file,
    staged_writes,
    writable_folder,
)
from ..qgis_adapter.compat import source_type
from .icon import ICON_PATH


class SamplanAlgorithm(QgsProcessingAlgorithm):
    # Inputs an output may replace: results of an earlier run that this run carries forward (their reviews).
    REPLACEABLE_INPUTS: tuple[str, ...] = ()

    def __init_subclass__(cls, **kwargs):
        super().__init_subclass__(**kwargs)
        run = cls.__dict__.get("processAlgorithm")
        if run is not None:

            @functools.wraps(run)
            def processAlgorithm(self, parameters, context, feedback):
                return self._run_staged(run, parameters, context, feedback)

            cls.processAlgorithm = processAlgorithm

    # The algorithm's page among the plugin's help pages (i18n/help_pages.py), for the dialog's Help button.
    help_page = ""

    # Output parameter -> style of qgis_adapter/result_styles.py, for the layers added to the project.
    result_styles: dict[str, str] = {}

    def present_results(self, context) -> None:
        """The layers added to the project go to the group of Samplan's results, styled (before QGIS adds them)."""
        for layer_id in context.layersToLoadOnCompletion():
            details = context.layerToLoadOnCompletionDetails(layer_id)
            details.groupName = results_group_title()
            style = self.result_styles.get(details.outputName)
            if style:
                apply_result_style(QgsProcessingUtils.mapLayerFromString(layer_id, context), style)

    def helpUrl(self) -> str:
        if not self.help_page:
            return ""
        return QUrl.fromLocalFile(str(help_file(self.help_page, user_language()))).toString()

    def tr(self, text: str) -> str:
        return tr(text)

    def icon(self) -> QIcon:
        return QIcon(str(ICON_PATH))

    def createInstance(self):
        return type(self)()

    def postProcessAlgorithm(self, context, feedback):
        self.localise_csv_outputs(feedback)
        self.present_results(context)
        return {}

    def localise_csv_outputs(self, feedback) -> None:
        """CSV outputs in Swedish conventions (';', decimal comma, UTF-8 with BOM) under a Swedish locale: a Swedish
        spreadsheet then splits and reads them right. Called once the sinks are closed (in postProcessAlgorithm)."""
        style = csv_style()
        for path, numeric in getattr(self, "_csv_outputs", []):
            try:
                localise_csv(path, numeric, style)
            except (OSError, UnicodeDecodeError) as error:
                feedback.pushWarning(
                    self.tr("{0} is left as GDAL wrote it (',' and decimal points): {1}").format(path, error)
                )
        self._csv_outputs = []

    def cancelled(self) -> QgsProcessingException:
        """The error every cancelled run ends with: outputs are written only after the engine is done."""
        return QgsProcessingException(self.tr("Cancelled: no output was written."))

    def stop_if_cancelled(self, feedback) -> None:
        if feedback is not None and feedback.isCanceled():
            raise self.cancelled()

    # Outputs: checked before the run, staged while it writes, moved into place when it is done.

    def _run_staged(self, run, parameters, context, feedback):
        self.refuse_wrong_geometry_types(parameters, context)
        self.refuse_outputs_over_inputs(parameters, context)
        staging = OutputStaging()
        self._staging = staging
        try:
            with staged_writes():
                results = run(self, parameters, context, feedback)
            # The algorithm's sinks are closed now (its locals are gone): the staged files are complete.
            self.localise_csv_outputs(feedback)
            staging.publish()
        except OutputError as error:
            raise QgsProcessingException(str(error)) from None
        except BaseException as error:
            # Closes sinks and drops the QGIS sources still held by the failed run's frames, in this exception and in
            # the ones it was raised from: Python keeps the last error (sys.last_value) until it exits, after QGIS.
            seen: set[int] = set()
            chained: BaseException | None = error
            while chained is not None and id(chained) not in seen:
                seen.add(id(chained))
                traceback.clear_frames(chained.__traceback__)
                chained = chained.__cause__ or chained.__context__
            raise
        finally:
            self._staging = None
            self._csv_outputs = []
            staging.discard()
        loading = context.layersToLoadOnCompletion()
        if any(staging.final_value(key) != key for key in loading):
            context.setLayersToLoadOnCompletion({staging.final_value(key): details for key, details in loading.items()})
        return {
            key: staging.final_value(value) if isinstance(value, str) else value
            for key, value in (results or {}).items()
        }

    def parameterAsSink(self, parameters, name, context, fields, *args, **kwargs):
        """Processing's sink, but into a file beside the destination; the destination id names the destination.
        A CSV file written is remembered, to be put in the user's CSV conventions before it is moved into place."""
        staging = getattr(self, "_staging", None)
        destination = self.destination_of(parameters, name, context) if staging is not None else ""
        staged = staging.stage(destination) if staging is not None else None
        if staged is None:
            sink, dest_id = super().parameterAsSink(parameters, name, context, fields, *args, **kwargs)
            self._remember_csv(dest_id, fields)
            return sink, dest_id
        value = parameters.get(name)
        if isinstance(value, QgsProcessingOutputLayerDefinition):
            value = QgsProcessingOutputLayerDefinition(value)
            value.sink = QgsProperty.fromValue(staged)
        else:
            value = staged
        sink, dest_id = super().parameterAsSink({**parameters, name: value}, name, context, fields, *args, **kwargs)
        self._remember_csv(staged, fields)
        return sink, staging.final_value(dest_id or "")

    def destination_of(self, parameters, name, context) -> str:
        """Where an output goes, asked without side effects: QGIS's parameterAsOutputLayer also asks for the
        destination to be loaded when the run is done, which for a dialog's temporary output ("memory:<name>") is no
        layer at all (the dialog then says it was not created correctly); the sink asks for its own layer."""
        loading = dict(context.layersToLoadOnCompletion())
        destination = self.parameterAsOutputLayer(parameters, name, context)
        context.setLayersToLoadOnCompletion(loading)
        return destination

    def _remember_csv(self, written, fields) -> None:
        """A CSV file a sink writes, with its numeric columns: localise_csv_outputs rewrites it when it is complete."""
        path = written.split("|")[0] if isinstance(written, str) else ""
        if path.lower().endswith(".csv"):
            numeric = [field.name() for field in fields if field.isNumeric()]
            self._csv_outputs = [*getattr(self, "_csv_outputs", []), (path, numeric)]

    def input_files(self, parameters, context):
        """(parameter description, layer name, file, table) of every input read from a file."""
        found = []
        for definition in self.parameterDefinitions():
            key = definition.name()
            if key in self.REPLACEABLE_INPUTS or parameters.get(key) in (None, "", []):
                continue
            if isinstance(definition, QgsProcessingParameterMultipleLayers):
                layers = self.parameterAsLayerList(parameters, key, context)
            elif isinstance(definition, (QgsProcessingParameterFeatureSource, QgsProcessingParameterVectorLayer)):
                layers = [self.parameterAsVectorLayer(parameters, key, context)]
            elif isinstance(definition, QgsProcessingParameterMapLayer):
                layers = [self.parameterAsLayer(parameters, key, context)]
            elif isinstance(definition, QgsProcessingParameterFile):
                path = self.parameterAsFile(parameters, key, context)
                if path:
                    from pathlib import Path

                    found.append((definition.description(), Path(path).name, Path(path), None))
                continue
            else:
                continue
            for layer in layers:
                if layer is None:
                    continue
                path, table = input_file(layer)
                if path is not None:
                    found.append((definition.description(), table or layer.name(), path, table))
        return found

    def refuse_outputs_over_inputs(self, parameters, context) -> None:
        """An output that would replace an input's file (or its table), or go into a folder that cannot be
        written, is refused by name before anything is read."""
        inputs = None
        for definition in self.destinationParameterDefinitions():
            key = definition.name()
            if isinstance(definition, QgsProcessingParameterFeatureSink):
                destination = self.destination_of(parameters, key, context)
            elif isinstance(definition, QgsProcessingDestinationParameter) and parameters.get(key) not in (None, ""):
                destination = self.parameterAsFileOutput(parameters, key, context)
            else:
                continue
            path, table = destination_file(destination or "")
            if path is None:
                continue
            folder = writable_folder(path.absolute())
            if folder is not None:
                raise QgsProcessingException(
                    self.tr(
                        "The output '{0}' cannot be written: the folder {1} is read-only. Choose another folder."
                    ).format(definition.description(), folder)
                )
            if inputs is None:
                inputs = self.input_files(parameters, context)
            for description, layer, input_path, input_table in inputs:
                # A whole-file output replaces every table of the file; a table output replaces its table only.
                if same_file(path, input_path) and (table is None or input_table is None or table == input_table):
                    raise QgsProcessingException(
                        self.tr(
                            "The output '{0}' ({1}) would overwrite the input '{2}' (layer '{3}', {4}). Choose another file "
                            "for the output."
                        ).format(definition.description(), destination, description, layer, input_path)
                    )

    def refuse_wrong_geometry_types(self, parameters, context) -> None:
        """Every layer given for a parameter that takes only points, lines or polygons holds them (qgis_process and
        scripts pass any layer: points as the plan draft, a line layer as reporting units are refused by name)."""
        number = lambda t: t.value if hasattr(t, "value") else int(t)  # noqa: E731 - scoped enums (3.36+) or ints
        kinds = {
            number(source_type("VectorPoint")): Qgis.GeometryType.Point,
            number(source_type("VectorLine")): Qgis.GeometryType.Line,
            number(source_type("VectorPolygon")): Qgis.GeometryType.Polygon,
        }
        for definition in self.parameterDefinitions():
            key = definition.name()
            if parameters.get(key) in (None, "", []):
                continue
            if isinstance(definition, QgsProcessingParameterMultipleLayers):
                types = [definition.layerType()]
                layers = self.parameterAsLayerList(parameters, key, context)
            elif isinstance(definition, (QgsProcessingParameterFeatureSource, QgsProcessingParameterVectorLayer)):
                types = list(definition.dataTypes())
                layers = [self.parameterAsVectorLayer(parameters, key, context)]
            else:
                continue
            allowed = tuple(kinds[number(t)] for t in types if number(t) in kinds)
            if not allowed or len(allowed) < len(types):
                continue  # any geometry (or none) is fine
            for layer in layers:
                if isinstance(layer, QgsVectorLayer):
                    require_geometry(layer, layer_name_of(layer), allowed, f"'{definition.description()}'")
