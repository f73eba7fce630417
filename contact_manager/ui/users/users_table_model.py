"""The account's users as a Qt table: the columns of ``users_columns`` (name, email, job title,
phone, status, roles held)."""

from __future__ import annotations

from array import array
from itertools import compress
from operator import or_

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
    Slot,
)
from PySide6.QtGui import QPalette

from contact_manager.domain.contacts import ContactSheet, Person
from contact_manager.domain.damage import damaged_mark
from contact_manager.domain.roles import Role
from contact_manager.domain.sorting import fold
from contact_manager.services.user_rows import Row, UserRows, collector_paused, sorted_apart
from contact_manager.ui.kit.read_worker import PageReader
from contact_manager.ui.users import users_columns as cols
from contact_manager.ui.users.users_columns import (  # noqa: F401 - the positions, for callers
    EMAIL,
    FIRST,
    LAST,
    PHONE,
    ROLES,
    SORTED_BY,
    STATUS,
    TITLE,
    column_of,
)

Index = QModelIndex | QPersistentModelIndex
PERSON_DATA = Qt.ItemDataRole.UserRole + 1  # the Person of the row
SORT_DATA = Qt.ItemDataRole.UserRole + 2  # a case-insensitive key to sort by

# the roles the model answers (a view asks for a dozen per cell: the others are None at once)
_DISPLAY, _SPOKEN = Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole
_FOREGROUND, _ALIGNMENT = Qt.ItemDataRole.ForegroundRole, Qt.ItemDataRole.TextAlignmentRole
ANSWERED = frozenset(
    (_DISPLAY, _SPOKEN, _FOREGROUND, Qt.ItemDataRole.ToolTipRole, SORT_DATA, PERSON_DATA, _ALIGNMENT)
)

# an account with this many users is sorted in a worker thread, not in the window's
BACKGROUND_FROM = 5000
_NOT = bytes([1, 0]) + bytes(254)  # a flag the other way round (bytes.translate)


def ordered(
    users: UserRows, column: int, descending: bool, statuses: tuple[str, str], held: dict
) -> tuple[array, array]:
    """The shared rows of ``users`` in the order of a column of the table (then last and first
    name), and the place of each shared row in it: plain Python, so a worker thread can run it.
    Two arrays of ints, 4 bytes a user."""
    sort_text = cols.COLUMNS[column].sort_text
    folded = (fold(statuses[0]), fold(statuses[1]))
    row = users.row

    def key(at: int) -> str:  # (the cell, the last name, the first name) as one text: see user_rows
        r = row(at)
        return f"{sort_text(r, folded, held)}\0{fold(r[2])}\0{fold(r[1])}"

    order = array("i", sorted_apart(list(range(len(users))), key=key, reverse=descending))
    place = array("i", bytes(4 * len(order)))
    for shown, at in enumerate(order):
        place[at] = shown
    return order, place


def marked_texts(person: Person, texts: tuple[str, ...]) -> tuple[str, ...]:
    """The row's texts with "(damaged)" after each that could not be read."""
    columns = {damage.column for damage in person.damage}
    damaged = {i for i, column in enumerate(cols.COLUMNS) if column.key and column.key in columns}
    mark = damaged_mark()
    return tuple(f"{text} {mark}".strip() if i in damaged else text for i, text in enumerate(texts))


