"""File > Connect to an office database... and File > Open recent, as a person uses them."""

from __future__ import annotations

from pathlib import Path

import keyring
import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QApplication, QDialogButtonBox

from contact_manager.services import Services
from contact_manager.settings import open_settings
from contact_manager.ui.shell import main_window as main_window_module
from contact_manager.ui.shell import recent
from contact_manager.ui.shell.connect_dialog import ConnectDialog
from contact_manager.ui.shell.office_menu import OfficeActions
from tests.pg_server import need_own_server, role_with_password
from tests.store.test_credentials import MemoryKeyring
from tests.ui.helpers import wait_dialog


@pytest.fixture(autouse=True)
def forget_typed_passwords():
    """A password typed in one test is not this run's password in the next."""
    yield
    from contact_manager.store import credentials

    credentials._session.clear()


@pytest.fixture
def memory_keyring():
    before = keyring.get_keyring()
    kept = MemoryKeyring()
    keyring.set_keyring(kept)
    yield kept
    keyring.set_keyring(before)


@pytest.fixture
def office(monkeypatch, tmp_path):
    """A database of the role anna (password s3cret) on a server that asks for passwords."""
    monkeypatch.delenv("PGPASSWORD", raising=False)
    monkeypatch.setenv("PGPASSFILE", str(tmp_path / "no-pgpass"))
    return role_with_password(need_own_server(), "anna", "s3cret", "office_ui")


def new_windows(before: set) -> list:
    return [w for w in main_window_module._open_windows if w not in before]


def file_menu_names(window) -> list[str]:
    return [
        action.objectName() or action.menu() and action.menu().objectName()
        for action in window.file_menu.actions()
    ]


def fill(qtbot, dialog: ConnectDialog, url: str, password: str, *, remember: bool = False) -> None:
    dialog.fill(url)
    dialog.password_edit.setFocus()
    qtbot.keyClicks(dialog.password_edit, password)
    if remember:
        dialog.remember.setChecked(True)


def press_ok(qtbot, dialog: ConnectDialog) -> None:
    qtbot.mouseClick(dialog.buttons.button(QDialogButtonBox.StandardButton.Ok), Qt.MouseButton.LeftButton)


def close_new_windows(before: set) -> None:
    for window in new_windows(before):
        window.close()


def test_the_actions_follow_open_database_and_the_file_is_recent(window, db_path):
    names = [a.objectName() for a in window.file_menu.actions()]
    at = names.index("openDatabaseAction")
    assert names[at + 1] == "connectOfficeAction"
    assert window.file_menu.actions()[at + 2].menu().objectName() == "recentMenu"
    assert recent.entries()[0] == str(db_path)


def test_a_recent_file_that_is_gone_is_said_and_taken_off(qtbot, window, tmp_path):
    gone = tmp_path / "gone.db"
    recent.add(str(gone))
    actions = window.findChild(OfficeActions, "officeActions")
    actions.fill_recent()
    entry = window.findChild(QAction, "recentEntry0")
    assert entry.data() == str(gone)
    entry.trigger()
    box = wait_dialog(qtbot, window, "recentMissingDialog")
    assert box.text() == f"{gone} is no longer there, so it was taken off Open recent."
    assert str(gone) not in recent.entries()
    assert window.isVisible()  # the open database stays open


def test_a_recent_file_opens_in_the_window_s_place(qtbot, window, tmp_path):
    other = tmp_path / "other.db"
    made = Services.open(str(other))
    made.accounts.create("Beta S.r.l.")
    made.close()
    recent.add(str(other))
    before = set(main_window_module._open_windows)
    actions = window.findChild(OfficeActions, "officeActions")
    actions.open_recent(str(other))
    (opened,) = new_windows(before)
    try:
        assert opened.services.store.path == other
        assert opened.windowTitle().endswith("Beta S.r.l.")
        assert recent.entries()[0] == str(other)
    finally:
        opened.close()


def test_the_dialog_makes_a_url_without_the_password_and_with_the_tls_choice(qtbot):
    dialog = ConnectDialog(None)
    qtbot.addWidget(dialog)
    ok = dialog.buttons.button(QDialogButtonBox.StandardButton.Ok)
    dialog.user.clear()
    assert not ok.isEnabled()  # server, database and user are needed
    dialog.host.setText("db.office.lan")
    dialog.port.setValue(5433)
    dialog.database.setText("contacts")
    dialog.user.setText("anna")
    dialog.password_edit.setText("s3cret")
    dialog.tls.setCurrentIndex(dialog.tls.findData("verify-full"))
    assert ok.isEnabled()
    assert dialog.url() == "postgresql://anna@db.office.lan:5433/contacts?sslmode=verify-full"
    assert dialog.password() == "s3cret"
    assert dialog.tls.currentText() == "Always encrypt, and check the server's certificate and name"
    again = ConnectDialog(None, dialog.url())
    qtbot.addWidget(again)
    assert again.url() == dialog.url() and again.password() == ""


