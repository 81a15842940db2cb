"""samplan:fragmentation on real data: Dalarna's 15 municipalities cut by its bus lines, against the native-algorithm chain."""

from __future__ import annotations

import pytest
from qgis.core import QgsVectorLayer

import processing

from ..conftest import SHARED_DATA
from ..reference.native_mesh import native_mesh

DALARNA = SHARED_DATA / "dalarna.gpkg"
pytestmark = pytest.mark.skipif(not DALARNA.exists(), reason=f"real data not found at {DALARNA}")


def test_dalarna_bus_lines_as_barriers_match_native_chain(samplan_provider):
    units = QgsVectorLayer(f"{DALARNA}|layername=kommuner", "kommuner", "ogr")
    lines = f"{DALARNA}|layername=busslinjer"
    # The bus lines have no 'kategori' field: each is its layer's name, 'busslinjer', 30 m wide.
    result = processing.run(
        "samplan:fragmentation",
        {
            "UNITS": units,
            "UNIT_FIELD": "name",
            "BARRIER_LINES": [lines],
            "CATEGORY_FIELD": "kategori",
            "WIDTHS": "busslinjer=30",
            "CRS": "EPSG:3006",
            "OUTPUT": "TEMPORARY_OUTPUT",
            "CUTS": "TEMPORARY_OUTPUT",
        },
    )
    rows = {f["unit"]: f for f in result["OUTPUT"].getFeatures()}
    reference = native_mesh(units, "name", [lines], [], {}, 30.0)
    assert len(rows) == 15 and set(rows) == set(reference)
    for name, row in rows.items():
        assert row["m_eff_before_km2"] == pytest.approx(reference[name][0], rel=1e-3), name
        assert row["m_eff_cbc_before_km2"] == pytest.approx(reference[name][1], rel=1e-3), name
        # Cross-boundary connections never make the mesh smaller than cutting it out at the border.
        assert row["m_eff_cbc_before_km2"] >= row["m_eff_before_km2"] - 1e-9
