"""A server's bad conditions: each one clear sentence, its URL shown without a password, and
nothing half-written."""

from __future__ import annotations

import psycopg
import pytest

from contact_manager.services import Services
from contact_manager.store.connection import Store
from contact_manager.store.errors import StorageError
from contact_manager.store.server_errors import classify_server
from contact_manager.store.target import redact
from tests.pg_databases import admin, with_user


def _refusal(target, password=None) -> StorageError:
    with pytest.raises(StorageError) as refused:
        Store.open(target, password=password)
    assert "Traceback" not in refused.value.message
    return refused.value


def test_a_wrong_password_is_said_so_and_never_shown(pg_url, login_roles):
    ann = login_roles.make("ann", "right-one")
    problem = _refusal(with_user(pg_url, ann), password="wrong-one")
    assert problem.kind == StorageError.PASSWORD
    assert ann in problem.message and "wrong-one" not in problem.message
    # the right password gets further: to the office database's own refusal (no role yet)
    assert _refusal(with_user(pg_url, ann), password="right-one").kind == StorageError.NO_ACCESS


def test_an_unreachable_host_is_said_so_without_the_password():
    problem = _refusal("postgresql://ann:s3cret@127.0.0.1:1/office")
    assert problem.kind == StorageError.UNREACHABLE
    assert "postgresql://ann@127.0.0.1:1/office" in problem.message
    assert "s3cret" not in problem.message


def test_a_database_without_our_schema_that_the_login_may_not_create(pg_cluster, login_roles):
    name, url = pg_cluster.fresh(migrated=False)
    try:
        ann = login_roles.make("ann", "pw")
        problem = _refusal(with_user(url, ann), password="pw")
        assert problem.kind == StorageError.NO_SCHEMA
        assert "server setup" in problem.message
    finally:
        pg_cluster.drop(name)


def test_a_statement_timeout_is_one_sentence(pg_url):
    store = Store.open(pg_url)
    try:
        store.db.execute_sql("SET statement_timeout = 50")
        with pytest.raises(StorageError) as refused, store.read():
            store.db.execute_sql("SELECT pg_sleep(2)")
        assert refused.value.kind == StorageError.TIMEOUT
    finally:
        store.close()


def test_a_connection_dropped_mid_change_writes_nothing_and_the_next_change_reconnects(pg_url):
    services = Services.open(pg_url)
    try:
        account = services.accounts.create("Acme")
        pid = services.store.db.execute_sql("SELECT pg_backend_pid()").fetchone()[0]
        with pytest.raises(StorageError) as refused, services.store.transaction():
            services.store.db.execute_sql(
                "INSERT INTO app_user (account_id, first_name, last_name, email, email_key) "
                "VALUES (?, 'A', 'B', 'a@acme.example', 'a@acme.example')",
                (account.id,),
            )
            with admin(pg_url) as other:
                other.execute("SELECT pg_terminate_backend(%s)", (pid,))
            services.store.db.execute_sql("SELECT 1")
        assert refused.value.kind == StorageError.CONNECTION_LOST
        assert services.users.list(account.id) == []  # nothing half-written; reconnected
        services.users.add(account.id, "Anna", "Rossi", "anna@acme.example")
        assert [p.email for p in services.users.list(account.id)] == ["anna@acme.example"]
    finally:
        services.close()


def test_permission_and_conflict_are_sorted_by_sqlstate(pg_url, login_roles):
    with admin(pg_url) as owner:
        owner.execute("INSERT INTO account (name, name_key, created_at) VALUES ('Acme', 'acme', now())")
    bob = login_roles.make("bob", "pw")
    with admin(pg_url) as owner:
        owner.execute(f'GRANT SELECT ON account TO "{bob}"')
    reader = psycopg.connect(with_user(pg_url, bob), password="pw", autocommit=True)
    with reader, pytest.raises(psycopg.Error) as denied:
        reader.execute("UPDATE account SET phone = '1'")
    assert classify_server(denied.value, "x").kind == StorageError.PERMISSION
    first = psycopg.connect(pg_url)
    second = psycopg.connect(pg_url)
    try:
        for connection in (first, second):
            connection.execute("BEGIN ISOLATION LEVEL REPEATABLE READ")
            connection.execute("SELECT version FROM account").fetchall()
        first.execute("UPDATE account SET version = version + 1")
        first.commit()
        with pytest.raises(psycopg.Error) as clash:
            second.execute("UPDATE account SET version = version + 1")
        assert classify_server(clash.value, "x").kind == StorageError.CONFLICT
    finally:
        first.close()
        second.close()


def test_redact_hides_a_password_wherever_it_is():
    assert redact("postgresql://ann:pw@db.example:5432/office?sslmode=verify-full") == (
        "postgresql://ann:***@db.example:5432/office?sslmode=verify-full"
    )
    assert "pw" not in redact("postgresql://ann@db.example/office?password=pw&sslmode=require")
    assert redact("/home/ann/contacts.db") == "/home/ann/contacts.db"
