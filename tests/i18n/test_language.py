"""Choosing, installing and switching the language, for the app's texts and Qt's own."""

from __future__ import annotations

import subprocess
import sys

import pytest
from PySide6.QtCore import QCoreApplication, QEvent, QLocale, QSettings
from PySide6.QtWidgets import QDialogButtonBox, QLabel

from contact_manager import language, paths
from contact_manager.domain.errors import BillingCapReached, PrimaryRequired
from contact_manager.domain.roles import Role
from contact_manager.settings import open_settings


def test_the_app_speaks_english_and_italian():
    assert language.available_languages() == ["en", "it"]


@pytest.mark.parametrize(
    ("locale", "expected"),
    [
        (QLocale(QLocale.Language.Italian, QLocale.Country.Italy), "it"),
        (QLocale(QLocale.Language.Italian, QLocale.Country.Switzerland), "it"),
        (QLocale(QLocale.Language.English, QLocale.Country.UnitedKingdom), "en"),
        (QLocale(QLocale.Language.German, QLocale.Country.Germany), "en"),
        (QLocale(QLocale.Language.French, QLocale.Country.France), "en"),
    ],
)
def test_system_language_follows_the_locale(locale, expected):
    assert language.system_language(locale) == expected


def test_italian_translates_the_app_and_the_domain(qapp):
    assert language.install(qapp, "it") == "it"
    assert language.current_language() == "it"
    assert QCoreApplication.translate("Role", "Billing contact") == "Contatto di fatturazione"
    assert Role.PRIMARY.label == "Contatto principale dell'account"
    message = BillingCapReached(["Anna Rossi <anna@acme.example>"]).message
    assert message.startswith("Puoi impostare al massimo 3 contatti di fatturazione per account.")
    assert message.endswith("Anna Rossi <anna@acme.example>.")
    assert QLocale().language() == QLocale.Language.Italian
    assert QLocale().toString(12345.5, "f", 2) == "12.345,50"


def test_qt_own_strings_come_out_italian(qapp):
    language.install(qapp, "it")
    assert QCoreApplication.translate("QPlatformTheme", "Cancel") == "Annulla"
    box = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel | QDialogButtonBox.StandardButton.Ok)
    assert box.button(QDialogButtonBox.StandardButton.Cancel).text().replace("&", "") == "Annulla"


def test_switch_back_to_english(qapp):
    language.switch(qapp, "it")
    assert PrimaryRequired().message.startswith("Il contatto principale")
    assert language.switch(qapp, "en") == "en"
    assert language.current_language() == "en"
    assert PrimaryRequired().message.startswith("The account primary contact")
    assert QCoreApplication.translate("QPlatformTheme", "Cancel") == "Cancel"
    assert QLocale().language() == QLocale.Language.English
    assert language.translators_loaded() <= 2, "old translators must be removed, not stacked"


def test_switch_is_remembered_in_the_private_settings(qapp, private_home):
    language.switch(qapp, "it")
    language.uninstall()
    assert language.install(qapp) == "it"
    stored = QSettings(str(paths.data_dir() / "settings.ini"), QSettings.Format.IniFormat)
    assert stored.value(language.SETTINGS_KEY) == "it"
    assert (private_home / "settings.ini").is_file()


def test_without_a_saved_choice_the_system_language_is_used(qapp, monkeypatch):
    monkeypatch.setattr(language, "system_language", lambda locale=None: "it")
    assert language.install(qapp) == "it"
    assert Role.SECURITY.label == "Contatto per la sicurezza"


def test_an_explicit_language_is_not_saved(qapp):
    language.install(qapp, "it")
    assert open_settings().value(language.SETTINGS_KEY) is None


def test_an_unknown_language_is_refused(qapp):
    with pytest.raises(ValueError, match="fr"):
        language.install(qapp, "fr")
    assert language.translators_loaded() == 0


def test_open_widgets_hear_the_switch(qapp):
    class Greeting(QLabel):
        def __init__(self):
            super().__init__()
            self.retranslate()

        def retranslate(self):
            self.setText(QCoreApplication.translate("Role", "Technical admin"))

        def changeEvent(self, event):
            if event.type() == QEvent.Type.LanguageChange:
                self.retranslate()
            super().changeEvent(event)

    label = Greeting()
    assert label.text() == "Technical admin"
    language.switch(qapp, "it")
    QCoreApplication.sendPostedEvents(label, QEvent.Type.LanguageChange)
    assert label.text() == "Amministratore tecnico"
    language.switch(qapp, "en")
    QCoreApplication.sendPostedEvents(label, QEvent.Type.LanguageChange)
    assert label.text() == "Technical admin"


def test_qt_catalogue_is_found_beside_the_app_when_not_in_qt_folder(tmp_path):
    qt_dir = language.find_catalog("qtbase", "it", language.qt_translation_dirs())
    assert qt_dir is not None
    beside = tmp_path / "beside"
    beside.mkdir()
    (beside / "qtbase_it.qm").write_bytes(qt_dir.read_bytes())
    found = language.find_catalog("qtbase", "it", [tmp_path / "missing", beside])
    assert found == beside / "qtbase_it.qm"
    assert language.find_catalog("qtbase", "it", [tmp_path / "missing"]) is None


def test_command_line_installs_italian_without_a_gui(private_home):
    code = (
        "from PySide6.QtCore import QCoreApplication, QLocale\n"
        "from contact_manager import language\n"
        "from contact_manager.domain.errors import PrimaryRequired\n"
        "print(language.install_core('it'))\n"
        "print(PrimaryRequired().message)\n"
        "print(QCoreApplication.instance() is None, QLocale().language() == QLocale.Language.Italian)\n"
    )
    env = {"CONTACT_MANAGER_HOME": str(private_home), "QT_QPA_PLATFORM": "offscreen", "PATH": ""}
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, env=env, check=True)
    lines = result.stdout.splitlines()
    assert lines[0] == "it"
    assert lines[1].startswith("Il contatto principale dell'account")
    assert lines[2] == "True True", "no application is created behind the caller's back"


def test_command_line_language_in_a_running_app_uses_it(qapp):
    assert language.install_core("it") == "it"
    assert language.translators_loaded() == 2
    assert PrimaryRequired().message.startswith("Il contatto principale")


def test_csv_separator_follows_the_spreadsheets_of_the_locale(qapp):
    assert language.csv_separator(QLocale(QLocale.Language.Italian, QLocale.Country.Italy)) == ";"
    assert language.csv_separator(QLocale(QLocale.Language.German, QLocale.Country.Germany)) == ";"
    assert language.csv_separator(QLocale(QLocale.Language.English, QLocale.Country.UnitedStates)) == ","
    language.install(qapp, "it")
    assert language.csv_separator() == ";"
    language.install(qapp, "en")
    assert language.csv_separator() == ","
