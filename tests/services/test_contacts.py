"""The contact rules, through the services: every rule and every refusal."""

from __future__ import annotations

import pytest
from email_validator import EmailNotValidError, validate_email

from contact_manager.domain.errors import (
    BillingCapReached,
    DuplicateContact,
    ExternalNotAllowed,
    InvalidEmail,
    NotFound,
    PrimaryRequired,
    UserInactive,
)
from contact_manager.domain.history import Action
from contact_manager.domain.roles import OTHER_ROLES, Role


def ids(people):
    return [p.user_id for p in people]


def slots(services, account_id):
    """(slot, user_id) of the stored billing rows, in slot order."""
    return services.store.db.execute_sql(
        "SELECT slot, user_id FROM role_assignment WHERE account_id = ? AND role = 'billing' ORDER BY slot",
        (account_id,),
    ).fetchall()


# --- primary contact -------------------------------------------------------------------


def test_set_primary_then_replace_it(services, account, people, last_change):
    sheet = services.contacts.set_primary(account.id, people[0].user_id)
    assert sheet.primary.user_id == people[0].user_id
    sheet = services.contacts.set_primary(account.id, people[1].user_id)
    assert sheet.primary.user_id == people[1].user_id
    assert services.contacts.sheet(account.id).primary.user_id == people[1].user_id
    change = last_change(account.id)
    assert (change.action, change.role) == (Action.CONTACT_SET, Role.PRIMARY)
    assert change.old_value == "Anna Rossi <anna.rossi@acme.example>"
    assert change.new_value == "Luca Bianchi <luca.bianchi@acme.example>"


def test_primary_is_never_cleared(services, account, people, refused):
    services.contacts.set_primary(account.id, people[0].user_id)
    with refused(account.id, PrimaryRequired) as info:
        services.contacts.clear_role(account.id, Role.PRIMARY)
    assert "not removed" in info.value.message
    assert services.contacts.sheet(account.id).primary.user_id == people[0].user_id


def test_setting_the_same_primary_again_writes_nothing(services, account, people):
    sheet = services.contacts.set_primary(account.id, people[0].user_id)
    again = services.contacts.set_primary(account.id, people[0].user_id)
    assert again.version == sheet.version
    assert len(services.history.list(account.id)) == 7  # create, 5 users, primary


def test_primary_must_be_an_active_user_of_the_account(services, account, people, refused):
    services.users.deactivate(account.id, people[4].user_id)
    with refused(account.id, UserInactive) as info:
        services.contacts.set_primary(account.id, people[4].user_id)
    assert "Giulia Russo" in info.value.message
    other = services.accounts.create("Other Ltd")
    stranger = services.users.add(other.id, "Sara", "Costa", "sara@other.example")
    with refused(account.id, NotFound):
        services.contacts.set_primary(account.id, stranger.user_id)


# --- billing contacts -------------------------------------------------------------------


def test_add_up_to_three_billing_contacts_in_order(services, account, people, last_change):
    for person in people[:3]:
        sheet = services.contacts.add_billing(account.id, person.user_id)
    assert ids(sheet.billing) == ids(people[:3])
    assert slots(services, account.id) == [
        (0, people[0].user_id),
        (1, people[1].user_id),
        (2, people[2].user_id),
    ]
    change = last_change(account.id)
    assert (change.action, change.old_value, change.new_value) == (
        Action.BILLING_ADD,
        None,
        "Marta Verdi <marta.verdi@acme.example>",
    )


def test_fourth_billing_contact_is_refused_naming_the_current_three(services, account, people, refused):
    for person in people[:3]:
        services.contacts.add_billing(account.id, person.user_id)
    with refused(account.id, BillingCapReached) as info:
        services.contacts.add_billing(account.id, people[3].user_id)
    current = [p.display for p in people[:3]]
    assert info.value.current == tuple(current)
    assert "up to 3 billing contacts" in info.value.message
    for display in current:
        assert display in info.value.message


def test_same_billing_contact_twice_is_refused(services, account, people, refused):
    services.contacts.add_billing(account.id, people[0].user_id)
    with refused(account.id, DuplicateContact) as info:
        services.contacts.add_billing(account.id, people[0].user_id)
    assert info.value.role is Role.BILLING


def test_inactive_user_cannot_be_a_billing_contact(services, account, people, refused):
    services.users.deactivate(account.id, people[0].user_id)
    with refused(account.id, UserInactive):
        services.contacts.add_billing(account.id, people[0].user_id)


def test_replace_billing_by_slot(services, account, people, last_change):
    for person in people[:3]:
        services.contacts.add_billing(account.id, person.user_id)
    sheet = services.contacts.replace_billing(account.id, 1, people[3].user_id)
    assert ids(sheet.billing) == [people[0].user_id, people[3].user_id, people[2].user_id]
    change = last_change(account.id)
    assert change.action is Action.BILLING_REPLACE
    assert (change.old_value, change.new_value) == (people[1].display, people[3].display)


