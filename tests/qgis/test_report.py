"""samplan:report on the sample region: the PDF rendered to PNG pages (kept in build/test-output/report), and the
figures in its tables equal to the engine's."""

from __future__ import annotations

import os
import re
import shutil
import subprocess
import unicodedata
from pathlib import Path

import pytest
from qgis.core import (
    QgsLayoutItemLabel,
    QgsLayoutItemManualTable,
    QgsLayoutItemPicture,
    QgsLayoutUtils,
    QgsProcessingException,
    QgsTextRenderer,
    QgsVectorLayer,
)
from samplan.core.report_parts import Chart, ReportTable, Section, report_texts
from samplan.qgis_adapter.report_layout import CONTENT_W, MARGIN, PAGE_H, ReportLayout
from samplan.core.conflicts import check_conflicts
from samplan.core.features import FeatureTable
from samplan.core.rules import read_rule_set
from samplan.core.sample_region import build_sample_region, theme_layers_by_role
from samplan.core.rules import ROLE_PARAMETERS
from samplan.qgis_adapter.reviews import write_review

from qgis.PyQt.QtGui import QColor, QImage

import processing

from .conftest import RecordingFeedback, ensure_provider, memory_layer
from .scale_bar import scale_bars
from .test_compare_drafts import compare
from .test_qgis_process import qgis_process_env  # noqa: F401  (fixture)

pytestmark = pytest.mark.skipif(
    shutil.which("pdftotext") is None or shutil.which("pdftoppm") is None,
    reason="poppler-utils (pdftotext, pdftoppm) is not installed: run scripts/setup-system.sh",
)
THEMES = {parameter: theme_layers_by_role()[role] for role, parameter in ROLE_PARAMETERS.items()}
OUTPUT = Path(__file__).resolve().parents[2] / "build" / "test-output" / "report"
BACKGROUND = ["tatorter", "vagar", "jarnvag", "sjoar", "vattendrag", "stationer"]
REVIEW_COMMENT = "Kommunen utreder en ny placering av området, besked i samrådet"
SEVERITY_WORDS = {
    "en": {"conflict": "Conflict", "warning": "Warning", "opportunity": "Opportunity"},
    "sv": {"conflict": "Konflikt", "warning": "Varning", "opportunity": "Möjlighet"},
}


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
    checked = processing.run(
        "samplan:conflictcheck",
        {
            "PLAN": uri(region, "plan_a_omraden"),
            "PLAN_LINES": uri(region, "plan_a_strak"),
            "PLAN_FIELD": "anvandning",
            "THEME_FIELD": "kategori",
            "MUNICIPALITIES": uri(region, "kommuner"),
            "CRS": "EPSG:3006",
            "LANGUAGE": 1,
            **{role: [uri(region, n) for n in names] for role, names in THEMES.items()},
            **dict.fromkeys(
                ("CONFLICT_AREAS", "CONFLICT_LINES", "CONFLICT_POINTS", "RULES_USED", "RUN_INFO"), "TEMPORARY_OUTPUT"
            ),
        },
    )
    # A review saved as the inspector saves it: on the conflict area covering the largest share of its plan feature.
    areas = checked["CONFLICT_AREAS"]
    reviewed = max(areas.getFeatures(), key=lambda f: (f["severity"] == "conflict", f["share"] or 0))
    write_review(areas, reviewed.id(), "accepted", REVIEW_COMMENT)
    compared = compare(region)
    mesh = processing.run(
        "samplan:fragmentation",
        {
            "UNITS": uri(region, "kommuner"),
            "UNIT_FIELD": "kommunnamn",
            "BARRIER_LINES": [uri(region, "vagar"), uri(region, "jarnvag")],
            "BARRIER_AREAS": [uri(region, "tatorter")],
            "PLAN": uri(region, "plan_a_omraden"),
            "PLAN_LINES": uri(region, "plan_a_strak"),
            "PLAN_FIELD": "anvandning",
            "CRS": "EPSG:3006",
            "OUTPUT": "TEMPORARY_OUTPUT",
            "CUTS": "TEMPORARY_OUTPUT",
        },
    )
    border = processing.run(
        "samplan:bordercoherence",
        {
            "PLAN": uri(region, "plan_a_omraden"),
            "PLAN_FIELD": "anvandning",
            "MUNICIPALITIES": uri(region, "kommuner"),
            "MUNICIPALITY_FIELD": "kommunnamn",
            "DISTANCE": 4000,
            "CRS": "EPSG:3006",
            "LANGUAGE": 1,
            "OUTPUT": "TEMPORARY_OUTPUT",
        },
    )
    return {
        "CONFLICTS": [checked["CONFLICT_AREAS"], checked["CONFLICT_LINES"], checked["CONFLICT_POINTS"]],
        "INDICATORS": compared["INDICATORS"],
        "MESH": mesh["OUTPUT"],
        "BORDER": border["OUTPUT"],
        "PLAN": uri(region, "plan_a_omraden"),
        "MUNICIPALITIES": uri(region, "kommuner"),
        "RULES_USED": checked["RULES_USED"],
        "RUN_INFO": checked["RUN_INFO"],
        "BACKGROUND": [uri(region, name) for name in BACKGROUND],
    }