def test_every_field_has_a_label_key_and_an_accessible_name(qtbot):
    dialog = ConnectDialog(None)
    qtbot.addWidget(dialog)
    for label in dialog.labels:
        assert "&" in label.text() and label.buddy() is not None
        assert label.buddy().accessibleName()
    assert dialog.remember.accessibleName()


def test_a_wrong_password_is_said_in_the_dialog_and_the_database_stays(qtbot, window, office, memory_keyring):
    before = set(main_window_module._open_windows)
    actions = window.findChild(OfficeActions, "officeActions")
    dialog = actions.ask_to_connect()
    fill(qtbot, dialog, office, "wrong", remember=True)
    press_ok(qtbot, dialog)
    qtbot.waitUntil(lambda: actions.dialog is not dialog and actions.dialog.isVisible(), timeout=15_000)
    again = actions.dialog
    assert again.problem.text().startswith("The server refused the user name or password")
    assert again.url() == office + "?sslmode=prefer"
    qtbot.waitUntil(lambda: QApplication.focusWidget() is again.password_edit)
    assert new_windows(before) == [] and window.isVisible()
    assert memory_keyring.kept == {}  # a refused password is not kept
    again.reject()


def test_the_right_password_connects_and_is_kept_in_the_keyring_only(qtbot, window, office, memory_keyring):
    Services.open(office, password="s3cret").close()  # the owner's first start sets the schema up
    before = set(main_window_module._open_windows)
    actions = window.findChild(OfficeActions, "officeActions")
    dialog = actions.ask_to_connect()
    fill(qtbot, dialog, office, "s3cret", remember=True)
    press_ok(qtbot, dialog)
    qtbot.waitUntil(lambda: len(new_windows(before)) == 1, timeout=15_000)
    try:
        (opened,) = new_windows(before)
        assert opened.services.store.server
        assert list(memory_keyring.kept.values()) == ["s3cret"]
        assert recent.entries()[0] == office + "?sslmode=prefer"
        settings = open_settings()
        settings.sync()
        assert "s3cret" not in Path(settings.fileName()).read_text(encoding="utf-8")
    finally:
        close_new_windows(before)


def test_an_unreachable_server_is_one_sentence_in_the_dialog(qtbot, window):
    actions = window.findChild(OfficeActions, "officeActions")
    dialog = actions.ask_to_connect("postgresql://anna@127.0.0.1:1/office")
    press_ok(qtbot, dialog)
    qtbot.waitUntil(lambda: actions.dialog is not dialog and actions.dialog.isVisible(), timeout=15_000)
    text = actions.dialog.problem.text()
    assert text.startswith("The database server of postgresql://anna@127.0.0.1:1/office")
    assert "\n" not in text
    actions.dialog.reject()


def test_a_recent_office_database_without_a_password_asks_for_one(qtbot, window, office, memory_keyring):
    recent.add(office)
    actions = window.findChild(OfficeActions, "officeActions")
    actions.fill_recent()
    entry = window.findChild(QAction, "recentEntry0")
    assert entry.data() == office
    entry.trigger()
    qtbot.waitUntil(lambda: actions.dialog is not None and actions.dialog.isVisible(), timeout=15_000)
    assert actions.dialog.problem.text().startswith("The server refused the user name or password")
    assert actions.dialog.url().startswith(office)
    before = set(main_window_module._open_windows)
    fill(qtbot, actions.dialog, office, "s3cret")
    press_ok(qtbot, actions.dialog)
    qtbot.waitUntil(lambda: len(new_windows(before)) == 1, timeout=15_000)
    assert memory_keyring.kept == {}  # not ticked: not kept
    close_new_windows(before)


def test_a_server_without_our_data_is_one_sentence_and_the_file_stays_open(qtbot, window, db_path):
    import psycopg

    admin = need_own_server()
    url = role_with_password(admin, "bob", "pw", "not_ours")
    with psycopg.connect(admin.replace("/postgres?", "/not_ours?"), autocommit=True) as connection:
        connection.execute("ALTER DATABASE not_ours OWNER TO postgres")
        connection.execute("REVOKE CREATE ON SCHEMA public FROM PUBLIC")
    actions = window.findChild(OfficeActions, "officeActions")
    actions.connect_to(url, "pw")
    qtbot.waitUntil(lambda: actions.dialog is not None and actions.dialog.isVisible(), timeout=15_000)
    assert "has no Contact Manager data yet" in actions.dialog.problem.text()
    assert window.isVisible() and window.services.store.path == db_path
    actions.dialog.reject()
