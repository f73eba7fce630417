"""Server benchmarks: the app on a PostgreSQL server next to plain psycopg, in the same run.

(a) One contact change (one transaction: the account's row locked, its version claimed, the
    role's holder changed, a history row): ``services.contacts.set_role`` against plain
    psycopg running the same statements. Target: within 2x.
(b) 5 processes x 200 changes of one account at once (each adds a user), each from the
    version it last read:
    throughput, how many were refused as conflicts (and tried again), and lost updates
    (the account's version and its history must count every acknowledged change: 0 lost).
(c) The daily exports of an account of 100,000 users, made by the window as at its first
    start of a day: how long they take (beside plain psycopg reading the same users and
    ``json.dumps`` writing them) and the longest the window's event loop went without a
    heartbeat meanwhile (target: never over 50 ms; they run in a worker thread).
(d) A window's start on that server (the account of 100,000 users shown): the longest the
    event loop went without a heartbeat from the first frame until every tab is built,
    median of 3 fresh starts (the day's exports already made).

Needs a server: ``--db postgresql://...`` or $CONTACT_MANAGER_BENCH_PG (a role that may
create databases: a throwaway one is made and dropped). Without one it says so and does
nothing, so ``make bench`` runs it only when a server is given.
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import subprocess
import sys
import time
from urllib.parse import urlsplit, urlunsplit

from bench_core import plain_set_role
from scratch import ROOT, WINDOW_START, child, scratch_home

from contact_manager.domain.errors import Conflict
from contact_manager.domain.roles import Role
from contact_manager.services import Services
from contact_manager.store.errors import StorageError

TARGET = 2.0
ENV = "CONTACT_MANAGER_BENCH_PG"


def with_database(url: str, name: str) -> str:
    parts = urlsplit(url)
    return urlunsplit((parts.scheme, parts.netloc, "/" + name, parts.query, parts.fragment))


def ms(seconds: float) -> str:
    return f"{seconds * 1000:7.2f} ms"


def bench_change(url: str, changes: int) -> tuple[list[float], list[float]]:
    import psycopg

    services = Services.open(url, actor="bench")
    account = services.accounts.create("Bench change")
    one = services.users.add(account.id, "Anna", "Rossi", "anna@bench.example")
    two = services.users.add(account.id, "Luca", "Bianchi", "luca@bench.example")
    services.contacts.set_role(account.id, Role.DECISION_MAKER, one.user_id)
    plain = psycopg.connect(url, autocommit=True)
    holders = (two.user_id, one.user_id)

    def plain_change(user_id: int) -> None:
        plain.execute("BEGIN")
        plain.execute(
            "SELECT id, name, version, reviewed_on FROM account WHERE id = %s FOR UPDATE", (account.id,)
        )
        plain_set_role(plain, "%s", account.id, user_id)
        plain.execute("COMMIT")

    ours: list[float] = []
    theirs: list[float] = []
    for n in range(changes):
        user_id = holders[n % 2]
        start = time.perf_counter()
        services.contacts.set_role(account.id, Role.DECISION_MAKER, user_id)
        ours.append(time.perf_counter() - start)
        start = time.perf_counter()
        plain_change(user_id)  # the app's next change is to the other holder: never a no-op
        theirs.append(time.perf_counter() - start)
    plain.close()
    services.close()
    return ours, theirs


WRITER = """
import json, sys, time
from contact_manager.domain.errors import Conflict
from contact_manager.services import Services
from contact_manager.store.errors import StorageError

url, account_id, changes, me = sys.argv[1], int(sys.argv[2]), int(sys.argv[3]), sys.argv[4]
services = Services.open(url)
done = conflicts = 0
while done < changes:
    version = services.accounts.get(account_id).version
    try:  # a new user each time: every change acknowledged is one version and one history row
        services.users.add(account_id, me, str(done), f"{me}.{done}@bench.example", expected_version=version)
        done += 1
    except (Conflict, StorageError) as error:
        if isinstance(error, StorageError) and error.kind != StorageError.CONFLICT:
            raise
        conflicts += 1
services.close()
print(json.dumps({"done": done, "conflicts": conflicts}))
"""


def bench_writers(url: str, processes: int, changes: int) -> dict[str, float]:
    services = Services.open(url, actor="bench")
    account = services.accounts.create("Bench writers")
    before = services.accounts.get(account.id).version
    start = time.perf_counter()
    writers = [
        subprocess.Popen(
            [sys.executable, "-c", WRITER, url, str(account.id), str(changes), f"w{number}"],
            stdout=subprocess.PIPE,
            text=True,
        )
        for number in range(processes)
    ]
    results = [json.loads(writer.communicate()[0]) for writer in writers]
    elapsed = time.perf_counter() - start
    done = sum(r["done"] for r in results)
    after = services.accounts.get(account.id).version
    history = len(services.history.list(account.id)) - 1  # the account's creation
    services.close()
    return {
        "done": done,
        "conflicts": sum(r["conflicts"] for r in results),
        "seconds": elapsed,
        "lost": done - min(after - before, history),
    }


# The window opened on the server, and when it is complete: every tab built, the users read,
# the day's exports made.
WINDOW_IDLE = (
    WINDOW_START
    + """
from PySide6.QtCore import QObject

def idle():
    backup = window.findChild(QObject, "dailyBackup")
    return ready and backup is not None and not backup.busy and not window.context.users.busy
"""
)

EXPORT = (
    WINDOW_IDLE
    + """
import shutil
from contact_manager.services.server_backups import server_backup_root

while not idle():  # the window complete, the start's own exports made
    app.processEvents()
