"""The notice that tells people about a change of a point of contact.

A pure renderer: from one history row (who held the role, who holds it now, since when) and
the account's contact sheet it builds an RFC 5322 message (From left empty, To the new
holder, Cc the previous one, a plain-text UTF-8 body) in the account's chosen language.
The app never sends it: the front ends hand it to the mail client or save it as a draft.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import datetime
from typing import TYPE_CHECKING
from urllib.parse import quote

from contact_manager.domain import text
from contact_manager.domain.contacts import ContactSheet
from contact_manager.domain.errors import Refusal
from contact_manager.domain.history import Action, Change
from contact_manager.domain.languages import CODES
from contact_manager.domain.roles import Role
from contact_manager.domain.routing import Notice, notice_list, notices_for, routing_table
from contact_manager.domain.text import QT_TRANSLATE_NOOP, translate

if TYPE_CHECKING:  # the email package is loaded with the first notice written, not at start-up
    from email.message import EmailMessage

NOTICE_LANGUAGES = CODES  # a notice speaks any language the app speaks
_CONTACT_ACTIONS = {
    Action.CONTACT_SET,
    Action.CONTACT_CLEAR,
    Action.BILLING_ADD,
    Action.BILLING_REMOVE,
    Action.BILLING_REPLACE,
    Action.PERSON_REPLACE,
}


class NotAContactChange(Refusal):
    context = "NoticeMail"
    number: int  # the history entry's id
    text = QT_TRANSLATE_NOOP(
        "NoticeMail", "History entry {number} is not a change of a point of contact: there is nobody to tell."
    )


class NoContactChange(Refusal):
    context = "NoticeMail"
    text = QT_TRANSLATE_NOOP("NoticeMail", "No point of contact of this account has changed yet.")


@dataclass(frozen=True)
class NoticeFacts:
    """What the notice says: the account, the roles, who holds them now and who did, since when."""

    account_name: str
    roles: tuple[Role, ...]
    new: tuple[tuple[str, str], ...]  # (name, address) of the new holders
    old: tuple[tuple[str, str], ...]  # (name, address) of the previous holders
    since: str  # when the change was made: UTC, ISO 8601
    receives: tuple[Notice, ...]  # what the new holders now receive


def is_contact_change(change: Change) -> bool:
    return change.action in _CONTACT_ACTIONS


def _addresses(value: str | None) -> list[tuple[str, str]]:
    from email.utils import getaddresses

    return [(name, address) for name, address in getaddresses([value or ""]) if "@" in address]


def facts_of(change: Change, sheet: ContactSheet) -> NoticeFacts:
    """The facts of the notice for ``change`` (a history row of the account of ``sheet``)."""
    if not is_contact_change(change):
        raise NotAContactChange(change.id)
    if change.action is Action.PERSON_REPLACE:
        roles = tuple(Role(value) for value in change.subject.split(",") if value)
    else:
        roles = (change.role,) if change.role else ()
    old, new = _addresses(change.old_value), _addresses(change.new_value)
    old_keys, new_keys = {a.casefold() for _, a in old}, {a.casefold() for _, a in new}
    added = tuple(p for p in new if p[1].casefold() not in old_keys)
    gone = tuple(p for p in old if p[1].casefold() not in new_keys)
    return NoticeFacts(sheet.account_name, roles, added, gone, change.at, _receives(sheet, added, roles))


def _receives(sheet: ContactSheet, people: tuple[tuple[str, str], ...], roles: tuple[Role, ...]) -> tuple:
    """What the new holders receive: from the routing table while they hold the roles, else
    what those roles receive."""
    keys = {address.casefold() for _, address in people}
    current = tuple(
        notice
        for notice, recipients in routing_table(sheet)
        if any(person.email.casefold() in keys for person in recipients)
    )
    if current:
        return current
    return tuple(notice for notice in Notice if any(notice in notices_for(role) for role in roles))


@contextmanager
def speaking(translator: Callable[[str, str], str] | None) -> Iterator[None]:
    """Translate the domain's text with ``translator`` for a while (the account's language,
    which need not be the window's), then go back to the one installed before."""
    saved = text._translator, text._plural
    if translator is not None:
        text.install_translator(translator, saved[1])
    try:
        yield
    finally:
        text.install_translator(*saved)


