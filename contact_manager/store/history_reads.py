"""The History tab's reads as plain SQL: a page of changes, newest first, with its filters.

Keyset paging (``id < ?`` on the ``(account_id, id)`` and ``(account_id, role, id)``
indexes, never OFFSET): a page of a million-row history costs what a page of ten does. No
peewee here: a worker thread runs these on its own connection (never the one peewee holds,
which belongs to the thread that opened it), made by ``open_reader`` for either backend: an
sqlite3 connection for a file, a ``server.ServerReader`` for a server (same ``execute``).
``one_state(connection)`` runs several statements on such a connection as one snapshot (a
server's daily exports read each account so).
"""

from __future__ import annotations

import contextlib
import sqlite3
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from typing import Any

from contact_manager.store.decoding import SafeTextConnection

COLUMNS = "id, at, actor, action, role, subject, old_value, new_value"
PAGE = 200
CONTAINS = "cm_casefold_contains"


def _casefold_contains(needle: str, text: str | None) -> bool:
    return text is not None and needle in text.casefold()


def prepare(connection: sqlite3.Connection) -> None:
    """Give ``connection`` the function the person filter needs for a non-ASCII text (a
    server has it in its schema)."""
    if isinstance(connection, sqlite3.Connection):
        connection.create_function(CONTAINS, 2, _casefold_contains, deterministic=True)


TRIGRAM = 3  # the index's tokens: a shorter text is looked for by a scan


def match_text(needle: str) -> str:
    """The index's query for an ASCII ``needle`` of at least three characters: each of its
    trigrams, every one required (``detail=none`` keeps no positions, so the rows named may
    hold them apart; the LIKE beside it keeps only the rows that hold ``needle``)."""
    trigrams = dict.fromkeys(needle[start : start + TRIGRAM] for start in range(len(needle) - TRIGRAM + 1))
    return " AND ".join('"' + trigram.replace('"', '""') + '"' for trigram in trigrams)


def page_sql(
    account_id: int,
    before_id: int | None,
    limit: int,
    role: str | None,
    person: str,
    *,
    server: bool = False,
    indexed: bool = True,
) -> tuple[str, list[object]]:
    """The SELECT (``?`` placeholders) and its parameters for one page.

    ``person`` (any case) is looked for in the subject and both values. An ASCII text is
    matched with LIKE (SQLite folds ASCII case; ``%`` and ``_`` are escaped); any other text
    with Python's casefold, so "ÉLISE" still finds "élise". On SQLite an ASCII text of three
    characters or more is first looked up in the trigram index (migration 6), newest first,
    and each row it names is checked with the same LIKE: the rows a scan finds, found without
    reading every change (``indexed=False``: the scan, which the tests compare it with). On
    a server the text is matched with ILIKE, which its trigram index serves when the server
    has ``pg_trgm`` (see ``server_migrations.m006_history_text``).
    """
    needle = person.strip().casefold()
    use_index = indexed and not server and needle.isascii() and len(needle) >= TRIGRAM
    t = "history." if use_index else ""  # history's columns, named beside the index's
    clauses = ""
    params: list[object] = [account_id]
    if role is not None:
        clauses += f" AND {t}role = ?"
        params.append(role)
    columns = (f"{t}subject", f"{t}old_value", f"{t}new_value")
    if needle and needle.isascii():
        escaped = needle.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")
        like = "ILIKE" if server else "LIKE"
        clauses += " AND (" + " OR ".join(f"{c} {like} ? ESCAPE '\\'" for c in columns) + ")"
        params += [f"%{escaped}%"] * 3
    elif needle:
        clauses += " AND (" + " OR ".join(f"{CONTAINS}(?, {c})" for c in columns) + ")"
        params += [needle] * 3
    if before_id is not None:
        clauses += " AND history_text.rowid < ?" if use_index else " AND id < ?"
        params.append(before_id)
    params.append(limit)
    if not use_index:
        return f"SELECT {COLUMNS} FROM history WHERE account_id = ?{clauses} ORDER BY id DESC LIMIT ?", params
    # the index is read newest first (its rowid is the change's id) and stops at the page's end
    listed = ", ".join(f"history.{column}" for column in COLUMNS.split(", "))
    sql = (
        f"SELECT {listed} FROM history_text JOIN history ON history.id = history_text.rowid "
        f"WHERE history_text MATCH ? AND history.account_id = ?{clauses} "
        "ORDER BY history_text.rowid DESC LIMIT ?"
    )
    return sql, [match_text(needle), *params]


def read_page(
    connection: sqlite3.Connection,
    account_id: int,
    before_id: int | None = None,
    limit: int = PAGE,
    role: str | None = None,
    person: str = "",
    *,
    indexed: bool = True,
) -> list[tuple]:
    """One page of ``COLUMNS`` rows read on ``connection`` (given ``prepare`` first)."""
    server = not isinstance(connection, sqlite3.Connection)
    sql, params = page_sql(account_id, before_id, limit, role, person, server=server, indexed=indexed)
    return connection.execute(sql, params).fetchall()


def open_reader(path: str) -> sqlite3.Connection:
    """A connection of this thread's own, that only reads (closed by the caller): to the file
    at ``path``, or to the server a ``ServerTarget`` (``Store.reader_target``) names."""
    from contact_manager.store.server import ServerReader, ServerTarget

    if isinstance(path, ServerTarget):
        return ServerReader(str(path), path.password)  # type: ignore[return-value]  # same execute
    connection = sqlite3.connect(
        path, timeout=10, factory=SafeTextConnection
    )  # text read as the store reads it
    connection.execute("PRAGMA query_only = 1")
    prepare(connection)
    return connection


class _Runner:
    """A reader's connection with what ``store/queries.py`` asks of one (``?`` placeholders:
    a ``ServerReader`` turns them into the driver's)."""

    param = "?"

    def __init__(self, connection: Any) -> None:
        self.connection = connection

    def execute_sql(self, sql: str, params: Sequence[object] = ()) -> Any:
        return self.connection.execute(sql, tuple(params))


@contextmanager
def one_state(connection: Any) -> Iterator[_Runner]:
    """The statements run inside see one state of the database, whatever is committed
    meanwhile: a read transaction on a file (WAL keeps its snapshot), REPEATABLE READ on a
    server. Nothing is written; the transaction is rolled back at the end."""
    server = not isinstance(connection, sqlite3.Connection)
    connection.execute("BEGIN ISOLATION LEVEL REPEATABLE READ READ ONLY" if server else "BEGIN")
    try:
        yield _Runner(connection)
    except BaseException:
        with contextlib.suppress(Exception):  # a connection lost: the error that says so goes on
            connection.execute("ROLLBACK")
        raise
    connection.execute("ROLLBACK")
