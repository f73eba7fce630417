"""The schema on the server refuses, by itself, what the SQLite schema refuses: raw SQL on a
plain psycopg connection, no app code in between."""

from __future__ import annotations

import psycopg
import pytest

from tests.pg_databases import admin

ACCOUNT = "INSERT INTO account (name, name_key, created_at) VALUES ('Acme', 'acme', now()) RETURNING id"


@pytest.fixture
def raw(pg_url):
    with admin(pg_url) as connection:
        yield connection


@pytest.fixture
def acme(raw):
    """(account id, [user ids]): an account with three active users, the first its primary."""
    account = raw.execute(ACCOUNT).fetchone()[0]
    users = [
        raw.execute(
            "INSERT INTO app_user (account_id, first_name, last_name, email, email_key) "
            "VALUES (%s, %s, 'X', %s, %s) RETURNING id",
            (account, name, f"{name}@acme.example", f"{name}@acme.example"),
        ).fetchone()[0]
        for name in ("anna", "luca", "marta", "paolo")
    ]
    raw.execute(
        "INSERT INTO role_assignment (account_id, role, user_id) VALUES (%s, 'primary', %s)",
        (account, users[0]),
    )
    return account, users


def refused(raw, sql, params=()):
    with pytest.raises(psycopg.IntegrityError):
        raw.execute(sql, params)


def test_a_deactivated_user_cannot_be_given_a_role(raw, acme):
    account, users = acme
    raw.execute("UPDATE app_user SET active = 0 WHERE id = %s", (users[1],))
    refused(
        raw,
        "INSERT INTO role_assignment (account_id, role, user_id) VALUES (%s, 'onboarding', %s)",
        (account, users[1]),
    )
    raw.execute(
        "INSERT INTO role_assignment (account_id, role, user_id) VALUES (%s, 'onboarding', %s)",
        (account, users[2]),
    )
    refused(raw, "UPDATE role_assignment SET user_id = %s WHERE role = 'onboarding'", (users[1],))


def test_a_holder_cannot_be_deactivated_removed_or_moved(raw, acme):
    account, users = acme
    refused(raw, "UPDATE app_user SET active = 0 WHERE id = %s", (users[0],))
    refused(raw, "DELETE FROM app_user WHERE id = %s", (users[0],))
    other = raw.execute(ACCOUNT.replace("'Acme', 'acme'", "'Other', 'other'")).fetchone()[0]
    refused(raw, "UPDATE app_user SET account_id = %s WHERE id = %s", (other, users[0]))


def test_history_is_never_rewritten_nor_deleted(raw, acme):
    account, _users = acme
    raw.execute(
        "INSERT INTO history (account_id, at, actor, action) VALUES (%s, '2026-01-01', 'me', 'x')", (account,)
    )
    refused(raw, "UPDATE history SET action = 'y'")
    refused(raw, "DELETE FROM history")


def test_history_who_is_the_session_user_whatever_the_client_sends(raw, acme):
    account, _users = acme
    raw.execute(
        "INSERT INTO history (account_id, at, actor, action) VALUES (%s, '2026-01-01', 'somebody', 'x')",
        (account,),
    )
    assert raw.execute("SELECT actor = session_user FROM history").fetchone() == (True,)


def test_the_billing_cap_of_three(raw, acme):
    account, users = acme
    for slot in range(3):
        raw.execute(
            "INSERT INTO role_assignment (account_id, role, slot, user_id) VALUES (%s, 'billing', %s, %s)",
            (account, slot, users[slot]),
        )
    refused(
        raw,
        "INSERT INTO role_assignment (account_id, role, slot, user_id) VALUES (%s, 'billing', 3, %s)",
        (account, users[3]),
    )


def test_an_outside_address_only_for_security_and_only_an_address(raw, acme):
    account, _users = acme
    insert = "INSERT INTO role_assignment (account_id, role, external_email) VALUES (%s, %s, %s)"
    refused(raw, insert, (account, "onboarding", "help@outside.example"))
    for bad in ("no-at-sign", "a@b", "two@@outside.example", "sp ace@outside.example", "a@.outside"):
        refused(raw, insert, (account, "security", bad))
    raw.execute(insert, (account, "security", "soc@outside.example"))


def test_a_holder_must_be_a_user_of_the_same_account(raw, acme):
    _account, users = acme
    other = raw.execute(ACCOUNT.replace("'Acme', 'acme'", "'Other', 'other'")).fetchone()[0]
    refused(
        raw,
        "INSERT INTO role_assignment (account_id, role, user_id) VALUES (%s, 'onboarding', %s)",
        (other, users[1]),
    )


def test_the_primary_contact_is_replaced_never_removed(raw, acme):
    account, users = acme
    refused(raw, "DELETE FROM role_assignment WHERE role = 'primary'")
    refused(raw, "UPDATE role_assignment SET role = 'onboarding' WHERE role = 'primary'")
    raw.execute("UPDATE role_assignment SET user_id = %s WHERE role = 'primary'", (users[1],))


def test_an_email_key_must_be_the_address_in_lower_case(raw, acme):
    account, _users = acme
    refused(
        raw,
        "INSERT INTO app_user (account_id, first_name, last_name, email, email_key) "
        "VALUES (%s, 'A', 'B', 'Ann@acme.example', 'Ann@acme.example')",
        (account,),
    )


def test_deleting_an_account_takes_everything_of_it_along(raw, acme):
    account, _users = acme
    raw.execute(
        "INSERT INTO history (account_id, at, actor, action) VALUES (%s, '2026-01-01', 'me', 'x')", (account,)
    )
    raw.execute("DELETE FROM account WHERE id = %s", (account,))
    for table in ("app_user", "role_assignment", "history"):
        assert raw.execute(f"SELECT count(*) FROM {table}").fetchone() == (0,)


def test_every_change_of_an_account_is_notified_with_its_id(pg_url, acme):
    account, users = acme
    with admin(pg_url) as listener, admin(pg_url) as writer:
        listener.execute("LISTEN contact_manager_changes")
        writer.execute("UPDATE app_user SET job_title = 'CFO' WHERE id = %s", (users[1],))
        writer.execute("UPDATE account SET phone = '1' WHERE id = %s", (account,))
        payloads = {note.payload for note in listener.notifies(timeout=2, stop_after=2)}
    assert payloads == {str(account)}
