"""Running ``contact-manager-cli`` as a real process, the way a user or a script does, and
reading what it answered. The fixtures over these (``cli``, ``cli_env``) are in tests/conftest.py."""

from __future__ import annotations

import os
import subprocess
import sys
from dataclasses import dataclass
from pathlib import Path
from typing import Any


@dataclass
class Result:
    code: int
    out: str
    err: str

    @property
    def err_lines(self) -> list[str]:
        return self.err.splitlines()


def cli_environment(home: Path) -> dict[str, str]:
    """The environment of the process: its own data folder, English, warnings as errors."""
    env = {k: v for k, v in os.environ.items() if not k.startswith("CONTACT_MANAGER_")}
    env.update(
        CONTACT_MANAGER_HOME=str(home),
        LANGUAGE="en",
        LANG="C.UTF-8",
        LC_ALL="C.UTF-8",
        PYTHONWARNINGS="error",
    )
    return env


def run_process(
    args: list[str], env: dict[str, str], timeout: int = 60, **options: Any
) -> subprocess.CompletedProcess[str]:
    """``python -m contact_manager.cli *args``, its output read as UTF-8 text (``options``: more
    of ``subprocess.run``'s)."""
    return subprocess.run(
        [sys.executable, "-m", "contact_manager.cli", *args],
        env=env,
        capture_output=True,
        text=True,
        encoding="utf-8",
        timeout=timeout,
        **options,
    )


def run_cli(*args: str, env: dict[str, str], db: object = None) -> Result:
    """Run the command line (``--db db`` added when given) and return its Result."""
    argv = [*args, "--db", str(db)] if db is not None else list(args)
    done = run_process(argv, env)
    return Result(done.returncode, done.stdout, done.stderr)


def assert_refused(result: Result, *fragments: str) -> str:
    """Exit 1, one line on stderr naming every fragment, no traceback, nothing on stdout."""
    assert result.code == 1, result
    assert len(result.err_lines) == 1, result.err
    assert "Traceback" not in result.err
    assert result.out == ""
    for fragment in fragments:
        assert fragment in result.err, (fragment, result.err)
    return result.err_lines[0]