def make_report(inputs, tmp_path, language, **extra):
    parameters = {
        **inputs,
        "TITLE": "Planförslag A",
        "LANGUAGE": 0 if language == "sv" else 1,
        "OUTPUT_HTML": str(tmp_path / "report.html"),
        "OUTPUT_PDF": str(tmp_path / "report.pdf"),
        **extra,
    }
    return processing.run("samplan:report", parameters, feedback=RecordingFeedback())


def keep_pages(pdf, name, resolution=60):
    """The PDF's pages as PNG files in build/test-output/report/<name>-NN.png, to look at; returns them."""
    OUTPUT.mkdir(parents=True, exist_ok=True)
    for old in OUTPUT.glob(f"{name}-*.png"):
        old.unlink()
    subprocess.run(["pdftoppm", "-png", "-r", str(resolution), str(pdf), str(OUTPUT / name)], check=True)
    return sorted(OUTPUT.glob(f"{name}-*.png"))


# A number as each language writes it: "62,751" and "4 790" (a no-break space, read as a space) in Swedish,
# "62.751" and "4,790" in English.
DECIMAL = {"sv": r"\d{1,3}(?: \d{3})*,\d+", "en": r"\d{1,3}(?:,\d{3})*\.\d+"}


def number(text, language):
    """The float a report's number stands for."""
    return float(text.replace(" ", "").replace(",", ".")) if language == "sv" else float(text.replace(",", ""))


@pytest.fixture(scope="module")
def engine_conflicts():
    """The engine run directly on the sample region's data, without QGIS in between."""
    layers = build_sample_region()

    def table(name, role, field):
        frame = layers[name].frame
        return FeatureTable(name, role, frame["fid"].to_numpy(), frame["geometry"].to_numpy(), frame[field].to_numpy())

    plans = [table("plan_a_omraden", "plan", "anvandning"), table("plan_a_strak", "plan", "anvandning")]
    themes = [table(n, role, "kategori") for role, key in ROLE_PARAMETERS.items() for n in THEMES[key]]
    return check_conflicts(plans, themes, read_rule_set(), table("kommuner", "boundaries", "kommunnamn"), "en")


def pdf_text(path, layout=True):
    """The PDF's text with its table layout kept (else in the order it is drawn, -raw: a table cell's wrapped lines
    together, never interleaved with the next cell's on the same line); ligatures (the font's 'ﬂ' in 'Conflict') read
    as their letters."""
    text = subprocess.run(
        ["pdftotext", "-layout" if layout else "-raw", str(path), "-"], capture_output=True, text=True, check=True
    ).stdout
    return unicodedata.normalize("NFKC", text)


