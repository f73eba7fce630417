"""Schema versions: upgrades from every earlier version, each migration alone, refusals."""

from __future__ import annotations

import sqlite3
from contextlib import contextmanager

import peewee
import pytest
from peewee import SqliteDatabase

from contact_manager.domain.roles import Role
from contact_manager.services import Services
from contact_manager.store import migrations as m
from contact_manager.store.connection import Store
from contact_manager.store.errors import StorageError
from contact_manager.store.migrations import LATEST_VERSION, MIGRATIONS, Migration, migrate, schema_version
from tests.store import damaged


def build(path, version):
    """A database file at schema ``version``, made by applying only the first migrations."""
    db = SqliteDatabase(str(path))
    db.connect()
    for migration in MIGRATIONS[:version]:
        migration.apply(db)
        db.execute_sql(f"PRAGMA user_version = {migration.version}")
    return db


def fill_v1(db):
    """Data as version 1 allowed it, including a deactivated user who holds a role."""
    run = db.execute_sql
    run(
        "INSERT INTO account (id, name, name_key, version, created_at) "
        "VALUES (1, 'Acme', 'acme', 7, '2025-01-02')"
    )
    users = [
        (1, "Anna", "Rossi", "anna@acme.example", 1),
        (2, "Luca", "Bianchi", "luca@acme.example", 0),
        (3, "Marta", "Verdi", "marta@acme.example", 1),
    ]
    for uid, first, last, email, active in users:
        run(
            "INSERT INTO app_user (id, account_id, first_name, last_name, email, email_key, active) "
            "VALUES (?, 1, ?, ?, ?, ?, ?)",
            (uid, first, last, email, email.casefold(), active),
        )
    for role, slot, uid, external in [
        ("primary", 0, 1, None),
        ("billing", 0, 2, None),  # deactivated, yet a billing contact: v1 allowed it
        ("billing", 1, 3, None),
        ("security", 0, None, "guard@partner.example"),
    ]:
        run(
            "INSERT INTO role_assignment (account_id, role, slot, user_id, external_email) "
            "VALUES (1, ?, ?, ?, ?)",
            (role, slot, uid, external),
        )
    run(
        "INSERT INTO history (account_id, at, actor, action, role, old_value, new_value) "
        "VALUES (1, '2025-01-02T10:00:00+00:00', 'old-admin', 'contact.set', 'primary', NULL, 'Anna')"
    )


def snapshot(connection):
    tables = ("account", "app_user", "role_assignment", "history")
    return {t: connection.execute(f"SELECT * FROM {t} ORDER BY id").fetchall() for t in tables}


def upgraded(rows):
    """``rows`` as version 4 reads them: each account gains its notice language, English."""
    return {**rows, "account": [(*row, "en") for row in rows["account"]]}


def read(path):
    connection = sqlite3.connect(path)
    try:
        return snapshot(connection), connection.execute("PRAGMA user_version").fetchone()[0]
    finally:
        connection.close()


@contextmanager
def upgrading(path, version):
    """Opens a file of schema ``version`` through the services, which upgrade it to the latest;
    yields them and the rows from before."""
    before, found = read(path)
    assert found == version
    services = Services.open(str(path), actor="tester")
    try:
        assert schema_version(services.store.db) == LATEST_VERSION
        yield services, before
    finally:
        services.close()


@pytest.fixture
def v1_file(tmp_path):
    path = tmp_path / "old.db"
    db = build(path, 1)
    fill_v1(db)
    db.close()
    return path


def test_the_migrations_are_numbered_in_order():
    assert [mig.version for mig in MIGRATIONS] == list(range(1, LATEST_VERSION + 1))
    assert [mig.name for mig in MIGRATIONS] == [
        "m001_initial",
        "m002_guard_holders_and_history",
        "m003_guard_rules_whatever_the_pragma",
        "m004_notice_language",
        "m005_history_by_role",
        "m006_history_text",
        "m007_security_changes",
    ]


@pytest.mark.parametrize("create", [True, False])
def test_from_version_0_an_empty_or_missing_file(tmp_path, create):
    path = tmp_path / "fresh.db"
    if create:
        path.touch()
    store = Store.open(path)
    try:
        assert schema_version(store.db) == LATEST_VERSION
        assert store.last_backup is None  # nothing to back up
    finally:
        store.close()
    assert list(tmp_path.iterdir()) == [path]


def test_from_version_1_keeps_every_row_and_backs_up_first(v1_file):
    with upgrading(v1_file, 1) as (services, before):
        store = services.store
        after = snapshot(store.db.connection())
        assert after == upgraded(before)
        sheet = services.contacts.sheet(1)
        assert sheet.version == 7
        assert sheet.primary.email == "anna@acme.example"
        assert [(p.email, p.active) for p in sheet.billing] == [
            ("luca@acme.example", False),
            ("marta@acme.example", True),
        ]
        assert sheet.others[Role.SECURITY].external
        backup = store.last_backup
        assert backup is not None and backup.exists() and backup.parent == v1_file.parent
        assert ".v1-backup-" in backup.name
        assert read(backup) == (before, 1)
        # the upgraded schema guards from now on
        with pytest.raises(peewee.IntegrityError):
            store.db.execute_sql("UPDATE app_user SET active = 0 WHERE id = 3")


def test_opening_an_up_to_date_database_makes_no_backup(v1_file):
    Store.open(v1_file).close()
    files = set(v1_file.parent.iterdir())
    store = Store.open(v1_file)
    store.close()
    assert store.last_backup is None
    assert set(v1_file.parent.iterdir()) == files


