""" "Who receives what": a read-only table model over the notice routing of one contact sheet.

One row per notice (in the routing model's order), two columns: the notice and its recipients.
The rows are derived from ``contact_manager.domain.routing`` every time the sheet changes, so
what the table shows is always what the current contacts imply.
"""

from __future__ import annotations

from PySide6.QtCore import QAbstractTableModel, QCoreApplication, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtWidgets import QApplication, QStyle

from contact_manager.domain.contacts import ContactSheet, Person
from contact_manager.domain.routing import Notice, primary_is_fallback, routing_table

_Index = QModelIndex | QPersistentModelIndex
_NBSP = "\u00a0"
_WORD_JOINER = "\u2060"


class RoutingModel(QAbstractTableModel):
    """Rows = notices, columns = (notice, recipients)."""

    NOTICE_COLUMN = 0
    RECIPIENTS_COLUMN = 1
    NOTICE_DATA = Qt.ItemDataRole.UserRole  # the row's Notice value (a str: Qt turns StrEnums into str)
    RECIPIENTS_DATA = Qt.ItemDataRole.UserRole + 1  # tuple[Person, ...]

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self._sheet: ContactSheet | None = None
        self._rows: list[tuple[Notice, tuple[Person, ...]]] = []
        # What data() answered, until the sheet or the language changes: a view asks for each
        # cell's texts many times over (sizing the wrapped rows, painting, the screen reader).
        self._cells: dict[tuple[int, int, int], object] = {}

    # --- feeding it -------------------------------------------------------------------

    @property
    def sheet(self) -> ContactSheet | None:
        return self._sheet

    def set_sheet(self, sheet: ContactSheet | None) -> None:
        """Show the routing of ``sheet`` (None: no account, no rows)."""
        self.beginResetModel()
        self._cells.clear()
        self._sheet = sheet
        self._rows = routing_table(sheet) if sheet is not None else []
        self.endResetModel()

    def retranslate(self) -> None:
        """The language changed: every header and cell reads differently now."""
        self._cells.clear()
        self.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, self.columnCount() - 1)
        if self._rows:
            last = self.index(len(self._rows) - 1, self.columnCount() - 1)
            self.dataChanged.emit(self.index(0, 0), last)

    # --- texts ------------------------------------------------------------------------

    def recipient_text(self, notice: Notice, person: Person) -> str:
        """One recipient as the user reads it, with what is special about it in words."""
        text = person.display
        if person.external:
            text += " " + QCoreApplication.translate("RoutingModel", "(external address)")
        elif not person.active:
            text += " " + QCoreApplication.translate("RoutingModel", "(deactivated)")
        if (
            self._sheet is not None
            and person == self._sheet.primary
            and primary_is_fallback(self._sheet, notice)
        ):
            text += " " + QCoreApplication.translate("RoutingModel", "(primary contact, as fallback)")
        return text

    def recipients_lines(self, row: int) -> list[str]:
        notice, people = self._rows[row]
        if not people:
            return [QCoreApplication.translate("RoutingModel", "Nobody: no primary contact is set")]
        return [self.recipient_text(notice, person) for person in people]

    # --- QAbstractTableModel ----------------------------------------------------------

    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008 - Qt's signature
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008 - Qt's signature
        return 0 if parent.isValid() else 2

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole):
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        if section == self.NOTICE_COLUMN:
            return QCoreApplication.translate("RoutingModel", "Notice")
        if section == self.RECIPIENTS_COLUMN:
            return QCoreApplication.translate("RoutingModel", "Recipients")
        return None

    def flags(self, index: _Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole):
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        key = (index.row(), index.column(), int(role))
        if key not in self._cells:
            self._cells[key] = self._data(index, role)
        return self._cells[key]

    def _data(self, index: _Index, role: int):
        notice, people = self._rows[index.row()]
        column = index.column()
        if role == self.NOTICE_DATA:
            return notice.value
        if role == self.RECIPIENTS_DATA:
            return people
        if column == self.NOTICE_COLUMN:
            if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
                return notice.label
            return None
        if column != self.RECIPIENTS_COLUMN:
            return None
        lines = self.recipients_lines(index.row())
        if role == Qt.ItemDataRole.DisplayRole:
            # Wrap between recipients, never inside one: spaces within a recipient don't break,
            # nor does a hyphen in an address (a word joiner follows it).
            return "; ".join(line.replace(" ", _NBSP).replace("-", "-" + _WORD_JOINER) for line in lines)
        if role == Qt.ItemDataRole.ToolTipRole:
            return "\n".join(lines)
        if role == Qt.ItemDataRole.AccessibleTextRole:
            return "; ".join(lines)
        if role == Qt.ItemDataRole.DecorationRole and self._needs_attention(people):
            return QApplication.style().standardIcon(QStyle.StandardPixmap.SP_MessageBoxWarning)
        return None

    @staticmethod
    def _needs_attention(people: tuple[Person, ...]) -> bool:
        return not people or any(not person.external and not person.active for person in people)
