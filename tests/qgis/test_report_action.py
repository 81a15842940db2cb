"""'Report…' in the conflict inspector: the report pre-filled from the inspector's latest results, plan draft,
municipalities and reviews, run for real; and the consultation table from the reviews saved in the dock."""

from __future__ import annotations

import subprocess
import unicodedata

import openpyxl
from qgis.core import QgsVectorLayer
from samplan.core.rules import read_rule_set
from samplan.ui.report_action import (
    create_report,
    export_for_consultation,
    report_parameters,
    results_with_current_reviews,
)

import processing

from .conftest import RecordingFeedback
from .test_inspector import dock, run_check, sample_project  # noqa: F401  (fixtures)

COMMENT = "Utreds vidare med kommunen inför utställningen"


def test_report_from_the_inspector_holds_its_results_draft_and_reviews(dock, tmp_path):  # noqa: F811
    assert (
        create_report(dock) is None
    )  # nothing to report before a run (the Processing dialog needs the desktop's iface)
    run_check(dock)
    # A review saved in the dock, on the first conflict in the table.
    number = next(i for i, row in enumerate(dock.model.rows) if row.values["severity"] == "conflict")
    dock.model.set_review(number, "accepted", COMMENT)
    assert dock.reportButton.menu().actions()  # the dock's button carries the menu

    parameters = report_parameters(dock)
    assert parameters["CONFLICTS"] == dock.result_layers and len(parameters["CONFLICTS"]) == 3
    assert parameters["PLAN"].id() == dock.current_setup().plan_layer_id
    assert parameters["DRAFT_NAME"] == parameters["PLAN"].name()
    assert parameters["MUNICIPALITIES"].id() == dock.current_setup().municipality_layer_id
    assert parameters["RULES_USED"].endswith("layername=regler") and parameters["RUN_INFO"].endswith(
        "layername=korning"
    )
    backgrounds = {layer.name() for layer in parameters["BACKGROUND"]}
    assert backgrounds and not backgrounds & {layer.name() for layer in dock.result_layers}

    pdf = tmp_path / "rapport.pdf"
    processing.run(
        "samplan:report",
        {**parameters, "LANGUAGE": 0, "OUTPUT_HTML": str(tmp_path / "rapport.html"), "OUTPUT_PDF": str(pdf)},
        feedback=RecordingFeedback(),
    )
    text = unicodedata.normalize(
        "NFKC", subprocess.run(["pdftotext", str(pdf), "-"], capture_output=True, text=True, check=True).stdout
    )
    flat = " ".join(text.split())
    assert COMMENT in flat and "Godtagen" in flat and parameters["DRAFT_NAME"] in flat
    # The rule's message in the report's language (from the rule set the run used), whatever language the check ran in.
    rules = {rule.id: rule for rule in read_rule_set()}
    assert " ".join(rules[dock.model.rows[number].values["rule_id"]].message("sv").split()) in flat

    # The consultation table holds the reviewed conflict, with who and when.
    path = tmp_path / "samrad.xlsx"
    assert export_for_consultation(dock, str(path)) == 1
    rows = list(openpyxl.load_workbook(path).active.iter_rows(values_only=True))
    assert len(rows) == 2 and COMMENT in rows[1] and rows[1][0].startswith(("K", "C"))


def test_shared_reviews_reach_the_report_through_copies_of_the_results(dock, tmp_path):  # noqa: F811
    # Shared results keep their reviews in the database's review table, which the inspector's rows show: a review the
    # rows hold but the result layers do not is carried into the copies the report reads.
    run_check(dock)
    row = next(r for r in dock.model.rows if r.values["severity"] == "warning")
    row.values.update(
        status="resolved",
        comment="Löst i samråd med Trafikverket",
        reviewed_by="Ada",
        reviewed_at="2026-12-01T10:00:00+00:00",
    )
    assert row.layer.getFeature(row.fid)["comment"] != "Löst i samråd med Trafikverket"
    sources = results_with_current_reviews(dock, tmp_path)
    assert len(sources) == len(dock.result_layers)
    copies = [QgsVectorLayer(source, "copy", "ogr") for source in sources]
    assert [c.featureCount() for c in copies] == [layer.featureCount() for layer in dock.result_layers]
    found = [f for c in copies for f in c.getFeatures() if f["conflict_key"] == row.values["conflict_key"]]
    assert len(found) == 1
    assert (found[0]["status"], found[0]["comment"], found[0]["reviewed_by"]) == (
        "resolved",
        "Löst i samråd med Trafikverket",
        "Ada",
    )
