"""Who receives which notice, derived from the contact sheet (the product's routing model)."""

from __future__ import annotations

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
        return translate("Notice", _LABELS[self])


_LABELS = {
    Notice.INVOICES: QT_TRANSLATE_NOOP("Notice", "Invoices"),
    Notice.RECEIPTS: QT_TRANSLATE_NOOP("Notice", "Receipts"),
    Notice.ORDERS: QT_TRANSLATE_NOOP("Notice", "Orders"),
    Notice.RENEWALS: QT_TRANSLATE_NOOP("Notice", "Renewal notices"),
    Notice.UPGRADES: QT_TRANSLATE_NOOP("Notice", "Upgrades"),
    Notice.SECURITY: QT_TRANSLATE_NOOP("Notice", "Security notices"),
    Notice.ONBOARDING: QT_TRANSLATE_NOOP("Notice", "Onboarding notices"),
    Notice.TECHNICAL: QT_TRANSLATE_NOOP("Notice", "Technical notices"),
}


def _unique(people: list[Person | None]) -> tuple[Person, ...]:
    seen: set[str] = set()
    result = []
    for person in people:
        if person is not None and person.email.casefold() not in seen:
            seen.add(person.email.casefold())
            result.append(person)
    return tuple(result)


def recipients(sheet: ContactSheet, notice: Notice) -> tuple[Person, ...]:
    primary, other = sheet.primary, sheet.others.get
    billing: list[Person | None] = list(sheet.billing)
    billing_or_primary = billing or [primary]
    table: dict[Notice, list[Person | None]] = {
        Notice.INVOICES: [primary, *billing],
        Notice.RECEIPTS: billing_or_primary,
        Notice.ORDERS: billing_or_primary,
        Notice.RENEWALS: [primary, *billing, other(Role.DECISION_MAKER)],
        Notice.UPGRADES: [primary],
        Notice.SECURITY: [other(Role.SECURITY), primary],
        Notice.ONBOARDING: [other(Role.ONBOARDING) or primary],
        Notice.TECHNICAL: [other(Role.TECHNICAL_ADMIN) or primary],
    }
    return _unique(table[notice])


def routing_table(sheet: ContactSheet) -> list[tuple[Notice, tuple[Person, ...]]]:
    return [(notice, recipients(sheet, notice)) for notice in Notice]


def primary_is_fallback(sheet: ContactSheet, notice: Notice) -> bool:
    """True when the primary contact receives ``notice`` only because the role meant for it is empty."""
    if sheet.primary is None:
        return False
    if notice in (Notice.RECEIPTS, Notice.ORDERS):
        return not sheet.billing
    if notice is Notice.ONBOARDING:
        return sheet.others.get(Role.ONBOARDING) is None
    if notice is Notice.TECHNICAL:
        return sheet.others.get(Role.TECHNICAL_ADMIN) is None
    return False


def notices_for(role: Role) -> tuple[Notice, ...]:
    """The notices a holder of ``role`` receives when every role has its own holder.

    Texts that say what a role receives are made from this, so they agree with the table.
    """
    people = {r: Person(f"{r.value}@routing.invalid", user_id=i) for i, r in enumerate(Role, start=1)}
    sheet = ContactSheet(
        account_id=0,
        account_name="",
        version=0,
        primary=people[Role.PRIMARY],
        billing=(people[Role.BILLING],),
        others={r: people[r] for r in Role if r not in (Role.PRIMARY, Role.BILLING)},
    )
    return tuple(notice for notice in Notice if people[role] in recipients(sheet, notice))


def notice_list(notices: tuple[Notice, ...]) -> str:
    """ "invoices, receipts and orders": the notices' names inside a sentence."""
    names = [notice.label.lower() for notice in notices]
    if len(names) < 2:
        return "".join(names)
    return translate("Notice", "{notices} and {last}").format(notices=", ".join(names[:-1]), last=names[-1])