@pytest.mark.parametrize("language", ["en", "sv"])
def test_pdf_pages_and_table_figures_equal_the_engine(inputs, engine_conflicts, tmp_path, language):
    result = make_report(inputs, tmp_path, language)
    pdf = tmp_path / "report.pdf"
    assert pdf.exists() and (tmp_path / "report.html").exists()
    pages = keep_pages(pdf, f"report_{language}")
    assert len(pages) == result["PAGES"] >= 3
    assert all(p.stat().st_size > 2000 for p in pages)
    text = pdf_text(pdf)
    text = text[
        text.index({"en": "Results by severity", "sv": "Resultat per allvarlighetsgrad"}[language]) :
    ]  # not the legend
    words = SEVERITY_WORDS[language]
    # Results by severity: "<Severity>  <results>  <plan features>  <area km²>".
    for severity, word in words.items():
        part = engine_conflicts[engine_conflicts["severity"] == severity]
        features = part[["plan_layer", "plan_fid"]].drop_duplicates().shape[0]
        area = part["area_m2"].sum() / 1e6
        match = re.search(rf"^\s*{word}\s+(\d+)\s+(\d+)\s+({DECIMAL[language]})\s*$", text, re.MULTILINE)
        assert match, (word, text[:2000])
        assert (int(match.group(1)), int(match.group(2))) == (len(part), features)
        assert number(match.group(3), language) == pytest.approx(area, abs=0.0005)
    # Results by municipality: "<name>  <conflicts>  <warnings>  <opportunities>  <total>".
    text = text[
        text.index({"en": "Results by municipality", "sv": "Resultat per kommun"}[language]) :
    ]  # not the maps' labels
    by_municipality = engine_conflicts.pivot_table(
        index="municipality", columns="severity", values="rule_id", aggfunc="size", fill_value=0
    )
    for name, counts in by_municipality.iterrows():
        expected = [int(counts.get(s, 0)) for s in ("conflict", "warning", "opportunity")]
        match = re.search(rf"^\s*{re.escape(name)}\s+(\d+)\s+(\d+)\s+(\d+)\s+(\d+)\s*$", text, re.MULTILINE)
        assert match, name
        assert [int(g) for g in match.groups()] == expected + [sum(expected)]
    heading = {"en": "Results by municipality", "sv": "Resultat per kommun"}[language]
    assert heading in text and ("Jaeger" in text and "Moser" in text)
    # No page ends with a section's heading (its table on the next page): "Fragmentering före och efter
    # planförslaget" once did, alone under the comparison's chart.
    headings = {value for key, value in report_texts(language).items() if key.startswith("heading_")}
    for page_number, page in enumerate(pdf_text(pdf).split("\f")[:-1], start=1):
        lines = [line.strip() for line in page.splitlines() if line.strip()]
        assert not lines or lines[-1] not in headings, (page_number, lines[-1])


@pytest.mark.parametrize("language", ["sv", "en"])
def test_pdf_names_the_draft_every_rule_message_the_review_and_writes_the_languages_numbers(
    inputs, engine_conflicts, tmp_path, language
):
    make_report(inputs, tmp_path, language, DRAFT_NAME="Strukturbild Åsdalen 2050", DRAFT_VERSION="Samrådshandling 2")
    pdf = tmp_path / "report.pdf"
    keep_pages(pdf, f"content_{language}")
    text = pdf_text(pdf)
    flat = " ".join(pdf_text(pdf, layout=False).split())  # table cells wrap: words compared without the line breaks
    assert "Strukturbild Åsdalen 2050" in text and "Samrådshandling 2" in text
    # Every result's rule message, in the report's language (the check ran in English; the rule set used has both).
    rules = {rule.id: rule for rule in read_rule_set()}
    for rule_id in sorted(set(engine_conflicts["rule_id"])):
        message = " ".join(rules[rule_id].message(language).split())
        assert message in flat, (rule_id, message)
    assert " ".join(REVIEW_COMMENT.split()) in flat
    assert {"sv": "Godtagen", "en": "Accepted"}[language] in text
    # The conflict list holds every result once: numbered K1…, V1…, M1… (C, W, O in English) per severity.
    prefixes = {"sv": "KVM", "en": "CWO"}[language]
    for prefix, severity in zip(prefixes, ("conflict", "warning", "opportunity")):
        count = int((engine_conflicts["severity"] == severity).sum())
        assert re.search(rf"^\s*{prefix}{count}\s", text, re.MULTILINE) and not re.search(
            rf"^\s*{prefix}{count + 1}\s", text, re.MULTILINE
        ), prefix
    # Shares in per cent with the language's decimal mark; the largest share of a conflict, as the engine has it.
    share = engine_conflicts.loc[engine_conflicts["severity"] == "conflict", "share"].max() * 100
    written = {"sv": f"{share:.1f}".replace(".", ","), "en": f"{share:.1f}"}[language] + " %"
    assert written in flat
    other = {"sv": r"\b\d+\.\d %", "en": r"\b\d+,\d %"}[language]
    assert re.findall(r"\b\d+[.,]\d %", flat) and not re.findall(other, flat)
    # The cover names the results by their analysis and the background by its kind, in the report's language (as the
    # Samplan results group and the map's legend do), and the theme layers by role with their counts in words; the
    # comparison's indicators (computed with QGIS in English) are named in the report's language too.
    cover = " ".join(pdf_text(pdf, layout=False).split("\f")[0].split())
    expected = {
        "sv": (
            "Konflikter (ytor), Konflikter (linjer), Konflikter (punkter), Indikatorer per version, Effektiv "
            "maskstorlek per område, Oförenliga användningar över gränser",
            "Tätorter, Vägar, Järnvägar, Sjöar, Vattendrag, Stationer",
            "Bebyggelse: tatorter (",
        ),
        "en": (
            "Conflicts (areas), Conflicts (lines), Conflicts (points), Indicators per version, Effective mesh size "
            "per unit, Incompatible uses across borders",
            "Urban areas, Roads, Railways, Lakes, Watercourses, Stations",
            "Settlement: tatorter (",
        ),
    }[language]
    for words in expected:
        assert words in cover, (words, cover)
    assert "conflict_areas" not in cover and "[settlement]" not in cover and "vagar, jarnvag" not in cover
    indicators = {"sv": ("Ny bebyggelse på jordbruksmark", "Konfliktkontrollens resultat: konflikt", "Yta: ")}
    english_words = ("New development", "Conflict check results", "Area: ", "Conflicts (areas)", "Links")
    for words in indicators.get(language, ()):
        assert words in flat, words
    if language == "sv":
        assert not [w for w in english_words if w in flat], [w for w in english_words if w in flat]
    # Each municipality's map labels its conflicts with their numbers in the conflict list (K1… / C1…), so that map
    # and list name the same results: the numbers the list gives Norrsjö's conflicts are on Norrsjö's map page.
    prefix = {"sv": "K", "en": "C"}[language]
    pages = pdf_text(pdf).split("\f")
    listed = {m.group(1) for m in re.finditer(rf"^\s*({prefix}\d+)\s.*\bNorrsjö\b", text, re.MULTILINE)}
    (norrsjo,) = [p for p in pages if p.strip().startswith("Norrsjö – ")]
    assert len(listed) >= 2 and listed <= set(norrsjo.split()), (listed, norrsjo)


