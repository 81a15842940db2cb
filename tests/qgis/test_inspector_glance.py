"""The inspector at a glance: the picked conflict in one line (numbers in the locale's format), its plan feature,
theme feature and overlap drawn three distinct ways, the PostGIS controls only with PostGIS, an empty rule set
field that says the bundled default is used, a theme table that keeps several rows in a short dock."""

from __future__ import annotations

import pytest
from qgis.PyQt.QtCore import QCoreApplication, QLocale
from qgis.PyQt.QtGui import QColor
from samplan.ui.conflict_highlights import STYLES
from samplan.ui.conflict_summary import describe

from .test_inspector import dock, run_check, sample_project  # noqa: F401 - fixtures

SWEDISH = QLocale(QLocale.Language.Swedish, QLocale.Country.Sweden)
ENGLISH = QLocale(QLocale.Language.English, QLocale.Country.UnitedKingdom)
NATURA = {
    "plan_key": "A-02",
    "plan_category": "Utbyggnadsområde",
    "plan_fid": 7,
    "relation": "overlaps",
    "theme_category": "Natura 2000",
    "theme_key": "Kvarnskogen",
    "theme_layer": "Skyddad natur",
    "area_m2": 1_823_456.0,
    "share": 0.5812,
    "basis": "MB 7 kap. 28 a §",
}


def test_the_one_line_description_in_swedish_and_english_number_formats():
    # 1 823 456 m² = 1.823456 km² -> 1,82; share 0.5812 -> 58 % (whole per cents from 10 % up).
    assert (
        describe(NATURA, "area", SWEDISH) == "A-02 overlaps Natura 2000 Kvarnskogen, 1,82 km² (58 %), MB 7 kap. 28 a §"
    )
    assert (
        describe(NATURA, "area", ENGLISH) == "A-02 overlaps Natura 2000 Kvarnskogen, 1.82 km² (58 %), MB 7 kap. 28 a §"
    )
    # 45 000 m² = 4.5 ha; a share of 0.034 = 3.4 % (one decimal below 10 %); no plan key: category and feature id.
    small = NATURA | {"plan_key": None, "area_m2": 45_000.0, "share": 0.034}
    assert (
        describe(small, "area", SWEDISH)
        == "Utbyggnadsområde (feature 7) overlaps Natura 2000 Kvarnskogen, 4,5 ha (3,4 %), MB 7 kap. 28 a §"
    )
    # Thousands grouped with the Swedish separator (a no-break space): 1 234 567 km².
    huge = NATURA | {"area_m2": 1_234_567 * 1_000_000.0, "share": None}
    assert (
        describe(huge, "area", SWEDISH)
        == "A-02 overlaps Natura 2000 Kvarnskogen, 1\u00a0234\u00a0567,00 km², MB 7 kap. 28 a §"
    )
    # A corridor within 100 m of a watercourse, 2 500 m of it: 2,50 km.
    line = {
        "plan_key": "L-1",
        "relation": "within_distance",
        "distance_m": 100.0,
        "theme_category": "Vattendrag",
        "length_m": 2500.0,
        "basis": "MB 7 kap. 13 §",
    }
    assert describe(line, "line", SWEDISH) == "L-1 lies within 100 m of Vattendrag, 2,50 km, MB 7 kap. 13 §"


def test_the_picked_conflict_is_described_and_drawn_three_distinct_ways(dock):  # noqa: F811
    run_check(dock)
    number = next(i for i, r in enumerate(dock.model.rows) if r.values["theme_fid"] is not None and r.kind == "area")
    row = dock.model.rows[number]
    dock.conflictView.selectRow(dock.proxy.mapFromSource(dock.model.index(number, 0)).row())
    text = dock.conflictSummary.text()
    assert text == describe(row.values, "area")
    assert row.values["theme_category"] in text and text.endswith(row.values["basis"])
    # The measure as QLocale writes it, computed here from the stored area: km², ha or m².
    area = row.values["area_m2"]
    expected = (
        f"{QLocale().toString(area / 1e6, 'f', 2)} km²"
        if area >= 1e6
        else f"{QLocale().toString(area / 1e4, 'f', 1)} ha"
        if area >= 1e4
        else f"{QLocale().toString(area, 'f', 0)} m²"
    )
    assert expected in text
    parts = {item.part: item for item in dock.highlights.shown}
    assert set(parts) == {"plan", "theme", "overlap"}
    outlines = {QColor(STYLES[p][0]).rgb() for p in parts}
    assert len(outlines) == 3  # three colours
    # The two features are outlines only (what lies under them stays visible); the overlap is filled, half see-through,
    # and drawn last, on top of both.
    assert QColor(STYLES["plan"][1]).alpha() == 0 and QColor(STYLES["theme"][1]).alpha() == 0
    assert 0 < QColor(STYLES["overlap"][1]).alpha() < 255
    assert [item.part for item in dock.highlights.shown][-1] == "overlap"
    assert all(item.highlight.isVisible() for item in dock.highlights.shown)
    # The zoom keeps context: wider than the plan feature and the overlap together.
    plan = parts["plan"].layer.getFeature(parts["plan"].fid).geometry().boundingBox()
    plan.combineExtentWith(row.layer.getFeature(row.fid).geometry().boundingBox())
    extent = dock.iface.mapCanvas().extent()
    assert extent.contains(plan) and extent.width() > 1.5 * plan.width()


