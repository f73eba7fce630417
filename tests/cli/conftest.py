"""Running ``contact-manager-cli`` as a real process, the way a user or a script does."""

from __future__ import annotations

import os
import subprocess
import sys
from dataclasses import dataclass

import pytest


@dataclass
class Result:
    code: int
    out: str
    err: str

    @property
    def err_lines(self) -> list[str]:
        return self.err.splitlines()


@pytest.fixture
def cli_env(private_home):
    """The environment of the process: its own data folder, English, warnings as errors."""
    env = {k: v for k, v in os.environ.items() if not k.startswith("CONTACT_MANAGER_")}
    env.update(
        CONTACT_MANAGER_HOME=str(private_home),
        LANGUAGE="en",
        LANG="C.UTF-8",
        LC_ALL="C.UTF-8",
        PYTHONWARNINGS="error",
    )
    return env


@pytest.fixture
def cli(cli_env):
    """``cli("users", "list", db=path)`` runs the command line and returns its Result."""

    def run(*args: str, db=None, env=None) -> Result:
        argv = [*args, "--db", str(db)] if db is not None else list(args)
        done = subprocess.run(
            [sys.executable, "-m", "contact_manager.cli", *argv],
            env=env or cli_env,
            capture_output=True,
            text=True,
            encoding="utf-8",
            timeout=60,
        )
        return Result(done.returncode, done.stdout, done.stderr)

    return run


def assert_refused(result: Result, *fragments: str) -> str:
    """Exit 1, one line on stderr naming every fragment, no traceback, nothing on stdout."""
    assert result.code == 1, result
    assert len(result.err_lines) == 1, result.err
    assert "Traceback" not in result.err
    assert result.out == ""
    for fragment in fragments:
        assert fragment in result.err, (fragment, result.err)
    return result.err_lines[0]


@pytest.fixture
def acme_cli(database_target):
    """``run(*args)``: the real CLI process over a new database holding the account Acme, as
    ``subprocess.CompletedProcess`` (its ``.database`` is the file, or the server database's
    URL); Python warnings are errors."""
    database = database_target

    def run(*args: str) -> subprocess.CompletedProcess[str]:
        env = dict(os.environ, CONTACT_MANAGER_DB=str(database), LANGUAGE="en", PYTHONWARNINGS="error")
        return subprocess.run(
            [sys.executable, "-m", "contact_manager.cli", *args],
            capture_output=True,
            text=True,
            encoding="utf-8",
            env=env,
            timeout=120,
        )

    run.database = database  # type: ignore[attr-defined]
    assert run("init", "--account", "Acme").returncode == 0
    return run
