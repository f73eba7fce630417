"""Editing an account's points of contact, without a widget: what the Company information
tab's boxes show and what each gesture saves.

The tab (``company_info_tab``) lays out the boxes and forwards what the user does; this
editor holds the state of editing (a shown, still empty "Add another" box) and turns each
gesture into an ``Edit``: the change to save, the sentence the status bar says, and the undo
(None when the change can't be taken back). Tests drive it with a sheet and people, no clicks.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication

from contact_manager.domain.contacts import ContactSheet, Person
from contact_manager.domain.emails import normalize_email
from contact_manager.domain.errors import BillingCapReached
from contact_manager.domain.roles import BILLING_CAP, Role
from contact_manager.ui.kit import undo_texts
from contact_manager.ui.kit.undo import Change, Description, billing_change, holder_change

if TYPE_CHECKING:
    from contact_manager.services import Services


@dataclass(frozen=True)
class BillingBox:
    """What one of the billing boxes shows."""

    holder: Person | None
    shown: bool
    excluded: frozenset[int]  # the other billing contacts: not offered in this box


@dataclass(frozen=True)
class Edit:
    """One change of the points of contact, ready to save."""

    change: Change
    description: str  # what the status bar says once saved
    undo_text: str | Description  # Edit > Undo's text
    undo: Change | None  # None: it can't be undone (the description says why)
    redo: Change | None = None  # when redoing is not ``change`` again


class ContactEditor:
    def __init__(self, services: Callable[[], Services]) -> None:
        """``services()`` gives the services when a gesture is turned into a change (the tab
        is on screen from the first frame, before they are loaded: see ``AppContext``)."""
        self._services = services
        self.pending_billing: int | None = None  # the slot of a shown, still empty "Add another" box

    @property
    def services(self) -> Services:
        return self._services()

    # --- what the boxes show -----------------------------------------------------------

    def account_switched(self) -> None:
        self.pending_billing = None

    def billing_boxes(self, sheet: ContactSheet) -> list[BillingBox]:
        """Each billing box: its holder, whether it is shown, the users it doesn't offer.

        An "Add another" box stays shown until the sheet has a holder in its place (or it moves).
        """
        if self.pending_billing is not None and self.pending_billing != len(sheet.billing):
            self.pending_billing = None
        ids = [person.user_id for person in sheet.billing if person.user_id is not None]
        boxes = []
        for slot in range(BILLING_CAP):
            holder = sheet.billing[slot] if slot < len(sheet.billing) else None
            excluded = frozenset(uid for i, uid in enumerate(ids) if i != slot)
            boxes.append(BillingBox(holder, holder is not None or slot == self.pending_billing, excluded))
        return boxes

    def shows_no_billing(self, sheet: ContactSheet) -> bool:
        """Whether "No billing contact yet" is said (no holder and no box being filled)."""
        return not sheet.billing and self.pending_billing is None

    # --- gestures -------------------------------------------------------------------------

    def add_another(self, sheet: ContactSheet) -> int:
        """Show one more, empty billing box; its slot. Refused past the cap."""
        if len(sheet.billing) >= BILLING_CAP:
            raise BillingCapReached([person.display for person in sheet.billing])
        self.pending_billing = len(sheet.billing)
        return self.pending_billing

    def outside_holder(self, role: Role, text: str) -> Person | None:
        """An address typed for ``role``: the outside person it names, as it will be stored, or
        None when the role takes users only (raises InvalidEmail for a wrong address)."""
        if not role.accepts_external_email:
            return None
        return Person(email=normalize_email(text))

    def set_holder(self, sheet: ContactSheet | None, role: Role, person: Person | None) -> Edit:
        """Give a single-holder role to ``person`` (None: nobody)."""
        old = sheet.holder(role) if sheet else None
        name = person.display if person else QCoreApplication.translate("CompanyInfoTab", "nobody")
        what = QCoreApplication.translate("CompanyInfoTab", "{role}: {person}").format(
            role=role.label, person=name
        )
        undo: Change | None = holder_change(self.services, role, old)
        if role.required and old is None:
            undo = None  # a required role (the primary contact) can be replaced but never cleared
        if undo is None:
            what = QCoreApplication.translate(
                "CompanyInfoTab",
                "{change} (setting the first primary contact can't be undone: an account always "
                "keeps one; choose another user to change it)",
            ).format(change=what)
            undo_what: str | Description = undo_texts.first_primary()
        else:
            undo_what = undo_texts.holder(role, person)
        return Edit(holder_change(self.services, role, person), what, undo_what, undo)

    def choose_billing(self, sheet: ContactSheet, slot: int, person: Person) -> Edit:
        """``person`` chosen in billing box ``slot``: replaces its holder, or adds one."""
        services, user_id = self.services, person.user_id
        assert user_id is not None  # billing contacts are users
        old = _ids(sheet)
        new = list(old)
        if slot < len(old):
            new[slot] = user_id
            what = QCoreApplication.translate("CompanyInfoTab", "billing contact {number}: {person}").format(
                number=slot + 1, person=person.display
            )
            undo_what = undo_texts.billing_replaced(slot + 1, person)

            def change(aid: int, version: int | None) -> object:
                return services.contacts.replace_billing(aid, slot, user_id, expected_version=version)
        else:
            new.append(user_id)
            what = QCoreApplication.translate("CompanyInfoTab", "billing contact added: {person}").format(
                person=person.display
            )
            undo_what = undo_texts.billing_added(person)

            def change(aid: int, version: int | None) -> object:
                return services.contacts.add_billing(aid, user_id, expected_version=version)

        return Edit(change, what, undo_what, billing_change(services, old), billing_change(services, new))

    def remove_billing(self, sheet: ContactSheet, slot: int) -> Edit | None:
        """Empty billing box ``slot``: the change removing its holder, or None for a box that
        holds nobody yet (it is just no longer shown)."""
        if slot >= len(sheet.billing):
            self.pending_billing = None
            return None
        services, person = self.services, sheet.billing[slot]
        user_id = person.user_id
        assert user_id is not None  # a billing contact is a user (no outside address)
        old = _ids(sheet)
        what = QCoreApplication.translate("CompanyInfoTab", "billing contact removed: {person}").format(
            person=person.display
        )

        def change(aid: int, version: int | None) -> object:
            return services.contacts.remove_billing(aid, user_id, expected_version=version)

        remaining = [uid for uid in old if uid != user_id]
        return Edit(
            change,
            what,
            undo_texts.billing_removed(person),
            billing_change(services, old),
            billing_change(services, remaining),
        )

    def billing_saved(self) -> None:
        """A billing box was saved: no box is being filled any more."""
        self.pending_billing = None


def _ids(sheet: ContactSheet) -> list[int]:
    return [person.user_id for person in sheet.billing if person.user_id is not None]
