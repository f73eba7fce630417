"""Every language the app speaks, described once.

Adding a language is one ``Language`` here and its ``resources/translations`` .ts source: the
window's start-up and View > Language, the command line's ``--lang``, the notices, the
translation script (``scripts/update_translations.py``) and the packaging (the Qt catalogues
kept in the bundle, the macOS localisations) all read this table. Plain Python, so the
packaging and the scripts read it without Qt.
"""

from __future__ import annotations

from dataclasses import dataclass

from contact_manager.domain.text import QT_TRANSLATE_NOOP, translate


@dataclass(frozen=True)
class Language:
    code: str  # ISO 639-1: the .ts/.qm suffix, the --lang value, the saved choice
    native_name: str  # as its speakers write it: how the language menu lists it
    name: str  # its English name, translated inside sentences (context "Language")
    locale: str  # the locale used for dates and numbers when the system speaks another language
    qt_catalogs: tuple[str, ...] = ("qtbase", "qt")  # Qt's own catalogues the bundle keeps
    plurals_only: bool = False  # the source language: its .ts holds the plural forms only

    @property
    def name_in_sentence(self) -> str:
        """Its name in the current language, as it reads inside a sentence ("in Italian")."""
        return translate("Language", self.name)


LANGUAGES: tuple[Language, ...] = (
    Language(
        "en", "English", QT_TRANSLATE_NOOP("Language", "English"), "en_US", qt_catalogs=(), plurals_only=True
    ),
    Language("it", "Italiano", QT_TRANSLATE_NOOP("Language", "Italian"), "it_IT"),
)

CODES: tuple[str, ...] = tuple(language.code for language in LANGUAGES)
SOURCE_LANGUAGE = "en"  # the language the texts are written in


def described(code: str) -> Language:
    """The description of the language ``code`` (KeyError for one the app doesn't have)."""
    for language in LANGUAGES:
        if language.code == code:
            return language
    raise KeyError(code)


def qt_catalog_files() -> set[str]:
    """The file names of Qt's own catalogues the bundle keeps (``qtbase_it.qm``...)."""
    return {f"{catalog}_{language.code}.qm" for language in LANGUAGES for catalog in language.qt_catalogs}
