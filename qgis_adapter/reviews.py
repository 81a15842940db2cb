"""Reviews in a results layer: read them for a re-run, and write a reviewer's status and comment back.

The results layer is the store (a GeoPackage here; any writable provider works the same), so a review
survives closing QGIS and travels with the results to a colleague.
"""

from __future__ import annotations

import datetime as dt

import numpy as np
import pandas as pd
from qgis.core import QgsApplication, QgsFeatureRequest, QgsVectorLayer

from ..core.messages import some_ids
from ..core.reviews import REVIEW_COLUMNS, REVIEW_STATUSES
from ..i18n.translation import tr
from .compat import NO_GEOMETRY
from .reading import layer_name_of
from .values import none_for_null


class ReviewReadError(Exception):
    """A layer given as previous results that holds no conflicts."""


class ReviewWriteError(Exception):
    """A review that could not be stored; names the layer and the conflict."""


def read_reviews(layers: list[QgsVectorLayer]) -> pd.DataFrame:
    """conflict_key plus the review columns of every feature of the given conflict layers."""
    frames = []
    for layer in layers:
        names = layer.fields().names()
        if "conflict_key" not in names:
            raise ReviewReadError(
                tr("Layer '{0}' is not a Samplan conflicts layer: it has no field 'conflict_key'.").format(layer.name())
            )
        wanted = ["conflict_key"] + [c for c in REVIEW_COLUMNS if c in names]
        request = QgsFeatureRequest().setFlags(NO_GEOMETRY).setSubsetOfAttributes(wanted, layer.fields())
        rows, fids = [], []
        for feature in layer.getFeatures(request):
            rows.append([none_for_null(feature[c]) for c in wanted])
            fids.append(feature.id())
        frame = pd.DataFrame(rows, columns=wanted)
        if "status" in frame.columns:
            unknown = frame["status"].notna() & ~frame["status"].isin(REVIEW_STATUSES)
            if unknown.any():
                bad = frame.loc[unknown, "status"].astype(str)
                raise ReviewReadError(
                    tr(
                        "Layer '{0}', field 'status': unknown review status {1} (feature ids {2}). A review "
                        "status is one of: {3}. Correct it, or the review would be lost."
                    ).format(
                        layer_name_of(layer),
                        ", ".join(f"'{v}'" for v in dict.fromkeys(bad)),
                        some_ids(np.asarray(fids)[unknown.to_numpy()]),
                        ", ".join(REVIEW_STATUSES),
                    )
                )
        frames.append(frame)
    if not frames:
        return pd.DataFrame(columns=["conflict_key", *REVIEW_COLUMNS])
    return pd.concat(frames, ignore_index=True).reindex(columns=["conflict_key", *REVIEW_COLUMNS])


def reviewer_name() -> str:
    return QgsApplication.userFullName() or QgsApplication.userLoginName()


def write_review(layer: QgsVectorLayer, fid: int, status: str, comment: str) -> dict[str, str]:
    """Store status and comment of one conflict, with who and when, straight into the layer's data source."""
    if status not in REVIEW_STATUSES:
        raise ReviewWriteError(tr("Unknown review status '{0}'.").format(status))
    values = {
        "status": status,
        "comment": comment,
        "reviewed_by": reviewer_name(),
        "reviewed_at": dt.datetime.now(dt.timezone.utc).isoformat(timespec="seconds"),
    }
    fields = layer.fields()
    if fields.lookupField("status") < 0:
        raise ReviewWriteError(tr("Layer '{0}' has no field 'status' to hold reviews.").format(layer.name()))
    changes = {fields.lookupField(name): value for name, value in values.items() if fields.lookupField(name) >= 0}
    if layer.isEditable():
        ok = all(layer.changeAttributeValue(fid, index, value) for index, value in changes.items())
    else:
        ok = layer.dataProvider().changeAttributeValues({fid: changes})
    if not ok:
        raise ReviewWriteError(
            tr("The review of conflict {0} could not be saved in layer '{1}': {2}").format(
                fid, layer.name(), "; ".join(layer.dataProvider().errors()) or tr("the data source refused it")
            )
        )
    layer.triggerRepaint()
    return values
