"""A server database's daily exports: made in a worker thread on a connection of its own, so
the window answers meanwhile, and a window closed half way leaves no partial folder."""

from __future__ import annotations

import json
import threading

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


def _reads_held(monkeypatch, release: threading.Event):
    """Each account's read waits for ``release`` (or a second): the threads that read."""
    threads, read = [], server_backups.read_document

    def held(*args, **kwargs):
        threads.append(threading.current_thread())
        release.wait(1)
        return read(*args, **kwargs)

    monkeypatch.setattr(server_backups, "read_document", held)
    return threads


def test_the_exports_are_read_in_a_worker_while_the_window_answers(qtbot, pg_url, monkeypatch):
    window, services = _window(qtbot, pg_url)
    release = threading.Event()
    threads = _reads_held(monkeypatch, release)
    try:
        made = []
        backup = auto_backup.start(window)
        backup.made.connect(made.append)
        assert backup.busy  # start() returned with the exports under way
        qtbot.waitUntil(lambda: len(threads) == 1)
        # the window's thread is free while an account is read: it changes the account shown
        window.switch_account(services.accounts.list()[-1].id)
        assert window.context.sheet.account_name == ACCOUNTS[-1]
        release.set()
        qtbot.waitUntil(lambda: not backup.busy, timeout=10000)
        assert threading.main_thread() not in threads and len(threads) == len(ACCOUNTS)
        assert len(made) == 1 and made[0].parent == server_backup_root(services.store)
        exported = [json.loads(f.read_text(encoding="utf-8")) for f in made[0].iterdir()]
        assert sorted(document["account"]["name"] for document in exported) == list(ACCOUNTS)
    finally:
        release.set()
        window.close()
        delete_closed_widgets()
        services.close()


def test_closing_the_window_half_way_leaves_no_partial_exports(qtbot, pg_url, monkeypatch):
    window, services = _window(qtbot, pg_url)
    release = threading.Event()
    threads = _reads_held(monkeypatch, release)
    try:
        backup = auto_backup.start(window)
        qtbot.waitUntil(lambda: len(threads) == 2)  # one account written, the second read
        window.close()  # the worker is stopped after that account, long before the last
        release.set()
        qtbot.waitUntil(lambda: not backup.busy)  # stopped, not finished
        assert len(threads) == 2
        assert list(server_backup_root(services.store).iterdir()) == []
    finally:
        release.set()
        delete_closed_widgets()
        services.close()
