"""The schema refuses what the rules forbid, even for a write that bypasses the services:
through a plain sqlite3 connection, as another program makes it, with ``foreign_keys`` on and
off (off is sqlite3's default for every program but ours)."""

from __future__ import annotations

import sqlite3

import pytest

from contact_manager.domain.roles import Role


@pytest.fixture(params=["foreign_keys_on", "foreign_keys_off"])
def raw(request, services, db_path):
    """Another program's connection to the test database."""
    connection = sqlite3.connect(db_path, isolation_level=None)
    connection.execute(f"PRAGMA foreign_keys = {int(request.param == 'foreign_keys_on')}")
    yield connection
    connection.close()


@pytest.fixture
def sql(raw):
    def run(query, *params):
        return raw.execute(query, params)

    return run


def assign(sql, account_id, role, slot=0, user_id=None, external=None):
    sql(
        "INSERT INTO role_assignment (account_id, role, slot, user_id, external_email) "
        "VALUES (?, ?, ?, ?, ?)",
        account_id,
        role,
        slot,
        user_id,
        external,
    )


def count(sql, table):
    return sql(f"SELECT count(*) FROM {table}").fetchone()[0]


def test_the_apps_connection_enforces_foreign_keys(services):
    assert services.store.db.execute_sql("PRAGMA foreign_keys").fetchone() == (1,)


def test_a_user_of_a_missing_account(sql):
    with pytest.raises(sqlite3.IntegrityError, match="existing account"):
        sql(
            "INSERT INTO app_user (account_id, first_name, last_name, email, email_key) "
            "VALUES (?, ?, ?, ?, ?)",
            999,
            "Ghost",
            "",
            "ghost@x.example",
            "ghost@x.example",
        )


def test_a_valid_raw_assignment_is_accepted(services, sql, account, people):
    """The constraints below fail for the reason tested, not because raw writes never work."""
    assign(sql, account.id, "billing", 2, people[0].user_id)
    assign(sql, account.id, "security", 0, None, "guard@partner.example")
    assert count(sql, "role_assignment") == 2


def test_second_primary(services, sql, account, people):
    services.contacts.set_primary(account.id, people[0].user_id)
    with pytest.raises(sqlite3.IntegrityError, match="UNIQUE"):
        assign(sql, account.id, "primary", 0, people[1].user_id)


@pytest.mark.parametrize("role", ["primary", "security", "decision_maker"])
def test_single_holder_roles_have_no_second_slot(services, sql, account, people, role):
    with pytest.raises(sqlite3.IntegrityError, match="CHECK"):
        assign(sql, account.id, role, 1, people[1].user_id)


@pytest.mark.parametrize("slot", [3, -1])
def test_billing_slot_out_of_range(services, sql, account, people, slot):
    with pytest.raises(sqlite3.IntegrityError, match="CHECK"):
        assign(sql, account.id, "billing", slot, people[0].user_id)


def test_billing_same_user_twice(services, sql, account, people):
    services.contacts.add_billing(account.id, people[0].user_id)
    with pytest.raises(sqlite3.IntegrityError, match="UNIQUE"):
        assign(sql, account.id, "billing", 1, people[0].user_id)


def test_user_and_external_email_together(services, sql, account, people):
    with pytest.raises(sqlite3.IntegrityError, match="CHECK"):
        assign(sql, account.id, "security", 0, people[0].user_id, "guard@partner.example")


def test_neither_user_nor_external_email(services, sql, account):
    with pytest.raises(sqlite3.IntegrityError, match="CHECK"):
        assign(sql, account.id, "security", 0, None, None)


@pytest.mark.parametrize("role", [r.value for r in Role if r is not Role.SECURITY])
def test_external_email_on_a_role_other_than_security(services, sql, account, role):
    with pytest.raises(sqlite3.IntegrityError, match="CHECK"):
        assign(sql, account.id, role, 0, None, "someone@partner.example")


def test_unknown_role(services, sql, account, people):
    with pytest.raises(sqlite3.IntegrityError, match="CHECK"):
        assign(sql, account.id, "mascot", 0, people[0].user_id)


def test_role_for_a_user_of_another_account(services, sql, account, people):
    other = services.accounts.create("Other Ltd")
    stranger = services.users.add(other.id, "Sara", "Costa", "sara@other.example")
    with pytest.raises(sqlite3.IntegrityError, match="user of the same account"):
        assign(sql, account.id, "primary", 0, stranger.user_id)
    services.contacts.set_role(account.id, Role.ONBOARDING, people[0].user_id)
    with pytest.raises(sqlite3.IntegrityError, match="user of the same account"):
        sql("UPDATE role_assignment SET user_id = ? WHERE role = 'onboarding'", stranger.user_id)
    assert services.contacts.sheet(account.id).others[Role.ONBOARDING].user_id == people[0].user_id


