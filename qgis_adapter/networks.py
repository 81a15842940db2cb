"""QGIS layers in for the network algorithms: lines with speed, class, one-way and grade-separation fields, and
points (or polygons, read as a point inside each) with a value field."""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np
import shapely
from qgis.core import (
    QgsCoordinateReferenceSystem,
    QgsCoordinateTransformContext,
    QgsFeatureSource,
    QgsProcessingException,
)

from ..core.features import FeatureTable
from ..core.input_checks import NumberTextError, number_from_text
from ..core.messages import Message, some_ids
from ..core.network import Network, build_network, parse_class_speeds, speeds_from_classes
from ..core.progress import Progress
from ..i18n.translation import tr
from .progress import localised
from .reading import read_feature_table

_FALSE = {"", "0", "no", "nej", "false", "f", "n", "0.0"}
_FORWARD = {"yes", "ja", "true", "1", "y", "j", "f", "ft", "forward"}
_BACKWARD = {"-1", "reverse", "backward", "t", "tf", "b"}


def flags(values) -> np.ndarray:
    """Grade separation: any value but empty, 0, no, nej, false counts (bro=1, bridge=yes, tunnel=yes, layer=1)."""
    return np.array([v is not None and str(v).strip().casefold() not in _FALSE for v in values], dtype=bool)


def oneway_codes(values) -> np.ndarray:
    """One-way: yes/ja/true/1/F → along the line, -1/reverse/T → against it, anything else → both ways."""
    result = np.zeros(len(values), dtype=np.int8)
    for i, v in enumerate(values):
        text = "" if v is None else str(v).strip().casefold()
        if text.endswith(".0"):
            text = text[:-2]
        result[i] = 1 if text in _FORWARD else (-1 if text in _BACKWARD else 0)
    return result


def numbers(values, layer_name: str, field: str, fids=None, non_negative: bool = False) -> np.ndarray:
    """Numbers from a field (text fields too, as people write them: "12 000", "12,5"); NaN where empty. Text that
    is no number or reads two ways ("12,000"), and with `non_negative` a negative value, is refused by feature id."""
    result = np.full(len(values), np.nan)
    fids = np.arange(len(values)) if fids is None else np.asarray(fids)
    for i, v in enumerate(values):
        if v is None:
            continue
        try:
            result[i] = number_from_text(v) if isinstance(v, str) else float(v)
        except NumberTextError as error:
            raise QgsProcessingException(
                tr(
                    "Layer '{0}', field '{1}', feature {2}: {3}. Write the number without "
                    "thousands separators (12000) or make the field numeric."
                ).format(layer_name, field, int(fids[i]), localised(Message(*error.args)))
            ) from None
        except (TypeError, ValueError):
            raise QgsProcessingException(
                tr("Layer '{0}', field '{1}', feature {2}: '{3}' is not a number.").format(
                    layer_name, field, int(fids[i]), v
                )
            ) from None
    result[np.isinf(result)] = np.nan
    if non_negative and np.any(result < 0):
        negative = fids[result < 0]
        raise QgsProcessingException(
            tr("Layer '{0}', field '{1}': {2} feature(s) have a negative value (feature ids {3}).").format(
                layer_name, field, len(negative), some_ids(negative)
            )
        )
    return result


@dataclass
class NetworkInputs:
    """Per feature of the network layer: speed (None: distances only), one-way code, grade separation, class."""

    speed: np.ndarray | None
    oneway: np.ndarray | None
    grade: np.ndarray | None
    classes: np.ndarray

    @property
    def has_time(self) -> bool:
        return self.speed is not None


