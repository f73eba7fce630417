"""The shared read of an account's users: sorted as users are listed, found by id, searchable."""

import random
import sqlite3

from hypothesis import given, settings
from hypothesis import strategies as st

from contact_manager.domain.damage import DamagedText
from contact_manager.domain.sorting import person_key
from contact_manager.services import compact_rows, row_index
from contact_manager.services.compact_rows import UserRows, search_text
from contact_manager.services.user_rows import RowIndex, read_apart, sharing_names, sorted_apart
from contact_manager.services.users import UserRowsService


def test_sorted_apart_sorts_like_sorted_ties_and_reverse_included():
    draw = random.Random(15)
    items = [(draw.randrange(50), n) for n in range(3 * row_index.CHUNK + 17)]
    for reverse in (False, True):
        assert sorted_apart(items, key=lambda item: item[0], reverse=reverse) == sorted(
            items, key=lambda item: item[0], reverse=reverse
        )


def test_a_user_is_found_by_id_and_a_missing_one_is_not():
    rows = [(7, "A", "B", "a@x", 1, "", ""), (3, "C", "D", "c@x", 0, "", ""), (None, "?", "", "", 0, "", "")]
    index = RowIndex.of_rows(rows)
    assert (index.get(7), index.get(3), index.get(5), index.get(None)) == (0, 1, None, None)
    spread = RowIndex.of_rows([(10**12, "", "", "", 1, "", ""), (2, "", "", "", 1, "", "")])  # ids far apart
    assert (spread.get(10**12), spread.get(2), spread.get(3)) == (0, 1, None)


def test_the_read_lists_users_by_name_on_either_connection(services, account, people, db_path):
    services.users.add(account.id, "Élise", "Àlberti", "elise@acme.example")
    read = UserRowsService(services.store).read(account.id)
    apart = read_apart(str(db_path), account.id)
    assert list(read.rows) == list(apart.rows)
    assert [apart.search_text(i) for i in range(len(apart))] == [search_text(r) for r in read.rows]
    assert [r[0] for r in read.rows] == [
        p.user_id
        for p in sorted(
            services.users.list(account.id), key=lambda p: person_key(p.last_name, p.first_name, p.email)
        )
    ]
    assert read.rows[0][3] == "elise@acme.example" and read.search_text(0).startswith(
        "elise alberti elise@acme.example\0"
    )
    assert [read.rows[i][0] for i in read.active] == [r[0] for r in read.rows if r[4]]
    assert all(read.row_of.get(r[0]) == i for i, r in enumerate(read.rows))


def test_a_read_again_shows_the_changed_users(services, account, people, db_path):
    before = read_apart(str(db_path), account.id)
    anna = people[0]
    services.users.edit(
        account.id, anna.user_id, first_name="Annabella", last_name=anna.last_name, email=anna.email
    )
    after = read_apart(str(db_path), account.id)
    changed = [row for row in after.rows if row not in list(before.rows)]
    assert [row[1] for row in changed] == ["Annabella"]
    assert after.search_text(after.row_of.get(anna.user_id)).startswith("annabella ")
    assert list(after.rows) == list(UserRowsService(services.store).read(account.id).rows)


def test_a_read_again_shares_every_block_of_text_but_the_changed_users_with_the_rows_shown(
    services, account, db_path
):
    users = [
        (account.id, "Maria", f"Rossi {n:05}", f"m{n}@x.example", f"m{n}@x.example") for n in range(20000)
    ]
    with sqlite3.connect(db_path) as db:
        db.executemany(
            "INSERT INTO app_user (account_id, first_name, last_name, email, email_key, active, job_title,"
            " phone) VALUES (?, ?, ?, ?, ?, 1, '', '')",
            users,
        )
    db.close()
    before = read_apart(str(db_path), account.id)
    again = read_apart(str(db_path), account.id, before)
    assert list(again.rows) == list(before.rows) and len(before.blocks) > 4
    assert all(new is old for new, old in zip(again.blocks, before.blocks, strict=True))
    services.users.add(account.id, "Maria", "Rossi 10000b", "new@x.example")
    after = read_apart(str(db_path), account.id, again)
    assert list(after.rows) == list(UserRowsService(services.store).read(account.id).rows)
    shown = {id(block) for block in again.blocks}
    assert len([block for block in after.blocks if id(block) not in shown]) <= 2  # the new user's


