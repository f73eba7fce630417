"""People leaving: give every role a user holds to someone else, then deactivate or remove
them, all in one transaction (nothing changes if any step is refused)."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Literal

from contact_manager.domain import contacts as rules
from contact_manager.domain.contacts import ContactSheet
from contact_manager.domain.errors import ExternalNotAllowed
from contact_manager.domain.roles import Role
from contact_manager.services.base import Service, person_of
from contact_manager.services.contacts import ContactService
from contact_manager.services.users import UserService

Leave = Literal["deactivate", "remove"]
# The new holder of a role: a user id; an address (a user of the account, or for the
# security contact an outside address); or None to leave the role empty (not the primary).
NewHolder = int | str | None


class ReassignService(Service):
    def held_roles(self, account_id: int, user_id: int) -> list[Role]:
        """The roles ``user_id`` holds, in the sheet's order (what the dialog lists)."""
        with self.store.read():
            self._user(account_id, user_id)
            return ContactService(self.store, self.actor)._sheet(account_id).roles_of(user_id)

    def reassign_and_leave(
        self,
        account_id: int,
        user_id: int,
        new_holders: Mapping[Role, NewHolder],
        leave: Leave,
        expected_version: int | None = None,
    ) -> ContactSheet:
        """Give each role of ``user_id`` to ``new_holders[role]``, then deactivate or remove them.

        One transaction: a stale ``expected_version``, a refused new holder, or a role left
        without one (UserHoldsRoles) writes nothing. Returns the new sheet.
        """
        if leave not in ("deactivate", "remove"):
            raise ValueError(f"unknown way to leave: {leave!r}")
        contacts = ContactService(self.store, self.actor)
        users = UserService(self.store, self.actor)
        with self.store.transaction():
            leaving = person_of(self._user(account_id, user_id))
            sheet = contacts._sheet(account_id)
            self._touch(account_id, expected_version)
            for role in sheet.roles_of(user_id):
                if role not in new_holders:
                    continue
                self._hand_over(contacts, sheet, account_id, role, user_id, new_holders[role])
            rules.check_can_leave(contacts._sheet(account_id), leaving, leave)
            if leave == "deactivate":
                users.deactivate(account_id, user_id)
            else:
                users.remove(account_id, user_id)
            return contacts._sheet(account_id)

    def take_back(
        self,
        account_id: int,
        user_id: int,
        roles: list[Role],
        billing: list[int],
        expected_version: int | None = None,
    ) -> ContactSheet:
        """Undo a deactivation with hand-over: reactivate ``user_id`` and give them ``roles`` back.

        ``billing`` is the billing contacts as they were (their order too), used when the user
        was one. One transaction, checked against ``expected_version`` first.
        """
        contacts = ContactService(self.store, self.actor)
        users = UserService(self.store, self.actor)
        with self.store.transaction():
            self._account(account_id, expected_version)
            users.reactivate(account_id, user_id, expected_version=expected_version)
            for role in roles:
                if role is Role.BILLING:
                    contacts.set_billing(account_id, list(billing))
                else:
                    contacts.set_role(account_id, role, user_id)
            return contacts._sheet(account_id)

    def _hand_over(
        self,
        contacts: ContactService,
        sheet: ContactSheet,
        account_id: int,
        role: Role,
        user_id: int,
        new: NewHolder,
    ) -> None:
        if role is Role.BILLING:
            if new is None:
                contacts.remove_billing(account_id, user_id)
                return
            slot = next(i for i, p in enumerate(sheet.billing) if p.user_id == user_id)
            contacts.replace_billing(account_id, slot, self._user_id(account_id, role, new))
        elif new is None:
            contacts.clear_role(account_id, role)  # refused for the primary contact
        elif isinstance(new, str):
            contacts.set_role_by_email(account_id, role, new)
        else:
            contacts.set_role(account_id, role, new)

    def _user_id(self, account_id: int, role: Role, new: int | str) -> int:
        if isinstance(new, int):
            return new
        user = self._user_by_email(account_id, new)
        if user is None:
            raise ExternalNotAllowed(role, new)
        return user.id
