"""The LISTEN connection: it hears the server's notices and says when it is gone."""

from __future__ import annotations

import time

import pytest
from peewee import PostgresqlDatabase, SqliteDatabase

from contact_manager.store.listening import CHANNEL, Listener, ListenerLost


def notify(url: str, *payloads: str) -> None:
    import psycopg

    with psycopg.connect(url, autocommit=True) as connection:
        for payload in payloads:
            connection.execute("SELECT pg_notify(%s, %s)", (CHANNEL, payload))


def terminate(url: str, pid: int) -> None:
    import psycopg

    with psycopg.connect(url, autocommit=True) as connection:
        connection.execute("SELECT pg_terminate_backend(%s)", (pid,))


def drain_until(listener: Listener, count: int) -> list[str]:
    heard: list[str] = []
    deadline = time.monotonic() + 10
    while len(heard) < count and time.monotonic() < deadline:
        heard += listener.drain()
        time.sleep(0.02)
    return heard


def test_a_sqlite_database_has_no_listener(tmp_path):
    assert Listener.open(SqliteDatabase(str(tmp_path / "x.db"))) is None


def test_the_listener_hears_every_notice_in_order(pg_url):
    url = pg_url
    from playhouse.db_url import connect

    database = connect(url)
    assert isinstance(database, PostgresqlDatabase)
    listener = Listener.open(database)
    try:
        assert listener.drain() == []  # nothing yet, and no wait for it
        notify(url, "7", "8")
        assert drain_until(listener, 2) == ["7", "8"]
    finally:
        listener.close()


def test_a_dropped_connection_is_reported_not_waited_on(pg_url):
    url = pg_url
    from playhouse.db_url import connect

    listener = Listener.open(connect(url))
    terminate(url, listener.connection.info.backend_pid)
    with pytest.raises(ListenerLost):
        drain_until(listener, 1)
    with pytest.raises(ListenerLost):
        listener.drain()


def test_an_unreachable_server_is_a_lost_listener_at_once():
    from contact_manager.store.listening import Listener

    started = time.monotonic()
    with pytest.raises(ListenerLost):
        Listener.connect("nothing", {"host": "127.0.0.1", "port": 1, "user": "nobody"})
    assert time.monotonic() - started < 10