class UsersModel(QAbstractTableModel):
    """Read-only rows over the account's shared ``UserRows`` (see services.user_rows).

    A row's tuple and texts are made when the view asks for them, and the search looks in the
    shared folded texts; sorted by another column, 100,000 users cost two arrays of ints (the
    shared row shown at each place, the place of each shared row).
    Sorting a large account runs in a worker thread (``BACKGROUND_FROM``): the rows shown stay,
    in their old order, until the sorted ones replace them in one layout change.
    """

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self._shared = UserRows()  # the newest read (what a sort sorts)
        self._shown = self._shared  # the read the rows shown are of (until a sort of the newest is in)
        self._order: array | None = None  # the shared row shown at each place (None: the same)
        self._place: array | None = None  # the place of each shared row
        self._roles: dict[int, list[Role]] = {}
        self._held: dict[int, str] = {}
        self._sort: tuple[int, Qt.SortOrder] | None = None
        self._reset_pending = False  # the sort under way brings other users: a reset, not a move
        self._statuses = ("", "")
        self._folded_statuses = ("", "")
        self._sorter = PageReader(self)  # any worker of one answer at a time will do
        self._sorter.finished.connect(self._sorted)
        self._sorter.failed.connect(lambda _error: None)  # sorting plain tuples does not fail
        self._texts_of_language()

    @property
    def busy(self) -> bool:
        """Whether a sort is under way in a worker (the rows shown are in the order before)."""
        return self._sorter.busy

    def set_users(self, users: UserRows, sheet: ContactSheet | None) -> None:
        """Show ``users``: at once when small, else sorted apart first (the old rows stay)."""
        self._shared = users
        self._read_roles(sheet)
        column, order = self._sort or (SORTED_BY, Qt.SortOrder.AscendingOrder)
        if column == SORTED_BY and order == Qt.SortOrder.AscendingOrder:  # the shared order already
            self._sorter.cancel()
            self._reset_pending = False
            self._install(users, None, None, reset=True)
        else:
            self._start_sort(column, order, reset=True)

    @Slot(object)
    def set_sheet(self, sheet: ContactSheet | None) -> None:
        """The roles changed (not the users): update the Roles column without a reset."""
        self._read_roles(sheet)
        if self._sort is not None and self._sort[0] == ROLES:
            self.sort(*self._sort)  # moves the rows (and the selection) to their new places
            return
        if len(self._shown):
            self.dataChanged.emit(self.index(0, ROLES), self.index(len(self._shown) - 1, ROLES))

    def _read_roles(self, sheet: ContactSheet | None) -> None:
        self._roles = {}
        if sheet is not None:
            for role, holder in sheet.assignments():
                if holder.user_id is not None:
                    self._roles.setdefault(holder.user_id, []).append(role)
        self._held = {user_id: ", ".join(r.label for r in roles) for user_id, roles in self._roles.items()}

    def _texts_of_language(self) -> None:
        self._statuses = (
            QCoreApplication.translate("UsersModel", "Deactivated"),
            QCoreApplication.translate("UsersModel", "Active"),
        )
        self._folded_statuses = (fold(self._statuses[0]), fold(self._statuses[1]))

    def retranslate(self) -> None:
        """Status and role names are texts of the current language: read them again."""
        self._texts_of_language()
        self._read_roles_again()
        if len(self._shown):
            last = len(self._shown) - 1
            self.dataChanged.emit(self.index(0, 0), self.index(last, len(cols.COLUMNS) - 1))
        self.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, len(cols.COLUMNS) - 1)

    def _read_roles_again(self) -> None:
        self._held = {uid: ", ".join(r.label for r in roles) for uid, roles in self._roles.items()}

    def _shared_row(self, row: int) -> int:
        return row if self._order is None else self._order[row]

    def _row(self, row: int) -> Row:
        return self._shown.row(self._shared_row(row))

    def texts(self, row: int) -> tuple[str, ...]:
        """The row's cells as shown; "(damaged)" after each value that could not be read."""
        r = self._row(row)
        statuses, held = self._statuses, self._held
        texts = tuple(column.text(r, statuses, held) for column in cols.COLUMNS)
        if r[0] in self._shown.damage:
            texts = marked_texts(self.person(row), texts)
        return texts

    def _text(self, row: int, column: int) -> str:
        r = self._row(row)
        if r[0] in self._shown.damage:
            return self.texts(row)[column]
        return cols.COLUMNS[column].text(r, self._statuses, self._held)

    def person(self, row: int) -> Person:
        r = self._row(row)
        return Person(r[3], r[1], r[2], r[0], bool(r[4]), r[5], r[6], self._shown.damage.get(r[0], ()))

    def roles(self, row: int) -> list[Role]:
        return self._roles.get(self.user_id(row), [])  # type: ignore[arg-type]

    def row_of(self, user_id: int) -> int | None:
        at = self._shown.row_of.get(user_id)
        return at if at is None or self._place is None else self._place[at]

    def user_id(self, row: int) -> int | None:
        return self._shown.user_id(self._shared_row(row))

    def _active(self, row: int) -> bool:
        return self._shown.is_active(self._shared_row(row))

    def matching(self, needle: str) -> list[int]:
        """The rows whose name, email, title, phone or status contain ``needle`` (folded), in
        one pass over the shared folded texts."""
        shared = self._shown
        found = shared.found(needle)  # by shared row
        inactive, active = (needle in status for status in self._folded_statuses)
        if active and inactive:  # "at" is in both: every user
            found = bytearray(b"\1" * len(shared))
        elif active or inactive:  # "act" finds every active user
            flags = shared.flags if active else shared.flags.translate(_NOT)
            found = bytearray(map(or_, found, flags))
        for user_id in shared.damage:  # a damaged value is shown marked: the mark can be searched too
            at = shared.row_of.get(user_id)
            if at is not None and not found[at]:
                found[at] = self.matches(at if self._place is None else self._place[at], needle)
        shown = found if self._order is None else bytes(map(found.__getitem__, self._order))
        return list(compress(range(len(shown)), shown))

    def matches(self, row: int, needle: str) -> bool:
        """Whether the row's name, email, title, phone or status contains ``needle`` (casefolded)."""
        shared_row = self._shared_row(row)
        if needle in self._shown.search_text(shared_row):
            return True
        if needle in self._folded_statuses[1 if self._shown.is_active(shared_row) else 0]:
            return True
        if self.user_id(row) not in self._shown.damage:
            return False
        searched = [
            text for text, column in zip(self.texts(row), cols.COLUMNS, strict=True) if column.searched
        ]
        return needle in fold(" ".join(searched))

    # --- sorting ---------------------------------------------------------------------------

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        if not 0 <= column < len(cols.COLUMNS):
            return
        self._sort = (column, order)
        self._start_sort(column, order, reset=False)

    def _start_sort(self, column: int, order: Qt.SortOrder, *, reset: bool) -> None:
        shared = self._shared  # sorted from the shared order, so a sort gives the same ties
        statuses, held = self._statuses, dict(self._held)
        descending = order == Qt.SortOrder.DescendingOrder
        reset = reset or (self._reset_pending and self._sorter.busy)
        self._reset_pending = reset

        def work() -> tuple:
            with collector_paused():
                return (shared, *ordered(shared, column, descending, statuses, held), reset)

        if len(shared) < BACKGROUND_FROM:
            self._sorter.cancel()
            self._sorted(work())
        else:
            self._sorter.start(work)

    @Slot(object)
    def _sorted(self, answer: tuple) -> None:
        users, order, place, reset = answer
        self._reset_pending = False
        self._install(users, order, place, reset=reset)

    def _install(self, users: UserRows, order: array | None, place: array | None, *, reset: bool) -> None:
        if reset:
            self.beginResetModel()
            self._shown, self._order, self._place = users, order, place
            self.endResetModel()
            return
        self.layoutAboutToBeChanged.emit()
        persistent = self.persistentIndexList()
        moved = [self.user_id(index.row()) for index in persistent]
        self._shown, self._order, self._place = users, order, place
        moved_to = []
        for user_id, index in zip(moved, persistent, strict=True):
            row = None if user_id is None else self.row_of(user_id)
            assert row is not None  # a sort keeps every user (a reload during one resets instead)
            moved_to.append(self.index(row, index.column()))
        self.changePersistentIndexList(persistent, moved_to)
        self.layoutChanged.emit()

    # --- QAbstractTableModel --------------------------------------------------------------

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._shown)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(cols.COLUMNS)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole):
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        return cols.COLUMNS[section].header if 0 <= section < len(cols.COLUMNS) else None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole):
        if role not in ANSWERED or not index.isValid():
            return None
        return self.cell(index.row(), index.column(), role)

    def cell(self, row: int, column: int, role: int):
        """What ``data`` answers for a row and column (the search's model asks here directly)."""
        if role not in ANSWERED or not 0 <= row < len(self._shown):
            return None
        if role in (_DISPLAY, _SPOKEN):
            return self._text(row, column)
        if role == _ALIGNMENT:
            alignment = cols.COLUMNS[column].alignment
            return None if alignment is None else int(alignment)
        if role == SORT_DATA:
            return fold(self._text(row, column))
        if role == PERSON_DATA:
            return self.person(row)
        if role == _FOREGROUND:
            if self._active(row):
                return None
            return QPalette().brush(QPalette.ColorGroup.Disabled, QPalette.ColorRole.Text)
        if column == ROLES:  # the tooltip
            return "\n".join(r.label for r in self.roles(row)) or None
        if self.user_id(row) in self._shown.damage:
            return damaged_tooltip()
        return None

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable | Qt.ItemFlag.ItemNeverHasChildren


def damaged_tooltip() -> str:
    return QCoreApplication.translate(
        "UsersModel",
        "Part of this user could not be read from the database: Help > Check database says more.",
    )
