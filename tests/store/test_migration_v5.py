"""Version 5: the index the History tab's role filter reads from."""

from __future__ import annotations

import sqlite3

from contact_manager.services import Services
from contact_manager.store import migrations as m


def test_version_5_adds_the_role_index_to_a_version_4_file(tmp_path):
    path = tmp_path / "v4.db"
    services = Services.open(str(path), actor="tester")
    account = services.accounts.create("Acme")
    services.users.add(account.id, "Anna", "Rossi", "anna@acme.example")
    services.close()
    with sqlite3.connect(path) as con:  # back to version 4, as an older release left it
        con.execute("DROP INDEX history_account_role")
        for trigger in ("history_text_add", "history_text_remove"):  # and what version 6 made
            con.execute(f"DROP TRIGGER {trigger}")
        con.execute("DROP TABLE history_text")
        con.execute("PRAGMA user_version = 4")
    con.close()
    before = sqlite3.connect(path).execute("SELECT * FROM history ORDER BY id").fetchall()

    services = Services.open(str(path), actor="tester")
    try:
        db = services.store.db
        assert m.schema_version(db) == m.LATEST_VERSION  # and any step after 5
        assert db.execute_sql("SELECT * FROM history ORDER BY id").fetchall() == before
        plan = db.execute_sql(
            "EXPLAIN QUERY PLAN SELECT id FROM history WHERE account_id = 1 AND role = 'billing' "
            "ORDER BY id DESC LIMIT 10"
        ).fetchall()
        assert "history_account_role" in " ".join(str(row[-1]) for row in plan)
    finally:
        services.close()
