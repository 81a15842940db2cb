"""Attribute values read from QGIS as plain Python: the one place that tests for QGIS's NULL."""

from __future__ import annotations

from qgis.core import QgsVariantUtils

# Values of these types are never NULL: they skip the (slower) conversion to a QVariant for QGIS's own test.
_NEVER_NULL = (str, int, float)


def none_for_null(value: object) -> object:
    """The value, or None where QGIS reads it as NULL (None, a NULL QVariant, a null date or time)."""
    if type(value) in _NEVER_NULL:
        return value
    return None if QgsVariantUtils.isNull(value) else value
