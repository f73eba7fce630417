"""Import 100,000 users from CSV and compare with the bare minimum, in the same run.

Baseline: csv.reader + email_validator (check_deliverability=False) + plain sqlite3 executemany
into the same schema, in one transaction, of the same rows the app writes: the users and one
"User added" history row each (which History's person filter finds; the schema's triggers
index their text on both sides). The app: services.importing.read -> preview -> run
(decoding, separator sniffing, header mapping, every verdict, one transaction). Target (issue
15): the app within 1.1x of the baseline. The two run back to back, five times;
the verdict is the median of the five paired ratios, because a shared machine swings single
runs by half (the best-against-best ratio is printed too). CPU time is this process's.

    .venv/bin/python bench/bench_import.py [ROWS]
"""

from __future__ import annotations

import csv
import io
import random
import sqlite3
import statistics
import sys
import tempfile
import time
from pathlib import Path

from email_validator import validate_email

from contact_manager.services import Services

TARGET = 1.1
ROUNDS = 5


class Clock:
    """Wall time and this process's CPU time: on a busy machine the CPU time is the steadier."""

    def __enter__(self) -> Clock:
        self.wall, self.cpu = time.perf_counter(), time.process_time()
        return self

    def __exit__(self, *exc: object) -> None:
        self.wall, self.cpu = time.perf_counter() - self.wall, time.process_time() - self.cpu


def make_csv(path: Path, rows: int) -> None:
    rnd = random.Random(100_000)
    firsts = ["Anna", "Luca", "Marta", "Paolo", "Giulia", "Marco", "Elena", "Sara", "José", "Niccolò"]
    lasts = ["Rossi", "Bianchi", "Verdi", "Neri", "Russo", "Ferrari", "Esposito", "Romano", "Müller"]
    out = io.StringIO(newline="")
    writer = csv.writer(out, delimiter=";")
    writer.writerow(["Nome", "Cognome", "Indirizzo email", "Ruolo", "Telefono", "Note"])
    for i in range(rows):
        first, last = rnd.choice(firsts), rnd.choice(lasts)
        local = f"{first}.{last}".lower().encode("ascii", "ignore").decode()
        writer.writerow([first, last, f"{local}.{i}@customer{i % 97}.example", "Staff", "", "imported"])
    path.write_bytes(out.getvalue().encode("utf-8-sig"))


def baseline(source: Path, database: Path) -> Clock:
    """The bare minimum: parse, validate each address, executemany in one transaction."""
    schema = Services.open(str(database), actor="bench")  # the app's own schema, then plain sqlite3
    account_id = schema.accounts.create("Bench").id
    schema.close()
    connection = sqlite3.connect(database, isolation_level=None)
    connection.execute("PRAGMA journal_mode=wal")
    connection.execute("PRAGMA synchronous=2")
    connection.execute("PRAGMA foreign_keys=ON")  # the app's pragmas: its rows' accounts are checked too
    with Clock() as clock:
        with source.open(encoding="utf-8-sig", newline="") as stream:
            reader = csv.reader(stream, delimiter=";")
            next(reader)
            rows, added = [], []
            at = time.strftime("%Y-%m-%dT%H:%M:%S+00:00", time.gmtime())
            for first, last, email, title, phone, _note in reader:
                normalized = validate_email(email, check_deliverability=False).normalized
                rows.append((account_id, first, last, normalized, normalized.casefold(), title, phone))
                name = f"{first} {last}".strip()
                shown = f"{name} <{normalized}>" if name else normalized
                added.append((account_id, at, "bench", "user.add", normalized, shown))
        connection.execute("BEGIN IMMEDIATE")
        connection.executemany(
            "INSERT INTO app_user (account_id, first_name, last_name, email, email_key, active, "
            "job_title, phone) VALUES (?, ?, ?, ?, ?, 1, ?, ?)",
            rows,
        )
        connection.executemany(
            "INSERT INTO history (account_id, at, actor, action, role, subject, old_value, new_value) "
            "VALUES (?, ?, ?, ?, NULL, ?, NULL, ?)",
            added,
        )
        connection.execute("COMMIT")
    connection.close()
    return clock


def app(source: Path, database: Path, rows: int) -> Clock:
    services = Services.open(str(database), actor="bench")
    account_id = services.accounts.create("Bench").id
    with Clock() as clock:
        table = services.importing.read(source)
        preview = services.importing.preview(account_id, table)
        result = services.importing.run(account_id, preview)
    assert result.imported == rows, result
    services.close()
    return clock


def main() -> int:
    rows = int(sys.argv[1]) if len(sys.argv) > 1 else 100_000
    with tempfile.TemporaryDirectory() as folder:
        work = Path(folder)
        source = work / "users.csv"
        make_csv(source, rows)
        base_runs, app_runs = [], []
        for round_number in range(ROUNDS):  # back to back, so each pair sees the same machine load
            base_runs.append(baseline(source, work / f"base{round_number}.db"))
            app_runs.append(app(source, work / f"app{round_number}.db", rows))
    print(f"import of {rows:,} users, {ROUNDS} rounds (baseline then app, back to back)")
    print(
        f"  {'round':<8}{'baseline wall':>14}{'app wall':>10}"
        f"{'baseline cpu':>14}{'app cpu':>10}{'ratio cpu':>11}"
    )
    for number, (base, ours) in enumerate(zip(base_runs, app_runs, strict=True), start=1):
        print(
            f"  {number:<8}{base.wall:13.2f}s{ours.wall:9.2f}s{base.cpu:13.2f}s{ours.cpu:9.2f}s"
            f"{ours.cpu / base.cpu:10.2f}x"
        )
    print("  baseline: csv.reader + email_validator + sqlite3 executemany, one transaction")
    print("  app: services.importing read + preview (every verdict) + run (one transaction)")
    for kind in ("wall", "cpu"):
        pairs = zip(base_runs, app_runs, strict=True)
        paired = statistics.median(getattr(o, kind) / getattr(b, kind) for b, o in pairs)
        best = min(getattr(r, kind) for r in app_runs) / min(getattr(r, kind) for r in base_runs)
        verdict = "OK" if paired <= TARGET else "OVER TARGET"
        print(
            f"  {kind}: median of paired ratios {paired:.2f}x (best against best {best:.2f}x), "
            f"target <= {TARGET}x: {verdict}"
        )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
