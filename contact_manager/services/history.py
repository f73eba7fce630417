"""Reading an account's history (the services write it as they change things)."""

from __future__ import annotations

from contact_manager.domain.history import Action, Change
from contact_manager.domain.roles import Role
from contact_manager.services.base import Service
from contact_manager.store import queries
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
