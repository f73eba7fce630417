"""Reading an account's history (the services write it as they change things).

``page`` reads one page, newest first, with the History tab's filters applied in SQL (see
store/history_reads.py): a page of a million-row history costs what a page of ten does.
"""

from __future__ import annotations

import builtins
from collections.abc import Iterator

from contact_manager.domain.history import Action, Change
from contact_manager.domain.roles import Role
from contact_manager.services.base import Service
from contact_manager.store import history_reads, queries
from contact_manager.store.decoding import RowReader


def change_from_row(row: tuple) -> Change:
    """A Change from ``queries.history_rows``; what can't be read is marked (see domain.damage)."""
    row_id, at, actor, action, role, subject, old, new = row
    read = RowReader("history", row_id)
    return Change(
        id=row_id if type(row_id) is int else 0,
        at=read.moment("at", at),
        actor=read.text("actor", actor),
        action=read.choice("action", action, Action),
        role=read.choice("role", role, Role, null=True),
        subject=read.text("subject", subject),
        old_value=read.text("old_value", old, null=True),
        new_value=read.text("new_value", new, null=True),
        damage=tuple(read.damage),
    )


class HistoryService(Service):
    def list(self, account_id: int, *, newest_first: bool = True, limit: int | None = None) -> list[Change]:
        """The account's changes; a row that can't be read whole is kept, marked damaged."""
        with self.store.read():
            self._account(account_id)
            rows = queries.history_rows(self.store.db, account_id, newest_first=newest_first, limit=limit)
            return [change_from_row(row) for row in rows]

    def page(
        self,
        account_id: int,
        *,
        before_id: int | None = None,
        limit: int = history_reads.PAGE,
        role: Role | None = None,
        person: str = "",
    ) -> builtins.list[Change]:  # ``list`` here is the method above
        """Up to ``limit`` changes older than ``before_id`` (all when None), newest first,
        of ``role`` only and/or about ``person`` (name or address, any case)."""
        with self.store.read():
            connection = self.store.reading_connection()
            history_reads.prepare(connection)
            rows = history_reads.read_page(
                connection, account_id, before_id, limit, role.value if role else None, person
            )
        return [change_from_row(row) for row in rows]

    def has_any(self, account_id: int) -> bool:
        """Whether the account has any change at all."""
        return self._one_row("SELECT 1 FROM history WHERE account_id = ? LIMIT 1", account_id) is not None

    def every(self, account_id: int, *, role: Role | None = None, person: str = "") -> Iterator[Change]:
        """Every change that passes the filters, newest first, read a page at a time."""
        before = None
        while True:
            changes = self.page(account_id, before_id=before, limit=2000, role=role, person=person)
            yield from changes
            if len(changes) < 2000:
                return
            before = changes[-1].id


def read_page_apart(
    path: str, account_id: int, before_id: int | None, role: Role | None, person: str
) -> list[Change]:
    """``HistoryService.page`` on a connection of the calling thread's own, opened and closed
    here: what a worker thread runs (the store's connection belongs to the thread that opened it)."""
    connection = history_reads.open_reader(path)
    try:
        rows = history_reads.read_page(
            connection, account_id, before_id, history_reads.PAGE, role.value if role else None, person
        )
    finally:
        connection.close()
    return [change_from_row(row) for row in rows]
