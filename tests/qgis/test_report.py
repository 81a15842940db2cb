"""samplan:report on the sample region: the PDF rendered to PNG pages, and the figures in its tables equal to the engine's."""
from __future__ import annotations

import re
import shutil
import subprocess
import unicodedata

import numpy as np
import pytest
from qgis.core import QgsProcessingException

import processing

from samplan.core.conflicts import check_conflicts
from samplan.core.features import FeatureTable
from samplan.core.rules import read_rule_set
from samplan.core.sample_region import build_sample_region, theme_layers_by_role
from samplan.processing.conflict_check import THEME_ROLES

from .conftest import RecordingFeedback, ensure_provider, memory_layer
from .test_qgis_process import qgis_process_env  # noqa: F401  (fixture)
from .test_compare_drafts import compare

pytestmark = pytest.mark.skipif(shutil.which("pdftotext") is None or shutil.which("pdftoppm") is None,
                                reason="poppler-utils (pdftotext, pdftoppm) is not installed: run scripts/setup-system.sh")
THEMES = {parameter: theme_layers_by_role()[role] for parameter, role in THEME_ROLES}
SEVERITY_WORDS = {"en": {"conflict": "Conflict", "warning": "Warning", "opportunity": "Opportunity"},
                  "sv": {"conflict": "Konflikt", "warning": "Varning", "opportunity": "Möjlighet"}}


@pytest.fixture(scope="module")
def region(qgis_processing, tmp_path_factory):
    ensure_provider()
    path = tmp_path_factory.mktemp("region") / "region.gpkg"
    processing.run("samplan:sampleregion", {"SEED": 2026, "SCALE": 1, "OUTPUT": str(path)})
    return path


def uri(region, name):
    return f"{region}|layername={name}"


@pytest.fixture(scope="module")
def inputs(region):
    checked = processing.run("samplan:conflictcheck", {
        "PLAN": uri(region, "plan_a_omraden"), "PLAN_LINES": uri(region, "plan_a_strak"), "PLAN_FIELD": "anvandning",
        "THEME_FIELD": "kategori", "MUNICIPALITIES": uri(region, "kommuner"), "CRS": "EPSG:3006", "LANGUAGE": 1,
        **{role: [uri(region, n) for n in names] for role, names in THEMES.items()},
        **{k: "TEMPORARY_OUTPUT" for k in ("CONFLICT_AREAS", "CONFLICT_LINES", "CONFLICT_POINTS")},
    })
    compared = compare(region)
    mesh = processing.run("samplan:fragmentation", {
        "UNITS": uri(region, "kommuner"), "UNIT_FIELD": "kommunnamn", "BARRIER_LINES": [uri(region, "vagar"), uri(region, "jarnvag")],
        "BARRIER_AREAS": [uri(region, "tatorter")], "PLAN": uri(region, "plan_a_omraden"), "PLAN_LINES": uri(region, "plan_a_strak"),
        "PLAN_FIELD": "anvandning", "CRS": "EPSG:3006", "OUTPUT": "TEMPORARY_OUTPUT", "CUTS": "TEMPORARY_OUTPUT"})
    border = processing.run("samplan:bordercoherence", {
        "PLAN": uri(region, "plan_a_omraden"), "PLAN_FIELD": "anvandning", "MUNICIPALITIES": uri(region, "kommuner"),
        "MUNICIPALITY_FIELD": "kommunnamn", "DISTANCE": 4000, "CRS": "EPSG:3006", "LANGUAGE": 1, "OUTPUT": "TEMPORARY_OUTPUT"})
    return {"CONFLICTS": [checked["CONFLICT_AREAS"], checked["CONFLICT_LINES"], checked["CONFLICT_POINTS"]],
            "INDICATORS": compared["INDICATORS"], "MESH": mesh["OUTPUT"], "BORDER": border["OUTPUT"],
            "PLAN": uri(region, "plan_a_omraden"), "MUNICIPALITIES": uri(region, "kommuner")}


