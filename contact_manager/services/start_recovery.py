"""When the database can't be opened at start-up: its latest good backup, and putting one back.

``latest_good_backup(database)`` walks the database's backups newest first and returns the
first that passes the restore checks, with the newer ones that failed them.
``restore_over(database, backup)`` puts a checked backup where the database was: the file
that could not be opened is never deleted, only renamed beside it (``contacts.damaged-...``,
its -wal and -shm with it, so they can't be applied to the restored file).
"""

from __future__ import annotations

import os
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path

from contact_manager.domain.errors import ContactError, StorageError
from contact_manager.services.backup_files import BackupFile, list_backups
from contact_manager.services.backups import BackupService, SameDatabase, check_backup

SIDE_FILES = ("-wal", "-shm", "-journal")


@dataclass(frozen=True)
class BackupSearch:
    """The backups of a database: every one found, the newest good one, the newer damaged ones."""

    backups: list[BackupFile]
    latest: BackupFile | None
    damaged: list[Path] = field(default_factory=list)


def latest_good_backup(database: str | os.PathLike[str]) -> BackupSearch:
    backups = list_backups(database)
    damaged: list[Path] = []
    for backup in backups:
        try:
            check_backup(backup.path)
        except ContactError:
            damaged.append(backup.path)
            continue
        return BackupSearch(backups, backup, damaged)
    return BackupSearch(backups, None, damaged)


def set_aside(database: Path, label: str = "damaged") -> Path:
    """Rename ``database`` (and its -wal, -shm) to ``<stem>.<label>-<time><suffix>``; return it."""
    stamp = datetime.now(UTC).strftime("%Y%m%dT%H%M%SZ")
    aside, number = database.with_name(f"{database.stem}.{label}-{stamp}{database.suffix}"), 1
    while aside.exists():
        number += 1
        aside = database.with_name(f"{database.stem}.{label}-{stamp}-{number}{database.suffix}")
    os.replace(database, aside)
    for side in SIDE_FILES:
        extra = database.with_name(database.name + side)
        if extra.exists():
            os.replace(extra, aside.with_name(aside.name + side))
    return aside


def restore_over(database: str | os.PathLike[str], backup: str | os.PathLike[str]) -> Path | None:
    """Put the backup ``backup`` in place of ``database``; return where the old file went.

    Raises StorageError (and changes nothing) when ``backup`` is not a backup this app can
    open, or the folder can't be written.
    """
    target, source = Path(database), Path(backup)
    if target.exists() and source.resolve() == target.resolve():
        raise SameDatabase(str(source))
    check_backup(source)
    staged = target.with_name(f".{target.name}.restoring")
    try:
        for leftover in (staged, *(staged.with_name(staged.name + side) for side in SIDE_FILES)):
            leftover.unlink(missing_ok=True)
        os.close(os.open(staged, os.O_CREAT | os.O_WRONLY | os.O_TRUNC, 0o600))
        BackupService._stage(source, staged, 4096)
        aside = set_aside(target) if target.exists() else None
        os.replace(staged, target)
    except OSError as error:
        staged.unlink(missing_ok=True)
        raise StorageError(StorageError.CANNOT_OPEN, str(target), error.strerror or str(error)) from error
    except BaseException:
        staged.unlink(missing_ok=True)
        raise
    return aside
