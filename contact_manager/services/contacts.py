"""Reading and changing an account's points of contact."""

from __future__ import annotations

from dataclasses import replace
from datetime import date

from contact_manager.domain import contacts as rules
from contact_manager.domain.contacts import ContactSheet, Person
from contact_manager.domain.emails import normalize_email
from contact_manager.domain.errors import ExternalNotAllowed
from contact_manager.domain.history import Action
from contact_manager.domain.roles import Role
from contact_manager.domain.routing import Notice, routing_table
from contact_manager.services.base import Service, person_of
from contact_manager.services.sheets import read_sheet
from contact_manager.store import queries
from contact_manager.store.models import Account, RoleAssignment


class ContactService(Service):
    # --- reading ----------------------------------------------------------------------

    def sheet(self, account_id: int) -> ContactSheet:
        with self.store.read():
            return self._sheet(account_id)

    def routing(self, account_id: int) -> list[tuple[Notice, tuple[Person, ...]]]:
        return routing_table(self.sheet(account_id))

    def _sheet(self, account_id: int, expected_version: int | None = None) -> ContactSheet:
        """The sheet as stored (``sheets.read_sheet``); a server's write locks the account row."""
        return read_sheet(
            self.store.db, account_id, lock=self.store.locks_rows, expected_version=expected_version
        )

    # --- writing: each method is one transaction and returns the new sheet -------------

    def set_primary(self, account_id: int, user_id: int, expected_version: int | None = None) -> ContactSheet:
        return self.set_role(account_id, Role.PRIMARY, user_id, expected_version)

    def set_role(
        self, account_id: int, role: Role, user_id: int, expected_version: int | None = None
    ) -> ContactSheet:
        """Give a single-holder role (primary or one of the other contacts) to a user."""
        if role.multi:
            raise ValueError("billing contacts are added, replaced and removed by slot")
        with self.store.transaction():
            sheet = self._sheet(account_id, expected_version)
            person = self._person(account_id, user_id)
            return self._assign(sheet, role, person, expected_version)

    def set_security_email(
        self, account_id: int, text: str, expected_version: int | None = None
    ) -> ContactSheet:
        """The security contact by address: a user of the account if one has it, else outside."""
        return self.set_role_by_email(account_id, Role.SECURITY, text, expected_version)

    def set_role_by_email(
        self, account_id: int, role: Role, text: str, expected_version: int | None = None
    ) -> ContactSheet:
        """Give ``role`` to the user with this address; a role that takes outside addresses
        (the security contact) takes the address itself when it is no user's."""
        outside = role.accepts_external_email
        address = normalize_email(text) if outside else text
        with self.store.transaction():
            sheet = self._sheet(account_id, expected_version)
            user = self._user_by_email(account_id, address)
            if user is None and not outside:
                raise ExternalNotAllowed(role, normalize_email(text))
            person = person_of(user) if user else Person(email=address)
            return self._assign(sheet, role, person, expected_version)

    def clear_role(self, account_id: int, role: Role, expected_version: int | None = None) -> ContactSheet:
        with self.store.transaction():
            sheet = self._sheet(account_id, expected_version)
            rules.check_clear(role, sheet)
            old = sheet.holder(role)
            if old is None:
                return sheet
            self._touch(account_id, expected_version)
            RoleAssignment.delete().where(
                (RoleAssignment.account == account_id) & (RoleAssignment.role == role.value)
            ).execute()
            self._record(account_id, Action.CONTACT_CLEAR, role=role, old=old.display)
            return self._sheet(account_id)

    def add_billing(self, account_id: int, user_id: int, expected_version: int | None = None) -> ContactSheet:
        with self.store.transaction():
            sheet = self._sheet(account_id, expected_version)
            person = self._person(account_id, user_id)
            rules.check_add_billing(sheet, person)
            self._touch(account_id, expected_version)
            RoleAssignment.create(
                account=account_id, role=Role.BILLING.value, slot=len(sheet.billing), user=user_id
            )
            self._record(account_id, Action.BILLING_ADD, role=Role.BILLING, new=person.display)
            return self._sheet(account_id)

    def replace_billing(
        self, account_id: int, slot: int, user_id: int, expected_version: int | None = None
    ) -> ContactSheet:
        with self.store.transaction():
            sheet = self._sheet(account_id, expected_version)
            person = self._person(account_id, user_id)
            rules.check_replace_billing(sheet, slot, person)
            old = sheet.billing[slot]
            if old.user_id == person.user_id:
                return sheet
            self._touch(account_id, expected_version)
            RoleAssignment.update(user=user_id).where(
                (RoleAssignment.account == account_id)
                & (RoleAssignment.role == Role.BILLING.value)
                & (RoleAssignment.slot == slot)
            ).execute()
            self._record(
                account_id, Action.BILLING_REPLACE, role=Role.BILLING, old=old.display, new=person.display
            )
            return self._sheet(account_id)

    def remove_billing(
        self, account_id: int, user_id: int, expected_version: int | None = None
    ) -> ContactSheet:
        """Remove a billing contact; the ones after it move up a slot."""
        with self.store.transaction():
            sheet = self._sheet(account_id, expected_version)
            slot = next((i for i, p in enumerate(sheet.billing) if p.user_id == user_id), None)
            if slot is None:
                return sheet
            kept = [p.user_id for i, p in enumerate(sheet.billing) if i != slot]
            return self._rewrite_billing(
                account_id, expected_version, kept, Action.BILLING_REMOVE, sheet.billing[slot].display
            )

    def set_billing(
        self, account_id: int, user_ids: list[int], expected_version: int | None = None
    ) -> ContactSheet:
        """Make the billing contacts exactly ``user_ids``, in that order (used by undo)."""
        with self.store.transaction():
            sheet = self._sheet(account_id, expected_version)
            people = [self._person(account_id, uid) for uid in user_ids]
            for i, person in enumerate(people):
                rules.check_add_billing(replace(sheet, billing=tuple(people[:i])), person)
            if [p.user_id for p in sheet.billing] == list(user_ids):
                return sheet
            old = ", ".join(p.display for p in sheet.billing)
            new = ", ".join(p.display for p in people)
            return self._rewrite_billing(
                account_id, expected_version, list(user_ids), Action.BILLING_REPLACE, old or None, new or None
            )

    def mark_reviewed(
        self, account_id: int, today: date, expected_version: int | None = None
    ) -> ContactSheet:
        with self.store.transaction():
            account = self._account(account_id, expected_version)
            self._touch(account_id, expected_version)
            old = account.reviewed_on
            Account.update(reviewed_on=today).where(Account.id == account_id).execute()
            self._record(
                account_id,
                Action.ACCOUNT_REVIEW,
                old=str(old) if old else None,
                new=today.isoformat(),
            )
            return self._sheet(account_id)

    # --- helpers ----------------------------------------------------------------------

    def _assign(
        self, sheet: ContactSheet, role: Role, person: Person, expected_version: int | None
    ) -> ContactSheet:
        rules.check_can_hold(role, person)
        old = sheet.holder(role)
        if old == person:
            return sheet
        version = self._touch(sheet.account_id, expected_version)
        queries.replace_holder(
            self.store.db,
            sheet.account_id,
            role.value,
            person.user_id,
            person.email if person.external else None,
        )
        self._record(
            sheet.account_id,
            Action.CONTACT_SET,
            role=role,
            old=old.display if old else None,
            new=person.display,
        )
        if sheet.damage or person.damage:  # read again: what could not be read is said as it now is
            return self._sheet(sheet.account_id)
        return sheet.with_holder(role, person, version)  # as read, changed as just written

    def _rewrite_billing(
        self,
        account_id: int,
        expected_version: int | None,
        user_ids: list[int | None],
        action: Action,
        old: str | None,
        new: str | None = None,
    ) -> ContactSheet:
        """Make the billing contacts ``user_ids`` (in the open transaction), say it in the
        history as ``action``, and return the sheet as it now is."""
        self._touch(account_id, expected_version)
        self._write_billing(account_id, user_ids)
        self._record(account_id, action, role=Role.BILLING, old=old, new=new)
        return self._sheet(account_id)

    def _write_billing(self, account_id: int, user_ids: list[int | None]) -> None:
        RoleAssignment.delete().where(
            (RoleAssignment.account == account_id) & (RoleAssignment.role == Role.BILLING.value)
        ).execute()
        for slot, user_id in enumerate(user_ids):
            RoleAssignment.create(account=account_id, role=Role.BILLING.value, slot=slot, user=user_id)
