"""A PostgreSQL server of the tests' own, for the tests that stop and start it.

Most server tests use the shared test server (``tests/pg_databases.py``); one that restarts
the server must not take it from under the others. ``need_own_server()`` is the URL of a
server this process starts once with ``initdb`` and ``pg_ctl`` in a temporary folder (as the
``postgres`` user when run as root, as CI is) and stops at exit; without PostgreSQL's
programs the test is skipped, except under CI=true, where it fails.
"""

from __future__ import annotations

import atexit
import glob
import os
import shutil
import socket
import subprocess
import tempfile
import time
from pathlib import Path

import pytest

_started: dict[str, str | None] = {}
_watchers: list[subprocess.Popen[bytes]] = []


def _binary(name: str) -> str | None:
    found = shutil.which(name)
    if found:
        return found
    candidates = sorted(glob.glob(f"/usr/lib/postgresql/*/bin/{name}"))
    return candidates[-1] if candidates else None


def _free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


def _as_server_user(command: list[str]) -> list[str]:
    if os.geteuid() != 0:
        return command
    return ["runuser", "-u", "postgres", "--", *command]


def _start() -> str | None:
    initdb, pg_ctl = _binary("initdb"), _binary("pg_ctl")
    if initdb is None or pg_ctl is None:
        return None
    folder = Path(tempfile.mkdtemp(prefix="cm-pg-"))
    if os.geteuid() == 0:
        shutil.chown(folder, "postgres")
    data, port = folder / "data", _free_port()
    # over the socket anyone is trusted (the tests' own connections); over TCP a password is needed
    auth = ["--auth-local=trust", "--auth-host=scram-sha-256"]
    try:
        subprocess.run(
            _as_server_user([initdb, "-D", str(data), *auth, "-U", "postgres", "--no-sync"]),
            check=True,
            capture_output=True,
            timeout=120,
        )
        options = f"-p {port} -k {folder} -c listen_addresses=127.0.0.1 -c fsync=off"
        subprocess.run(
            _as_server_user(
                [pg_ctl, "-D", str(data), "-o", options, "-l", str(folder / "log"), "-w", "start"]
            ),
            check=True,
            capture_output=True,
            timeout=120,
        )
    except (OSError, subprocess.SubprocessError):
        return None

    def stop() -> None:
        subprocess.run(
            _as_server_user([pg_ctl, "-D", str(data), "-m", "immediate", "stop"]),
            capture_output=True,
            timeout=60,
        )
        shutil.rmtree(folder, ignore_errors=True)

    atexit.register(stop)
    immediate_stop = _as_server_user([pg_ctl, "-D", str(data), "-m", "immediate", "stop"])
    _stop_when_gone(os.getpid(), immediate_stop, folder)
    _started["data"], _started["pg_ctl"] = str(data), pg_ctl
    _started["tcp"] = f"127.0.0.1:{port}"
    return f"postgresql://postgres@/postgres?host={folder}&port={port}"


def _stop_when_gone(pid: int, stop: list[str], folder: Path) -> None:
    """A watcher that stops the server once this process is gone, however it ended (atexit
    does not run when a process is killed or leaves through os._exit)."""
    import shlex

    script = (
        f"while kill -0 {pid} 2>/dev/null; do sleep 1; done; "
        f"{shlex.join(stop)} >/dev/null 2>&1; rm -rf {shlex.quote(str(folder))}"
    )
    watcher = subprocess.Popen(
        ["sh", "-c", script],
        stdin=subprocess.DEVNULL,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
        start_new_session=True,
    )
    _watchers.append(watcher)  # kept: it runs on after this process, and is not to be waited for


def need_own_server() -> str:
    if "url" not in _started:
        _started["url"] = _start()
    url = _started["url"]
    if url is None:
        if os.environ.get("CI") == "true":
            pytest.fail("CI needs a PostgreSQL server for this test (initdb and pg_ctl were not found)")
        pytest.skip("no PostgreSQL server here (initdb and pg_ctl not found)")
    return url


def restart_server() -> None:
    """Stop the server this process started and start it again (a server restart)."""
    data, pg_ctl = _started.get("data"), _started.get("pg_ctl")
    assert data is not None and pg_ctl is not None  # need_own_server() started it
    restart = [pg_ctl, "-D", data, "-l", str(Path(data).parent / "log"), "-m", "fast", "-w", "restart"]
    subprocess.run(_as_server_user(restart), check=True, capture_output=True, timeout=120)
    time.sleep(0.2)


def fresh_database(url: str, name: str, *, owner: str = "postgres") -> str:
    """A new empty database ``name`` on the server (dropped first if there); its URL."""
    import psycopg

    with psycopg.connect(url, autocommit=True) as connection:
        connection.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')
        connection.execute(f'CREATE DATABASE "{name}" OWNER "{owner}"')
    return url.replace("/postgres?", f"/{name}?")


def role_with_password(url: str, role: str, password: str, database: str) -> str:
    """A login role with ``password``, owning a new database ``database``; the URL that reaches
    it over TCP, where the server asks for the password (without the password in it)."""
    import psycopg

    with psycopg.connect(url, autocommit=True) as connection:
        connection.execute(f'DROP DATABASE IF EXISTS "{database}" WITH (FORCE)')
        owned = connection.execute(
            "SELECT datname FROM pg_database JOIN pg_roles ON datdba = pg_roles.oid WHERE rolname = %s",
            (role,),
        ).fetchall()
        for (name,) in owned:  # an earlier test's database of the same role
            connection.execute(f'DROP DATABASE "{name}" WITH (FORCE)')
        connection.execute(f'DROP ROLE IF EXISTS "{role}"')
        connection.execute(f"CREATE ROLE \"{role}\" LOGIN PASSWORD '{password}'")
    fresh_database(url, database, owner=role)
    return f"postgresql://{role}@{_started['tcp']}/{database}"
