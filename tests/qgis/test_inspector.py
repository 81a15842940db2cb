"""The conflict inspector's logic against a real QGIS: the sample region opened as a project, the check run
as a task, the table and its filters, selection both ways, reviews kept across re-runs and reopening, the
set-up saved in the project file, and the export read back by independent readers."""

from __future__ import annotations

import csv
import shutil
import sqlite3
from pathlib import Path

import pytest
from qgis.core import QgsProject

from samplan.core.sample_region import LAYER_SPEC
from samplan.ui.check_runner import RESULT_TABLES
from samplan.ui.conflict_inspector import ConflictInspectorDock
from samplan.ui.inspector_setup import load_from_project
from samplan.ui.sample_project import PROJECT_FILE, RESULTS_FILE, build_sample_project, sample_layer_title

from .conftest import wait_for

TITLES = {sample_layer_title(name): name for name in LAYER_SPEC}


@pytest.fixture()
def sample_project(samplan_provider, sample_region, tmp_path):
    """The sample region (a private copy, which tests may change) opened as the plugin opens it."""
    region = tmp_path / "region.gpkg"
    shutil.copy(sample_region, region)
    project = QgsProject.instance()
    build_sample_project(project, region, tmp_path)
    yield project, tmp_path
    project.clear()


@pytest.fixture()
def dock(sample_project, qgis_iface):
    project, _ = sample_project
    widget = ConflictInspectorDock(qgis_iface, project)
    yield widget
    widget.disconnect_project()
    widget.deleteLater()


def run_check(dock) -> None:
    finished = []
    assert dock.start_check()
    dock.run.finished.connect(lambda ok, message: finished.append((ok, message)))
    wait_for(lambda: bool(finished))
    assert finished[0][0], finished[0][1]


def gpkg_rows(path: Path, table: str) -> list[dict]:
    """Rows straight from the GeoPackage with sqlite3, independent of QGIS."""
    with sqlite3.connect(path) as connection:
        connection.row_factory = sqlite3.Row
        return [dict(r) for r in connection.execute(f'SELECT * FROM "{table}"')]


def all_result_rows(path: Path) -> list[dict]:
    return [row for _, table, _ in RESULT_TABLES for row in gpkg_rows(path, table)]


def test_sample_project_is_grouped_styled_and_set_up(sample_project):
    project, folder = sample_project
    assert (folder / PROJECT_FILE).exists()
    groups = [g.name() for g in project.layerTreeRoot().children()]
    assert groups == [
        "Samplan results",
        "Plan drafts",
        "Settlement",
        "Infrastructure",
        "Green-blue structure",
        "Other interests",
        "Boundaries",
        "Tables",
    ]
    plan_group = project.layerTreeRoot().children()[1]
    assert [TITLES[layer.name()] for layer in plan_group.findLayers() for layer in [layer.layer()]][:2] == [
        "plan_a_strak",
        "plan_a_omraden",
    ]
    layers = list(project.mapLayers().values())
    assert len(layers) == 26 and all(layer.renderer().type() == "singleSymbol" for layer in layers if layer.isSpatial())
    kommuner = project.mapLayersByName(sample_layer_title("kommuner"))[0]
    assert project.viewSettings().defaultViewExtent().contains(kommuner.extent())
    setup = load_from_project(project)
    assert project.mapLayer(setup.plan_layer_id).name() == sample_layer_title("plan_a_omraden")
    assert len(setup.themes) == 19 and setup.results_path == str(folder / RESULTS_FILE)


def test_inspector_run_lists_the_planted_conflicts(dock, sample_project):
    project, folder = sample_project
    run_check(dock)
    results = folder / RESULTS_FILE
    stored = all_result_rows(results)
    assert len(dock.model.rows) == len(stored) > 30
    # Gap rows have no theme feature: the planted table writes '' and 0 for it.
    shown = {
        (
            r.values["rule_id"],
            TITLES[r.values["plan_layer"]],
            r.values["plan_fid"],
            TITLES.get(r.values["theme_layer"], ""),
            r.values["theme_fid"] or 0,
        )
        for r in dock.model.rows
    }
    planted = [r for r in gpkg_rows(folder / "region.gpkg", "planterade_konflikter") if r["version"] == "A"]
    assert len(planted) == 33
    for row in planted:
        assert (
            row["rule_id"],
            row["plan_layer"],
            row["plan_fid"],
            row["theme_layer"] or "",
            row["theme_fid"] or 0,
        ) in shown, row
    # The results are in the project, styled by severity, in the Samplan group.
    group = project.layerTreeRoot().findGroup("Samplan")
    assert group is not None and len(group.findLayers()) == 3
    assert all(node.layer().renderer().type() == "categorizedSymbol" for node in group.findLayers())
    assert not list(folder.glob("*_running_*"))


