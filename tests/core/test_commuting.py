"""Commuting tables: bad counts refused with their line, duplicates summed, unknown codes listed, silent zones named."""

from __future__ import annotations

import numpy as np
import pytest

from samplan.core.commuting import (
    CommutingColumns,
    CommutingTableError,
    build_matrix,
    commuting_frame_from_records,
    read_commuting_csv,
)
from samplan.core.progress import SilentProgress


def write(tmp_path, text, name="pendling.csv"):
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    return path


@pytest.mark.parametrize(
    "count, line, words",
    [
        ("-3", 3, "negative"),
        ("", 3, "empty"),
        ("många", 3, "not a number"),
        ("nan", 3, "not a finite number"),
    ],
)
def test_bad_count_is_refused_with_its_line(tmp_path, count, line, words):
    path = write(tmp_path, f"bostadskommun,arbetskommun,antal\n0180,0180,100\n0180,0114,{count}\n0114,0114,5\n")
    with pytest.raises(CommutingTableError) as caught:
        read_commuting_csv(path)
    assert caught.value.line == line and caught.value.column == "antal"
    assert f"line {line}" in str(caught.value) and words in str(caught.value) and str(path) in str(caught.value)


def test_empty_code_is_refused_with_its_line(tmp_path):
    path = write(tmp_path, "bostadskommun,arbetskommun,antal\n0180,0180,100\n,0114,3\n")
    with pytest.raises(CommutingTableError, match="line 3, column 'bostadskommun': the zone code is empty"):
        read_commuting_csv(path)


def test_missing_column_named(tmp_path):
    path = write(tmp_path, "bostad,arbetskommun,antal\n0180,0180,100\n")
    with pytest.raises(CommutingTableError, match="missing column"):
        read_commuting_csv(path)


def test_swedish_spreadsheet_csv_with_other_columns(tmp_path):
    # ';' separated, decimal comma, a space as thousands separator, an extra column (ignored), codes keep their zeros.
    path = write(tmp_path, "år;bostadskommun;arbetskommun;antal\n2023;0180;0180;1 234\n2023;0180;0114;12,0\n")
    frame = read_commuting_csv(path)
    assert frame["residence"].tolist() == ["0180", "0180"]
    assert frame["count"].tolist() == [1234.0, 12.0]


@pytest.mark.parametrize("count", ['"1,234"', '"12,000"', "12.000"])
def test_count_read_two_ways_refused_with_its_line(tmp_path, count):
    # "12,000" is 12 in a Swedish spreadsheet and 12000 in an English one: refused, never guessed (issue 16).
    path = write(tmp_path, f"bostadskommun;arbetskommun;antal\n0180;0180;7\n0180;0114;{count}\n")
    with pytest.raises(CommutingTableError, match="line 3, column 'antal'.*could be read as .* or as"):
        read_commuting_csv(path)


@pytest.mark.parametrize("count", ["12,5", "0.5"])
def test_count_that_is_not_a_whole_number_refused_with_its_line(tmp_path, count):
    # An English thousands separator would otherwise be read as a decimal comma: 1.234 commuters.
    path = write(tmp_path, f"bostadskommun;arbetskommun;antal\n0180;0180;7\n0180;0114;{count}\n")
    with pytest.raises(CommutingTableError, match="line 3, column 'antal'.*not a whole number"):
        read_commuting_csv(path)


def test_other_column_names(tmp_path):
    path = write(tmp_path, "home,work,n\nA,B,3\n")
    frame = read_commuting_csv(path, CommutingColumns("home", "work", "n"))
    assert frame.to_dict("records") == [{"residence": "A", "workplace": "B", "count": 3.0}]


def test_layer_records_name_the_feature():
    records = [(1, "A", "B", 3), (7, "A", "C", -1)]
    with pytest.raises(CommutingTableError) as caught:
        commuting_frame_from_records(records, "pendling", CommutingColumns(), unit="feature")
    assert str(caught.value).startswith("pendling, feature 7, field 'antal'")


def test_numeric_codes_match_text_codes():
    records = [(1, 9901.0, 9902, 5), (2, "9902", "9901", 2)]
    frame = commuting_frame_from_records(records, "t", CommutingColumns())
    matrix = build_matrix(frame, ["9901", 9902.0])
    assert matrix.codes.tolist() == ["9901", "9902"] and matrix.flows.toarray().tolist() == [[0, 5], [2, 0]]


def test_duplicates_summed_unknown_codes_listed_silent_zones_named():
    records = [
        (2, "A", "A", 10),
        (3, "A", "B", 4),
        (4, "A", "B", 6),
        (5, "B", "X", 7),
        (6, "Y", "A", 1),
        (7, "B", "B", 3),
    ]
    frame = commuting_frame_from_records(records, "pendling.csv", CommutingColumns())
    progress = SilentProgress()
    matrix = build_matrix(frame, ["B", "A", "C"], ["Bstad", "Aby", "Cköping"], "pendling.csv", "kommuner", progress)
    # Zones in code order whatever the input order; A→B summed (4 + 6).
    assert matrix.codes.tolist() == ["A", "B", "C"] and matrix.names.tolist() == ["Aby", "Bstad", "Cköping"]
    assert matrix.flows.toarray().tolist() == [[10, 10, 0], [0, 3, 0], [0, 0, 0]]
    joined = "\n".join(progress.warnings)
    assert "A→B (2×)" in joined and "summed" in joined
    assert "2 zone code(s) in the commuting table are not among the zones of kommuner: X, Y" in joined
    assert "8 commuter(s) on 2 row(s) are left out" in joined
    assert "no commuting at all in the table: Cköping (C)" in joined
    np.testing.assert_allclose(matrix.residents, [20, 3, 0])
    np.testing.assert_allclose(matrix.jobs, [10, 13, 0])


