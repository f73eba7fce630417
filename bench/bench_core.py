"""Core benchmarks: the services next to plain sqlite3 doing the same work, in the same run.

(a) One contact change (one transaction with its history row, synchronous=FULL): the
    services' ``set_role`` against plain sqlite3 running the equivalent UPDATE + INSERT.
(b) Reading 100,000 users into the list the pickers show ("First Last <email>"):
    ``services.users.picker_rows`` against plain sqlite3 running the same query.

The two sides alternate within one loop, so that load from other programs falls on both.
Target: within 2x of plain sqlite3. Run: ``make bench`` or ``python bench/bench_core.py``.
"""

from __future__ import annotations

import argparse
import platform
import sqlite3
import statistics
import tempfile
import time
from collections.abc import Callable
from datetime import UTC, datetime
from functools import partial
from pathlib import Path

from contact_manager.domain.roles import Role
from contact_manager.services import Services

TARGET = 2.0
FIRST = ("Anna", "Luca", "Marta", "Paolo", "Giulia", "Marco", "Sara", "Davide", "Elena", "Franco")
LAST = ("Rossi", "Bianchi", "Verdi", "Neri", "Russo", "Ferrari", "Esposito", "Romano", "Colombo", "Greco")


class Clock:
    """Wall time of each run, and the CPU time this process spent in it."""

    def __init__(self) -> None:
        self.wall: list[float] = []
        self.cpu: list[float] = []

    def time(self, action: Callable[[], object]) -> object:
        wall, cpu = time.perf_counter(), time.process_time()
        result = action()
        self.wall.append(time.perf_counter() - wall)
        self.cpu.append(time.process_time() - cpu)
        return result


def plain_connection(path: Path) -> sqlite3.Connection:
    """sqlite3 with the app's pragmas, managing transactions itself as the store does."""
    connection = sqlite3.connect(path, isolation_level=None)
    for pragma in ("journal_mode = wal", "foreign_keys = 1", "synchronous = FULL", "busy_timeout = 5000"):
        connection.execute(f"PRAGMA {pragma}")
    return connection


# --- (a) one contact change -------------------------------------------------------------------


def plain_set_role(plain, mark: str, account_id: int, user_id: int) -> None:
    """The statements of one contact change (the decision maker's), run on a plain connection;
    ``mark`` is its driver's placeholder (``?`` or ``%s``). The caller begins and commits."""
    plain.execute(f"UPDATE account SET version = version + 1 WHERE id = {mark}", (account_id,))
    plain.execute(
        f"UPDATE role_assignment SET user_id = {mark} WHERE account_id = {mark} AND role = {mark}",
        (user_id, account_id, Role.DECISION_MAKER.value),
    )
    history = (account_id, datetime.now(UTC).isoformat(timespec="seconds"), "bench", "contact.set")
    plain.execute(
        "INSERT INTO history (account_id, at, actor, action, role, subject, old_value, new_value) "
        f"VALUES ({', '.join([mark] * 5)}, '', {mark}, {mark})",
        (*history, Role.DECISION_MAKER.value, "old holder", "new holder"),
    )


def bench_change(folder: Path, changes: int) -> tuple[Clock, Clock]:
    path = folder / "change.db"
    services = Services.open(str(path), actor="bench")
    account = services.accounts.create("Bench change")
    one = services.users.add(account.id, "Anna", "Rossi", "anna@bench.example")
    two = services.users.add(account.id, "Luca", "Bianchi", "luca@bench.example")
    sheet = services.contacts.set_role(account.id, Role.DECISION_MAKER, one.user_id)
    plain = plain_connection(path)
    holders = (two.user_id, one.user_id)

    def plain_change(user_id: int) -> None:
        plain.execute("BEGIN IMMEDIATE")
        plain_set_role(plain, "?", account.id, user_id)
        plain.execute("COMMIT")

    service, plain_clock = Clock(), Clock()
    for i in range(changes):
        user_id = holders[i % 2]
        set_role = partial(services.contacts.set_role, account.id, Role.DECISION_MAKER, user_id)
        service.time(partial(set_role, expected_version=sheet.version))
        plain_clock.time(partial(plain_change, user_id))
        sheet = services.contacts.sheet(account.id)  # the version the next change starts from
    history_rows = plain.execute("SELECT count(*) FROM history").fetchone()[0]
    assert history_rows >= 2 * changes, "every change must have written its history row"
    plain.close()
    services.close()
    return service, plain_clock