def test_filters_search_and_counts(dock):
    run_check(dock)
    rows = [r.values for r in dock.model.rows]
    proxy = dock.proxy

    def shown(**filters):
        for column in proxy.FILTERED:
            proxy.set_filter(column, filters.get(column))
        return proxy.rowCount()

    for severity in ("conflict", "warning", "opportunity"):
        assert shown(severity=severity) == sum(r["severity"] == severity for r in rows)
    rule = rows[0]["rule_id"]
    assert shown(rule_id=rule) == sum(r["rule_id"] == rule for r in rows)
    assert shown(theme_role="green-blue", severity="warning") == sum(
        r["theme_role"] == "green-blue" and r["severity"] == "warning" for r in rows
    )
    municipality = next(r["municipality"] for r in rows if r["municipality"])
    assert shown(municipality=municipality) == sum(r["municipality"] == municipality for r in rows)
    assert shown(status="accepted") == 0
    shown()
    proxy.set_search("natura 2000")
    expected = sum(
        "natura 2000"
        in " ".join(
            str(r.get(c) or "") for c in ("theme_category", "message", "theme_layer", "rule_id", "basis")
        ).lower()
        for r in rows
    )
    assert proxy.rowCount() == expected > 0
    proxy.set_search("")
    counts = {s: sum(r["severity"] == s for r in rows) for s in ("conflict", "warning", "opportunity")}
    c, w, o = counts["conflict"], counts["warning"], counts["opportunity"]
    assert dock.countsLabel.text() == f"{c} of {c} conflicts · {w} of {w} warnings · {o} of {o} opportunities"
    # The combo boxes drive the same filter; the counts say how many of all are shown.
    dock.severityFilter.setCurrentIndex(dock.severityFilter.findData("conflict"))
    assert proxy.rowCount() == counts["conflict"]
    assert dock.countsLabel.text() == f"{c} of {c} conflicts · 0 of {w} warnings · 0 of {o} opportunities"
    # Sorting by area: descending order of the measure.
    proxy.sort(dock.model.COLUMNS.index("measure"), 1)
    measures = [
        proxy.data(proxy.index(r, dock.model.COLUMNS.index("measure")), dock.model.SORT_ROLE)
        for r in range(proxy.rowCount())
    ]
    assert measures == sorted(measures, reverse=True)


def test_selecting_a_row_highlights_the_features_and_the_map_selects_the_row(dock, sample_project):
    project, _ = sample_project
    run_check(dock)
    number = next(i for i, r in enumerate(dock.model.rows) if r.values["theme_fid"] is not None and r.kind == "area")
    row = dock.model.rows[number]
    dock.conflictView.selectRow(dock.proxy.mapFromSource(dock.model.index(number, 0)).row())
    plan = project.mapLayersByName(row.values["plan_layer"])[0]
    theme = project.mapLayersByName(row.values["theme_layer"])[0]
    shown = {(item.part, item.layer.id(), item.fid) for item in dock.highlights.shown}
    assert shown == {
        ("plan", plan.id(), row.values["plan_fid"]),
        ("theme", theme.id(), row.values["theme_fid"]),
        ("overlap", row.layer.id(), row.fid),
    }
    assert not plan.selectedFeatureIds() and not theme.selectedFeatureIds()  # highlighted, not selected in yellow
    canvas_extent = dock.iface.mapCanvas().extent()
    assert canvas_extent.contains(row.layer.getFeature(row.fid).geometry().boundingBox())
    assert canvas_extent.contains(plan.getFeature(row.values["plan_fid"]).geometry().boundingBox())
    # The other way: a conflict selected on the map selects its row.
    other = next(i for i, r in enumerate(dock.model.rows) if i != number and r.layer is row.layer)
    row.layer.selectByIds([dock.model.rows[other].fid])
    assert dock.selected_source_rows() == [other]


