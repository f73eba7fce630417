"""Each role's properties and the notice routing are declared once and read from there."""

from __future__ import annotations

import dataclasses

import pytest

from contact_manager.domain import contacts as rules
from contact_manager.domain import roles, routing
from contact_manager.domain.contacts import ContactSheet, Person
from contact_manager.domain.errors import ExternalNotAllowed
from contact_manager.domain.roles import OTHER_ROLES, RULES, Role
from contact_manager.domain.routing import ROUTES, Notice, Route, primary_is_fallback, receives, recipients

ANNA = Person("anna@acme.example", "Anna", "Rossi", user_id=1)
LUCA = Person("luca@acme.example", "Luca", "Bianchi", user_id=2)
OUTSIDE = Person("guard@partner.example")


def sheet(**kwargs) -> ContactSheet:
    others = {role: None for role in OTHER_ROLES} | kwargs.pop("others", {})
    return ContactSheet(account_id=1, account_name="Acme", version=1, others=others, **kwargs)


def test_every_role_and_every_notice_is_declared_once():
    assert set(RULES) == set(Role)
    assert set(ROUTES) == set(Notice)
    assert len({role.box_name for role in Role}) == len(Role)
    assert all(role.field_label for role in OTHER_ROLES)


def test_whether_a_role_takes_an_outside_address_is_read_from_its_declaration(monkeypatch):
    with pytest.raises(ExternalNotAllowed):
        rules.check_can_hold(Role.TECHNICAL_ADMIN, OUTSIDE)
    changed = dataclasses.replace(RULES[Role.TECHNICAL_ADMIN], outside_address=True)
    monkeypatch.setitem(roles.RULES, Role.TECHNICAL_ADMIN, changed)
    rules.check_can_hold(Role.TECHNICAL_ADMIN, OUTSIDE)  # now allowed
    assert Role.TECHNICAL_ADMIN.accepts_external_email


def test_holders_lists_one_or_several_people_per_role():
    full = sheet(primary=ANNA, billing=(ANNA, LUCA), others={Role.SECURITY: OUTSIDE})
    assert full.holders(Role.BILLING) == (ANNA, LUCA)
    assert full.holders(Role.PRIMARY) == (ANNA,)
    assert full.holders(Role.SECURITY) == (OUTSIDE,)
    assert full.holders(Role.ONBOARDING) == ()
    with pytest.raises(ValueError):
        full.holder(Role.BILLING)


def test_recipients_and_fallbacks_follow_the_one_routing_table(monkeypatch):
    only_primary = sheet(primary=ANNA)
    with_admin = sheet(primary=ANNA, others={Role.TECHNICAL_ADMIN: LUCA})
    assert recipients(only_primary, Notice.UPGRADES) == (ANNA,)
    assert not primary_is_fallback(only_primary, Notice.UPGRADES)
    # one row changed: upgrades go to the technical admin, the primary contact while unset
    row = Route(ROUTES[Notice.UPGRADES].label, (Role.TECHNICAL_ADMIN,), Role.PRIMARY)
    monkeypatch.setitem(routing.ROUTES, Notice.UPGRADES, row)
    assert recipients(with_admin, Notice.UPGRADES) == (LUCA,)
    assert recipients(only_primary, Notice.UPGRADES) == (ANNA,)
    assert primary_is_fallback(only_primary, Notice.UPGRADES)
    assert not primary_is_fallback(with_admin, Notice.UPGRADES)
    assert receives(Role.TECHNICAL_ADMIN) == "Receives upgrades and technical notices."


def test_what_a_role_receives_is_said_from_the_routing_table():
    assert receives(Role.BILLING) == "Receives copies of invoices, receipts, orders and renewal notices."
    assert receives(Role.ONBOARDING) == "Receives onboarding notices."
    assert receives(Role.DECISION_MAKER) == "Decides on contracts and renewals; receives renewal notices."
    assert receives(Role.SECURITY) == "Receives security notices; may be an external email address."
    assert receives(Role.PRIMARY) == (
        "Receives every important account notice: invoices, renewal notices, upgrades and security "
        "notices; and receipts, orders, onboarding notices and technical notices while nobody else "
        "receives them."
    )