def network_inputs(
    table: FeatureTable,
    layer_name: str,
    progress: Progress,
    speed_field: str | None,
    class_field: str | None,
    class_speeds_text: str,
    default_speed: float,
    oneway_field: str | None,
    grade_field: str | None,
) -> NetworkInputs:
    try:
        class_speeds = parse_class_speeds(class_speeds_text)
    except ValueError as bad:
        raise QgsProcessingException(
            tr("Speeds by class: '{0}' is not 'class=km/h' with a positive speed.").format(bad)
        ) from None
    has_time = bool(speed_field) or bool(class_speeds)
    classes = table.attributes[class_field] if class_field else np.full(len(table), "", dtype=object)
    own = (
        numbers(table.attributes[speed_field], layer_name, speed_field, table.fids, non_negative=True)
        if speed_field
        else None
    )
    speed = speeds_from_classes(classes, own, class_speeds, default_speed) if has_time else None
    if has_time and class_speeds and class_field:
        known = {k.casefold() for k in class_speeds}
        unknown = sorted({str(c) for c in classes if c is not None and str(c).strip().casefold() not in known})
        if unknown:
            progress.warning(
                tr("Layer '{0}': classes without a speed get {1} km/h unless the feature has its own: {2}.").format(
                    layer_name, default_speed, ", ".join(unknown[:10])
                )
            )
    oneway = oneway_codes(table.attributes[oneway_field]) if oneway_field else None
    if oneway is not None and len(oneway) > 1 and np.all(oneway != 0):
        progress.warning(
            tr(
                "Layer '{0}', field '{1}': every line is one-way. Check the field's values (yes, 1 or F: along the line; "
                "-1 or T: against it; anything else: both ways); routes exist only where the one-way lines form "
                "circuits."
            ).format(layer_name, oneway_field)
        )
    grade = flags(table.attributes[grade_field]) if grade_field else None
    return NetworkInputs(speed, oneway, grade, classes)


def read_network(
    source: QgsFeatureSource,
    layer_name: str,
    crs: QgsCoordinateReferenceSystem,
    transform_context: QgsCoordinateTransformContext,
    progress: Progress,
    tolerance: float,
    speed_field: str | None,
    class_field: str | None,
    class_speeds_text: str,
    default_speed: float,
    oneway_field: str | None,
    grade_field: str | None,
    apart_fields: tuple[str, ...] = (),
) -> tuple[Network, NetworkInputs, FeatureTable]:
    """The network graph of a line layer, what was read per feature, and the features. Links of features that differ
    in any of `apart_fields` are never merged into one stretch (merge_stretches)."""
    wanted = tuple(f for f in (speed_field, class_field, oneway_field, grade_field, *apart_fields) if f)
    table, _ = read_feature_table(
        source,
        layer_name,
        "network",
        None,
        crs,
        transform_context,
        progress,
        name_when_empty=False,
        extra_fields=tuple(dict.fromkeys(wanted)),
    )
    inputs = network_inputs(
        table,
        layer_name,
        progress,
        speed_field,
        class_field,
        class_speeds_text,
        default_speed,
        oneway_field,
        grade_field,
    )
    if len(table) and not np.all(np.isin(shapely.get_type_id(table.geometries), (1, 5))):
        raise QgsProcessingException(tr("Layer '{0}' must hold lines.").format(layer_name))
    apart = None
    if apart_fields:
        apart = np.empty(len(table), dtype=object)
        apart[:] = list(zip(*(["" if v is None else str(v) for v in table.attributes[f]] for f in apart_fields)))
    network = build_network(
        table.fids,
        table.geometries,
        tolerance,
        inputs.speed,
        inputs.oneway,
        inputs.grade,
        inputs.classes,
        progress,
        apart_key=apart,
    )
    return network, inputs, table


def read_points(
    source: QgsFeatureSource,
    layer_name: str,
    crs: QgsCoordinateReferenceSystem,
    transform_context: QgsCoordinateTransformContext,
    progress: Progress,
    value_field: str | None = None,
    key_field: str | None = None,
    extra: tuple[str, ...] = (),
):
    """(table, points, values): one point per feature (a point inside each polygon or on each line), and the value field."""
    wanted = tuple(dict.fromkeys(f for f in (value_field, *extra) if f))
    table, _ = read_feature_table(
        source,
        layer_name,
        "points",
        None,
        crs,
        transform_context,
        progress,
        name_when_empty=False,
        key_field=key_field,
        extra_fields=wanted,
    )
    points = shapely.point_on_surface(table.geometries) if len(table) else np.empty(0, dtype=object)
    values = (
        numbers(table.attributes[value_field], layer_name, value_field, table.fids, non_negative=True)
        if value_field
        else np.ones(len(table))
    )
    empty = np.isnan(values)
    if empty.any():
        progress.warning(
            tr("Layer '{0}', field '{1}': {2} feature(s) have no value and count as 0 (feature ids {3}).").format(
                layer_name, value_field, int(empty.sum()), some_ids(table.fids[empty])
            )
        )
        values = np.where(empty, 0.0, values)
    return table, points, values