def test_method_notes_only_for_the_analyses_in_the_report(inputs, tmp_path):
    make_report({k: inputs[k] for k in ("CONFLICTS", "PLAN", "MUNICIPALITIES", "RULES_USED")}, tmp_path, "sv")
    text = pdf_text(tmp_path / "report.pdf")
    keep_pages(tmp_path / "report.pdf", "conflicts_only_sv")
    assert "Metod och källor" in text and "Konfliktkontroll" in text and "ÖP-modellen" in text
    for absent in (
        "Effektiv maskstorlek",
        "Jaeger",
        "Moser",
        "Planförslag sida vid sida",
        "Svaga länkar",
        "Jenelius",
        "Funktionella regioner",
        "Coombes",
        "Tillväxtverket",
    ):
        assert absent not in text, absent


def test_nothing_to_report_is_refused_naming_the_inputs(qgis_processing, tmp_path):
    ensure_provider()
    parameters = {"LANGUAGE": 1, "OUTPUT_HTML": str(tmp_path / "r.html"), "OUTPUT_PDF": str(tmp_path / "r.pdf")}
    with pytest.raises(QgsProcessingException, match="Nothing to report.*Conflict check results.*Effective mesh size"):
        processing.run("samplan:report", parameters, feedback=RecordingFeedback())
    assert list(tmp_path.iterdir()) == []


def test_empty_results_are_refused_or_warned_about(inputs, tmp_path):
    fields = (
        "&".join(
            f"field={name}:string"
            for name in ("rule_id", "severity", "municipality", "plan_layer", "basis", "message", "status", "comment")
        )
        + "&field=plan_fid:integer&field=area_m2:double"
    )
    empty = memory_layer("Polygon", fields, [], "tomma_konflikter")
    parameters = {
        "CONFLICTS": [empty],
        "LANGUAGE": 1,
        "OUTPUT_HTML": str(tmp_path / "r.html"),
        "OUTPUT_PDF": str(tmp_path / "r.pdf"),
    }
    with pytest.raises(
        QgsProcessingException, match="Nothing to report: the results given are all empty \\(conflict check results\\)"
    ):
        processing.run("samplan:report", parameters, feedback=RecordingFeedback())
    assert list(tmp_path.iterdir()) == []
    # With the mesh table beside it, the report is written and the empty section named in a warning.
    feedback = RecordingFeedback()
    processing.run("samplan:report", {**parameters, "MESH": inputs["MESH"]}, feedback=feedback)
    assert any("conflict check results" in w and "no rows" in w for w in feedback.warnings), feedback.warnings
    text = pdf_text(tmp_path / "r.pdf")
    assert "The analysis was given but has no results." in text and "Effective mesh size" in text


def test_the_report_runs_in_the_main_thread():
    from qgis.core import Qgis, QgsApplication

    ensure_provider()
    algorithm = QgsApplication.processingRegistry().algorithmById("samplan:report")
    assert algorithm.flags() & Qgis.ProcessingAlgorithmFlag.NoThreading


def test_report_files_have_the_users_normal_permissions(inputs, tmp_path):
    previous = os.umask(0o022)
    try:
        make_report(inputs, tmp_path, "en")
    finally:
        os.umask(previous)
    for path in (tmp_path / "report.pdf", tmp_path / "report.html", *(tmp_path / "report_files").iterdir()):
        assert path.stat().st_mode & 0o777 == 0o644, path
    assert (tmp_path / "report_files").stat().st_mode & 0o777 == 0o755


