"""An account's contact sheet and the rules every change to it must keep."""

from __future__ import annotations

from dataclasses import dataclass, field, replace
from datetime import date

from contact_manager.domain.damage import Damage
from contact_manager.domain.errors import (
    BillingCapReached,
    DuplicateContact,
    ExternalNotAllowed,
    PrimaryRequired,
    UserHoldsRoles,
    UserInactive,
)
from contact_manager.domain.roles import BILLING_CAP, OTHER_ROLES, Role


def shown(first_name: str, last_name: str, email: str) -> str:
    """A person as the app shows one: "First Last <email>", or the bare address without a name."""
    name = f"{first_name} {last_name}".strip()
    return f"{name} <{email}>" if name else email


@dataclass(frozen=True)
class Person:
    """Who holds a role: a user of the account, or (security only) an outside address."""

    email: str
    first_name: str = ""
    last_name: str = ""
    user_id: int | None = None
    active: bool = True
    job_title: str = ""
    phone: str = ""
    # values of this person's row that could not be read (shown marked): see domain.damage
    damage: tuple[Damage, ...] = field(default=(), compare=False)

    @property
    def external(self) -> bool:
        return self.user_id is None

    @property
    def name(self) -> str | None:
        full = f"{self.first_name} {self.last_name}".strip()
        return full or None

    @property
    def display(self) -> str:
        """ "First Last <email>", or the bare address for an outside contact."""
        return shown(self.first_name, self.last_name, self.email)

    @property
    def short(self) -> str:
        return self.name or self.email


@dataclass(frozen=True)
class ContactSheet:
    """Every point of contact of one account, as read in one transaction."""

    account_id: int
    account_name: str
    version: int
    primary: Person | None = None
    billing: tuple[Person, ...] = ()
    others: dict[Role, Person | None] = field(default_factory=dict)
    reviewed_on: date | None = None
    # everything read for this sheet that could not be (the holders' damage included)
    damage: tuple[Damage, ...] = field(default=(), compare=False)

    def holder(self, role: Role) -> Person | None:
        if role.multi:
            raise ValueError(f"{role.value} has several holders: use .holders()")
        if role is Role.PRIMARY:
            return self.primary
        return self.others.get(role)

    def holders(self, role: Role) -> tuple[Person, ...]:
        """Everyone who holds ``role``, in slot order (none, one, or several for a multi role)."""
        if role is Role.BILLING:
            return self.billing
        holder = self.holder(role)
        return (holder,) if holder is not None else ()

    def assignments(self) -> list[tuple[Role, Person]]:
        """Every (role, holder) pair, primary first, in the article's order."""
        pairs: list[tuple[Role, Person]] = []
        if self.primary:
            pairs.append((Role.PRIMARY, self.primary))
        pairs.extend((Role.BILLING, person) for person in self.billing)
        for role in OTHER_ROLES:
            person = self.others.get(role)
            if person:
                pairs.append((role, person))
        return pairs

    def roles_of(self, user_id: int) -> list[Role]:
        return [role for role, person in self.assignments() if person.user_id == user_id]

    def with_holder(self, role: Role, person: Person, version: int) -> ContactSheet:
        """This sheet once a single-holder ``role`` went to ``person``, as ``version``."""
        if role.multi:
            raise ValueError(f"{role.value} has several holders")
        if role is Role.PRIMARY:
            return replace(self, version=version, primary=person)
        return replace(self, version=version, others={**self.others, role: person})


# --- the rules ------------------------------------------------------------------------


def check_can_hold(role: Role, person: Person) -> None:
    """A role goes to an active user; only the security contact may be an outside address."""
    if person.external:
        if not role.accepts_external_email:
            raise ExternalNotAllowed(role, person.email)
        return
    if not person.active:
        raise UserInactive(person.display)


def check_add_billing(sheet: ContactSheet, person: Person) -> None:
    check_can_hold(Role.BILLING, person)
    if any(held.user_id == person.user_id for held in sheet.billing):
        raise DuplicateContact(Role.BILLING, person.display)
    if len(sheet.billing) >= BILLING_CAP:
        raise BillingCapReached([held.display for held in sheet.billing])


def check_replace_billing(sheet: ContactSheet, slot: int, person: Person) -> None:
    if not 0 <= slot < len(sheet.billing):
        raise IndexError(slot)
    check_can_hold(Role.BILLING, person)
    if any(held.user_id == person.user_id for i, held in enumerate(sheet.billing) if i != slot):
        raise DuplicateContact(Role.BILLING, person.display)


def check_clear(role: Role, sheet: ContactSheet) -> None:
    if role.required and sheet.holder(role) is not None:
        raise PrimaryRequired()


def check_can_leave(sheet: ContactSheet, person: Person, action: str) -> None:
    """A user who holds a role can't be deactivated or removed until it goes to someone else."""
    if person.user_id is None:
        return
    roles = sheet.roles_of(person.user_id)
    if roles:
        raise UserHoldsRoles(person.display, roles, action)
