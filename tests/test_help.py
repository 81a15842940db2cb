"""The HTML help shipped in the plugin: built from docs/, complete in both languages, its links resolve."""

from __future__ import annotations

import importlib.util
import re
from html.parser import HTMLParser
from pathlib import Path

REPOSITORY = Path(__file__).resolve().parent.parent


def _load(name: str, path: Path):
    spec = importlib.util.spec_from_file_location(name, path)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


help_pages = _load("help_pages", REPOSITORY / "i18n" / "help_pages.py")


class Links(HTMLParser):
    def __init__(self) -> None:
        super().__init__()
        self.targets: list[str] = []

    def handle_starttag(self, tag, attrs):
        for name, value in attrs:
            if (tag, name) in (("a", "href"), ("img", "src"), ("link", "href")) and value:
                self.targets.append(value)


def test_help_is_built_from_the_current_docs():
    build = _load("build_help", REPOSITORY / "scripts" / "build_help.py")
    stale = build.out_of_date()
    assert not stale, f"run .venv/bin/python scripts/build_help.py: {stale}"


def test_every_page_is_shipped_in_swedish_and_english():
    for language in help_pages.LANGUAGES:
        for page in help_pages.PAGES:
            assert (help_pages.HELP_DIR / language / f"{page}.html").exists(), (language, page)
            assert help_pages.help_file(page, language) == help_pages.HELP_DIR / language / f"{page}.html"
    # A language without pages falls back to English.
    assert help_pages.help_file("trainers_guide", "fi") == help_pages.HELP_DIR / "en" / "trainers_guide.html"


def test_links_between_help_pages_resolve():
    broken = []
    for page in sorted(help_pages.HELP_DIR.rglob("*.html")):
        parser = Links()
        parser.feed(page.read_text(encoding="utf-8"))
        for target in parser.targets:
            if re.match(r"^[a-z]+:", target) or target.startswith("#"):
                continue
            if not (page.parent / target.split("#")[0]).resolve().exists():
                broken.append((str(page.relative_to(REPOSITORY)), target))
    assert not broken, broken


def test_the_trainers_guide_follows_the_menu_and_asks_the_room():
    """Each of the nine steps, in both languages, with a question and its answer; the route is the Samplan menu."""
    for language, load, question, answer in (
        ("en", "Samplan → Load sample region…", "**Question:**", "*Answer:*"),
        ("sv", "Samplan → Läs in exempelregion…", "**Fråga:**", "*Svar:*"),
    ):
        text = (
            REPOSITORY / "docs" / language / help_pages.PAGES["trainers_guide"][help_pages.LANGUAGES.index(language)]
        ).read_text(encoding="utf-8")
        steps = re.findall(r"^## (\d)\. ", text, flags=re.MULTILINE)
        assert steps == [str(n) for n in range(1, 10)], language
        assert load in text and text.count(question) == 9 and text.count(answer) == 9, language
        assert "make demo" not in text and "Browser" not in text
