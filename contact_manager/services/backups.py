"""Backing up the database while the app is open, and swapping a checked backup back in.

A restore never touches the open database until the chosen file has passed every check:
it is an SQLite file, of a schema version this app can open, intact, with exactly the schema
the app's migrations make for that version (``store.schema``).
The current data is backed up first, then the (upgraded) copy is written into the open
connection with SQLite's backup API, so the app keeps working on the same connection.
"""

from __future__ import annotations

import sqlite3
import tempfile
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from peewee import SqliteDatabase

from contact_manager.domain.errors import Refusal, StorageError
from contact_manager.domain.text import QT_TRANSLATE_NOOP, translate
from contact_manager.services.backup_files import BackupFile, list_backups, make_daily_backup, new_backup_path
from contact_manager.store import migrations, schema, snapshot
from contact_manager.store.connection import Store
from contact_manager.store.errors import classify

TABLES = ("account", "app_user", "role_assignment", "history")


class SameDatabase(Refusal):
    """The chosen backup is the database that is open."""

    context = "Backups"
    path: str
    text = QT_TRANSLATE_NOOP(
        "Backups", "{path} is the database in use, not a backup: choose a backup file to restore."
    )


class NoRestoreOnServer(Refusal):
    """An office database is not replaced by a file: its backups are JSON exports."""

    context = "Backups"
    label: str
    text = QT_TRANSLATE_NOOP(
        "Backups",
        "{label} is an office database on a server: it is not replaced by a backup file. Bring an "
        "account back with File > Import account... from a JSON export of its backups, or ask "
        "whoever runs the server to restore it with the server's own tools.",
    )


@dataclass(frozen=True)
class BackupInfo:
    path: Path
    version: int
    accounts: int


def default_backup_path(reason: str = "backup", database: str | Path | None = None) -> Path:
    """A new file in the backups folder of ``database``, named by its kind and the time (UTC)."""
    return new_backup_path(reason, database)


def check_backup(source: str | Path) -> BackupInfo:
    """Raise StorageError unless ``source`` is a Contact Manager database this app can open."""
    path = Path(source)
    if not path.is_file():
        raise StorageError(
            StorageError.CANNOT_OPEN, str(path), translate("Backups", "there is no such file.")
        )
    try:
        with snapshot.reading(path, in_memory=True) as con:  # creates nothing beside it, not even a -wal
            version = schema.accept(con, str(path))  # ours, and exactly our schema for its version
            if version < 1:
                raise StorageError(StorageError.NOT_A_DATABASE, str(path))
            if con.execute("PRAGMA integrity_check").fetchone()[0] != "ok":
                raise StorageError(StorageError.NOT_A_DATABASE, str(path))
            accounts = con.execute("SELECT count(*) FROM account").fetchone()[0]
    except sqlite3.DatabaseError as error:
        raise StorageError(StorageError.NOT_A_DATABASE, str(path), str(error)) from error
    return BackupInfo(path, version, accounts)


