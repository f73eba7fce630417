"""The shared read of an account's users: sorted as users are listed, found by id, searchable."""

import random

from contact_manager.domain.damage import DamagedText
from contact_manager.domain.sorting import person_key
from contact_manager.services import user_rows
from contact_manager.services.user_rows import (
    RowIndex,
    UserRowsService,
    read_apart,
    sharing_names,
    sorted_apart,
)


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


def test_a_read_again_shares_the_unchanged_users_and_shows_the_changed_ones(
    services, account, people, db_path
):
    before = read_apart(str(db_path), account.id)
    anna = people[0]
    services.users.edit(
        account.id, anna.user_id, first_name="Annabella", last_name=anna.last_name, email=anna.email
    )
    after = read_apart(str(db_path), account.id, before)
    old = {row[0]: row for row in before.rows}
    kept = [row for row in after.rows if row[0] in old and row is old[row[0]]]
    fresh = [row for row in after.rows if not (row[0] in old and row is old[row[0]])]
    assert len(kept) == len(people) - 1 and len(fresh) == 1 and fresh[0][1] == "Annabella"
    assert after.keys[after.rows.index(fresh[0])].startswith("annabella ")
    assert [r[0] for r in after.rows] == [r[0] for r in UserRowsService(services.store).read(account.id).rows]


def test_a_read_apart_keeps_one_text_per_repeated_name_and_the_same_rows(services, account, db_path):
    for n in range(6):
        services.users.add(account.id, "Maria", "Rossi" if n % 2 else "Bianchi", f"maria.{n}@acme.example")
    read = read_apart(str(db_path), account.id)
    assert read.rows == UserRowsService(services.store).read(account.id).rows  # the same values
    firsts = {id(row[1]) for row in read.rows}
    lasts = {id(row[2]) for row in read.rows}
    assert len(firsts) == 1 and len(lasts) == 2  # six users, one "Maria", one "Rossi", one "Bianchi"
    assert len({id(row[3]) for row in read.rows}) == 6  # every address its own


def test_sharing_names_leaves_an_unreadable_name_its_own_object():
    damaged = DamagedText("Maria")
    rows = sharing_names()([(1, "Maria", "R", "a@x", 1, "", ""), (2, damaged, "R", "b@x", 1, "", "")])
    assert rows[1][1] is damaged and type(rows[0][1]) is str