def test_duplicate_zone_codes_refused():
    frame = commuting_frame_from_records([(2, "A", "A", 1)], "t", CommutingColumns())
    with pytest.raises(CommutingTableError, match="zone code\\(s\\) occur more than once: A"):
        build_matrix(frame, ["A", "B", "A"], zones_source="kommuner")


# ---------------------------------------------------------------------------------------------------------------------
# SCB's exports as published

# Three Norrbotten municipalities: flows by hand, residence (rows) to workplace (columns).
NORRBOTTEN = [("2505", "Arvidsjaur"), ("2506", "Arjeplog"), ("2510", "Jokkmokk")]
NORRBOTTEN_FLOWS = [[2345, 41, 7], [36, 1102, 0], [12, 3, 1890]]


def scb_long_export(path, encoding, separator=";", year_headers=("2023",), sex=("totalt", "män", "kvinnor"), bom=False):
    """A table as SCB's Statistikdatabasen exports it: a title line and a blank line, quoted cells with code and name,
    SCB's column names, a sex column with a total beside men and women, and one count column per year."""
    q = '"{0}"'.format
    lines = [
        q("Sysselsatta 15-74 år efter bostadskommun, arbetsställekommun och kön. Årligt register"),
        "",
        separator.join(q(h) for h in ("bostadskommun", "arbetsställekommun", "kön") + tuple(year_headers)),
    ]
    for i, (home, home_name) in enumerate(NORRBOTTEN):
        for j, (work, work_name) in enumerate(NORRBOTTEN):
            for k, kind in enumerate(sex):
                # The total first; men get 60 %, women the rest (rounded down), so that only the total sums right.
                total = NORRBOTTEN_FLOWS[i][j]
                value = total if k == 0 else (total * 6 // 10 if kind == "män" else total - total * 6 // 10)
                counts = [str(value + 1000 * y) for y in range(len(year_headers))]
                lines.append(separator.join([q(f"{home} {home_name}"), q(f"{work} {work_name}"), q(kind)] + counts))
    data = ("\r\n".join(lines) + "\r\n").encode(encoding)
    path.write_bytes((b"\xef\xbb\xbf" if bom else b"") + data)
    return path


@pytest.mark.parametrize(
    "encoding, separator, bom", [("cp1252", ";", False), ("utf-8", ",", True), ("utf-8", ";", True)]
)
def test_scb_export_read_as_published(tmp_path, encoding, separator, bom):
    path = scb_long_export(tmp_path / "ArRegPend2.csv", encoding, separator, bom=bom)
    progress = SilentProgress()
    frame = read_commuting_csv(path, progress=progress)  # the default columns: bostadskommun, arbetskommun, antal
    assert len(frame) == 9  # only the total rows
    matrix = build_matrix(
        frame, [c for c, _ in NORRBOTTEN], [n for _, n in NORRBOTTEN], str(path), "kommuner", progress
    )
    assert matrix.flows.toarray().tolist() == NORRBOTTEN_FLOWS
    said = "\n".join(progress.messages)
    assert "'arbetsställekommun' is read as the workplace column" in said
    assert "'2023' is read as the count column" in said
    assert "kön = 'totalt'" in said
    assert "'2505 Arvidsjaur' → 2505" in said
    assert not progress.warnings


def test_scb_codes_with_leading_zeros_match_numeric_zone_codes(tmp_path):
    path = tmp_path / "pendling.csv"
    path.write_text(
        "bostadskommun;arbetsställekommun;Sysselsatta 15-74 år 2023\n0114 Upplands Väsby;0114 Upplands Väsby;900\n"
        "0114 Upplands Väsby;0180 Stockholm;300\n0180 Stockholm;0180 Stockholm;5000\n",
        encoding="utf-8",
    )
    progress = SilentProgress()
    matrix = build_matrix(read_commuting_csv(path, progress=progress), [114, 180.0], progress=progress)
    assert matrix.codes.tolist() == ["114", "180"] and matrix.flows.toarray().tolist() == [[900, 300], [0, 5000]]
    assert any("leading zeros" in m for m in progress.messages)


def test_several_year_columns_refused_until_one_is_named(tmp_path):
    path = scb_long_export(tmp_path / "pendling.csv", "cp1252", year_headers=("2022", "2023"), sex=("totalt",))
    with pytest.raises(CommutingTableError, match="line 3, column 'antal'.*one column per year: 2022, 2023"):
        read_commuting_csv(path)
    frame = read_commuting_csv(path, CommutingColumns("bostadskommun", "arbetsställekommun", "2022"))
    matrix = build_matrix(frame, [c for c, _ in NORRBOTTEN])
    assert matrix.flows.toarray().tolist() == NORRBOTTEN_FLOWS


def test_no_code_matching_a_zone_is_refused_with_what_was_read(tmp_path):
    # A table of DeSO codes against a layer of municipalities: not one row can be placed.
    frame = commuting_frame_from_records(
        [(2, "2505A0010", "2505A0010", 40), (3, "2505A0010", "2506A0020", 5)], "deso.csv", CommutingColumns()
    )
    with pytest.raises(CommutingTableError) as caught:
        build_matrix(frame, ["2505", "2506"], source="deso.csv", zones_source="kommuner", progress=SilentProgress())
    text = str(caught.value)
    assert text.startswith("deso.csv: no row of the commuting table has both codes among the zones of kommuner")
    assert "2505A0010, 2506A0020" in text and "The zones' codes: 2505, 2506" in text
