"""The server's migrations: the same named steps as SQLite's, each one tested, the version in
a table, a newer schema refused and left alone, and one migration when clients start at once."""

from __future__ import annotations

import subprocess
import sys

import pytest

from contact_manager.store import migrations, server_migrations
from contact_manager.store.connection import Store
from contact_manager.store.errors import StorageError
from contact_manager.store.server import open_database
from tests.pg_databases import admin


@pytest.fixture
def empty_url(pg_cluster):
    name, url = pg_cluster.fresh(migrated=False)
    yield url
    pg_cluster.drop(name)


def test_the_server_has_the_same_named_steps_as_sqlite():
    assert [(m.version, m.name) for m in server_migrations.SERVER_MIGRATIONS] == [
        (m.version, m.name) for m in migrations.MIGRATIONS
    ]


def _objects(url):
    with admin(url) as connection:
        return connection.execute(
            "SELECT relname, relkind FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace "
            "WHERE nspname = 'public' ORDER BY relname"
        ).fetchall()


@pytest.mark.parametrize("version", [m.version for m in server_migrations.SERVER_MIGRATIONS[:-1]])
def test_each_step_upgrades_a_database_left_at_the_one_before(empty_url, version):
    db = open_database(empty_url)
    db.connect()
    server_migrations.migrate(db, "test", server_migrations.SERVER_MIGRATIONS[:version])
    assert server_migrations.schema_version(db) == version
    db.execute_sql("INSERT INTO account (name, name_key, created_at) VALUES ('Acme', 'acme', now())")
    db.close()
    store = Store.open(empty_url)
    try:
        assert server_migrations.schema_version(store.db) == migrations.LATEST_VERSION
        with store.read():
            assert store.db.execute_sql("SELECT name FROM account").fetchall() == [("Acme",)]
    finally:
        store.close()


def test_a_newer_schema_is_refused_and_left_alone(pg_url):
    with admin(pg_url) as connection:
        connection.execute("UPDATE contact_manager_schema SET version = 99")
    before = _objects(pg_url)
    with pytest.raises(StorageError) as refused:
        Store.open(pg_url)
    assert refused.value.kind == StorageError.NEWER
    assert _objects(pg_url) == before
    with admin(pg_url) as connection:
        assert connection.execute("SELECT version FROM contact_manager_schema").fetchone() == (99,)


def test_another_programs_database_is_refused_and_left_alone(empty_url):
    with admin(empty_url) as connection:
        connection.execute("CREATE TABLE invoices (id int)")
    with pytest.raises(StorageError) as refused:
        Store.open(empty_url)
    assert refused.value.kind == StorageError.NOT_A_DATABASE
    assert [name for name, _kind in _objects(empty_url)] == ["invoices"]


OPEN = """
import sys
from contact_manager.store.connection import Store
Store.open(sys.argv[1]).close()
"""


def test_two_clients_starting_at_once_migrate_once(empty_url):
    starts = [subprocess.Popen([sys.executable, "-c", OPEN, empty_url]) for _ in range(3)]
    assert [start.wait(60) for start in starts] == [0, 0, 0]
    with admin(empty_url) as connection:
        assert connection.execute("SELECT version FROM contact_manager_schema").fetchall() == [
            (migrations.LATEST_VERSION,)
        ]
