"""A server database's daily exports: an account per event-loop turn, so the window answers
between accounts, and a window closed half way leaves no partial folder."""

from __future__ import annotations

import json

from PySide6.QtCore import QTimer

from contact_manager.services import Services
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


def test_the_window_turns_its_event_loop_between_the_accounts_exported(qtbot, pg_url):
    window, services = _window(qtbot, pg_url)
    try:
        made, turns = [], []
        backup = auto_backup.start(window)
        backup.made.connect(made.append)
        assert backup.busy  # start() returned with the exports under way

        def tick():
            turns.append(len(list(backup._export.partial.iterdir())) if backup._export else None)
            if backup.busy:
                QTimer.singleShot(0, tick)

        QTimer.singleShot(0, tick)
        qtbot.waitUntil(lambda: not backup.busy, timeout=10000)
        assert len(made) == 1 and made[0].parent == server_backup_root(services.store)
        exported = [json.loads(f.read_text(encoding="utf-8")) for f in made[0].iterdir()]
        assert sorted(document["account"]["name"] for document in exported) == list(ACCOUNTS)
        # the event loop ran while 1, 2, ... of the accounts were written
        assert set(range(1, len(ACCOUNTS))) <= {count for count in turns if count is not None}
    finally:
        window.close()
        delete_closed_widgets()
        services.close()


def test_closing_the_window_half_way_leaves_no_partial_exports(qtbot, pg_url):
    window, services = _window(qtbot, pg_url)
    try:
        backup = auto_backup.start(window)
        export = backup._export
        assert export is not None
        assert export.step()  # one account written, as the event loop's next turn would
        window.close()  # the window stops it a turn later, long before the last account
        qtbot.waitUntil(lambda: not backup.busy)  # stopped, not finished
        assert not export.partial.exists()
        assert list(server_backup_root(services.store).glob("daily-*")) == []
    finally:
        delete_closed_widgets()
        services.close()
