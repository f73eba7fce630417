"""The CLI tests' own fixture; ``cli`` and ``cli_env`` (shared with the store's tests) are in
tests/conftest.py, the helpers they use in tests/cli/helpers.py."""

from __future__ import annotations

import os

import pytest

from tests.cli.helpers import run_process


@pytest.fixture
def acme_cli(database_target):
    """``run(*args)``: the real CLI process over a new database holding the account Acme, as
    ``subprocess.CompletedProcess`` (its ``.database`` is the file, or the server database's
    URL); Python warnings are errors."""
    database = database_target

    def run(*args: str):
        env = dict(os.environ, CONTACT_MANAGER_DB=str(database), LANGUAGE="en", PYTHONWARNINGS="error")
        return run_process(list(args), env, timeout=120)

    run.database = database  # type: ignore[attr-defined]
    assert run("init", "--account", "Acme").returncode == 0
    return run


@pytest.fixture
def cli_db(database_target):
    """What ``cli(..., db=cli_db)`` opens: the test's SQLite file, or a fresh server database (the
    one ``services`` is open on); the tests about SQLite files ask for ``db_path`` instead."""
    return database_target