def test_role_for_a_missing_user(services, sql, account, people):
    with pytest.raises(sqlite3.IntegrityError, match="user of the same account"):
        assign(sql, account.id, "billing", 0, 999)
    with pytest.raises(sqlite3.IntegrityError, match="existing account"):
        assign(sql, 999, "security", 0, None, "guard@partner.example")
    assert count(sql, "role_assignment") == 0


def test_moving_a_holder_to_another_account(services, sql, account, people):
    services.contacts.set_primary(account.id, people[0].user_id)
    other = services.accounts.create("Other Ltd")
    with pytest.raises(sqlite3.IntegrityError, match="cannot move"):
        sql("UPDATE app_user SET account_id = ? WHERE id = ?", other.id, people[0].user_id)
    with pytest.raises(sqlite3.IntegrityError, match="cannot move"):
        sql("UPDATE app_user SET id = 999 WHERE id = ?", people[0].user_id)


def test_deleting_a_user_who_holds_a_role(services, sql, account, people):
    services.contacts.add_billing(account.id, people[0].user_id)
    services.contacts.set_primary(account.id, people[1].user_id)
    for holder in people[:2]:
        with pytest.raises(sqlite3.IntegrityError, match="holds a role cannot be removed"):
            sql("DELETE FROM app_user WHERE id = ?", holder.user_id)
    assert count(sql, "app_user") == 5


def test_deactivating_a_holder(services, sql, account, people):
    services.contacts.set_role(account.id, Role.TECHNICAL_ADMIN, people[0].user_id)
    with pytest.raises(sqlite3.IntegrityError, match="cannot be deactivated"):
        sql("UPDATE app_user SET active = 0 WHERE id = ?", people[0].user_id)
    assert sql("SELECT active FROM app_user WHERE id = ?", people[0].user_id).fetchone() == (1,)


def test_assigning_a_deactivated_user(services, sql, account, people):
    services.users.deactivate(account.id, people[0].user_id)
    with pytest.raises(sqlite3.IntegrityError, match="deactivated user"):
        assign(sql, account.id, "onboarding", 0, people[0].user_id)
    services.contacts.set_role(account.id, Role.ONBOARDING, people[1].user_id)
    with pytest.raises(sqlite3.IntegrityError, match="deactivated user"):
        sql("UPDATE role_assignment SET user_id = ? WHERE role = 'onboarding'", people[0].user_id)


def test_history_is_append_only(services, sql, account):
    with pytest.raises(sqlite3.IntegrityError, match="append-only"):
        sql("UPDATE history SET actor = 'someone else'")
    assert {c.actor for c in services.history.list(account.id)} == {"tester"}


def test_duplicate_email_key_in_one_account(services, sql, account, people):
    insert = (
        "INSERT INTO app_user (account_id, first_name, last_name, email, email_key) VALUES (?, ?, ?, ?, ?)"
    )
    with pytest.raises(sqlite3.IntegrityError, match="UNIQUE"):
        sql(insert, account.id, "Anna", "Bis", "ANNA.ROSSI@acme.example", "anna.rossi@acme.example")
    other = services.accounts.create("Other Ltd")
    sql(insert, other.id, "Anna", "Bis", "ANNA.ROSSI@acme.example", "anna.rossi@acme.example")


@pytest.mark.parametrize(("column", "value"), [("email", "no-at-sign"), ("first_name", " "), ("active", 2)])
def test_user_columns_are_checked(services, sql, account, people, column, value):
    with pytest.raises(sqlite3.IntegrityError, match="CHECK"):
        if column == "first_name":
            sql("UPDATE app_user SET first_name = ?, last_name = '' WHERE id = ?", value, people[0].user_id)
        elif column == "email":
            sql("UPDATE app_user SET email = ?, email_key = ? WHERE id = ?", value, value, people[0].user_id)
        else:
            sql(f"UPDATE app_user SET {column} = ? WHERE id = ?", value, people[0].user_id)