def test_replace_billing_refusals(services, account, people, refused):
    for person in people[:2]:
        services.contacts.add_billing(account.id, person.user_id)
    with refused(account.id, DuplicateContact):
        services.contacts.replace_billing(account.id, 0, people[1].user_id)
    with refused(account.id, IndexError):
        services.contacts.replace_billing(account.id, 2, people[3].user_id)
    services.users.deactivate(account.id, people[4].user_id)
    with refused(account.id, UserInactive):
        services.contacts.replace_billing(account.id, 0, people[4].user_id)


def test_remove_billing_compacts_the_slots(services, account, people, last_change):
    for person in people[:3]:
        services.contacts.add_billing(account.id, person.user_id)
    sheet = services.contacts.remove_billing(account.id, people[0].user_id)
    assert ids(sheet.billing) == [people[1].user_id, people[2].user_id]
    assert slots(services, account.id) == [(0, people[1].user_id), (1, people[2].user_id)]
    assert last_change(account.id).old_value == people[0].display
    sheet = services.contacts.add_billing(account.id, people[3].user_id)
    assert slots(services, account.id)[-1] == (2, people[3].user_id)


def test_removing_someone_who_is_not_billing_writes_nothing(services, account, people):
    before = services.contacts.add_billing(account.id, people[0].user_id)
    after = services.contacts.remove_billing(account.id, people[1].user_id)
    assert after == before


def test_set_billing_sets_exactly_the_list_in_order(services, account, people, last_change):
    services.contacts.add_billing(account.id, people[0].user_id)
    sheet = services.contacts.set_billing(account.id, [people[2].user_id, people[0].user_id])
    assert ids(sheet.billing) == [people[2].user_id, people[0].user_id]
    change = last_change(account.id)
    assert change.old_value == people[0].display
    assert change.new_value == f"{people[2].display}, {people[0].display}"
    assert services.contacts.set_billing(account.id, []).billing == ()


def test_set_billing_refusals(services, account, people, refused):
    with refused(account.id, BillingCapReached):
        services.contacts.set_billing(account.id, ids(people[:4]))
    with refused(account.id, DuplicateContact):
        services.contacts.set_billing(account.id, [people[0].user_id, people[0].user_id])
    services.users.deactivate(account.id, people[4].user_id)
    with refused(account.id, UserInactive):
        services.contacts.set_billing(account.id, [people[0].user_id, people[4].user_id])


# --- the other roles --------------------------------------------------------------------


@pytest.mark.parametrize("role", OTHER_ROLES)
def test_set_and_clear_each_other_role(services, account, people, role, last_change):
    sheet = services.contacts.set_role(account.id, role, people[2].user_id)
    assert sheet.others[role].user_id == people[2].user_id
    sheet = services.contacts.set_role(account.id, role, people[3].user_id)
    assert sheet.others[role].user_id == people[3].user_id
    sheet = services.contacts.clear_role(account.id, role)
    assert sheet.others[role] is None
    change = last_change(account.id)
    assert (change.action, change.role, change.old_value, change.new_value) == (
        Action.CONTACT_CLEAR,
        role,
        people[3].display,
        None,
    )


def test_clearing_an_empty_role_writes_nothing(services, account, people):
    before = services.contacts.sheet(account.id)
    assert services.contacts.clear_role(account.id, Role.ONBOARDING) == before


@pytest.mark.parametrize("role", [Role.PRIMARY, Role.DECISION_MAKER, Role.ONBOARDING, Role.TECHNICAL_ADMIN])
def test_only_security_takes_an_outside_address(services, account, people, role, refused):
    with refused(account.id, ExternalNotAllowed) as info:
        services.contacts.set_role_by_email(account.id, role, "someone@partner.example")
    assert info.value.email == "someone@partner.example"
    assert "Only the security contact" in info.value.message


def test_set_role_by_email_finds_the_user_ignoring_case(services, account, people):
    sheet = services.contacts.set_role_by_email(account.id, Role.DECISION_MAKER, " PAOLO.NERI@ACME.EXAMPLE ")
    assert sheet.others[Role.DECISION_MAKER].user_id == people[3].user_id


def test_billing_is_not_a_single_holder_role(services, account, people, refused):
    with refused(account.id, ValueError):
        services.contacts.set_role(account.id, Role.BILLING, people[0].user_id)


# --- the security contact by address -----------------------------------------------------


def test_security_contact_by_outside_address(services, account, people, last_change):
    sheet = services.contacts.set_security_email(account.id, "  Guard@Partner.EXAMPLE \t")
    held = sheet.others[Role.SECURITY]
    assert held.external and held.user_id is None
    assert held.email == "Guard@partner.example"  # trimmed, domain normalised by the validator
    stored = services.store.db.execute_sql(
        "SELECT user_id, external_email FROM role_assignment WHERE role = 'security'"
    ).fetchall()
    assert stored == [(None, "Guard@partner.example")]
    assert last_change(account.id).new_value == "Guard@partner.example"
    assert (
        services.contacts.set_role_by_email(account.id, Role.SECURITY, "x@y.example")
        .others[Role.SECURITY]
        .external
    )


