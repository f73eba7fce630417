"""Concurrent writers: a change made from stale state is refused and writes nothing."""

from __future__ import annotations

import sqlite3
import subprocess
import sys

import pytest

from contact_manager.domain.errors import Conflict
from contact_manager.domain.roles import Role


def bump_elsewhere(db_path, account_id):
    """Another process changes the account (a plain sqlite3 connection, as the CLI would)."""
    other = sqlite3.connect(db_path)
    try:
        with other:
            other.execute("UPDATE account SET version = version + 1 WHERE id = ?", (account_id,))
    finally:
        other.close()


WRITES = {
    "set_primary": lambda s, a, p, v: s.contacts.set_primary(a, p[0].user_id, expected_version=v),
    "add_billing": lambda s, a, p, v: s.contacts.add_billing(a, p[0].user_id, expected_version=v),
    "set_role": lambda s, a, p, v: s.contacts.set_role(a, Role.ONBOARDING, p[1].user_id, expected_version=v),
    "security": lambda s, a, p, v: s.contacts.set_security_email(a, "g@partner.example", expected_version=v),
    "set_billing": lambda s, a, p, v: s.contacts.set_billing(a, [p[2].user_id], expected_version=v),
    "add_user": lambda s, a, p, v: s.users.add(a, "New", "Person", "new@acme.example", expected_version=v),
    "deactivate": lambda s, a, p, v: s.users.deactivate(a, p[4].user_id, expected_version=v),
    "remove": lambda s, a, p, v: s.users.remove(a, p[4].user_id, expected_version=v),
    "rename": lambda s, a, p, v: s.accounts.rename(a, "Renamed", expected_version=v),
    "update": lambda s, a, p, v: s.accounts.update(a, v, country="IT"),
}


@pytest.mark.parametrize("write", WRITES)
def test_stale_version_is_refused_and_nothing_is_written(services, account, people, db_path, refused, write):
    seen = services.contacts.sheet(account.id).version
    bump_elsewhere(db_path, account.id)
    with refused(account.id, Conflict) as info:
        WRITES[write](services, account.id, people, seen)
    assert "Acme S.p.A." in info.value.message
    assert "nothing was saved" in info.value.message


@pytest.mark.parametrize("write", WRITES)
def test_current_version_is_accepted(services, account, people, write):
    seen = services.contacts.sheet(account.id).version
    WRITES[write](services, account.id, people, seen)
    assert services.accounts.get(account.id).version == seen + 1


def test_two_processes_one_wins(services, account, people, db_path):
    """A real second process commits first; the stale change of this one is refused."""
    seen = services.contacts.sheet(account.id).version
    script = (
        "import sys\n"
        "from contact_manager.services import Services\n"
        "s = Services.open(sys.argv[1], actor='other')\n"
        "a = s.accounts.find('Acme S.p.A.')\n"
        "u = s.users.find(a.id, 'luca.bianchi@acme.example')\n"
        "s.contacts.set_primary(a.id, u.user_id, expected_version=int(sys.argv[2]))\n"
        "s.close()\n"
    )
    subprocess.run([sys.executable, "-c", script, str(db_path), str(seen)], check=True, timeout=60)
    with pytest.raises(Conflict):
        services.contacts.set_primary(account.id, people[0].user_id, expected_version=seen)
    sheet = services.contacts.sheet(account.id)
    assert sheet.primary.user_id == people[1].user_id
    assert sheet.version == seen + 1
    assert services.history.list(account.id, limit=1)[0].actor == "other"


def test_stale_view_gets_a_conflict_before_any_rule(services, account, people, db_path, refused):
    """The caller saw three billing contacts; meanwhile one was removed elsewhere. Replacing
    the third slot is a conflict, not a crash on a slot that no longer exists."""
    for person in people[:3]:
        services.contacts.add_billing(account.id, person.user_id)
    seen = services.contacts.sheet(account.id).version
    other = sqlite3.connect(db_path)
    with other:
        other.execute("DELETE FROM role_assignment WHERE role = 'billing' AND slot = 2")
        other.execute("UPDATE account SET version = version + 1")
    other.close()
    with refused(account.id, Conflict):
        services.contacts.replace_billing(account.id, 2, people[3].user_id, expected_version=seen)


@pytest.mark.parametrize(
    "write",
    [
        lambda s, a, p, v: s.contacts.add_billing(a, p[0].user_id, expected_version=v),  # now a duplicate
        lambda s, a, p, v: s.users.deactivate(a, p[0].user_id, expected_version=v),  # now a holder
        lambda s, a, p, v: s.contacts.clear_role(a, Role.PRIMARY, expected_version=v),  # now set
        lambda s, a, p, v: s.contacts.set_primary(a, p[0].user_id, expected_version=v),  # now a no-op
    ],
)
def test_stale_view_is_a_conflict_even_when_the_rules_would_refuse(services, account, people, refused, write):
    seen = services.contacts.sheet(account.id).version
    services.contacts.set_primary(account.id, people[0].user_id)  # "another window"
    services.contacts.add_billing(account.id, people[0].user_id)
    with refused(account.id, Conflict):
        write(services, account.id, people, seen)
