"""The import preview as a Qt table model: one row per data row of the file, with its verdict."""

from __future__ import annotations

from PySide6.QtCore import QAbstractTableModel, QCoreApplication, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QBrush, QColor

from contact_manager.domain.csv_import import Preview, RowVerdict, Verdict

Index = QModelIndex | QPersistentModelIndex

# Light fills with dark text, so the verdict reads in any theme; the verdict is also a word.
_FILLS = {
    Verdict.NEW: QColor("#e3f4e8"),
    Verdict.PRESENT: QColor("#eceff3"),
    Verdict.REFUSED: QColor("#fbe4e2"),
    Verdict.LEFT_OUT: QColor("#fbf0d9"),
}
_INKS = {
    Verdict.NEW: QColor("#14532d"),
    Verdict.PRESENT: QColor("#334155"),
    Verdict.REFUSED: QColor("#8a1c12"),
    Verdict.LEFT_OUT: QColor("#6b4500"),
}
_TEXT = QColor("#1f2933")


class PreviewModel(QAbstractTableModel):
    LINE, VERDICT, FIRST, LAST, EMAIL, TITLE, PHONE, REASON = range(8)
    COLUMNS = 8
    VERDICT_DATA = Qt.ItemDataRole.UserRole + 1

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self._all: list[RowVerdict] = []
        self._rows: list[RowVerdict] = []
        self._refused_only = False
        self._email_column = -1
        self._name_columns = (-1, -1)
        self._detail_columns = (-1, -1)  # job title, phone

    def set_preview(self, preview: Preview | None) -> None:
        self.beginResetModel()
        self._all = list(preview.rows) if preview else []
        self._rows = self._visible()
        mapping = preview.mapping if preview else {}
        self._email_column = mapping.get("email", -1)
        self._name_columns = (mapping.get("first_name", -1), mapping.get("last_name", -1))
        self._detail_columns = (mapping.get("job_title", -1), mapping.get("phone", -1))
        self.endResetModel()

    def set_refused_only(self, refused_only: bool) -> None:
        """Show only the refused rows (True), or every row."""
        if refused_only == self._refused_only:
            return
        self.beginResetModel()
        self._refused_only = refused_only
        self._rows = self._visible()
        self.endResetModel()

    def _visible(self) -> list[RowVerdict]:
        if self._refused_only:
            return [row for row in self._all if row.verdict is Verdict.REFUSED]
        return self._all

    def row_verdict(self, row: int) -> RowVerdict:
        return self._rows[row]

    def retranslate(self) -> None:
        self.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, self.COLUMNS - 1)
        if self._rows:
            self.dataChanged.emit(self.index(0, self.VERDICT), self.index(len(self._rows) - 1, self.VERDICT))

    # --- the model ------------------------------------------------------------------------

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008 - Qt's signature
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else self.COLUMNS

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole):
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        if not 0 <= section < self.COLUMNS:
            return None
        titles = (
            QCoreApplication.translate("ImportPreview", "Line"),
            QCoreApplication.translate("ImportPreview", "Verdict"),
            QCoreApplication.translate("ImportPreview", "First name"),
            QCoreApplication.translate("ImportPreview", "Last name"),
            QCoreApplication.translate("ImportPreview", "Email"),
            QCoreApplication.translate("ImportPreview", "Job title"),
            QCoreApplication.translate("ImportPreview", "Phone"),
            QCoreApplication.translate("ImportPreview", "Reason"),
        )
        return titles[section]

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole):
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        row = self._rows[index.row()]
        column = index.column()
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
            return self._text(row, column)
        if role == Qt.ItemDataRole.ToolTipRole:
            return row.reason or row.note or row.verdict.label
        if role == Qt.ItemDataRole.BackgroundRole:
            return QBrush(_FILLS[row.verdict])
        if role == Qt.ItemDataRole.ForegroundRole:
            return QBrush(_INKS[row.verdict] if column == self.VERDICT else _TEXT)
        if role == Qt.ItemDataRole.TextAlignmentRole and column == self.LINE:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == self.VERDICT_DATA:
            return row.verdict.value
        return None

    def _text(self, row: RowVerdict, column: int) -> str:
        if column == self.LINE:
            return str(row.line)
        if column == self.VERDICT:
            return row.verdict.label
        if column == self.FIRST:
            return row.first_name or self._raw(row, self._name_columns[0])
        if column == self.LAST:
            return row.last_name or self._raw(row, self._name_columns[1])
        if column == self.EMAIL:
            return row.email or self._raw(row, self._email_column)
        if column == self.TITLE:
            return row.job_title or self._raw(row, self._detail_columns[0])
        if column == self.PHONE:
            return row.phone or self._raw(row, self._detail_columns[1])
        if column == self.REASON:
            if row.verdict in (Verdict.REFUSED, Verdict.LEFT_OUT):
                return row.reason
            return row.note  # how a recognised export's row was read (a name split, the address)
        return ""

    @staticmethod
    def _raw(row: RowVerdict, column: int) -> str:
        return row.cells[column].strip() if 0 <= column < len(row.cells) else ""
