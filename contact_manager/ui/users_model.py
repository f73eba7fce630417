"""The account's users as a Qt table: name, email, job title, phone, status, roles held."""

from __future__ import annotations

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    QSortFilterProxyModel,
    Qt,
)

from contact_manager.domain.contacts import ContactSheet, Person
from contact_manager.domain.roles import Role

Index = QModelIndex | QPersistentModelIndex
PERSON_ROLE = Qt.ItemDataRole.UserRole + 1  # the Person of the row
SORT_ROLE = Qt.ItemDataRole.UserRole + 2  # a case-insensitive key to sort by

FIRST, LAST, EMAIL, TITLE, PHONE, STATUS, ROLES = range(7)


def _tr(text: str) -> str:
    return QCoreApplication.translate("UsersModel", text)


class UsersModel(QAbstractTableModel):
    """Read-only rows; the tab reloads it from the services when usersChanged fires."""

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self._people: list[Person] = []
        self._roles: dict[int, list[Role]] = {}

    def set_users(self, people: list[Person], sheet: ContactSheet | None) -> None:
        self.beginResetModel()
        self._people = list(people)
        self._roles = {}
        if sheet is not None:
            for person in self._people:
                if person.user_id is not None:
                    self._roles[person.user_id] = sheet.roles_of(person.user_id)
        self.endResetModel()

    def person(self, row: int) -> Person:
        return self._people[row]

    def roles(self, row: int) -> list[Role]:
        return self._roles.get(self._people[row].user_id, [])

    def row_of(self, user_id: int) -> int | None:
        return next((i for i, p in enumerate(self._people) if p.user_id == user_id), None)

    # --- QAbstractTableModel --------------------------------------------------------------

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else len(self._people)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else 7

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole):  # noqa: N802
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        titles = (
            _tr("First name"),
            _tr("Last name"),
            _tr("Email"),
            _tr("Job title"),
            _tr("Phone"),
            _tr("Status"),
            _tr("Roles"),
        )
        return titles[section] if 0 <= section < len(titles) else None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole):
        if not index.isValid() or not 0 <= index.row() < len(self._people):
            return None
        person, column = self._people[index.row()], index.column()
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
            return self._text(person, column)
        if role == SORT_ROLE:
            return self._text(person, column).casefold()
        if role == Qt.ItemDataRole.ToolTipRole and column == ROLES:
            return "\n".join(r.label for r in self.roles(index.row())) or None
        if role == Qt.ItemDataRole.ForegroundRole and not person.active:
            from PySide6.QtGui import QPalette

            return QPalette().brush(QPalette.ColorGroup.Disabled, QPalette.ColorRole.Text)
        if role == PERSON_ROLE:
            return person
        return None

    def _text(self, person: Person, column: int) -> str:
        if column == FIRST:
            return person.first_name
        if column == LAST:
            return person.last_name
        if column == EMAIL:
            return person.email
        if column == TITLE:
            return person.job_title
        if column == PHONE:
            return person.phone
        if column == STATUS:
            return _tr("Active") if person.active else _tr("Deactivated")
        roles = self._roles.get(person.user_id, [])
        return ", ".join(r.label for r in roles)

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable | Qt.ItemFlag.ItemNeverHasChildren


class UsersFilter(QSortFilterProxyModel):
    """Sorts case-insensitively and keeps the rows whose name, email or title match the search."""

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.setSortRole(SORT_ROLE)
        self.setFilterCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self.setFilterKeyColumn(-1)

    def set_search(self, text: str) -> None:
        self.setFilterFixedString(text.strip())
