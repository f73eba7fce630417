"""The shared read of an account's users: sorted as users are listed, found by id, searchable."""

import random

from contact_manager.domain.sorting import person_key
from contact_manager.services import user_rows
from contact_manager.services.user_rows import RowIndex, UserRowsService, read_apart, sorted_apart


def test_sorted_apart_sorts_like_sorted_ties_and_reverse_included():
    draw = random.Random(15)
    items = [(draw.randrange(50), n) for n in range(3 * user_rows.CHUNK + 17)]
    for reverse in (False, True):
        assert sorted_apart(items, key=lambda item: item[0], reverse=reverse) == sorted(
            items, key=lambda item: item[0], reverse=reverse
        )


def test_a_user_is_found_by_id_and_a_missing_one_is_not():
    rows = [(7, "A", "B", "a@x", 1, "", ""), (3, "C", "D", "c@x", 0, "", ""), (None, "?", "", "", 0, "", "")]
    index = RowIndex(rows)
    assert (index.get(7), index.get(3), index.get(5), index.get(None)) == (0, 1, None, None)


def test_the_read_lists_users_by_name_on_either_connection(services, account, people, db_path):
    services.users.add(account.id, "Élise", "Àlberti", "elise@acme.example")
    read = UserRowsService(services.store).read(account.id)
    apart = read_apart(str(db_path), account.id)
    assert read.rows == apart.rows and read.keys == apart.keys
    assert [r[0] for r in read.rows] == [
        p.user_id
        for p in sorted(
            services.users.list(account.id), key=lambda p: person_key(p.last_name, p.first_name, p.email)
        )
    ]
    assert read.rows[0][3] == "elise@acme.example" and read.keys[0].startswith(
        "elise alberti elise@acme.example\0"
    )
    assert [read.rows[i][0] for i in read.active] == [r[0] for r in read.rows if r[4]]
    assert all(read.row_of.get(r[0]) == i for i, r in enumerate(read.rows))