backup = window.findChild(QObject, "dailyBackup")
shutil.rmtree(server_backup_root(window.services.store))  # due again
made = []
backup.made.connect(made.append)
seconds, gap = beat.scenario(backup.run, lambda: not backup.busy, timeout=300)
assert made, "no export was made"
print(json.dumps({"seconds": seconds, "gap": gap}), flush=True)
"""
)

START = (
    WINDOW_IDLE
    + """
seconds, gap = beat.from_the_first_frame(window.loader, idle, 300)
print(json.dumps({"seconds": seconds, "gap": gap}), flush=True)
"""
)


def make_large_account(url: str, users: int) -> int:
    """An account of ``users`` users, copied in (setting the benchmark up, not timing it)."""
    import psycopg

    services = Services.open(url, actor="bench")
    account = services.accounts.create("Bench export")
    services.close()
    with psycopg.connect(url) as db, db.cursor() as cursor:
        columns = "account_id, first_name, last_name, email, email_key, active, job_title, phone"
        with cursor.copy(f"COPY app_user ({columns}) FROM STDIN") as copy:
            for i in range(users):
                email = f"user.{i}@example.com"
                copy.write_row((account.id, f"First {i % 97}", f"Last {i // 100}", email, email, 1, "", ""))
    return account.id


def plain_export(url: str, account_id: int) -> float:
    """Seconds for plain psycopg to read the account's users and json.dumps them."""
    import psycopg

    start = time.perf_counter()
    with psycopg.connect(url) as db:
        rows = db.execute(
            "SELECT first_name, last_name, email, job_title, phone, active FROM app_user "
            "WHERE account_id = %s ORDER BY last_name, first_name, email_key",
            (account_id,),
        ).fetchall()
    keys = ("first_name", "last_name", "email", "job_title", "phone", "active")
    json.dumps({"users": [dict(zip(keys, row, strict=True)) for row in rows]}, ensure_ascii=False, indent=2)
    return time.perf_counter() - start


def bench_daily_export(url: str, users: int) -> tuple[float, float, float]:
    """(the window's seconds, its longest heartbeat gap, plain psycopg's seconds)."""
    account_id = make_large_account(url, users)
    with scratch_home():
        figures = child(EXPORT, str(ROOT / "bench"), url)
    return figures["seconds"], figures["gap"], plain_export(url, account_id)


def bench_start(url: str, runs: int) -> tuple[float, float]:
    """(median seconds from the first frame to every tab built, median longest gap)."""
    with scratch_home():
        child(START, str(ROOT / "bench"), url)  # the day's exports made: not in the figures
        starts = [child(START, str(ROOT / "bench"), url) for _ in range(runs)]
    return statistics.median(s["seconds"] for s in starts), statistics.median(s["gap"] for s in starts)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--db", default=os.environ.get(ENV), help=f"server URL (default: ${ENV})")
    parser.add_argument("--changes", type=int, default=300)
    parser.add_argument("--processes", type=int, default=5)
    parser.add_argument("--per-process", type=int, default=200)
    parser.add_argument("--users", type=int, default=100_000)
    args = parser.parse_args(argv)
    if not args.db:
        print(f"No server given (--db or ${ENV}): the PostgreSQL benchmarks were not run.")
        return 0
    import psycopg

    name = f"cm_bench_{os.getpid()}"
    with psycopg.connect(args.db, autocommit=True) as admin:
        admin.execute(f'CREATE DATABASE "{name}"')
    url = with_database(args.db, name)
    try:
        ours, theirs = bench_change(url, args.changes)
        ratio = statistics.median(ours) / statistics.median(theirs)
        print(f"(a) one contact change, {args.changes} times each, alternating")
        print(f"    app (services)   median {ms(statistics.median(ours))}")
        print(f"    plain psycopg    median {ms(statistics.median(theirs))}")
        verdict = "yes" if ratio <= TARGET else "NO"
        print(f"    ratio {ratio:.2f}x  ->  within {TARGET:g}x of plain psycopg: {verdict}")
        print()
        figures = bench_writers(url, args.processes, args.per_process)
        print(f"(b) {args.processes} processes x {args.per_process} changes of one account at once")
        print(
            f"    {figures['done']} changes in {figures['seconds']:.1f} s: "
            f"{figures['done'] / figures['seconds']:.0f} changes/s"
        )
        print(f"    refused as conflicts (and tried again): {figures['conflicts']}")
        print(f"    lost updates: {figures['lost']}")
        print()
        seconds, gap, plain = bench_daily_export(url, args.users)
        print(f"(c) the daily exports of an account of {args.users:,} users, made by the window")
        print(f"    made in {seconds:.2f} s (plain psycopg reading and json.dumps: {plain:.2f} s)")
        verdict = "yes" if gap <= 0.05 else "NO"
        print(
            f"    the longest the event loop went without a heartbeat: {gap * 1000:.1f} ms"
            f" (under 50 ms: {verdict})"
        )
        print()
        seconds, gap = bench_start(url, 3)
        print("(d) a window's start on it, median of 3 (from the first frame to every tab built)")
        verdict = "yes" if gap <= 0.05 else "NO"
        print(
            f"    {seconds:.2f} s; the longest gap between heartbeats: {gap * 1000:.1f} ms"
            f" (under 50 ms: {verdict})"
        )
        return 0 if figures["lost"] == 0 else 1
    except (Conflict, StorageError) as error:
        print(error.message)
        return 1
    finally:
        with psycopg.connect(args.db, autocommit=True) as admin:
            admin.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')


if __name__ == "__main__":
    raise SystemExit(main())
