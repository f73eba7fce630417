"""Italian throughout: the words a user reported left in English or unclear."""

from __future__ import annotations

from PySide6.QtWidgets import QApplication, QPushButton

from contact_manager import language
from contact_manager.domain.routing import Notice
from tests.i18n.helpers import full_window


def test_the_language_menu_names_the_language_in_italian(qtbot, services, account):
    window = full_window(qtbot, services)
    language.install(QApplication.instance(), "it")
    QApplication.processEvents()
    tips = {code: action.statusTip() for code, action in window.language_menu.actions_by_language.items()}
    assert tips == {
        "en": "Mostra l'applicazione in inglese",
        "it": "Mostra l'applicazione in italiano",
    }
    assert window.language_menu.actions_by_language["en"].text() == "English"  # its own name


def test_upgrades_are_aggiornamenti_in_the_routing_table(qapp):
    language.install(qapp, "it")
    assert Notice.UPGRADES.label == "Aggiornamenti"


def test_the_account_tab_buttons_have_mnemonics_in_both_languages(qtbot, services, account):
    window = full_window(qtbot, services)
    for lang, expected in (
        ("en", {"editContactsButton": "Edit points of &contact…", "markReviewedButton": "Mark as &reviewed"}),
        (
            "it",
            {"editContactsButton": "Modifica i &referenti…", "markReviewedButton": "Segna come verifica&ti"},
        ),
    ):
        language.install(QApplication.instance(), lang)
        QApplication.processEvents()
        for name, text in expected.items():
            assert window.findChild(QPushButton, name).text() == text


def test_no_mnemonic_sits_on_a_letter_whose_descender_hides_its_underline():
    """ "A&ggiungi" shows no underline at all: the g's tail covers it. Pick another letter."""
    import html
    import re
    from pathlib import Path

    from scripts import build_translations

    hidden = re.compile(r"(?<!&)&[gjpqy]")
    found = []
    for ts in build_translations.SOURCES.glob("*.ts"):
        text = html.unescape(Path(ts).read_text(encoding="utf-8"))
        found += [line.strip() for line in text.splitlines() if hidden.search(line)]
    assert not found
