"""The daily backup of a database file, made on a connection of its own (any thread may run it).

``make_daily_copy(path)`` is what ``backup_files.make_daily_backup`` does for a file, without
touching the open store: it opens the file itself, so the window's thread can hand it to a
worker and stay free (SQLite's backup API releases the interpreter while it copies, and it
copies ``STEP_PAGES`` pages at a time, so the window's thread gets the interpreter between
steps). In WAL mode the copy reads one snapshot from its first step to its last: a change
the window writes meanwhile neither waits for it nor makes it start over.

The copy is written to a hidden ``.partial`` file beside its final name and renamed when it
is whole: a backup file is complete or absent. ``cancelled()`` is asked between steps (the
window is closing): the copy stops, its partial file is removed, and ``Cancelled`` is raised.
"""

from __future__ import annotations

import contextlib
import os
import sqlite3
import tempfile
import time
from collections.abc import Callable
from datetime import UTC, datetime
from pathlib import Path

from contact_manager.paths import ensure_private_dir
from contact_manager.services.backup_files import (
    DAILY,
    backup_folder,
    daily_due,
    new_backup_path,
    prune_daily,
)
from contact_manager.store import snapshot

STEP_PAGES = 1024  # 4 MiB of 4 KiB pages a step: a closing window waits for one step at most
PARTIAL = ".partial"
STALE_PARTIAL_S = 24 * 60 * 60  # a partial file this old was left by a process that died


class Cancelled(Exception):
    """The copy was stopped before it was whole (nothing of it is left)."""


def make_daily_copy(
    database: Path, now: datetime | None = None, cancelled: Callable[[], bool] | None = None
) -> Path | None:
    """Today's backup of the file ``database`` if it is due (none made today, some account in
    it): the new file, or None. Older daily backups beyond the kept ones are then removed.
    Raises sqlite3.Error / OSError as the copy met them, Cancelled when ``cancelled()`` said so."""
    now = now or datetime.now(UTC)
    if not daily_due(database, now.astimezone().date()):
        return None
    source = sqlite3.connect(snapshot.read_only_uri(database, immutable=False), uri=True)
    try:
        source.isolation_level = None  # the transaction below is ours to begin and end
        wal = source.execute("PRAGMA journal_mode").fetchone()[0].lower() == "wal"
        if wal:  # one snapshot for the whole copy: the window's writes neither wait nor restart it
            source.execute("BEGIN")
        if not source.execute("SELECT count(*) FROM account").fetchone()[0]:
            return None
        _remove_stale_partials(backup_folder(database))
        made = copy_whole(source, new_backup_path(DAILY, database, now), cancelled)
        if wal:
            source.execute("COMMIT")
    finally:
        source.close()
    prune_daily(database)
    return made


def copy_whole(
    source: sqlite3.Connection, destination: Path, cancelled: Callable[[], bool] | None = None
) -> Path:
    """Copy the database of ``source`` to ``destination`` in steps, through a partial file that
    is renamed when the copy is whole (and removed when it is not)."""
    folder = ensure_private_dir(destination.parent)
    handle, name = tempfile.mkstemp(prefix=f".{destination.name}.", suffix=PARTIAL, dir=folder)  # 0600
    os.close(handle)
    partial = Path(name)
    try:
        target = sqlite3.connect(partial)
        try:

            def step(_status: int, _remaining: int, _total: int) -> None:
                if cancelled is not None and cancelled():
                    raise Cancelled

            source.backup(target, pages=STEP_PAGES, progress=step)
        finally:
            target.close()
        os.replace(partial, destination)
    except BaseException:
        with contextlib.suppress(OSError):
            partial.unlink()
        raise
    return destination


def _remove_stale_partials(folder: Path) -> None:
    """Remove the partial files a process that died mid-copy left (never one being written)."""
    if not folder.is_dir():
        return
    old = time.time() - STALE_PARTIAL_S
    for item in folder.glob(f".*{PARTIAL}*"):  # and a -journal beside it
        with contextlib.suppress(OSError):
            if item.stat().st_mtime < old:
                item.unlink()
