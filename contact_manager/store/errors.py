"""Telling storage problems a user must be told about from bugs: the store's sqlite errors
become the domain's ``StorageError`` here.

A database error is sorted by SQLite's result code (``sqlite3.Error.sqlite_errorcode``), never
by the words of its message: the same code comes with different texts from one SQLite
version, VFS or operating system to another, and a message can quote the user's own data.
"""

from __future__ import annotations

import os
import sqlite3
from typing import TypeVar

from contact_manager.domain.errors import StorageError  # the store's modules raise it from here

_Driver = TypeVar("_Driver", bound=BaseException)

# SQLite's primary result codes (the low byte of an extended code); see sqlite3.h.
SQLITE_PERM = 3
SQLITE_BUSY = 5
SQLITE_LOCKED = 6
SQLITE_READONLY = 8
SQLITE_IOERR = 10
SQLITE_CORRUPT = 11
SQLITE_FULL = 13
SQLITE_CANTOPEN = 14
SQLITE_NOTADB = 26

# Below this much free space an I/O error while writing is taken for a full disk: SQLite
# reports a write refused for want of space in its shared-memory or journal file as
# SQLITE_IOERR (e.g. SQLITE_IOERR_SHMSIZE), not always as SQLITE_FULL.
NEARLY_FULL_BYTES = 1 << 20


_KINDS = {
    SQLITE_BUSY: StorageError.LOCKED,
    SQLITE_LOCKED: StorageError.LOCKED,
    SQLITE_READONLY: StorageError.READ_ONLY,
    SQLITE_FULL: StorageError.FULL,
    SQLITE_CORRUPT: StorageError.NOT_A_DATABASE,
    SQLITE_NOTADB: StorageError.NOT_A_DATABASE,
    SQLITE_CANTOPEN: StorageError.CANNOT_OPEN,
    SQLITE_PERM: StorageError.CANNOT_OPEN,
}


def driver_error(error: BaseException, kind: type[_Driver]) -> _Driver | None:
    """The database driver's error (of class ``kind``) behind ``error``: itself, or the one
    peewee wrapped (its ``orig``, or the exception it was raised while handling)."""
    seen: set[int] = set()
    current: BaseException | None = error
    while current is not None and id(current) not in seen:
        seen.add(id(current))
        if isinstance(current, kind):
            return current
        current = getattr(current, "orig", None) or current.__cause__ or current.__context__
    return None


def sqlite_error(error: BaseException) -> sqlite3.Error | None:
    """The sqlite3 error behind ``error``."""
    return driver_error(error, sqlite3.Error)


def result_code(error: BaseException) -> int | None:
    """SQLite's extended result code behind ``error``; None when SQLite did not report one
    (the sqlite3 module's own errors, such as a closed connection)."""
    found = sqlite_error(error)
    code = getattr(found, "sqlite_errorcode", None) if found is not None else None
    return code if isinstance(code, int) else None


def disk_nearly_full(path: str) -> bool:
    """Whether the file system holding ``path`` has (almost) no room left for us."""
    folder = os.path.dirname(os.path.abspath(path)) if path else ""
    try:
        stats = os.statvfs(folder or os.curdir)
    except (OSError, AttributeError):  # no such folder; no statvfs on Windows
        return False
    return stats.f_bavail * stats.f_frsize < NEARLY_FULL_BYTES


def classify(error: BaseException, path: str) -> StorageError | None:
    """The StorageError an sqlite error stands for, or None when it is a bug (or a rule the
    schema enforces: a constraint is the caller's business, not the user's disk)."""
    code = result_code(error)
    if code is None:
        return None
    primary = code & 0xFF
    kind = _KINDS.get(primary)
    if primary == SQLITE_IOERR:
        kind = StorageError.FULL if disk_nearly_full(path) else StorageError.DISK
    if kind is None:
        return None
    return StorageError(kind, path, str(sqlite_error(error)))
