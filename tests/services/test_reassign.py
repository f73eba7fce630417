import pytest

from contact_manager.domain.errors import (
    Conflict,
    DuplicateContact,
    ExternalNotAllowed,
    PrimaryRequired,
    UserHoldsRoles,
)
from contact_manager.domain.history import Action
from contact_manager.domain.roles import Role
from contact_manager.services.reassign import ReassignService


@pytest.fixture
def reassign(services):
    return ReassignService(services.store, "tester")


@pytest.fixture
def holder(services, account, people):
    """Anna holds the primary, a billing slot and the security contact."""
    anna, luca, marta = people[:3]
    services.contacts.set_primary(account.id, anna.user_id)
    services.contacts.add_billing(account.id, luca.user_id)
    services.contacts.add_billing(account.id, anna.user_id)
    services.contacts.set_role(account.id, Role.SECURITY, anna.user_id)
    return anna


def _state(services, account_id):
    sheet = services.contacts.sheet(account_id)
    users = services.users.list(account_id)
    return sheet, users, len(services.history.list(account_id))


def test_held_roles_lists_every_role(reassign, account, holder):
    assert reassign.held_roles(account.id, holder.user_id) == [Role.PRIMARY, Role.BILLING, Role.SECURITY]


def test_reassign_then_deactivate(services, reassign, account, people, holder):
    marta, paolo = people[2], people[3]
    before = len(services.history.list(account.id))
    sheet = reassign.reassign_and_leave(
        account.id,
        holder.user_id,
        {Role.PRIMARY: marta.user_id, Role.BILLING: paolo.user_id, Role.SECURITY: "sec@outside.example"},
        "deactivate",
        expected_version=services.contacts.sheet(account.id).version,
    )
    assert sheet.primary.user_id == marta.user_id
    assert [p.user_id for p in sheet.billing] == [people[1].user_id, paolo.user_id]
    assert sheet.others[Role.SECURITY].external and sheet.others[Role.SECURITY].email == "sec@outside.example"
    assert services.users.get(account.id, holder.user_id).active is False
    actions = [
        c.action for c in services.history.list(account.id)[: len(services.history.list(account.id)) - before]
    ]
    assert actions[0] is Action.USER_DEACTIVATE
    assert {Action.CONTACT_SET, Action.BILLING_REPLACE} <= set(actions)


def test_reassign_then_remove_with_emptied_roles(services, reassign, account, people, holder):
    sheet = reassign.reassign_and_leave(
        account.id,
        holder.user_id,
        {Role.PRIMARY: people[1].user_id, Role.BILLING: None, Role.SECURITY: None},
        "remove",
    )
    assert sheet.primary.user_id == people[1].user_id
    assert [p.user_id for p in sheet.billing] == [people[1].user_id]
    assert sheet.others[Role.SECURITY] is None
    assert holder.user_id not in [p.user_id for p in services.users.list(account.id)]


@pytest.mark.parametrize(
    "choices, error",
    [
        ({Role.PRIMARY: 2, Role.BILLING: None}, UserHoldsRoles),  # security left to the leaver
        ({Role.PRIMARY: None, Role.BILLING: None, Role.SECURITY: None}, PrimaryRequired),
        ({Role.PRIMARY: "x@outside.example", Role.BILLING: None, Role.SECURITY: None}, ExternalNotAllowed),
    ],
)
def test_refusal_changes_nothing(services, reassign, account, people, holder, choices, error):
    choices = {role: (people[1].user_id if value == 2 else value) for role, value in choices.items()}
    before = _state(services, account.id)
    with pytest.raises(error):
        reassign.reassign_and_leave(account.id, holder.user_id, choices, "deactivate")
    assert _state(services, account.id) == before


def test_billing_duplicate_refused_and_nothing_changes(services, reassign, account, people, holder):
    before = _state(services, account.id)
    choices = {Role.PRIMARY: people[2].user_id, Role.BILLING: people[1].user_id, Role.SECURITY: None}
    with pytest.raises(DuplicateContact):
        reassign.reassign_and_leave(account.id, holder.user_id, choices, "remove")
    assert _state(services, account.id) == before


def test_stale_version_is_a_conflict(services, reassign, account, people, holder):
    stale = services.contacts.sheet(account.id).version
    services.users.add(account.id, "New", "Person", "new@acme.example")
    before = _state(services, account.id)
    choices = {Role.PRIMARY: people[2].user_id, Role.BILLING: None, Role.SECURITY: None}
    with pytest.raises(Conflict):
        reassign.reassign_and_leave(account.id, holder.user_id, choices, "deactivate", expected_version=stale)
    assert _state(services, account.id) == before


def test_non_holder_just_leaves(services, reassign, account, people, holder):
    reassign.reassign_and_leave(account.id, people[4].user_id, {}, "deactivate")
    assert services.users.get(account.id, people[4].user_id).active is False


def test_take_back_reactivates_and_restores_every_role_in_its_place(
    services, reassign, account, people, holder
):
    anna, luca, marta, paolo = people[:4]
    before = services.contacts.sheet(account.id)
    choices = {Role.PRIMARY: marta.user_id, Role.BILLING: paolo.user_id, Role.SECURITY: "soc@outside.example"}
    after = reassign.reassign_and_leave(account.id, anna.user_id, choices, "deactivate", before.version)
    back = reassign.take_back(
        account.id,
        anna.user_id,
        [Role.PRIMARY, Role.BILLING, Role.SECURITY],
        [p.user_id for p in before.billing],
        expected_version=after.version,
    )
    assert services.users.get(account.id, anna.user_id).active is True
    assert back.primary.user_id == anna.user_id
    assert [p.user_id for p in back.billing] == [luca.user_id, anna.user_id]  # the same slots
    assert back.others[Role.SECURITY].user_id == anna.user_id


def test_take_back_from_a_stale_version_is_a_conflict_and_writes_nothing(
    services, reassign, account, people, holder
):
    anna, marta = people[0], people[2]
    sheet = services.contacts.sheet(account.id)
    choices = {Role.PRIMARY: marta.user_id, Role.BILLING: None, Role.SECURITY: None}
    after = reassign.reassign_and_leave(account.id, anna.user_id, choices, "deactivate", sheet.version)
    services.contacts.set_role(account.id, Role.ONBOARDING, marta.user_id)  # someone else, meanwhile
    state = _state(services, account.id)
    with pytest.raises(Conflict):
        reassign.take_back(account.id, anna.user_id, [Role.PRIMARY], [], expected_version=after.version)
    assert _state(services, account.id) == state
