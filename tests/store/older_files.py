"""A database file as an older release left it, for the tests of one migration step."""

from __future__ import annotations

import sqlite3
from pathlib import Path

from contact_manager.services import Services

# What each step made that an older file does not have yet, newest first: the statements
# taking a file of the current version back to the version before that step.
UNDO_STEP = {
    7: ("DROP INDEX history_person_replace",),
    6: ("DROP TRIGGER history_text_add", "DROP TRIGGER history_text_remove", "DROP TABLE history_text"),
    5: ("DROP INDEX history_account_role",),
}


def older_file(path: Path, version: int) -> tuple[int, list[tuple]]:
    """Make ``path`` a file of schema ``version`` with one account (Acme) and one user (Anna
    Rossi): return the account's id and every history row, as they must stay."""
    services = Services.open(str(path), actor="tester")
    account = services.accounts.create("Acme")
    services.users.add(account.id, "Anna", "Rossi", "anna@acme.example")
    services.close()
    with sqlite3.connect(path) as con:
        for step in sorted(UNDO_STEP, reverse=True):
            if step > version:
                for statement in UNDO_STEP[step]:
                    con.execute(statement)
        con.execute(f"PRAGMA user_version = {version}")
    con.close()
    return account.id, sqlite3.connect(path).execute("SELECT * FROM history ORDER BY id").fetchall()
