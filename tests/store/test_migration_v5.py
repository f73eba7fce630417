"""Version 5: the index the History tab's role filter reads from."""

from __future__ import annotations

from contact_manager.services import Services
from contact_manager.store import migrations as m
from tests.store.older_files import older_file


def test_version_5_adds_the_role_index_to_a_version_4_file(tmp_path):
    path = tmp_path / "v4.db"
    _, before = older_file(path, 4)
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