# --- (b) 100,000 users into the picker list ------------------------------------------------


def populate(path: Path, account_id: int, count: int) -> None:
    """Bulk insert ``count`` users in one transaction, straight into the table."""
    rows = []
    for i in range(count):
        first, last = FIRST[i % len(FIRST)], LAST[(i * 7 + i // 10) % len(LAST)]
        email = f"{first.lower()}.{last.lower()}.{i}@bench.example"
        rows.append((account_id, first, last, email, email.casefold(), 1 if i % 17 else 0))
    connection = plain_connection(path)
    connection.execute("BEGIN IMMEDIATE")
    connection.executemany(
        "INSERT INTO app_user (account_id, first_name, last_name, email, email_key, active) "
        "VALUES (?, ?, ?, ?, ?, ?)",
        rows,
    )
    connection.execute("COMMIT")
    connection.close()


PICKER_SQL = (
    "SELECT id, first_name, last_name, email, active FROM app_user "
    "WHERE account_id = ? ORDER BY last_name, first_name, email_key"
)


def bench_picker(folder: Path, users: int, repeats: int) -> tuple[Clock, Clock]:
    path = folder / "picker.db"
    services = Services.open(str(path), actor="bench")
    account = services.accounts.create("Bench picker")
    populate(path, account.id, users)
    plain = plain_connection(path)

    def service_list() -> list[str]:
        rows = services.users.picker_rows(account.id)
        return [f"{first} {last} <{email}>" for _id, first, last, email, _active in rows]

    def plain_list() -> list[str]:
        rows = plain.execute(PICKER_SQL, (account.id,)).fetchall()
        return [f"{first} {last} <{email}>" for _id, first, last, email, _active in rows]

    assert service_list() == plain_list() and len(plain_list()) == users  # same work, warmed up
    service, plain_clock = Clock(), Clock()
    for _ in range(repeats):
        service.time(service_list)
        plain_clock.time(plain_list)
    plain.close()
    services.close()
    return service, plain_clock


# --- report ------------------------------------------------------------------------------


def ms(seconds: float) -> str:
    return f"{seconds * 1000:8.2f} ms"


def p90(values: list[float]) -> float:
    return statistics.quantiles(values, n=10)[-1] if len(values) >= 2 else values[0]


def compare(title: str, ours: str, theirs: str, service: Clock, plain: Clock) -> bool:
    ratio = statistics.median(service.wall) / statistics.median(plain.wall)
    ok = ratio <= TARGET
    print(title)
    width = max(len(ours), len(theirs))
    for name, clock in ((ours, service), (theirs, plain)):
        print(
            f"    {name.ljust(width)}  median {ms(statistics.median(clock.wall))}   "
            f"p90 {ms(p90(clock.wall))}   cpu median {ms(statistics.median(clock.cpu))}"
        )
    verdict = "yes" if ok else "NO"
    print(f"    ratio {ratio:.2f}x  ->  within {TARGET:g}x of plain sqlite3: {verdict}")
    print()
    return ok


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--changes", type=int, default=200, help="contact changes to time (default 200)")
    parser.add_argument("--users", type=int, default=100_000, help="users in the picker (default 100000)")
    parser.add_argument("--repeats", type=int, default=7, help="timed reads of the picker (default 7)")
    args = parser.parse_args(argv)

    print(
        f"Contact Manager core benchmarks: Python {platform.python_version()}, "
        f"SQLite {sqlite3.sqlite_version}, WAL, synchronous=FULL\n"
    )
    with tempfile.TemporaryDirectory(prefix="cm-bench-") as folder:
        service, plain = bench_change(Path(folder), args.changes)
        ok_change = compare(
            f"(a) one contact change: a transaction with its history row, {args.changes} changes",
            "services.contacts.set_role",
            "plain sqlite3 UPDATE+UPDATE+INSERT",
            service,
            plain,
        )
        service, plain = bench_picker(Path(folder), args.users, args.repeats)
        ok_picker = compare(
            f'(b) {args.users:,} users into the picker list ("First Last <email>"), {args.repeats} reads',
            "services.users.picker_rows + strings",
            "plain sqlite3 same query + strings",
            service,
            plain,
        )
    if not (ok_change and ok_picker):
        print("Target missed: see the figures above.")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
