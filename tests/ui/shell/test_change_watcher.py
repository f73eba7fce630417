"""Changes other clients commit reach the window: by the server's notices, not by polling.

Until the window opens an office database itself, these tests hand the watcher a feed that
listens on a real server while the data stays in the test's file: another client changes
the file and the server notifies the account, as the server's trigger does on its own.
"""

from __future__ import annotations

from types import SimpleNamespace

from PySide6.QtWidgets import QLineEdit, QMessageBox

from contact_manager import language
from contact_manager.services import Services
from contact_manager.services.changes import ChangeFeed
from tests.pg_server import need_server, restart_server
from tests.store.test_listening import notify, terminate

LOST = "The connection to the office database was lost. Trying to connect again..."
BACK = "Connected to the office database again."


def listen_on_server(window, url: str) -> None:
    from playhouse.db_url import connect

    feed = ChangeFeed(SimpleNamespace(store=SimpleNamespace(db=connect(url))))
    assert not feed.polls
    window.watcher.stop()  # the file's polling, and its timer: nothing is polled from here on
    window.watcher.feed = feed
    window.watcher.timer.start()  # it looks only at notices that waited for the window to be idle
    assert window.watcher._listen()


def change_elsewhere(db_path, account_id: int, phone: str) -> None:
    other = Services.open(str(db_path), actor="someone else")
    try:
        other.accounts.update(account_id, phone=phone)
    finally:
        other.close()


def test_the_data_version_is_read_through_the_services(window, services):
    feed = window.watcher.feed
    assert feed.polls and feed.version() == services.store.data_version()


def test_a_notice_from_the_server_reloads_the_open_account(qtbot, window, account, db_path):
    url = need_server()
    listen_on_server(window, url)
    phone = window.findChild(QLineEdit, "company_phone")
    change_elsewhere(db_path, account.id, "+39 06 555 0101")
    qtbot.wait(300)
    assert phone.text() != "+39 06 555 0101"  # no notice, no reload: the file is not polled
    notify(url, str(account.id))
    qtbot.waitUntil(lambda: phone.text() == "+39 06 555 0101", timeout=10_000)
    assert window.statusBar().currentMessage() == "Updated with changes made elsewhere."


def test_a_notice_for_another_account_leaves_the_open_one_alone(qtbot, window, services, account, db_path):
    url = need_server()
    other = services.accounts.create("Beta S.r.l.")
    listen_on_server(window, url)
    reloads = []
    window.context.sheetChanged.connect(lambda sheet: reloads.append(sheet))
    notify(url, str(other.id))
    qtbot.waitUntil(lambda: window.watcher.notifier is not None and not window.watcher._pending, timeout=5000)
    qtbot.wait(200)
    assert reloads == []


def test_a_notice_heard_while_a_dialog_is_open_waits_for_it_to_close(qtbot, window, account, db_path):
    url = need_server()
    listen_on_server(window, url)
    phone = window.findChild(QLineEdit, "company_phone")
    box = QMessageBox(window)
    box.open()
    qtbot.waitUntil(lambda: QMessageBox.isVisible(box))
    change_elsewhere(db_path, account.id, "+39 06 555 0202")
    notify(url, str(account.id))
    qtbot.waitUntil(lambda: bool(window.watcher._pending), timeout=5000)
    assert phone.text() != "+39 06 555 0202"
    box.close()
    qtbot.waitUntil(lambda: phone.text() == "+39 06 555 0202", timeout=10_000)


def test_a_dropped_connection_is_said_and_mended_with_nothing_lost(qtbot, window, account, db_path):
    url = need_server()
    listen_on_server(window, url)
    phone = window.findChild(QLineEdit, "company_phone")
    terminate(url, window.watcher.feed.listener.connection.info.backend_pid)
    qtbot.waitUntil(lambda: window.statusBar().currentMessage() == LOST, timeout=10_000)
    change_elsewhere(db_path, account.id, "+39 06 555 0303")  # committed while nobody listened
    qtbot.waitUntil(lambda: window.watcher.connected, timeout=15_000)
    qtbot.waitUntil(lambda: phone.text() == "+39 06 555 0303", timeout=10_000)
    notify(url, str(account.id))  # and it hears again
    change_elsewhere(db_path, account.id, "+39 06 555 0404")
    notify(url, str(account.id))
    qtbot.waitUntil(lambda: phone.text() == "+39 06 555 0404", timeout=10_000)


def test_a_server_restart_is_said_in_italian_and_outlived(qtbot, qapp, window, account, db_path):
    url = need_server()
    listen_on_server(window, url)
    language.install(qapp, "it")
    phone = window.findChild(QLineEdit, "company_phone")
    restart_server()
    qtbot.waitUntil(lambda: "database dell'ufficio" in window.statusBar().currentMessage(), timeout=10_000)
    change_elsewhere(db_path, account.id, "+39 06 555 0505")
    qtbot.waitUntil(lambda: window.watcher.connected, timeout=20_000)
    qtbot.waitUntil(lambda: phone.text() == "+39 06 555 0505", timeout=10_000)
