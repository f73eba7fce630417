"""Health checks of a contact sheet: what an admin should fix, each with the role to fix."""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass
from datetime import date
from enum import StrEnum

from contact_manager.domain.contacts import ContactSheet, Person
from contact_manager.domain.roles import Role
from contact_manager.domain.routing import notice_list, routing_table
from contact_manager.domain.text import translate

REVIEW_EVERY_DAYS = 90
# "Most roles": more than half of the roles that are filled, and at least three of them.
CONCENTRATION_MIN_ROLES = 3


class Check(StrEnum):
    NO_PRIMARY = "no_primary"
    NO_BILLING = "no_billing"
    INACTIVE_HOLDER = "inactive_holder"
    CONCENTRATED = "concentrated"
    NO_SECURITY = "no_security"
    NOT_REVIEWED = "not_reviewed"
    ONE_BILLING = "one_billing"
    PRIMARY_ONLY_BILLING = "primary_only_billing"
    OUTSIDE_SECURITY_UNREVIEWED = "outside_security_unreviewed"


@dataclass(frozen=True)
class Finding:
    check: Check
    message: str
    role: Role | None = None
    person: Person | None = None


def _inactive(sheet: ContactSheet) -> list[Finding]:
    findings = []
    table = routing_table(sheet)
    for role, person in sheet.assignments():
        if person.external or person.active:
            continue
        receives = tuple(notice for notice, people in table if person in people)
        if receives:
            message = translate(
                "Health", "{person} is deactivated but is still the {role}, so still receives {notices}."
            ).format(person=person.display, role=role.label.lower(), notices=notice_list(receives))
        else:
            message = translate("Health", "{person} is deactivated but is still the {role}.").format(
                person=person.display, role=role.label.lower()
            )
        findings.append(Finding(Check.INACTIVE_HOLDER, message, role, person))
    return findings


def _billing(sheet: ContactSheet) -> list[Finding]:
    """One billing contact only: who takes over the invoices if they leave? (Atlassian keeps
    the last billing admin and recommends two.)"""
    if len(sheet.billing) != 1:
        return []
    only = sheet.billing[0]
    if sheet.primary is not None and only.email.casefold() == sheet.primary.email.casefold():
        message = translate(
            "Health",
            "{person} is both the primary contact and the only billing contact: if they leave, "
            "nobody receives the invoices. Add a second billing contact.",
        )
        return [Finding(Check.PRIMARY_ONLY_BILLING, message.format(person=only.display), Role.BILLING, only)]
    message = translate(
        "Health",
        "{person} is the only billing contact: add a second one, so the invoices still reach "
        "someone when they are away or leave.",
    )
    return [Finding(Check.ONE_BILLING, message.format(person=only.display), Role.BILLING, only)]


def _outside_security(sheet: ContactSheet, today: date, security_since: date | None) -> list[Finding]:
    """An outside security address nobody has checked for REVIEW_EVERY_DAYS days: nothing
    tells the app when such an address stops being read."""
    holder = sheet.others.get(Role.SECURITY)
    if holder is None or not holder.external:
        return []
    checked = max((d for d in (sheet.reviewed_on, security_since) if d is not None), default=None)
    if checked is not None and (today - checked).days <= REVIEW_EVERY_DAYS:
        return []
    if checked is None:
        message = translate(
            "Health", "The security contact {address} is an outside address that has never been checked."
        ).format(address=holder.email)
    else:
        message = translate(
            "Health",
            "The security contact {address} is an outside address last checked {days} days ago: "
            "make sure someone still reads it.",
        ).format(address=holder.email, days=(today - checked).days)
    return [Finding(Check.OUTSIDE_SECURITY_UNREVIEWED, message, Role.SECURITY, holder)]


def _concentration(sheet: ContactSheet) -> list[Finding]:
    pairs = sheet.assignments()
    counts = Counter(person.email.casefold() for _, person in pairs)
    findings = []
    for key, held in counts.items():
        if held >= CONCENTRATION_MIN_ROLES and held * 2 > len(pairs):
            person = next(p for _, p in pairs if p.email.casefold() == key)
            findings.append(
                Finding(
                    Check.CONCENTRATED,
                    translate(
                        "Health",
                        "{person} holds {count} of the {total} roles: if they leave, "
                        "nobody receives those notices.",
                    ).format(person=person.display, count=held, total=len(pairs)),
                    None,
                    person,
                )
            )
    return findings


def check_sheet(sheet: ContactSheet, today: date, security_since: date | None = None) -> list[Finding]:
    """What to fix in ``sheet`` today; ``security_since``: when the security contact was set
    (an outside address set recently counts as checked)."""
    findings: list[Finding] = []
    if sheet.primary is None:
        findings.append(
            Finding(Check.NO_PRIMARY, translate("Health", "No account primary contact is set."), Role.PRIMARY)
        )
    if not sheet.billing:
        findings.append(
            Finding(
                Check.NO_BILLING,
                translate("Health", "No billing contact is set: invoices go to the primary contact only."),
                Role.BILLING,
            )
        )
    findings.extend(_billing(sheet))
    findings.extend(_inactive(sheet))
    findings.extend(_concentration(sheet))
    if sheet.others.get(Role.SECURITY) is None:
        findings.append(
            Finding(Check.NO_SECURITY, translate("Health", "No security contact is set."), Role.SECURITY)
        )
    findings.extend(_outside_security(sheet, today, security_since))
    if sheet.reviewed_on is None:
        findings.append(
            Finding(Check.NOT_REVIEWED, translate("Health", "The contacts have never been reviewed."))
        )
    elif (today - sheet.reviewed_on).days > REVIEW_EVERY_DAYS:
        findings.append(
            Finding(
                Check.NOT_REVIEWED,
                translate("Health", "The contacts were last reviewed {days} days ago.").format(
                    days=(today - sheet.reviewed_on).days
                ),
            )
        )
    return findings
