"""Looking at a file before opening it reads the file itself only when a WAL has frames to
lay over it: a database of a million changes is not read into memory at every start."""

from __future__ import annotations

import sqlite3
from pathlib import Path

from contact_manager.services import Services
from contact_manager.store import snapshot


def test_a_file_without_a_wal_is_not_read_into_memory_to_be_looked_at(tmp_path, monkeypatch):
    path = tmp_path / "contacts.db"
    Services.open(str(path)).close()  # the last connection closed: no -wal left
    assert not snapshot.wal_path(path).exists()
    read = []
    real = Path.read_bytes
    monkeypatch.setattr(Path, "read_bytes", lambda self: read.append(self) or real(self))
    with snapshot.reading(path) as connection:
        assert connection.execute("SELECT count(*) FROM account").fetchone() == (0,)
    assert path not in read
    Services.open(str(path)).close()  # opening it for real looks at it the same way
    assert path not in read


def test_a_file_with_committed_frames_in_its_wal_is_read_with_them(tmp_path):
    path = tmp_path / "contacts.db"
    services = Services.open(str(path))
    writer = sqlite3.connect(path)  # a second connection keeps the -wal when the first closes
    writer.execute("PRAGMA wal_autocheckpoint = 0")
    services.accounts.create("Acme")
    assert snapshot.wal_path(path).stat().st_size > snapshot.WAL_HEADER  # the change is in the WAL
    with snapshot.reading(path) as connection:
        assert connection.execute("SELECT name FROM account").fetchall() == [("Acme",)]
    writer.close()
    services.close()
