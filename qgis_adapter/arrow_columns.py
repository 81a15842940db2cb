"""Columns of GDAL's Arrow stream (Layer.GetArrowStreamAsNumPy) as plain Python values; GDAL and numpy only, so
safe in any thread."""

from __future__ import annotations

import numpy as np
from osgeo import ogr

# Field types whose Arrow columns come out as the values OGR's Feature.GetField and QGIS give.
PLAIN_FIELD_TYPES = frozenset({ogr.OFTString, ogr.OFTInteger, ogr.OFTInteger64, ogr.OFTReal})


def python_values(column: np.ndarray) -> np.ndarray:
    """A column of an Arrow batch as Python values (str, int, float, bytes), None where null."""
    mask = np.ma.getmaskarray(column)
    data = np.ma.getdata(column)
    if data.dtype.kind == "S":
        # Each distinct text decoded once (categories repeat); no sorting, which long unique texts make slow.
        decoded: dict[bytes, str] = {}
        values = np.empty(len(data), dtype=object)
        values[:] = [decoded[b] if b in decoded else decoded.setdefault(b, b.decode("utf-8")) for b in data.tolist()]
    elif data.dtype.kind == "V":
        values = np.empty(len(data), dtype=object)
        values[:] = data.tolist()
    else:
        values = data.astype(object)
    if mask.any():
        values[mask] = None
    return values
