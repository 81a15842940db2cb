"""The report's tables from a hand-made set of results: order, numbering, words and numbers by language."""

from __future__ import annotations

import numpy as np
import pandas as pd
from samplan.core.report import ReportInputs, report_sections
from samplan.core.report_parts import method_notes, report_texts, reported_results, theme_layers_text
from samplan.core.report_tables import (
    conflict_list_tables,
    indicator_report_table,
    rule_messages,
    rule_table,
    severity_table,
    weak_links_table,
)

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


def test_theme_layers_by_role_with_their_counts_in_words():
    record = "tatorter [settlement] (0); byggnader [settlement] (1038); vagar [infrastructure] (30); natura2000 [green-blue] (1)"
    assert theme_layers_text(record, report_texts("sv")) == (
        f"Bebyggelse: tatorter (0 objekt), byggnader (1{NBSP}038 objekt); Infrastruktur: vagar (30 objekt); "
        "Grönblå struktur: natura2000 (1 objekt)"
    )
    assert theme_layers_text(record, report_texts("en")) == (
        "Settlement: tatorter (0 features), byggnader (1,038 features); Infrastructure: vagar (30 features); "
        "Green-blue structure: natura2000 (1 feature)"
    )
    assert "[" not in theme_layers_text(record, report_texts("sv"))


def test_reported_results_by_analysis_in_the_reports_language():
    kinds = ["conflict_points", "conflict_areas", "weak_links", "conflict_lines", "functional_regions"]
    assert reported_results(kinds, report_texts("sv")) == (
        "Konflikter (ytor), Konflikter (linjer), Konflikter (punkter), Länkar, Funktionella regioner"
    )
    assert reported_results(["comparison", "fragmentation", "border", "accessibility"], report_texts("en")) == (
        "Indicators per version, Effective mesh size per unit, Incompatible uses across borders, "
        "Accessibility per municipality"
    )


def test_indicators_named_in_the_reports_language_whatever_the_comparisons_language():
    # The comparison ran with QGIS in English: its labels are English; the Swedish report names them from their codes.
    indicators = pd.DataFrame(
        {
            "indicator": ["area_by_category", "new_development", "check_results", "m_eff_change", "custom"],
            "category": ["Areell näring", None, "conflict", None, None],
            "label": ["Area: Areell näring", "New development", "Conflict check results: conflict", "x", "My own"],
            "unit": ["km²", "km²", "", "km²", ""],
            "A": [18.9, 39.2, 6.0, -9.2, 1.0],
            "B": [15.0, 30.3, 2.0, -6.2, 2.0],
            "difference": [-3.9, -8.9, -4.0, 3.0, 1.0],
        }
    )
    rows = indicator_report_table(indicators, report_texts("sv")).rows
    assert [r[0] for r in rows] == [
        "Yta: Areell näring",
        "Ny bebyggelse",
        "Konfliktkontrollens resultat: konflikt",
        "Förändring av effektiv maskstorlek",
        "My own",
    ]
    assert rows[0][2:] == ["18,900", "15,000", "-3,900"]
    english = indicator_report_table(indicators, report_texts("en")).rows
    assert english[2][0] == "Conflict check results: conflict" and english[0][0] == "Area: Areell näring"


def test_weak_links_delay_per_trip_with_its_unit_and_enough_decimals_to_read():
    links = pd.DataFrame(
        {
            "rank": [2, 1, 3],
            "link_id": [7, 5, 9],
            "length_m": [1500.0, 11_500.0, 400.0],
            "time_s": [90.0, 700.0, 30.0],
            "extra_m": [300.0, np.nan, 2500.0],
            "is_bridge": [0, 1, 0],
            "pop_cut_off": [0, 1166, 0],
            "importance": [0.0034, 0.0012, 0.0001],
        }
    )
    table = weak_links_table(links, report_texts("sv"))
    assert table.headers[-1] == "Fördröjning per resa (min)"
    # Rank order; the largest delay 0.0034 min shown with two significant digits (4 decimals), not as "0,00".
    assert [r[1] for r in table.rows] == ["5", "7", "9"]
    assert [r[-1] for r in table.rows] == ["0,0012", "0,0034", "0,0001"]
    assert table.rows[0][3] == "saknas"
    lengths_only = weak_links_table(links.assign(time_s=np.nan), report_texts("en"))
    assert lengths_only.headers[-1] == "Delay per trip (km)"
