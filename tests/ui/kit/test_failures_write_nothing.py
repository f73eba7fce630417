"""When a change fails halfway, the window says why in one sentence and the database is as it was.

Each test takes a dump of the whole database (every row of every table) before the gesture
and compares it after: "nothing written" is checked, not assumed.
"""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest
import shiboken6
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QLineEdit, QMessageBox, QPushButton, QTableWidgetItem

from contact_manager.services import Services
from contact_manager.ui.accounts.account_dialogs import DeleteAccountDialog
from contact_manager.ui.kit import dialogs
from contact_manager.ui.shell.main_window import MainWindow
from contact_manager.ui.users.user_dialog import UserDialog


def dump(db_path: Path) -> list[str]:
    """Every row of the database, read by another connection (what is committed)."""
    con = sqlite3.connect(db_path)
    try:
        return list(con.iterdump())
    finally:
        con.close()


def bump_version(db_path: Path, account_id: int) -> None:
    """Another program changes the account: only its version moves, as any write moves it."""
    con = sqlite3.connect(db_path)
    with con:
        con.execute("UPDATE account SET version = version + 1 WHERE id = ?", (account_id,))
    con.close()


@pytest.fixture
def opened(window):
    """The dialogs the File menu opens, closed after the test."""
    shown: list = []
    window.admin.actions.dialogOpened.connect(shown.append)
    yield shown
    for dialog in shown:
        if shiboken6.isValid(dialog):
            dialog.close()


@pytest.fixture
def answer():
    given: dict[str, str] = {}
    dialogs.set_answerer(lambda kind, **details: given.get(kind))
    yield given.update
    dialogs.set_answerer(None)


def message_boxes(opened) -> list[tuple[str, str]]:
    return [
        (box.objectName(), box.text())
        for box in opened
        if isinstance(box, QMessageBox) and shiboken6.isValid(box) and box.isVisible()
    ]


def block_backups(private_home: Path) -> None:
    """The backups folder can't be made: a file stands where it should be."""
    private_home.mkdir(parents=True, exist_ok=True)
    (private_home / "backups").write_text("not a folder", encoding="utf-8")


# --- deleting, backing up, restoring ---------------------------------------------------------


def test_delete_is_not_done_when_the_backup_before_it_fails(
    qtbot, window, opened, services, account, db_path, private_home
):
    block_backups(private_home)
    before = dump(db_path)
    window.admin.actions.actions["delete_account"].trigger()
    (confirm,) = [d for d in opened if isinstance(d, DeleteAccountDialog)]
    qtbot.keyClicks(confirm.typed, account.name)
    qtbot.mouseClick(confirm.delete_button, Qt.MouseButton.LeftButton)
    ((name, text),) = message_boxes(opened)
    assert name == "fileErrorDialog"
    assert text.startswith(str(private_home / "backups")) and "could not be written" in text
    assert dump(db_path) == before
    assert window.context.sheet.account_name == account.name  # still shown, still there


def test_a_backup_that_cannot_be_written_says_so_and_writes_nothing(
    window, opened, answer, db_path, tmp_path
):
    blocked = tmp_path / "usb-stick"
    blocked.write_text("a file, not a folder", encoding="utf-8")
    answer(backup_database=str(blocked / "contacts.db"))
    before = dump(db_path)
    window.admin.actions.actions["backup"].trigger()
    ((name, text),) = message_boxes(opened)
    assert name in ("errorDialog", "fileErrorDialog") and str(blocked) in text
    assert blocked.read_text(encoding="utf-8") == "a file, not a folder"
    assert dump(db_path) == before


def _backup_change_and_ask_restore(
    qtbot, window, opened, answer, services, tmp_path
) -> tuple[Path, QMessageBox]:
    """Back up, change the data, then ask to restore the backup: the backup and the question."""
    copy = tmp_path / "backup.db"
    answer(backup_database=str(copy), restore_database=str(copy))
    window.admin.actions.actions["backup"].trigger()
    services.accounts.create("Made after the backup")
    window.context.reload()
    window.admin.actions.actions["restore"].trigger()
    (box,) = [d for d in opened if isinstance(d, QMessageBox) and d.objectName() == "confirmRestoreDialog"]
    assert str(copy) in box.informativeText()
    return copy, box


def _press_restore(qtbot, box: QMessageBox) -> None:
    qtbot.mouseClick(box.findChild(QPushButton, "confirmRestoreButton"), Qt.MouseButton.LeftButton)


def test_a_backup_spoiled_after_the_confirmation_restores_nothing(
    qtbot, window, opened, answer, services, account, db_path, tmp_path
):
    copy, box = _backup_change_and_ask_restore(qtbot, window, opened, answer, services, tmp_path)
    before = dump(db_path)
    copy.write_bytes(b"overwritten by another program\n" * 100)  # between the question and the answer
    _press_restore(qtbot, box)
    ((name, text),) = message_boxes(opened)
    assert name == "errorDialog" and "is not a Contact Manager database" in text
    assert dump(db_path) == before


def test_a_restore_whose_safety_copy_fails_restores_nothing(
    qtbot, window, opened, answer, services, account, db_path, tmp_path, private_home
):
    _copy, box = _backup_change_and_ask_restore(qtbot, window, opened, answer, services, tmp_path)
    before = dump(db_path)
    block_backups(private_home)  # the copy of the current data, made first, can't be written
    _press_restore(qtbot, box)
    ((_name, text),) = message_boxes(opened)
    assert str(private_home / "backups") in text
    assert dump(db_path) == before


# --- the account deleted by another program ----------------------------------------------------


