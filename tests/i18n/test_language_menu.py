"""View > Language lists the languages by their own names and switches the app live."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QCoreApplication, QEvent

from contact_manager import language
from contact_manager.settings import open_settings
from contact_manager.ui.shell.language_menu import LanguageMenu


@pytest.fixture(autouse=True)
def english(qapp):
    language.install(qapp, "en")
    yield
    language.uninstall()


def test_languages_are_listed_by_their_own_names(qtbot):
    menu = LanguageMenu()
    qtbot.addWidget(menu)
    assert [a.text() for a in menu.actions()] == ["English", "Italiano"]
    assert menu.actions_by_language["en"].isChecked()
    assert not menu.actions_by_language["it"].isChecked()


def test_choosing_italiano_switches_live_and_is_remembered(qtbot):
    menu = LanguageMenu()
    qtbot.addWidget(menu)
    assert menu.title() == "&Language"
    menu.actions_by_language["it"].trigger()
    QCoreApplication.sendPostedEvents(menu, QEvent.Type.LanguageChange)
    assert language.current_language() == "it"
    assert menu.title() == "&Lingua"
    assert menu.actions_by_language["it"].isChecked()
    assert open_settings().value(language.SETTINGS_KEY) == "it"
    menu.actions_by_language["en"].trigger()
    QCoreApplication.sendPostedEvents(menu, QEvent.Type.LanguageChange)
    assert menu.title() == "&Language"
    assert open_settings().value(language.SETTINGS_KEY) == "en"