def test_account_name_is_unique_and_not_blank(services, sql, account):
    with pytest.raises(sqlite3.IntegrityError, match="UNIQUE"):
        sql("INSERT INTO account (name, name_key, created_at) VALUES ('x', ?, '2026-01-01')", "acme s.p.a.")
    with pytest.raises(sqlite3.IntegrityError, match="CHECK"):
        sql("INSERT INTO account (name, name_key, created_at) VALUES ('  ', 'blank', '2026-01-01')")


# --- version 3: the rules hold whatever the pragma ----------------------------------------


@pytest.mark.parametrize("slot", [1.5, 0.5, "one", b"\x01"])
def test_billing_slot_must_be_a_whole_number(services, sql, account, people, slot):
    with pytest.raises(sqlite3.IntegrityError, match="whole number|CHECK"):
        assign(sql, account.id, "billing", slot, people[0].user_id)
    services.contacts.add_billing(account.id, people[0].user_id)
    with pytest.raises(sqlite3.IntegrityError, match="whole number|CHECK"):
        sql("UPDATE role_assignment SET slot = ? WHERE role = 'billing'", slot)
    assert [p.user_id for p in services.contacts.sheet(account.id).billing] == [people[0].user_id]


def test_four_billing_contacts_cannot_be_written(services, sql, account, people):
    for person in people[:3]:
        services.contacts.add_billing(account.id, person.user_id)
    for slot in (1.5, 3, 2.5, -1):
        with pytest.raises(sqlite3.IntegrityError):
            assign(sql, account.id, "billing", slot, people[3].user_id)
    assert len(services.contacts.sheet(account.id).billing) == 3


NOT_ADDRESSES = [
    "no-at-sign",
    "@partner.example",
    "guard@",
    "guard@localhost",
    "guard@@partner.example",
    "guard@desk@partner.example",
    "gu ard@partner.example",
    "guard@partner.example ",
    "guard@partner.example\n",
    "guard\t@partner.example",
    "guard\x1b]0;pwned\x07@partner.example",
    "guard\x00@partner.example",
    "guard\x85@partner.example",
    "guard\u2028@partner.example",
    "guard@.partner.example",
    "guard@partner.example.",
    "g" * 250 + "@partner.example",
    "",
]


@pytest.mark.parametrize("text", NOT_ADDRESSES)
def test_an_outside_security_contact_must_be_an_address(services, sql, account, text):
    with pytest.raises(sqlite3.IntegrityError, match="must be an email address"):
        assign(sql, account.id, "security", 0, None, text)
    services.contacts.set_security_email(account.id, "guard@partner.example")
    with pytest.raises(sqlite3.IntegrityError, match="must be an email address"):
        sql("UPDATE role_assignment SET external_email = ? WHERE role = 'security'", text)
    assert services.contacts.sheet(account.id).others[Role.SECURITY].email == "guard@partner.example"


def test_an_outside_address_must_be_text(services, sql, account):
    with pytest.raises(sqlite3.IntegrityError, match="must be an email address"):
        assign(sql, account.id, "security", 0, None, b"guard@partner.example")


@pytest.mark.parametrize("text", ["guard@partner.example", "sécurité@société.example", "a.b+c@x.y.example"])
def test_outside_addresses_the_app_writes_are_accepted(services, sql, account, text):
    assign(sql, account.id, "security", 0, None, text)
    assert services.contacts.sheet(account.id).others[Role.SECURITY].email == text


def test_the_primary_contacts_row_cannot_be_deleted(services, sql, account, people):
    services.contacts.set_primary(account.id, people[0].user_id)
    for statement in (
        "DELETE FROM role_assignment WHERE role = 'primary'",
        "DELETE FROM role_assignment",
        "UPDATE role_assignment SET role = 'onboarding' WHERE role = 'primary'",
    ):
        with pytest.raises(sqlite3.IntegrityError, match="replaced, not removed"):
            sql(statement)
    other = services.accounts.create("Other Ltd")
    with pytest.raises(sqlite3.IntegrityError, match="replaced, not removed|same account"):
        sql("UPDATE role_assignment SET account_id = ? WHERE role = 'primary'", other.id)
    assert services.contacts.sheet(account.id).primary.user_id == people[0].user_id


def test_other_roles_can_still_be_cleared(services, sql, account, people):
    """Only the primary contact is kept: the schema is not stricter than the rules."""
    services.contacts.set_role(account.id, Role.TECHNICAL_ADMIN, people[0].user_id)
    services.contacts.add_billing(account.id, people[1].user_id)
    sql("DELETE FROM role_assignment WHERE role IN ('technical_admin', 'billing')")
    assert count(sql, "role_assignment") == 0


