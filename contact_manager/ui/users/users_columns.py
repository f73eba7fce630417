"""The Users table's columns, each declared once: its title, what it shows, how it sorts, its
width and alignment. The model, its search and the tab read them from here; a new column is
one ``Column`` in ``COLUMNS`` (the position of each is its place in the tuple)."""

from __future__ import annotations

from dataclasses import dataclass
from enum import Enum

from PySide6.QtCore import QCoreApplication, Qt

from contact_manager.domain.sorting import fold
from contact_manager.domain.text import QT_TRANSLATE_NOOP
from contact_manager.services.user_rows import Row


class Shows(Enum):
    FIELD = "field"  # one value of the user's row (``Column.at``)
    STATUS = "status"  # "Active" / "Deactivated", in the current language
    ROLES = "roles"  # the roles the user holds in the account, by name


@dataclass(frozen=True)
class Column:
    key: str  # the app_user column shown ("" when none): a damaged value is marked in its cell
    title: str  # the header (context "UsersModel")
    shows: Shows = Shows.FIELD
    at: int = -1  # for a FIELD: the value's place in the shared row (see services.user_rows)
    width: int | None = None  # in characters; None: as wide as the contents
    alignment: Qt.AlignmentFlag | None = None  # None: the view's default (leading, centred)
    searched: bool = True  # the search box finds the user by this cell's text

    @property
    def header(self) -> str:
        return QCoreApplication.translate("UsersModel", self.title)

    def text(self, row: Row, statuses: tuple[str, str], held: dict[int, str]) -> str:
        """The cell's text for ``row`` (``statuses``: deactivated, active; ``held``: roles by id)."""
        if self.shows is Shows.FIELD:
            return row[self.at]
        if self.shows is Shows.STATUS:
            return statuses[1 if row[4] else 0]
        return held.get(row[0], "")

    def sort_text(self, row: Row, folded_statuses: tuple[str, str], held: dict[int, str]) -> str:
        """The cell folded for sorting (plain Python: a worker thread runs it)."""
        if self.shows is Shows.FIELD:
            return fold(row[self.at])
        if self.shows is Shows.STATUS:
            return folded_statuses[1 if row[4] else 0]
        return fold(held.get(row[0], ""))


COLUMNS: tuple[Column, ...] = (
    Column("first_name", QT_TRANSLATE_NOOP("UsersModel", "First name"), at=1),
    Column("last_name", QT_TRANSLATE_NOOP("UsersModel", "Last name"), at=2),
    Column("email", QT_TRANSLATE_NOOP("UsersModel", "Email"), at=3),
    Column("job_title", QT_TRANSLATE_NOOP("UsersModel", "Job title"), at=5),
    Column("phone", QT_TRANSLATE_NOOP("UsersModel", "Phone"), at=6),
    Column("active", QT_TRANSLATE_NOOP("UsersModel", "Status"), Shows.STATUS),
    Column("", QT_TRANSLATE_NOOP("UsersModel", "Roles"), Shows.ROLES, searched=False),
)


def column_of(key: str) -> int:
    """The position of the column that shows the app_user column ``key``."""
    return next(i for i, column in enumerate(COLUMNS) if column.key == key)


def column_showing(shows: Shows) -> int:
    return next(i for i, column in enumerate(COLUMNS) if column.shows is shows)


FIRST, LAST, EMAIL = column_of("first_name"), column_of("last_name"), column_of("email")
TITLE, PHONE = column_of("job_title"), column_of("phone")
STATUS, ROLES = column_showing(Shows.STATUS), column_showing(Shows.ROLES)
SORTED_BY = LAST  # the order the rows come in (the shared order): the table starts sorted by it
