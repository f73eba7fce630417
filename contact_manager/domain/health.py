"""Health checks of a contact sheet: what an admin should fix, each with the role to fix."""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass
from datetime import date
from enum import StrEnum

from contact_manager.domain.contacts import ContactSheet, Person
from contact_manager.domain.roles import Role
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


@dataclass(frozen=True)
class Finding:
    check: Check
    message: str
    role: Role | None = None
    person: Person | None = None


def _inactive(sheet: ContactSheet) -> list[Finding]:
    return [
        Finding(
            Check.INACTIVE_HOLDER,
            translate("Health", "{person} is deactivated but is still the {role}.").format(
                person=person.display, role=role.label.lower()
            ),
            role,
            person,
        )
        for role, person in sheet.assignments()
        if not person.external and not person.active
    ]


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


def check_sheet(sheet: ContactSheet, today: date) -> list[Finding]:
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
    findings.extend(_inactive(sheet))
    findings.extend(_concentration(sheet))
    if sheet.others.get(Role.SECURITY) is None:
        findings.append(
            Finding(Check.NO_SECURITY, translate("Health", "No security contact is set."), Role.SECURITY)
        )
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
