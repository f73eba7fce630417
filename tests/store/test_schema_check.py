"""A database is accepted only when its schema is exactly ours; every other file is left as it was."""

from __future__ import annotations

import sqlite3

import pytest
from peewee import SqliteDatabase

from contact_manager.domain.roles import Role
from contact_manager.services import Services
from contact_manager.services.backups import BackupService, check_backup
from contact_manager.store import schema, snapshot
from contact_manager.store.connection import Store
from contact_manager.store.errors import StorageError
from contact_manager.store.migrations import LATEST_VERSION, MIGRATIONS, Migration
from contact_manager.store.schema import APPLICATION_ID, UnexpectedSchema
from tests.store import damaged


def header(path):
    connection = sqlite3.connect(path)
    try:
        return schema.header(connection)
    finally:
        connection.close()


def test_a_new_database_is_marked_as_ours_and_has_exactly_the_expected_schema(tmp_path):
    path = damaged.ours(tmp_path / "c.db")
    assert header(path) == (LATEST_VERSION, APPLICATION_ID)
    connection = sqlite3.connect(path)
    try:
        assert schema.objects(connection) == schema.expected(LATEST_VERSION)
    finally:
        connection.close()


def test_an_old_database_of_ours_is_still_backed_up_upgraded_and_marked(tmp_path):
    path = tmp_path / "old.db"
    db = SqliteDatabase(str(path))
    db.connect()
    MIGRATIONS[0].apply(db)
    db.execute_sql("PRAGMA user_version = 1")  # as version 1 left it: no application id
    db.execute_sql("INSERT INTO account (name, name_key, created_at) VALUES ('Old', 'old', '2025-01-01')")
    db.close()
    store = Store.open(path)
    try:
        assert store.last_backup is not None and ".v1-backup-" in store.last_backup.name
    finally:
        store.close()
    assert header(store.last_backup) == (1, 0)  # the copy is the file as it was
    assert header(path) == (LATEST_VERSION, APPLICATION_ID)
    Store.open(path).close()  # and the upgraded file is accepted


@pytest.mark.parametrize(("make", "named"), damaged.HOSTILE)
def test_a_schema_that_is_not_ours_is_refused_by_name_and_left_as_it_was(tmp_path, make, named):
    path = make(tmp_path / "hostile.db")
    before = damaged.files(tmp_path)
    with pytest.raises(UnexpectedSchema) as refused:
        Store.open(path)
    assert refused.value.kind == StorageError.NOT_A_DATABASE
    assert named in refused.value.message and str(path) in refused.value.message
    assert "The file has not been changed." in refused.value.message
    assert damaged.files(tmp_path) == before


def test_a_missing_trigger_and_an_altered_one_are_named(tmp_path):
    path = damaged.run_sql(
        damaged.ours(tmp_path / "c.db"),
        "DROP TRIGGER history_append_only",
        "DROP TRIGGER app_user_deactivate_holder",
        "CREATE TRIGGER app_user_deactivate_holder BEFORE UPDATE OF active ON app_user BEGIN SELECT 1; END",
    )
    with pytest.raises(UnexpectedSchema) as refused:
        Store.open(path)
    texts = [finding.text for finding in refused.value.findings]
    assert "it lacks the trigger history_append_only that this app makes" in texts
    assert "its trigger app_user_deactivate_holder is not defined as this app defines it" in texts


@pytest.mark.parametrize("version", [1, 2])
def test_another_programs_file_with_a_version_is_not_ours(tmp_path, version):
    path = damaged.foreign(tmp_path / "notes.sqlite", version)
    before = damaged.files(tmp_path)
    with pytest.raises(StorageError) as refused:
        Store.open(path)
    assert refused.value.kind == StorageError.NOT_A_DATABASE
    assert "is not a Contact Manager database" in refused.value.message
    assert damaged.files(tmp_path) == before  # no WAL switch, no -wal, no .v1-backup- beside it


def test_a_foreign_application_id_is_refused(tmp_path):
    path = damaged.foreign_application(tmp_path / "c.db")
    before = damaged.files(tmp_path)
    with pytest.raises(StorageError) as refused:
        Store.open(path)
    assert "is not a Contact Manager database" in refused.value.message
    assert damaged.files(tmp_path) == before


def test_a_newer_version_whose_upgrade_is_only_in_the_wal_is_left_untouched(tmp_path):
    path = damaged.newer_with_wal(tmp_path / "c.db")
    assert int.from_bytes(path.read_bytes()[60:64], "big") == LATEST_VERSION  # the file alone looks current
    before = damaged.files(tmp_path)
    assert snapshot.wal_path(path).name in before and before[snapshot.wal_path(path).name]
    with pytest.raises(StorageError) as refused:
        Store.open(path)
    assert refused.value.kind == StorageError.NEWER
    assert damaged.files(tmp_path) == before  # the file and its -wal, byte for byte