def make_report(inputs, tmp_path, language):
    parameters = {**inputs, "TITLE": "Planförslag A", "LANGUAGE": 0 if language == "sv" else 1,
                  "OUTPUT_HTML": str(tmp_path / "report.html"), "OUTPUT_PDF": str(tmp_path / "report.pdf")}
    return processing.run("samplan:report", parameters, feedback=RecordingFeedback())


@pytest.fixture(scope="module")
def engine_conflicts():
    """The engine run directly on the sample region's data, without QGIS in between."""
    layers = build_sample_region()

    def table(name, role, field):
        frame = layers[name].frame
        return FeatureTable(name, role, frame["fid"].to_numpy(), frame["geometry"].to_numpy(), frame[field].to_numpy())

    plans = [table("plan_a_omraden", "plan", "anvandning"), table("plan_a_strak", "plan", "anvandning")]
    themes = [table(n, role, "kategori") for key, role in THEME_ROLES for n in THEMES[key]]
    return check_conflicts(plans, themes, read_rule_set(), table("kommuner", "boundaries", "kommunnamn"), "en")


def pdf_text(path):
    """The PDF's text with its table layout kept; ligatures (the font's 'ﬂ' in 'Conflict') read as their letters."""
    text = subprocess.run(["pdftotext", "-layout", str(path), "-"], capture_output=True, text=True, check=True).stdout
    return unicodedata.normalize("NFKC", text)


@pytest.mark.parametrize("language", ["en", "sv"])
def test_pdf_pages_and_table_figures_equal_the_engine(inputs, engine_conflicts, tmp_path, language):
    result = make_report(inputs, tmp_path, language)
    pdf = tmp_path / "report.pdf"
    assert pdf.exists() and (tmp_path / "report.html").exists()
    subprocess.run(["pdftoppm", "-png", "-r", "40", str(pdf), str(tmp_path / "page")], check=True)
    pages = sorted(tmp_path.glob("page-*.png"))
    assert len(pages) == result["PAGES"] >= 3
    assert all(p.stat().st_size > 2000 for p in pages)
    text = pdf_text(pdf)
    words = SEVERITY_WORDS[language]
    # Results by severity: "<Severity>  <results>  <plan features>  <area km²>".
    for severity, word in words.items():
        part = engine_conflicts[engine_conflicts["severity"] == severity]
        features = part[["plan_layer", "plan_fid"]].drop_duplicates().shape[0]
        area = part["area_m2"].sum() / 1e6
        match = re.search(rf"^\s*{word}\s+(\d+)\s+(\d+)\s+([\d.]+)\s*$", text, re.MULTILINE)
        assert match, (word, text[:2000])
        assert (int(match.group(1)), int(match.group(2))) == (len(part), features)
        assert float(match.group(3)) == pytest.approx(area, abs=0.0005)
    # Results by municipality: "<name>  <conflicts>  <warnings>  <opportunities>  <total>".
    by_municipality = engine_conflicts.pivot_table(index="municipality", columns="severity", values="rule_id", aggfunc="size",
                                                   fill_value=0)
    for name, counts in by_municipality.iterrows():
        expected = [int(counts.get(s, 0)) for s in ("conflict", "warning", "opportunity")]
        match = re.search(rf"^\s*{re.escape(name)}\s+(\d+)\s+(\d+)\s+(\d+)\s+(\d+)\s*$", text, re.MULTILINE)
        assert match, name
        assert [int(g) for g in match.groups()] == expected + [sum(expected)]
    heading = {"en": "Results by municipality", "sv": "Resultat per kommun"}[language]
    assert heading in text and ("Jaeger" in text and "Moser" in text)


def test_indicator_and_mesh_figures_equal_the_algorithms(inputs, tmp_path):
    make_report(inputs, tmp_path, "en")
    text = pdf_text(tmp_path / "report.pdf")
    for feature in inputs["INDICATORS"].getFeatures():
        if feature["indicator"] == "check_results":
            expected = [f"{int(feature[v])}" for v in ("A", "B")]
        elif feature["unit"] == "%":
            expected = [f"{feature[v]:.1f}" for v in ("A", "B")]
        else:
            expected = [f"{feature[v]:.3f}" for v in ("A", "B")]
        line = next((l for l in text.splitlines() if all(e in l.split() for e in expected) and (not feature["unit"] or unicodedata.normalize("NFKC", feature["unit"]) in l.split())), None)
        assert line is not None, (feature["label"], expected)
    for feature in inputs["MESH"].getFeatures():
        row = f"{feature['unit']}\\s+{feature['m_eff_before_km2']:.2f}\\s+{feature['m_eff_after_km2']:.2f}"
        assert re.search(row, text), feature["unit"]