def test_a_read_apart_of_a_damaged_value_keeps_it_marked_in_its_place(services, account, people, db_path):
    anna = people[0]
    with sqlite3.connect(db_path) as db:
        db.execute("UPDATE app_user SET last_name = ? WHERE id = ?", (b"\xffRoss", anna.user_id))
    db.close()
    apart = read_apart(str(db_path), account.id)
    assert list(apart.rows) == list(UserRowsService(services.store).read(account.id).rows)
    row = apart.rows[apart.row_of.get(anna.user_id)]
    assert isinstance(row[2], DamagedText) and row[2].endswith("Ross")
    assert anna.user_id in apart.damage


def test_sharing_names_leaves_an_unreadable_name_its_own_object():
    damaged = DamagedText("Maria")
    rows = sharing_names()([(1, "Maria", "R", "a@x", 1, "", ""), (2, damaged, "R", "b@x", 1, "", "")])
    assert rows[1][1] is damaged and type(rows[0][1]) is str


# --- the compact rows, against the plain per-row texts they replace ----------------------

_TEXT = st.text(alphabet=st.sampled_from("abAB rRoss`'’éÉİßx.@\x1f\0"), max_size=8)
_ROWS = st.lists(
    st.tuples(_TEXT, _TEXT, _TEXT, st.booleans(), _TEXT, _TEXT, st.booleans()), min_size=0, max_size=40
)


def _separators(row: tuple) -> bool:
    """Whether a text of ``row`` holds a character the blocks separate fields with."""
    return any(mark in text for text in (row[1], row[2], row[3], row[5], row[6]) for mark in "\x1f\0")


def _rows(drawn) -> list[tuple]:
    return [
        (n + 1, DamagedText(first) if damaged else first, last, email, int(active), title, phone)
        for n, (first, last, email, active, title, phone, damaged) in enumerate(drawn)
    ]


@settings(max_examples=150, deadline=None)
@given(drawn=_ROWS, needle=_TEXT, limit=st.integers(1, 50))
def test_the_compact_rows_give_back_each_row_and_find_what_each_rows_text_holds(drawn, needle, limit):
    sizes = compact_rows.BLOCK, compact_rows.MOST
    compact_rows.BLOCK, compact_rows.MOST = 4, 6  # several blocks out of a few rows
    try:
        rows = _rows(drawn)
        users = UserRows.of(rows)
        assert list(users.rows) == rows and [users.user_id(i) for i in range(len(rows))] == [
            r[0] for r in rows
        ]
        assert [users.email(i) for i in range(len(rows))] == [r[3] for r in rows]
        texts = [search_text(r) for r in rows]
        assert [users.search_text(i) for i in range(len(rows))] == texts
        needle = needle.strip()
        if not needle:
            return
        assert list(users.found(needle)) == [int(needle in t) for t in texts]
        names = [i for i, t in enumerate(texts) if -1 != t.find(needle) < t.find("\0") and rows[i][4]]
        assert users.find_names(needle, limit, users.flags.__getitem__) == names[:limit]
        for casefold in (False, True):
            found = users.rows_with_address([needle], casefold=casefold)
            same = {i for i, r in enumerate(rows) if (r[3].casefold() if casefold else r[3]) == needle}
            apart = {i for i, r in enumerate(rows) if type(r[1]) is not str or _separators(r)}
            assert same - apart <= found <= same | apart  # those kept apart are looked at one by one
    finally:
        compact_rows.BLOCK, compact_rows.MOST = sizes


def test_many_users_are_kept_in_blocks_and_found_across_them():
    rows = [(n, "Mario", f"Rossi {n}", f"mario.{n}@example.com", n % 3 != 0, "", "") for n in range(1, 5001)]
    users = UserRows.of(rows)
    assert len(users) == 5000 and users.rows[4321] == (
        4322,
        "Mario",
        "Rossi 4322",
        "mario.4322@example.com",
        1,
        "",
        "",
    )
    assert [users.user_id(i) for i in users.find_names("rossi 49", 5, users.flags.__getitem__)] == [
        49,
        490,
        491,
        493,
        494,
    ]
    assert sum(users.found("@example")) == 5000 and users.row_of.get(5000) == 4999
    for needle in ("rossi 49", "mario.1", "zzz"):  # in a few records, in many, in none
        assert list(users.found(needle)) == [int(needle in search_text(r)) for r in rows]


def test_whether_an_account_is_large_is_answered_for_either_backend(services, account, people):
    other = services.accounts.create("Globex")
    services.users.add(other.id, "Solo", "User", "solo@globex.example")
    assert services.user_rows.has_at_least(account.id, len(people))
    assert not services.user_rows.has_at_least(account.id, len(people) + 1)  # only its own
    assert services.user_rows.has_at_least(other.id, 1) and not services.user_rows.has_at_least(other.id, 2)
