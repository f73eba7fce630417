"""The contact editor on its own: what the Company information boxes show and what each gesture
saves, driven with sheets and people, no widget and no click."""

from __future__ import annotations

import pytest

from contact_manager.domain.contacts import Person
from contact_manager.domain.errors import BillingCapReached, InvalidEmail
from contact_manager.domain.roles import BILLING_CAP, Role
from contact_manager.ui.contacts.contact_editor import ContactEditor


@pytest.fixture
def editor(services):
    return ContactEditor(lambda: services)


def sheet_of(services, account):
    return services.contacts.sheet(account.id)


def save(services, account, change):
    change(account.id, sheet_of(services, account).version)
    return sheet_of(services, account)


def test_an_empty_account_shows_no_billing_box_until_add_another(editor, services, account):
    sheet = sheet_of(services, account)
    assert [box.shown for box in editor.billing_boxes(sheet)] == [False] * BILLING_CAP
    assert editor.shows_no_billing(sheet)
    assert editor.add_another(sheet) == 0
    assert [box.shown for box in editor.billing_boxes(sheet)] == [True, False, False]
    assert not editor.shows_no_billing(sheet)
    assert editor.remove_billing(sheet, 0) is None  # an empty box: nothing to save
    assert editor.shows_no_billing(sheet) and editor.pending_billing is None


def test_choosing_in_the_added_box_adds_then_replaces_with_undo_and_redo(editor, services, account, people):
    anna, luca, marta = people[:3]
    sheet = sheet_of(services, account)
    slot = editor.add_another(sheet)
    added = editor.choose_billing(sheet, slot, anna)
    assert added.description == f"billing contact added: {anna.display}"
    sheet = save(services, account, added.change)
    editor.billing_saved()
    assert [p.user_id for p in sheet.billing] == [anna.user_id]
    boxes = editor.billing_boxes(sheet)
    assert [box.shown for box in boxes] == [True, False, False] and boxes[0].holder == anna
    slot = editor.add_another(sheet)
    assert editor.billing_boxes(sheet)[slot].excluded == frozenset({anna.user_id})  # not offered twice
    sheet = save(services, account, editor.choose_billing(sheet, slot, luca).change)
    replaced = editor.choose_billing(sheet, 0, marta)
    assert replaced.description == f"billing contact 1: {marta.display}"
    sheet = save(services, account, replaced.change)
    assert [p.user_id for p in sheet.billing] == [marta.user_id, luca.user_id]
    sheet = save(services, account, replaced.undo)
    assert [p.user_id for p in sheet.billing] == [anna.user_id, luca.user_id]
    sheet = save(services, account, replaced.redo)
    assert [p.user_id for p in sheet.billing] == [marta.user_id, luca.user_id]


def test_add_another_is_refused_at_the_cap(editor, services, account, people):
    for person in people[:BILLING_CAP]:
        services.contacts.add_billing(account.id, person.user_id)
    with pytest.raises(BillingCapReached):
        editor.add_another(sheet_of(services, account))
    assert editor.pending_billing is None


def test_removing_a_billing_contact_is_undone_in_place(editor, services, account, people):
    for person in people[:3]:
        services.contacts.add_billing(account.id, person.user_id)
    edit = editor.remove_billing(sheet_of(services, account), 1)
    assert edit is not None and edit.description == f"billing contact removed: {people[1].display}"
    sheet = save(services, account, edit.change)
    assert [p.user_id for p in sheet.billing] == [people[0].user_id, people[2].user_id]
    sheet = save(services, account, edit.undo)
    assert [p.user_id for p in sheet.billing] == [p.user_id for p in people[:3]]


def test_the_first_primary_contact_cannot_be_undone_the_next_one_can(editor, services, account, people):
    first = editor.set_holder(sheet_of(services, account), Role.PRIMARY, people[0])
    assert first.undo is None and "can't be undone" in first.description
    sheet = save(services, account, first.change)
    second = editor.set_holder(sheet, Role.PRIMARY, people[1])
    assert second.undo is not None and second.description == f"Account primary contact: {people[1].display}"
    sheet = save(services, account, second.change)
    assert sheet.primary.user_id == people[1].user_id
    assert save(services, account, second.undo).primary.user_id == people[0].user_id


def test_clearing_a_role_says_nobody_and_undoes_to_the_holder(editor, services, account, people):
    services.contacts.set_role(account.id, Role.ONBOARDING, people[2].user_id)
    edit = editor.set_holder(sheet_of(services, account), Role.ONBOARDING, None)
    assert edit.description == "Onboarding contact: nobody"
    assert save(services, account, edit.change).others[Role.ONBOARDING] is None
    assert save(services, account, edit.undo).others[Role.ONBOARDING].user_id == people[2].user_id


def test_a_typed_address_is_an_outside_holder_only_where_the_role_takes_one(editor):
    typed = editor.outside_holder(Role.SECURITY, "  SOC@Partner.EXAMPLE ")
    assert typed == Person(email="SOC@partner.example")
    assert editor.outside_holder(Role.TECHNICAL_ADMIN, "soc@partner.example") is None
    with pytest.raises(InvalidEmail):
        editor.outside_holder(Role.SECURITY, "not an address")
