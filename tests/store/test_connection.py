"""Opening the database: pragmas, file permissions, URLs, and the errors a user is told about."""

from __future__ import annotations

import sqlite3
import stat
from pathlib import Path

import pytest

from contact_manager.services import Services
from contact_manager.store.connection import BUSY_TIMEOUT_MS, Store, parse_target
from contact_manager.store.errors import StorageError, classify
from contact_manager.store.migrations import LATEST_VERSION


def pragma(store, name):
    return store.db.execute_sql(f"PRAGMA {name}").fetchone()[0]


def test_pragmas_in_force(services):
    store = services.store
    assert pragma(store, "journal_mode") == "wal"
    assert pragma(store, "foreign_keys") == 1
    assert pragma(store, "synchronous") == 2
    assert pragma(store, "busy_timeout") == BUSY_TIMEOUT_MS > 0
    assert pragma(store, "user_version") == LATEST_VERSION


def test_created_file_and_folder_are_private(tmp_path):
    path = tmp_path / "new" / "folder" / "contacts.db"
    store = Store.open(path)
    try:
        with store.transaction():
            store.db.execute_sql("INSERT INTO account (name, name_key, created_at) VALUES ('a', 'a', 'x')")
        assert stat.S_IMODE(path.stat().st_mode) == 0o600
        assert stat.S_IMODE(path.parent.stat().st_mode) == 0o700
        assert stat.S_IMODE((path.parent / "contacts.db-wal").stat().st_mode) == 0o600
    finally:
        store.close()


def test_an_existing_file_keeps_its_mode(tmp_path):
    path = tmp_path / "shared.db"
    path.touch(mode=0o640)
    path.chmod(0o640)
    Store.open(path).close()
    assert stat.S_IMODE(path.stat().st_mode) == 0o640


def test_open_by_url_and_by_path_is_the_same_database(tmp_path):
    path = tmp_path / "by-url.db"
    services = Services.open(f"sqlite:///{path}", actor="tester")
    try:
        assert services.store.path == path
        services.accounts.create("Acme")
    finally:
        services.close()
    services = Services.open(str(path), actor="tester")
    try:
        assert [a.name for a in services.accounts.list()] == ["Acme"]
    finally:
        services.close()


def test_parse_target():
    """As in peewee and SQLAlchemy: three slashes then a relative path, four for an absolute one."""
    assert parse_target("sqlite:///data/c.db") == ("", Path("data/c.db"))
    assert parse_target("sqlite:////data/c.db") == ("", Path("/data/c.db"))
    assert parse_target("data/c.db") == ("", Path("data/c.db"))
    assert parse_target("postgresql://office/contacts") == ("postgresql://office/contacts", None)
    url, path = parse_target("~/c.db")
    assert url == "" and "~" not in str(path)


def test_not_a_database(tmp_path):
    path = tmp_path / "notes.db"
    content = b"These are my notes, not a database.\n" * 200
    path.write_bytes(content)
    with pytest.raises(StorageError) as info:
        Store.open(path)
    assert info.value.kind == StorageError.NOT_A_DATABASE
    assert str(path) in info.value.message
    assert path.read_bytes() == content


def test_read_only_database_refuses_writes_with_a_storage_error(services, account):
    """The file can only be read (root ignores chmod, so the connection is made read-only)."""
    services.store.db.execute_sql("PRAGMA query_only = 1")
    with pytest.raises(StorageError) as info:
        services.accounts.rename(account.id, "Changed")
    assert info.value.kind == StorageError.READ_ONLY
    assert "can only be read" in info.value.message
    services.store.db.execute_sql("PRAGMA query_only = 0")
    assert services.accounts.get(account.id).name == "Acme S.p.A."
    assert len(services.history.list(account.id)) == 1


def test_read_only_file_opened_through_sqlite(tmp_path):
    """What a read-only file does to a write, seen through a read-only sqlite3 connection."""
    path = tmp_path / "ro.db"
    Store.open(path).close()
    connection = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
    try:
        with pytest.raises(sqlite3.OperationalError) as info:
            connection.execute("INSERT INTO account (name, name_key, created_at) VALUES ('a', 'a', 'x')")
    finally:
        connection.close()
    assert classify(info.value, str(path)).kind == StorageError.READ_ONLY


def test_locked_database_gives_a_storage_error(services, account, db_path):
    services.store.db.execute_sql("PRAGMA busy_timeout = 50")
    other = sqlite3.connect(db_path, isolation_level=None)
    try:
        other.execute("BEGIN IMMEDIATE")
        with pytest.raises(StorageError) as info:
            services.accounts.rename(account.id, "Changed")
        assert info.value.kind == StorageError.LOCKED
    finally:
        other.execute("ROLLBACK")
        other.close()
    assert services.accounts.get(account.id).name == "Acme S.p.A."


def test_backup_to_writes_a_private_consistent_copy(services, account, tmp_path):
    copy = services.store.backup_to(tmp_path / "backups" / "copy.db")
    assert stat.S_IMODE(copy.stat().st_mode) == 0o600
    connection = sqlite3.connect(copy)
    try:
        assert connection.execute("SELECT name FROM account").fetchall() == [("Acme S.p.A.",)]
    finally:
        connection.close()


def test_data_version_changes_when_another_connection_commits(services, account, db_path):
    before = services.store.data_version()
    other = sqlite3.connect(db_path)
    with other:
        other.execute("UPDATE account SET version = version + 1")
    other.close()
    assert services.store.data_version() != before


def test_a_bug_while_opening_is_not_dressed_up_as_a_storage_problem(tmp_path, monkeypatch):
    from contact_manager.store import connection

    def broken(*args, **kwargs):
        raise RuntimeError("the list is full of bugs")

    monkeypatch.setattr(connection.migrations, "migrate", broken)
    with pytest.raises(RuntimeError, match="full of bugs"):
        Store.open(tmp_path / "c.db")


def test_two_stores_in_one_process_each_write_their_own_file(tmp_path):
    """peewee binds the models process-wide: opening a second database must not send the
    first one's writes into it."""
    from contact_manager.services import Services

    first = Services.open(str(tmp_path / "first.db"))
    second = Services.open(str(tmp_path / "second.db"))
    try:
        first.accounts.create("Only in the first")
        second.accounts.create("Only in the second")
        assert [a.name for a in first.accounts.list()] == ["Only in the first"]
        assert [a.name for a in second.accounts.list()] == ["Only in the second"]
    finally:
        first.close()
        second.close()
