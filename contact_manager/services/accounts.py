"""Accounts: creating, renaming, company details, deleting, listing."""

from __future__ import annotations

import builtins
from datetime import UTC, datetime

from contact_manager.domain.company import FIELDS, clean_field, clean_name
from contact_manager.domain.errors import AccountExists, NotFound
from contact_manager.domain.history import Action
from contact_manager.services.account_info import COLUMNS, AccountInfo, account_info
from contact_manager.services.base import Service
from contact_manager.store.decoding import RowReader
from contact_manager.store.models import Account


def _info(account: Account) -> AccountInfo:
    return account_info({column: getattr(account, column) for column in COLUMNS})


def name_key(name: str) -> str:
    return name.casefold()


def _clean(fields: dict[str, str]) -> dict[str, str]:
    """The values to store for these company fields, each checked (InvalidField)."""
    unknown = set(fields) - set(FIELDS)
    if unknown:
        raise TypeError(f"unknown company fields: {sorted(unknown)}")
    return {field: clean_field(field, text) for field, text in fields.items()}


class AccountService(Service):
    def list(self) -> list[AccountInfo]:
        with self.store.read():
            return [_info(a) for a in Account.select().order_by(Account.name_key)]

    def names(self) -> builtins.list[tuple[int, str]]:  # ``list`` here is the method above
        """(id, name) of every account, in ``list``'s order: what the account menus show, read
        in plain SQL (a thousand accounts in milliseconds, not a full row each)."""
        with self.store.read():
            rows = self.store.db.execute_sql("SELECT id, name FROM account ORDER BY name_key").fetchall()
        return [(row[0], RowReader("account", row[0]).text("name", row[1])) for row in rows]

    def get(self, account_id: int) -> AccountInfo:
        with self.store.read():
            return _info(self._account(account_id))

    def find(self, name: str) -> AccountInfo:
        with self.store.read():
            account = Account.get_or_none(Account.name_key == name_key(" ".join(name.split())))
            if account is None:
                raise NotFound("account", name)
            return _info(account)

    def create(self, name: str, **details: str) -> AccountInfo:
        clean = clean_name(name)
        values = _clean(details)
        with self.store.transaction():
            if Account.get_or_none(Account.name_key == name_key(clean)) is not None:
                raise AccountExists(clean)
            account = Account.create(
                name=clean, name_key=name_key(clean), created_at=datetime.now(UTC), **values
            )
            self._record(account.id, Action.ACCOUNT_CREATE, subject=clean, new=clean)
            return _info(account)

    def rename(self, account_id: int, name: str, expected_version: int | None = None) -> AccountInfo:
        return self.update(account_id, expected_version, name=name)

    def update(self, account_id: int, expected_version: int | None = None, **fields: str) -> AccountInfo:
        """Change company details; each changed field gets its own history row."""
        values = _clean(fields)
        with self.store.transaction():
            account = self._account(account_id, expected_version)
            changed = {f: v for f, v in values.items() if getattr(account, f) != v}
            if not changed:
                return _info(account)
            if "name" in changed:
                other = Account.get_or_none(Account.name_key == name_key(changed["name"]))
                if other is not None and other.id != account_id:
                    raise AccountExists(changed["name"])
            self._touch(account_id, expected_version)
            extra = {"name_key": name_key(changed["name"])} if "name" in changed else {}
            Account.update(**changed, **extra).where(Account.id == account_id).execute()
            for field, value in changed.items():
                action = Action.ACCOUNT_RENAME if field == "name" else Action.ACCOUNT_UPDATE
                self._record(
                    account_id, action, subject=field, old=getattr(account, field) or None, new=value or None
                )
            return _info(self._account(account_id))

    def delete(self, account_id: int) -> None:
        """Delete the account with its users, contacts and history, in one transaction.

        The schema removes what belongs to it (its rows can't be deleted while it exists)."""
        with self.store.transaction():
            self._account(account_id)
            Account.delete().where(Account.id == account_id).execute()
