"""One metric-CRS rule (qgis_adapter.reading.is_metric_crs) for the algorithms and the inspector: SWEREF 99 TM
and every SWEREF 99 zone accepted (transverse Mercator is no Mercator), degrees, feet and Mercator refused."""

from __future__ import annotations

import pytest
from qgis.core import QgsCoordinateReferenceSystem, QgsProcessingException, QgsProject
from samplan.qgis_adapter.reading import is_metric_crs, require_metric_crs
from samplan.ui.check_runner import analysis_crs

# SWEREF 99 TM and the twelve SWEREF 99 local zones (12 00 ... 23 15), EPSG:3006-3018 (3006 TM, 3007-3018 zones).
SWEREF_99 = [f"EPSG:{code}" for code in range(3006, 3019)]
# WGS 84 and SWEREF 99 geographic (degrees), Web Mercator and World Mercator (stretched), a US state plane in feet.
REFUSED = ["EPSG:4326", "EPSG:4619", "EPSG:3857", "EPSG:3395", "EPSG:2227"]


@pytest.mark.parametrize("code", SWEREF_99)
def test_sweref_99_and_its_zones_are_metric(code):
    crs = QgsCoordinateReferenceSystem(code)
    assert crs.isValid() and "SWEREF99" in crs.description().replace(" ", "")
    assert is_metric_crs(crs)
    require_metric_crs(crs)  # the algorithms accept it
    project = QgsProject()
    project.setCrs(crs)
    assert analysis_crs(project).authid() == code  # and the inspector analyses in it


@pytest.mark.parametrize("code", REFUSED)
def test_degrees_feet_and_mercator_are_refused_alike(code):
    crs = QgsCoordinateReferenceSystem(code)
    assert crs.isValid()
    assert not is_metric_crs(crs)
    with pytest.raises(QgsProcessingException, match="non-metric units|Mercator"):
        require_metric_crs(crs)
    project = QgsProject()
    project.setCrs(crs)
    assert analysis_crs(project).authid() == "EPSG:3006"  # the inspector falls back to SWEREF 99 TM