def test_html_report_holds_tables_map_and_charts(inputs, tmp_path):
    make_report(inputs, tmp_path, "sv")
    html = (tmp_path / "report.html").read_text(encoding="utf-8")
    assert '<html lang="sv">' in html and "Resultat per allvarlighetsgrad" in html and "<table>" in html
    for image in re.findall(r'src="([^"]+)"', html):
        assert (tmp_path / image).stat().st_size > 1000, image


def test_not_a_conflict_layer_is_named_and_nothing_is_written(inputs, tmp_path):
    other = memory_layer("Polygon", "field=namn:string", [], "fel_skikt")
    with pytest.raises(QgsProcessingException, match="'fel_skikt'.*rule_id"):
        make_report({**inputs, "CONFLICTS": [other]}, tmp_path, "en")
    assert list(tmp_path.iterdir()) == []


def test_report_runs_headless_through_qgis_process(qgis_process_env, tmp_path, qgis_app):
    """Sample region, conflict check and report in Swedish, each a qgis_process run with the plugin installed from its zip."""
    from .test_qgis_process import qgis_process

    region = tmp_path / "region.gpkg"
    steps = [
        ["samplan:sampleregion", f"OUTPUT={region}"],
        ["samplan:conflictcheck", f"PLAN={region}|layername=plan_a_omraden", "PLAN_FIELD=anvandning",
         f"GREEN_BLUE={region}|layername=natura2000", f"GREEN_BLUE={region}|layername=oversvamning_100ar",
         f"MUNICIPALITIES={region}|layername=kommuner", f"CONFLICT_AREAS={tmp_path / 'areas.gpkg'}",
         f"CONFLICT_LINES={tmp_path / 'lines.gpkg'}", f"CONFLICT_POINTS={tmp_path / 'points.gpkg'}"],
        ["samplan:report", f"CONFLICTS={tmp_path / 'areas.gpkg'}", f"PLAN={region}|layername=plan_a_omraden",
         f"MUNICIPALITIES={region}|layername=kommuner", "LANGUAGE=0", f"OUTPUT_HTML={tmp_path / 'rapport.html'}",
         f"OUTPUT_PDF={tmp_path / 'rapport.pdf'}"],
    ]
    for algorithm, *arguments in steps:
        run = qgis_process(qgis_process_env, "run", algorithm, "--", *arguments)
        assert run.returncode == 0, run.stdout + run.stderr
    text = pdf_text(tmp_path / "rapport.pdf")
    assert "Resultat per allvarlighetsgrad" in text and "Konflikt" in text
    assert (tmp_path / "rapport_files" / "overview_map.png").exists()


def test_cancelled_report_leaves_no_file(inputs, tmp_path):
    feedback = RecordingFeedback(cancel_at=45.0)  # while the layout is being made
    parameters = {**inputs, "LANGUAGE": 1, "OUTPUT_HTML": str(tmp_path / "r.html"), "OUTPUT_PDF": str(tmp_path / "r.pdf")}
    with pytest.raises(QgsProcessingException, match="Cancelled"):
        processing.run("samplan:report", parameters, feedback=feedback)
    assert list(tmp_path.iterdir()) == []


def snapshot(folder):
    return {str(p.relative_to(folder)): p.read_bytes() for p in sorted(folder.rglob("*")) if p.is_file()}


