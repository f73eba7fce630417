"""The person filter on a server: ILIKE, served by the pg_trgm index of migration 6 when the
server has the extension (the test server does), with the rows a sequential scan finds."""

from __future__ import annotations

from contact_manager.services import Services
from contact_manager.store import history_reads


def test_the_trigram_index_finds_the_rows_a_scan_finds(pg_url):
    services = Services.open(pg_url)
    try:
        account = services.accounts.create("Acme")
        for n in range(60):
            services.users.add(
                account.id, "Anna", ["Rossi", "Bianchi", "ROSSETTI"][n % 3], f"a{n}@acme.example"
            )
        db = services.store.db
        assert db.execute_sql("SELECT 1 FROM pg_indexes WHERE indexname = 'history_text'").fetchone()
        connection = services.store.reading_connection()

        def read(needle, scan):
            db.execute_sql(f"SET enable_seqscan = {'on' if scan else 'off'}")
            db.execute_sql("SET enable_indexscan = off")  # the keyset index too: a bitmap or a scan
            db.execute_sql(f"SET enable_bitmapscan = {'off' if scan else 'on'}")
            sql, params = history_reads.page_sql(account.id, None, 500, None, needle, server=True)
            plan = " ".join(row[0] for row in db.execute_sql("EXPLAIN " + sql.replace("?", "%s"), params))
            return history_reads.read_page(connection, account.id, None, 500, None, needle), plan

        for needle in ("rossi", "ROSSI", "a1", "acme.example", "nobody"):
            scanned, scan_plan = read(needle, scan=True)
            indexed, _plan = read(needle, scan=False)
            assert indexed == scanned, needle
            assert "history_text" not in scan_plan
        # the filter's ILIKE is one the index serves (the planner picks it for a large history)
        db.execute_sql("SET enable_seqscan = off")
        ilike = " OR ".join(f"{column} ILIKE '%%rossi%%'" for column in ("subject", "old_value", "new_value"))
        plan = " ".join(row[0] for row in db.execute_sql(f"EXPLAIN SELECT id FROM history WHERE {ilike}"))
        assert "history_text" in plan
        assert len(read("ross", scan=False)[0]) == 40  # the user.add rows of Rossi and ROSSETTI
    finally:
        services.close()
