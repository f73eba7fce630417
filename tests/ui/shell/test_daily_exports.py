"""A server database's daily exports are made in a worker thread: the window's event loop
turns while an account is exported, and a window closed half way leaves no partial folder."""

from __future__ import annotations

import json
import threading

from PySide6.QtCore import QTimer

from contact_manager.services import Services, server_backups
from contact_manager.services.server_backups import server_backup_root
from contact_manager.ui.shell import auto_backup
from contact_manager.ui.shell.main_window import MainWindow
from tests.conftest import delete_closed_widgets

ACCOUNTS = ("Acme", "Globex", "Hooli", "Initech", "Soylent", "Umbrella")


def _window(qtbot, pg_url):
    services = Services.open(pg_url)
    for name in ACCOUNTS:
        services.accounts.create(name)
    window = MainWindow(services)
    qtbot.addWidget(window)
    window.poll.stop()
    window.show()
    qtbot.waitExposed(window)
    return window, services


def _exported_names(folder) -> list[str]:
    return sorted(json.loads(f.read_text(encoding="utf-8"))["account"]["name"] for f in folder.iterdir())


def test_the_window_turns_its_event_loop_while_an_account_is_exported(qtbot, pg_url, monkeypatch):
    window, services = _window(qtbot, pg_url)
    exporting, window_turned, threads = threading.Event(), threading.Event(), set()
    real = server_backups.export_account

    def export_account(store, folder, account_id, name):
        threads.add(threading.current_thread())
        exporting.set()
        turned = window_turned.wait(5)  # set by the window's event loop, meanwhile
        exporting.clear()
        assert turned, "the window's thread was held while an account was exported"
        return real(store, folder, account_id, name)

    monkeypatch.setattr(server_backups, "export_account", export_account)
    ticker = QTimer(window)
    ticker.timeout.connect(lambda: exporting.is_set() and window_turned.set())
    ticker.start(5)
    try:
        made, failed = [], []
        backup = auto_backup.start(window)
        backup.made.connect(made.append)
        window.statusBar().messageChanged.connect(failed.append)
        assert backup.busy  # start() returned with the exports under way
        qtbot.waitUntil(lambda: not backup.busy, timeout=20000)
        assert failed == [] and len(made) == 1
        assert made[0].parent == server_backup_root(services.store)
        assert _exported_names(made[0]) == list(ACCOUNTS)
        assert threading.main_thread() not in threads
    finally:
        ticker.stop()
        window.close()
        delete_closed_widgets()
        services.close()


def test_closing_the_window_half_way_leaves_no_partial_exports(qtbot, pg_url, monkeypatch):
    window, services = _window(qtbot, pg_url)
    real, written = server_backups.export_account, []
    backup = None

    def export_account(store, folder, account_id, name):
        if written:  # the second account: exported once the window is closing
            assert backup is not None and backup._stop.wait(10)
        written.append(real(store, folder, account_id, name))
        return written[-1]

    monkeypatch.setattr(server_backups, "export_account", export_account)
    try:
        backup = auto_backup.start(window)
        qtbot.waitUntil(lambda: len(written) == 1)
        partial = written[0].parent
        window.close()  # the worker stops after the account it is exporting
        qtbot.waitUntil(lambda: not backup.busy)  # stopped, not finished
        assert len(written) == 2 and not partial.exists()
        assert list(server_backup_root(services.store).glob("daily-*")) == []
    finally:
        delete_closed_widgets()
        services.close()
