"""Users: adding and editing with normalised addresses, and people leaving."""

from __future__ import annotations

import pytest

from contact_manager.domain.errors import DuplicateEmail, InvalidEmail, InvalidField, NotFound, UserHoldsRoles
from contact_manager.domain.history import Action
from contact_manager.domain.roles import Role


def test_add_stores_the_normalised_address_and_trimmed_names(services, account, last_change):
    person = services.users.add(
        account.id,
        "  Mario ",
        " Rossi  ",
        "  Mario.Rossi@ACME.Example\n",
        job_title=" CFO ",
        phone="+39 02 1234",
    )
    assert (person.first_name, person.last_name, person.email) == (
        "Mario",
        "Rossi",
        "Mario.Rossi@acme.example",
    )
    assert (person.job_title, person.phone, person.active) == ("CFO", "+39 02 1234", True)
    assert services.users.get(account.id, person.user_id) == person
    assert services.users.find(account.id, "mario.rossi@acme.example") == person
    change = last_change(account.id)
    assert (change.action, change.subject, change.new_value) == (
        Action.USER_ADD,
        "Mario.Rossi@acme.example",
        "Mario Rossi <Mario.Rossi@acme.example>",
    )


def test_same_address_in_one_account_is_refused_ignoring_case(services, account, people, refused):
    with refused(account.id, DuplicateEmail) as info:
        services.users.add(account.id, "Anna", "Other", " ANNA.ROSSI@Acme.Example ")
    assert "already has the address" in info.value.message


def test_same_address_is_allowed_in_another_account(services, account, people):
    other = services.accounts.create("Other Ltd")
    person = services.users.add(other.id, "Anna", "Rossi", "anna.rossi@acme.example")
    assert person.user_id != people[0].user_id
    assert services.users.find(other.id, "ANNA.ROSSI@acme.example").user_id == person.user_id
    assert services.users.find(account.id, "anna.rossi@acme.example").user_id == people[0].user_id


@pytest.mark.parametrize(
    ("first", "last", "email", "error"),
    [
        ("", "  ", "x@acme.example", InvalidField),
        ("A" * 101, "", "x@acme.example", InvalidField),
        ("Ann", "", "no-at-sign", InvalidEmail),
        ("Ann", "", "", InvalidEmail),
    ],
)
def test_add_refuses_bad_input(services, account, first, last, email, error, refused):
    with refused(account.id, error):
        services.users.add(account.id, first, last, email)


def test_add_refuses_a_bad_phone(services, account, refused):
    with refused(account.id, InvalidField) as info:
        services.users.add(account.id, "Ann", "Lee", "ann@acme.example", phone="call me")
    assert info.value.field == "phone"


def test_edit_normalises_and_records_old_and_new(services, account, people, last_change):
    person = services.users.edit(
        account.id,
        people[0].user_id,
        first_name="Anna Maria",
        last_name="Rossi",
        email=" Anna.Maria@ACME.example ",
        job_title="CEO",
    )
    assert person.email == "Anna.Maria@acme.example"
    assert services.users.find(account.id, "anna.maria@acme.example").first_name == "Anna Maria"
    change = last_change(account.id)
    assert change.action is Action.USER_EDIT
    assert change.old_value == "Anna Rossi <anna.rossi@acme.example>"
    assert change.new_value == "Anna Maria Rossi <Anna.Maria@acme.example> (CEO)"


def test_edit_refusals(services, account, people, refused):
    with refused(account.id, DuplicateEmail):
        services.users.edit(
            account.id,
            people[0].user_id,
            first_name="Anna",
            last_name="Rossi",
            email="LUCA.bianchi@acme.example",
        )
    with refused(account.id, InvalidField):
        services.users.edit(account.id, people[0].user_id, first_name="", last_name="", email=people[0].email)
    with refused(account.id, NotFound):
        services.users.edit(account.id, 999, first_name="A", last_name="B", email="a@b.example")


