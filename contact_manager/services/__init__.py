"""The use cases: the only writers of the store, each write one transaction.

Both front ends (the window and the command line) reach the data through ``Services``.

Importing this package loads neither peewee nor a service: the window's first frame reads
the account with plain SQL (``first_look``) before any of them is needed. Each service is
made when first used, and ``AccountInfo`` and ``Store`` are loaded when first named.
"""

from __future__ import annotations

from collections.abc import Sequence
from importlib import import_module
from pathlib import Path
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from contact_manager.services.account_info import AccountInfo
    from contact_manager.services.accounts import AccountService
    from contact_manager.services.backups import BackupService
    from contact_manager.services.contacts import ContactService
    from contact_manager.services.directory import DirectoryService
    from contact_manager.services.exchange import ExchangeService
    from contact_manager.services.history import HistoryService
    from contact_manager.services.importing import ImportService
    from contact_manager.services.notices import NoticeService
    from contact_manager.services.people import PeopleService
    from contact_manager.services.reassign import ReassignService
    from contact_manager.services.users import UserRowsService, UserService
    from contact_manager.store.connection import Store


class _Later:
    """A member of Services made from ``contact_manager.services.<module>.<name>`` when first
    read, then kept on the instance (this descriptor is not asked again)."""

    def __init__(self, module: str, name: str) -> None:
        self.module, self.name, self.attribute = f"contact_manager.services.{module}", name, ""

    def __set_name__(self, owner: type, attribute: str) -> None:
        self.attribute = attribute

    def __get__(self, services: Services | None, owner: type | None = None) -> Any:
        if services is None:
            return self
        made = getattr(import_module(self.module), self.name)(services.store, services.actor)
        services.__dict__[self.attribute] = made
        return made


def later(module: str, name: str) -> Any:
    """``Services`` member made when first used; typed by its annotation."""
    return _Later(module, name)


class Services:
    """Every service over one open store, acting as one person."""

    def __init__(self, store: Store, actor: str | None = None) -> None:
        from contact_manager.services.base import current_login

        self.store = store
        # on a server the history's "who" is the authenticated role, whatever a client says
        self.actor = store.session_user if store.server else actor or current_login()

    # Made when first used: the module and class.
    accounts: AccountService = later("accounts", "AccountService")
    users: UserService = later("users", "UserService")
    contacts: ContactService = later("contacts", "ContactService")
    history: HistoryService = later("history", "HistoryService")
    importing: ImportService = later("importing", "ImportService")
    exchange: ExchangeService = later("exchange", "ExchangeService")
    people: PeopleService = later("people", "PeopleService")
    notices: NoticeService = later("notices", "NoticeService")
    backups: BackupService = later("backups", "BackupService")
    directory: DirectoryService = later("directory", "DirectoryService")
    reassign: ReassignService = later("reassign", "ReassignService")
    user_rows: UserRowsService = later("users", "UserRowsService")

    # --- the database open, as the front ends name and show it ---------------------------

    @property
    def path(self) -> Path | None:
        """The database file; None for a server's database."""
        return self.store.path

    @property
    def label(self) -> str:
        """The database as shown to a person: its file, else the server database's name."""
        return self.store.label

    @property
    def reader_path(self) -> str | None:
        """What a reader in another thread opens its own connection with (``open_reader``): the
        file's path, the server's URL; None when reads must stay on this connection (a file
        opened read-only)."""
        return self.store.reader_target()

    def close_thread_connection(self) -> None:
        """Close the connection of the calling thread (each thread has its own): a worker
        thread calls it when done; the window's connection stays open."""
        self.store.db.close()

    # --- use cases spanning several services ---------------------------------------------

    def create_account(self, name: str, users: Sequence[tuple[str, str, str]] = ()) -> AccountInfo:
        """Create the account ``name`` and its first users (first name, last name, address) in
        one transaction: a refusal of any of them leaves nothing made."""
        with self.store.transaction():
            account = self.accounts.create(name)
            for first, last, address in users:
                self.users.add(account.id, first, last, address)
        return account

    @classmethod
    def open(cls, target: str, actor: str | None = None, *, password: str | None = None) -> Services:
        """Open ``target`` (a file, or a server URL: ``password`` is for a server only)."""
        from contact_manager.store.connection import Store

        return cls(Store.open(target, password=password), actor)

    @property
    def read_only(self) -> bool:
        """Nothing can be changed through this connection: a file that can only be read, or a
        reader's connection to an office database (the window shows its banner)."""
        return self.store.read_only

    @property
    def reader_login(self) -> str:
        """On an office database this connection may only read: the server login it reads as
        (the banner names it); otherwise empty."""
        return self.store.session_user if self.store.server and self.store.read_only else ""

    def close(self) -> None:
        self.store.close()


_NAMED_LATER = {
    "AccountInfo": "contact_manager.services.account_info",
    "Store": "contact_manager.store.connection",
}


def __getattr__(name: str) -> Any:
    """``AccountInfo`` and ``Store``, loaded when first named (the store brings peewee)."""
    if name in _NAMED_LATER:
        return getattr(import_module(_NAMED_LATER[name]), name)
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")


__all__ = ["AccountInfo", "Services", "Store"]
