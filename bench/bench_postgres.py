"""Server benchmarks: the app on a PostgreSQL server next to plain psycopg, in the same run.

(a) One contact change (one transaction: the account's row locked, its version claimed, the
    role's holder changed, a history row): ``services.contacts.set_role`` against plain
    psycopg running the same statements. Target: within 2x.
(b) 5 processes x 200 changes of one account at once (each adds a user), each from the
    version it last read:
    throughput, how many were refused as conflicts (and tried again), and lost updates
    (the account's version and its history must count every acknowledged change: 0 lost).

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


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--db", default=os.environ.get(ENV), help=f"server URL (default: ${ENV})")
    parser.add_argument("--changes", type=int, default=300)
    parser.add_argument("--processes", type=int, default=5)
    parser.add_argument("--per-process", type=int, default=200)
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
        return 0 if figures["lost"] == 0 else 1
    except (Conflict, StorageError) as error:
        print(error.message)
        return 1
    finally:
        with psycopg.connect(args.db, autocommit=True) as admin:
            admin.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')


if __name__ == "__main__":
    raise SystemExit(main())