def test_edit_may_change_only_the_case_of_its_own_address(services, account, people):
    person = services.users.edit(
        account.id, people[0].user_id, first_name="Anna", last_name="Rossi", email="ANNA.ROSSI@acme.example"
    )
    assert person.email == "ANNA.ROSSI@acme.example"


def test_edit_without_changes_writes_nothing(services, account, people):
    version = services.accounts.get(account.id).version
    p = people[1]
    services.users.edit(account.id, p.user_id, first_name=p.first_name, last_name=p.last_name, email=p.email)
    assert services.accounts.get(account.id).version == version


def give_every_role(services, account_id, user_id):
    services.contacts.set_primary(account_id, user_id)
    services.contacts.add_billing(account_id, user_id)
    services.contacts.set_role(account_id, Role.SECURITY, user_id)
    services.contacts.set_role(account_id, Role.TECHNICAL_ADMIN, user_id)


@pytest.mark.parametrize("leave", ["deactivate", "remove"])
def test_holder_cannot_leave_and_the_refusal_lists_every_role(services, account, people, leave, refused):
    give_every_role(services, account.id, people[0].user_id)
    with refused(account.id, UserHoldsRoles) as info:
        getattr(services.users, leave)(account.id, people[0].user_id)
    expected = (Role.PRIMARY, Role.BILLING, Role.SECURITY, Role.TECHNICAL_ADMIN)
    assert info.value.roles == expected
    verb = "deactivated" if leave == "deactivate" else "removed"
    assert info.value.message.startswith(
        f"Anna Rossi <anna.rossi@acme.example> can't be {verb} while they hold"
    )
    assert (
        "account primary contact, billing contact, security contact and technical admin."
        in info.value.message
    )
    assert services.users.get(account.id, people[0].user_id).active


@pytest.mark.parametrize("leave", ["deactivate", "remove"])
def test_holder_of_a_billing_slot_only_cannot_leave(services, account, people, leave, refused):
    services.contacts.add_billing(account.id, people[0].user_id)
    services.contacts.add_billing(account.id, people[1].user_id)
    with refused(account.id, UserHoldsRoles) as info:
        getattr(services.users, leave)(account.id, people[1].user_id)
    assert info.value.roles == (Role.BILLING,)
    verb = "deactivated" if leave == "deactivate" else "removed"
    assert info.value.message.endswith(
        f"can't be {verb} while they are the billing contact. Give this role to someone else first."
    )


def test_deactivate_and_reactivate(services, account, people, last_change):
    person = services.users.deactivate(account.id, people[1].user_id)
    assert not person.active
    assert last_change(account.id).action is Action.USER_DEACTIVATE
    assert [p.user_id for p in services.users.list(account.id, include_inactive=False)] == [
        p.user_id for p in sorted(people, key=lambda p: p.last_name) if p.user_id != people[1].user_id
    ]
    person = services.users.reactivate(account.id, people[1].user_id)
    assert person.active
    change = last_change(account.id)
    assert (change.action, change.subject) == (Action.USER_REACTIVATE, people[1].email)
    assert (
        services.contacts.add_billing(account.id, people[1].user_id).billing[0].user_id == people[1].user_id
    )


def test_deactivating_twice_writes_once(services, account, people):
    services.users.deactivate(account.id, people[1].user_id)
    version = services.accounts.get(account.id).version
    services.users.deactivate(account.id, people[1].user_id)
    assert services.accounts.get(account.id).version == version


def test_once_roles_are_given_away_the_user_can_leave(services, account, people):
    services.contacts.set_primary(account.id, people[0].user_id)
    services.contacts.set_primary(account.id, people[1].user_id)
    removed = services.users.remove(account.id, people[0].user_id)
    assert removed.email == people[0].email
    with pytest.raises(NotFound):
        services.users.get(account.id, people[0].user_id)
    change = services.history.list(account.id, limit=1)[0]
    assert (change.action, change.old_value) == (Action.USER_REMOVE, people[0].display)