def test_m001_initial_on_an_empty_database(tmp_path):
    db = SqliteDatabase(str(tmp_path / "a.db"))
    m.m001_initial(db)
    names = {row[0] for row in db.execute_sql("SELECT name FROM sqlite_master WHERE type = 'table'")}
    assert names == {"account", "app_user", "role_assignment", "history"}
    assert schema_version(db) == 0  # the version is migrate's business
    db.close()


def test_m002_adds_the_guards_to_a_version_1_database(v1_file):
    db = SqliteDatabase(str(v1_file))
    db.execute_sql("UPDATE history SET actor = 'rewritten' WHERE id = 1")  # v1 could
    m.m002_guard_holders_and_history(db)
    triggers = {row[0] for row in db.execute_sql("SELECT name FROM sqlite_master WHERE type = 'trigger'")}
    assert triggers == {
        "role_assignment_active_insert",
        "role_assignment_active_update",
        "app_user_deactivate_holder",
        "history_append_only",
    }
    with pytest.raises(peewee.IntegrityError, match="append-only"):
        db.execute_sql("UPDATE history SET actor = 'again' WHERE id = 1")
    with pytest.raises(peewee.IntegrityError, match="deactivated"):
        db.execute_sql("UPDATE app_user SET active = 0 WHERE id = 1")
    with pytest.raises(peewee.IntegrityError, match="deactivated"):
        db.execute_sql("INSERT INTO role_assignment (account_id, role, user_id) VALUES (1, 'onboarding', 2)")
    # the deactivated holder written under v1 stays: the app flags it rather than changing it
    assert db.execute_sql("SELECT count(*) FROM role_assignment WHERE user_id = 2").fetchone() == (1,)
    db.close()


def refused_untouched(path, kind, *statements):
    """Runs ``statements`` on the file, opens it, and returns the refusal of ``kind``; the file
    is left byte for byte."""
    damaged.run_sql(path, *statements)
    content = path.read_bytes()
    with pytest.raises(StorageError) as info:
        Store.open(path)
    assert info.value.kind == kind
    assert path.read_bytes() == content
    return info.value


def test_a_database_from_a_newer_version_is_refused_untouched(tmp_path):
    path = tmp_path / "newer.db"
    error = refused_untouched(
        path,
        StorageError.NEWER,
        "CREATE TABLE future (x)",
        "INSERT INTO future VALUES (42)",
        f"PRAGMA user_version = {LATEST_VERSION + 1}",
    )
    assert "newer version" in error.message and str(path) in error.message
    assert list(tmp_path.iterdir()) == [path]


def test_a_newer_wal_database_is_refused_untouched(tmp_path):
    path = tmp_path / "newer-wal.db"
    Store.open(path).close()
    refused_untouched(path, StorageError.NEWER, f"PRAGMA user_version = {LATEST_VERSION + 5}")


def failing(db):
    db.execute_sql("CREATE TABLE half_done (x)")
    raise RuntimeError("migration bug")


def test_a_failed_migration_leaves_the_old_version_and_data(v1_file):
    before, _ = read(v1_file)
    db = SqliteDatabase(str(v1_file))
    db.connect()
    backups = []
    with pytest.raises(RuntimeError, match="migration bug"):
        migrate(db, v1_file, (*MIGRATIONS, Migration(LATEST_VERSION + 1, failing)), backup=backups.append)
    assert schema_version(db) == 1
    tables = {row[0] for row in db.execute_sql("SELECT name FROM sqlite_master")}
    assert "half_done" not in tables
    assert "history_append_only" not in tables  # m002 was rolled back with the rest
    db.close()
    assert read(v1_file) == (before, 1)
    assert len(backups) == 1 and ".v1-backup-" in backups[0].name


def test_migrate_returns_the_backup_path_it_asked_for(v1_file):
    db = SqliteDatabase(str(v1_file))
    db.connect()
    asked = []
    copy = migrate(db, v1_file, backup=asked.append)
    db.close()
    assert asked == [copy]
    assert copy.name.startswith("old.v1-backup-") and copy.suffix == ".db"


def test_another_programs_database_is_refused_untouched(tmp_path):
    """An SQLite file with tables but no schema version is someone else's: not ours to change."""
    path = tmp_path / "other-app.sqlite"
    error = refused_untouched(
        path,
        StorageError.NOT_A_DATABASE,
        "CREATE TABLE notes (body TEXT)",
        "INSERT INTO notes VALUES ('keep me')",
    )
    assert "is not a Contact Manager database" in error.message
    assert list(tmp_path.iterdir()) == [path]


def test_a_directory_cannot_be_opened(tmp_path):
    with pytest.raises(StorageError) as info:
        Store.open(tmp_path)
    assert info.value.kind == StorageError.CANNOT_OPEN


def test_the_schema_accepts_exactly_the_current_roles(tmp_path):
    """A Role added to the domain must come with a migration that lets the schema store it."""
    import re

    from contact_manager.domain.roles import Role

    path = tmp_path / "roles.db"
    Store.open(str(path)).close()
    connection = sqlite3.connect(path)
    try:
        tables = dict(connection.execute("SELECT name, sql FROM sqlite_master WHERE type = 'table'"))
    finally:
        connection.close()
    for table in ("role_assignment", "history"):
        lists = re.findall(r"role IN \(([^)]*)\)", tables[table])
        assert lists, table
        for found in lists:
            assert set(re.findall(r"'([a-z_]+)'", found)) == {role.value for role in Role}, table
