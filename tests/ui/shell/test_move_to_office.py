"""File > Move to an office database...: the file's accounts onto a server, then the window there."""

from __future__ import annotations

import hashlib

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialogButtonBox

from contact_manager.services import Services
from contact_manager.ui.shell import main_window as main_window_module
from contact_manager.ui.shell.office_menu import OfficeActions
from tests.ui.helpers import wait_dialog


@pytest.fixture(autouse=True)
def forget_typed_passwords():
    """A password typed in one test is not this run's password in the next."""
    yield
    from contact_manager.store import credentials

    credentials._session.clear()


def digest(path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def choose(qtbot, window, url: str):
    actions = window.findChild(OfficeActions, "officeActions")
    assert actions.move_action.isEnabled()
    dialog = actions.ask_to_move(url)
    assert dialog.windowTitle() == "Move to an office database"
    assert str(window.services.store.path) in dialog.intro.text()
    qtbot.mouseClick(dialog.buttons.button(QDialogButtonBox.StandardButton.Ok), Qt.MouseButton.LeftButton)
    return actions


def test_the_files_accounts_move_onto_the_server_and_the_window_follows(qtbot, window, db_path, pg_url):
    window.services.store.close()  # the file as it is now, to compare with afterwards
    before = digest(db_path)
    opened_before = set(main_window_module._open_windows)
    choose(qtbot, window, pg_url)
    qtbot.waitUntil(lambda: len(set(main_window_module._open_windows) - opened_before) == 1, timeout=20_000)
    (opened,) = set(main_window_module._open_windows) - opened_before
    try:
        assert opened.services.store.server
        assert [a.name for a in opened.services.accounts.list()] == ["Acme S.p.A."]
        assert len(opened.services.users.list(opened.services.accounts.list()[0].id)) == 5
        box = wait_dialog(qtbot, opened, "movedDialog")
        assert box.text().startswith("Moved onto postgresql://")
        assert "accounts: 1, users: 5," in box.text()
        assert digest(db_path) == before  # the file is left as it was
    finally:
        opened.close()


def test_a_server_that_has_the_account_already_refuses_and_the_file_stays_open(
    qtbot, window, db_path, pg_url
):
    there = Services.open(pg_url)
    there.accounts.create("ACME S.P.A.")
    there.close()
    opened_before = set(main_window_module._open_windows)
    choose(qtbot, window, pg_url)
    box = wait_dialog(qtbot, window, "errorDialog")
    assert "already has accounts called \u201cAcme S.p.A.\u201d" in box.text()
    assert set(main_window_module._open_windows) == opened_before
    assert window.isVisible() and window.services.store.path == db_path
    there = Services.open(pg_url)
    try:
        assert [a.name for a in there.accounts.list()] == ["ACME S.P.A."]
    finally:
        there.close()


def test_an_office_database_has_nothing_to_move(qtbot, pg_url):
    services = Services.open(pg_url)
    services.accounts.create("Acme S.p.A.")
    window = main_window_module.MainWindow(services, owns_services=True)
    qtbot.addWidget(window)
    assert not window.findChild(OfficeActions, "officeActions").move_action.isEnabled()
    window.close()
