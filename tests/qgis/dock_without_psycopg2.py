"""Run by test_inspector_without_psycopg2.py in a Python where `import psycopg2` fails (a sitecustomize on
PYTHONPATH blocks it); not collected on its own (its name does not start with test_). QGIS's own Processing plugin
imports psycopg2, so these fixtures run Samplan's algorithms through the registry alone, as the dock does."""

from __future__ import annotations

import os

import pytest
from qgis.core import QgsApplication, QgsProcessingContext, QgsProcessingFeedback, QgsProject
from qgis.PyQt.QtCore import Qt

from samplan.ui.conflict_inspector import ConflictInspectorDock
from samplan.ui.inspector_setup_panel import POSTGIS
from samplan.ui.sample_project import build_sample_project

from .conftest import ensure_provider
from .test_inspector import gpkg_rows, run_check


@pytest.fixture()
def sample_project(qgis_app, tmp_path):
    ensure_provider()
    region = tmp_path / "region.gpkg"
    algorithm = QgsApplication.processingRegistry().createAlgorithmById("samplan:sampleregion")
    _results, ok = algorithm.run(
        {"SEED": 2026, "SCALE": 1, "OUTPUT": str(region)}, QgsProcessingContext(), QgsProcessingFeedback()
    )
    assert ok and region.exists()
    project = QgsProject.instance()
    build_sample_project(project, region, tmp_path)
    yield project, tmp_path
    project.clear()


@pytest.fixture()
def dock(sample_project, qgis_iface):
    widget = ConflictInspectorDock(qgis_iface, sample_project[0])
    yield widget
    widget.disconnect_project()
    widget.deleteLater()


def test_the_dock_checks_the_sample_region_and_only_postgis_is_off(dock, sample_project):  # noqa: F811
    assert os.environ.get("SAMPLAN_PSYCOPG2_BLOCKED") == "1"
    with pytest.raises(ImportError):
        import psycopg2  # noqa: F401
    panel = dock.setup_panel
    combo = panel.storageCombo
    postgis = combo.findData(POSTGIS)
    assert postgis >= 0 and not combo.model().item(postgis).isEnabled()
    reason = combo.itemData(postgis, Qt.ItemDataRole.ToolTipRole)
    assert "psycopg2" in reason and "psycopg2" in combo.toolTip()
    assert not panel.postgis_chosen() and combo.currentIndex() != postgis
    run_check(dock)
    # Every conflict planted in draft A is listed (the region's own table of them, read with sqlite3).
    shown = {(row.values["rule_id"], row.values["plan_fid"], row.values["theme_fid"] or 0) for row in dock.model.rows}
    planted = [r for r in gpkg_rows(sample_project[1] / "region.gpkg", "planterade_konflikter") if r["version"] == "A"]
    assert len(planted) == 33
    assert {(r["rule_id"], r["plan_fid"], r["theme_fid"] or 0) for r in planted} <= shown
    assert dock.proxy.rowCount() == len(dock.model.rows) > 20
    assert dock.tabs.currentWidget() is dock.resultsTab
    dock.conflictView.selectRow(0)
    dock.statusCombo.setCurrentIndex(dock.statusCombo.findData("accepted"))
    dock.save_review()  # a GeoPackage review: saved at once, no database
    assert dock.model.rows[dock.selected_source_rows()[0]].values["status"] == "accepted"
    assert not dock.session.active
