"""The window's daily backup is copied in a worker thread: the window is free while it runs."""

from __future__ import annotations

import threading

import pytest
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication

from contact_manager import language
from contact_manager.services import backups_daily
from contact_manager.services.backup_files import DAILY, backup_folder, list_backups
from contact_manager.ui.shell import auto_backup

pytestmark = pytest.mark.sqlite_file  # the backups are copies of the SQLite file


@pytest.fixture
def window(active_window):
    return active_window  # tests/ui/conftest.py: shown, its poll stopped


@pytest.fixture
def held(monkeypatch):
    """The copy stops at its first step until ``release`` is set (or the window stops it)."""
    monkeypatch.setattr(backups_daily, "STEP_PAGES", 1)
    midway, release = threading.Event(), threading.Event()
    copy = backups_daily.copy_whole

    def holding(source, destination, cancelled=None):
        def step() -> bool:
            midway.set()
            while not release.is_set() and not (cancelled and cancelled()):
                release.wait(0.01)
            return bool(cancelled and cancelled())

        return copy(source, destination, step)

    monkeypatch.setattr(backups_daily, "copy_whole", holding)
    return midway, release


def _dailies(services):
    return [b for b in list_backups(services.store.path) if b.kind == DAILY]


def test_the_backup_runs_apart_and_the_window_goes_on(qtbot, window, services, held):
    midway, release = held
    made = []
    backup = auto_backup.start(window)
    backup.made.connect(made.append)
    assert backup.busy and backup.worker.is_alive()  # start() returned with the copy under way
    assert midway.wait(10)
    ticks = []
    QTimer.singleShot(0, lambda: ticks.append("the event loop ran"))
    qtbot.waitUntil(lambda: bool(ticks))  # while the copy waits: the window's thread is free
    services.users.add(window.context.account_id, "Meanwhile", "Writer", "meanwhile@example.com")
    assert _dailies(services) == [] and backup.busy  # not there until it is whole
    release.set()
    qtbot.waitUntil(lambda: not backup.busy, timeout=10000)
    assert [b.path for b in _dailies(services)] == made and len(made) == 1


def test_closing_the_window_mid_backup_leaves_no_partial_file(qtbot, window, services, held):
    midway, _release = held
    backup = auto_backup.start(window)
    assert midway.wait(10)
    folder = backup_folder(services.store.path)
    assert [item.name for item in folder.iterdir() if item.name.endswith(".partial")]
    worker = backup.worker
    window.close()
    qtbot.waitUntil(lambda: not worker.is_alive(), timeout=5000)  # stopped, not left hanging
    assert list(folder.iterdir()) == [] and not backup.busy
    assert _dailies(services) == []


@pytest.mark.parametrize(
    "lang, said",
    [
        ("en", "Today's automatic backup could not be made: No space left on device"),
        ("it", "Non è stato possibile fare il backup automatico di oggi: No space left on device"),
    ],
)
def test_a_backup_that_fails_in_the_worker_is_said_in_the_window(
    qtbot, window, services, monkeypatch, lang, said
):
    def full(*args, **kwargs):
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(backups_daily, "copy_whole", full)
    try:
        language.install(QApplication.instance(), lang)
        backup = auto_backup.start(window)
        qtbot.waitUntil(lambda: not backup.busy, timeout=10000)
        assert window.statusBar().currentMessage() == said
    finally:
        language.uninstall()
    assert _dailies(services) == []
