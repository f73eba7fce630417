"""Moving an office's data from one database to another: a file onto a server, or back.

``copy_everything(source, target)`` copies every account of ``source`` (Services) with its
users, their roles and its history into ``target``, in one transaction of the target: all of
it is there afterwards, or (a refusal, a dropped connection) none of it. A target that
already holds an account of the same name as one being copied is refused before anything is
written, naming them. The source is only read. Rows get the target's own ids; what points at
them (a user's account, a role's holder) follows. Written over the store's models, so the
same code copies between any two backends.

On a server the history's "who" is whoever is connected (the server's rule, which nothing in
a client may bypass): the copied history names the login that moved it, at the original time.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any, cast

from contact_manager.domain.errors import ContactError
from contact_manager.domain.text import translate
from contact_manager.store.connection import Store
from contact_manager.store.models import Account, BaseModel, HistoryEntry, RoleAssignment, User

if TYPE_CHECKING:
    from contact_manager.services import Services

Progress = Callable[[int, int], None]  # (steps done, steps in all)
BATCH = 200  # rows per INSERT


class AccountsAlreadyThere(ContactError):
    """The target already holds accounts of the names being copied: nothing was copied."""

    def __init__(self, names: list[str]) -> None:
        super().__init__(names)
        self.names = names

    @property
    def message(self) -> str:
        return translate(
            "Copying",
            "Nothing was copied: the target database already has accounts called {names}. "
            "Rename or delete them there first.",
        ).format(names=", ".join(f"\u201c{name}\u201d" for name in self.names))


class NothingToCopy(ContactError):
    @property
    def message(self) -> str:
        return translate("Copying", "Nothing was copied: the source database has no account.")


@dataclass(frozen=True)
class Copied:
    accounts: int
    users: int
    roles: int
    history: int


@dataclass
class _Rows:
    accounts: list[dict[str, Any]]
    users: list[dict[str, Any]]
    roles: list[dict[str, Any]]
    history: list[dict[str, Any]]

    def count(self) -> int:
        return len(self.accounts) + len(self.users) + len(self.roles) + len(self.history)


def _fields(model: type[BaseModel]) -> list[str]:
    return [name for name in model._meta.sorted_field_names if name != "id"]


def _read(source: Store) -> _Rows:
    def rows(model: type[BaseModel]) -> list[dict[str, Any]]:
        columns = [model._meta.fields[name] for name in ["id", *_fields(model)]]
        query = model.select(*columns).order_by(model.id).dicts()
        return [dict(row) for row in cast(Iterable[dict[str, Any]], query)]

    with source.read():
        return _Rows(rows(Account), rows(User), rows(RoleAssignment), rows(HistoryEntry))


def copy_everything(source: Services, target: Services, progress: Progress | None = None) -> Copied:
    """Copy every account of ``source`` into ``target`` (see the module docstring)."""
    found = _read(source.store)
    if not found.accounts:
        raise NothingToCopy()
    total, done = found.count(), 0

    def step(count: int) -> None:
        nonlocal done
        done += count
        if progress is not None:
            progress(done, total)

    with target.store.transaction():
        keys = [row["name_key"] for row in found.accounts]
        query = Account.select(Account.name_key).where(Account.name_key.in_(keys))
        taken = {str(row.name_key) for row in query}
        if taken:
            raise AccountsAlreadyThere([row["name"] for row in found.accounts if row["name_key"] in taken])
        accounts: dict[int, int] = {}
        for row in found.accounts:
            old = row.pop("id")
            accounts[old] = Account.insert(**row).execute()
            step(1)
        users: dict[int, int] = {}
        for row in found.users:
            old = row.pop("id")
            row["account"] = accounts[row["account"]]
            users[old] = User.insert(**row).execute()
            step(1)
        for rows in _batches(found.roles):
            for row in rows:
                row.pop("id")
                row["account"] = accounts[row["account"]]
                row["user"] = users[row["user"]] if row["user"] is not None else None
            RoleAssignment.insert_many(rows).execute()
            step(len(rows))
        for rows in _batches(found.history):
            for row in rows:
                row.pop("id")
                row["account"] = accounts[row["account"]]
            HistoryEntry.insert_many(rows).execute()
            step(len(rows))
    return Copied(len(found.accounts), len(found.users), len(found.roles), len(found.history))


def _batches(rows: list[dict[str, Any]]) -> list[list[dict[str, Any]]]:
    return [rows[at : at + BATCH] for at in range(0, len(rows), BATCH)]