def test_indicator_and_mesh_figures_equal_the_algorithms(inputs, tmp_path):
    make_report(inputs, tmp_path, "en")
    text = pdf_text(tmp_path / "report.pdf")
    for feature in inputs["INDICATORS"].getFeatures():
        if feature["indicator"] == "check_results":
            expected = [f"{int(feature[v])}" for v in ("A", "B")]
        elif feature["unit"] == "%":
            expected = [f"{feature[v]:,.1f}" for v in ("A", "B")]
        else:
            expected = [f"{feature[v]:,.3f}" for v in ("A", "B")]
        line = next(
            (
                row
                for row in text.splitlines()
                if all(e in row.split() for e in expected)
                and (not feature["unit"] or unicodedata.normalize("NFKC", feature["unit"]) in row.split())
            ),
            None,
        )
        assert line is not None, (feature["label"], expected)
    for feature in inputs["MESH"].getFeatures():
        row = f"{feature['unit']}\\s+{feature['m_eff_before_km2']:,.2f}\\s+{feature['m_eff_after_km2']:,.2f}"
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


def test_report_runs_headless_through_qgis_process(qgis_process_env, tmp_path, qgis_app):  # noqa: F811 - the imported fixture
    """Sample region, conflict check and report in Swedish, each a qgis_process run with the plugin installed from its zip."""
    from .test_qgis_process import qgis_process

    region = tmp_path / "region.gpkg"
    steps = [
        ["samplan:sampleregion", f"OUTPUT={region}"],
        [
            "samplan:conflictcheck",
            f"PLAN={region}|layername=plan_a_omraden",
            "PLAN_FIELD=anvandning",
            f"GREEN_BLUE={region}|layername=natura2000",
            f"GREEN_BLUE={region}|layername=oversvamning_100ar",
            f"MUNICIPALITIES={region}|layername=kommuner",
            f"CONFLICT_AREAS={tmp_path / 'areas.gpkg'}",
            f"CONFLICT_LINES={tmp_path / 'lines.gpkg'}",
            f"CONFLICT_POINTS={tmp_path / 'points.gpkg'}",
        ],
        [
            "samplan:report",
            f"CONFLICTS={tmp_path / 'areas.gpkg'}",
            f"PLAN={region}|layername=plan_a_omraden",
            f"MUNICIPALITIES={region}|layername=kommuner",
            "LANGUAGE=0",
            f"OUTPUT_HTML={tmp_path / 'rapport.html'}",
            f"OUTPUT_PDF={tmp_path / 'rapport.pdf'}",
        ],
    ]
    for algorithm, *arguments in steps:
        run = qgis_process(qgis_process_env, "run", algorithm, "--", *arguments)
        assert run.returncode == 0, run.stdout + run.stderr
    text = pdf_text(tmp_path / "rapport.pdf")
    assert "Resultat per allvarlighetsgrad" in text and "Konflikt" in text
    assert (tmp_path / "rapport_files" / "overview_map.png").exists()


def test_cancelled_report_leaves_no_file(inputs, tmp_path):
    feedback = RecordingFeedback(cancel_at=45.0)  # while the layout is being made
    parameters = {
        **inputs,
        "LANGUAGE": 1,
        "OUTPUT_HTML": str(tmp_path / "r.html"),
        "OUTPUT_PDF": str(tmp_path / "r.pdf"),
    }
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
    parameters = {
        **inputs,
        "TITLE": "Second",
        "LANGUAGE": 0,
        "OUTPUT_HTML": str(tmp_path / "report.html"),
        "OUTPUT_PDF": str(tmp_path / "report.pdf"),
    }
    with pytest.raises(Exception, match="disk full"):
        processing.run("samplan:report", parameters, feedback=RecordingFeedback())
    monkeypatch.undo()
    assert snapshot(tmp_path) == before
    assert sorted(p.name for p in tmp_path.iterdir()) == ["report.html", "report.pdf", "report_files"]


def test_cancelled_run_leaves_the_previous_report_intact(inputs, tmp_path):
    make_report(inputs, tmp_path, "en")
    before = snapshot(tmp_path)
    parameters = {
        **inputs,
        "LANGUAGE": 0,
        "OUTPUT_HTML": str(tmp_path / "report.html"),
        "OUTPUT_PDF": str(tmp_path / "report.pdf"),
    }
    with pytest.raises(QgsProcessingException, match="Cancelled"):
        processing.run(
            "samplan:report", parameters, feedback=RecordingFeedback(cancel_at=75.0)
        )  # after the PDF, before the swap
    assert snapshot(tmp_path) == before
    assert sorted(p.name for p in tmp_path.iterdir()) == ["report.html", "report.pdf", "report_files"]


