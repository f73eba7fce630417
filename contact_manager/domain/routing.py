"""Who receives which notice, derived from the contact sheet (the product's routing model).

``ROUTES`` is the one table: each notice, the roles that receive it, and the role that takes
it while those are all empty. ``recipients``, the fallbacks shown in "Who receives what" and
the "Receives ..." sentences of the contact boxes are all read from it: a new kind of notice
is one member of ``Notice`` and one row here.
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum

from contact_manager.domain.contacts import ContactSheet, Person
from contact_manager.domain.roles import Role
from contact_manager.domain.text import QT_TRANSLATE_NOOP, translate


class Notice(StrEnum):
    INVOICES = "invoices"
    RECEIPTS = "receipts"
    ORDERS = "orders"
    RENEWALS = "renewals"
    UPGRADES = "upgrades"
    SECURITY = "security"
    ONBOARDING = "onboarding"
    TECHNICAL = "technical"

    @property
    def label(self) -> str:
        return translate("Notice", ROUTES[self].label)


@dataclass(frozen=True)
class Route:
    label: str  # the notice's name (context "Notice")
    to: tuple[Role, ...]  # who receives it, in this order (a person once)
    fallback: Role | None = None  # who receives it while nobody of ``to`` holds a role


ROUTES: dict[Notice, Route] = {
    Notice.INVOICES: Route(QT_TRANSLATE_NOOP("Notice", "Invoices"), (Role.PRIMARY, Role.BILLING)),
    Notice.RECEIPTS: Route(QT_TRANSLATE_NOOP("Notice", "Receipts"), (Role.BILLING,), Role.PRIMARY),
    Notice.ORDERS: Route(QT_TRANSLATE_NOOP("Notice", "Orders"), (Role.BILLING,), Role.PRIMARY),
    Notice.RENEWALS: Route(
        QT_TRANSLATE_NOOP("Notice", "Renewal notices"), (Role.PRIMARY, Role.BILLING, Role.DECISION_MAKER)
    ),
    Notice.UPGRADES: Route(QT_TRANSLATE_NOOP("Notice", "Upgrades"), (Role.PRIMARY,)),
    Notice.SECURITY: Route(QT_TRANSLATE_NOOP("Notice", "Security notices"), (Role.SECURITY, Role.PRIMARY)),
    Notice.ONBOARDING: Route(
        QT_TRANSLATE_NOOP("Notice", "Onboarding notices"), (Role.ONBOARDING,), Role.PRIMARY
    ),
    Notice.TECHNICAL: Route(
        QT_TRANSLATE_NOOP("Notice", "Technical notices"), (Role.TECHNICAL_ADMIN,), Role.PRIMARY
    ),
}


def _unique(people: list[Person]) -> tuple[Person, ...]:
    seen: set[str] = set()
    result = []
    for person in people:
        if person.email.casefold() not in seen:
            seen.add(person.email.casefold())
            result.append(person)
    return tuple(result)


def _held(sheet: ContactSheet, roles: tuple[Role, ...]) -> list[Person]:
    return [person for role in roles for person in sheet.holders(role)]


def recipients(sheet: ContactSheet, notice: Notice) -> tuple[Person, ...]:
    route = ROUTES[notice]
    people = _held(sheet, route.to)
    if not people and route.fallback is not None:
        people = _held(sheet, (route.fallback,))
    return _unique(people)


def routing_table(sheet: ContactSheet) -> list[tuple[Notice, tuple[Person, ...]]]:
    return [(notice, recipients(sheet, notice)) for notice in Notice]


def primary_is_fallback(sheet: ContactSheet, notice: Notice) -> bool:
    """True when the primary contact receives ``notice`` only because the role meant for it is empty."""
    route = ROUTES[notice]
    return route.fallback is Role.PRIMARY and sheet.primary is not None and not _held(sheet, route.to)


def notices_for(role: Role) -> tuple[Notice, ...]:
    """The notices a holder of ``role`` receives when every role has its own holder.

    Texts that say what a role receives are made from this, so they agree with the table.
    """
    return tuple(notice for notice in Notice if role in ROUTES[notice].to)


def fallbacks_for(role: Role) -> tuple[Notice, ...]:
    """The notices a holder of ``role`` receives while the roles meant for them are empty."""
    return tuple(notice for notice in Notice if ROUTES[notice].fallback is role)


def receives(role: Role) -> str:
    """What a holder of ``role`` receives, as one sentence in the user's language."""
    return translate("Role", role.receives_text).format(
        notices=notice_list(notices_for(role)), fallbacks=notice_list(fallbacks_for(role))
    )


def notice_list(notices: tuple[Notice, ...]) -> str:
    """ "invoices, receipts and orders": the notices' names inside a sentence."""
    names = [notice.label.lower() for notice in notices]
    if len(names) < 2:
        return "".join(names)
    return translate("Notice", "{notices} and {last}").format(notices=", ".join(names[:-1]), last=names[-1])
