"""What every service shares: the store, who is acting, version checks and history rows."""

from __future__ import annotations

import getpass
from datetime import UTC, datetime

from contact_manager.domain.contacts import Person
from contact_manager.domain.emails import email_key, normalize_email
from contact_manager.domain.errors import Conflict, NotFound
from contact_manager.domain.history import Action
from contact_manager.domain.roles import Role
from contact_manager.services.sheets import person_from_row
from contact_manager.store import queries
from contact_manager.store.connection import Store
from contact_manager.store.decoding import RowReader
from contact_manager.store.models import Account, User

__all__ = ["person_from_row"]  # written in sheets.py, where the first look reads it without peewee


def current_login() -> str:
    """The OS login name of whoever runs the app, recorded in the history."""
    try:
        return getpass.getuser()
    except (OSError, KeyError, ImportError):
        return "unknown"


def person_of(user: User) -> Person:
    return person_from_row(
        (user.id, user.first_name, user.last_name, user.email, user.active, user.job_title, user.phone)
    )


class Service:
    def __init__(self, store: Store, actor: str | None = None) -> None:
        self.store = store
        # on a server the history's "who" is the authenticated role, whatever a client says
        self.actor = store.session_user if store.server else actor or current_login()

    # --- reading ----------------------------------------------------------------------

    def _account(self, account_id: int, expected_version: int | None = None) -> Account:
        """The account; with ``expected_version``, refuse a change made from stale state.

        A write checks the version first, before any rule: what the caller saw is out of
        date, so a rule's verdict on the current state would answer a question not asked.
        On a server, inside a write, the account's row is locked until the commit.
        """
        query = Account.select().where(Account.id == account_id)
        if self.store.locks_rows:  # a server's writers of one account take turns from here
            query = query.for_update()
        account = query.get_or_none()
        if account is None:
            raise NotFound("account", account_id)
        if expected_version is not None and account.version != expected_version:
            raise Conflict(account.name)
        return account

    def _user(self, account_id: int, user_id: int) -> User:
        user = User.get_or_none((User.id == user_id) & (User.account == account_id))
        if user is None:
            raise NotFound("user", user_id)
        return user

    def _person(self, account_id: int, user_id: int) -> Person:
        row = queries.person_row(self.store.db, account_id, user_id)
        if row is None:
            raise NotFound("user", user_id)
        return person_from_row(row)

    def _one_row(self, sql: str, *params: object) -> tuple | None:
        """The first row of one read (``?`` placeholders, written as the backend wants them)."""
        db = self.store.db
        with self.store.read():
            return db.execute_sql(sql.replace("?", db.param), params).fetchone()

    def _user_by_email(self, account_id: int, email: str) -> User | None:
        key = email_key(normalize_email(email))
        return User.get_or_none((User.account == account_id) & (User.email_key == key))

    # --- writing ----------------------------------------------------------------------

    def _touch(self, account_id: int, expected_version: int | None) -> int:
        """Claim the next version of the account, refusing a change made from stale state."""
        version = queries.bump_version(self.store.db, account_id, expected_version)
        if version is None:
            account = self._account(account_id)
            raise Conflict(account.name)
        return RowReader("account", account_id).integer("version", version)

    def _record(
        self,
        account_id: int,
        action: Action,
        *,
        role: Role | None = None,
        subject: str = "",
        old: str | None = None,
        new: str | None = None,
    ) -> None:
        at = datetime.now(UTC).isoformat(timespec="seconds")
        queries.insert_history(
            self.store.db,
            (account_id, at, self.actor, action.value, role.value if role else None, subject, old, new),
        )