def test_a_folder_as_the_pdf_is_refused_and_nothing_changes(inputs, tmp_path):
    make_report(inputs, tmp_path, "en")
    (tmp_path / "folder.pdf").mkdir()
    before = snapshot(tmp_path)
    parameters = {
        **inputs,
        "LANGUAGE": 1,
        "OUTPUT_HTML": str(tmp_path / "report.html"),
        "OUTPUT_PDF": str(tmp_path / "folder.pdf"),
    }
    with pytest.raises(QgsProcessingException, match="folder.pdf is a folder"):
        processing.run("samplan:report", parameters, feedback=RecordingFeedback())
    assert snapshot(tmp_path) == before


def test_a_long_table_flows_over_pages_without_losing_rows(inputs, tmp_path):
    # 120 reporting units (a 10 km grid, say): the mesh table is far longer than a page (a fixed frame held about 48
    # rows and dropped the rest). Every row, the last included, is in the PDF's text, each once.
    fields = "&".join(
        f"field={name}:double"
        for name in (
            "m_eff_before_km2",
            "m_eff_after_km2",
            "m_eff_cbc_before_km2",
            "m_eff_cbc_after_km2",
            "s_eff_after",
        )
    )
    rows = [
        (
            f"POLYGON(({x} 6700000, {x + 1000} 6700000, {x + 1000} 6701000, {x} 6700000))",
            [f"Ruta {n:03d}", n + 0.25, n + 0.5, n + 0.75, n + 1.0, 1000.0 / (n + 0.5)],
        )
        for n, x in enumerate(range(400000, 520000, 1000), start=1)
    ]
    mesh = memory_layer("Polygon", "field=unit:string&" + fields, rows, "rutor")
    parameters = {
        **inputs,
        "MESH": mesh,
        "LANGUAGE": 1,
        "OUTPUT_HTML": str(tmp_path / "r.html"),
        "OUTPUT_PDF": str(tmp_path / "r.pdf"),
    }
    result = processing.run("samplan:report", parameters, feedback=RecordingFeedback())
    text = pdf_text(tmp_path / "r.pdf")
    for n in range(1, 121):
        assert (
            len(re.findall(rf"Ruta {n:03d}\s+{n + 0.25:.2f}\s+{n + 0.5:.2f}\s+{n + 0.75:.2f}\s+{n + 1.0:.2f}", text))
            == 1
        ), n
    assert re.search(r"Ruta 120\s+120\.25\s+120\.50\s+120\.75\s+121\.00", text)
    assert result["PAGES"] >= 4


