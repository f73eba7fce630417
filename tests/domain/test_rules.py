"""The domain on its own: emails, roles, the sheet's rules, routing, health, messages."""

from __future__ import annotations

from datetime import date

import pytest

from contact_manager.domain import contacts as rules
from contact_manager.domain.company import clean_field, clean_name, clean_person_name
from contact_manager.domain.contacts import ContactSheet, Person
from contact_manager.domain.emails import email_key, normalize_email
from contact_manager.domain.errors import (
    BillingCapReached,
    DuplicateContact,
    ExternalNotAllowed,
    InvalidEmail,
    InvalidField,
    PrimaryRequired,
    UserHoldsRoles,
    UserInactive,
)
from contact_manager.domain.health import Check, check_sheet
from contact_manager.domain.roles import BILLING_CAP, OTHER_ROLES, Role
from contact_manager.domain.routing import Notice, recipients
from contact_manager.domain.text import install_translator
from tests.sample_people import ANNA, LUCA, MARTA, PAOLO

GONE = Person("gone@acme.example", "Gino", "Via", user_id=5, active=False)
GUARD = Person("guard@partner.example")


def sheet(**kwargs):
    others = {role: None for role in OTHER_ROLES} | kwargs.pop("others", {})
    return ContactSheet(account_id=1, account_name="Acme", version=1, others=others, **kwargs)


def test_normalize_email_trims_and_normalises_the_domain():
    assert normalize_email("  Anna.Rossi@ACME.Example \n") == "Anna.Rossi@acme.example"
    assert email_key("Anna.Rossi@acme.example") == "anna.rossi@acme.example"


@pytest.mark.parametrize("text", ["", "   ", "anna", "anna@", "anna@@acme.example", "an na@acme.example"])
def test_normalize_email_refuses_with_a_reason(text):
    with pytest.raises(InvalidEmail) as info:
        normalize_email(text)
    assert info.value.message
    assert info.value.reason or not text.strip()


def test_roles():
    assert BILLING_CAP == 3 and Role.BILLING.slots == 3 and Role.PRIMARY.slots == 1
    assert [r for r in Role if r.accepts_external_email] == [Role.SECURITY]
    assert Role.PRIMARY.required and not Role.SECURITY.required
    assert OTHER_ROLES == (Role.DECISION_MAKER, Role.ONBOARDING, Role.SECURITY, Role.TECHNICAL_ADMIN)
    assert Role.PRIMARY.label == "Account primary contact"


def test_person_display():
    assert ANNA.display == "Anna Rossi <anna@acme.example>"
    assert GUARD.display == "guard@partner.example" and GUARD.external and GUARD.name is None
    assert not ANNA.external


def test_check_can_hold():
    rules.check_can_hold(Role.SECURITY, GUARD)
    for role in Role:
        if role is not Role.SECURITY:
            with pytest.raises(ExternalNotAllowed):
                rules.check_can_hold(role, GUARD)
        with pytest.raises(UserInactive):
            rules.check_can_hold(role, GONE)


def test_check_add_billing():
    rules.check_add_billing(sheet(billing=(ANNA, LUCA)), MARTA)
    with pytest.raises(DuplicateContact):
        rules.check_add_billing(sheet(billing=(ANNA,)), ANNA)
    with pytest.raises(BillingCapReached) as info:
        rules.check_add_billing(sheet(billing=(ANNA, LUCA, MARTA)), PAOLO)
    assert info.value.current == (ANNA.display, LUCA.display, MARTA.display)


def test_check_replace_billing():
    full = sheet(billing=(ANNA, LUCA, MARTA))
    rules.check_replace_billing(full, 1, PAOLO)
    rules.check_replace_billing(full, 1, LUCA)  # the same person in the same slot
    with pytest.raises(DuplicateContact):
        rules.check_replace_billing(full, 1, ANNA)
    with pytest.raises(IndexError):
        rules.check_replace_billing(full, 3, PAOLO)


def test_check_clear_and_leave():
    rules.check_clear(Role.PRIMARY, sheet())
    with pytest.raises(PrimaryRequired):
        rules.check_clear(Role.PRIMARY, sheet(primary=ANNA))
    rules.check_clear(Role.SECURITY, sheet(others={Role.SECURITY: ANNA}))
    busy = sheet(primary=ANNA, billing=(LUCA, ANNA), others={Role.ONBOARDING: ANNA})
    with pytest.raises(UserHoldsRoles) as info:
        rules.check_can_leave(busy, ANNA, "deactivate")
    assert info.value.roles == (Role.PRIMARY, Role.BILLING, Role.ONBOARDING)
    rules.check_can_leave(busy, MARTA, "remove")


def test_routing_model():
    full = sheet(
        primary=ANNA,
        billing=(LUCA, MARTA),
        others={Role.DECISION_MAKER: PAOLO, Role.SECURITY: GUARD, Role.ONBOARDING: LUCA},
    )
    assert recipients(full, Notice.INVOICES) == (ANNA, LUCA, MARTA)
    assert recipients(full, Notice.RECEIPTS) == (LUCA, MARTA)
    assert recipients(full, Notice.RENEWALS) == (ANNA, LUCA, MARTA, PAOLO)
    assert recipients(full, Notice.UPGRADES) == (ANNA,)
    assert recipients(full, Notice.SECURITY) == (GUARD, ANNA)
    assert recipients(full, Notice.ONBOARDING) == (LUCA,)
    assert recipients(full, Notice.TECHNICAL) == (ANNA,)
    bare = sheet(primary=ANNA)
    assert recipients(bare, Notice.ORDERS) == (ANNA,)
    assert recipients(sheet(), Notice.INVOICES) == ()
    assert recipients(sheet(primary=ANNA, billing=(ANNA,)), Notice.INVOICES) == (ANNA,)  # once each


