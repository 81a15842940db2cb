"""Commuting tables: bad counts refused with their line, duplicates summed, unknown codes listed, silent zones named."""
from __future__ import annotations

import numpy as np
import pytest

from samplan.core.commuting import CommutingColumns, CommutingTableError, build_matrix, commuting_frame_from_records, read_commuting_csv
from samplan.core.progress import SilentProgress


def write(tmp_path, text, name="pendling.csv"):
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    return path


@pytest.mark.parametrize("count, line, words", [
    ("-3", 3, "negative"),
    ("", 3, "empty"),
    ("många", 3, "not a number"),
    ("nan", 3, "not a finite number"),
])
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
    records = [(2, "A", "A", 10), (3, "A", "B", 4), (4, "A", "B", 6), (5, "B", "X", 7), (6, "Y", "A", 1), (7, "B", "B", 3)]
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
