"""Dates and CSV files follow the chosen language's locale.

In Italian, dates read "29 novembre 2026" and the CSV files the window writes are split on
semicolons, as Italian Excel and LibreOffice expect (the decimal mark there is a comma);
in English, commas. The command line keeps commas: scripts read its files.
"""

from __future__ import annotations

import csv
import datetime

import pytest
from PySide6.QtWidgets import QLabel

from contact_manager import language
from contact_manager.ui.kit import dialogs
from contact_manager.ui.shell.file_menu import AdminActions
from tests.i18n.helpers import full_window


@pytest.fixture(autouse=True)
def no_questions():
    yield
    dialogs.set_answerer(None)


@pytest.mark.parametrize(
    ("lang", "separator", "header"), [("it", ";", "Ora (UTC)"), ("en", ",", "Time (UTC)")]
)
def test_history_csv_uses_the_locale_separator(
    qtbot, qapp, services, account, people, tmp_path, lang, separator, header
):
    language.install(qapp, lang)
    path = tmp_path / "history.csv"
    history = full_window(qtbot, services).admin.history_tab
    history.choose_export_path = lambda: str(path)
    history.export()
    with open(path, encoding="utf-8-sig", newline="") as written:
        rows = list(csv.reader(written, delimiter=separator))
    assert len(rows) == 1 + len(services.history.list(account.id))
    first = path.read_text(encoding="utf-8-sig").splitlines()[0]
    assert first.startswith(header + separator)


@pytest.mark.parametrize(("lang", "separator"), [("it", ";"), ("en", ",")])
def test_exported_contact_sheet_uses_the_locale_separator(
    qtbot, qapp, services, account, people, tmp_path, lang, separator
):
    language.install(qapp, lang)
    services.contacts.set_primary(account.id, people[0].user_id)
    window = full_window(qtbot, services)
    target = tmp_path / "sheet.csv"
    dialogs.set_answerer(lambda kind, **details: str(target))
    window.findChild(AdminActions).actions["export_csv"].trigger()
    rows = target.read_text(encoding="utf-8-sig").splitlines()
    assert len(rows) > 1 and all(separator in row for row in rows)
    other = "," if separator == ";" else ";"
    assert other not in rows[0]


def test_review_date_is_written_the_italian_way(qtbot, qapp, services, account, people):
    language.install(qapp, "it")
    services.contacts.set_primary(account.id, people[0].user_id)
    services.contacts.mark_reviewed(account.id, datetime.date(2026, 11, 29))
    window = full_window(qtbot, services)
    label = window.findChild(QLabel, "reviewedOnLabel")
    assert "29 novembre 2026" in label.text()
    assert label.text().startswith("Ultima verifica dei contatti")
