"""Collects every translatable string (tr("…"), self.tr("…") and the engine's translatable("…")) into the Qt Linguist sources i18n/samplan_<lang>.ts.

Code strings share the context "Samplan", the one i18n.translation.tr() looks them up in; the texts of
the Qt Designer forms (ui/*.ui) are under each form's class name, as uic translates them. Existing
translations are kept; new strings are added as unfinished, strings no longer in the code are marked
obsolete. Translators then edit the .ts in Qt Linguist; `make translations` compiles the .qm files.

    python3 scripts/update_translations.py [sv ...]
"""

from __future__ import annotations

import ast
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

REPOSITORY = Path(__file__).resolve().parent.parent
CONTEXT = "Samplan"
SOURCE_DIRS = ("core", "algorithms", "qgis_adapter", "ui", "i18n")
# tr() translates at once; translatable() marks an engine template that the adapter translates later.
MARKERS = ("tr", "translatable")
SOURCE_FILES = ("plugin.py", "dependencies.py")


def source_files() -> list[Path]:
    files = [REPOSITORY / name for name in SOURCE_FILES]
    for folder in SOURCE_DIRS:
        files += sorted((REPOSITORY / folder).rglob("*.py"))
    return [f for f in files if f.exists()]


def translatable_strings(path: Path) -> list[tuple[str, int]]:
    """String literals passed directly to tr(), self.tr() or translatable(), in the order they appear."""
    found = []
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if not isinstance(node, ast.Call) or not node.args:
            continue
        name = (
            node.func.id
            if isinstance(node.func, ast.Name)
            else node.func.attr
            if isinstance(node.func, ast.Attribute)
            else ""
        )
        argument = node.args[0]
        if name in MARKERS and isinstance(argument, ast.Constant) and isinstance(argument.value, str):
            found.append((argument.value, node.lineno))
    return sorted(found, key=lambda item: item[1])


def ui_strings(path: Path) -> tuple[str, list[tuple[str, int]]]:
    """The texts of a Qt Designer form, under the form's class name: the context uic translates them in."""
    root = ET.parse(path).getroot()
    context = root.findtext("class") or path.stem
    texts = [(element.text, 0) for element in root.iter("string") if element.text and element.get("notr") != "true"]
    return context, texts


def collect() -> dict[tuple[str, str], tuple[str, int]]:
    """(context, source text) → (file, line) of its first use."""
    strings: dict[tuple[str, str], tuple[str, int]] = {}
    for path in source_files():
        for text, line in translatable_strings(path):
            strings.setdefault((CONTEXT, text), (str(path.relative_to(REPOSITORY)), line))
    for path in sorted((REPOSITORY / "ui").rglob("*.ui")):
        context, texts = ui_strings(path)
        for text, line in texts:
            strings.setdefault((context, text), (str(path.relative_to(REPOSITORY)), line))
    return strings


def update(language: str, strings: dict[tuple[str, str], tuple[str, int]]) -> Path:
    ts_path = REPOSITORY / "i18n" / f"samplan_{language}.ts"
    existing: dict[tuple[str, str], tuple[str, str | None]] = {}
    if ts_path.exists():
        for context in ET.parse(ts_path).getroot().iter("context"):
            name = context.findtext("name")
            for message in context.iter("message"):
                translation = message.find("translation")
                existing[(name, message.findtext("source"))] = (translation.text or "", translation.get("type"))
    # A text already translated in another context starts from that translation (marked for review).
    by_source = {source: text for (_, source), (text, kind) in existing.items() if text and kind != "unfinished"}
    root = ET.Element("TS", version="2.1", language=language)
    contexts = sorted({c for c, _ in strings} | {c for c, _ in existing}, key=lambda c: (c != CONTEXT, c))
    for name in contexts:
        context = ET.SubElement(root, "context")
        ET.SubElement(context, "name").text = name
        for (message_context, source), (filename, line) in strings.items():
            if message_context != name:
                continue
            message = ET.SubElement(context, "message")
            ET.SubElement(message, "location", filename=f"../{filename}", line=str(line))
            ET.SubElement(message, "source").text = source
            text, kind = existing.get((name, source), (by_source.get(source, ""), "unfinished"))
            translation = ET.SubElement(message, "translation")
            translation.text = text
            if kind == "unfinished" or not text:
                translation.set("type", "unfinished")
        for (message_context, source), (text, _kind) in existing.items():
            if message_context == name and (name, source) not in strings and text:
                message = ET.SubElement(context, "message")
                ET.SubElement(message, "source").text = source
                ET.SubElement(message, "translation", type="vanished").text = text
    ET.indent(root)
    ts_path.write_text(
        '<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>\n' + ET.tostring(root, encoding="unicode") + "\n",
        encoding="utf-8",
    )
    return ts_path


def main(languages: list[str]) -> None:
    strings = collect()
    for language in languages or ["sv"]:
        path = update(language, strings)
        print(f"{path.relative_to(REPOSITORY)}: {len(strings)} strings")


if __name__ == "__main__":
    main(sys.argv[1:])