def test_sections_for_weak_links_accessibility_and_functional_regions(region, tmp_path):
    """The other analyses' outputs, each run by its own algorithm on the sample region, in a Swedish report of its own;
    figures compared with the outputs' attributes, written the Swedish way."""
    from qgis.core import QgsVectorLayer

    towns = QgsVectorLayer(uri(region, "tatorter"), "tatorter", "ogr")
    centre = next(f for f in towns.getFeatures() if f["namn"] == "Älvstad").geometry().pointOnSurface().asWkt()
    links = processing.run(
        "samplan:linkcriticality",
        {
            "NETWORK": uri(region, "vagar"),
            "SPEED_FIELD": "hastighet",
            "CLASS_FIELD": "kategori",
            "CRS": "EPSG:3006",
            "POPULATION": uri(region, "befolkning_250m"),
            "POPULATION_FIELD": "befolkning",
            "MAX_CONNECTOR": 2000,
            "DEMAND": 1,
            "CENTRES": memory_layer("Point", "field=namn:string", [(centre, ["Älvstad"])], "centrum"),
            "LINKS": "TEMPORARY_OUTPUT",
            "NODES": "TEMPORARY_OUTPUT",
        },
    )["LINKS"]
    access = processing.run(
        "samplan:accessibility",
        {
            "NETWORK": uri(region, "vagar"),
            "SPEED_FIELD": "hastighet",
            "POPULATION": uri(region, "befolkning_250m"),
            "POPULATION_FIELD": "befolkning",
            "DESTINATIONS": uri(region, "tatorter"),
            "DESTINATION_NAME": "namn",
            "MUNICIPALITIES": uri(region, "kommuner"),
            "MUNICIPALITY_FIELD": "kommunnamn",
            "CRS": "EPSG:3006",
            **dict.fromkeys(("OUTPUT", "SUMMARY", "CHANGE", "CHANGE_SUMMARY"), "TEMPORARY_OUTPUT"),
        },
    )["SUMMARY"]
    regions = processing.run(
        "samplan:functionalregions",
        {
            "ZONES": uri(region, "kommuner"),
            "ZONE_CODE": "kommunkod",
            "ZONE_NAME": "kommunnamn",
            "COMMUTING_TABLE": uri(region, "pendling"),
            "METHOD": 0,
            "CRS": "EPSG:3006",
            **dict.fromkeys(("REGIONS", "ZONE_REGIONS", "SUMMARY"), "TEMPORARY_OUTPUT"),
        },
    )["REGIONS"]
    parameters = {
        "WEAK_LINKS": links,
        "ACCESSIBILITY": access,
        "REGIONS": regions,
        "MUNICIPALITIES": uri(region, "kommuner"),
        "BACKGROUND": [uri(region, name) for name in BACKGROUND],
        "LANGUAGE": 0,
        "OUTPUT_HTML": str(tmp_path / "r.html"),
        "OUTPUT_PDF": str(tmp_path / "r.pdf"),
    }
    processing.run("samplan:report", parameters, feedback=RecordingFeedback())
    keep_pages(tmp_path / "r.pdf", "other_analyses_sv")
    text = pdf_text(tmp_path / "r.pdf")

    def sv(value, decimals):
        return f"{value:,.{decimals}f}".replace(",", " ").replace(".", ",")

    # The weakest links: rank 1 to 15, each with its length (km) and the people it cuts off.
    ranked = sorted(links.getFeatures(), key=lambda f: f["rank"])[:15]
    assert "De 15 svagaste länkarna" in text
    for feature in ranked[:5]:
        row = rf"^\s*{feature['rank']}\s+{int(feature['link_id'])}\s+{re.escape(sv(feature['length_m'] / 1000, 1))}\s"
        assert re.search(row, text, re.MULTILINE), (feature["rank"], feature["link_id"])
    assert not re.search(
        r"^\s*16\s+\S+\s+\d", text[text.index("De 15 svagaste") : text.index("Tillgänglighet")], re.MULTILINE
    )
    # Accessibility: per municipality the population (thousands grouped by a space) and the share within 5 km in per cent.
    for feature in access.getFeatures():
        name = "Hela området" if feature["municipality"] in ("*", "Whole area") else feature["municipality"]
        row = rf"^\s*{re.escape(name)}\s+{re.escape(sv(feature['population'], 0))}\s+{re.escape(sv(feature['share_within_5km'] * 100, 1))} %"
        assert re.search(row, text, re.MULTILINE), (name, row)
    assert any(f["population"] >= 1000 for f in access.getFeatures())  # so that the grouping above was tested
    # Functional regions: name, centre, residents and self-containment.
    for feature in regions.getFeatures():
        row = rf"{re.escape(feature['region_name'])}\s+{re.escape(feature['centre_name'])}\s+{feature['zones']}\s+{re.escape(sv(feature['residents'], 0))}"
        assert re.search(row, text), row
        assert f"{sv(feature['sc_supply'] * 100, 1)} %" in text
    # Method notes for these three analyses only.
    for present in (
        "Svaga länkar och redundans",
        "Jenelius",
        "Tillgänglighet",
        "Pipos",
        "Funktionella regioner",
        "Coombes",
    ):
        assert present in text, present
    for absent in ("Konfliktkontroll", "Jaeger", "ÖP-modellen"):
        assert absent not in text, absent


def test_layers_in_other_crss_are_drawn_on_one_map_with_a_true_scale_bar(region, inputs, tmp_path):
    """The plan draft in WGS 84 (degrees) and the background in Web Mercator, the results in SWEREF 99 TM: the maps are
    drawn in SWEREF 99 TM, zoomed to the plan draft, and the scale bar says what a millimetre stands for. (The extents
    in degrees and metres were once combined unconverted: a map of half the globe, "0 500 1,000 km".)"""

    def reprojected(name, crs):
        target = tmp_path / f"{name}_{crs.split(':')[1]}.gpkg"
        parameters = {"INPUT": uri(region, name), "TARGET_CRS": crs, "OUTPUT": str(target)}
        return processing.run("native:reprojectlayer", parameters)["OUTPUT"]

    make_report(
        {
            **inputs,
            "PLAN": reprojected("plan_a_omraden", "EPSG:4326"),
            "BACKGROUND": [reprojected(name, "EPSG:3857") for name in ("tatorter", "vagar", "sjoar")],
        },
        tmp_path,
        "en",
    )
    pdf = tmp_path / "report.pdf"
    keep_pages(pdf, "other_crs_en")
    plan = QgsVectorLayer(uri(region, "plan_a_omraden"), "plan", "ogr")
    assert plan.crs().authid() == "EPSG:3006"
    # The overview map (CONTENT_W = 186 mm wide) shows the plan draft's width on the ground and 4 % around it at least.
    least = 1.04 * plan.extent().width() / 186.0
    (overview,) = scale_bars(pdf, 2)
    assert overview.unit == "km" and overview.labels[0] == "0", overview
    assert least * 0.97 <= overview.metres_per_mm <= least * 1.5, (overview, least)
    text = pdf_text(pdf)
    assert "Ekeby" in text and "Norrsjö" in text  # the background's place names are on the map, not off in Mercator


