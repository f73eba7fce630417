"""psycopg (the PostgreSQL driver, with libpq) is loaded when a server is opened, not with
peewee at every start on a file; once given, peewee's PostgreSQL support is whole."""

from __future__ import annotations

import subprocess
import sys

CHECK = """
import sys
from contact_manager.services import Services
services = Services.open(sys.argv[1])
services.accounts.create("Acme")
services.close()
print("psycopg" in sys.modules, any(name.startswith("psycopg") for name in sys.modules))

from contact_manager.store.pg_driver import give_to_peewee
import peewee
give_to_peewee()
import psycopg
from psycopg.pq import TransactionStatus
database = peewee.PostgresqlDatabase("postgresql://nobody@localhost/none", prefer_psycopg3=True)
print(peewee.psycopg is psycopg, type(database._adapter).__name__,
      peewee.Psycopg3Adapter.txn_inerror is TransactionStatus.INERROR)
"""


def test_a_start_on_a_file_loads_no_postgresql_driver_and_a_server_gets_it_whole(tmp_path):
    done = subprocess.run(
        [sys.executable, "-c", CHECK, str(tmp_path / "contacts.db")],
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert done.returncode == 0, done.stderr
    assert done.stdout.splitlines() == ["False False", "True Psycopg3Adapter True"]