def test_reading_a_file_with_a_wal_sees_its_committed_state_and_changes_nothing(tmp_path):
    path = damaged.newer_with_wal(tmp_path / "c.db")
    before = damaged.files(tmp_path)
    with snapshot.reading(path) as connection:
        assert schema.header(connection)[0] == LATEST_VERSION + 1
        assert ("table", "future") in schema.objects(connection)
        assert connection.execute("SELECT count(*) FROM app_user").fetchone() == (3,)
    assert damaged.files(tmp_path) == before


def test_reading_a_wal_mode_file_leaves_no_wal_beside_it(tmp_path):
    path = damaged.ours(tmp_path / "c.db")
    names = sorted(item.name for item in tmp_path.iterdir())
    with snapshot.reading(path) as connection:
        assert connection.execute("SELECT count(*) FROM account").fetchone() == (1,)
    assert sorted(item.name for item in tmp_path.iterdir()) == names == ["c.db"]


def test_checking_a_backup_leaves_nothing_beside_it(tmp_path):
    path = damaged.ours(tmp_path / "backup.db")  # a WAL-mode file, as the backup API copies it
    before = damaged.files(tmp_path)
    assert check_backup(path).accounts == 1
    assert damaged.files(tmp_path) == before


def test_restore_refuses_a_backup_with_a_hostile_trigger(services, account, people, tmp_path, private_home):
    services.contacts.set_role_by_email(account.id, Role.PRIMARY, people[0].email)
    hostile = damaged.zz_wipe(tmp_path / "hostile.db")
    before = damaged.files(tmp_path)
    with pytest.raises(StorageError) as refused:
        BackupService(services.store).restore(hostile)
    assert "it contains a trigger this app does not make: zz_wipe" in refused.value.message
    assert not (private_home / "backups").exists()
    assert damaged.files(tmp_path) == before
    services.users.add(account.id, "Next", "User", "next@acme.example")
    assert services.contacts.sheet(account.id).primary.email == people[0].email


def test_a_file_opened_by_the_window_or_the_cli_is_checked_the_same_way(tmp_path):
    path = damaged.zz_wipe(tmp_path / "hostile.db")
    with pytest.raises(UnexpectedSchema):
        Services.open(str(path))


def test_the_expected_schema_follows_a_new_migration():
    def m900_extra(db):
        db.execute_sql(
            "CREATE TRIGGER new_guard BEFORE DELETE ON history BEGIN SELECT RAISE(ABORT, 'no'); END"
        )

    steps = (*MIGRATIONS, Migration(LATEST_VERSION + 1, m900_extra))
    later = schema.expected(LATEST_VERSION + 1, steps)
    assert ("trigger", "new_guard") in later
    assert ("trigger", "new_guard") not in schema.expected(LATEST_VERSION, steps)
    assert schema.expected(LATEST_VERSION, steps) == schema.expected(LATEST_VERSION)


def test_normalise_ignores_layout_case_and_quoting_but_not_literals():
    assert schema.normalise('CREATE  TABLE "T" (\n  x INT -- note\n)') == schema.normalise(
        "create table t (x int)"
    )
    assert schema.normalise("CHECK (role IN ('primary'))") != schema.normalise("CHECK (role IN ('PRIMARY'))")


def test_restoring_a_good_backup_leaves_nothing_beside_it(services, account, tmp_path):
    folder = tmp_path / "saved"
    copy = services.store.backup_to(folder / "copy.db")  # a WAL-mode file, as the backup API copies it
    before = damaged.files(folder)
    BackupService(services.store).restore(copy)
    assert damaged.files(folder) == before  # no -wal, no -shm beside the source


def test_restore_refuses_rows_written_behind_the_checks(services, account, people, tmp_path):
    copy = services.store.backup_to(tmp_path / "copy.db")
    connection = sqlite3.connect(copy)
    connection.execute("PRAGMA ignore_check_constraints = 1")
    connection.execute("UPDATE role_assignment SET role = 'owner'")
    connection.execute("INSERT INTO role_assignment (account_id, role, user_id) VALUES (1, 'owner', 1)")
    connection.commit()
    connection.close()
    with pytest.raises(StorageError) as refused:
        check_backup(copy)
    assert refused.value.kind == StorageError.NOT_A_DATABASE


def test_an_empty_restore_source_is_refused_and_stays_empty(tmp_path):
    path = tmp_path / "empty.db"
    path.touch()
    with pytest.raises(StorageError) as refused:
        check_backup(path)
    assert refused.value.kind == StorageError.NOT_A_DATABASE
    assert damaged.files(tmp_path) == {"empty.db": b""}
