"""Storage problems a user must be told about, as opposed to bugs."""

from __future__ import annotations

from contact_manager.domain.errors import ContactError
from contact_manager.domain.text import translate


class StorageError(ContactError):
    """The database can't be used as asked: the reason is the user's to fix."""

    LOCKED = "locked"
    READ_ONLY = "read_only"
    FULL = "full"
    NOT_A_DATABASE = "not_a_database"
    CANNOT_OPEN = "cannot_open"
    NEWER = "newer"

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
            self.NOT_A_DATABASE: translate(
                "Storage", "{path} is not a Contact Manager database, or it is damaged."
            ),
            self.CANNOT_OPEN: translate("Storage", "The database {path} can't be opened: {detail}"),
            self.NEWER: translate(
                "Storage",
                "{path} was written by a newer version of Contact Manager. "
                "Install the newer version to open it; the file has not been changed.",
            ),
        }
        return texts[self.kind].format(path=self.path, detail=self.detail)


def classify(error: Exception, path: str) -> StorageError | None:
    """The StorageError an sqlite error stands for, or None when it is a bug."""
    text = str(error).lower()
    for needle, kind in (
        ("locked", StorageError.LOCKED),
        ("busy", StorageError.LOCKED),
        ("readonly", StorageError.READ_ONLY),
        ("read-only", StorageError.READ_ONLY),
        ("full", StorageError.FULL),
        ("not a database", StorageError.NOT_A_DATABASE),
        ("malformed", StorageError.NOT_A_DATABASE),
        ("unable to open", StorageError.CANNOT_OPEN),
    ):
        if needle in text:
            return StorageError(kind, path, str(error))
    return None
