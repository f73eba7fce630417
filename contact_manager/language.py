"""The language the app speaks: choosing it, loading its translations, switching it live.

Two translators are loaded for a language: the app's own (``i18n/contact_manager_<lang>.qm``,
compiled from ``resources/translations`` by ``make translations``) and Qt's
(``qtbase_<lang>.qm``, so standard buttons and dialogs speak the language too). The domain,
which may not import Qt, is handed ``QCoreApplication.translate`` through
``domain.text.install_translator``.

Installing a translator makes Qt send ``QEvent.LanguageChange`` to every widget; each widget
re-reads its texts in ``retranslate()``, so a switch needs no restart.
Only QtCore/QtGui are used here: the command line calls ``install_core``. Which languages
there are, and their names and locales, is said once in ``domain/languages.py``.
"""

from __future__ import annotations

import sys
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator

from contact_manager.domain import text
from contact_manager.domain.languages import CODES, SOURCE_LANGUAGE
from contact_manager.domain.languages import LANGUAGES as DESCRIBED
from contact_manager.settings import open_settings
from contact_manager.settings import save as save_settings

LANGUAGES: tuple[str, ...] = CODES
DEFAULT_LANGUAGE = SOURCE_LANGUAGE
SETTINGS_KEY = "ui/language"
APP_CATALOG = "contact_manager"
I18N_DIR = Path(__file__).resolve().parent / "i18n"

# The locale each language uses when the system's own locale speaks another language.
_DEFAULT_LOCALES = {language.code: language.locale for language in DESCRIBED}
_QT_LANGUAGES = {QLocale(language.locale).language(): language.code for language in DESCRIBED}

# Translators must outlive the call that installed them: Qt keeps only a pointer.
_installed: list[QTranslator] = []
_current: str | None = None
_standalone: list[QTranslator] = []  # install_core without an application


def available_languages() -> list[str]:
    return list(LANGUAGES)


def system_language(locale: QLocale | None = None) -> str:
    """The app language matching the user's preferred languages (one of ``LANGUAGES``)."""
    locale = locale if locale is not None else QLocale.system()
    for name in locale.uiLanguages():
        code = name.replace("_", "-").split("-")[0].lower()
        if code in LANGUAGES:
            return code
    return _QT_LANGUAGES.get(locale.language(), DEFAULT_LANGUAGE)


def saved_language() -> str | None:
    """The language the user chose last time from the menu, if any."""
    value = open_settings().value(SETTINGS_KEY)
    return value if isinstance(value, str) and value in LANGUAGES else None


def current_language() -> str:
    return _current or DEFAULT_LANGUAGE


def locale_for(lang: str) -> QLocale:
    """The locale for dates and numbers: the system's own when it speaks ``lang``."""
    system = QLocale.system()
    if _QT_LANGUAGES.get(system.language()) == lang:
        return system
    return QLocale(_DEFAULT_LOCALES[lang])


def csv_separator(locale: QLocale | None = None) -> str:
    """The field separator the locale's spreadsheets expect when opening a CSV file.

    Where the decimal mark is a comma (Italy, most of Europe) Excel and LibreOffice split
    CSV files on semicolons; elsewhere on commas.
    """
    locale = locale if locale is not None else QLocale()
    return ";" if locale.decimalPoint() == "," else ","


def qt_translation_dirs() -> list[Path]:
    """Where Qt's own ``qtbase_*.qm`` may be: Qt's folder, else beside the app's catalogues."""
    dirs = [Path(QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)), I18N_DIR]
    frozen_root = getattr(sys, "_MEIPASS", None)
    if frozen_root:
        dirs.append(Path(frozen_root) / "PySide6" / "Qt" / "translations")
    return dirs


def find_catalog(catalog: str, lang: str, dirs: list[Path]) -> Path | None:
    """The first ``<catalog>_<lang>.qm`` found in ``dirs``."""
    for folder in dirs:
        path = folder / f"{catalog}_{lang}.qm"
        if path.is_file():
            return path
    return None


