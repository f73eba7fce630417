"""Switching the language with the window open retranslates it at once, with no restart."""

from __future__ import annotations

import xml.etree.ElementTree as ET

import pytest
from PySide6.QtCore import QCoreApplication, QEvent
from PySide6.QtWidgets import QApplication, QComboBox, QGroupBox, QLabel, QPushButton

from contact_manager import language
from contact_manager.ui.contacts.contact_picker import ContactPicker
from scripts.build_translations import SOURCES
from tests.i18n.helpers import full_window
from tests.i18n.text_walk import left_in_english, texts


@pytest.fixture
def window(qtbot, qapp, services, account, people):
    language.install(qapp, "en")
    services.contacts.set_primary(account.id, people[0].user_id)
    services.contacts.add_billing(account.id, people[1].user_id)
    return full_window(qtbot, services)


def _switch(qapp, lang, window=None):
    """Choose ``lang`` in View > Language (or call switch when no window is given)."""
    if window is not None:
        window.language_menu.actions_by_language[lang].trigger()
    else:
        language.switch(qapp, lang)
    QCoreApplication.sendPostedEvents(None, QEvent.Type.LanguageChange)
    qapp.processEvents()


def _find(window, kind, name):
    found = window.findChild(kind, name)
    assert found is not None, name
    return found


def test_the_open_window_speaks_italian_after_the_switch(qapp, window):
    assert window.tabs.tabText(0) == "Account and billing"
    _switch(qapp, "it", window)
    assert language.current_language() == "it"
    assert [window.tabs.tabText(i) for i in range(2)] == [
        "Account e fatturazione",
        "Informazioni sull'azienda",
    ]
    assert _find(window, QGroupBox, "primaryContactGroup").title() == "Contatto principale dell'account"
    assert _find(window, QGroupBox, "billingContactsGroup").title() == "Contatti di fatturazione"
    assert _find(window, QGroupBox, "otherContactsGroup").title() == "Altri contatti"
    assert (
        _find(window, QPushButton, "addBillingContactButton").text().replace("&", "") == "Aggiungi un altro"
    )
    assert (
        _find(window, ContactPicker, "decisionMakerCombo").lineEdit().placeholderText()
        == "Seleziona un utente"
    )
    assert _find(window, ContactPicker, "billingContactCombo0").accessibleName() == (
        "Contatto di fatturazione 1 di 3"
    )
    labels = {label.text().replace("&", "") for label in window.findChildren(QLabel)}
    assert {"Decision maker:", "Contatto per l'onboarding:", "Contatto per la sicurezza:"} <= labels
    assert "Amministratore tecnico:" in labels
    menus = [a.text().replace("&", "") for a in window.menuBar().actions()]
    assert menus == ["File", "Modifica", "Visualizza", "Aiuto"]
    assert window.language_menu.title().replace("&", "") == "Lingua"
    assert window.language_menu.actions_by_language["it"].isChecked()
    country = window.findChild(QComboBox, "company_country")
    assert country.itemText(country.findData("DE")) == "Germania (DE)"
    assert country.itemText(0) == "(non impostato)"


def test_switching_back_restores_english(qapp, window):
    _switch(qapp, "it", window)
    _switch(qapp, "en", window)
    assert window.tabs.tabText(1) == "Company information"
    country = window.findChild(QComboBox, "company_country")
    assert country.itemText(country.findData("DE")) == "Germany (DE)"
    assert _find(window, QGroupBox, "otherContactsGroup").title() == "Other contacts"
    assert _find(window, ContactPicker, "primaryContactCombo").lineEdit().placeholderText() == "Select a user"


def _same_in_italian() -> list[str]:
    """Sources whose Italian is the same text ("Email", "Decision maker")."""
    same = []
    for message in ET.parse(SOURCES / "contact_manager_it.ts").getroot().iter("message"):
        if message.findtext("translation") == message.findtext("source"):
            same.append(message.findtext("source"))
    return same


def _all_texts(window) -> dict[str, str]:
    found = {}
    for index in range(window.tabs.count()):
        window.tabs.setCurrentIndex(index)
        QApplication.processEvents()
        found.update({f"tab{index}/{key}": text for key, text in texts(window).items()})
    return found


def test_no_text_of_the_window_is_left_in_english(qapp, window, services, account):
    english = _all_texts(window)
    _switch(qapp, "it", window)
    italian = _all_texts(window)
    data = [account.name, services.actor]  # the account, and who made the changes (the history)
    for user in services.users.list(account.id):
        data += [user.display, user.first_name, user.last_name, user.email]
    left = left_in_english(english, italian, data, _same_in_italian())
    assert not left, "not translated:\n" + "\n".join(left)
