"""Reading an account's history (the services write it as they change things).

``page`` reads one page, newest first, with the History tab's filters applied in SQL: a page
of a million-row history costs the same as a page of ten (keyset paging on the
``(account_id, id)`` and ``(account_id, role, id)`` indexes, never OFFSET).
"""

from __future__ import annotations

from collections.abc import Iterator

from contact_manager.domain.history import Action, Change
from contact_manager.domain.roles import Role
from contact_manager.services.base import Service
from contact_manager.store.models import HistoryEntry

COLUMNS = "id, at, actor, action, role, subject, old_value, new_value"
# What the person filter looks in: the subject and both values, as one text.
ABOUT = "(coalesce(subject, '') || ' ' || coalesce(old_value, '') || ' ' || coalesce(new_value, ''))"
PAGE = 200


def change_from_row(row: tuple) -> Change:
    """A ``COLUMNS`` row as a Change."""
    return Change(
        id=row[0],
        at=row[1],
        actor=row[2],
        action=Action(row[3]),
        role=Role(row[4]) if row[4] else None,
        subject=row[5],
        old_value=row[6],
        new_value=row[7],
    )


def _casefold_contains(needle: str, text: str | None) -> bool:
    return text is not None and needle in text.casefold()


def filter_sql(role: Role | None, person: str) -> tuple[str, list]:
    """The WHERE clauses (after ``account_id = ?``) and their parameters for the filters.

    An ASCII person text is matched with LIKE (SQLite folds ASCII case); any other text with
    Python's casefold, so "ÉLISE" still finds "élise".
    """
    clauses, params = "", []
    if role is not None:
        clauses += " AND role = ?"
        params.append(role.value)
    needle = person.strip().casefold()
    if needle and needle.isascii():
        escaped = needle.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")
        clauses += f" AND {ABOUT} LIKE ? ESCAPE '\\'"
        params.append(f"%{escaped}%")
    elif needle:
        clauses += f" AND cm_casefold_contains(?, {ABOUT})"
        params.append(needle)
    return clauses, params


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

    def page(
        self,
        account_id: int,
        *,
        before_id: int | None = None,
        limit: int = PAGE,
        role: Role | None = None,
        person: str = "",
    ) -> list[Change]:
        """Up to ``limit`` changes older than ``before_id`` (all when None), newest first,
        of ``role`` only and/or about ``person`` (name or address, any case)."""
        clauses, params = filter_sql(role, person)
        if before_id is not None:
            clauses += " AND id < ?"
            params.append(before_id)
        sql = f"SELECT {COLUMNS} FROM history WHERE account_id = ?{clauses} ORDER BY id DESC LIMIT ?"
        db = self.store.db
        with self.store.read():
            db.connection().create_function("cm_casefold_contains", 2, _casefold_contains, deterministic=True)
            rows = db.execute_sql(sql.replace("?", db.param), (account_id, *params, limit)).fetchall()
        return [change_from_row(row) for row in rows]

    def has_any(self, account_id: int) -> bool:
        """Whether the account has any change at all."""
        db = self.store.db
        with self.store.read():
            row = db.execute_sql(
                "SELECT 1 FROM history WHERE account_id = ? LIMIT 1".replace("?", db.param), (account_id,)
            ).fetchone()
        return row is not None

    def every(self, account_id: int, *, role: Role | None = None, person: str = "") -> Iterator[Change]:
        """Every change that passes the filters, newest first, read a page at a time."""
        before = None
        while True:
            changes = self.page(account_id, before_id=before, limit=2000, role=role, person=person)
            yield from changes
            if len(changes) < 2000:
                return
            before = changes[-1].id
