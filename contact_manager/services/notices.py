"""Telling people about a change of a point of contact: the account's notice language and
the facts of the notice for a history entry (the front ends render and hand it over)."""

from __future__ import annotations

from datetime import date

from contact_manager.domain.errors import InvalidField
from contact_manager.domain.notice import (
    NOTICE_LANGUAGES,
    NoContactChange,
    NoticeFacts,
    facts_of,
    is_contact_change,
)
from contact_manager.domain.text import translate
from contact_manager.services import sheets
from contact_manager.services.base import Service
from contact_manager.services.contacts import ContactService
from contact_manager.services.history import HistoryService
from contact_manager.store.models import Account


class NoticeService(Service):
    def language(self, account_id: int) -> str:
        """The language of the account's notices: "en" or "it"."""
        with self.store.read():
            return self._account(account_id).notice_language

    def set_language(self, account_id: int, lang: str) -> None:
        """Choose the language of the account's notices: a preference, not a point of contact,
        so it neither bumps the account's version nor adds to its history."""
        if lang not in NOTICE_LANGUAGES:
            raise InvalidField(
                "notice_language",
                translate(
                    "NoticeMail", "The notices can be in English (en) or Italian (it), not {lang}."
                ).format(lang=lang),
            )
        with self.store.transaction():
            self._account(account_id)
            Account.update(notice_language=lang).where(Account.id == account_id).execute()

    def security_since(self, account_id: int) -> date | None:
        """The day the security contact was last set (for the health check of an outside address)."""
        with self.store.read():
            return sheets.security_since(self.store.db, account_id)

    def facts(self, account_id: int, change_id: int | None = None) -> NoticeFacts:
        """The notice for history entry ``change_id``, or for the latest change of a point of contact."""
        changes = HistoryService(self.store, self.actor).list(account_id)
        if change_id is None:
            change = next((c for c in changes if is_contact_change(c)), None)
            if change is None:
                raise NoContactChange()
        else:
            change = next((c for c in changes if c.id == change_id), None)
            if change is None:
                raise InvalidField(
                    "change",
                    translate("NoticeMail", "There is no history entry {number} in this account.").format(
                        number=change_id
                    ),
                )
        return facts_of(change, ContactService(self.store, self.actor).sheet(account_id))
