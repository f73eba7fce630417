"""Transactions: a write takes SQLite's write lock at once, a read never takes it, and a failed
rollback never hides the error that made it necessary.

A write begins with ``BEGIN IMMEDIATE``: it waits (the busy timeout) for another writer up
front instead of failing half-way. A read begins with ``BEGIN DEFERRED``: under WAL it sees
the last committed state at once, whatever another program is writing. After SQLITE_FULL or
an I/O error SQLite may already have rolled the transaction back, and the ROLLBACK (or
ROLLBACK TO a savepoint) then fails too; the error the caller gets is the first one.

On a PostgreSQL server a read is one REPEATABLE READ READ ONLY transaction (one snapshot, as
SQLite's); a write is READ COMMITTED, the account's row locked by its first read
(``Service._account``), so that two writers of one account take turns as SQLite's write lock
makes them, and a stale version check fails the same way.
"""

from __future__ import annotations

import logging
import uuid
from collections.abc import Iterator
from contextlib import contextmanager

from peewee import Database, SqliteDatabase

log = logging.getLogger(__name__)

WRITE = "IMMEDIATE"
READ = "DEFERRED"
SERVER_READ = "REPEATABLE READ READ ONLY"  # peewee writes it after BEGIN TRANSACTION ISOLATION LEVEL


class _Open:
    """What sits on peewee's transaction stack while one of ours is open, so that peewee's own
    ``atomic()`` inside it makes a savepoint."""


@contextmanager
def atomic(db: Database, lock_type: str) -> Iterator[None]:
    """One transaction, or a savepoint inside the one already open."""
    if db.transaction_depth() > 0:
        with _savepoint(db):
            yield
        return
    if isinstance(db, SqliteDatabase):
        db.begin(lock_type)
    elif lock_type == READ:
        db.begin(SERVER_READ)  # type: ignore[call-arg]  # PostgresqlDatabase.begin(isolation_level)
    else:
        db.begin()
    db.push_transaction(_Open())
    try:
        yield
    except BaseException:
        db.pop_transaction()
        _rollback_quietly(db)
        raise
    db.pop_transaction()
    try:
        db.commit()
    except BaseException:
        _rollback_quietly(db)
        raise


@contextmanager
def _savepoint(db: Database) -> Iterator[None]:
    name = '"s' + uuid.uuid4().hex + '"'
    db.execute_sql(f"SAVEPOINT {name}")
    db.push_transaction(_Open())
    try:
        yield
    except BaseException:
        db.pop_transaction()
        try:
            db.execute_sql(f"ROLLBACK TO SAVEPOINT {name}")
            db.execute_sql(f"RELEASE SAVEPOINT {name}")
        except Exception:  # SQLite already rolled the whole transaction back
            log.warning("rolling back to a savepoint failed", exc_info=True)
        raise
    db.pop_transaction()
    db.execute_sql(f"RELEASE SAVEPOINT {name}")


def _rollback_quietly(db: Database) -> None:
    """Roll back what is left of the transaction; a failure here is logged, not raised, so the
    error being handled is the one the caller sees. A connection left inside a transaction it
    could not end is closed: the next statement opens a clean one."""
    if db.is_closed():
        return
    connection = db.connection()
    if getattr(connection, "in_transaction", True) is False:  # SQLite rolled it back already
        return
    try:
        db.rollback()
        return
    except Exception:
        log.warning("rollback failed", exc_info=True)
    if getattr(connection, "in_transaction", True) is False:
        return
    try:
        db.close()
    except Exception:
        log.warning("closing the connection after a failed rollback failed", exc_info=True)
