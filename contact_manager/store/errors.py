"""Storage problems a user must be told about, as opposed to bugs.

A database error is sorted by SQLite's result code (``sqlite3.Error.sqlite_errorcode``), never
by the words of its message: the same code comes with different texts from one SQLite
version, VFS or operating system to another, and a message can quote the user's own data.
"""

from __future__ import annotations

import os
import sqlite3

from contact_manager.domain.errors import ContactError
from contact_manager.domain.text import translate

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


class StorageError(ContactError):
    """The database can't be used as asked: the reason is the user's to fix."""

    LOCKED = "locked"
    READ_ONLY = "read_only"
    FULL = "full"
    DISK = "disk"
    NOT_A_DATABASE = "not_a_database"
    CANNOT_OPEN = "cannot_open"
    NEWER = "newer"
    # A server database (PostgreSQL): sorted by SQLSTATE in store/server_errors.py.
    PASSWORD = "password"
    UNREACHABLE = "unreachable"
    NO_SCHEMA = "no_schema"
    CONNECTION_LOST = "connection_lost"
    TIMEOUT = "timeout"
    PERMISSION = "permission"
    NO_ACCESS = "no_access"
    CONFLICT = "conflict"

    def __init__(self, kind: str, path: str = "", detail: str = "") -> None:
        super().__init__(kind, path, detail)
        self.kind, self.path, self.detail = kind, path, detail

    @property
    def message(self) -> str:
        texts = {
            self.LOCKED: translate(
                "Storage", "The database is busy in another program. Try again in a moment."
            ),
            self.READ_ONLY: translate("Storage", "The database {path} can only be read: nothing was saved."),
            self.FULL: translate(
                "Storage", "The disk is full: nothing was saved. Free some space and try again."
            ),
            self.DISK: translate(
                "Storage",
                "The disk holding {path} could not be read or written: nothing was saved. "
                "Check the disk and try again.",
            ),
            self.NOT_A_DATABASE: translate(
                "Storage", "{path} is not a Contact Manager database, or it is damaged."
            ),
            self.CANNOT_OPEN: translate("Storage", "The database {path} can't be opened: {detail}"),
            self.NEWER: translate(
                "Storage",
                "{path} was written by a newer version of Contact Manager. "
                "Install the newer version to open it; the file has not been changed.",
            ),
            self.PASSWORD: translate(
                "Storage",
                "The server refused the user name or password for {path} ({detail}). "
                "Check them (or ~/.pgpass) and try again.",
            ),
            self.UNREACHABLE: translate(
                "Storage", "The database server of {path} can't be reached: {detail}"
            ),
            self.NO_SCHEMA: translate(
                "Storage",
                "The office database {path} has no Contact Manager data yet: its owner sets it up "
                "once with: contact-manager-cli server setup --db URL",
            ),
            self.CONNECTION_LOST: translate(
                "Storage",
                "The connection to the database server was lost: nothing of this change was saved. "
                "Try again once the server can be reached.",
            ),
            self.TIMEOUT: translate(
                "Storage", "The database server took too long to answer: nothing was saved. Try again."
            ),
            self.PERMISSION: translate(
                "Storage", "You can only read this office database ({path}): nothing was saved."
            ),
            self.NO_ACCESS: translate(
                "Storage",
                "Your login has no access to the office database {path}: ask its owner to grant "
                "you a role (contact-manager-cli server grant).",
            ),
            self.CONFLICT: translate(
                "Storage",
                "Someone else changed the same data at the same moment: nothing was saved. "
                "Look at it again and repeat the change.",
            ),
        }
        return texts[self.kind].format(path=self.path, detail=self.detail)


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


def sqlite_error(error: BaseException) -> sqlite3.Error | None:
    """The sqlite3 error behind ``error``: itself, or the one peewee wrapped (its ``orig``, or
    the exception it was raised while handling)."""
    seen: set[int] = set()
    current: BaseException | None = error
    while current is not None and id(current) not in seen:
        seen.add(id(current))
        if isinstance(current, sqlite3.Error):
            return current
        wrapped = getattr(current, "orig", None)
        if isinstance(wrapped, sqlite3.Error):
            return wrapped
        current = current.__cause__ or current.__context__
    return None


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
