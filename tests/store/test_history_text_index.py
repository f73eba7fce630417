"""Version 6: the trigram index of the history's texts, which the History tab's person filter
reads instead of every change; it must find exactly the rows a scan finds."""

from __future__ import annotations

import sqlite3

import pytest

from contact_manager.services import Services
from contact_manager.store import history_reads
from contact_manager.store import migrations as m
from tests.store.older_files import older_file

TEXTS = [
    ("anna.rossi@acme.example", None, "Anna Rossi <anna.rossi@acme.example>"),
    ("ANNA.ROSSI@ACME.EXAMPLE", "Anna", "ROSSI"),
    ("luca@acme.example", "Luca Bianchi <luca@acme.example>", "Luca Rossetti <luca@acme.example>"),
    ("u1_x@acme.example", "100% sure", "a_b"),
    ("élise@acme.example", "Élise Dubois", "élise Dubois"),
    ("rossa", None, None),
    ("ros si", "r o s s i", "ro ssi"),
    ("\u212aelvin@acme.example", None, "kelvin"),  # the Kelvin sign folds to k in the index only
]
NEEDLES = [
    *("rossi", "ROSSI", "ross", "anna.r", "100%", "u1_", "a_b", "@acme.", "Dubois", "elvin", "kel"),
    *("ros", "ro ssi", "nobody", "élise", "ss", "r", ""),
]


def history_file(path) -> tuple[sqlite3.Connection, int]:
    """A file with the rows of TEXTS many times over, in two accounts, some with a role."""
    services = Services.open(str(path), actor="tester")
    first = services.accounts.create("Acme").id
    other = services.accounts.create("Other").id
    services.close()
    rows = [
        (account, "2026-01-01T09:00:00+00:00", "admin", "user.edit", role, *texts)
        for n in range(40)
        for account, role in ((first, None), (other, None), (first, "billing"))
        for texts in TEXTS[n % len(TEXTS) :] + TEXTS[: n % len(TEXTS)]
    ]
    con = sqlite3.connect(path)
    with con:
        con.executemany(
            "INSERT INTO history (account_id, at, actor, action, role, subject, old_value, new_value)"
            " VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
            rows,
        )
    history_reads.prepare(con)
    return con, first


def every_page(con, account_id, role, person, *, indexed):
    """Every row the filter keeps, read a page of 7 at a time (so paging is exercised too)."""
    rows, before = [], None
    while True:
        page = history_reads.read_page(con, account_id, before, 7, role, person, indexed=indexed)
        rows += page
        if len(page) < 7:
            return rows
        before = page[-1][0]


@pytest.mark.parametrize("role", [None, "billing"])
def test_the_index_finds_the_rows_a_scan_finds(tmp_path, role):
    con, account_id = history_file(tmp_path / "h.db")
    for needle in NEEDLES:
        scanned = every_page(con, account_id, role, needle, indexed=False)
        assert every_page(con, account_id, role, needle, indexed=True) == scanned, needle
    assert every_page(con, account_id, role, "rossi", indexed=True)  # the needles do find rows


def test_a_text_of_three_ascii_letters_or_more_is_read_through_the_index(tmp_path):
    con, account_id = history_file(tmp_path / "h.db")

    def plan(person):
        sql, params = history_reads.page_sql(account_id, None, 200, None, person)
        return " ".join(str(row[-1]) for row in con.execute(f"EXPLAIN QUERY PLAN {sql}", params))

    assert "history_text" in plan("rossi") and "VIRTUAL TABLE" in plan("rossi")
    assert "history_text" not in plan("ro")  # too short for a trigram: the scan
    assert "history_text" not in plan("élise")  # casefold is Python's: the scan


def test_the_index_follows_new_changes_and_a_deleted_account(tmp_path):
    path = tmp_path / "h.db"
    services = Services.open(str(path), actor="tester")
    try:
        gone = services.accounts.create("Gone")
        services.users.add(gone.id, "Zoe", "Quixote", "zoe.quixote@gone.example")
        kept = services.accounts.create("Kept")
        services.users.add(kept.id, "Zoe", "Quixote", "zoe.quixote@kept.example")
        assert [c.subject for c in services.history.page(kept.id, person="quixote")] == [
            "zoe.quixote@kept.example"
        ]
        services.accounts.delete(gone.id)
        db = services.store.db
        matched = db.execute_sql("SELECT rowid FROM history_text WHERE history_text MATCH ?", ('"xot"',))
        matched_ids = [row[0] for row in matched.fetchall()]
        assert matched_ids == [c.id for c in services.history.page(kept.id, person="quixote")]
        # the index agrees with the rows it was made from (FTS5 raises when it does not)
        db.execute_sql("INSERT INTO history_text (history_text) VALUES ('integrity-check')")
    finally:
        services.close()


def test_version_6_indexes_the_changes_of_a_version_5_file(tmp_path):
    path = tmp_path / "v5.db"
    account_id, before = older_file(path, 5)

    services = Services.open(str(path), actor="tester")
    try:
        assert m.schema_version(services.store.db) == m.LATEST_VERSION
        assert services.store.db.execute_sql("SELECT * FROM history ORDER BY id").fetchall() == before
        assert [c.subject for c in services.history.page(account_id, person="rossi")] == ["anna@acme.example"]
    finally:
        services.close()
