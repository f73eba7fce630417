"""A first look at a database file, with plain ``sqlite3``, before the store is opened.

The window shows the account it will open in its first frame, read from here, while peewee,
the migrations and the schema check load behind it. So the look changes nothing and trusts
nothing: it reads through an ``immutable`` connection (no lock, no -wal, no -shm made), only
a file that says it is ours at the latest version with no WAL waiting to be laid over it and
that can be written (one that can't opens read-only, under its banner), only the tables it
needs as tables, and every statement is stopped past ``BUDGET_S``. Any
doubt gives ``None``: the store opens the file as it always does, and says what is wrong.
"""

from __future__ import annotations

import sqlite3
import time
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from pathlib import Path
from typing import Any

from contact_manager.store import snapshot
from contact_manager.store.decoding import SafeTextConnection
from contact_manager.store.migrations import LATEST_VERSION
from contact_manager.store.schema import APPLICATION_ID

BUDGET_S = 0.05  # a statement taking longer is stopped: the look is only worth it when quick
CHECK_EVERY = 1000  # SQLite virtual machine steps between two looks at the clock
TABLES = ("account", "app_user", "role_assignment", "history")


class PlainReader:
    """A read-only ``sqlite3`` connection with what ``store/queries.py`` asks of one."""

    param = "?"

    def __init__(self, connection: sqlite3.Connection) -> None:
        self.connection = connection

    def execute_sql(self, sql: str, params: Sequence[object] = ()) -> Any:
        deadline = time.monotonic() + BUDGET_S
        self.connection.set_progress_handler(lambda: time.monotonic() > deadline, CHECK_EVERY)
        return self.connection.execute(sql, tuple(params))


@contextmanager
def looking(path: Path) -> Iterator[PlainReader | None]:
    """A reader over ``path`` when a first look can be had safely and at once, else None."""
    wal = snapshot.wal_path(path)
    try:
        if not path.is_file() or (wal.exists() and wal.stat().st_size > 0):
            yield None  # no file yet, or committed changes waiting in a -wal: the store reads them
            return
        if snapshot.is_read_only(path):
            yield None  # opened read-only, with its banner: a look would offer edits it can't make
            return
        connection = sqlite3.connect(
            snapshot.read_only_uri(path, immutable=True), uri=True, factory=SafeTextConnection
        )
    except (OSError, sqlite3.Error):
        yield None
        return
    try:
        reader = PlainReader(connection)
        yield reader if _is_ours(reader) else None
    finally:
        connection.close()


def _is_ours(reader: PlainReader) -> bool:
    try:
        application = reader.execute_sql("PRAGMA application_id").fetchone()[0]
        version = reader.execute_sql("PRAGMA user_version").fetchone()[0]
        kinds = dict(
            reader.execute_sql(
                f"SELECT name, type FROM sqlite_master WHERE name IN ({', '.join('?' * len(TABLES))})",
                TABLES,
            ).fetchall()
        )
    except sqlite3.Error:  # not a database, damaged, or too slow to be worth it
        return False
    return (
        application == APPLICATION_ID
        and version == LATEST_VERSION
        and all(kinds.get(name) == "table" for name in TABLES)
    )
