"""Replacing a person everywhere: the plan an admin previews, and the refusals it can meet.

A plan lists, account by account, every role the person who leaves holds and who takes it
over. The services build it from the database and apply it in one transaction.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from contact_manager.domain.contacts import Person
from contact_manager.domain.errors import ContactError, Refusal
from contact_manager.domain.roles import Role
from contact_manager.domain.text import QT_TRANSLATE_NOOP, translate

# One row of role_assignment: (role, slot, user id, outside address).
AssignmentRow = tuple[str, int, "int | None", "str | None"]


@dataclass(frozen=True)
class Move:
    """One role changing hands in one account."""

    account_id: int
    account_name: str
    role: Role
    old: Person
    new: Person
    # The successor already holds this role (a second billing slot): the old holder's
    # slot is removed instead of handed over.
    already_held: bool = False


@dataclass(frozen=True)
class AccountPlan:
    """What happens in one account."""

    account_id: int
    account_name: str
    version: int
    moves: tuple[Move, ...]
    old_user_id: int | None  # None: the person who leaves is only an outside address here
    old_active: bool
    successor: Person  # the successor as they are (or would be) in this account
    successor_missing: bool  # not an active user of the account yet
    before: tuple[AssignmentRow, ...]  # every role row of the account before the change
    after: tuple[AssignmentRow, ...]  # the same rows once the moves are made (user ids to fill)


@dataclass(frozen=True)
class ReplacementPlan:
    old_email: str
    new_email: str
    old_name: str
    new_person: Person  # the successor's name, as they are known elsewhere in the database
    accounts: tuple[AccountPlan, ...]

    @property
    def moves(self) -> tuple[Move, ...]:
        return tuple(move for account in self.accounts for move in account.moves)

    @property
    def missing(self) -> tuple[AccountPlan, ...]:
        """The accounts where the successor is not an active user and holds a role to take."""
        return tuple(a for a in self.accounts if a.successor_missing and a.moves)


@dataclass(frozen=True)
class AccountDone:
    """What was done in one account: enough to put it back."""

    account_id: int
    account_name: str
    version: int  # the account's version after the change
    before: tuple[AssignmentRow, ...]
    old_user_id: int | None
    deactivated: bool
    added_user_id: int | None  # the successor, added by the replacement
    reactivated_user_id: int | None  # the successor, reactivated by the replacement


@dataclass(frozen=True)
class Replacement:
    old_email: str
    new_email: str
    moves: tuple[Move, ...]
    accounts: tuple[AccountDone, ...]


def _names(names: Sequence[str]) -> str:
    return ", ".join(names)


class SamePerson(Refusal):
    context = "Replace"
    email: str
    text = QT_TRANSLATE_NOOP("Replace", "{email} cannot replace themselves: choose another person.")


class NobodyToReplace(Refusal):
    context = "Replace"
    email: str
    text = QT_TRANSLATE_NOOP("Replace", "Nobody with the address {email} is in any account.")


class SuccessorMissing(ContactError):
    """The successor is not an active user of some accounts and adding them was not asked."""

    def __init__(self, email: str, accounts: Sequence[str]) -> None:
        super().__init__(email, accounts)
        self.email, self.accounts = email, tuple(accounts)

    @property
    def message(self) -> str:
        return translate(
            "Replace",
            "{email} is not an active user of these accounts: {accounts}. Nothing was changed; "
            "add them there first, or let the replacement add them.",
        ).format(email=self.email, accounts=_names(self.accounts))


class SuccessorUnknown(Refusal):
    """The successor would have to be added, but no account knows their name."""

    context = "Replace"
    email: str
    text = QT_TRANSLATE_NOOP(
        "Replace",
        "{email} is not a user of any account, so there is no name to add them with: "
        "add them to one account first.",
    )


class PlanOutOfDate(Refusal):
    context = "Replace"
    account: str
    text = QT_TRANSLATE_NOOP(
        "Replace",
        "The account {account} changed since the preview was made. Nothing was changed; "
        "look at the preview again.",
    )
