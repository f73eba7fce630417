"""Database files damaged on purpose, as a hostile backup or another program would leave them."""

from __future__ import annotations

import sqlite3
import subprocess
import sys
from pathlib import Path

from contact_manager.domain.roles import Role
from contact_manager.services import Services
from contact_manager.store.migrations import LATEST_VERSION


def ours(path: Path) -> Path:
    """A real database: the account Acme, three users, Anna the primary contact."""
    services = Services.open(str(path), actor="tester")
    try:
        account = services.accounts.create("Acme")
        for first in ("Anna", "Luca", "Marta"):
            services.users.add(account.id, first, "Rossi", f"{first.lower()}@acme.example")
        services.contacts.set_role_by_email(account.id, Role.PRIMARY, "anna@acme.example")
    finally:
        services.close()
    return path


def run_sql(path: Path, *statements: str, writable_schema: bool = False) -> Path:
    connection = sqlite3.connect(path)
    try:
        if writable_schema:
            connection.execute("PRAGMA writable_schema = 1")
        for statement in statements:
            connection.execute(statement)
        connection.commit()
    finally:
        connection.close()
    return path


def zz_wipe(path: Path) -> Path:
    """A trigger that deletes every role on the next insert of a user."""
    return run_sql(
        ours(path),
        "CREATE TRIGGER zz_wipe AFTER INSERT ON app_user BEGIN DELETE FROM role_assignment; END",
    )


def unknown_function(path: Path) -> Path:
    """A trigger calling a function no program has: every later write would crash."""
    return run_sql(
        ours(path),
        "CREATE TRIGGER zz_crash BEFORE INSERT ON history BEGIN SELECT no_such_function(NEW.id); END",
    )


def view(path: Path) -> Path:
    return run_sql(ours(path), "CREATE VIEW everyone AS SELECT email FROM app_user")


def extra_table(path: Path) -> Path:
    return run_sql(ours(path), "CREATE TABLE stash (secret TEXT)")


def weakened(path: Path) -> Path:
    """The CHECKs of role_assignment gone; four billing rows and a deactivated holder written."""
    ours(path)
    connection = sqlite3.connect(path)
    sql = connection.execute("SELECT sql FROM sqlite_master WHERE name = 'role_assignment'").fetchone()[0]
    connection.close()
    plain = sql.replace("CHECK (slot = 0 OR (role = 'billing' AND slot BETWEEN 0 AND 2))", "")
    run_sql(
        path,
        "UPDATE sqlite_master SET sql = ? WHERE name = 'role_assignment'".replace("?", _quote(plain)),
        writable_schema=True,
    )
    statements = [
        "INSERT INTO app_user (account_id, first_name, last_name, email, email_key, active) "
        f"VALUES (1, 'B{n}', 'B', 'b{n}@acme.example', 'b{n}@acme.example', 1)"
        for n in range(4)
    ]
    statements += [
        "INSERT INTO role_assignment (account_id, role, slot, user_id) "
        f"VALUES (1, 'billing', {n + 0.5}, {n + 4})"
        for n in range(4)
    ]
    return behind_a_trigger(path, "role_assignment_rules_insert", *statements)


# Each file whose schema is not ours, and the words that name what is wrong with it.
HOSTILE = [
    (zz_wipe, "it contains a trigger this app does not make: zz_wipe"),
    (unknown_function, "it contains a trigger this app does not make: zz_crash"),
    (view, "it contains a view this app does not make: everyone"),
    (extra_table, "it contains a table this app does not make: stash"),
    (weakened, "its table role_assignment lacks the rule check (slot = 0 or (role = 'billing'"),
]


def behind_a_trigger(path: Path, trigger: str, *statements: str) -> Path:
    """Run ``statements`` with ``trigger`` dropped, then put the trigger back as it was."""
    connection = sqlite3.connect(path)
    sql = connection.execute("SELECT sql FROM sqlite_master WHERE name = ?", (trigger,)).fetchone()[0]
    connection.close()
    return run_sql(path, f"DROP TRIGGER {trigger}", *statements, sql)


def _quote(text: str) -> str:
    return "'" + text.replace("'", "''") + "'"


def foreign(path: Path, version: int = 1) -> Path:
    """Another program's SQLite file that happens to set user_version."""
    return run_sql(
        path,
        "CREATE TABLE notes (body TEXT)",
        "INSERT INTO notes VALUES ('keep me')",
        f"PRAGMA user_version = {version}",
    )


def foreign_application(path: Path) -> Path:
    """Our schema, but marked as another program's file."""
    return run_sql(ours(path), "PRAGMA application_id = 1234")


def newer_with_wal(path: Path) -> Path:
    """A newer version's upgrade, committed into the -wal only: the process died before a checkpoint."""
    ours(path)
    script = (
        "import os, sqlite3, sys\n"
        "c = sqlite3.connect(sys.argv[1], isolation_level=None)\n"
        "c.execute('PRAGMA journal_mode = wal')\n"
        "c.execute('PRAGMA wal_autocheckpoint = 0')\n"
        "c.execute('BEGIN')\n"
        "c.execute('CREATE TABLE future (x)')\n"
        f"c.execute('PRAGMA user_version = {LATEST_VERSION + 1}')\n"
        "c.execute('COMMIT')\n"
        "os._exit(0)\n"
    )
    subprocess.run([sys.executable, "-c", script, str(path)], check=True)
    return path


def files(folder: Path) -> dict[str, bytes]:
    """Every file in ``folder`` and its bytes."""
    return {item.name: item.read_bytes() for item in sorted(folder.iterdir()) if item.is_file()}