def test_postgis_controls_only_when_postgis_is_chosen_and_the_default_rule_set_is_said(dock):  # noqa: F811
    panel = dock.setup_panel
    gpkg_only = (panel.resultsFile, panel.resultsLabel)
    postgis_only = (
        panel.resultsConnection,
        panel.resultsSchema,
        panel.sharedLabel,
        dock.refreshButton,
        dock.historyButton,
    )
    assert panel.storageCombo.currentData() == "gpkg"
    assert all(not w.isHidden() for w in gpkg_only) and all(w.isHidden() for w in postgis_only)
    panel.storageCombo.setCurrentIndex(panel.storageCombo.findData("postgis"))
    assert all(w.isHidden() for w in gpkg_only) and all(not w.isHidden() for w in postgis_only)
    panel.storageCombo.setCurrentIndex(panel.storageCombo.findData("gpkg"))
    assert all(not w.isHidden() for w in gpkg_only) and all(w.isHidden() for w in postgis_only)
    assert not dock.current_setup().shared
    # An empty rule set field says what happens.
    assert panel.rulesFile.filePath() == ""
    assert "default" in panel.rulesFile.lineEdit().placeholderText()


@pytest.mark.parametrize("height", [320])
def test_the_theme_table_keeps_several_rows_in_a_short_dock(dock, height):  # noqa: F811
    dock.show()
    dock.resize(380, height)
    for _ in range(5):
        QCoreApplication.processEvents()
    table = dock.setup_panel.themeTable
    assert table.rowCount() > 3
    assert table.height() >= 4 * table.verticalHeader().defaultSectionSize()  # the set-up scrolls instead
    dock.hide()


@pytest.mark.parametrize("width", [400, 478])  # 478: the dock's width beside the map in the desktop screenshot
def test_the_columns_fit_the_dock_and_size_severity_and_status_are_whole(dock, width):  # noqa: F811
    dock.show()
    dock.resize(width, 700)
    for _ in range(5):
        QCoreApplication.processEvents()
    run_check(dock)
    for _ in range(5):
        QCoreApplication.processEvents()
    view, model = dock.conflictView, dock.model
    header = view.horizontalHeader()
    shown = [c for c in range(model.columnCount()) if not view.isColumnHidden(c)]
    assert [model.COLUMNS[c] for c in shown] == [
        "severity",
        "rule_id",
        "plan_category",
        "theme_category",
        "measure",
        "status",
    ]
    # Together no wider than the table: nothing to scroll to sideways.
    assert sum(header.sectionSize(c) for c in shown) <= view.viewport().width()
    assert view.horizontalScrollBar().maximum() == 0
    # The size, severity and status of every row fit their column whole (the text's width in the view's font, and
    # the cell's margins: Qt's item delegate keeps the focus frame margin + 1 on each side).
    metrics = view.fontMetrics()
    margin = 2 * (view.style().pixelMetric(view.style().PixelMetric.PM_FocusFrameHMargin, None, view) + 1)
    for name in ("severity", "measure", "status"):
        column = model.COLUMNS.index(name)
        widest = max(metrics.horizontalAdvance(str(model.index(r, column).data())) for r in range(model.rowCount()))
        assert header.sectionSize(column) >= widest + margin, name
    # A review with a longer status ("Not a conflict"): its column grows to show it whole; the table still fits.
    dock.conflictView.selectRow(0)
    dock.statusCombo.setCurrentIndex(dock.statusCombo.findData("not_a_conflict"))
    dock.save_review()
    status = model.COLUMNS.index("status")
    reviewed = model.index(dock.selected_source_rows()[0], status).data()
    assert reviewed.startswith("Not a conflict")
    assert header.sectionSize(status) >= metrics.horizontalAdvance(reviewed) + margin
    assert sum(header.sectionSize(c) for c in shown) <= view.viewport().width()
    # A wider dock: the columns follow (they were not sized by hand).
    before = header.sectionSize(model.COLUMNS.index("theme_category"))
    dock.resize(width + 300, 700)
    for _ in range(5):
        QCoreApplication.processEvents()
    assert header.sectionSize(model.COLUMNS.index("theme_category")) > before
    dock.hide()


def test_counts_say_shown_of_all_legends_and_numbers_in_one_language(dock, sample_project):  # noqa: F811
    from samplan.i18n.translation import install_translator, remove_translators

    from samplan.ui.sample_project import RESULTS_FILE

    from .test_inspector import all_result_rows

    _project, folder = sample_project
    assert install_translator("sv")
    try:
        run_check(dock)
        stored = all_result_rows(folder / RESULTS_FILE)  # read with sqlite3
        total = {s: sum(r["severity"] == s for r in stored) for s in ("conflict", "warning", "opportunity")}
        assert all(total.values()) and total["warning"] > 1 and total["opportunity"] > 1
        dock.severityFilter.setCurrentIndex(dock.severityFilter.findData("conflict"))
        c, w, o = total["conflict"], total["warning"], total["opportunity"]
        assert dock.countsLabel.text() == f"{c} av {c} konflikter · 0 av {w} varningar · 0 av {o} möjligheter"
        dock.severityFilter.setCurrentIndex(0)
        assert dock.countsLabel.text() == f"{c} av {c} konflikter · {w} av {w} varningar · {o} av {o} möjligheter"
        # The legends of the result layers: Swedish alone.
        group = dock.project.layerTreeRoot().findGroup("Samplan")
        labels = {category.label() for node in group.findLayers() for category in node.layer().renderer().categories()}
        assert labels == {"Konflikt", "Varning", "Möjlighet"}
        # Numbers as Swedish writes them (a decimal comma), in the size column as in the line above the table.
        column = dock.model.COLUMNS.index("measure")
        big = next(i for i, r in enumerate(dock.model.rows) if r.kind == "area" and r.values["area_m2"] >= 1e6)
        text = f"{SWEDISH.toString(dock.model.rows[big].values['area_m2'] / 1e6, 'f', 2)} km²"
        assert "," in text and dock.model.index(big, column).data() == text
    finally:
        remove_translators()