def test_a_word_wider_than_its_column_widens_the_column(qgis_app):
    """The layout wraps a cell at spaces only: "trafikförsörjningsprogram" (a basis) was cut off in the conflict
    list's basis column. The column now holds it, measured in the table's own font; the table keeps its width."""
    basis = "PBL 2 kap. 3 §; Regional trafikförsörjningsprogram (lag (2010:1065) om kollektivtrafik)"
    widths = [0.7, 4.0, 2.7, 1.6, 1.5, 1.2, 1.4, 2.6]  # the conflict list's columns
    headers = ["Nr", "Regeltext", "Stöd", "Kommun", "Yta/längd", "Andel", "Status", "Kommentar"]
    row = ["V2", "Ny bebyggelse mer än 400 m från en hållplats med hög turtäthet.", basis, "Sörby"]
    layout = ReportLayout("test")
    layout.table(0, 20.0, ReportTable("Varning", headers, [row + ["464,3 ha", "100,0 %", "Öppen", ""]], [], widths))
    (table,) = [f for f in layout.layout.multiFrames() if isinstance(f, QgsLayoutItemManualTable)]
    columns = table.columnWidths()
    context = QgsLayoutUtils.createRenderContextForLayout(layout.layout, None)
    word = QgsTextRenderer.textWidth(context, table.contentTextFormat(), ["trafikförsörjningsprogram"])
    assert columns[2] >= word / context.scaleFactor()
    intended = (CONTENT_W - 2 * 1.0 * len(widths) - 0.5 * (len(widths) + 1)) / sum(widths)
    assert sum(columns) == pytest.approx(intended * sum(widths))
    assert columns[1] > 0.9 * widths[1] * intended  # the rule text keeps nearly all its room


def test_a_heading_with_no_room_below_it_for_its_table_starts_the_next_page(qgis_app):
    layout = ReportLayout("test")
    table = ReportTable("Effektiv maskstorlek", ["Område", "Före", "Efter"], [["Norrsjö", "91,03", "87,71"]] * 3)
    # 35 mm left on the page: room for a heading (10 mm), not for it and a table's title and first rows (33 mm).
    last = layout.sections(0, PAGE_H - MARGIN - 35, [Section("mesh", "Fragmentering före och efter", [table])])
    labels = {item.text(): item.page() for item in layout.layout.items() if isinstance(item, QgsLayoutItemLabel)}
    assert labels["Fragmentering före och efter"] == 1 and labels["Effektiv maskstorlek"] == 1 and last == 1


@pytest.mark.parametrize(("share", "page"), [(0.7, 0), (0.4, 1)])
def test_a_chart_a_little_too_tall_for_the_rest_of_the_page_stays_with_its_table(qgis_app, tmp_path, share, page):
    """A chart 2:1 (93 mm across the page) with 70 % of its height left below its table is drawn that much smaller on
    the table's page (it once moved on alone, leaving half a page empty); with 40 % left it starts the next page."""
    chart = tmp_path / "chart.png"
    image = QImage(1400, 700, QImage.Format.Format_RGB32)
    image.fill(QColor("white"))
    assert image.save(str(chart), "PNG")
    height = CONTENT_W * 700 / 1400
    layout = ReportLayout("test")
    top = PAGE_H - MARGIN - 5 - share * height - 10  # the heading and the gap after it take 10 mm, the title 5
    layout.sections(0, top, [Section("comparison", "Jämförelse", [Chart(chart, "Ytindikatorer")])])
    (picture,) = [i for i in layout.layout.items() if isinstance(i, QgsLayoutItemPicture)]
    assert picture.page() == page
    bottom = picture.pagePositionWithUnits().y() + picture.sizeWithUnits().height()
    assert bottom <= PAGE_H - MARGIN + 0.01
    if page == 0:
        assert picture.sizeWithUnits().height() == pytest.approx(share * height, abs=0.5)
