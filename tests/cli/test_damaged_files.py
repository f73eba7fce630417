"""Random bytes flipped in copies of a real database: every read command of the command line,
run as a real process over each copy, answers with output, a clear sentence, or both, and
never a traceback."""

from __future__ import annotations

import random
import sqlite3
from concurrent.futures import ThreadPoolExecutor

import pytest

from contact_manager.demo import create_demo
from contact_manager.services import Services

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
