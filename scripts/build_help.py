"""Builds the plugin's HTML help (help/<language>/<page>.html) from the Markdown in docs/<language>/.

Run after editing docs/: `.venv/bin/python scripts/build_help.py`. The HTML is committed, so that the plugin
ships it without a build step; tests/test_help.py fails while it is out of date. `--check` only compares.
"""

from __future__ import annotations

import importlib.util
import re
import shutil
import sys
from pathlib import Path

import markdown

HERE = Path(__file__).resolve().parent.parent
_spec = importlib.util.spec_from_file_location("help_pages", HERE / "i18n" / "help_pages.py")
help_pages = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(help_pages)
DOCS = HERE / "docs"
IMAGES = ("images",)
NAV = {
    "en": ("User guide", "Trainer's guide", "På svenska"),
    "sv": ("Användarhandbok", "Utbildarhandledning", "In English"),
}
TEMPLATE = """<!DOCTYPE html>
<html lang="{language}">
<head>
<meta charset="utf-8">
<title>{title} – Samplan</title>
<link rel="stylesheet" href="../help.css">
</head>
<body>
<nav><a href="user_guide.html">{guide}</a> · <a href="trainers_guide.html">{trainer}</a> · <a href="../{other}/{page}.html">{switch}</a></nav>
<main>
{body}
</main>
</body>
</html>
"""


def page_of(language: str) -> dict[str, str]:
    """Markdown file name in docs/<language> -> page key."""
    position = help_pages.LANGUAGES.index(language)
    return {sources[position]: key for key, sources in help_pages.PAGES.items()}


def rewrite_links(text: str, language: str) -> str:
    """Links between the Markdown pages become links between the HTML pages; images stay beside them."""

    def replace(match: re.Match) -> str:
        target = match.group(2)
        folder, _, name = target.rpartition("/")
        anchor = ""
        if "#" in name:
            name, anchor = name.split("#", 1)
            anchor = "#" + anchor
        other = folder.removeprefix("../") if folder.startswith("../") else language
        if name.endswith(".md") and other in help_pages.LANGUAGES and name in page_of(other):
            key = page_of(other)[name]
            prefix = "" if other == language else f"../{other}/"
            return f"{match.group(1)}({prefix}{key}.html{anchor})"
        return match.group(0)

    # A link that shows its own target shows the HTML page's name instead of the Markdown file's.
    text = re.sub(r"\[([^\]]+\.md)\]\(\1\)", lambda m: f"[{_html_name(m.group(1), language)}]({m.group(1)})", text)
    return re.sub(r"(\]\s*)\(([^)\s]+)\)", replace, text)


def _html_name(target: str, language: str) -> str:
    folder, _, name = target.rpartition("/")
    other = folder.removeprefix("../") if folder.startswith("../") else language
    pages = page_of(other) if other in help_pages.LANGUAGES else {}
    return target.replace(name, f"{pages[name]}.html") if name in pages else target


def build_page(source: Path, language: str, key: str) -> str:
    text = rewrite_links(source.read_text(encoding="utf-8"), language)
    body = markdown.markdown(text, extensions=["tables", "fenced_code", "sane_lists", "toc"], output_format="html")
    title_match = re.search(r"^#\s+(.+)$", text, flags=re.MULTILINE)
    title = re.sub(r"[*_`]", "", title_match.group(1)).strip() if title_match else key
    guide, trainer, switch = NAV[language]
    other = next(o for o in help_pages.LANGUAGES if o != language)
    return TEMPLATE.format(
        language=language, title=title, guide=guide, trainer=trainer, switch=switch, other=other, page=key, body=body
    )


def expected() -> dict[Path, bytes]:
    """Every file help/ should hold, with its content."""
    files: dict[Path, bytes] = {}
    for position, language in enumerate(help_pages.LANGUAGES):
        for key, sources in help_pages.PAGES.items():
            source = DOCS / language / sources[position]
            if source.exists():
                files[help_pages.HELP_DIR / language / f"{key}.html"] = build_page(source, language, key).encode(
                    "utf-8"
                )
    files[help_pages.HELP_DIR / "help.css"] = (HERE / "resources" / "help.css").read_bytes()
    for folder in IMAGES:
        for image in sorted((DOCS / folder).glob("*.png")):
            files[help_pages.HELP_DIR / folder / image.name] = image.read_bytes()
    return files


def out_of_date() -> list[str]:
    wanted = expected()
    present = {p for p in help_pages.HELP_DIR.rglob("*") if p.is_file()} if help_pages.HELP_DIR.exists() else set()
    stale = [str(p.relative_to(HERE)) for p, content in wanted.items() if not p.exists() or p.read_bytes() != content]
    extra = [str(p.relative_to(HERE)) for p in present - set(wanted)]
    return sorted(stale + extra)


def main() -> int:
    if "--check" in sys.argv:
        stale = out_of_date()
        print("\n".join(stale) or "help/ is up to date")
        return 1 if stale else 0
    if help_pages.HELP_DIR.exists():
        shutil.rmtree(help_pages.HELP_DIR)
    for path, content in expected().items():
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_bytes(content)
    print(f"{len(expected())} files in {help_pages.HELP_DIR.relative_to(HERE)}/")
    return 0


if __name__ == "__main__":
    sys.exit(main())
