"""``contact-manager-cli check``: what is wrong in plain words, exit 1; exit 0 when clean."""

from __future__ import annotations

import sqlite3

from tests.cli.helpers import assert_refused
from tests.store import damaged


def test_a_clean_database_passes(cli, tmp_path):
    path = damaged.ours(tmp_path / "c.db")
    before = damaged.files(tmp_path)
    result = cli("check", db=path)
    assert result.code == 0, result
    assert result.out.strip() == f"{path}: no problems found."
    assert result.err == ""
    assert damaged.files(tmp_path) == before


def test_a_hostile_trigger_is_named_in_both_languages(cli, tmp_path):
    path = damaged.zz_wipe(tmp_path / "c.db")
    before = damaged.files(tmp_path)
    result = cli("check", db=path)
    assert result.code == 1
    assert "It contains a trigger this app does not make: zz_wipe." in result.out.splitlines()
    assert result.err.strip() == f"{path}: problems found: 1."
    italian = cli("check", "--lang", "it", db=path)
    assert italian.code == 1
    assert "zz_wipe" in italian.out and "this app does not make" not in italian.out
    assert damaged.files(tmp_path) == before


def test_damaged_rows_are_each_reported(cli, tmp_path):
    path = damaged.weakened(tmp_path / "c.db")
    damaged.run_sql(
        path,
        "UPDATE app_user SET last_name = CAST(x'ff41' AS TEXT) WHERE id = 2",
        "UPDATE account SET reviewed_on = 'last spring'",
        "INSERT INTO history (id, account_id, at, actor, action) "
        "VALUES (99, 1, 'yesterday', 'me', 'user.explode')",
    )
    damaged.behind_a_trigger(
        path, "app_user_deactivate_holder", "UPDATE app_user SET active = 0 WHERE id = 5"
    )
    result = cli("check", db=path)
    assert result.code == 1
    lines = result.out.splitlines()
    assert "Traceback" not in result.err
    expected = [
        "Its table role_assignment lacks the rule check (slot = 0 or (role = 'billing' and slot between 0 "
        "and 2)).",
        "Row 2 of app_user: last_name is not valid text (not UTF-8).",
        "Row 1 of account: reviewed_on is not a date: 'last spring'",
        "Row 99 of history: at is not a date: 'yesterday'",
        "Row 99 of history: action holds a value this app does not know: 'user.explode'",
        "The account 'Acme' has 4 billing contacts; at most 3 are allowed.",
        "Row 2 of role_assignment: the slot 0.5 is not a whole number.",
        "In the account 'Acme', 'b1@acme.example' is deactivated but still holds a role (Billing contact).",
    ]
    for line in expected:
        assert line in lines, (line, lines)


def test_damage_sqlite_finds_is_reported(cli, tmp_path):
    """A CHECK broken behind SQLite's back: integrity_check finds it."""
    path = damaged.ours(tmp_path / "c.db")
    connection = sqlite3.connect(path)
    connection.execute("PRAGMA ignore_check_constraints = 1")
    connection.execute("UPDATE app_user SET active = 7 WHERE id = 3")
    connection.commit()
    connection.close()
    result = cli("check", db=path)
    assert result.code == 1
    assert "SQLite finds the file damaged: CHECK constraint failed in app_user" in result.out.splitlines()


def test_a_missing_row_a_role_points_to_is_reported(cli, tmp_path):
    path = damaged.behind_a_trigger(
        damaged.ours(tmp_path / "c.db"),
        "app_user_keep_holder",
        "PRAGMA foreign_keys = OFF",
        "DELETE FROM app_user WHERE id = 1",
    )
    result = cli("check", db=path)
    assert result.code == 1
    assert "Row 1 of role_assignment refers to a row of app_user that does not exist." in result.out


def test_another_programs_file_is_refused_in_one_line(cli, tmp_path):
    path = damaged.foreign(tmp_path / "notes.sqlite")
    before = damaged.files(tmp_path)
    assert_refused(cli("check", db=path), "is not a Contact Manager database")
    assert damaged.files(tmp_path) == before


def test_a_newer_version_with_a_wal_is_refused_untouched(cli, tmp_path):
    path = damaged.newer_with_wal(tmp_path / "c.db")
    before = damaged.files(tmp_path)
    assert_refused(cli("check", db=path), "newer version")
    assert damaged.files(tmp_path) == before


def test_an_empty_file_is_a_problem_and_stays_empty(cli, tmp_path):
    path = tmp_path / "empty.db"
    path.touch()
    result = cli("check", db=path)
    assert result.code == 1
    assert "The file is empty" in result.out
    assert damaged.files(tmp_path) == {"empty.db": b""}


def test_no_such_file(cli, tmp_path):
    assert_refused(cli("check", db=tmp_path / "nothing.db"), "There is no database at")
    assert not (tmp_path / "nothing.db").exists()