def test_reviews_persist_across_reruns_and_reopening(dock, sample_project):
    project, folder = sample_project
    run_check(dock)
    results = folder / RESULTS_FILE
    rows = dock.model.rows
    plan_layer = project.mapLayersByName(sample_layer_title("plan_a_omraden"))[0]
    moved_fid = next(
        r.values["plan_fid"] for r in rows if r.values["plan_layer"] == plan_layer.name() and r.kind == "area"
    )
    reviewed_kept = next(i for i, r in enumerate(rows) if r.values["plan_fid"] != moved_fid and r.kind == "area")
    reviewed_moved = next(
        i
        for i, r in enumerate(rows)
        if r.values["plan_fid"] == moved_fid and r.values["plan_layer"] == plan_layer.name()
    )
    kept_key, moved_key = rows[reviewed_kept].values["conflict_key"], rows[reviewed_moved].values["conflict_key"]
    dock.model.set_review(reviewed_kept, "accepted", "Kommunen har godtagit – åtgärd i detaljplan")
    dock.model.set_review(reviewed_moved, "not_a_conflict", "fel i underlaget")

    stored = {r["conflict_key"]: r for r in all_result_rows(results)}
    assert stored[kept_key]["status"] == "accepted" and stored[kept_key]["comment"].startswith("Kommunen")
    assert stored[kept_key]["reviewed_by"] and stored[kept_key]["reviewed_at"].startswith("20")

    # A new version of the draft: one plan feature moved 30 m east. Its conflicts change, the rest do not.
    assert plan_layer.startEditing()
    plan_layer.translateFeature(moved_fid, 30.0, 0.0)
    assert plan_layer.commitChanges()
    before = {r["conflict_key"] for r in stored.values()}
    run_check(dock)
    after = {r.values["conflict_key"]: r.values for r in dock.model.rows}
    assert after[kept_key]["status"] == "accepted" and after[kept_key]["is_new"] == 0
    assert after[kept_key]["comment"] == "Kommunen har godtagit – åtgärd i detaljplan"
    assert moved_key not in after
    moved_rows = [v for v in after.values() if v["plan_fid"] == moved_fid and v["plan_layer"] == plan_layer.name()]
    assert moved_rows and all(v["is_new"] == 1 and v["status"] == "open" for v in moved_rows)
    unchanged = [v for k, v in after.items() if k in before]
    assert all(v["is_new"] == 0 for v in unchanged) and len(unchanged) >= len(before) - 10
    assert all(v["is_new"] == 1 for k, v in after.items() if k not in before)

    # Closing and reopening: the project file brings back the set-up, the results and their reviews.
    setup_before = dock.current_setup()
    assert project.write()
    project_file = project.fileName()
    project.clear()
    assert dock.model.rows == []
    assert project.read(project_file)
    assert dock.current_setup() == setup_before
    reopened = {r.values["conflict_key"]: r.values for r in dock.model.rows}
    assert reopened[kept_key]["status"] == "accepted"
    assert len(reopened) == len(after)


def test_a_cancelled_or_failed_run_keeps_the_previous_results(dock, sample_project):
    project, folder = sample_project
    run_check(dock)
    results = folder / RESULTS_FILE
    before = results.read_bytes()
    dock.setup_panel.planField.setField(
        "namn"
    )  # names are no ÖP-modell categories: the check runs, but suppose it is cancelled
    finished = []
    assert dock.start_check()
    dock.run.finished.connect(lambda ok, message: finished.append((ok, message)))
    dock.cancel_check()
    wait_for(lambda: bool(finished))
    assert finished[0][0] is False
    assert results.read_bytes() == before
    assert not list(folder.glob("*_running_*"))
    # A set-up that cannot run is refused before anything starts, with what to fix.
    dock.setup_panel.planLayer.setLayer(None)
    assert dock.start_check() is False
    assert results.read_bytes() == before


def test_setup_is_saved_in_the_project_file_and_restored(dock, sample_project, tmp_path):
    project, _ = sample_project
    settlement_row = next(
        r
        for r in range(dock.setup_panel.themeTable.rowCount())
        if dock.setup_panel.themeTable.item(r, 0).text() == sample_layer_title("tatorter")
    )
    dock.setup_panel.themeTable.cellWidget(settlement_row, 1).setCurrentIndex(0)  # no longer checked
    dock.setup_panel.rulesFile.setFilePath(str(tmp_path / "egna_regler.csv"))
    wanted = dock.current_setup()
    assert all(t.layer_id != project.mapLayersByName(sample_layer_title("tatorter"))[0].id() for t in wanted.themes)
    path = tmp_path / "saved.qgz"
    assert project.write(str(path))
    project.clear()
    assert project.read(str(path))
    assert dock.current_setup() == wanted
    assert load_from_project(project) == wanted


def test_export_of_the_rows_shown(dock, tmp_path):
    import openpyxl

    run_check(dock)
    dock.severityFilter.setCurrentIndex(dock.severityFilter.findData("warning"))
    shown = dock.proxy.shown_rows()
    csv_path, xlsx_path = tmp_path / "konflikter.csv", tmp_path / "konflikter.xlsx"
    assert dock.export_to(str(csv_path)) == len(shown)
    assert dock.export_to(str(xlsx_path)) == len(shown)
    with open(csv_path, encoding="utf-8-sig", newline="") as handle:
        read = list(csv.DictReader(handle))
    assert [r["Result id"] for r in read] == [r.values["conflict_key"] for r in shown]
    assert {r["Severity"] for r in read} == {"Warning"}
    sheet = openpyxl.load_workbook(xlsx_path, read_only=True).active
    table = list(sheet.iter_rows(values_only=True))
    header = list(table[0])
    assert len(table) - 1 == len(shown)
    keys = [r[header.index("Result id")] for r in table[1:]]
    areas = [r[header.index("Area (m²)")] for r in table[1:]]
    assert keys == [r.values["conflict_key"] for r in shown]
    assert areas == pytest.approx([r.values["area_m2"] for r in shown], rel=1e-9)
    assert not list(tmp_path.glob(".*partial*"))
    # A file the writer cannot make is named in the message, and nothing is left behind.
    assert dock.export_to(str(tmp_path / "konflikter.txt")) == 0
