"""Reading an account's history (the services write it as they change things)."""

from __future__ import annotations

from contact_manager.domain.history import Action, Change
from contact_manager.domain.roles import Role
from contact_manager.services.base import Service
from contact_manager.store.models import HistoryEntry


class HistoryService(Service):
    def list(self, account_id: int, *, newest_first: bool = True, limit: int | None = None) -> list[Change]:
        with self.store.read():
            self._account(account_id)
            order = HistoryEntry.id.desc() if newest_first else HistoryEntry.id
            query = HistoryEntry.select().where(HistoryEntry.account == account_id).order_by(order)
            if limit:
                query = query.limit(limit)
            return [
                Change(
                    id=row.id,
                    at=row.at,
                    actor=row.actor,
                    action=Action(row.action),
                    role=Role(row.role) if row.role else None,
                    subject=row.subject,
                    old_value=row.old_value,
                    new_value=row.new_value,
                )
                for row in query
            ]