def test_picker_rows_are_sorted_with_the_active_flag(services, account, people):
    services.users.deactivate(account.id, people[3].user_id)
    rows = services.users.picker_rows(account.id)
    assert [row[2] for row in rows] == ["Bianchi", "Neri", "Rossi", "Russo", "Verdi"]
    assert rows[1] == (people[3].user_id, "Paolo", "Neri", people[3].email, 0)


def test_a_user_of_another_account_is_not_found(services, account, people):
    other = services.accounts.create("Other Ltd")
    with pytest.raises(NotFound):
        services.users.get(other.id, people[0].user_id)
    with pytest.raises(NotFound):
        services.users.deactivate(other.id, people[0].user_id)


def test_a_new_user_with_the_outside_security_address_becomes_the_security_contact(services, account, people):
    """The rule of set_security_email (an address of a user is stored as that user) still holds
    when the user arrives after the address."""
    services.contacts.set_security_email(account.id, "guard@partner.example")
    version = services.accounts.get(account.id).version
    guard = services.users.add(account.id, "Gina", "Guardia", " GUARD@Partner.example ")
    held = services.contacts.sheet(account.id).others[Role.SECURITY]
    assert (held.user_id, held.external) == (guard.user_id, False)
    assert services.accounts.get(account.id).version == version + 1
    newest, added = services.history.list(account.id, limit=2)
    assert (added.action, newest.action, newest.role) == (Action.USER_ADD, Action.CONTACT_SET, Role.SECURITY)
    assert (newest.old_value, newest.new_value) == ("guard@partner.example", guard.display)
    with pytest.raises(UserHoldsRoles):
        services.users.deactivate(account.id, guard.user_id)


def test_an_edited_address_that_is_the_outside_security_contact_becomes_it(services, account, people):
    services.contacts.set_security_email(account.id, "guard@partner.example")
    p = people[2]
    services.users.edit(
        account.id, p.user_id, first_name=p.first_name, last_name=p.last_name, email="guard@partner.example"
    )
    held = services.contacts.sheet(account.id).others[Role.SECURITY]
    assert held.user_id == p.user_id


def test_restore_brings_a_removed_user_back_with_the_same_id(services, account, people):
    giulia = people[4]
    version = services.accounts.get(account.id).version
    services.users.remove(account.id, giulia.user_id, expected_version=version)
    back = services.users.restore(account.id, giulia, expected_version=version + 1)
    assert back == giulia
    assert services.users.get(account.id, giulia.user_id) == giulia
    latest = services.history.list(account.id, limit=1)[0]
    assert (latest.action, latest.subject) == (Action.USER_ADD, giulia.email)


def test_restore_refuses_a_stale_version_and_a_taken_address(services, account, people):
    from contact_manager.domain.errors import Conflict

    giulia = people[4]
    version = services.accounts.get(account.id).version
    services.users.remove(account.id, giulia.user_id, expected_version=version)
    with pytest.raises(Conflict):
        services.users.restore(account.id, giulia, expected_version=version)
    services.users.add(account.id, "Giulia", "R.", giulia.email)
    with pytest.raises(DuplicateEmail):
        services.users.restore(account.id, giulia)


def test_curly_and_straight_apostrophes_sort_together(services, account):
    for first, last, email in (
        ("Anna", "D\u2019Amico", "anna.damico@acme.example"),
        ("Bruno", "Dalla", "bruno.dalla@acme.example"),
        ("Carla", "D'Alessio", "carla@acme.example"),
        ("Dario", "d'Angelo", "dario@acme.example"),
    ):
        services.users.add(account.id, first, last, email)
    expected = ["D'Alessio", "D\u2019Amico", "d'Angelo", "Dalla"]
    assert [p.last_name for p in services.users.list(account.id)] == expected
    assert [row[2] for row in services.users.picker_rows(account.id)] == expected
