"""Random bytes flipped in copies of a real database: every read command of the command line,
run as a real process over each copy, answers with output, a clear sentence, or both, and
never a traceback."""

from __future__ import annotations

import json
import random
import sqlite3
from concurrent.futures import ThreadPoolExecutor

import pytest

from contact_manager.demo import create_demo
from contact_manager.services import Services
from tests.damage import corrupt_table_page, spoil, spoil_text

SEEDS = range(40)

READ_COMMANDS = (
    ("accounts", "list"),
    ("users", "list"),
    ("users", "list", "--json"),
    ("contacts", "show"),
    ("contacts", "show", "--json"),
    ("history",),
    ("history", "--json"),
    ("export", "--format", "json", "--output", "{out}/export.json"),  # reads every user and role
)


@pytest.fixture(scope="module")
def demo_bytes(tmp_path_factory) -> bytes:
    """The demo account's database (36 users, every role, a history), as bytes on disk."""
    path = tmp_path_factory.mktemp("demo") / "contacts.db"
    services = Services.open(str(path), actor="tester")
    create_demo(services)
    services.close()
    con = sqlite3.connect(path)
    con.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    con.close()
    return path.read_bytes()


def damaged_copy(data: bytes, seed: int) -> bytes:
    """``data`` with 1 to 20 bytes, chosen by ``seed``, set to random values."""
    rng = random.Random(seed)
    damaged = bytearray(data)
    for _ in range(rng.randint(1, 20)):
        damaged[rng.randrange(len(damaged))] = rng.randrange(256)
    return bytes(damaged)


def test_damaged_copies_never_give_a_traceback(cli, demo_bytes, tmp_path):
    outcomes: dict[int, int] = {}
    failures = []
    jobs = []
    for seed in SEEDS:
        folder = tmp_path / f"copy{seed}"
        folder.mkdir()
        db = folder / "contacts.db"
        db.write_bytes(damaged_copy(demo_bytes, seed))
        for command in READ_COMMANDS:
            jobs.append((seed, db, [part.format(out=folder) for part in command]))

    def run(job):
        seed, db, command = job
        return seed, command, cli(*command, db=db)

    with ThreadPoolExecutor(max_workers=2) as pool:
        for seed, command, result in pool.map(run, jobs):
            outcomes[result.code] = outcomes.get(result.code, 0) + 1
            clear = (
                "Traceback" not in result.err
                and result.code in (0, 1, 2)
                and len(result.err_lines) == (0 if result.code == 0 else 1)
            )
            if not clear:
                failures.append((seed, " ".join(command), result.code, result.err[-600:]))
    assert failures == []
    # the copies were damaged enough to matter, and mildly enough for some to be read whole
    assert outcomes.get(1, 0) > 0 and outcomes.get(0, 0) > 0, outcomes


def test_an_undamaged_copy_reads_cleanly(cli, demo_bytes, tmp_path):
    db = tmp_path / "contacts.db"
    db.write_bytes(demo_bytes)
    for command in READ_COMMANDS:
        result = cli(*[part.format(out=tmp_path) for part in command], db=db)
        assert (result.code, result.err) == (0, ""), (command, result)


# --- each kind of damage, through the real command line ------------------------------------


@pytest.fixture
def spoilt(services, account, people, db_path):
    """The account with a billing contact whose last name is not UTF-8, and a history row
    whose action this app never records."""
    services.contacts.set_primary(account.id, people[0].user_id)
    services.contacts.add_billing(account.id, people[1].user_id)
    spoil_text(db_path, "app_user", "last_name", people[1].user_id)
    newest = services.history.list(account.id)[0]
    spoil(db_path, "UPDATE history SET action = 'zz.wipe' WHERE id = ?", (newest.id,))
    services.close()
    return {"user": people[1].user_id, "history": newest.id, "others": people[2:]}


def test_users_list_shows_the_rest_marks_the_damaged_name_and_names_it(cli, db_path, spoilt):
    result = cli("users", "list", db=db_path)
    assert result.code == 1 and "Traceback" not in result.err
    assert [line for line in result.err_lines] == [result.err.strip()]
    assert f"table app_user, row {spoilt['user']}, column last_name" in result.err
    assert "Check database" in result.err
    for person in spoilt["others"]:
        assert person.email in result.out
    damaged_line = next(line for line in result.out.splitlines() if "luca.bianchi@" in line)
    assert "(damaged)" in damaged_line


def test_the_report_speaks_italian(cli, db_path, spoilt):
    result = cli("--lang", "it", "users", "list", db=db_path)
    assert result.code == 1
    assert f"tabella app_user, riga {spoilt['user']}, colonna last_name" in result.err
    assert "(danneggiato)" in result.out


def test_history_shows_a_damaged_entry(cli, db_path, spoilt):
    result = cli("history", db=db_path)
    assert result.code == 1 and len(result.err_lines) == 1
    assert result.out.splitlines()[0].split("  ")[2].strip() == "(damaged entry)"
    assert f"table history, row {spoilt['history']}, column action" in result.err
    as_json = cli("history", "--json", db=db_path)
    newest = json.loads(as_json.out)[0]
    assert (newest["action"], newest["damaged"]) == (None, ["action"]) and as_json.code == 1


def test_contacts_show_json_marks_the_damaged_holder(cli, db_path, spoilt):
    result = cli("contacts", "show", "--json", db=db_path)
    sheet = json.loads(result.out)
    assert sheet["billing"][0]["damaged"] == ["last_name"] and "damaged" not in sheet["primary"]
    assert sheet["damaged"] == [{"table": "app_user", "row": spoilt["user"], "column": "last_name"}]
    assert result.code == 1


def test_export_refuses_damaged_rows(cli, db_path, spoilt, tmp_path):
    target = tmp_path / "out.json"
    result = cli("export", "--output", str(target), db=db_path)
    assert result.code == 1 and len(result.err_lines) == 1 and result.out == ""
    assert result.err.startswith("Nothing was exported") and not target.exists()


def test_a_malformed_page_is_one_sentence(cli, services, account, people, db_path):
    services.close()
    corrupt_table_page(db_path, "app_user")
    result = cli("users", "list", db=db_path)
    assert result.code == 1 and len(result.err_lines) == 1 and "Traceback" not in result.err
    assert "damaged" in result.err and result.out == ""