def test_replacing_the_primary_contact_updates_its_row(services, sql, account, people):
    """The service replaces a holder in place: it needs no delete the schema refuses."""
    services.contacts.set_primary(account.id, people[0].user_id)
    (row_id,) = sql("SELECT id FROM role_assignment WHERE role = 'primary'").fetchone()
    services.contacts.set_primary(account.id, people[1].user_id)
    services.contacts.set_security_email(account.id, "guard@partner.example")
    services.contacts.set_security_email(account.id, people[2].email)
    assert sql("SELECT id, user_id FROM role_assignment WHERE role = 'primary'").fetchall() == [
        (row_id, people[1].user_id)
    ]
    assert services.contacts.sheet(account.id).others[Role.SECURITY].user_id == people[2].user_id


def test_history_rows_cannot_be_deleted(services, sql, account, people):
    before = services.history.list(account.id)
    with pytest.raises(sqlite3.IntegrityError, match="append-only"):
        sql("DELETE FROM history")
    with pytest.raises(sqlite3.IntegrityError, match="append-only"):
        sql("DELETE FROM history WHERE id = (SELECT max(id) FROM history)")
    assert services.history.list(account.id) == before


def test_history_rows_cannot_be_rewritten(services, sql, account):
    with pytest.raises(sqlite3.IntegrityError, match="append-only"):
        sql("UPDATE history SET action = 'user.remove'")
    with pytest.raises(sqlite3.IntegrityError, match="append-only"):
        sql("UPDATE history SET account_id = 999")


INSERT_USER = (
    "INSERT INTO app_user (account_id, first_name, last_name, email, email_key) VALUES (?, ?, ?, ?, ?)"
)


@pytest.mark.parametrize(
    ("email", "key"),
    [
        ("ANNA.ROSSI@acme.example", "ANNA.ROSSI@acme.example"),
        ("Anna.Rossi@acme.example", "Anna.Rossi@acme.example"),
        ("Anna.Rossi@acme.example", "someone.else@acme.example"),
        ("Ànna.Rossi@acme.example", "Ànna.Rossi@acme.example"),
    ],
)
def test_a_case_variant_of_an_address_cannot_be_added_twice(services, sql, account, people, email, key):
    with pytest.raises(sqlite3.IntegrityError, match="email key|UNIQUE"):
        sql(INSERT_USER, account.id, "Anna", "Bis", email, key)
    with pytest.raises(sqlite3.IntegrityError, match="email key|UNIQUE"):
        sql("UPDATE app_user SET email = ?, email_key = ? WHERE id = ?", email, key, people[1].user_id)
    assert count(sql, "app_user") == 5


def test_a_case_variant_with_the_right_key_meets_the_unique_key(services, sql, account, people):
    with pytest.raises(sqlite3.IntegrityError, match="UNIQUE"):
        sql(INSERT_USER, account.id, "Anna", "Bis", "ANNA.Rossi@acme.example", "anna.rossi@acme.example")
    with pytest.raises(sqlite3.IntegrityError, match="email key"):
        sql("UPDATE app_user SET email_key = upper(email_key) WHERE id = ?", people[0].user_id)


def test_the_keys_the_app_writes_are_accepted(services, sql, account):
    """Non-ASCII addresses get their key from Python's casefold, which SQLite can't repeat:
    the schema takes it as long as it holds no ASCII capital."""
    added = services.users.add(account.id, "Élodie", "Roux", "Élodie.ROUX@acme.example")
    assert added.email == "Élodie.ROUX@acme.example"
    sql(INSERT_USER, account.id, "Ugo", "Ünal", "Ugo.Ünal@acme.example", "ugo.ünal@acme.example")
    assert count(sql, "app_user") == 2


def test_an_account_deleted_takes_everything_with_it(services, sql, raw, account, people):
    services.contacts.set_primary(account.id, people[0].user_id)
    services.contacts.add_billing(account.id, people[1].user_id)
    other = services.accounts.create("Other Ltd")
    services.users.add(other.id, "Sara", "Costa", "sara@other.example")
    sql("DELETE FROM account WHERE id = ?", account.id)
    for table in ("role_assignment", "app_user", "history"):
        assert sql(f"SELECT count(*) FROM {table} WHERE account_id = ?", account.id).fetchone() == (0,)
    assert count(sql, "app_user") == 1  # the other account's


def test_the_service_deletes_an_account(services, account, people):
    services.contacts.set_primary(account.id, people[0].user_id)
    services.accounts.delete(account.id)
    assert services.accounts.list() == []
