"""Hearing of other clients' commits: PostgreSQL's LISTEN on a connection of its own.

The server's trigger notifies ``contact_manager_changes`` with the account id on every change.
``Listener.open(database)`` opens a second connection to the database the store's peewee
``database`` reaches (same host, user, password and options), in autocommit, and listens on
that channel. ``fileno()`` is its socket, for the caller's event loop to watch;
``drain()`` reads what has arrived without waiting and raises ``ListenerLost`` once the
connection is gone (server restarted, network dropped). SQLite has no such thing:
``Listener.open`` returns None for it, and the caller polls ``Store.data_version``.
"""

from __future__ import annotations

import contextlib
from typing import Any

from peewee import Database, PostgresqlDatabase

from contact_manager.store.server import CHANGES_CHANNEL as CHANNEL

# A network that drops without closing the connection is noticed within about half a minute:
# the kernel's keepalive probes fail, and the socket reports the error.
KEEPALIVE = {"connect_timeout": 5, "keepalives": 1, "keepalives_idle": 10}
KEEPALIVE |= {"keepalives_interval": 5, "keepalives_count": 3}


def listens(database: Database) -> bool:
    """Whether ``database`` is a server's, which notifies its changes (else: poll)."""
    return isinstance(database, PostgresqlDatabase)


class ListenerLost(Exception):
    """The listening connection is gone; a new ``Listener`` is needed."""


class Listener:
    """One autocommit connection that LISTENs on ``CHANNEL``."""

    def __init__(self, connection: Any) -> None:
        self.connection = connection

    @classmethod
    def open(cls, database: Database) -> Listener | None:
        """Listen where ``database`` (the store's) connects; None for a SQLite database.

        Raises ListenerLost when the server can't be reached now."""
        if not listens(database):
            return None
        return cls.connect(database.database, dict(database.connect_params))

    @classmethod
    def connect(cls, dbname: str, params: dict[str, Any]) -> Listener:
        """Listen on the database ``dbname`` (a name, or a server URL) with ``params``."""
        import psycopg

        where: dict[str, Any] = {"conninfo": dbname} if "://" in dbname else {"dbname": dbname}
        try:
            connection = psycopg.connect(**where, autocommit=True, **{**KEEPALIVE, **params})
        except psycopg.Error as error:
            raise ListenerLost(str(error)) from error
        try:
            connection.execute(f"LISTEN {CHANNEL}")
        except psycopg.Error as error:
            connection.close()
            raise ListenerLost(str(error)) from error
        return cls(connection)

    def fileno(self) -> int:
        return int(self.connection.fileno())

    def drain(self) -> list[str]:
        """The payloads (account ids as text) that have arrived, without waiting for more."""
        import psycopg

        if self.connection.closed:
            raise ListenerLost("closed")
        try:
            payloads = [notify.payload for notify in self.connection.notifies(timeout=0)]
        except psycopg.Error as error:
            self.close()
            raise ListenerLost(str(error)) from error
        if self.connection.broken:
            self.close()
            raise ListenerLost("broken")
        return payloads

    def close(self) -> None:
        with contextlib.suppress(Exception):  # a connection already broken closes as it can
            self.connection.close()
