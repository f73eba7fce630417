"""An import from the window: its own change (not "made elsewhere"), not undoable, named in History."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest
import shiboken6
from PySide6.QtCore import Qt

from contact_manager.ui.importing.import_dialog import ImportDialog
from contact_manager.ui.kit import dialogs
from tests.ui.helpers import picker, type_and_pick

DATA = Path(__file__).parents[2] / "data"
ELSEWHERE = "Updated with changes made elsewhere."


@pytest.fixture
def import_file(qtbot, window):
    """File > Import users... with ``path`` chosen, then Import; returns the dialog."""
    opened = []
    window.admin.actions.dialogOpened.connect(opened.append)

    def run(path: Path) -> ImportDialog:
        dialogs.set_answerer(lambda kind, **details: str(path) if kind == "import_users" else None)
        window.admin.actions.actions["import_users"].trigger()
        dialog = next(d for d in opened if isinstance(d, ImportDialog))
        with qtbot.waitSignal(dialog.imported, timeout=10000):
            qtbot.mouseClick(dialog.confirmButton, Qt.MouseButton.LeftButton)
        return dialog

    yield run
    for dialog in opened:
        if shiboken6.isValid(dialog):
            dialog.close()


def test_the_window_does_not_report_its_own_import_as_made_elsewhere(qtbot, window, import_file):
    dialog = import_file(DATA / "users_semicolon_it.csv")
    dialog.close()
    qtbot.waitUntil(lambda: window.is_idle())
    assert not window.check_for_changes()  # the worker's connection committed, but it was us
    assert window.statusBar().currentMessage() != ELSEWHERE


def test_a_change_from_elsewhere_after_an_import_is_still_reported(
    qtbot, window, services, account, import_file, db_path
):
    import_file(DATA / "users_semicolon_it.csv").close()
    qtbot.waitUntil(lambda: window.is_idle())
    other = sqlite3.connect(db_path)
    with other:
        other.execute("UPDATE account SET version = version + 1 WHERE id = ?", (account.id,))
    other.close()
    assert window.check_for_changes()
    assert window.statusBar().currentMessage() == ELSEWHERE


def test_an_import_clears_undo_and_says_why(qtbot, window, import_file):
    type_and_pick(qtbot, picker(window, "onboardingContactCombo"), "Giulia")
    assert window.undo_action.isEnabled()
    import_file(DATA / "users_semicolon_it.csv").close()
    assert not window.undo_action.isEnabled()  # the onboarding change is not undone over the import
    assert "import can't be undone" in window.undo_action.toolTip()


def test_history_person_filter_finds_each_imported_user(qtbot, window, import_file):
    import_file(DATA / "users_semicolon_it.csv").close()
    history = window.admin.history_tab
    window.tabs.setCurrentWidget(history)
    history.person.setText("paolo.neri@esempio")
    qtbot.waitUntil(lambda: not history.busy)  # a person's text is looked for in a worker thread
    assert history.proxy.rowCount() == 1
    assert "Paolo Neri" in history.proxy.changes()[0].new_value
    assert not history.empty.isVisible()
    history.person.setText("Marta Verdi")
    qtbot.waitUntil(lambda: not history.busy)
    assert history.proxy.rowCount() >= 1


def test_an_empty_filtered_history_says_so(qtbot, window, services, account, people):
    history = window.admin.history_tab
    window.tabs.setCurrentWidget(history)
    history.person.setText("xyz")
    qtbot.waitUntil(lambda: not history.busy)
    assert history.proxy.rowCount() == 0
    assert history.empty.isVisible()
    assert history.empty.text() == "No change matches \u201cxyz\u201d."
    history.person.clear()
    assert not history.empty.isVisible()
