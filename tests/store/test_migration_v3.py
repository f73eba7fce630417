"""Version 3 (m003): the rules hold whatever the pragma; the upgrade from version 2 keeps
every row, including rows version 2 let through."""

from __future__ import annotations

import sqlite3

import pytest
from peewee import SqliteDatabase

from contact_manager.domain.roles import Role
from contact_manager.services import Services
from contact_manager.store import migrations as m
from contact_manager.store.migrations import LATEST_VERSION, schema_version
from tests.store.test_migrations import build, fill_v1, read, upgraded, upgrading

NEW_TRIGGERS = {
    "role_assignment_rules_insert",
    "role_assignment_rules_update",
    "role_assignment_keep_primary",
    "app_user_keep_holder",
    "app_user_holder_stays",
    "app_user_email_key_insert",
    "app_user_email_key_update",
    "history_keep_rows",
    "account_delete_everything",
}


def fill_v2(db):
    """The data of version 1, plus what versions 1 and 2 let a raw write do."""
    fill_v1(db)
    run = db.execute_sql
    run(
        "INSERT INTO app_user (id, account_id, first_name, last_name, email, email_key) "
        "VALUES (4, 1, 'Paolo', 'Neri', 'PAOLO@acme.example', 'PAOLO@acme.example')"
    )
    run("INSERT INTO role_assignment (account_id, role, slot, user_id) VALUES (1, 'billing', 1.5, 4)")
    run(
        "INSERT INTO history (account_id, at, actor, action, subject) "
        "VALUES (1, '2025-02-03T09:00:00+00:00', 'old-admin', 'user.add', 'PAOLO@acme.example')"
    )


@pytest.fixture
def v2_file(tmp_path):
    path = tmp_path / "v2.db"
    db = build(path, 1)
    fill_v2(db)  # version 1's rows, a deactivated billing contact among them, then version 2
    m.m002_guard_holders_and_history(db)
    db.execute_sql("PRAGMA user_version = 2")
    db.close()
    return path


def triggers(connection):
    return {row[0] for row in connection.execute("SELECT name FROM sqlite_master WHERE type = 'trigger'")}


def test_version_3_guards_the_rules_and_version_4_adds_the_notice_language():
    assert LATEST_VERSION >= 4
    assert m.MIGRATIONS[2].apply is m.m003_guard_rules_whatever_the_pragma
    assert m.MIGRATIONS[3].apply is m.m004_notice_language


def test_version_4_gives_every_account_english_notices_and_refuses_another_language(v2_file):
    Services.open(str(v2_file), actor="tester").close()
    connection = sqlite3.connect(v2_file)
    try:
        assert connection.execute("SELECT DISTINCT notice_language FROM account").fetchall() == [("en",)]
        with pytest.raises(sqlite3.IntegrityError):
            connection.execute("UPDATE account SET notice_language = 'fr'")
    finally:
        connection.close()


def test_from_version_2_keeps_every_row_and_backs_up_first(v2_file):
    with upgrading(v2_file, 2) as (services, before):
        store = services.store
        assert read(v2_file)[0] == upgraded(before)
        backup = store.last_backup
        assert ".v2-backup-" in backup.name and read(backup) == (before, 2)
        # rows version 2 let through are kept and still read; the app flags, never rewrites
        sheet = services.contacts.sheet(1)
        assert [p.email for p in sheet.billing] == [
            "luca@acme.example",
            "marta@acme.example",
            "PAOLO@acme.example",
        ]
        assert sheet.primary.email == "anna@acme.example"
        # and every use case still works on the upgraded file
        services.contacts.set_primary(1, 3)
        services.contacts.set_security_email(1, "desk@partner.example")
        services.users.edit(1, 4, first_name="Paolo", last_name="Neri", email="paolo@acme.example")
        assert services.contacts.sheet(1).primary.user_id == 3
        assert services.users.get(1, 4).email == "paolo@acme.example"


@pytest.mark.parametrize("foreign_keys", [0, 1])
def test_the_upgraded_file_refuses_raw_rule_breaking_writes(v2_file, foreign_keys):
    Services.open(str(v2_file), actor="tester").close()
    connection = sqlite3.connect(v2_file, isolation_level=None)
    connection.execute(f"PRAGMA foreign_keys = {foreign_keys}")
    try:
        assert triggers(connection) >= NEW_TRIGGERS
        for statement in (
            "INSERT INTO role_assignment (account_id, role, slot, user_id) VALUES (1, 'billing', 2.5, 3)",
            "UPDATE role_assignment SET external_email = 'not an address' WHERE role = 'security'",
            "DELETE FROM role_assignment WHERE role = 'primary'",
            "DELETE FROM app_user WHERE id = 1",
            "DELETE FROM history",
            "UPDATE history SET actor = 'rewritten'",
            "INSERT INTO app_user (account_id, first_name, last_name, email, email_key) "
            "VALUES (1, 'Anna', 'Bis', 'ANNA@acme.example', 'ANNA@acme.example')",
            "INSERT INTO role_assignment (account_id, role, user_id) VALUES (1, 'onboarding', 99)",
            "UPDATE app_user SET active = 0 WHERE id = 3",
        ):
            with pytest.raises(sqlite3.IntegrityError):
                connection.execute(statement)
    finally:
        connection.close()


def test_m003_alone_on_a_version_2_database(v2_file):
    db = SqliteDatabase(str(v2_file))
    db.execute_sql("DELETE FROM role_assignment WHERE role = 'primary'")  # version 2 could
    m.m003_guard_rules_whatever_the_pragma(db)
    connection = db.connection()
    assert triggers(connection) - NEW_TRIGGERS == {
        "role_assignment_active_insert",
        "role_assignment_active_update",
        "app_user_deactivate_holder",
        "history_append_only",
    }
    db.execute_sql("INSERT INTO role_assignment (account_id, role, user_id) VALUES (1, 'primary', 3)")
    with pytest.raises(Exception, match="replaced, not removed"):
        db.execute_sql("DELETE FROM role_assignment WHERE role = 'primary'")
    assert schema_version(db) == 2  # the version is migrate's business
    db.close()


def test_an_upgraded_account_is_deleted_whole(v2_file):
    services = Services.open(str(v2_file), actor="tester")
    try:
        services.accounts.delete(1)
        assert services.accounts.list() == []
    finally:
        services.close()
    connection = sqlite3.connect(v2_file)
    try:
        for table in ("account", "app_user", "role_assignment", "history"):
            assert connection.execute(f"SELECT count(*) FROM {table}").fetchone() == (0,)
    finally:
        connection.close()


def test_the_primary_contact_is_replaced_not_deleted_by_the_upgraded_app(v2_file):
    services = Services.open(str(v2_file), actor="tester")
    try:
        sheet = services.contacts.set_role(1, Role.PRIMARY, 3)
        assert sheet.primary.user_id == 3
        assert services.history.list(1, limit=1)[0].new_value == "Marta Verdi <marta@acme.example>"
    finally:
        services.close()