def test_failed_run_leaves_the_previous_report_intact(inputs, tmp_path, monkeypatch):
    # A report is written; a second run fails while moving its files into place (here: the PDF's move, after the
    # HTML's files folder has been swapped in). Everything is put back: the previous HTML, its files and PDF, nothing else.
    import os

    make_report(inputs, tmp_path, "en")
    before = snapshot(tmp_path)
    assert "report.html" in before and "report.pdf" in before and any(k.startswith("report_files/") for k in before)
    real_replace = os.replace

    def failing_replace(source, destination):
        if str(destination) == str(tmp_path / "report.pdf") and ".old" not in str(source):
            raise OSError("disk full")
        return real_replace(source, destination)

    monkeypatch.setattr(os, "replace", failing_replace)
    parameters = {**inputs, "TITLE": "Second", "LANGUAGE": 0, "OUTPUT_HTML": str(tmp_path / "report.html"),
                  "OUTPUT_PDF": str(tmp_path / "report.pdf")}
    with pytest.raises(Exception, match="disk full"):
        processing.run("samplan:report", parameters, feedback=RecordingFeedback())
    monkeypatch.undo()
    assert snapshot(tmp_path) == before
    assert sorted(p.name for p in tmp_path.iterdir()) == ["report.html", "report.pdf", "report_files"]


def test_cancelled_run_leaves_the_previous_report_intact(inputs, tmp_path):
    make_report(inputs, tmp_path, "en")
    before = snapshot(tmp_path)
    parameters = {**inputs, "LANGUAGE": 0, "OUTPUT_HTML": str(tmp_path / "report.html"), "OUTPUT_PDF": str(tmp_path / "report.pdf")}
    with pytest.raises(QgsProcessingException, match="Cancelled"):
        processing.run("samplan:report", parameters, feedback=RecordingFeedback(cancel_at=75.0))  # after the PDF, before the swap
    assert snapshot(tmp_path) == before
    assert sorted(p.name for p in tmp_path.iterdir()) == ["report.html", "report.pdf", "report_files"]


def test_a_folder_as_the_pdf_is_refused_and_nothing_changes(inputs, tmp_path):
    make_report(inputs, tmp_path, "en")
    (tmp_path / "folder.pdf").mkdir()
    before = snapshot(tmp_path)
    parameters = {**inputs, "LANGUAGE": 1, "OUTPUT_HTML": str(tmp_path / "report.html"), "OUTPUT_PDF": str(tmp_path / "folder.pdf")}
    with pytest.raises(QgsProcessingException, match="folder.pdf is a folder"):
        processing.run("samplan:report", parameters, feedback=RecordingFeedback())
    assert snapshot(tmp_path) == before


def test_a_long_table_flows_over_pages_without_losing_rows(inputs, tmp_path):
    # 120 reporting units (a 10 km grid, say): the mesh table is far longer than a page (a fixed frame held about 48
    # rows and dropped the rest). Every row, the last included, is in the PDF's text, each once.
    fields = "&".join(f"field={name}:double" for name in ("m_eff_before_km2", "m_eff_after_km2", "m_eff_cbc_before_km2",
                                                          "m_eff_cbc_after_km2", "s_eff_after"))
    rows = [(f"POLYGON(({x} 6700000, {x + 1000} 6700000, {x + 1000} 6701000, {x} 6700000))",
             [f"Ruta {n:03d}", n + 0.25, n + 0.5, n + 0.75, n + 1.0, 1000.0 / (n + 0.5)])
            for n, x in enumerate(range(400000, 520000, 1000), start=1)]
    mesh = memory_layer("Polygon", "field=unit:string&" + fields, rows, "rutor")
    parameters = {**inputs, "MESH": mesh, "LANGUAGE": 1, "OUTPUT_HTML": str(tmp_path / "r.html"), "OUTPUT_PDF": str(tmp_path / "r.pdf")}
    result = processing.run("samplan:report", parameters, feedback=RecordingFeedback())
    text = pdf_text(tmp_path / "r.pdf")
    for n in range(1, 121):
        assert len(re.findall(rf"Ruta {n:03d}\s+{n + 0.25:.2f}\s+{n + 0.5:.2f}\s+{n + 0.75:.2f}\s+{n + 1.0:.2f}", text)) == 1, n
    assert re.search(r"Ruta 120\s+120\.25\s+120\.50\s+120\.75\s+121\.00", text)
    assert result["PAGES"] >= 4
