"""The users of one account read once, as compact rows, for the Users tab and every user box.

One read gives ``UserRows`` (``services.compact_rows``): the users ``(id, first, last, email,
active, job_title, phone)`` sorted as users are listed (last name, first name, address, as
``domain.sorting.fold`` compares them), kept as blocks of text, and searched in their folded
texts, ``"first last email\\0job title phone"`` (the user boxes match the part before the
NUL, the Users tab's search all of it). A value that could not be read is kept as
DamagedText, its row's damage noted in ``damage`` by user id.

``read_apart`` does the read on a connection of the calling thread's own (what a worker
thread runs): on a file SQLite sorts the users itself, by the folded names a function of this
module gives it, so the rows arrive in order, a thousand at a time, and go straight into the
blocks (no tuple per user is ever kept). ``build`` makes them from rows read elsewhere:
``UserRowsService.read`` (``services/users.py``) on the store's connection, in the window's
thread, for a small account or a database opened read-only; the window's first look
(``services/first_look.py``) with plain SQL. No peewee here: the first frame uses this module.
"""

from __future__ import annotations

import gc
import sqlite3
from collections.abc import Callable, Iterator
from contextlib import contextmanager

from contact_manager.domain.damage import Damage
from contact_manager.domain.sorting import fold
from contact_manager.services.compact_rows import (  # noqa: F401 - the names callers use
    ACTIVE,
    EMAIL,
    FIRST,
    ID,
    LAST,
    PHONE,
    TITLE,
    Builder,
    Row,
    UserRows,
    search_text,
)
from contact_manager.services.row_index import CHUNK, RowIndex, sorted_apart  # noqa: F401 - callers use them
from contact_manager.services.sheets import person_from_row, reads_as_stored
from contact_manager.store import history_reads, queries
from contact_manager.store.decoding import decode_text

_SQL = f"SELECT {queries.PERSON_COLUMNS} FROM app_user u WHERE u.account_id = ?"
CACHE_KIB = 256  # the read's page cache
ORDER = "cm_user_order"  # the function SQLite sorts the users by (see _order)
_SORTED_SQL = (
    f"{_SQL} ORDER BY {ORDER}(CAST(u.last_name AS BLOB), CAST(u.first_name AS BLOB),"
    " CAST(u.email AS BLOB)), u.id"
)


@contextmanager
def collector_paused() -> Iterator[None]:
    """No cyclic garbage collection while making 100,000 rows (a worker thread's read or sort).

    Each few hundred new objects start a collection, and now and then one that walks every
    object of the process, holding the interpreter from the window's thread for a tenth of a
    second; the rows are tuples of texts, which hold no cycles. Collection is on again after
    (unless it was off before: another read's pause, which turns it on at its own end).
    """
    was_on = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if was_on:
            gc.enable()


def sort_text(last: str, first: str, email: str) -> str:
    """``person_key`` as one text (a NUL sorts before every character, so it orders alike)."""
    return f"{fold(last)}\0{fold(first)}\0{fold(email)}"


def _sort_key(row: Row) -> tuple[str, int]:
    """How the rows are listed: by ``sort_text``, then by id (as SQLite's read orders them)."""
    return sort_text(row[LAST], row[FIRST], row[EMAIL]), row[ID] if type(row[ID]) is int else -1


def _as_text(value: bytes | None) -> str:
    """A stored value as ``person_from_row`` reads it (the bytes of a value cast to BLOB)."""
    return "" if value is None else decode_text(value)


def _order(last: bytes | None, first: bytes | None, email: bytes | None) -> str:
    """SQLite's sort key of a user: ``sort_text`` of the values as they are read (SQLite then
    compares the texts as UTF-8 bytes, which order as Python orders the texts)."""
    return sort_text(_as_text(last), _as_text(first), _as_text(email))


def readable(rows: list[tuple], damage: dict[int | None, tuple[Damage, ...]]) -> list[tuple]:
    """``rows`` with each value that could not be read as ``person_from_row`` reads it (its
    damage noted in ``damage``), the others as they are."""
    for index, row in enumerate(rows):
        if not reads_as_stored(row):
            person = person_from_row(row)
            damage[person.user_id] = person.damage
            rows[index] = (
                person.user_id,
                person.first_name,
                person.last_name,
                person.email,
                int(person.active),
                person.job_title,
                person.phone,
            )
    return rows


def sharing_names() -> Callable[[list[tuple]], list[tuple]]:
    """A function giving a batch of rows one text object per distinct first name, last name,
    job title and phone across every batch it is given. Names repeat (a few thousand first
    names among 100,000 people): each row holding its own copy of "Maria" costs a text object
    per user. A text that could not be read (DamagedText) keeps its own object."""
    texts: dict[str, str] = {}

    def one(text: str) -> str:
        return texts.setdefault(text, text) if type(text) is str else text

    def batch(rows: list[tuple]) -> list[tuple]:
        return [
            (r[ID], one(r[FIRST]), one(r[LAST]), r[EMAIL], r[ACTIVE], one(r[TITLE]), one(r[PHONE]))
            for r in rows
        ]

    return batch


def build(read: list[tuple], previous: UserRows | None = None) -> UserRows:
    """UserRows from rows of ``queries.PERSON_COLUMNS`` in any order, with what every box
    looks up made here too (which rows are active, each user's row), so the window's thread
    does none of it. What is the same as in ``previous`` is its own."""
    damage: dict[int | None, tuple[Damage, ...]] = {}
    built = Builder(previous)
    built.add(sorted_apart(readable(read, damage), key=_sort_key))
    return _ready(built.done(damage))


def _ready(users: UserRows) -> UserRows:
    users.row_of, users.active  # noqa: B018 - made now, in the thread that reads
    return users


def read_apart(path: str, account_id: int, previous: UserRows | None = None) -> UserRows:
    """The account's UserRows read on a connection of this thread's own, opened and closed
    here: on a file sorted by SQLite and kept as they arrive; on a server read, then sorted.
    What is the same as in ``previous`` (the rows shown) is shared with it, not held twice."""
    with collector_paused():
        connection = history_reads.open_reader(path)
        try:
            if not isinstance(connection, sqlite3.Connection):  # a server: read, then sorted here
                cursor, shared, read = connection.execute(_SQL, (account_id,)), sharing_names(), []
                while batch := cursor.fetchmany(1000):
                    read += shared(batch)
                return build(read, previous)
            # SQLite's sort keeps a few pages in memory and the rest in a file (the default
            # cache, 2 MiB, doubled what the read holds at its peak beside the rows shown)
            connection.execute(f"PRAGMA cache_size = -{CACHE_KIB}")
            connection.create_function(ORDER, 3, _order, deterministic=True)
            cursor = connection.execute(_SORTED_SQL, (account_id,))
            built, damage = Builder(previous), dict[int | None, tuple[Damage, ...]]()
            # a batch at a time: one fetchall of 100,000 rows keeps the interpreter from the
            # window's thread until it returns; between batches that thread gets its turn
            while batch := cursor.fetchmany(1000):
                built.add(readable(batch, damage))
        finally:
            connection.close()
        return _ready(built.done(damage))
