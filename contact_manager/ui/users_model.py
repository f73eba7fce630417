"""The account's users as a Qt table: name, email, job title, phone, status, roles held."""

from __future__ import annotations

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    QSortFilterProxyModel,
    Qt,
    Slot,
)
from PySide6.QtGui import QPalette

from contact_manager.domain.contacts import ContactSheet, Person
from contact_manager.domain.damage import damaged_mark
from contact_manager.domain.roles import Role
from contact_manager.domain.sorting import fold

Index = QModelIndex | QPersistentModelIndex
PERSON_ROLE = Qt.ItemDataRole.UserRole + 1  # the Person of the row
SORT_ROLE = Qt.ItemDataRole.UserRole + 2  # a case-insensitive key to sort by

FIRST, LAST, EMAIL, TITLE, PHONE, STATUS, ROLES = range(7)


# the column of the table that shows each column of the app_user row
_COLUMN_OF = {"first_name": FIRST, "last_name": LAST, "email": EMAIL, "job_title": TITLE, "phone": PHONE}
_COLUMN_OF["active"] = STATUS


def marked_texts(person: Person, texts: tuple[str, ...]) -> tuple[str, ...]:
    """The row's texts with "(damaged)" after each that could not be read."""
    damaged = {_COLUMN_OF.get(damage.column) for damage in person.damage}
    mark = damaged_mark()
    return tuple(f"{text} {mark}".strip() if i in damaged else text for i, text in enumerate(texts))


class UsersModel(QAbstractTableModel):
    """Read-only rows; the tab reloads it from the services when usersChanged fires.

    Texts and sort keys are computed once per reload, and sorting happens here in Python,
    so a large account (tens of thousands of users) sorts and filters without a Qt call
    per cell.
    """

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self._people: list[Person] = []
        self._roles: dict[int, list[Role]] = {}
        self._texts: list[tuple[str, ...]] = []
        self._haystacks: list[str] = []
        self._sort: tuple[int, Qt.SortOrder] | None = None

    def set_users(self, people: list[Person], sheet: ContactSheet | None) -> None:
        self.beginResetModel()
        self._people = list(people)
        self._read_roles(sheet)
        self._compute()
        if self._sort is not None:
            self._sort_rows(*self._sort)
        self.endResetModel()

    @Slot(object)
    def set_sheet(self, sheet: ContactSheet | None) -> None:
        """The roles changed (not the users): update the Roles column without a reset."""
        self._read_roles(sheet)
        self._compute()
        if self._sort is not None and self._sort[0] == ROLES:
            self.sort(*self._sort)  # moves the rows (and the selection) to their new places
            return
        if self._people:
            self.dataChanged.emit(self.index(0, ROLES), self.index(len(self._people) - 1, ROLES))

    def _read_roles(self, sheet: ContactSheet | None) -> None:
        self._roles = {}
        if sheet is not None:
            for role, holder in sheet.assignments():
                if holder.user_id is not None:
                    self._roles.setdefault(holder.user_id, []).append(role)

    def _compute(self) -> None:
        active, inactive = (
            QCoreApplication.translate("UsersModel", "Active"),
            QCoreApplication.translate("UsersModel", "Deactivated"),
        )
        held = {user_id: ", ".join(r.label for r in roles) for user_id, roles in self._roles.items()}
        self._texts = []
        for p in self._people:
            texts = (
                p.first_name,
                p.last_name,
                p.email,
                p.job_title,
                p.phone,
                active if p.active else inactive,
            )
            if p.damage:
                texts = marked_texts(p, texts)
            self._texts.append((*texts, held.get(p.user_id, "")))
        self._haystacks = [fold(" ".join(texts[:ROLES])) for texts in self._texts]

    def retranslate(self) -> None:
        """Status and role names are texts of the current language: compute them again."""
        self._compute()
        if self._people:
            self.dataChanged.emit(self.index(0, 0), self.index(len(self._people) - 1, 6))
        self.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, 6)

    def person(self, row: int) -> Person:
        return self._people[row]

    def roles(self, row: int) -> list[Role]:
        return self._roles.get(self._people[row].user_id, [])

    def row_of(self, user_id: int) -> int | None:
        return next((i for i, p in enumerate(self._people) if p.user_id == user_id), None)

    def matches(self, row: int, needle: str) -> bool:
        """Whether the row's name, email, title, phone or status contains ``needle`` (casefolded)."""
        return needle in self._haystacks[row]

    # --- sorting ---------------------------------------------------------------------------

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        if not 0 <= column < 7:
            return
        self._sort = (column, order)
        self.layoutAboutToBeChanged.emit()
        old_ids = [p.user_id for p in self._people]
        persistent = self.persistentIndexList()
        self._sort_rows(column, order)
        new_row = {p.user_id: row for row, p in enumerate(self._people)}
        self.changePersistentIndexList(
            persistent,
            [self.index(new_row[old_ids[index.row()]], index.column()) for index in persistent],
        )
        self.layoutChanged.emit()

    def _sort_rows(self, column: int, order: Qt.SortOrder) -> None:
        keyed = sorted(
            zip(self._people, self._texts, self._haystacks, strict=True),
            key=lambda item: (
                fold(item[1][column]),
                fold(item[1][LAST]),
                fold(item[1][FIRST]),
            ),
            reverse=order == Qt.SortOrder.DescendingOrder,
        )
        self._people = [item[0] for item in keyed]
        self._texts = [item[1] for item in keyed]
        self._haystacks = [item[2] for item in keyed]

    # --- QAbstractTableModel --------------------------------------------------------------

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else len(self._people)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else 7

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole):  # noqa: N802
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        titles = (
            QCoreApplication.translate("UsersModel", "First name"),
            QCoreApplication.translate("UsersModel", "Last name"),
            QCoreApplication.translate("UsersModel", "Email"),
            QCoreApplication.translate("UsersModel", "Job title"),
            QCoreApplication.translate("UsersModel", "Phone"),
            QCoreApplication.translate("UsersModel", "Status"),
            QCoreApplication.translate("UsersModel", "Roles"),
        )
        return titles[section] if 0 <= section < len(titles) else None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole):
        row = index.row()
        if not index.isValid() or not 0 <= row < len(self._people):
            return None
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
            return self._texts[row][index.column()]
        if role == SORT_ROLE:
            return fold(self._texts[row][index.column()])
        if role == PERSON_ROLE:
            return self._people[row]
        if role == Qt.ItemDataRole.ForegroundRole and not self._people[row].active:
            return QPalette().brush(QPalette.ColorGroup.Disabled, QPalette.ColorRole.Text)
        if role == Qt.ItemDataRole.ToolTipRole and index.column() == ROLES:
            return "\n".join(r.label for r in self.roles(row)) or None
        if role == Qt.ItemDataRole.ToolTipRole and self._people[row].damage:
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


class UsersFilter(QSortFilterProxyModel):
    """Keeps the rows whose name, email, title, phone or status contain the search (any case);
    sorting is the source model's, in the order it keeps."""

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self._needle = ""

    @Slot(str)
    def set_search(self, text: str) -> None:
        self.beginFilterChange()
        self._needle = fold(text.strip())
        self.endFilterChange(QSortFilterProxyModel.Direction.Rows)

    def filterAcceptsRow(self, source_row: int, source_parent: Index) -> bool:  # noqa: N802
        return not self._needle or self.sourceModel().matches(source_row, self._needle)

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        self.sourceModel().sort(column, order)
