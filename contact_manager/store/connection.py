"""Opening the database: by path or ``sqlite:///`` URL, with the pragmas the app relies on."""

from __future__ import annotations

import os
import sqlite3
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from peewee import Database, SqliteDatabase
from peewee import DatabaseError as PeeweeDatabaseError

from contact_manager.paths import ensure_private_dir
from contact_manager.store import migrations, transactions
from contact_manager.store.decoding import SafeTextConnection
from contact_manager.store.errors import StorageError, classify
from contact_manager.store.models import MODELS
from contact_manager.store.target import parse_target

__all__ = ["BUSY_TIMEOUT_MS", "Store", "parse_target"]

BUSY_TIMEOUT_MS = 5000
# Set on every connection. WAL is not among them: it is written into the file's header, so
# it is switched on only once the file is known to be ours (a newer version's file is left
# byte for byte as it was).
PRAGMAS = (
    ("foreign_keys", 1),
    ("synchronous", 2),  # FULL: a saved change survives a power cut
    ("busy_timeout", BUSY_TIMEOUT_MS),
)


def _create_private_file(path: Path) -> None:
    """Create the database file readable and writable by its owner only.

    SQLite gives its -wal and -shm files the same permissions as the database file.
    """
    ensure_private_dir(path.parent)
    if not path.exists():
        os.close(os.open(path, os.O_CREAT | os.O_WRONLY, 0o600))


class Store:
    """An open database. Models are bound to it; the services are its only writers."""

    def __init__(self, database: Database, path: Path | None) -> None:
        self.db = database
        self.path = path
        self.last_backup: Path | None = None

    @classmethod
    def open(cls, target: str | os.PathLike[str], *, migrate: bool = True) -> Store:
        url, path = parse_target(target)
        if path is None:
            from playhouse.db_url import connect as connect_url  # only for URLs: spares start-up

            database: Database = connect_url(url)
        else:
            _create_private_file(path)
            # factory: text that is not UTF-8 is read as damaged, not a failed query (decoding.py)
            database = SqliteDatabase(
                str(path), pragmas=PRAGMAS, lock_type="IMMEDIATE", factory=SafeTextConnection
            )
        store = cls(database, path)
        try:
            database.connect(reuse_if_open=True)
            if migrate:
                store.last_backup = migrations.migrate(database, path, backup=store.backup_to)
            if path is not None:
                database.execute_sql("PRAGMA journal_mode = wal")
        except Exception as error:
            database.close()
            problem = _storage_problem(error, store.label)
            if problem is None:
                raise
            raise problem from error
        database.bind(MODELS)
        return store

    @property
    def label(self) -> str:
        return str(self.path) if self.path else self.db.database

    @contextmanager
    def transaction(self) -> Iterator[None]:
        """One write transaction (BEGIN IMMEDIATE on SQLite: it waits for another writer before
        anything is read); storage problems become StorageError."""
        with self._guarded(transactions.WRITE):
            yield

    @contextmanager
    def read(self) -> Iterator[None]:
        """One read transaction (BEGIN DEFERRED): a consistent view that takes no write lock, so
        under WAL it answers at once while another program writes. Inside a write transaction it
        is part of that one."""
        with self._guarded(transactions.READ):
            yield

    @contextmanager
    def _guarded(self, lock_type: str) -> Iterator[None]:
        try:
            with transactions.atomic(self.db, lock_type):
                yield
        except Exception as error:
            problem = _storage_problem(error, self.label)
            if problem is None:
                raise
            raise problem from error

    def data_version(self) -> int:
        """Changes when another connection commits (PRAGMA data_version)."""
        return self.db.execute_sql("PRAGMA data_version").fetchone()[0]

    def backup_to(self, destination: Path) -> Path:
        """Write a consistent copy of the database with SQLite's backup API."""
        ensure_private_dir(destination.parent)
        _create_private_file(destination)
        target = sqlite3.connect(destination)
        try:
            self.db.connection().backup(target)
        finally:
            target.close()
        return destination

    def close(self) -> None:
        if not self.db.is_closed():
            self.db.close()


_SCHEMA_NOT_OURS = ("no such column", "no such table", "malformed database schema")


def _storage_problem(error: Exception, label: str) -> StorageError | None:
    """The StorageError a database error stands for; None for anything else (a bug, a rule)."""
    if isinstance(error, sqlite3.Error | PeeweeDatabaseError):
        problem = classify(error, label)
        if problem is None and str(error).startswith(_SCHEMA_NOT_OURS):
            # our statements name only what our migrations create: the file's schema is damaged
            problem = StorageError(StorageError.NOT_A_DATABASE, label, str(error))
        return problem
    if isinstance(error, UnicodeDecodeError):
        # sqlite3 could not even decode SQLite's own message: a damaged schema's text
        return StorageError(StorageError.NOT_A_DATABASE, label, str(error))
    return None
