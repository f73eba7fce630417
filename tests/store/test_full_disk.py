"""A really full disk (a small tmpfs), through the real command-line process: one sentence in
the user's language, exit 1, nothing saved, and the reads SQLite can serve still answer."""

from __future__ import annotations

import errno
import os
import sqlite3
import subprocess

import pytest

FULL = "The disk is full: nothing was saved. Free some space and try again."
FULL_IT = "Il disco è pieno: non è stato salvato nulla. Libera un po' di spazio e riprova."


@pytest.fixture
def small_disk(tmp_path):
    """A 2 MiB file system of its own. Mounting needs root (CI runs the tests as root)."""
    mount_point = tmp_path / "disk"
    mount_point.mkdir()
    if os.geteuid() != 0:
        pytest.skip("mounting a small tmpfs needs root")
    done = subprocess.run(
        ["mount", "-t", "tmpfs", "-o", "size=2m,mode=0700", "tmpfs", str(mount_point)],
        capture_output=True,
        text=True,
    )
    if done.returncode != 0:
        pytest.skip(f"no tmpfs can be mounted here: {done.stderr.strip()}")
    yield mount_point
    subprocess.run(["umount", "-l", str(mount_point)], check=True)


def fill(folder):
    """Take every free byte of the file system; returns the file to delete to free it."""
    filler = folder / "filler.bin"
    descriptor = os.open(filler, os.O_CREAT | os.O_WRONLY, 0o600)
    try:
        for size in (1 << 16, 1 << 12, 1 << 9, 1):
            while True:
                try:
                    os.write(descriptor, b"\0" * size)
                except OSError as error:
                    assert error.errno == errno.ENOSPC
                    break
    finally:
        os.close(descriptor)
    return filler


def rows(path):
    connection = sqlite3.connect(path)
    try:
        tables = ("account", "app_user", "role_assignment", "history")
        return {t: connection.execute(f"SELECT * FROM {t} ORDER BY id").fetchall() for t in tables}
    finally:
        connection.close()


def assert_full(result, text=FULL):
    assert result.code == 1, result
    assert result.err == text + "\n", result.err
    assert result.out == ""


def test_a_full_disk_through_the_cli(cli, small_disk):
    db = small_disk / "contacts.db"
    assert cli("init", "--account", "Acme S.p.A.", db=db).code == 0
    for first in ("anna", "luca", "marta"):
        added = cli(
            "users", "add", "--first", first, "--last", "Rossi", "--email", f"{first}@acme.example", db=db
        )
        assert added.code == 0, added
    assert cli("contacts", "set", "primary", "anna@acme.example", db=db).code == 0
    before = rows(db)
    # The window stays open on the database meanwhile: its connection keeps SQLite's
    # shared-memory index (-shm), which every reader needs.
    window = sqlite3.connect(db)
    window.execute("SELECT count(*) FROM account").fetchone()
    try:
        filler = fill(small_disk)
        assert_full(
            cli("users", "add", "--first", "Nina", "--last", "Galli", "--email", "nina@acme.example", db=db)
        )
        assert_full(cli("contacts", "set", "primary", "luca@acme.example", db=db))
        assert_full(cli("contacts", "add", "billing", "marta@acme.example", db=db))
        assert_full(
            cli("--lang", "it", "contacts", "set", "technical-admin", "luca@acme.example", db=db), FULL_IT
        )
        shown = cli("contacts", "show", db=db)
        assert shown.code == 0 and shown.err == "", shown
        assert "Account primary contact   anna Rossi <anna@acme.example>" in shown.out
        listed = cli("users", "list", db=db)
        assert listed.code == 0 and listed.out.count("@acme.example") == 3, listed
        assert cli("history", db=db).code == 0
        assert rows(db) == before
        filler.unlink()
        again = cli(
            "users", "add", "--first", "Nina", "--last", "Galli", "--email", "nina@acme.example", db=db
        )
        assert again.code == 0, again
    finally:
        window.close()
    assert len(rows(db)["app_user"]) == 4


def test_with_no_room_even_for_the_shared_memory_index_a_read_says_so(cli, small_disk):
    """No program has the database open and the disk is full to the last byte: SQLite can't
    make the -shm file a reader needs, so even a read can't be served. It says why, in one
    line; the database is unchanged."""
    db = small_disk / "contacts.db"
    assert cli("init", "--account", "Acme S.p.A.", db=db).code == 0
    before = rows(db)
    filler = fill(small_disk)
    assert_full(cli("contacts", "show", db=db))
    assert_full(
        cli("users", "add", "--first", "Nina", "--last", "Galli", "--email", "nina@acme.example", db=db)
    )
    filler.unlink()
    assert rows(db) == before
    assert cli("contacts", "show", db=db).code == 0
