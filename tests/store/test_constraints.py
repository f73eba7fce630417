"""The schema refuses what the rules forbid, even for a write that bypasses the services."""

from __future__ import annotations

import peewee
import pytest

from contact_manager.domain.roles import Role


@pytest.fixture
def sql(services):
    def run(query, *params):
        return services.store.db.execute_sql(query, params)

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


def test_foreign_keys_are_on(services, sql):
    assert sql("PRAGMA foreign_keys").fetchone() == (1,)
    with pytest.raises(peewee.IntegrityError, match="FOREIGN KEY"):
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
    with pytest.raises(peewee.IntegrityError, match="UNIQUE"):
        assign(sql, account.id, "primary", 0, people[1].user_id)


@pytest.mark.parametrize("role", ["primary", "security", "decision_maker"])
def test_single_holder_roles_have_no_second_slot(services, sql, account, people, role):
    with pytest.raises(peewee.IntegrityError, match="CHECK"):
        assign(sql, account.id, role, 1, people[1].user_id)


@pytest.mark.parametrize("slot", [3, -1])
def test_billing_slot_out_of_range(services, sql, account, people, slot):
    with pytest.raises(peewee.IntegrityError, match="CHECK"):
        assign(sql, account.id, "billing", slot, people[0].user_id)


def test_billing_same_user_twice(services, sql, account, people):
    services.contacts.add_billing(account.id, people[0].user_id)
    with pytest.raises(peewee.IntegrityError, match="UNIQUE"):
        assign(sql, account.id, "billing", 1, people[0].user_id)


def test_user_and_external_email_together(services, sql, account, people):
    with pytest.raises(peewee.IntegrityError, match="CHECK"):
        assign(sql, account.id, "security", 0, people[0].user_id, "guard@partner.example")


def test_neither_user_nor_external_email(services, sql, account):
    with pytest.raises(peewee.IntegrityError, match="CHECK"):
        assign(sql, account.id, "security", 0, None, None)


@pytest.mark.parametrize("role", [r.value for r in Role if r is not Role.SECURITY])
def test_external_email_on_a_role_other_than_security(services, sql, account, role):
    with pytest.raises(peewee.IntegrityError, match="CHECK"):
        assign(sql, account.id, role, 0, None, "someone@partner.example")


def test_unknown_role(services, sql, account, people):
    with pytest.raises(peewee.IntegrityError, match="CHECK"):
        assign(sql, account.id, "mascot", 0, people[0].user_id)


def test_role_for_a_user_of_another_account(services, sql, account, people):
    other = services.accounts.create("Other Ltd")
    stranger = services.users.add(other.id, "Sara", "Costa", "sara@other.example")
    with pytest.raises(peewee.IntegrityError, match="FOREIGN KEY"):
        assign(sql, account.id, "primary", 0, stranger.user_id)


def test_moving_a_holder_to_another_account(services, sql, account, people):
    services.contacts.set_primary(account.id, people[0].user_id)
    other = services.accounts.create("Other Ltd")
    with pytest.raises(peewee.IntegrityError, match="FOREIGN KEY"):
        sql("UPDATE app_user SET account_id = ? WHERE id = ?", other.id, people[0].user_id)


def test_deleting_a_user_who_holds_a_role(services, sql, account, people):
    services.contacts.add_billing(account.id, people[0].user_id)
    with pytest.raises(peewee.IntegrityError, match="FOREIGN KEY"):
        sql("DELETE FROM app_user WHERE id = ?", people[0].user_id)
    assert count(sql, "app_user") == 5


def test_deactivating_a_holder(services, sql, account, people):
    services.contacts.set_role(account.id, Role.TECHNICAL_ADMIN, people[0].user_id)
    with pytest.raises(peewee.IntegrityError, match="cannot be deactivated"):
        sql("UPDATE app_user SET active = 0 WHERE id = ?", people[0].user_id)
    assert sql("SELECT active FROM app_user WHERE id = ?", people[0].user_id).fetchone() == (1,)


def test_assigning_a_deactivated_user(services, sql, account, people):
    services.users.deactivate(account.id, people[0].user_id)
    with pytest.raises(peewee.IntegrityError, match="deactivated user"):
        assign(sql, account.id, "onboarding", 0, people[0].user_id)
    services.contacts.set_role(account.id, Role.ONBOARDING, people[1].user_id)
    with pytest.raises(peewee.IntegrityError, match="deactivated user"):
        sql("UPDATE role_assignment SET user_id = ? WHERE role = 'onboarding'", people[0].user_id)


def test_history_is_append_only(services, sql, account):
    with pytest.raises(peewee.IntegrityError, match="append-only"):
        sql("UPDATE history SET actor = 'someone else'")
    assert {c.actor for c in services.history.list(account.id)} == {"tester"}


def test_duplicate_email_key_in_one_account(services, sql, account, people):
    insert = (
        "INSERT INTO app_user (account_id, first_name, last_name, email, email_key) VALUES (?, ?, ?, ?, ?)"
    )
    with pytest.raises(peewee.IntegrityError, match="UNIQUE"):
        sql(insert, account.id, "Anna", "Bis", "ANNA.ROSSI@acme.example", "anna.rossi@acme.example")
    other = services.accounts.create("Other Ltd")
    sql(insert, other.id, "Anna", "Bis", "ANNA.ROSSI@acme.example", "anna.rossi@acme.example")


@pytest.mark.parametrize(("column", "value"), [("email", "no-at-sign"), ("first_name", " "), ("active", 2)])
def test_user_columns_are_checked(services, sql, account, people, column, value):
    with pytest.raises(peewee.IntegrityError, match="CHECK"):
        if column == "first_name":
            sql("UPDATE app_user SET first_name = ?, last_name = '' WHERE id = ?", value, people[0].user_id)
        else:
            sql(f"UPDATE app_user SET {column} = ? WHERE id = ?", value, people[0].user_id)


def test_account_name_is_unique_and_not_blank(services, sql, account):
    with pytest.raises(peewee.IntegrityError, match="UNIQUE"):
        sql("INSERT INTO account (name, name_key, created_at) VALUES ('x', ?, '2026-01-01')", "acme s.p.a.")
    with pytest.raises(peewee.IntegrityError, match="CHECK"):
        sql("INSERT INTO account (name, name_key, created_at) VALUES ('  ', 'blank', '2026-01-01')")
