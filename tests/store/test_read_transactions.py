"""Reads take no write lock: while another program holds one, reads answer at once (under WAL,
the last committed state) and only writes wait."""

from __future__ import annotations

import subprocess
import sys
import time

import pytest

from contact_manager.store.errors import StorageError

# Another program writing: it takes the write lock, changes a row and waits, uncommitted,
# until its stdin closes.
HOLDER = """
import sqlite3, sys
connection = sqlite3.connect(sys.argv[1], isolation_level=None)
connection.execute("BEGIN IMMEDIATE")
connection.execute("UPDATE account SET name = 'Uncommitted', version = version + 1")
connection.execute(
    "INSERT INTO history (account_id, at, actor, action) SELECT id, 'now', 'other', 'user.add' FROM account"
)
print("holding", flush=True)
sys.stdin.read()
connection.execute("ROLLBACK")
"""


@pytest.fixture
def writer_elsewhere(db_path):
    """Start the other program once the database exists; it holds the lock until the test ends."""
    started = []

    def start():
        process = subprocess.Popen(
            [sys.executable, "-c", HOLDER, str(db_path)],
            stdin=subprocess.PIPE,
            stdout=subprocess.PIPE,
            text=True,
        )
        started.append(process)
        assert process.stdout.readline().strip() == "holding"
        return process

    yield start
    for process in started:
        process.stdin.close()
        process.wait(timeout=30)
        process.stdout.close()


@pytest.fixture
def filled(services, account, people):
    services.contacts.set_primary(account.id, people[0].user_id)
    services.contacts.add_billing(account.id, people[1].user_id)
    return account


def timed(call):
    start = time.monotonic()
    result = call()
    return result, time.monotonic() - start


def test_service_reads_answer_at_once_while_another_program_writes(
    services, filled, people, writer_elsewhere
):
    writer_elsewhere()
    reads = {
        "sheet": lambda: services.contacts.sheet(filled.id).account_name,
        "accounts": lambda: [a.name for a in services.accounts.list()],
        "account": lambda: services.accounts.get(filled.id).name,
        "users": lambda: len(services.users.list(filled.id)),
        "user": lambda: services.users.find(filled.id, people[0].email).email,
        "history": lambda: len(services.history.list(filled.id)),
    }
    answers = {}
    for name, read in reads.items():
        answers[name], seconds = timed(read)
        assert seconds < 1, f"{name} waited {seconds:.1f} s for the writer"
    # the committed state, not the other program's uncommitted change
    assert answers == {
        "sheet": "Acme S.p.A.",
        "accounts": ["Acme S.p.A."],
        "account": "Acme S.p.A.",
        "users": 5,
        "user": people[0].email,
        "history": 8,
    }


def test_a_write_still_waits_for_the_writer_and_is_refused_as_busy(
    services, filled, people, writer_elsewhere
):
    services.store.db.execute_sql("PRAGMA busy_timeout = 300")
    writer_elsewhere()
    with pytest.raises(StorageError) as info:
        services.accounts.rename(filled.id, "Changed")
    assert info.value.kind == StorageError.LOCKED


def test_a_read_inside_a_write_is_part_of_it(services, filled):
    """Store.read inside Store.transaction sees the transaction's own uncommitted change and is
    rolled back with it."""
    with pytest.raises(RuntimeError), services.store.transaction():
        services.store.db.execute_sql("UPDATE account SET name = 'Inside'")
        with services.store.read():
            assert services.store.db.execute_sql("SELECT name FROM account").fetchone() == ("Inside",)
        raise RuntimeError("undo it all")
    assert services.accounts.get(filled.id).name == "Acme S.p.A."


def test_contacts_show_answers_at_once_through_the_cli(cli, services, filled, db_path, writer_elsewhere):
    services.close()
    writer_elsewhere()
    result, seconds = timed(lambda: cli("contacts", "show", db=db_path))
    assert result.code == 0, result
    assert "Account: Acme S.p.A." in result.out and "Anna Rossi" in result.out
    assert "Uncommitted" not in result.out
    assert result.err == ""
    for command in (("users", "list"), ("history",), ("accounts", "list")):
        other, _ = timed(lambda command=command: cli(*command, db=db_path))
        assert other.code == 0 and other.err == "", (command, other)
    # the busy timeout is 5 s: an answer well under it did not wait for the lock
    assert seconds < 3.5


def test_a_cli_write_waits_and_says_busy(cli, services, filled, db_path, writer_elsewhere):
    services.close()
    writer_elsewhere()
    result, seconds = timed(
        lambda: cli(
            "users", "add", "--first", "Nina", "--last", "Galli", "--email", "n@acme.example", db=db_path
        )
    )
    assert result.code == 1
    assert result.err.strip() == "The database is busy in another program. Try again in a moment."
    assert seconds >= 4.5
