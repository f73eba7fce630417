"""A new user's first session through the real window, start to end, as the crash report told it.

Language switched twice, a large file imported through File > Import users... (checked and
imported in the worker, with a language switch while the worker runs), "Who is this person?",
then File > New account... with an email cell corrected in its open editor, Return and Create
account. Short enough to run under a memory checker (about three minutes):

    QT_QPA_PLATFORM=offscreen PYTHONMALLOC=malloc valgrind --tool=memcheck --error-limit=no \
        --num-callers=30 .venv/bin/python -m pytest -q -p no:cacheprovider tests/ui/shell/test_long_session.py
"""

from __future__ import annotations

import csv

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QApplication, QDialog

from contact_manager import language
from contact_manager.ui.importing.import_dialog import ImportDialog
from contact_manager.ui.kit import dialogs
from contact_manager.ui.users.person_view import PersonView
from contact_manager.ui.users.users_tab import UsersTab
from tests.ui.helpers import settle, type_cell


@pytest.fixture
def window(active_window):
    yield active_window
    dialogs.set_file_runner(None)
    language.uninstall()


def switch_language(window, code: str) -> None:
    window.language_menu.actions_by_language[code].trigger()
    QApplication.processEvents()


def big_csv(path, rows: int):
    with open(path, "w", newline="", encoding="utf-8") as out:
        writer = csv.writer(out)
        writer.writerow(["First Name", "Last Name", "Email", "Job title"])
        for n in range(rows):
            writer.writerow([f"Nome{n}", f"Cognome{n}", f"persona.{n:05d}@cliente.example", "Staff"])
    return path


def import_through_the_menu(qtbot, window, path, *, switch_to: str | None) -> ImportDialog:
    dialogs.set_file_runner(lambda dialog: str(path))
    window.findChild(QAction, "importUsersAction").trigger()
    dialog = window.findChild(ImportDialog, "importDialog")
    assert dialog is not None
    qtbot.waitUntil(lambda: dialog.preview is not None, timeout=120000)
    ended = []
    dialog.importEnded.connect(ended.append)
    if switch_to is not None:
        # the user switches language while the worker writes the rows
        def switch_soon(_worker) -> None:
            QTimer.singleShot(0, lambda: switch_language(window, switch_to))

        dialog.importStarting.connect(switch_soon)
    dialog.confirmButton.click()
    qtbot.waitUntil(lambda: bool(ended), timeout=120000)
    assert ended == ["done"]
    return dialog


def test_a_first_session_from_language_switches_to_the_second_account(qtbot, window, services, tmp_path):
    switch_language(window, "it")
    switch_language(window, "en")
    dialog = import_through_the_menu(qtbot, window, big_csv(tmp_path / "people.csv", 2500), switch_to="it")
    assert language.current_language() == "it"  # switched while the worker ran
    dialog.close()
    settle(qtbot)
    assert len(services.users.list(window.context.account_id)) >= 2500

    users = window.findChild(UsersTab)
    window.tabs.setCurrentWidget(users)
    users.table.selectRow(0)
    users.buttons["whois"].click()
    view = window.findChild(PersonView)
    assert view is not None
    qtbot.waitUntil(view.isVisible)
    view.done(QDialog.DialogCode.Rejected)
    settle(qtbot)
    switch_language(window, "en")
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)

    window.new_account_action.trigger()
    page = window.first_run
    qtbot.keyClicks(page.name, "Seconda S.r.l.")
    for column, text in enumerate(("Rita", "Gallo", "rita.gallo@@seconda")):
        type_cell(qtbot, page.users, 0, column, text)
    qtbot.mouseClick(page.create_button, Qt.MouseButton.LeftButton)
    assert "Row 1" in page.error.text()
    type_cell(qtbot, page.users, 0, 2, "rita.gallo@seconda.example")
    qtbot.mouseClick(page.create_button, Qt.MouseButton.LeftButton)
    settle(qtbot)
    assert window.pages.currentWidget() is window.tabs
    created = next(a for a in services.accounts.list() if a.name == "Seconda S.r.l.")
    assert [p.email for p in services.users.list(created.id)] == ["rita.gallo@seconda.example"]
