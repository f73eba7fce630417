"""``people replace`` as a real process: across three accounts, its refusal, --dry-run."""

from __future__ import annotations

import pytest

from contact_manager.services import Services
from tests.cli.helpers import assert_refused

OLD, NEW = "gino.ex@acme.example", "nora.new@acme.example"
NAMES = ("Alfa S.r.l.", "Beta S.p.A.", "Gamma S.n.c.")


@pytest.fixture
def three(db_path):
    """Gino is primary and billing contact of three accounts; Nora a user of the first two."""
    services = Services.open(str(db_path), actor="tester")
    try:
        for index, name in enumerate(NAMES):
            account = services.accounts.create(name)
            gino = services.users.add(account.id, "Gino", "Ex", OLD)
            services.contacts.set_primary(account.id, gino.user_id)
            services.contacts.add_billing(account.id, gino.user_id)
            if index < 2:
                services.users.add(account.id, "Nora", "New", NEW)
    finally:
        services.close()
    return db_path


def state(db_path):
    services = Services.open(str(db_path), actor="tester")
    try:
        return [
            (a.name, services.contacts.sheet(a.id).assignments(), services.users.list(a.id))
            for a in services.accounts.list()
        ]
    finally:
        services.close()


def test_without_add_missing_the_whole_command_refuses(cli, three):
    before = state(three)
    result = cli("people", "replace", OLD, NEW, db=three)
    line = assert_refused(result, "Gamma S.n.c.", "--add-missing", NEW)
    assert "Alfa" not in line and "Beta" not in line
    assert state(three) == before


def test_dry_run_prints_the_plan_and_changes_nothing(cli, three):
    before = state(three)
    result = cli("people", "replace", OLD, NEW, "--dry-run", "--add-missing", "--deactivate", db=three)
    assert result.code == 0, result
    assert "Gamma S.n.c.: Account primary contact: Gino Ex <gino.ex@acme.example> -> Nora New" in result.out
    assert "Gamma S.n.c.: Nora New <nora.new@acme.example> will be added as a user" in result.out
    assert state(three) == before


def test_replace_across_three_accounts_lists_every_move(cli, three):
    result = cli("people", "replace", OLD, NEW, "--add-missing", "--deactivate", db=three)
    assert result.code == 0, result
    for name in NAMES:
        for role in ("Account primary contact", "Billing contact"):
            assert f"{name}: {role}: Gino Ex <{OLD}> -> Nora New <{NEW}>" in result.out
        assert f"{name}: Gino Ex <{OLD}> deactivated" in result.out
    assert "Accounts changed: 3" in result.out
    for _name, assignments, users in state(three):
        assert {person.email for _role, person in assignments} == {NEW}
        assert [u.active for u in users if u.email == OLD] == [False]
    history = cli("history", "--account", "Gamma S.n.c.", db=three)
    assert history.out.count("Person replaced in every role") == 1


def test_account_limits_the_replacement_to_one(cli, three):
    result = cli("people", "replace", OLD, NEW, "--account", "Beta S.p.A.", db=three)
    assert result.code == 0, result
    assert "Alfa" not in result.out and "Beta S.p.A.: Billing contact" in result.out
    by_name = {name: assignments for name, assignments, _ in state(three)}
    assert by_name["Alfa S.r.l."][0][1].email == OLD
    assert by_name["Beta S.p.A."][0][1].email == NEW


def test_italian_refusal(cli, three):
    result = cli("people", "replace", OLD, OLD, "--lang", "it", db=three)
    assert_refused(result, "non può sostituire se stess")
