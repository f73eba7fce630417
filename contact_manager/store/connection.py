"""Opening the database: by path or ``sqlite:///`` URL, with the pragmas the app relies on."""

from __future__ import annotations

import os
import sqlite3
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from peewee import Database, SqliteDatabase
from peewee import DatabaseError as PeeweeDatabaseError

from contact_manager.domain.target import is_server, parse_target, redact
from contact_manager.paths import ensure_private_dir
from contact_manager.store import migrations, schema, snapshot, transactions
from contact_manager.store.decoding import SafeTextConnection
from contact_manager.store.errors import StorageError, classify
from contact_manager.store.models import MODELS
from contact_manager.store.snapshot import is_read_only

__all__ = ["BUSY_TIMEOUT_MS", "Store", "parse_target"]

BUSY_TIMEOUT_MS = 5000
# Set on every connection. WAL is not among them: it is written into the file's header, so
# it is switched on only once the file is known to be ours (a newer version's file is left
# byte for byte as it was).
BULK_CACHE_KIB = 16 * 1024  # roomy_cache's page cache (SQLite's default: 2 MiB)

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
        self.read_only = False  # opened for reading only: the file or its folder can't be written
        self.server = False  # a PostgreSQL server database (store/server.py), not a file
        self.password: str | None = None  # the server password given at open (never shown)
        self._writes = 0  # write transactions open (nested ones included)
        self.session_user = ""  # on a server: the authenticated role, the history's "who"

    @classmethod
    def open(
        cls, target: str | os.PathLike[str], *, migrate: bool = True, password: str | None = None
    ) -> Store:
        """Open the database ``target`` names, creating or upgrading it when it is ours.

        A ``postgresql://`` URL opens a server database (``open_server``); ``password`` is
        used there only (else libpq's own: ~/.pgpass, PGPASSWORD).

        An existing file is first looked at without being changed (``snapshot``): another
        program's file, a newer version's, or one whose schema is not ours is refused as it
        is, -wal included. A file this process may not write (a read-only file or folder)
        is opened for reading only, creating nothing beside it.
        """
        url, path = parse_target(target)
        if path is None and is_server(url):
            return cls.open_server(url, migrate=migrate, password=password)
        read_only = False
        if path is None:
            from playhouse.db_url import connect as connect_url  # only for URLs: spares start-up

            database: Database = connect_url(url)
        else:
            if path.is_file() and path.stat().st_size > 0:
                _accept(path)
            read_only = is_read_only(path)
            if read_only:
                uri = snapshot.read_only_uri(path, immutable=not _has_wal_and_shm(path))
                database = SqliteDatabase(
                    uri, uri=True, pragmas=PRAGMAS, lock_type="IMMEDIATE", factory=SafeTextConnection
                )
            else:
                try:
                    _create_private_file(path)
                except OSError as error:  # e.g. a folder that can't be created
                    raise StorageError(
                        StorageError.CANNOT_OPEN, str(path), error.strerror or str(error)
                    ) from error
                # factory: text that is not UTF-8 is read as damaged, not a failed query (decoding.py)
                database = SqliteDatabase(
                    str(path), pragmas=PRAGMAS, lock_type="IMMEDIATE", factory=SafeTextConnection
                )
        store = cls(database, path)
        store.read_only = read_only
        with _opening(database, store.label):
            database.connect(reuse_if_open=True)
            if read_only:
                if migrations.schema_version(database) < migrations.LATEST_VERSION:
                    raise StorageError(StorageError.READ_ONLY, store.label)  # can't be upgraded
            elif migrate:
                store.last_backup = migrations.migrate(database, path, backup=store.backup_to)
            if path is not None and not read_only:
                database.execute_sql("PRAGMA journal_mode = wal")
        database.bind(MODELS)
        return store

    @classmethod
    def open_server(cls, url: str, *, migrate: bool = True, password: str | None = None) -> Store:
        """Open a PostgreSQL server database, migrating its schema when this role may; a
        reader's connection is read-only. Every message names the URL without its password."""
        from contact_manager.store import server

        database = server.open_database(url, password)
        store = cls(database, None)
        # the password the connection uses, given or in the URL: a worker's reader needs it too
        store.server, store.password = True, database.connect_params.get("password")
        with _opening(database, store.label, server=True):
            store.read_only = server.connect_and_prepare(database, store.label, migrate=migrate)
            store.session_user = database.execute_sql("SELECT session_user").fetchone()[0]
        database.bind(MODELS)
        return store

    @property
    def label(self) -> str:
        return str(self.path) if self.path else redact(self.db.database)

    def reader_target(self) -> str | None:
        """What a worker thread opens its own reading connection with (``open_reader``): the
        file's path, the server's URL (with the password given at open), or None when reads
        must stay on this connection (a file opened read-only)."""
        if self.server:
            from contact_manager.store.server import ServerTarget

            return ServerTarget(self.db.database, self.password)
        return None if self.read_only or self.path is None else str(self.path)

    @contextmanager
    def transaction(self) -> Iterator[None]:
        """One write transaction (BEGIN IMMEDIATE on SQLite: it waits for another writer before
        anything is read); storage problems become StorageError."""
        if self.server and self.read_only:  # a reader: the server would refuse it anyway
            raise StorageError(StorageError.PERMISSION, self.label)
        self._writes += 1
        try:
            with self._guarded(transactions.WRITE):
                yield
        finally:
            self._writes -= 1

    @contextmanager
    def roomy_cache(self) -> Iterator[None]:
        """A page cache of BULK_CACHE_KIB for a large write (an import writing two tables, chunk
        after chunk): with SQLite's default 2 MiB their index pages evict each other and are
        written to the -wal and read back mid-transaction, a tenth of a 100,000-row import.
        A server keeps its own cache: nothing changes there."""
        if self.server:
            yield
            return
        connection = self.db.connection()
        before = connection.execute("PRAGMA cache_size").fetchone()[0]
        connection.execute(f"PRAGMA cache_size = {-BULK_CACHE_KIB}")
        try:
            yield
        finally:
            connection.execute(f"PRAGMA cache_size = {int(before)}")

    @property
    def locks_rows(self) -> bool:
        """Inside a write transaction on a server: the account a change reads first is locked
        (SELECT ... FOR UPDATE) so that writers of one account take turns (transactions.py)."""
        return self.server and self._writes > 0

    @contextmanager
    def read(self) -> Iterator[None]:
        """One read transaction (BEGIN DEFERRED): a consistent view that takes no write lock, so
        under WAL it answers at once while another program writes. Inside a write transaction it
        is part of that one."""
        with self._guarded(transactions.READ):
            yield

    @contextmanager
    def _guarded(self, lock_type: str) -> Iterator[None]:
        # peewee binds the models process-wide, to the store opened last: a transaction of
        # another store open in the process binds them to its own database for its length.
        bound = MODELS[0]._meta.database
        if bound is not self.db:
            self.db.bind(MODELS)
        if self.server and self.db.transaction_depth() == 0:
            _reconnect_if_broken(self.db)
        try:
            with transactions.atomic(self.db, lock_type):
                yield
        except Exception as error:
            problem = _storage_problem(error, self.label, server=self.server)
            if problem is None:
                raise
            raise problem from error
        finally:
            if bound is not self.db:
                bound.bind(MODELS)

    def reading_connection(self):
        """This thread's connection for the plain reads written for an sqlite3 connection
        (``history_reads``): ``execute(sql, params)`` with ``?`` placeholders, on either backend."""
        if self.server:
            from contact_manager.store.server import StoreReader

            return StoreReader(self.db)
        return self.db.connection()

    def execute_many(self, sql: str, rows: list[tuple]) -> None:
        """Run ``sql`` (``?`` placeholders) once per row, inside the caller's transaction."""
        if self.server:
            from contact_manager.store.server import execute_many

            execute_many(self.db, sql, rows)  # type: ignore[arg-type]  # a ServerDatabase
        else:
            self.db.connection().executemany(sql, rows)

    def data_version(self) -> int:
        """Changes when another connection commits (PRAGMA data_version; on a server, the
        newest change and the number of accounts: a server's clients LISTEN instead)."""
        if self.server:
            with self.read():
                row = self.db.execute_sql(
                    "SELECT (SELECT coalesce(max(id), 0) FROM history), (SELECT count(*) FROM account)"
                ).fetchone()
            return hash((int(row[0]), int(row[1])))
        return self.db.execute_sql("PRAGMA data_version").fetchone()[0]

    def backup_to(self, destination: Path) -> Path:
        """Write a consistent copy of the database with SQLite's backup API. (A server's
        database is backed up as JSON exports by the services: ``server_backups``.)"""
        if self.server:
            from contact_manager.domain.text import translate

            detail = translate("Storage", "an office database on a server is backed up as JSON exports")
            raise StorageError(StorageError.CANNOT_OPEN, str(destination), detail)
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

    @property
    def closed(self) -> bool:
        """Closed by ``close`` (this thread's connection): a read now would open another."""
        return self.db.is_closed()


