"""Copying every account from one database to another: whole, in one transaction, or not at all.

``services`` is the source on either backend (the fixture runs these on both); the target is
a new file, or another database of the same backend.
"""

from __future__ import annotations

import pytest

from contact_manager.domain.roles import Role
from contact_manager.services import Services
from contact_manager.services.copying import AccountsAlreadyThere, NothingToCopy, copy_everything


@pytest.fixture
def office(services, account, people):
    """Acme with a primary, two billing contacts, an outside security address and a deactivated
    user; and a second account, Beta, with one user."""
    services.contacts.set_primary(account.id, people[0].user_id)
    services.contacts.add_billing(account.id, people[1].user_id)
    services.contacts.add_billing(account.id, people[2].user_id)
    services.contacts.set_security_email(account.id, "soc@outside.example")
    services.contacts.set_role(account.id, Role.TECHNICAL_ADMIN, people[3].user_id)
    services.users.deactivate(account.id, people[4].user_id)
    beta = services.accounts.create("Beta S.r.l.")
    services.users.add(beta.id, "Ugo", "Neri", "ugo@beta.example")
    return services


def picture(services: Services) -> list:
    """What a person sees of every account: its details, users, contacts and history."""
    seen = []
    for info in services.accounts.list():
        sheet = services.contacts.sheet(info.id)
        holders = [(role, person.email, person.active) for role, person in sheet.assignments()]
        users = [(p.email, p.first_name, p.last_name, p.active) for p in services.users.list(info.id)]
        history = [
            (c.action, c.subject, c.old_value, c.new_value, c.at) for c in services.history.list(info.id)
        ]
        seen.append((info.name, info.version, holders, users, history))
    return seen


@pytest.fixture
def target(tmp_path):
    opened = Services.open(str(tmp_path / "target.db"), actor="mover")
    yield opened
    opened.close()


def test_every_account_arrives_with_its_users_roles_and_history(office, target):
    copied = copy_everything(office, target)
    assert (copied.accounts, copied.users) == (2, 6)
    assert picture(target) == picture(office)


def test_a_target_with_an_account_of_the_same_name_is_refused_and_left_alone(office, target):
    target.accounts.create("Beta S.R.L.")  # the same name, whatever its case
    before = picture(target)
    with pytest.raises(AccountsAlreadyThere) as refused:
        copy_everything(office, target)
    assert refused.value.message == (
        "Nothing was copied: the target database already has accounts called \u201cBeta S.r.l.\u201d. "
        "Rename or delete them there first."
    )
    assert picture(target) == before


def test_a_failure_half_way_leaves_nothing_in_the_target(office, target):
    def fail_half_way(done, total):
        if done > total // 2:
            raise RuntimeError("the connection dropped")

    with pytest.raises(RuntimeError):
        copy_everything(office, target, fail_half_way)
    assert target.accounts.list() == []


def test_progress_counts_up_to_every_row(office, target):
    seen = []
    copy_everything(office, target, lambda done, total: seen.append((done, total)))
    assert seen[-1][0] == seen[-1][1] and [d for d, _t in seen] == sorted(d for d, _t in seen)


def test_an_empty_source_copies_nothing(tmp_path, target):
    empty = Services.open(str(tmp_path / "empty.db"))
    try:
        with pytest.raises(NothingToCopy):
            copy_everything(empty, target)
    finally:
        empty.close()


def test_the_source_is_only_read(office, target):
    before = picture(office)
    copy_everything(office, target)
    assert picture(office) == before


def _filled_file(path) -> Services:
    source = Services.open(str(path), actor="anna")
    acme = source.accounts.create("Acme S.p.A.")
    user = source.users.add(acme.id, "Anna", "Rossi", "anna@acme.example")
    source.contacts.set_primary(acme.id, user.user_id)
    source.contacts.add_billing(acme.id, user.user_id)
    return source


def test_a_file_moves_onto_a_server_whole_or_not_at_all(tmp_path, pg_url):
    source = _filled_file(tmp_path / "office.db")
    server = Services.open(pg_url)
    try:
        copy_everything(source, server)
        assert picture(server) == picture(source)
        # the server's history names who moved it (its rule), at the original times
        assert {change.actor for change in server.history.list(server.accounts.list()[0].id)} == {
            server.store.session_user
        }
        with pytest.raises(AccountsAlreadyThere):
            copy_everything(source, server)
        assert len(server.accounts.list()) == 1
    finally:
        source.close()
        server.close()


def test_a_failure_half_way_leaves_nothing_on_the_server(tmp_path, pg_url):
    source = _filled_file(tmp_path / "office.db")
    server = Services.open(pg_url)
    try:
        with pytest.raises(RuntimeError):
            copy_everything(
                source, server, lambda done, total: (_ for _ in ()).throw(RuntimeError("dropped"))
            )
        assert server.accounts.list() == []
    finally:
        source.close()
        server.close()
