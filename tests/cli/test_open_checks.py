"""What the command line does with a file that is not ours, not current, empty or read-only."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

import pytest

from tests.cli.helpers import Result, assert_refused
from tests.store import damaged

NOBODY = 65534


@pytest.mark.parametrize(("make", "named"), damaged.HOSTILE)
def test_a_hostile_database_is_refused_by_name_for_reads_and_writes(cli, tmp_path, make, named):
    path = make(tmp_path / "c.db")
    before = damaged.files(tmp_path)
    assert_refused(cli("contacts", "show", db=path), named, str(path))
    add = ("users", "add", "--first", "New", "--last", "User", "--email", "new@acme.example")
    assert_refused(cli(*add, db=path), named, "The file has not been changed.")
    assert damaged.files(tmp_path) == before


@pytest.mark.parametrize("version", [1, 2])
def test_another_programs_file_is_not_a_contact_manager_database_and_stays_as_it_was(cli, tmp_path, version):
    path = damaged.foreign(tmp_path / "notes.sqlite", version)
    before = damaged.files(tmp_path)
    assert_refused(cli("users", "list", db=path), "is not a Contact Manager database")
    assert_refused(cli("init", "--account", "Acme", db=path), "is not a Contact Manager database")
    assert damaged.files(tmp_path) == before  # byte for byte, and no backup, -wal or -shm beside it


def test_a_newer_version_with_a_wal_left_by_a_crash_is_truly_untouched(cli, tmp_path):
    path = damaged.newer_with_wal(tmp_path / "c.db")
    before = damaged.files(tmp_path)
    assert before[path.name + "-wal"]  # the upgrade is in the -wal only
    assert_refused(cli("users", "list", db=path), "newer version", "the file has not been changed")
    assert damaged.files(tmp_path) == before


def test_a_read_of_an_empty_file_writes_nothing_into_it(cli, tmp_path):
    path = tmp_path / "empty.db"
    path.touch()
    assert_refused(cli("users", "list", db=path), "is an empty file", "init --account")
    assert_refused(cli("contacts", "show", db=path), "is an empty file")
    assert damaged.files(tmp_path) == {"empty.db": b""}
    # init is the write that may create the database in it
    assert cli("init", "--account", "Acme", db=path).code == 0
    assert cli("accounts", "list", db=path).out.strip() == "Acme"


# --- read-only files and folders: run as another user when root, whom chmod does not stop -----


@pytest.fixture
def shared(tmp_path):
    """A folder every user may enter, and a way to run the CLI as a user who may not write it."""
    folder = Path(tempfile.mkdtemp(prefix="cm-ro-"))
    folder.chmod(0o755)
    home = Path(tempfile.mkdtemp(prefix="cm-ro-home-"))
    home.chmod(0o777)
    yield folder, home
    for path in (folder, home):
        path.chmod(0o755)
        shutil.rmtree(path)


def run_as_reader(home: Path, *args: str) -> Result:
    env = {k: v for k, v in os.environ.items() if not k.startswith("CONTACT_MANAGER_")}
    env.update(CONTACT_MANAGER_HOME=str(home), LANGUAGE="en", LANG="C.UTF-8", LC_ALL="C.UTF-8")
    # root may write anything: as root, the reader is "nobody" (setpriv, from util-linux)
    demote = (
        ["setpriv", f"--reuid={NOBODY}", f"--regid={NOBODY}", "--clear-groups"] if os.geteuid() == 0 else []
    )
    done = subprocess.run(
        [*demote, sys.executable, "-m", "contact_manager.cli", *args],
        env=env,
        capture_output=True,
        text=True,
        encoding="utf-8",
        timeout=60,
        cwd=home,
    )
    return Result(done.returncode, done.stdout, done.stderr)


def _owned_by_reader(path: Path) -> None:
    if os.geteuid() == 0:
        os.chown(path, NOBODY, NOBODY)


def test_in_a_read_only_folder_a_read_works_and_a_write_says_why_not(shared):
    folder, home = shared
    path = damaged.ours(folder / "c.db")
    path.chmod(0o644)
    _owned_by_reader(path)  # the reader may write the file, not the folder
    folder.chmod(0o555)
    before = damaged.files(folder)
    listed = run_as_reader(home, "users", "list", "--db", str(path))
    assert listed.code == 0, listed
    assert "anna@acme.example" in listed.out
    shown = run_as_reader(home, "contacts", "show", "--db", str(path))
    assert shown.code == 0 and "Anna Rossi" in shown.out, shown
    checked = run_as_reader(home, "check", "--db", str(path))
    assert checked.code == 0, checked
    add = ("users", "add", "--first", "New", "--last", "User", "--email", "new@acme.example")
    assert_refused(run_as_reader(home, *add, "--db", str(path)), "can only be read: nothing was saved")
    assert damaged.files(folder) == before


def test_a_read_only_database_gets_no_empty_wal_beside_it(shared):
    folder, home = shared
    path = damaged.ours(folder / "c.db")
    path.chmod(0o444)
    _owned_by_reader(folder)  # the reader may write the folder, not the file
    before = damaged.files(folder)
    listed = run_as_reader(home, "users", "list", "--db", str(path))
    assert listed.code == 0 and "anna@acme.example" in listed.out, listed
    assert damaged.files(folder) == before
    assert sorted(item.name for item in folder.iterdir()) == ["c.db"]
