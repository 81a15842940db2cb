"""Reading the inputs the green-blue, comparison and report algorithms share: layer lists, single layers,
reporting units. Each returns engine FeatureTables in the analysis CRS, read through the adapter."""

from __future__ import annotations

from qgis.core import QgsProcessingException, QgsProcessingParameterMultipleLayers, QgsVectorLayer

from ..core.messages import some_ids
from ..core.categories import CategoryMappingError, read_category_mapping
from ..core.rules import ROLE_LAYERS_LABELS, ROLE_PARAMETERS, THEME_ROLES, RuleSetError, read_rule_set
from ..i18n.labels import role_label
from ..i18n.translation import tr
from ..qgis_adapter.progress import FeedbackProgress, localised
from ..qgis_adapter.reading import layer_name_of, read_feature_table
from ..qgis_adapter.compat import NO_GEOMETRY_CHECK, source_type

NAME_FIELDS = ("kommunnamn", "kommun", "namn", "name", "kn_namn")


def add_theme_parameters(algorithm) -> None:
    """The four theme-layer parameters, one per theme role (core/rules.py), named by ROLE_PARAMETERS."""
    for role in THEME_ROLES:
        algorithm.addParameter(
            QgsProcessingParameterMultipleLayers(
                ROLE_PARAMETERS[role], tr(ROLE_LAYERS_LABELS[role]), source_type("VectorAnyGeometry"), optional=True
            )
        )


def source_as_is(algorithm, parameters, key, context):
    """The source without Processing's invalid-geometry filter: the adapter repairs and counts them instead."""
    check = context.invalidGeometryCheck()
    context.setInvalidGeometryCheck(NO_GEOMETRY_CHECK)
    try:
        return algorithm.parameterAsSource(parameters, key, context)
    finally:
        context.setInvalidGeometryCheck(check)


def layer_name(algorithm, parameters, key, context, fallback: str | None = None) -> str:
    """The name of the layer given for a parameter (its key in lower case, or the fallback, when it is no layer)."""
    layer = algorithm.parameterAsVectorLayer(parameters, key, context)
    return layer_name_of(layer) if layer is not None else (fallback or key.lower())


def read_layer(
    algorithm,
    parameters,
    key,
    context,
    crs,
    role,
    category_field,
    feedback,
    required=False,
    category_required=False,
    name_when_empty=True,
    key_field=None,
):
    """One feature source parameter as a FeatureTable (None when it is optional and not given)."""
    source = source_as_is(algorithm, parameters, key, context)
    if source is None:
        if required:
            raise QgsProcessingException(algorithm.invalidSourceError(parameters, key))
        return None
    name = layer_name(algorithm, parameters, key, context)
    if key_field and source.fields().lookupField(key_field) < 0:
        key_field = None
    table, _ = read_feature_table(
        source,
        name,
        role,
        category_field,
        crs,
        context.transformContext(),
        FeedbackProgress(feedback),
        category_required=category_required,
        name_when_empty=name_when_empty,
        key_field=key_field,
    )
    return table


def read_layer_list(
    algorithm,
    parameters,
    key,
    context,
    crs,
    role,
    category_field,
    feedback,
    layers=None,
    category_required=False,
    name_when_empty=True,
):
    """Every layer of a multiple-layer parameter (or the given layers) as FeatureTables; the category is the
    field's value where the layer has that field, else the layer's name (with `category_required` a layer
    without the field is refused; without `name_when_empty` an empty value stays empty)."""
    layers = algorithm.parameterAsLayerList(parameters, key, context) if layers is None else layers
    tables = []
    for layer in layers:
        if not isinstance(layer, QgsVectorLayer):
            raise QgsProcessingException(tr("Layer '{0}' is not a vector layer.").format(layer.name()))
        name = layer_name_of(layer)
        table, report = read_feature_table(
            layer,
            name,
            role,
            category_field,
            crs,
            context.transformContext(),
            FeedbackProgress(feedback),
            category_required=category_required,
            name_when_empty=name_when_empty,
        )
        if report.read:
            feedback.pushInfo(tr("{0} ({1}): {2} features read.").format(name, role_label(role), report.read))
        tables.append(table)
    return tables


def read_units(algorithm, parameters, key, field_key, context, crs, feedback):
    """Municipalities (or other reporting units) named by the chosen text field, else the first name-like one."""
    source = source_as_is(algorithm, parameters, key, context)
    if source is None:
        return None
    fields = source.fields()
    name = layer_name(algorithm, parameters, key, context, "municipalities")
    chosen = algorithm.parameterAsString(parameters, field_key, context) or None
    if not chosen:
        preferred = [n for n in NAME_FIELDS if fields.lookupField(n) >= 0]
        text_fields = [f.name() for f in fields if not f.isNumeric() and not f.isDateOrTime()]
        chosen = (preferred or text_fields or [None])[0]
        if chosen is None:
            raise QgsProcessingException(
                tr(
                    "Municipalities layer '{0}' has no text field to name the municipalities; "
                    "choose the municipality name field."
                ).format(name)
            )
        feedback.pushInfo(tr("Municipalities layer '{0}': names taken from the field '{1}'.").format(name, chosen))
    table, _ = read_feature_table(
        source,
        name,
        "boundaries",
        chosen,
        crs,
        context.transformContext(),
        FeedbackProgress(feedback),
        category_required=True,
        name_when_empty=False,
    )
    unnamed = table.fids[[c is None or str(c).strip() == "" for c in table.categories]]
    if len(unnamed):
        # Without a name the people and areas there would drop out of every figure per unit.
        raise QgsProcessingException(
            tr(
                "Layer '{0}': {1} unit(s) have no name in the field '{2}' (feature ids {3}). Name them, "
                "or choose another name field."
            ).format(name, len(unnamed), chosen, some_ids(unnamed))
        )
    return table


def read_rules(path):
    """The rule set (the bundled default when no path is given); a bad file is refused with its line and column."""
    try:
        return read_rule_set(path or None)
    except RuleSetError as error:
        raise QgsProcessingException(tr("The rule set cannot be used: {0}").format(localised(error))) from None


def read_mapping(path):
    """The mapping of a draft's own category words onto ÖP-modell categories ({} without a file)."""
    try:
        return read_category_mapping(path) if path else {}
    except CategoryMappingError as error:
        raise QgsProcessingException(tr("The category mapping cannot be used: {0}").format(localised(error))) from None
