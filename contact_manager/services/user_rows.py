"""The users of one account read once, as compact rows, for the Users tab and every user box.

One read gives ``UserRows``: a plain tuple per user ``(id, first, last, email, active,
job_title, phone)`` sorted as users are listed (last name, first name, address), and one
folded search text per user, ``"first last email\\0job title phone"`` (the user boxes match
the part before the NUL, the Users tab's search all of it). A value that could not be read is
kept as DamagedText, its row's damage noted in ``damage`` by user id. 100,000 users cost one
list of tuples and one list of strings, shared by every model.

``read_apart`` does the read on a sqlite3 connection of the calling thread's own (what a
worker thread runs); ``UserRowsService.read`` on the store's connection, in the window's
thread, for a small account or a database opened read-only.
"""

from __future__ import annotations

import gc
import heapq
from array import array
from bisect import bisect_left
from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass, field

from contact_manager.domain.damage import Damage
from contact_manager.domain.sorting import fold
from contact_manager.services.base import Service, person_from_row
from contact_manager.store import history_reads, queries

Row = tuple  # (id, first, last, email, active, job_title, phone)
ID, FIRST, LAST, EMAIL, ACTIVE, TITLE, PHONE = range(7)

_SQL = f"SELECT {queries.PERSON_COLUMNS} FROM app_user u WHERE u.account_id = ?"


class RowIndex:
    """Each user's row, as a dict's ``get`` finds it, in two arrays (ids ascending, their rows):
    a tenth of a dict's memory for 100,000 users, found by halving."""

    __slots__ = ("_ids", "_rows")

    def __init__(self, rows: list[Row]) -> None:
        ids = [r[ID] if type(r[ID]) is int else -1 for r in rows]  # an id that can't be read: none
        order = sorted_apart(list(range(len(rows))), key=ids.__getitem__)
        self._ids = array("q", (ids[i] for i in order))
        self._rows = array("l", order)

    def get(self, user_id: int | None) -> int | None:
        if user_id is None:
            return None
        at = bisect_left(self._ids, user_id)
        return self._rows[at] if at < len(self._ids) and self._ids[at] == user_id else None


@dataclass(frozen=True)
class UserRows:
    rows: list[Row] = field(default_factory=list)
    keys: list[str] = field(default_factory=list)  # folded search texts, one per row
    damage: dict[int | None, tuple[Damage, ...]] = field(default_factory=dict)
    active: Sequence[int] = field(default_factory=list)  # rows of the active users, ascending
    row_of: RowIndex = field(default_factory=lambda: RowIndex([]))  # each user's row

    def __len__(self) -> int:
        return len(self.rows)


CHUNK = 4096  # items sorted at a time by sorted_apart


def sorted_apart(items: list, key, reverse: bool = False) -> list:
    """``sorted(items, key=key, reverse=reverse)`` (stable alike), for a worker thread.

    One ``sorted`` of 100,000 tuples keeps the interpreter to itself for a tenth of a second
    (the comparisons run in C, where no other thread gets a turn), which freezes the window's
    thread just as a sort there would. Sorting slices and merging them in Python lets it run.
    """
    if len(items) <= CHUNK:
        return sorted(items, key=key, reverse=reverse)
    slices = [sorted(items[i : i + CHUNK], key=key, reverse=reverse) for i in range(0, len(items), CHUNK)]
    return list(heapq.merge(*slices, key=key, reverse=reverse))


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


def _sort_key(row: Row) -> str:
    """``person_key`` as one text (a NUL sorts before every character, so it orders alike)."""
    return f"{fold(row[LAST])}\0{fold(row[FIRST])}\0{fold(row[EMAIL])}"


def search_key(row: Row, previous: UserRows | None = None) -> str:
    """The row's folded search text: ``previous``'s own when the row is one of its tuples."""
    if previous is not None:
        at = previous.row_of.get(row[ID])
        if at is not None and previous.rows[at] is row:
            return previous.keys[at]
    return fold(f"{row[FIRST]} {row[LAST]} {row[EMAIL]}\0{row[TITLE]} {row[PHONE]}")


def reuse(batch: list[tuple], previous: UserRows) -> list[tuple]:
    """``batch`` with each row that is unchanged since ``previous`` replaced by its old tuple,
    so that a reload of 100,000 users keeps one set of them, not two, while the new read runs."""
    find, old = previous.row_of.get, previous.rows
    for index, row in enumerate(batch):
        at = find(row[ID])
        if at is not None and old[at] == row:
            batch[index] = old[at]
    return batch


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
    """UserRows from rows of ``queries.PERSON_COLUMNS``, with what every box looks up made
    here too (which rows are active, each user's row), so the window's thread does none of it.
    A row and search text unchanged since ``previous`` are its objects, not new ones."""
    damage: dict[int | None, tuple[Damage, ...]] = {}
    for index, row in enumerate(read):
        user_id, first, last, email, active, title, phone = row
        if not (
            type(first) is str
            and type(last) is str
            and type(email) is str
            and type(title) is str
            and type(phone) is str
            and type(user_id) is int
            and (active == 0 or active == 1)
        ):
            person = person_from_row(row)
            damage[person.user_id] = person.damage
            read[index] = (
                person.user_id,
                person.first_name,
                person.last_name,
                person.email,
                int(person.active),
                person.job_title,
                person.phone,
            )
    read = sorted_apart(read, key=_sort_key)
    keys = [search_key(r, previous) for r in read]
    active = array("l", (i for i, r in enumerate(read) if r[ACTIVE]))
    return UserRows(read, keys, damage, active, RowIndex(read))


def read_apart(path: str, account_id: int, previous: UserRows | None = None) -> UserRows:
    """The account's UserRows read on a connection of this thread's own, opened and closed
    here; what is unchanged since ``previous`` (the rows shown) is shared with it."""
    with collector_paused():
        connection = history_reads.open_reader(path)
        try:
            cursor = connection.execute(_SQL, (account_id,))
            read: list[tuple] = []
            shared = sharing_names()
            # a batch at a time: one fetchall of 100,000 rows keeps the interpreter from the
            # window's thread until it returns; between batches that thread gets its turn
            while batch := cursor.fetchmany(1000):
                batch = shared(batch)
                read += batch if previous is None else reuse(batch, previous)
        finally:
            connection.close()
        return build(read, previous)


class UserRowsService(Service):
    def read(self, account_id: int) -> UserRows:
        """The account's UserRows on the store's connection (a storage problem: its one sentence)."""
        with self.store.read():
            self._account(account_id)
            read = queries.user_rows(self.store.db, account_id)
        return build(list(read))

    def count(self, account_id: int) -> int:
        """How many users the account has (one indexed count)."""
        row = self._one_row("SELECT count(*) FROM app_user WHERE account_id = ?", account_id)
        assert row is not None  # a count always has its row
        return int(row[0])
