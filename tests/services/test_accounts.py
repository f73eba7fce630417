"""Accounts: create, rename, company details with validation, delete."""

from __future__ import annotations

import pytest

from contact_manager.domain.errors import AccountExists, InvalidField, NotFound
from contact_manager.domain.history import Action


def test_create_collapses_whitespace_and_records_it(services):
    account = services.accounts.create("  Acme   S.p.A. ", country="it", vat_number="it 123 456 789 01")
    assert account.name == "Acme S.p.A."
    assert (account.details.country, account.details.vat_number) == ("IT", "IT12345678901")
    assert account.version == 1
    assert services.accounts.find("acme  s.p.a.") == account
    [change] = services.history.list(account.id)
    assert (change.action, change.new_value) == (Action.ACCOUNT_CREATE, "Acme S.p.A.")


def test_duplicate_name_is_refused_ignoring_case(services, account):
    with pytest.raises(AccountExists) as info:
        services.accounts.create("ACME s.p.a.")
    assert "already exists" in info.value.message
    assert [a.id for a in services.accounts.list()] == [account.id]


@pytest.mark.parametrize(("field", "text"), [("name", "   "), ("name", "x" * 201), ("phone", "abc")])
def test_create_refuses_bad_fields(services, field, text):
    values = {"name": "Fine Ltd", field: text}
    with pytest.raises(InvalidField) as info:
        services.accounts.create(values.pop("name"), **values)
    assert info.value.field == field
    assert services.accounts.list() == []


def test_rename(services, account, last_change):
    renamed = services.accounts.rename(account.id, "Acme Group")
    assert renamed.name == "Acme Group"
    assert renamed.version == account.version + 1
    assert services.accounts.find("acme group").id == account.id
    with pytest.raises(NotFound):
        services.accounts.find("Acme S.p.A.")
    change = last_change(account.id)
    assert (change.action, change.old_value, change.new_value) == (
        Action.ACCOUNT_RENAME,
        "Acme S.p.A.",
        "Acme Group",
    )


def test_rename_to_another_accounts_name_is_refused(services, account, refused):
    services.accounts.create("Beta Srl")
    with refused(account.id, AccountExists):
        services.accounts.rename(account.id, "BETA SRL")


def test_rename_may_change_only_the_case(services, account):
    assert services.accounts.rename(account.id, "ACME S.p.A.").name == "ACME S.p.A."


def test_update_company_fields_one_history_row_each(services, account):
    info = services.accounts.update(
        account.id,
        address=" Via Roma 1, Milano ",
        country="it",
        phone="+39 02 555 0101",
        website="www.acme.example",
    )
    assert info.details.address == "Via Roma 1, Milano"
    assert info.details.country == "IT"
    assert info.details.website == "www.acme.example"
    assert info.version == account.version + 1  # one change, one version
    changes = services.history.list(account.id, newest_first=False)[1:]
    assert [(c.action, c.subject, c.old_value, c.new_value) for c in changes] == [
        (Action.ACCOUNT_UPDATE, "address", None, "Via Roma 1, Milano"),
        (Action.ACCOUNT_UPDATE, "country", None, "IT"),
        (Action.ACCOUNT_UPDATE, "phone", None, "+39 02 555 0101"),
        (Action.ACCOUNT_UPDATE, "website", None, "www.acme.example"),
    ]
    same = services.accounts.update(account.id, country="IT")
    assert same.version == info.version


@pytest.mark.parametrize(
    ("field", "text"),
    [
        ("country", "Italy"),
        ("phone", "ring ring"),
        ("website", "not a site"),
        ("vat_number", "IT 12-34"),
        ("address", "x" * 501),
    ],
)
def test_update_refuses_invalid_fields(services, account, field, text, refused):
    with refused(account.id, InvalidField) as info:
        services.accounts.update(account.id, **{field: text})
    assert info.value.field == field
    assert info.value.message


def test_update_refuses_unknown_fields(services, account, refused):
    with refused(account.id, TypeError):
        services.accounts.update(account.id, colour="red")


def test_delete_account_takes_its_users_contacts_and_history(services, account, people):
    other = services.accounts.create("Other Ltd")
    kept = services.users.add(other.id, "Sara", "Costa", "sara@other.example")
    services.contacts.set_primary(account.id, people[0].user_id)
    services.contacts.add_billing(account.id, people[1].user_id)
    services.contacts.set_security_email(account.id, "guard@partner.example")
    services.accounts.delete(account.id)
    with pytest.raises(NotFound):
        services.accounts.get(account.id)
    count = services.store.db.execute_sql
    assert count("SELECT count(*) FROM app_user WHERE account_id = ?", (account.id,)).fetchone() == (0,)
    assert count("SELECT count(*) FROM role_assignment").fetchone() == (0,)
    assert count("SELECT count(*) FROM history WHERE account_id = ?", (account.id,)).fetchone() == (0,)
    assert services.users.get(other.id, kept.user_id) == kept
    assert [a.name for a in services.accounts.list()] == ["Other Ltd"]


def test_delete_unknown_account(services):
    with pytest.raises(NotFound):
        services.accounts.delete(42)


def test_create_refuses_unknown_fields(services):
    with pytest.raises(TypeError, match="colour"):
        services.accounts.create("Fine Ltd", colour="red")
    assert services.accounts.list() == []


def test_names_are_the_list_in_its_order(services):
    for name in ("Zeta S.p.A.", "alfa srl", "Émile & Co"):
        services.accounts.create(name)
    assert services.accounts.names() == [(info.id, info.name) for info in services.accounts.list()]
