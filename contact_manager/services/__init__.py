"""The use cases: the only writers of the store, each write one transaction.

Both front ends (the window and the command line) reach the data through ``Services``.
"""

from __future__ import annotations

from functools import cached_property
from typing import TYPE_CHECKING

from contact_manager.services.accounts import AccountInfo, AccountService
from contact_manager.services.base import current_login
from contact_manager.services.contacts import ContactService
from contact_manager.services.history import HistoryService
from contact_manager.services.users import UserService
from contact_manager.store.connection import Store

if TYPE_CHECKING:
    from contact_manager.services.exchange import ExchangeService
    from contact_manager.services.importing import ImportService
    from contact_manager.services.notices import NoticeService
    from contact_manager.services.people import PeopleService


class Services:
    """Every service over one open store, acting as one person."""

    def __init__(self, store: Store, actor: str | None = None) -> None:
        self.store = store
        # on a server the history's "who" is the authenticated role, whatever a client says
        self.actor = store.session_user if store.server else actor or current_login()
        self.accounts = AccountService(store, self.actor)
        self.users = UserService(store, self.actor)
        self.contacts = ContactService(store, self.actor)
        self.history = HistoryService(store, self.actor)

    # Importing and exchanging files are made when first used: opening the window needs neither.

    @cached_property
    def importing(self) -> ImportService:
        from contact_manager.services.importing import ImportService

        return ImportService(self.store, self.actor)

    @cached_property
    def exchange(self) -> ExchangeService:
        from contact_manager.services.exchange import ExchangeService

        return ExchangeService(self.store, self.actor)

    @cached_property
    def people(self) -> PeopleService:
        from contact_manager.services.people import PeopleService

        return PeopleService(self.store, self.actor)

    @cached_property
    def notices(self) -> NoticeService:
        from contact_manager.services.notices import NoticeService

        return NoticeService(self.store, self.actor)

    @classmethod
    def open(cls, target: str, actor: str | None = None, *, password: str | None = None) -> Services:
        """Open ``target`` (a file, or a server URL: ``password`` is for a server only)."""
        return cls(Store.open(target, password=password), actor)

    @property
    def read_only(self) -> bool:
        """Nothing can be changed through this connection: a file that can only be read, or a
        reader's connection to an office database (the window shows its banner)."""
        return self.store.read_only

    def close(self) -> None:
        self.store.close()


__all__ = ["AccountInfo", "Services", "Store"]