def _delete_elsewhere(db_path, account_id: int) -> None:
    """Another program deletes the account."""
    elsewhere = Services.open(str(db_path))
    try:
        elsewhere.accounts.delete(account_id)
    finally:
        elsewhere.close()


def test_the_open_account_deleted_elsewhere_moves_to_another(qtbot, window, services, account, db_path):
    other = services.accounts.create("Beta S.r.l.")
    window.check_for_changes()
    _delete_elsewhere(db_path, account.id)
    assert window.check_for_changes()
    assert window.context.account_id == other.id
    assert window.windowTitle().endswith("Beta S.r.l.")
    assert window.statusBar().currentMessage() == "Updated with changes made elsewhere."


def test_the_last_account_deleted_elsewhere_shows_the_first_run_page(qtbot, window, account, db_path):
    _delete_elsewhere(db_path, account.id)
    assert window.check_for_changes()
    assert window.pages.currentWidget() is window.first_run and window.first_run.isVisible()
    assert window.context.account_id is None
    assert not window.admin.actions.actions["export_json"].isEnabled()


def test_a_change_to_an_account_deleted_elsewhere_is_refused_in_words(
    qtbot, window, services, account, db_path
):
    services.accounts.create("Beta S.r.l.")
    _delete_elsewhere(db_path, account.id)
    before = dump(db_path)
    phone = window.findChild(QLineEdit, "company_phone")
    qtbot.mouseClick(phone, Qt.MouseButton.LeftButton)
    qtbot.keyClicks(phone, "+39 02 1234 5678")
    qtbot.keyClick(phone, Qt.Key.Key_Tab)  # saved on leaving the field, before the poll noticed
    assert not window.findChild(QLabel, "company_phoneError").isVisible()
    (box,) = [b for b in window.findChildren(QMessageBox) if b.isVisible()]
    assert box.text() == "The account is no longer there: it was deleted, perhaps in another window."
    assert dump(db_path) == before
    box.close()
    assert window.check_for_changes()  # the next look at the database moves on
    assert window.windowTitle().endswith("Beta S.r.l.")


# --- conflicts: another program changed the account meanwhile -------------------------------------


def _save_after_a_change_elsewhere(qtbot, dialog: UserDialog, db_path, account_id: int) -> None:
    """Another program changes the account, then Save: refused in the dialog, nothing written."""
    bump_version(db_path, account_id)
    before = dump(db_path)
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    assert dialog.isVisible() and "meanwhile, so nothing was saved" in dialog.error.text()
    assert dump(db_path) == before
    dialog.close()


def test_users_tab_refuses_a_new_user_over_a_change_made_elsewhere(qtbot, window, account, db_path):
    users = window.admin.users_tab
    window.tabs.setCurrentWidget(users)
    qtbot.mouseClick(users.buttons["add"], Qt.MouseButton.LeftButton)
    (dialog,) = [d for d in users.findChildren(UserDialog) if d.isVisible()]
    qtbot.keyClicks(dialog.first, "Mario")
    qtbot.keyClicks(dialog.last, "Bruni")
    qtbot.keyClicks(dialog.email, "mario.bruni@acme.example")
    _save_after_a_change_elsewhere(qtbot, dialog, db_path, account.id)


def test_users_tab_refuses_an_edit_over_a_change_made_elsewhere(qtbot, window, account, people, db_path):
    users = window.admin.users_tab
    window.tabs.setCurrentWidget(users)
    assert users.select(people[2].user_id)
    qtbot.mouseClick(users.buttons["edit"], Qt.MouseButton.LeftButton)
    (dialog,) = [d for d in users.findChildren(UserDialog) if d.isVisible()]
    dialog.last.selectAll()
    qtbot.keyClicks(dialog.last, "Verdi-Neri")
    _save_after_a_change_elsewhere(qtbot, dialog, db_path, account.id)


def test_company_details_refuse_a_field_over_a_change_made_elsewhere(qtbot, window, account, db_path):
    bump_version(db_path, account.id)
    before = dump(db_path)
    phone = window.findChild(QLineEdit, "company_phone")
    qtbot.mouseClick(phone, Qt.MouseButton.LeftButton)
    qtbot.keyClicks(phone, "+39 02 1234 5678")
    qtbot.keyClick(phone, Qt.Key.Key_Tab)
    (box,) = [b for b in window.findChildren(QMessageBox) if b.isVisible()]
    assert box.objectName() == "conflictDialog"
    assert "changed the account" in box.text() and account.name in box.text()
    assert dump(db_path) == before
    box.close()


def test_first_run_refuses_a_name_taken_elsewhere_and_adds_no_one(qtbot, tmp_path):
    db_path = tmp_path / "empty.db"
    services = Services.open(str(db_path))
    window = MainWindow(services, owns_services=True)
    window.poll.stop()
    qtbot.addWidget(window)
    window.show()
    page = window.first_run
    assert window.pages.currentWidget() is page
    page.name.setText("Esempio S.r.l.")
    for column, text in enumerate(("Giulia", "Russo", "giulia.russo@esempio.it")):
        page.users.setItem(0, column, QTableWidgetItem(text))
    elsewhere = Services.open(str(db_path))  # another window creates the same account first
    try:
        elsewhere.accounts.create("Esempio S.r.l.")
    finally:
        elsewhere.close()
    before = dump(db_path)
    qtbot.mouseClick(window.findChild(QPushButton, "firstRunCreateButton"), Qt.MouseButton.LeftButton)
    error = window.findChild(QLabel, "firstRunError")
    assert error.isVisible() and "already exists" in error.text()
    assert dump(db_path) == before
    window.close()
