"""Several processes writing one account at once: no lost update, each refusal a conflict."""

from __future__ import annotations

import json
import subprocess
import sys

from contact_manager.services import Services

WRITER = """
import json, sys
from contact_manager.domain.errors import Conflict
from contact_manager.services import Services
from contact_manager.store.errors import StorageError

url, account_id, me = sys.argv[1], int(sys.argv[2]), sys.argv[3]
services = Services.open(url)
done = refused = 0
for n in range(20):
    version = services.accounts.get(account_id).version
    try:
        services.users.add(account_id, me, str(n), f"{me}.{n}@acme.example", expected_version=version)
        done += 1
    except (Conflict, StorageError) as error:
        assert isinstance(error, Conflict) or error.kind == StorageError.CONFLICT, error
        assert error.message
        refused += 1
services.close()
print(json.dumps({"done": done, "refused": refused}))
"""


def test_five_writers_of_one_account_lose_no_update(pg_url):
    services = Services.open(pg_url)
    try:
        account = services.accounts.create("Acme")
        start = services.accounts.get(account.id).version
        writers = [
            subprocess.Popen(
                [sys.executable, "-c", WRITER, pg_url, str(account.id), f"w{i}"],
                stdout=subprocess.PIPE,
                text=True,
            )
            for i in range(5)
        ]
        results = [json.loads(writer.communicate(timeout=120)[0]) for writer in writers]
        assert all(writer.returncode == 0 for writer in writers)
        done = sum(result["done"] for result in results)
        assert done + sum(result["refused"] for result in results) == 100
        # every acknowledged change is there, and each one claimed exactly one version
        assert len(services.users.list(account.id)) == done
        assert services.accounts.get(account.id).version == start + done
    finally:
        services.close()
