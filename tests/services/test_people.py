"""Replacing a person in every account: the plan, one transaction, one history row each, undo."""

from __future__ import annotations

import pytest

from contact_manager.domain.errors import Conflict
from contact_manager.domain.history import Action
from contact_manager.domain.replacement import NobodyToReplace, SamePerson, SuccessorMissing
from contact_manager.domain.roles import Role

OLD, NEW = "gino.ex@acme.example", "nora.new@acme.example"


@pytest.fixture
def three(services):
    """Gino holds roles in three accounts; Nora is a user of the first two only."""
    accounts = []
    for name in ("Alfa S.r.l.", "Beta S.p.A.", "Gamma S.n.c."):
        account = services.accounts.create(name)
        gino = services.users.add(account.id, "Gino", "Ex", OLD)
        keep = services.users.add(account.id, "Kim", "Keep", "kim@acme.example")
        services.contacts.set_primary(account.id, gino.user_id)
        services.contacts.add_billing(account.id, keep.user_id)
        services.contacts.add_billing(account.id, gino.user_id)
        accounts.append(account)
    for account in accounts[:2]:
        services.users.add(account.id, "Nora", "New", NEW)
    services.contacts.set_security_email(accounts[1].id, OLD)
    return accounts


def snapshot(services, accounts):
    return [(services.contacts.sheet(a.id).assignments(), services.users.list(a.id)) for a in accounts]


def test_the_plan_lists_every_move_and_the_accounts_missing_the_successor(services, three):
    plan = services.people.plan(OLD, NEW)
    moves = [(m.account_name, m.role, m.old.email, m.new.email) for m in plan.moves]
    assert moves == [
        ("Alfa S.r.l.", Role.PRIMARY, OLD, NEW),
        ("Alfa S.r.l.", Role.BILLING, OLD, NEW),
        ("Beta S.p.A.", Role.PRIMARY, OLD, NEW),
        ("Beta S.p.A.", Role.BILLING, OLD, NEW),
        ("Beta S.p.A.", Role.SECURITY, OLD, NEW),
        ("Gamma S.n.c.", Role.PRIMARY, OLD, NEW),
        ("Gamma S.n.c.", Role.BILLING, OLD, NEW),
    ]
    assert [a.account_name for a in plan.missing] == ["Gamma S.n.c."]
    assert plan.new_person.name == "Nora New"  # the name they have elsewhere


def test_without_add_missing_nothing_changes(services, three):
    before = snapshot(services, three)
    with pytest.raises(SuccessorMissing) as info:
        services.people.apply(services.people.plan(OLD, NEW))
    assert "Gamma S.n.c." in info.value.message and "Alfa" not in info.value.message
    assert snapshot(services, three) == before


def test_apply_moves_every_role_in_one_step_and_undo_puts_it_back(services, three):
    before = snapshot(services, three)
    history = [len(services.history.list(a.id)) for a in three]
    done = services.people.apply(services.people.plan(OLD, NEW), add_missing=True, deactivate=True)
    for account, count in zip(three, history, strict=True):
        sheet = services.contacts.sheet(account.id)
        assert sheet.primary.email == NEW
        assert [p.email for p in sheet.billing] == ["kim@acme.example", NEW]
        assert not services.users.find(account.id, OLD).active
        changes = services.history.list(account.id)
        assert len(changes) == count + 1  # one row per account
        assert changes[0].action is Action.PERSON_REPLACE
    assert services.contacts.sheet(three[1].id).others[Role.SECURITY].email == NEW
    added = services.users.find(three[2].id, NEW)
    assert (added.first_name, added.last_name, added.active) == ("Nora", "New", True)

    services.people.undo(done)
    assert snapshot(services, three) == before


def test_undo_is_refused_when_an_account_changed_since(services, three):
    done = services.people.apply(services.people.plan(OLD, NEW), add_missing=True)
    services.accounts.rename(three[0].id, "Alfa Group")
    after = snapshot(services, three)
    with pytest.raises(Conflict):
        services.people.undo(done)
    assert snapshot(services, three) == after


def test_a_successor_already_billing_keeps_one_slot(services, three):
    nora = services.users.find(three[0].id, NEW)
    services.contacts.remove_billing(
        three[0].id, services.users.find(three[0].id, "kim@acme.example").user_id
    )
    services.contacts.add_billing(three[0].id, nora.user_id)
    services.people.apply(services.people.plan(OLD, NEW, account_id=three[0].id))
    assert [p.email for p in services.contacts.sheet(three[0].id).billing] == [NEW]


def test_refusals(services, three):
    with pytest.raises(SamePerson):
        services.people.plan(OLD, OLD.upper())
    with pytest.raises(NobodyToReplace):
        services.people.plan("nobody@acme.example", NEW)
