"""What the history records: kinds of change and how they read."""

from __future__ import annotations

from dataclasses import dataclass, field
from enum import StrEnum

from contact_manager.domain.damage import Damage, damaged_entry
from contact_manager.domain.roles import Role
from contact_manager.domain.text import QT_TRANSLATE_NOOP, translate


class Action(StrEnum):
    ACCOUNT_CREATE = "account.create"
    ACCOUNT_RENAME = "account.rename"
    ACCOUNT_UPDATE = "account.update"
    ACCOUNT_REVIEW = "account.review"
    USER_ADD = "user.add"
    USER_EDIT = "user.edit"
    USER_DEACTIVATE = "user.deactivate"
    USER_REACTIVATE = "user.reactivate"
    USER_REMOVE = "user.remove"
    CONTACT_SET = "contact.set"
    CONTACT_CLEAR = "contact.clear"
    BILLING_ADD = "billing.add"
    BILLING_REMOVE = "billing.remove"
    BILLING_REPLACE = "billing.replace"

    @property
    def label(self) -> str:
        return translate("History", _LABELS[self])


_LABELS = {
    Action.ACCOUNT_CREATE: QT_TRANSLATE_NOOP("History", "Account created"),
    Action.ACCOUNT_RENAME: QT_TRANSLATE_NOOP("History", "Account renamed"),
    Action.ACCOUNT_UPDATE: QT_TRANSLATE_NOOP("History", "Company information changed"),
    Action.ACCOUNT_REVIEW: QT_TRANSLATE_NOOP("History", "Contacts marked as reviewed"),
    Action.USER_ADD: QT_TRANSLATE_NOOP("History", "User added"),
    Action.USER_EDIT: QT_TRANSLATE_NOOP("History", "User edited"),
    Action.USER_DEACTIVATE: QT_TRANSLATE_NOOP("History", "User deactivated"),
    Action.USER_REACTIVATE: QT_TRANSLATE_NOOP("History", "User reactivated"),
    Action.USER_REMOVE: QT_TRANSLATE_NOOP("History", "User removed"),
    Action.CONTACT_SET: QT_TRANSLATE_NOOP("History", "Contact set"),
    Action.CONTACT_CLEAR: QT_TRANSLATE_NOOP("History", "Contact cleared"),
    Action.BILLING_ADD: QT_TRANSLATE_NOOP("History", "Billing contact added"),
    Action.BILLING_REMOVE: QT_TRANSLATE_NOOP("History", "Billing contact removed"),
    Action.BILLING_REPLACE: QT_TRANSLATE_NOOP("History", "Billing contact replaced"),
}


@dataclass(frozen=True)
class Change:
    """One row of an account's history.

    ``action`` is None when the row's kind of change could not be read (an action this app
    never records); ``damage`` names every value of the row that could not be read.
    """

    id: int
    at: str  # UTC, ISO 8601
    actor: str
    action: Action | None
    role: Role | None
    subject: str
    old_value: str | None
    new_value: str | None
    damage: tuple[Damage, ...] = field(default=(), compare=False)

    @property
    def label(self) -> str:
        """What kind of change it was, in words; "(damaged entry)" when that can't be read."""
        return self.action.label if self.action is not None else damaged_entry()

    def as_dict(self) -> dict[str, object]:
        return {
            "at": self.at,
            "actor": self.actor,
            "action": self.action.value if self.action is not None else None,
            "role": self.role.value if self.role else None,
            "subject": self.subject,
            "old": self.old_value,
            "new": self.new_value,
        }
