"""The daily backup of a file is copied on a connection of its own, whole or not at all."""

from __future__ import annotations

import os
import sqlite3
import threading
import time
from datetime import UTC, datetime

import pytest

from contact_manager.services import backups_daily
from contact_manager.services.backup_files import DAILY, backup_folder, list_backups
from contact_manager.services.backups_daily import Cancelled, make_daily_copy

NOON = datetime(2026, 3, 10, 12, 0, tzinfo=UTC)

pytestmark = pytest.mark.sqlite_file  # the backups are copies of the SQLite file


def _rows(path) -> dict[str, list[tuple]]:
    con = sqlite3.connect(path)
    try:
        tables = ("account", "app_user", "role_assignment", "history")
        return {table: con.execute(f"SELECT * FROM {table} ORDER BY 1").fetchall() for table in tables}
    finally:
        con.close()


def _leftovers(database) -> list[str]:
    folder = backup_folder(database)
    return sorted(item.name for item in folder.iterdir()) if folder.is_dir() else []


def test_the_copy_holds_what_the_database_holds(services, account, people):
    made = make_daily_copy(services.store.path, NOON)
    assert made is not None and [b.path for b in list_backups(services.store.path)] == [made]
    assert _rows(made) == _rows(services.store.path) and _rows(made)["app_user"]
    assert made.stat().st_mode & 0o077 == 0  # the owner's only, as the database
    assert make_daily_copy(services.store.path, NOON) is None  # made today already


def test_a_change_written_during_the_copy_is_not_in_it_and_waits_for_nothing(
    services, account, people, monkeypatch
):
    """One snapshot from the first step to the last: the window's write goes through at once."""
    before = _rows(services.store.path)
    monkeypatch.setattr(backups_daily, "STEP_PAGES", 1)
    written = []

    def meanwhile() -> bool:
        if not written:
            written.append(services.users.add(account.id, "Late", "Comer", "late.comer@example.com"))
        return False

    made = make_daily_copy(services.store.path, NOON, cancelled=meanwhile)
    assert written and _rows(made) == before
    assert "late.comer@example.com" in str(_rows(services.store.path)["app_user"])


def test_a_stopped_copy_leaves_no_file(services, account, people, monkeypatch):
    monkeypatch.setattr(backups_daily, "STEP_PAGES", 1)
    asked = []

    def stop_at_the_second_step() -> bool:
        asked.append(_leftovers(services.store.path))
        return len(asked) > 1

    with pytest.raises(Cancelled):
        make_daily_copy(services.store.path, NOON, cancelled=stop_at_the_second_step)
    assert any(name.endswith(".partial") for name in asked[0])  # it was being written, apart
    assert _leftovers(services.store.path) == []
    assert make_daily_copy(services.store.path, NOON) is not None  # still due: made next time


def test_a_copy_that_fails_midway_leaves_no_file(services, account, people, monkeypatch):
    monkeypatch.setattr(backups_daily, "STEP_PAGES", 1)

    def disk_full_at_the_second_step(steps=[]) -> bool:  # noqa: B006 (counts the calls)
        steps.append(1)
        if len(steps) > 1:
            raise sqlite3.OperationalError("database or disk is full")
        return False

    with pytest.raises(sqlite3.OperationalError):
        make_daily_copy(services.store.path, NOON, cancelled=disk_full_at_the_second_step)
    assert _leftovers(services.store.path) == []


def test_a_database_without_an_account_is_not_backed_up(services):
    assert make_daily_copy(services.store.path, NOON) is None
    assert [b for b in list_backups(services.store.path) if b.kind == DAILY] == []


def test_the_copy_runs_in_any_thread(services, account):
    made = []
    worker = threading.Thread(target=lambda: made.append(make_daily_copy(services.store.path, NOON)))
    worker.start()
    worker.join()
    assert made[0] is not None and _rows(made[0]) == _rows(services.store.path)


def test_a_partial_file_a_dead_process_left_is_removed_and_a_fresh_one_kept(services, account):
    folder = backup_folder(services.store.path)
    folder.mkdir(parents=True)
    stale, fresh = folder / ".contacts-daily-x.db.abc.partial", folder / ".contacts-daily-y.db.def.partial"
    journal = stale.with_name(stale.name + "-journal")
    stale.write_bytes(b"half a copy")
    journal.write_bytes(b"its journal")
    fresh.write_bytes(b"another window's copy under way")
    old = time.time() - backups_daily.STALE_PARTIAL_S - 60
    for item in (stale, journal):
        os.utime(item, (old, old))
    made = make_daily_copy(services.store.path, NOON)
    assert not stale.exists() and not journal.exists() and fresh.exists()
    assert made is not None and made.exists()
