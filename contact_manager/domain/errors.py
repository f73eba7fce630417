"""Typed refusals. Each carries what a caller needs and a message fit to show a user.

``str(error)`` and ``error.message`` give the message in the current language (see
``domain.text``); the attributes give the facts, for code that reacts to them.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import ClassVar

from contact_manager.domain.roles import BILLING_CAP, Role
from contact_manager.domain.text import QT_TRANSLATE_NOOP, translate


class ContactError(Exception):
    """Base of every refusal a user may be shown."""

    def __init__(self, *args: object) -> None:
        super().__init__(*args)

    @property
    def message(self) -> str:
        raise NotImplementedError

    def __str__(self) -> str:
        return self.message


class Refusal(ContactError):
    """A refusal declared by its facts and the sentence saying it: the facts are the class's
    annotations (given in that order: ``Conflict("Acme")``), the sentence is ``text``, marked
    for lupdate with QT_TRANSLATE_NOOP in the translation context ``context`` (a refusal whose
    sentence depends on its facts overrides ``message`` instead)."""

    context: ClassVar[str] = "Errors"
    text: ClassVar[str] = ""

    def __init__(self, *facts: object) -> None:
        names = self.facts()
        if len(facts) != len(names):
            raise TypeError(f"{type(self).__name__} takes {len(names)} facts ({', '.join(names)})")
        super().__init__(*facts)
        for name, value in zip(names, facts, strict=True):
            setattr(self, name, value)

    @classmethod
    def facts(cls) -> tuple[str, ...]:
        """The names of the facts: the annotations of this class and of the refusals it extends."""
        own = [k.__dict__.get("__annotations__", {}) for k in reversed(cls.__mro__) if issubclass(k, Refusal)]
        return tuple(name for names in own[1:] for name in names)  # [0]: Refusal's context and text

    @property
    def message(self) -> str:
        return translate(self.context, self.text).format(
            **{name: getattr(self, name) for name in self.facts()}
        )


def _names(people: Sequence[str]) -> str:
    return ", ".join(people)


class BillingCapReached(ContactError):
    def __init__(self, current: Sequence[str]) -> None:
        super().__init__(current)
        self.current = tuple(current)

    @property
    def message(self) -> str:
        return translate(
            "Errors",
            "You can only set up to {cap} billing contacts per account. "
            "The current billing contacts are: {names}.",
        ).format(cap=BILLING_CAP, names=_names(self.current))


class DuplicateContact(Refusal):
    role: Role
    person: str

    @property
    def message(self) -> str:
        return translate("Errors", "{person} is already a {role}.").format(
            person=self.person, role=self.role.label.lower()
        )


class DuplicateEmail(Refusal):
    email: str
    text = QT_TRANSLATE_NOOP("Errors", "Another user of this account already has the address {email}.")


class InvalidEmail(Refusal):
    address: str
    reason: str  # the validator's, in English

    @property
    def explanation(self) -> str:
        """The validator's reason (``reason`` keeps its English words) in the user's language."""
        from contact_manager.domain.emails import explain_reason  # emails imports this module

        return explain_reason(self.reason)

    @property
    def message(self) -> str:
        if not self.address.strip():
            return translate("Errors", "Please enter an email address.")
        return translate("Errors", "\u201c{address}\u201d is not a valid email address: {reason}").format(
            address=self.address, reason=self.explanation
        )


class InvalidField(ContactError):
    """A value that breaks a plain field rule (empty name, text too long, ...)."""

    def __init__(self, field: str, text: str) -> None:
        super().__init__(field, text)
        self.field, self.text = field, text

    @property
    def message(self) -> str:
        return self.text


class UserHoldsRoles(ContactError):
    def __init__(self, person: str, roles: Sequence[Role], action: str = "remove") -> None:
        super().__init__(person, roles, action)
        self.person, self.roles, self.action = person, tuple(roles), action

    @property
    def message(self) -> str:
        names = [role.label.lower() for role in self.roles]
        if len(names) == 1:
            if self.action == "deactivate":
                text = translate(
                    "Errors",
                    "{person} can't be deactivated while they are the {role}. "
                    "Give this role to someone else first.",
                )
            else:
                text = translate(
                    "Errors",
                    "{person} can't be removed while they are the {role}. "
                    "Give this role to someone else first.",
                )
            return text.format(person=self.person, role=names[0])
        roles = translate("Errors", "{roles} and {last}").format(roles=", ".join(names[:-1]), last=names[-1])
        if self.action == "deactivate":
            text = translate(
                "Errors",
                "{person} can't be deactivated while they hold these roles: {roles}. "
                "Give them to someone else first.",
            )
        else:
            text = translate(
                "Errors",
                "{person} can't be removed while they hold these roles: {roles}. "
                "Give them to someone else first.",
            )
        return text.format(person=self.person, roles=roles)


class UserInactive(Refusal):
    person: str
    text = QT_TRANSLATE_NOOP(
        "Errors", "{person} is deactivated and can't be given a role. Reactivate them first."
    )


class PrimaryRequired(Refusal):
    text = QT_TRANSLATE_NOOP(
        "Errors", "The account primary contact can be changed to another user, but not removed."
    )


class ExternalNotAllowed(Refusal):
    role: Role
    email: str
    text = QT_TRANSLATE_NOOP(
        "Errors",
        "{email} is not a user of this account. Only the security contact may be an external address.",
    )


class NotFound(Refusal):
    kind: str  # "account" or "user"
    key: object  # the name, address or id looked for

    @property
    def message(self) -> str:
        if self.kind == "account" and isinstance(self.key, int):  # the open one, by its id
            return translate(
                "Errors", "The account is no longer there: it was deleted, perhaps in another window."
            )
        if self.kind == "account":
            return translate("Errors", "There is no account called \u201c{key}\u201d.").format(key=self.key)
        return translate("Errors", "There is no user {key} in this account.").format(key=self.key)


class AccountExists(Refusal):
    name: str
    text = QT_TRANSLATE_NOOP("Errors", "An account called \u201c{name}\u201d already exists.")


class Conflict(Refusal):
    """The account changed (another window, the command line) since it was read."""

    account: str
    text = QT_TRANSLATE_NOOP(
        "Errors", "Someone else changed the account \u201c{account}\u201d meanwhile, so nothing was saved."
    )


class StorageError(ContactError):
    """The database can't be used as asked: the reason is the user's to fix.

    The store raises it (``store.errors.classify`` tells it from a bug); the front ends catch
    it as they catch every other refusal.
    """

    LOCKED = "locked"
    READ_ONLY = "read_only"
    FULL = "full"
    DISK = "disk"
    NOT_A_DATABASE = "not_a_database"
    CANNOT_OPEN = "cannot_open"
    NEWER = "newer"
    # A server database (PostgreSQL): sorted by SQLSTATE in store/server_errors.py.
    PASSWORD = "password"
    UNREACHABLE = "unreachable"
    NO_SCHEMA = "no_schema"
    CONNECTION_LOST = "connection_lost"
    TIMEOUT = "timeout"
    PERMISSION = "permission"
    NO_ACCESS = "no_access"
    CONFLICT = "conflict"

    def __init__(self, kind: str, path: str = "", detail: str = "") -> None:
        super().__init__(kind, path, detail)
        self.kind, self.path, self.detail = kind, path, detail

    @property
    def message(self) -> str:
        texts = {
            self.LOCKED: translate(
                "Storage", "The database is busy in another program. Try again in a moment."
            ),
            self.READ_ONLY: translate("Storage", "The database {path} can only be read: nothing was saved."),
            self.FULL: translate(
                "Storage", "The disk is full: nothing was saved. Free some space and try again."
            ),
            self.DISK: translate(
                "Storage",
                "The disk holding {path} could not be read or written: nothing was saved. "
                "Check the disk and try again.",
            ),
            self.NOT_A_DATABASE: translate(
                "Storage", "{path} is not a Contact Manager database, or it is damaged."
            ),
            self.CANNOT_OPEN: translate("Storage", "The database {path} can't be opened: {detail}"),
            self.NEWER: translate(
                "Storage",
                "{path} was written by a newer version of Contact Manager. "
                "Install the newer version to open it; the file has not been changed.",
            ),
            self.PASSWORD: translate(
                "Storage",
                "The server refused the user name or password for {path} ({detail}). "
                "Check them (or ~/.pgpass) and try again.",
            ),
            self.UNREACHABLE: translate(
                "Storage", "The database server of {path} can't be reached: {detail}"
            ),
            self.NO_SCHEMA: translate(
                "Storage",
                "The office database {path} has no Contact Manager data yet: its owner sets it up "
                "once with: contact-manager-cli server setup --db URL",
            ),
            self.CONNECTION_LOST: translate(
                "Storage",
                "The connection to the database server was lost: nothing of this change was saved. "
                "Try again once the server can be reached.",
            ),
            self.TIMEOUT: translate(
                "Storage", "The database server took too long to answer: nothing was saved. Try again."
            ),
            self.PERMISSION: translate(
                "Storage", "You can only read this office database ({path}): nothing was saved."
            ),
            self.NO_ACCESS: translate(
                "Storage",
                "Your login has no access to the office database {path}: ask its owner to grant "
                "you a role (contact-manager-cli server grant).",
            ),
            self.CONFLICT: translate(
                "Storage",
                "Someone else changed the same data at the same moment: nothing was saved. "
                "Look at it again and repeat the change.",
            ),
        }
        return texts[self.kind].format(path=self.path, detail=self.detail)