def _roles_text(roles: tuple[Role, ...]) -> str:
    names = [role.label.lower() for role in roles]
    if len(names) < 2:
        return "".join(names)
    return translate("Notice", "{notices} and {last}").format(notices=", ".join(names[:-1]), last=names[-1])


def _month_names() -> tuple[str, ...]:
    return (
        translate("NoticeMail", "January"),
        translate("NoticeMail", "February"),
        translate("NoticeMail", "March"),
        translate("NoticeMail", "April"),
        translate("NoticeMail", "May"),
        translate("NoticeMail", "June"),
        translate("NoticeMail", "July"),
        translate("NoticeMail", "August"),
        translate("NoticeMail", "September"),
        translate("NoticeMail", "October"),
        translate("NoticeMail", "November"),
        translate("NoticeMail", "December"),
    )


def _date_text(since: str) -> str:
    """The day of the change as the reader says it ("1 December 2026", "1 dicembre 2026"),
    on this computer's calendar (history times are UTC)."""
    when = datetime.fromisoformat(since)
    if when.tzinfo is not None:
        when = when.astimezone()
    return translate("NoticeMail", "{day} {month} {year}").format(
        day=when.day, month=_month_names()[when.month - 1], year=when.year
    )


def _greeting(people: tuple[tuple[str, str], ...]) -> str:
    names = [name or address for name, address in people]
    if not names:
        return translate("NoticeMail", "Hello,")
    return translate("NoticeMail", "Hello {names},").format(names=", ".join(names))


def render_notice(facts: NoticeFacts, translator: Callable[[str, str], str] | None = None) -> EmailMessage:
    """The notice as an email message in the language of ``translator`` (None: the current)."""
    from email.message import EmailMessage
    from email.utils import formataddr

    with speaking(translator):
        account, roles, since = facts.account_name, _roles_text(facts.roles), _date_text(facts.since)
        subject = translate("NoticeMail", "{account}: change of the {roles}").format(
            account=account, roles=roles
        )
        lines = [_greeting(facts.new or facts.old), ""]
        if facts.new:
            lines.append(
                translate(
                    "NoticeMail", "Since {date} you are the {roles} of the account \u201c{account}\u201d."
                ).format(date=since, roles=roles, account=account)
            )
            if facts.old:
                lines.append(
                    translate(
                        "NoticeMail", "Until then it was {people}, who receives a copy of this message."
                    ).format(people=", ".join(formataddr(p) for p in facts.old))
                )
            lines.append("")
            if facts.receives:
                lines.append(
                    translate("NoticeMail", "From now on you will receive: {notices}.").format(
                        notices=notice_list(facts.receives)
                    )
                )
        else:
            lines.append(
                translate(
                    "NoticeMail",
                    "Since {date} you are no longer the {roles} of the account \u201c{account}\u201d.",
                ).format(date=since, roles=roles, account=account)
            )
        lines += ["", translate("NoticeMail", "If this is not right, please reply to this message."), ""]
    message = EmailMessage()
    message["From"] = ""
    message["To"] = ", ".join(formataddr(p) for p in (facts.new or facts.old))
    if facts.new and facts.old:
        message["Cc"] = ", ".join(formataddr(p) for p in facts.old)
    message["Subject"] = subject
    message["X-Unsent"] = "1"  # mail clients open the saved file as a draft to send
    message.set_content("\n".join(lines), charset="utf-8")
    return message


def mailto_link(message: EmailMessage) -> str:
    """A ``mailto:`` URL (RFC 6068) that opens the mail client with the message filled in."""
    fields = [("subject", str(message["Subject"])), ("body", message.get_content().replace("\n", "\r\n"))]
    if message["Cc"]:
        fields.insert(0, ("cc", _bare(str(message["Cc"]))))
    to = _bare(str(message["To"]))
    query = "&".join(f"{name}={quote(value, safe='')}" for name, value in fields)
    return f"mailto:{quote(to, safe='@,')}?{query}"


def _bare(header: str) -> str:
    from email.utils import getaddresses

    return ",".join(address for _, address in getaddresses([header]))