@pytest.mark.parametrize("text", ["not an email", "anna@", "@acme.example", "a..b@acme.example", "a@b"])
def test_invalid_security_address_carries_the_validators_reason(services, account, text, refused):
    with pytest.raises(EmailNotValidError) as expected:
        validate_email(text.strip(), check_deliverability=False)
    with refused(account.id, InvalidEmail) as info:
        services.contacts.set_security_email(account.id, text)
    assert info.value.reason == str(expected.value)
    assert info.value.address == text
    assert str(expected.value) in info.value.message


def test_blank_security_address_asks_for_one(services, account, refused):
    with refused(account.id, InvalidEmail) as info:
        services.contacts.set_security_email(account.id, "   ")
    assert info.value.message == "Please enter an email address."


def test_address_of_a_user_is_stored_as_that_user(services, account, people):
    sheet = services.contacts.set_security_email(account.id, " MARTA.Verdi@acme.EXAMPLE ")
    held = sheet.others[Role.SECURITY]
    assert not held.external
    assert held.user_id == people[2].user_id
    assert services.store.db.execute_sql(
        "SELECT user_id, external_email FROM role_assignment WHERE role = 'security'"
    ).fetchall() == [(people[2].user_id, None)]


def test_address_of_a_deactivated_user_is_refused(services, account, people, refused):
    services.users.deactivate(account.id, people[2].user_id)
    with refused(account.id, UserInactive):
        services.contacts.set_security_email(account.id, "marta.verdi@acme.example")


def test_outside_security_contact_replaced_by_a_user_and_cleared(services, account, people):
    services.contacts.set_security_email(account.id, "guard@partner.example")
    sheet = services.contacts.set_role(account.id, Role.SECURITY, people[0].user_id)
    assert sheet.others[Role.SECURITY].user_id == people[0].user_id
    assert services.contacts.clear_role(account.id, Role.SECURITY).others[Role.SECURITY] is None


# --- reading ----------------------------------------------------------------------------


def test_routing_follows_the_sheet(services, account, people):
    services.contacts.set_primary(account.id, people[0].user_id)
    services.contacts.add_billing(account.id, people[1].user_id)
    services.contacts.set_security_email(account.id, "guard@partner.example")
    table = {notice.value: [p.email for p in who] for notice, who in services.contacts.routing(account.id)}
    assert table["invoices"] == [people[0].email, people[1].email]
    assert table["receipts"] == [people[1].email]
    assert table["upgrades"] == [people[0].email]
    assert table["security"] == ["guard@partner.example", people[0].email]
    assert table["technical"] == [people[0].email]


def test_mark_reviewed(services, account, last_change):
    from datetime import date

    sheet = services.contacts.mark_reviewed(account.id, date(2026, 5, 4))
    assert sheet.reviewed_on == date(2026, 5, 4)
    assert services.contacts.sheet(account.id).reviewed_on == date(2026, 5, 4)
    assert services.accounts.get(account.id).reviewed_on == "2026-05-04"
    change = last_change(account.id)
    assert (change.action, change.old_value, change.new_value) == (Action.ACCOUNT_REVIEW, None, "2026-05-04")


def test_unknown_account_is_not_found(services):
    with pytest.raises(NotFound) as info:
        services.contacts.sheet(999)
    assert info.value.kind == "account"


def test_every_write_answers_the_sheet_a_fresh_read_finds(services, account, people):
    """A write's sheet is made from its own claim of the account row, not a second read of
    it: it must still be the sheet as stored, version, holders and review day alike."""
    from datetime import date

    contacts, a = services.contacts, account.id
    writes = [
        lambda version: contacts.set_primary(a, people[0].user_id, version),
        lambda version: contacts.set_role(a, Role.DECISION_MAKER, people[1].user_id, version),
        lambda version: contacts.set_security_email(a, "guard@partner.example", version),
        lambda version: contacts.add_billing(a, people[2].user_id, version),
        lambda version: contacts.add_billing(a, people[3].user_id, version),
        lambda version: contacts.replace_billing(a, 0, people[4].user_id, version),
        lambda version: contacts.remove_billing(a, people[4].user_id, version),
        lambda version: contacts.set_billing(a, [people[1].user_id, people[3].user_id], version),
        lambda version: contacts.mark_reviewed(a, date(2026, 5, 4), version),
        lambda version: contacts.clear_role(a, Role.DECISION_MAKER, version),
        lambda version: contacts.set_role(a, Role.TECHNICAL_ADMIN, people[2].user_id),
    ]
    version = contacts.sheet(a).version
    for write in writes:
        answered = write(version)
        stored = contacts.sheet(a)
        assert answered == stored
        assert answered.version == version + 1
        version = answered.version
    assert stored.reviewed_on == date(2026, 5, 4)
