"""Each language is described once (``domain/languages.py``): one more entry there reaches the
window's language, its menu, the command line, the notices, the translation script and the
bundle, with nothing else edited."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

from contact_manager.domain import languages

ROOT = Path(__file__).resolve().parents[2]

# Run in a process of its own: the description is read as a newcomer would have edited it.
SCRIPT = r"""
import sys, types
from pathlib import Path
root = Path(sys.argv[1])
sys.path[:0] = [str(root), str(root / "packaging"), str(root / "scripts")]
source = (root / "contact_manager" / "domain" / "languages.py").read_text("utf-8")
entry = '    Language("it", "Italiano", QT_TRANSLATE_NOOP("Language", "Italian"), "it_IT"),\n'
assert entry in source
source = source.replace(entry, entry + '    Language("de", "Deutsch", "German", "de_DE"),\n')
module = types.ModuleType("contact_manager.domain.languages")
module.__file__ = str(root / "contact_manager" / "domain" / "languages.py")
sys.modules[module.__name__] = module
exec(compile(source, module.__file__, "exec"), module.__dict__)

from PySide6.QtCore import QLocale
from PySide6.QtWidgets import QApplication
app = QApplication([])
from contact_manager import language
from contact_manager.cli import build_parser
from contact_manager.domain.notice import NOTICE_LANGUAGES
from contact_manager.ui.shell.language_menu import LanguageMenu
import bundle_rules, update_translations

print(language.available_languages())
print(language.locale_for("de").language() == QLocale.Language.German)
menu = LanguageMenu()
print([action.text() for action in menu.actions()])
print(build_parser().parse_args(["--lang", "de", "history"]).lang, "de" in NOTICE_LANGUAGES)
print(update_translations.CATALOGS["de"], sorted(bundle_rules.KEPT_QT_TRANSLATIONS))
"""


def test_one_more_entry_is_a_new_language_everywhere():
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    result = subprocess.run(
        [sys.executable, "-c", SCRIPT, str(ROOT)], capture_output=True, text=True, env=env, check=False
    )
    assert result.returncode == 0, result.stderr
    assert result.stdout.splitlines() == [
        "['en', 'it', 'de']",
        "True",
        "['English', 'Italiano', 'Deutsch']",
        "de True",
        "('de_DE', []) ['qt_de.qm', 'qt_it.qm', 'qtbase_de.qm', 'qtbase_it.qm']",
    ]


def test_every_language_has_its_translation_source():
    sources = ROOT / "resources" / "translations"
    assert sorted(path.stem for path in sources.glob("*.ts")) == sorted(
        f"contact_manager_{code}" for code in languages.CODES
    )
    assert languages.described("it").native_name == "Italiano"
    assert [language.code for language in languages.LANGUAGES if language.plurals_only] == ["en"]


def test_the_schema_stores_a_notice_in_every_language(tmp_path):
    """A language added here must come with a migration letting an account keep its notices in it."""
    import re
    import sqlite3

    from contact_manager.store.connection import Store

    path = tmp_path / "languages.db"
    Store.open(str(path)).close()
    connection = sqlite3.connect(path)
    try:
        (sql,) = connection.execute("SELECT sql FROM sqlite_master WHERE name = 'account'").fetchone()
    finally:
        connection.close()
    (listed,) = re.findall(r"notice_language IN \(([^)]*)\)", sql)
    assert set(re.findall(r"'([a-z]+)'", listed)) == set(languages.CODES)
