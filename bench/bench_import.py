"""Import 100,000 users from CSV and compare with the bare minimum, in the same run.

Baseline: csv.reader + email_validator (check_deliverability=False) + plain sqlite3 executemany
into the same schema, in one transaction. The app: services.importing.read -> preview -> run
(decoding, separator sniffing, header mapping, every verdict, one transaction, history row).
Target (issue 4): the app within 1.3x of the baseline.

    .venv/bin/python bench/bench_import.py [ROWS]
"""

from __future__ import annotations

import csv
import io
import random
import sqlite3
import sys
import tempfile
import time
from pathlib import Path

from email_validator import validate_email

from contact_manager.services import Services

TARGET = 1.3
ROUNDS = 2


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


def baseline(source: Path, database: Path) -> float:
    """The bare minimum: parse, validate each address, executemany in one transaction."""
    schema = Services.open(str(database), actor="bench")  # the app's own schema, then plain sqlite3
    account_id = schema.accounts.create("Bench").id
    schema.close()
    started = time.perf_counter()
    with source.open(encoding="utf-8-sig", newline="") as stream:
        reader = csv.reader(stream, delimiter=";")
        next(reader)
        rows = []
        for first, last, email, title, phone, _note in reader:
            normalized = validate_email(email, check_deliverability=False).normalized
            rows.append((account_id, first, last, normalized, normalized.casefold(), title, phone))
    connection = sqlite3.connect(database, isolation_level=None)
    connection.execute("PRAGMA journal_mode=wal")
    connection.execute("PRAGMA synchronous=2")
    connection.execute("BEGIN IMMEDIATE")
    connection.executemany(
        "INSERT INTO app_user (account_id, first_name, last_name, email, email_key, active, "
        "job_title, phone) VALUES (?, ?, ?, ?, ?, 1, ?, ?)",
        rows,
    )
    connection.execute("COMMIT")
    elapsed = time.perf_counter() - started
    connection.close()
    return elapsed


def app(source: Path, database: Path, rows: int) -> float:
    services = Services.open(str(database), actor="bench")
    account_id = services.accounts.create("Bench").id
    started = time.perf_counter()
    table = services.importing.read(source)
    preview = services.importing.preview(account_id, table)
    result = services.importing.run(account_id, preview)
    elapsed = time.perf_counter() - started
    assert result.imported == rows, result
    services.close()
    return elapsed


def main() -> int:
    rows = int(sys.argv[1]) if len(sys.argv) > 1 else 100_000
    with tempfile.TemporaryDirectory() as folder:
        work = Path(folder)
        source = work / "users.csv"
        make_csv(source, rows)
        base_times, app_times = [], []
        for round_number in range(ROUNDS):
            base_times.append(baseline(source, work / f"base{round_number}.db"))
            app_times.append(app(source, work / f"app{round_number}.db", rows))
    base, ours = min(base_times), min(app_times)
    ratio = ours / base
    print(f"import of {rows:,} users (best of {ROUNDS})")
    print(f"  baseline: email_validator + sqlite3 executemany  {base:8.2f} s")
    print(f"  app: read + preview (verdicts) + import           {ours:8.2f} s")
    print(f"  ratio {ratio:.2f}x (target <= {TARGET}x): {'OK' if ratio <= TARGET else 'OVER TARGET'}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
