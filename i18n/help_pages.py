"""The plugin's help pages: HTML in help/<language>/<page>.html, built from docs/<language>/*.md by
scripts/build_help.py, opened in the user's language with English as fallback. Plain Python (no QGIS):
the build script reads the same table."""

from __future__ import annotations

from pathlib import Path

HELP_DIR = Path(__file__).resolve().parent.parent / "help"
LANGUAGES = ("en", "sv")
# Page key (the HTML file's name in every language) -> its Markdown source in docs/en and in docs/sv.
PAGES: dict[str, tuple[str, str]] = {
    "user_guide": ("user_guide.md", "anvandarhandbok.md"),
    "trainers_guide": ("trainers_guide.md", "utbildarhandledning.md"),
    "sample_region": ("sample_region.md", "exempelregion.md"),
    "conflict_inspector": ("conflict_inspector.md", "konfliktgranskning.md"),
    "conflict_check": ("conflict_check.md", "konfliktkontroll.md"),
    "link_criticality": ("link_criticality.md", "svaga_lankar.md"),
    "area_disruption": ("area_disruption.md", "omradesavbrott.md"),
    "transit_accessibility": ("transit_accessibility.md", "kollektivtrafik.md"),
    "accessibility": ("accessibility.md", "tillganglighet.md"),
    "functional_regions": ("functional_regions.md", "funktionella_regioner.md"),
    "commuting_flows": ("commuting_flows.md", "pendlingsfloden.md"),
    "fragmentation": ("fragmentation.md", "fragmentering.md"),
    "compare_drafts": ("compare_drafts.md", "jamfor_planforslag.md"),
    "border_coherence": ("border_coherence.md", "samstammighet_over_granser.md"),
    "report": ("report.md", "rapport.md"),
    "shared_review": ("shared_review.md", "delad_granskning.md"),
}


def help_file(page: str, language: str) -> Path:
    """The page in `language` if it is shipped, else in English."""
    if page not in PAGES:
        raise KeyError(page)
    localised = HELP_DIR / language / f"{page}.html"
    return localised if localised.exists() else HELP_DIR / "en" / f"{page}.html"