def _load(catalog: str, lang: str, dirs: list[Path]) -> QTranslator | None:
    path = find_catalog(catalog, lang, dirs)
    translator = QTranslator()
    if path is not None and translator.load(str(path)):
        return translator
    return None


def _remove_installed() -> None:
    while _installed:
        QCoreApplication.removeTranslator(_installed.pop())


def install(app: QCoreApplication, lang: str | None = None) -> str:
    """Make ``app`` speak ``lang`` (None: the saved choice, else the system's); return it.

    Raises ValueError for a language the app doesn't have.
    """
    global _current
    if lang is None:
        lang = saved_language() or system_language()
    if lang not in LANGUAGES:
        raise ValueError(f"unknown language {lang!r}; choose one of: {', '.join(LANGUAGES)}")
    if QCoreApplication.instance() is not app:
        raise RuntimeError("install() needs the running application")
    _remove_installed()
    _standalone.clear()
    # The English catalogue only holds plural forms (the sources are English).
    for translator in (_load(APP_CATALOG, lang, [I18N_DIR]), _load("qtbase", lang, qt_translation_dirs())):
        if translator is not None:
            QCoreApplication.installTranslator(translator)
            _installed.append(translator)
    QLocale.setDefault(locale_for(lang))
    text.install_translator(
        lambda context, source: QCoreApplication.translate(context, source),
        lambda context, source, disambiguation, n: QCoreApplication.translate(
            context, source, disambiguation, n
        ),
    )
    _current = lang
    return lang


def switch(app: QCoreApplication, lang: str) -> str:
    """Change the language now (open windows retranslate) and remember it for next time."""
    result = install(app, lang)
    settings = open_settings()
    settings.setValue(SETTINGS_KEY, result)
    save_settings(settings)
    return result


def install_core(lang: str | None = None) -> str:
    """For the command line: make the domain's messages speak ``lang``; return it.

    With a running Qt application this is ``install``. Without one, none is created (a
    QCoreApplication made here would stop a QApplication being made later in the same
    process, as in a test run): the catalogues are loaded and the domain asks them directly.
    """
    global _current
    app = QCoreApplication.instance()
    if app is not None:
        return install(app, lang)
    if lang is None:
        lang = saved_language() or system_language()
    if lang not in LANGUAGES:
        raise ValueError(f"unknown language {lang!r}; choose one of: {', '.join(LANGUAGES)}")
    _remove_installed()
    catalogue = _load(APP_CATALOG, lang, [I18N_DIR])
    _standalone[:] = [catalogue] if catalogue is not None else []

    def translate(context: str, source: str) -> str:
        for translator in _standalone:
            found = translator.translate(context, source)
            if found:
                return found
        return source

    def plural(context: str, source: str, disambiguation: str | None, n: int) -> str:
        for translator in _standalone:
            found = translator.translate(context, source, disambiguation, n)
            if found:
                return found
        return source

    QLocale.setDefault(locale_for(lang))
    text.install_translator(translate, plural)
    _current = lang
    return lang


def translator_for(lang: str) -> text.Translator | None:
    """A translator into ``lang`` that installs nothing (the notices speak the account's
    language, whatever the window speaks); None for English, the source language."""
    if lang == DEFAULT_LANGUAGE:
        return lambda context, source: source
    catalogue = _kept.get(lang) or _load(APP_CATALOG, lang, [I18N_DIR])
    if catalogue is None:
        return None
    _kept[lang] = catalogue

    def translate(context: str, source: str) -> str:
        return catalogue.translate(context, source) or source

    return translate


_kept: dict[str, QTranslator] = {}


def uninstall() -> None:
    """Back to the source texts and the system locale (for tests and shutdown)."""
    global _current
    _remove_installed()
    _standalone.clear()
    QLocale.setDefault(QLocale.system())
    text.install_translator(None)
    _current = None


def translators_loaded() -> int:
    """How many translators are installed now (for diagnostics and tests)."""
    return len(_installed)