def test_health_checks():
    today = date(2026, 6, 1)
    found = {f.check for f in check_sheet(sheet(), today)}
    assert found == {Check.NO_PRIMARY, Check.NO_BILLING, Check.NO_SECURITY, Check.NOT_REVIEWED}
    healthy = sheet(
        primary=ANNA, billing=(LUCA, ANNA), others={Role.SECURITY: GUARD}, reviewed_on=date(2026, 5, 1)
    )
    assert check_sheet(healthy, today) == []
    stale = sheet(
        primary=ANNA, billing=(LUCA, ANNA), others={Role.SECURITY: LUCA}, reviewed_on=date(2026, 1, 1)
    )
    assert [f.check for f in check_sheet(stale, today)] == [Check.NOT_REVIEWED]
    old_data = sheet(primary=ANNA, billing=(GONE, LUCA), others={Role.SECURITY: GUARD}, reviewed_on=today)
    [finding] = check_sheet(old_data, today)
    assert (finding.check, finding.role, finding.person) == (Check.INACTIVE_HOLDER, Role.BILLING, GONE)
    one_person = sheet(primary=ANNA, billing=(ANNA, LUCA), others={Role.SECURITY: ANNA}, reviewed_on=today)
    assert [f.check for f in check_sheet(one_person, today)] == [Check.CONCENTRATED]


def test_health_checks_the_anchors_recommend():
    today = date(2026, 6, 1)
    security = {Role.SECURITY: LUCA}
    [one] = check_sheet(sheet(primary=ANNA, billing=(LUCA,), others=security, reviewed_on=today), today)
    assert (one.check, one.role, one.person) == (Check.ONE_BILLING, Role.BILLING, LUCA)
    assert "Luca Bianchi <luca@acme.example> is the only billing contact: add a second one" in one.message
    [both] = check_sheet(sheet(primary=ANNA, billing=(ANNA,), others=security, reviewed_on=today), today)
    assert both.check is Check.PRIMARY_ONLY_BILLING
    assert "both the primary contact and the only billing contact" in both.message

    outside = {Role.SECURITY: GUARD}
    two = (LUCA, ANNA)
    recent = sheet(primary=ANNA, billing=two, others=outside, reviewed_on=date(2026, 5, 1))
    assert check_sheet(recent, today) == []
    # reviewed long ago, but the address was set last week: it counts as checked
    old_review = sheet(primary=ANNA, billing=two, others=outside, reviewed_on=date(2026, 1, 2))
    assert Check.OUTSIDE_SECURITY_UNREVIEWED not in {
        f.check for f in check_sheet(old_review, today, security_since=date(2026, 5, 25))
    }
    stale = [f for f in check_sheet(old_review, today) if f.check is Check.OUTSIDE_SECURITY_UNREVIEWED]
    assert stale[0].message == (
        "The security contact guard@partner.example is an outside address last checked 150 days ago: "
        "make sure someone still reads it."
    )
    assert stale[0].role is Role.SECURITY

    [gone] = check_sheet(sheet(primary=ANNA, billing=(GONE, LUCA), others=outside, reviewed_on=today), today)
    assert gone.message == (
        "Gino Via <gone@acme.example> is deactivated but is still the billing contact, so still "
        "receives invoices, receipts, orders and renewal notices."
    )


def test_company_fields():
    assert clean_name("  Acme \t S.p.A. ") == "Acme S.p.A."
    assert clean_field("vat_number", "it 123 456 789 01") == "IT12345678901"
    assert clean_field("country", "it") == "IT"
    assert clean_field("website", "") == ""
    for field, text in [("country", "ITA"), ("phone", "abc"), ("website", "http://"), ("name", "")]:
        with pytest.raises(InvalidField):
            clean_field(field, text)
    assert clean_person_name(" Anna ", "") == ("Anna", "")
    with pytest.raises(InvalidField):
        clean_person_name(" ", "\t")


def test_messages_go_through_the_installed_translator():
    install_translator(lambda context, text: f"[{context}] {text}")
    try:
        assert PrimaryRequired().message.startswith("[Errors] ")
        assert Role.BILLING.label == "[Role] Billing contact"
        error = InvalidEmail("anna@", "There must be something after the @-sign.")
        assert "[EmailValidator] There must be something after the @-sign." in error.message
    finally:
        install_translator(None)
    assert Role.BILLING.label == "Billing contact"
    assert str(PrimaryRequired()) == PrimaryRequired().message


def test_the_domain_imports_neither_qt_nor_peewee():
    import ast
    from pathlib import Path

    import contact_manager.domain as domain

    for module in Path(domain.__file__).parent.glob("*.py"):
        tree = ast.parse(module.read_text())
        names = [a.name for n in ast.walk(tree) if isinstance(n, ast.Import) for a in n.names]
        names += [n.module or "" for n in ast.walk(tree) if isinstance(n, ast.ImportFrom)]
        assert not [n for n in names if n.split(".")[0] in {"PySide6", "peewee", "playhouse"}], module.name
