"""What the front ends reach through ``Services`` instead of the store: the backups, the
directory, the reassign and user-rows readers, the database's name, and account set-up."""

from __future__ import annotations

import sqlite3

import pytest

from contact_manager.domain.errors import DuplicateEmail, InvalidEmail, StorageError
from contact_manager.services import Services
from contact_manager.services import backups as backups_module
from contact_manager.services.backup_files import list_backups
from contact_manager.store.errors import SQLITE_FULL


def test_create_account_makes_the_account_and_its_first_users(services):
    account = services.create_account(
        "Acme S.p.A.", [("Anna", "Rossi", "anna@acme.example"), ("Luca", "Bianchi", "luca@acme.example")]
    )
    assert [a.name for a in services.accounts.list()] == ["Acme S.p.A."]
    assert sorted(p.email for p in services.users.list(account.id)) == [
        "anna@acme.example",
        "luca@acme.example",
    ]


@pytest.mark.parametrize(
    ("users", "error"),
    [
        ([("Anna", "Rossi", "anna@acme.example"), ("Anna", "Bis", "ANNA@acme.example")], DuplicateEmail),
        ([("Anna", "Rossi", "anna@acme.example"), ("Luca", "Bianchi", "not an address")], InvalidEmail),
    ],
)
def test_a_refused_user_leaves_no_account_behind(services, users, error):
    with pytest.raises(error):
        services.create_account("Acme S.p.A.", users)
    assert services.accounts.list() == []


def test_the_members_are_the_services_over_the_same_database(services, account, people):
    assert services.directory.person(people[0].email)[0].account_name == account.name
    assert services.reassign.held_roles(account.id, people[1].user_id) == []
    assert len(services.user_rows.read(account.id)) == len(people)
    assert services.backups.list() == []


def test_the_database_is_named_through_services(services, db_path):
    assert services.path == db_path
    assert services.label == str(db_path)
    assert services.reader_path == str(db_path)
    assert services.read_only is False


def test_a_read_only_database_has_no_file_for_a_reader_of_its_own(services, account, db_path):
    services.close()
    db_path.chmod(0o444)
    try:
        reader = Services.open(str(db_path))
        try:
            assert reader.read_only is True
            assert reader.reader_path is None
        finally:
            reader.close()
    finally:
        db_path.chmod(0o644)


@pytest.mark.sqlite_file  # a file's backups folder (a server's backups are exports)
def test_a_new_backup_path_is_in_the_databases_backups_folder(services, account):
    path = services.backups.new_path("before-delete")
    assert "before-delete" in path.name and not path.exists()
    made = services.backups.backup()
    assert [b.path for b in list_backups(services.path)] == [made]


def test_the_daily_backup_says_a_storage_problem_as_a_storage_error(services, account, monkeypatch):
    def full(store):
        error = sqlite3.OperationalError("database or disk is full")
        error.sqlite_errorcode = SQLITE_FULL
        raise error

    monkeypatch.setattr(backups_module, "make_daily_backup", full)
    with pytest.raises(StorageError) as info:
        services.backups.daily()
    assert info.value.kind == StorageError.FULL


def test_the_daily_backup_lets_a_bug_through(services, account, monkeypatch):
    def broken(store):
        raise sqlite3.ProgrammingError("Cannot operate on a closed database.")

    monkeypatch.setattr(backups_module, "make_daily_backup", broken)
    with pytest.raises(sqlite3.ProgrammingError):
        services.backups.daily()


def test_the_daily_backup_is_made_once(services, account):
    made = services.backups.daily()
    assert made is not None and made.exists()
    assert services.backups.daily() is None  # the same day


def test_a_member_is_made_once_per_services(services, db_path):
    assert services.reassign is services.reassign
    other = Services.open(str(db_path))
    try:
        assert other.reassign is not services.reassign and other.reassign.actor == other.actor
    finally:
        other.close()
