"""Where a database's backups live, what they are called, and which of them are kept.

Every backup is named by its kind and the moment it was made (UTC, to the second):
``contacts-daily-20261201T091500Z.db``. The backups of the database in the data folder go
to the data folder's ``backups/``; those of any other database to a folder of their own
below it (``backups/clients-1a2b3c4d/``), so the backups of two databases never mix.
A copy made before an upgrade stays beside the database (``contacts.v1-backup-...db``).

The daily backup is made at most once a calendar day (the person's day, not UTC's), and
only the last ``DAILY_KEPT`` daily backups are kept; the copies made before an upgrade,
a delete or a restore are never removed by that rotation.
"""

from __future__ import annotations

import hashlib
import os
import re
from dataclasses import dataclass
from datetime import UTC, date, datetime
from pathlib import Path
from typing import TYPE_CHECKING

from contact_manager import paths
from contact_manager.domain.text import translate

if TYPE_CHECKING:
    from contact_manager.store.connection import Store

DAILY_KEPT = 7

DAILY = "daily"
BEFORE_UPGRADE = "before-upgrade"
BEFORE_DELETE = "before-delete"
BEFORE_RESTORE = "before-restore"
BY_HAND = "backup"
KINDS = (DAILY, BEFORE_UPGRADE, BEFORE_DELETE, BEFORE_RESTORE, BY_HAND)

STAMP = "%Y%m%dT%H%M%SZ"
_NAMED = re.compile(
    r"^(?P<stem>.+)-(?P<kind>daily|before-delete|before-restore|backup)-"
    r"(?P<stamp>\d{8}T\d{6})(?P<micro>\d{6})?Z(?:-\d+)?\.db$"
)
_UPGRADE = re.compile(r"^(?P<stem>.+)\.v(?P<version>\d+)-backup-(?P<stamp>\d{8}T\d{6})Z(?:-\d+)?\.[^.]+$")


@dataclass(frozen=True)
class BackupFile:
    """One backup of a database: the file, its kind (one of ``KINDS``), when it was made."""

    path: Path
    kind: str
    made: datetime  # aware, UTC

    @property
    def local_day(self) -> date:
        return self.made.astimezone().date()

    def kind_text(self) -> str:
        return kind_text(self.kind)


def kind_text(kind: str) -> str:
    """The kind of a backup in the person's language (for lists and the command line)."""
    texts = {
        DAILY: translate("Backups", "daily"),
        BEFORE_UPGRADE: translate("Backups", "before upgrade"),
        BEFORE_DELETE: translate("Backups", "before delete"),
        BEFORE_RESTORE: translate("Backups", "before restore"),
        BY_HAND: translate("Backups", "made by hand"),
    }
    return texts.get(kind, kind)


def _is_data_folder_database(database: Path) -> bool:
    try:
        return database.resolve() == (paths.data_dir() / paths.DB_FILE_NAME).resolve()
    except OSError:
        return False


def backup_folder(database: str | os.PathLike[str] | None = None) -> Path:
    """The folder of the backups of ``database`` (None: the database in the data folder)."""
    root = paths.data_dir() / "backups"
    if database is None:
        return root
    path = Path(database)
    if _is_data_folder_database(path):
        return root
    digest = hashlib.sha1(str(path.resolve()).encode("utf-8", "surrogatepass")).hexdigest()[:8]
    return root / f"{path.stem or 'database'}-{digest}"


def new_backup_path(
    kind: str = BY_HAND, database: str | os.PathLike[str] | None = None, now: datetime | None = None
) -> Path:
    """A file name for a new backup of ``database``, not taken yet: named by kind and time."""
    stem = Path(database).stem if database is not None else Path(paths.DB_FILE_NAME).stem
    folder = backup_folder(database)
    name = f"{stem or 'database'}-{kind}-{(now or datetime.now(UTC)).astimezone(UTC).strftime(STAMP)}"
    candidate, number = folder / f"{name}.db", 1
    while candidate.exists():  # two in the same second (a delete right after a backup)
        number += 1
        candidate = folder / f"{name}-{number}.db"
    return candidate


def _stamp(text: str) -> datetime:
    return datetime.strptime(text, "%Y%m%dT%H%M%S").replace(tzinfo=UTC)


def list_backups(database: str | os.PathLike[str]) -> list[BackupFile]:
    """Every backup of ``database`` that can be found, newest first."""
    path = Path(database)
    found: list[BackupFile] = []
    folder = backup_folder(path)
    if folder.is_dir():
        for item in folder.iterdir():
            match = _NAMED.match(item.name)
            if match and match["stem"] == (path.stem or "database") and item.is_file():
                found.append(BackupFile(item, match["kind"], _stamp(match["stamp"])))
    if path.parent.is_dir():
        for item in path.parent.glob(f"{glob_escape(path.stem)}.v*-backup-*"):
            match = _UPGRADE.match(item.name)
            if match and match["stem"] == path.stem and item.is_file():
                found.append(BackupFile(item, BEFORE_UPGRADE, _stamp(match["stamp"])))
    found.sort(key=lambda backup: (backup.made, backup.path.name), reverse=True)
    return found


def glob_escape(text: str) -> str:
    return re.sub(r"([*?\[])", r"[\1]", text)


def daily_due(database: str | os.PathLike[str], today: date | None = None) -> bool:
    """True when no daily backup of ``database`` was made today (the person's day)."""
    today = today or datetime.now().astimezone().date()
    return not any(b.kind == DAILY and b.local_day >= today for b in list_backups(database))


def prune_daily(database: str | os.PathLike[str], keep: int = DAILY_KEPT) -> list[Path]:
    """Remove all but the newest ``keep`` daily backups; return the files removed."""
    dailies = [backup for backup in list_backups(database) if backup.kind == DAILY]
    removed = []
    for backup in dailies[keep:]:
        try:
            backup.path.unlink()
        except FileNotFoundError:
            continue  # another window pruned it first
        removed.append(backup.path)
    return removed


def make_daily_backup(store: Store, now: datetime | None = None) -> Path | None:
    """Today's backup of the open database, with SQLite's backup API, if it is due.

    The file is copied on a connection of its own, through a partial file renamed when whole
    (``backups_daily``). Returns the new file, or None when none was needed: a backup was made today already,
    the database can only be read (nothing here can change it), or it holds no account
    yet. Older daily backups beyond ``DAILY_KEPT`` are then removed. A server's database
    gets a folder of JSON exports instead (``server_backups``).
    """
    if getattr(store, "server", False):  # a server's: every account exported instead
        from contact_manager.services.server_backups import make_daily_export

        return make_daily_export(store, now)
    if store.path is None or getattr(store, "read_only", False):
        return None
    from contact_manager.services.backups_daily import make_daily_copy  # on a connection of its own

    return make_daily_copy(store.path, now)
