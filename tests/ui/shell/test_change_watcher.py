"""Changes other clients commit reach the window: on a server by its notices, not by polling."""

from __future__ import annotations

import contextlib

import pytest
from PySide6.QtWidgets import QLineEdit, QMessageBox

from contact_manager import language
from contact_manager.services import Services
from contact_manager.store.errors import StorageError
from contact_manager.ui.shell.main_window import MainWindow
from tests.pg_server import fresh_database, need_own_server, restart_server
from tests.store.test_listening import terminate

LOST = "The connection to the office database was lost. Trying to connect again..."


def open_window(qtbot, url: str) -> MainWindow:
    window = MainWindow(Services.open(url), owns_services=True)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    window.tabs.setCurrentWidget(window.company_tab)
    assert window.watcher.connected
    return window


@pytest.fixture
def elsewhere(pg_url):
    """Another client of the same server database, with an account the window opens."""
    other = Services.open(pg_url)
    other.accounts.create("Acme S.p.A.")
    yield other
    other.close()


@pytest.fixture
def server_window(qtbot, pg_url, elsewhere):
    window = open_window(qtbot, pg_url)
    yield window
    window.close()


def phone_of(window) -> QLineEdit:
    return window.findChild(QLineEdit, "company_phone")


@pytest.mark.sqlite_file  # the file's data version
def test_on_a_file_the_data_version_is_read_through_the_services(window, services):
    feed = window.watcher.feed
    assert feed.polls and feed.version() == services.store.data_version()


def test_another_clients_commit_reloads_the_window_without_polling(qtbot, server_window, elsewhere):
    window = server_window
    assert not window.watcher.feed.polls
    window.poll.stop()  # nothing is polled: only the server's notice can bring the change
    (account,) = elsewhere.accounts.list()
    elsewhere.accounts.update(account.id, phone="+39 06 555 0101")
    qtbot.waitUntil(lambda: phone_of(window).text() == "+39 06 555 0101", timeout=10_000)
    assert window.statusBar().currentMessage() == "Updated with changes made elsewhere."


def test_a_change_to_another_account_leaves_the_open_one_alone(qtbot, server_window, elsewhere):
    window = server_window
    reloads = []
    window.context.sheetChanged.connect(reloads.append)
    elsewhere.accounts.create("Beta S.r.l.")
    qtbot.wait(500)
    assert reloads == []


def test_the_windows_own_change_is_not_announced_as_made_elsewhere(qtbot, server_window):
    window = server_window
    phone = phone_of(window)
    phone.setFocus()
    qtbot.keyClicks(phone, "+39 02 1234 5678")
    window.company_tab.setFocus()  # leaving the field saves it
    qtbot.waitUntil(lambda: "saved at" in window.statusBar().currentMessage(), timeout=10_000)
    qtbot.wait(500)
    assert "elsewhere" not in window.statusBar().currentMessage()


def test_a_change_heard_while_a_dialog_is_open_waits_for_it_to_close(qtbot, server_window, elsewhere):
    window = server_window
    box = QMessageBox(window)
    box.open()
    qtbot.waitUntil(box.isVisible)
    (account,) = elsewhere.accounts.list()
    elsewhere.accounts.update(account.id, phone="+39 06 555 0202")
    qtbot.waitUntil(lambda: bool(window.watcher._pending), timeout=10_000)
    assert phone_of(window).text() != "+39 06 555 0202"
    box.close()
    qtbot.waitUntil(lambda: phone_of(window).text() == "+39 06 555 0202", timeout=10_000)


def test_a_dropped_connection_is_said_and_mended_with_nothing_lost(qtbot, server_window, elsewhere, pg_url):
    window = server_window
    terminate(pg_url, window.watcher.feed.listener.connection.info.backend_pid)
    qtbot.waitUntil(lambda: window.statusBar().currentMessage() == LOST, timeout=10_000)
    (account,) = elsewhere.accounts.list()
    elsewhere.accounts.update(account.id, phone="+39 06 555 0303")  # while nobody listened
    qtbot.waitUntil(lambda: window.watcher.connected, timeout=15_000)
    qtbot.waitUntil(lambda: phone_of(window).text() == "+39 06 555 0303", timeout=10_000)
    elsewhere.accounts.update(account.id, phone="+39 06 555 0404")  # and it hears again
    qtbot.waitUntil(lambda: phone_of(window).text() == "+39 06 555 0404", timeout=10_000)


def test_a_server_restart_is_said_in_italian_and_outlived(qtbot, qapp):
    url = fresh_database(need_own_server(), "cm_restart")
    other = Services.open(url)
    try:
        account = other.accounts.create("Acme S.p.A.")
        window = open_window(qtbot, url)
        language.install(qapp, "it")
        restart_server()
        qtbot.waitUntil(
            lambda: "database dell'ufficio" in window.statusBar().currentMessage(), timeout=10_000
        )
        qtbot.waitUntil(lambda: window.watcher.connected, timeout=20_000)
        with contextlib.suppress(StorageError):  # its old connection's first use finds it gone
            other.accounts.update(account.id, phone="+39 06 555 0505")
        other.accounts.update(account.id, phone="+39 06 555 0505")
        qtbot.waitUntil(lambda: phone_of(window).text() == "+39 06 555 0505", timeout=10_000)
        window.close()
    finally:
        other.close()
