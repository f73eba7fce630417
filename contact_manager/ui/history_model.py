"""An account's history as a Qt table (newest first), its filter, and its CSV export."""

from __future__ import annotations

from collections.abc import Iterable
from pathlib import Path

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QDateTime,
    QLocale,
    QModelIndex,
    QPersistentModelIndex,
    QSortFilterProxyModel,
    Qt,
)

from contact_manager.domain.company import FIELDS, field_label
from contact_manager.domain.csv_import import neutralise, write_csv  # noqa: F401 - re-exported
from contact_manager.domain.damage import damaged_mark
from contact_manager.domain.history import Action, Change
from contact_manager.domain.roles import Role
from contact_manager.files import atomic_write
from contact_manager.language import csv_separator

Index = QModelIndex | QPersistentModelIndex
CHANGE_ROLE = Qt.ItemDataRole.UserRole + 1
WHEN, WHO, WHAT, ROLE, SUBJECT, OLD, NEW = range(7)


def four_digit_year(pattern: str) -> str:
    """A QLocale date pattern with the year in full ("dd/MM/yy" becomes "dd/MM/yyyy")."""
    return pattern if "yyyy" in pattern else pattern.replace("yy", "yyyy")


def local_time(at: str) -> str:
    """An ISO 8601 UTC time as local time: the locale's short format, with a four-digit year
    (a history goes back years; "03/04/25" reads three ways)."""
    moment = QDateTime.fromString(at, Qt.DateFormat.ISODate)
    if not moment.isValid():
        return at
    locale = QLocale()
    pattern = four_digit_year(locale.dateFormat(QLocale.FormatType.ShortFormat))
    pattern += " " + locale.timeFormat(QLocale.FormatType.ShortFormat)
    return locale.toString(moment.toLocalTime(), pattern)


def subject_text(change: Change) -> str:
    if change.action in (Action.ACCOUNT_UPDATE, Action.ACCOUNT_RENAME) and change.subject in FIELDS:
        return field_label(change.subject)
    return change.subject


def headers() -> list[str]:
    return [
        QCoreApplication.translate("HistoryModel", "When"),
        QCoreApplication.translate("HistoryModel", "Who"),
        QCoreApplication.translate("HistoryModel", "What"),
        QCoreApplication.translate("HistoryModel", "Role"),
        QCoreApplication.translate("HistoryModel", "About"),
        QCoreApplication.translate("HistoryModel", "Old value"),
        QCoreApplication.translate("HistoryModel", "New value"),
    ]


# the column that shows each column of the history row
_COLUMN_OF = {
    "at": WHEN,
    "actor": WHO,
    "action": WHAT,
    "role": ROLE,
    "subject": SUBJECT,
    "old_value": OLD,
    "new_value": NEW,
}


def cells(change: Change) -> list[str]:
    """The texts of the row; a value that could not be read is followed by "(damaged)" (an
    unreadable kind of change reads "(damaged entry)")."""
    texts = [
        local_time(change.at),
        change.actor,
        change.label,
        change.role.label if change.role else "",
        subject_text(change),
        change.old_value or "",
        change.new_value or "",
    ]
    for damage in change.damage:
        column = _COLUMN_OF.get(damage.column)
        if column is not None and column != WHAT:
            texts[column] = f"{texts[column]} {damaged_mark()}".strip()
    return texts


def damaged_tooltip() -> str:
    return QCoreApplication.translate(
        "HistoryModel",
        "Part of this entry could not be read from the database: Help > Check database says more.",
    )


class HistoryModel(QAbstractTableModel):
    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self._changes: list[Change] = []

    def set_changes(self, changes: Iterable[Change]) -> None:
        self.beginResetModel()
        self._changes = list(changes)
        self.endResetModel()

    def change(self, row: int) -> Change:
        return self._changes[row]

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else len(self._changes)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else 7

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole):  # noqa: N802
        if (
            orientation == Qt.Orientation.Horizontal
            and role == Qt.ItemDataRole.DisplayRole
            and 0 <= section < 7
        ):
            return headers()[section]
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole):
        if not index.isValid() or not 0 <= index.row() < len(self._changes):
            return None
        change = self._changes[index.row()]
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
            return cells(change)[index.column()]
        if role == Qt.ItemDataRole.ToolTipRole and change.damage:
            return damaged_tooltip()
        if role == Qt.ItemDataRole.ToolTipRole and index.column() in (OLD, NEW, SUBJECT):
            return cells(change)[index.column()] or None
        if role == Qt.ItemDataRole.ToolTipRole and index.column() == WHEN:
            return change.at
        if role == CHANGE_ROLE:
            return change
        return None

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable | Qt.ItemFlag.ItemNeverHasChildren


class HistoryFilter(QSortFilterProxyModel):
    """Keeps the changes of one role and/or about one person (name or address, any case)."""

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.role: Role | None = None
        self.person = ""

    def set_role(self, role: Role | None) -> None:
        self.beginFilterChange()
        self.role = role
        self.endFilterChange(QSortFilterProxyModel.Direction.Rows)

    def set_person(self, text: str) -> None:
        self.beginFilterChange()
        self.person = text.strip().casefold()
        self.endFilterChange(QSortFilterProxyModel.Direction.Rows)

    def filterAcceptsRow(self, source_row: int, source_parent: Index) -> bool:  # noqa: N802
        change: Change = self.sourceModel().change(source_row)
        if self.role is not None and change.role is not self.role:
            return False
        if self.person:
            about = " ".join(x for x in (change.subject, change.old_value, change.new_value) if x)
            return self.person in about.casefold()
        return True

    def changes(self) -> list[Change]:
        return [self.index(row, 0).data(CHANGE_ROLE) for row in range(self.rowCount())]


def export_csv(changes: Iterable[Change], path: str | Path, delimiter: str | None = None) -> int:
    """Write the changes (as shown, plus the UTC time) to a CSV file; return how many rows.

    The separator is the one the current locale's spreadsheets expect (";" in Italy) unless
    ``delimiter`` says otherwise.
    """
    delimiter = delimiter or csv_separator()
    rows = [(change.at, *cells(change)) for change in changes]
    header = [QCoreApplication.translate("HistoryModel", "Time (UTC)"), *headers()]
    with atomic_write(path, encoding="utf-8-sig") as out:  # owner-only; whole or not at all
        write_csv(out, [header, *rows], delimiter)
    return len(rows)