class BackupService:
    def __init__(self, store: Store, actor: str | None = None) -> None:
        self.store = store  # (a backup records no history: the actor is not needed)

    def new_path(self, reason: str = "backup") -> Path:
        """A new file in the open database's backups folder, named by ``reason`` and the time;
        a server's database: a new folder of its own exports (``backup`` fills it)."""
        if self.store.server:
            from contact_manager.services import server_backups

            return server_backups.new_export_folder(self.store, reason)
        return default_backup_path(reason, self.store.path)

    def backup(self, destination: str | Path | None = None) -> Path:
        """Write a consistent copy of the open database; return where it went. A server's
        database: a folder with a JSON export of every account (``server_backups``)."""
        if self.store.server:
            from contact_manager.services import server_backups

            folder = server_backups.new_export_folder(self.store, "backup")
            return server_backups.export_every_account(self.store, Path(destination or folder))
        return self.store.backup_to(Path(destination or self.new_path()))

    def daily(self) -> Path | None:
        """Today's automatic backup if it is due (see ``make_daily_backup``): the new file, or
        None. A storage problem is raised as StorageError; another sqlite error is a bug."""
        try:
            return make_daily_backup(self.store)
        except sqlite3.Error as error:
            problem = classify(error, self.store.label)
            if problem is None:
                raise
            raise problem from error

    @property
    def daily_runs_apart(self) -> bool:
        """Whether ``daily_apart`` makes the daily backup: a file this app writes (copied), or
        a server's database (exported); not a file that can only be read."""
        return self.store.server or (self.store.path is not None and not self.store.read_only)

    def daily_apart(self, cancelled: Callable[[], bool] | None = None) -> Path | None:
        """``daily`` on a connection of its own: safe to call from a worker thread (nothing of
        the store's connection is touched); ``cancelled()`` is asked between the copy's steps,
        or a server's accounts (``backups_daily.Cancelled`` is raised then, and no partial file
        or folder is left)."""
        if not self.daily_runs_apart:
            return None
        if self.store.server:
            from contact_manager.services.server_backups import make_daily_export

            return make_daily_export(self.store, cancelled=cancelled)
        from contact_manager.services.backups_daily import make_daily_copy

        assert self.store.path is not None  # a file's (daily_runs_apart)
        try:
            return make_daily_copy(self.store.path, cancelled=cancelled)
        except sqlite3.Error as error:
            problem = classify(error, self.store.label)
            if problem is None:
                raise
            raise problem from error

    def list(self) -> list[BackupFile]:
        """The backups of the open database that can be found, newest first."""
        return list_backups(self.store.path) if self.store.path is not None else []

    def can_restore(self) -> None:
        """Raise NoRestoreOnServer when the open database is not one a backup file replaces."""
        if self.store.server:
            raise NoRestoreOnServer(self.store.label)

    def check(self, source: str | Path) -> BackupInfo:
        """What restoring ``source`` would bring back; raises what ``restore`` would refuse."""
        self.can_restore()
        live_path = self.store.path
        if live_path is not None and Path(source).resolve() == live_path.resolve():
            raise SameDatabase(str(source))
        return check_backup(source)

    def restore(self, source: str | Path, safety_copy: str | Path | None = None) -> Path:
        """Replace the open database's content with the backup ``source``.

        Returns the copy of the current data made first. Raises StorageError (and changes
        nothing) when ``source`` is not a backup this app can open.
        """
        self.check(source)
        live = self.store.db.connection()
        page_size = live.execute("PRAGMA page_size").fetchone()[0]
        with tempfile.TemporaryDirectory(prefix="cm-restore-") as folder:
            staged = Path(folder) / "staged.db"
            self._stage(Path(source), staged, page_size)
            saved = self.backup(safety_copy or self.new_path("before-restore"))
            copy = sqlite3.connect(staged)
            try:
                copy.backup(live)
            except sqlite3.Error as error:
                raise StorageError(StorageError.CANNOT_OPEN, str(source), str(error)) from error
            finally:
                copy.close()
        return saved

    @staticmethod
    def _stage(source: Path, staged: Path, page_size: int) -> None:
        """Copy ``source`` aside, bring it to this app's schema and page size, check it again."""
        writer = sqlite3.connect(staged)
        try:
            with snapshot.reading(source) as reader:
                reader.backup(writer)
        finally:
            writer.close()
        db = SqliteDatabase(str(staged), pragmas=(("foreign_keys", 1),))
        try:
            db.connect()
            migrations.migrate(db, None)
            db.execute_sql(f"PRAGMA page_size = {int(page_size)}")
            db.execute_sql("PRAGMA journal_mode = DELETE")
            db.execute_sql("VACUUM")
            problems = db.execute_sql("PRAGMA foreign_key_check").fetchall()
        finally:
            db.close()
        if problems:
            raise StorageError(StorageError.NOT_A_DATABASE, str(source))
        check_backup(staged)
