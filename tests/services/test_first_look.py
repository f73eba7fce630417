"""The window's first look at a file: the account it opens, read with plain SQL before the
services, the same as they read it, and nothing at all when the file is not plainly ours."""

from __future__ import annotations

import sqlite3
import subprocess
import sys

import pytest

from contact_manager.domain.roles import Role
from contact_manager.services import Services
from contact_manager.services.first_look import first_look
from contact_manager.store import first_look as store_first_look
from tests.store.older_files import older_file


@pytest.fixture
def office(db_path):
    """A file of two accounts, as the services leave it (closed, so no -wal is left)."""
    services = Services.open(str(db_path), actor="tester")
    zeta = services.accounts.create("Zeta S.r.l.")
    acme = services.accounts.create("Acme S.p.A.")
    anna = services.users.add(acme.id, "Anna", "Rossi", "anna@acme.example")
    luca = services.users.add(acme.id, "Luca", "Bianchi", "luca@acme.example")
    services.contacts.set_primary(acme.id, anna.user_id)
    services.contacts.set_billing(acme.id, [anna.user_id, luca.user_id])
    services.contacts.set_security_email(acme.id, "soc@outside.example")
    sheets = {account.id: services.contacts.sheet(account.id) for account in (zeta, acme)}
    since = services.notices.security_since(acme.id)
    services.close()
    return db_path, acme.id, zeta.id, sheets, since


def _nothing_remembered(_label: str) -> None:
    return None


def test_it_reads_the_first_account_by_name_as_the_services_do(office):
    path, acme, _zeta, sheets, since = office
    look = first_look(str(path), _nothing_remembered)
    assert look is not None
    assert look.label == str(path)
    assert [name for _id, name in look.accounts] == ["Acme S.p.A.", "Zeta S.r.l."]
    assert look.sheet == sheets[acme]
    assert look.sheet.others[Role.SECURITY].external
    assert look.security_since == since is not None


def test_it_reads_the_remembered_account_and_the_first_when_that_one_is_gone(office):
    path, acme, zeta, sheets, _since = office
    labels: list[str] = []
    assert first_look(str(path), lambda label: labels.append(label) or zeta).sheet == sheets[zeta]
    assert labels == [str(path)]
    assert first_look(str(path), lambda _label: 9999).sheet == sheets[acme]


def test_looking_changes_nothing_on_disk(office):
    path, *_rest = office
    before = {p.name: p.read_bytes() for p in path.parent.iterdir() if p.is_file()}
    assert first_look(str(path), _nothing_remembered) is not None
    after = {p.name: p.read_bytes() for p in path.parent.iterdir() if p.is_file()}
    assert after == before  # not a byte, and no -wal or -shm made beside it


def test_peewee_is_not_loaded_by_a_look(office):
    path, *_rest = office
    code = (
        "import sys; from contact_manager.services.first_look import first_look;"
        f"look = first_look({str(path)!r}, lambda label: None);"
        "print(look.sheet.account_name, 'peewee' in sys.modules)"
    )
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=60)
    assert done.stdout.split() == ["Acme", "S.p.A.", "False"], done.stderr


def _make_hostile(path, statement: str) -> None:
    with sqlite3.connect(path) as connection:
        connection.executescript(statement)
    connection.close()


@pytest.mark.parametrize(
    "damage",
    [
        "PRAGMA application_id = 1234",  # another program's file
        "PRAGMA user_version = 99",  # a newer release's
        # the account table replaced by a view that never ends: a look must not run it
        "PRAGMA writable_schema = 0; DROP TRIGGER IF EXISTS history_text_remove;"
        "ALTER TABLE account RENAME TO account_kept;"
        "CREATE VIEW account AS WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n) "
        "SELECT i AS id, 'x' AS name, 1 AS version, NULL AS reviewed_on, '' AS name_key FROM n",
    ],
)
def test_a_file_that_is_not_plainly_ours_gets_no_look(office, damage):
    path, *_rest = office
    _make_hostile(path, damage)
    assert first_look(str(path), _nothing_remembered) is None


def test_an_older_file_is_left_to_the_store_to_upgrade(tmp_path):
    path = tmp_path / "old.db"
    older_file(path, 5)
    assert first_look(str(path), _nothing_remembered) is None


def test_no_look_at_what_is_not_a_database_or_not_there(tmp_path):
    junk = tmp_path / "junk.db"
    junk.write_bytes(b"this is not sqlite" * 200)
    assert first_look(str(junk), _nothing_remembered) is None
    assert junk.read_bytes() == b"this is not sqlite" * 200
    assert first_look(str(tmp_path / "missing.db"), _nothing_remembered) is None
    assert not (tmp_path / "missing.db").exists()
    assert first_look("postgresql://someone@localhost/office", _nothing_remembered) is None


def test_a_file_without_accounts_gets_no_look(db_path):
    Services.open(str(db_path)).close()
    assert first_look(str(db_path), _nothing_remembered) is None  # the first run's page


def test_committed_changes_waiting_in_a_wal_are_left_to_the_store(office):
    path, acme, *_rest = office
    services = Services.open(str(path), actor="tester")  # open: changes stay in its -wal
    services.accounts.rename(acme, "Acme Nuova")
    try:
        assert path.with_name(path.name + "-wal").stat().st_size > 0
        assert first_look(str(path), _nothing_remembered) is None
    finally:
        services.close()


def test_a_statement_over_its_budget_is_stopped(office, monkeypatch):
    path, *_rest = office
    monkeypatch.setattr(store_first_look, "BUDGET_S", -1.0)  # every statement is already late
    monkeypatch.setattr(store_first_look, "CHECK_EVERY", 1)  # and looks at the clock at once
    assert first_look(str(path), _nothing_remembered) is None


def test_a_file_that_can_only_be_read_is_left_to_the_store(office):
    path, *_rest = office
    path.chmod(0o444)  # the store opens it read-only, and the window shows its banner
    try:
        assert first_look(str(path), _nothing_remembered) is None
    finally:
        path.chmod(0o644)


def test_when_the_outside_security_address_was_set_is_read_from_indexes(office):
    """The health check asks it at every sheet shown: never a pass over every change."""
    path, acme, *_rest = office
    from contact_manager.store.first_look import looking
    from contact_manager.store.queries import SECURITY_SET_AT, security_set_at

    with looking(path) as reader:
        assert reader is not None
        assert security_set_at(reader, acme) is not None
        plan = reader.connection.execute(f"EXPLAIN QUERY PLAN {SECURITY_SET_AT}", (acme, acme)).fetchall()
    details = [row[-1] for row in plan]
    assert any("history_person_replace" in detail for detail in details), details
    assert any("history_account_role" in detail for detail in details), details
    assert not any(detail.startswith("SCAN history") for detail in details), details
