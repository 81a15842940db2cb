"""The report's tables from a hand-made set of results: order, numbering, words and numbers by language."""

from __future__ import annotations

import numpy as np
import pandas as pd
from samplan.core.report import ReportInputs, report_sections
from samplan.core.report_parts import method_notes, report_texts
from samplan.core.report_tables import conflict_list_tables, rule_messages, rule_table, severity_table

NBSP = "\u00a0"


def results() -> pd.DataFrame:
    rows = [  # rule, severity, municipality, plan feature, area m², length m, share, status, comment
        ("N2000-01", "conflict", "Norrsjö", 1, 1_820_000.0, np.nan, 0.5833, "accepted", "Flyttas norrut"),
        ("FLOOD-01", "conflict", "Sörby", 2, 450_000.0, np.nan, 0.375, None, None),
        ("N2000-01", "conflict", "Norrsjö", 3, 2_520_000.0, np.nan, 0.9, "open", ""),
        ("AGRI-01", "warning", "", 4, 47_900_000.0, np.nan, 1.0, "not_a_conflict", "Redan detaljplanerat"),
        ("WEDGE-01", "warning", "Österå", 5, np.nan, 1250.0, np.nan, None, None),
    ]
    frame = pd.DataFrame(
        rows,
        columns=[
            "rule_id",
            "severity",
            "municipality",
            "plan_fid",
            "area_m2",
            "length_m",
            "share",
            "status",
            "comment",
        ],
    )
    return frame.assign(plan_layer="plan", basis="MB", message="check's message", point_count=np.nan, distance_m=np.nan)


def test_conflict_list_worst_first_numbered_with_reviews_in_swedish():
    texts = report_texts("sv")
    frame = results().assign(report_message=lambda f: f["rule_id"])
    tables = conflict_list_tables(frame, texts)
    assert [t.title for t in tables] == ["Konflikt (3)", "Varning (2)"]
    conflicts, warnings = (t.rows for t in tables)
    # Worst first: the largest share of its plan feature first.
    assert [r[0] for r in conflicts] == ["K1", "K2", "K3"]
    assert [(r[5], r[4]) for r in conflicts] == [
        (f"90,0{NBSP}%", f"252,0{NBSP}ha"),
        (f"58,3{NBSP}%", f"182,0{NBSP}ha"),
        (f"37,5{NBSP}%", f"45,0{NBSP}ha"),
    ]
    assert [(r[6], r[7]) for r in conflicts] == [("Öppen", ""), ("Godtagen", "Flyttas norrut"), ("Öppen", "")]
    assert warnings[0][3] == "(utanför kommunerna)" and warnings[0][4] == f"4{NBSP}790,0{NBSP}ha"
    assert warnings[0][6] == "Ingen konflikt"
    assert warnings[1][4] == f"1{NBSP}250{NBSP}m" and warnings[1][5] == "–"


def test_severity_table_in_english_and_swedish():
    english = severity_table(results(), report_texts("en")).rows
    swedish = severity_table(results(), report_texts("sv")).rows
    # Conflicts: 3 results on 3 plan features, 1.82 + 0.45 + 2.52 = 4.79 km²; warnings: 47.9 km².
    assert english[0] == ["Conflict", "3", "3", "4.790"] and swedish[0] == ["Konflikt", "3", "3", "4,790"]
    assert english[1][3] == "47.900" and swedish[1][3] == "47,900"
    assert english[3][:2] == ["Total", "5"]


def test_rule_messages_in_the_reports_language_from_the_rule_set_used():
    frame = results()
    used = pd.DataFrame(
        {
            "id": ["N2000-01", "AGRI-01"],
            "message_sv": ["Natura 2000 på svenska", ""],
            "message_en": ["Natura 2000 in English", "Farmland in English"],
        }
    )
    swedish = rule_messages(frame, used, "sv").tolist()
    assert swedish == [
        "Natura 2000 på svenska",
        "check's message",
        "Natura 2000 på svenska",
        "Farmland in English",
        "check's message",
    ]
    assert rule_messages(frame, None, "sv").tolist() == ["check's message"] * 5
    table = rule_table(frame.assign(report_message=rule_messages(frame, used, "en")), report_texts("en"))
    assert [r[0] for r in table.rows] == ["FLOOD-01", "N2000-01", "AGRI-01", "WEDGE-01"]  # worst severity first
    n2000 = next(r for r in table.rows if r[0] == "N2000-01")
    assert n2000[1:] == ["Natura 2000 in English", "MB", "Conflict", "Norrsjö (2)", "2"]


def test_method_notes_only_for_the_analyses_given(tmp_path):
    headings = [h for h, _ in method_notes("en", ["weak_links"])]
    assert headings == ["Weak links and redundancy", "Sources"]
    sections, empty = report_sections(
        ReportInputs(
            conflicts=results().iloc[:0],
            mesh=pd.DataFrame(
                {
                    "unit": ["A"],
                    "m_eff_before_km2": [12.5],
                    "m_eff_after_km2": [10.0],
                    "m_eff_cbc_before_km2": [13.0],
                    "m_eff_cbc_after_km2": [11.0],
                    "s_eff_after": [100.0],
                }
            ),
        ),
        report_texts("sv"),
        tmp_path,
    )
    assert empty == ["conflicts"]
    method = sections[-1]
    assert method.key == "method" and [b.split(".")[0] for b in method.blocks] == [
        "Konfliktkontroll",
        "Effektiv maskstorlek",
        "Källor",
    ]
    assert "Jenelius" not in " ".join(method.blocks) and "Jaeger" in " ".join(method.blocks)
