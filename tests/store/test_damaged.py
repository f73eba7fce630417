"""Damaged rows are read as far as they can be: the rest of the data comes back whole, each
damaged value comes back marked, and the damage is named by table, row and column."""

from __future__ import annotations

from datetime import date

import pytest

from contact_manager.domain.damage import Damage, DamagedData, DamagedRows, DamagedText, is_damaged
from contact_manager.domain.history import Action
from contact_manager.domain.roles import Role
from contact_manager.services import exports
from contact_manager.store.errors import StorageError
from tests.damage import corrupt_table_page, spoil, spoil_text


@pytest.fixture
def filled(services, account, people):
    services.contacts.set_primary(account.id, people[0].user_id)
    services.contacts.add_billing(account.id, people[1].user_id)
    services.contacts.set_role(account.id, Role.SECURITY, people[2].user_id)
    return account


def test_a_name_that_is_not_utf8_is_read_marked_and_the_rest_whole(services, filled, people, db_path):
    spoil_text(db_path, "app_user", "last_name", people[1].user_id)
    listed = services.users.list(filled.id)
    assert len(listed) == len(people)
    damaged = next(p for p in listed if p.user_id == people[1].user_id)
    assert is_damaged(damaged.last_name) and damaged.last_name == "C\ufffdl\ufffdmbo"
    assert damaged.damage == (Damage("app_user", people[1].user_id, "last_name"),)
    assert damaged.email == people[1].email and not is_damaged(damaged.email)
    assert all(not p.damage for p in listed if p is not damaged)
    sheet = services.contacts.sheet(filled.id)
    assert sheet.billing[0].user_id == people[1].user_id and sheet.billing[0].damage
    assert sheet.damage == (Damage("app_user", people[1].user_id, "last_name"),)


def test_a_change_answers_the_damage_as_it_now_is(services, filled, people, db_path):
    """A change to a sheet with damage answers it read again: the damage that stays is
    still named, and a damaged holder just replaced is not."""
    spoil_text(db_path, "app_user", "last_name", people[1].user_id)  # the billing contact
    spoil_text(db_path, "app_user", "last_name", people[2].user_id)  # the security contact
    sheet = services.contacts.set_role(filled.id, Role.SECURITY, people[3].user_id)
    assert sheet.damage == (Damage("app_user", people[1].user_id, "last_name"),)
    assert sheet.damage == services.contacts.sheet(filled.id).damage
    assert sheet.holder(Role.SECURITY).user_id == people[3].user_id


def test_a_value_of_the_wrong_type_is_damaged_text(services, filled, people, db_path):
    spoil(db_path, "UPDATE app_user SET first_name = X'00ff' , active = 7 WHERE id = ?", (people[3].user_id,))
    person = next(p for p in services.users.list(filled.id) if p.user_id == people[3].user_id)
    assert isinstance(person.first_name, DamagedText)
    assert {d.column for d in person.damage} == {"first_name", "active"}
    assert not person.active  # a flag that can't be read is not taken for "active"
    rows = {row[0]: row for row in services.users.picker_rows(filled.id)}
    assert is_damaged(rows[people[3].user_id][1]) and rows[people[3].user_id][4] == 0


def test_a_review_date_that_is_not_a_date(services, filled, db_path):
    spoil(db_path, "UPDATE account SET reviewed_on = 'the 31st of Smarch' WHERE id = ?", (filled.id,))
    sheet = services.contacts.sheet(filled.id)
    assert sheet.reviewed_on is None
    assert sheet.damage == (Damage("account", filled.id, "reviewed_on"),)
    assert sheet.primary is not None and len(sheet.billing) == 1
    info = services.accounts.get(filled.id)
    assert info.reviewed_on is None and info.damage == (Damage("account", filled.id, "reviewed_on"),)
    # and a good date still reads as one
    services.contacts.mark_reviewed(filled.id, date(2026, 3, 1))
    assert services.contacts.sheet(filled.id).reviewed_on == date(2026, 3, 1)


def test_an_unknown_history_action_is_a_damaged_entry(services, filled, db_path):
    newest = services.history.list(filled.id)[0]
    spoil(db_path, "UPDATE history SET action = 'zz.wipe', at = 'yesterday' WHERE id = ?", (newest.id,))
    changes = services.history.list(filled.id)
    damaged = changes[0]
    assert damaged.action is None and damaged.label == "(damaged entry)"
    assert {d.column for d in damaged.damage} == {"action", "at"}
    assert damaged.as_dict()["action"] is None
    assert all(change.action in Action for change in changes[1:]) and not any(c.damage for c in changes[1:])


def test_a_role_row_that_names_no_role_is_left_out_and_named(services, filled, db_path):
    spoil(db_path, "UPDATE role_assignment SET role = '4ecurity' WHERE role = 'security'")
    row_id = services.store.db.execute_sql(
        "SELECT id FROM role_assignment WHERE role = '4ecurity'"
    ).fetchone()[0]
    sheet = services.contacts.sheet(filled.id)
    assert sheet.holder(Role.SECURITY) is None and sheet.primary is not None
    assert sheet.damage == (Damage("role_assignment", row_id, "role"),)


def test_an_export_refuses_damaged_rows_and_writes_nothing(services, filled, people, db_path, tmp_path):
    spoil_text(db_path, "app_user", "first_name", people[4].user_id)
    target = tmp_path / "acme.json"
    with pytest.raises(DamagedData) as refused:
        services.exchange.export_json(filled.id, target)
    assert f"table app_user, row {people[4].user_id}, column first_name" in refused.value.message
    assert not target.exists()
    exports.write(services, filled.id, "vcard", tmp_path / "acme.vcf")  # the holders are not damaged


def test_the_message_names_a_few_places_and_counts_the_rest():
    damage = [Damage("history", n, "action") for n in range(1, 9)]
    message = DamagedRows(damage).message
    assert "table history, row 5, column action" in message and "row 6" not in message
    assert "and 3 more" in message and "Check database" in message


def test_a_page_sqlite_finds_malformed_is_a_storage_error(services, filled, db_path):
    services.close()
    corrupt_table_page(db_path, "app_user")
    from contact_manager.services import Services

    opened = Services.open(str(db_path))
    try:
        with pytest.raises(StorageError) as refused:
            opened.users.list(filled.id)
        assert "damaged" in refused.value.message
    finally:
        opened.close()