def _accept(path: Path) -> None:
    """Raise StorageError unless the file at ``path`` is ours (see ``schema.accept``)."""
    try:
        with snapshot.reading(path) as connection:
            schema.accept(connection, str(path))
    except sqlite3.Error as error:
        raise classify(error, str(path)) or StorageError(
            StorageError.NOT_A_DATABASE, str(path), str(error)
        ) from error
    except UnicodeDecodeError as error:  # sqlite3 could not decode SQLite's message: a damaged schema
        raise StorageError(StorageError.NOT_A_DATABASE, str(path), str(error)) from error
    except OSError as error:  # the file or its -wal can't be read
        raise StorageError(StorageError.CANNOT_OPEN, str(path), error.strerror or str(error)) from error


def _has_wal_and_shm(path: Path) -> bool:
    """Another program has the file open in WAL mode: read through its -wal and -shm."""
    wal = snapshot.wal_path(path)
    return wal.is_file() and path.with_name(path.name + "-shm").is_file()


def _reconnect_if_broken(db: Database) -> None:
    """A server connection that broke (the server restarted, the network dropped) is replaced
    before the next transaction; one that can't be made again says why."""
    connection = None if db.is_closed() else db.connection()
    if connection is None or not getattr(connection, "broken", False):
        return
    db.close()


@contextmanager
def _opening(database: Database, label: str, *, server: bool = False) -> Iterator[None]:
    """Closes ``database`` when opening it fails, and raises a storage failure as its StorageError."""
    try:
        yield
    except Exception as error:
        database.close()
        problem = None if isinstance(error, StorageError) else _storage_problem(error, label, server=server)
        if problem is None:
            raise
        raise problem from error


def _storage_problem(error: Exception, label: str, *, server: bool = False) -> StorageError | None:
    """The StorageError a database error stands for, by SQLite's result code (a server's by
    SQLSTATE); None for anything else (a bug, a rule). A file whose schema is not ours was
    refused at open (``_accept``)."""
    if server:
        from contact_manager.store.server_errors import classify_server

        return classify_server(error, label)
    if isinstance(error, sqlite3.Error | PeeweeDatabaseError):
        return classify(error, label)
    if isinstance(error, UnicodeDecodeError):
        # sqlite3 could not even decode SQLite's own message: a damaged schema's text
        return StorageError(StorageError.NOT_A_DATABASE, label, str(error))
    return None
