"""Loading the Swedish (or any other) translation, following QGIS's locale with English as fallback."""

from __future__ import annotations

from pathlib import Path

from qgis.core import QgsSettings
from qgis.PyQt.QtCore import QCoreApplication, QLocale, QTranslator

I18N_DIR = Path(__file__).resolve().parent
CONTEXT = "Samplan"
_installed: list[QTranslator] = []
_languages: list[str] = []


def user_language() -> str:
    """Two-letter language QGIS runs in: its override setting, else the system locale."""
    settings = QgsSettings()
    if settings.value("locale/overrideFlag", False, type=bool):
        locale = settings.value("locale/userLocale", "", type=str)
    else:
        locale = QLocale.system().name()
    return (locale or "en")[:2]


def csv_style() -> str:
    """The CSV conventions of the user's locale: 'sv' (';', decimal comma) under a Swedish one, else 'en' (',', '.')."""
    return "sv" if user_language() == "sv" else "en"


def install_translator(language: str | None = None) -> bool:
    """Install samplan_<language>.qm if there is one; English needs none. Returns whether one was installed."""
    language = language or user_language()
    qm_file = I18N_DIR / f"samplan_{language}.qm"
    if not qm_file.exists():
        return False
    translator = QTranslator()
    if not translator.load(str(qm_file)):
        return False
    QCoreApplication.installTranslator(translator)
    _installed.append(translator)  # kept alive: Qt does not own it
    _languages.append(language)
    return True


def tr(text: str) -> str:
    return QCoreApplication.translate(CONTEXT, text)


def remove_translators() -> None:
    """Uninstall what install_translator() installed (on unload, and in tests)."""
    while _installed:
        QCoreApplication.removeTranslator(_installed.pop())
    _languages.clear()


def user_locale() -> QLocale:
    """The locale of the language Samplan speaks (its translation's, else QGIS's): numbers as that language writes
    them (Swedish: 1,82 and 12 345)."""
    return QLocale(_languages[-1] if _languages else user_language())


def number_text(value: float) -> str:
    """A number as the user's language writes it (1.5 in English, 1,5 in Swedish), for legends and labels."""
    return user_locale().toString(float(value), "g", 6)
