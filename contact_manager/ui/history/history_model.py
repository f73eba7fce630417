"""An account's history as a Qt table (newest first) and its filter. The history's CSV file is
an export of ``services/exports.py`` (its rows: ``domain/history_export.py``)."""

from __future__ import annotations

from collections.abc import Callable, Iterable
from typing import Protocol

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QDateTime,
    QIdentityProxyModel,
    QLocale,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
    Signal,
    Slot,
)

from contact_manager.domain import history_export
from contact_manager.domain.history import Change
from contact_manager.domain.history_export import NEW, OLD, SUBJECT, WHEN, headers
from contact_manager.domain.roles import Role
from contact_manager.ui.kit.read_worker import PageReader

Index = QModelIndex | QPersistentModelIndex
Source = Callable[[int | None], list[Change]]  # the next page after the change of that id
CHANGE_DATA = Qt.ItemDataRole.UserRole + 1
COLUMNS = len(headers())


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


def cells(change: Change) -> list[str]:
    """The texts of the row, the time the locale's (see ``domain.history_export.cells``)."""
    return history_export.cells(change, local_time)


def damaged_tooltip() -> str:
    return QCoreApplication.translate(
        "HistoryModel",
        "Part of this entry could not be read from the database: Help > Check database says more.",
    )


class HistoryModel(QAbstractTableModel):
    """The changes shown, newest first. Given a ``source`` (a function from the id of the oldest
    change read so far, None at first, to the next page), it reads a page at a time as the view
    scrolls (Qt's canFetchMore/fetchMore), so a million-row history costs one page to show."""

    page_size = 200  # a shorter page is the last (the reader's pages are this long)

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self._changes: list[Change] = []
        self._texts: dict[int, list[str]] = {}  # row -> its cells: fitting the columns asks often
        self._source: Source | None = None
        self._more = False

    def set_changes(self, changes: Iterable[Change]) -> None:
        self.beginResetModel()
        self._texts.clear()
        self._changes, self._source, self._more = list(changes), None, False
        self.endResetModel()

    def set_source(self, source: Source, first: list[Change] | None = None) -> None:
        """Show ``source``'s pages from the first (``first`` when it has been read already)."""
        page = source(None) if first is None else first
        self.beginResetModel()
        self._texts.clear()
        self._changes, self._source, self._more = list(page), source, len(page) >= self.page_size
        self.endResetModel()

    def change(self, row: int) -> Change:
        return self._changes[row]

    def changes(self) -> list[Change]:
        """The changes read so far."""
        return list(self._changes)

    def forget_texts(self) -> None:
        """Drop the cells worked out so far (the language changed)."""
        self._texts.clear()

    def _cells(self, row: int) -> list[str]:
        texts = self._texts.get(row)
        if texts is None:
            texts = self._texts[row] = cells(self._changes[row])
        return texts

    def canFetchMore(self, parent: Index = QModelIndex()) -> bool:  # noqa: B008
        return not parent.isValid() and self._source is not None and self._more

    def fetchMore(self, parent: Index = QModelIndex()) -> None:  # noqa: B008
        if not self.canFetchMore(parent):
            return
        assert self._source is not None  # canFetchMore says there is one
        page = self._source(self._changes[-1].id if self._changes else None)
        self._more = len(page) >= self.page_size
        if page:
            start = len(self._changes)
            self.beginInsertRows(QModelIndex(), start, start + len(page) - 1)
            self._changes.extend(page)
            self.endInsertRows()

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._changes)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else COLUMNS

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole):
        if (
            orientation == Qt.Orientation.Horizontal
            and role == Qt.ItemDataRole.DisplayRole
            and 0 <= section < COLUMNS
        ):
            return headers()[section]
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole):
        if not index.isValid() or not 0 <= index.row() < len(self._changes):
            return None
        change = self._changes[index.row()]
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
            return self._cells(index.row())[index.column()]
        if role == Qt.ItemDataRole.ToolTipRole and change.damage:
            return damaged_tooltip()
        if role == Qt.ItemDataRole.ToolTipRole and index.column() in (OLD, NEW, SUBJECT):
            return self._cells(index.row())[index.column()] or None
        if role == Qt.ItemDataRole.ToolTipRole and index.column() == WHEN:
            return change.at
        if role == CHANGE_DATA:
            return change
        return None

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable | Qt.ItemFlag.ItemNeverHasChildren


class HistoryReader(Protocol):
    """Where the filter reads from: ``services.history`` for one account."""

    def page(self, before_id: int | None, role: Role | None, person: str) -> list[Change]: ...

    def page_apart(self, role: Role | None, person: str) -> Callable[[], list[Change]] | None:
        """The first page as a function a worker thread can run, or None when it can't."""

    def every(self, role: Role | None, person: str) -> Iterable[Change]: ...


class HistoryFilter(QIdentityProxyModel):
    """Keeps the changes of one role and/or about one person (name or address, any case).

    The filtering is done by the reader, in SQL: the source model is given the filtered pages,
    so a filter over a million changes reads one page, not every row. A person's text is
    looked for in every change (no index helps), so that read runs in a worker thread and
    the rows shown stay until its answer replaces them; ``answered`` says it has.
    """

    answered = Signal()

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.role: Role | None = None
        self.person = ""
        self.reader: HistoryReader | None = None
        self.worker = PageReader(self)
        self.worker.finished.connect(self._first_page_read)
        self.worker.failed.connect(lambda _error: self._read_here())

    @property
    def busy(self) -> bool:
        """Whether a read is under way (the rows shown are those of the filters before)."""
        return self.worker.busy

    def set_reader(self, reader: HistoryReader | None) -> None:
        self.reader = reader
        self.apply()

    def set_role(self, role: Role | None) -> None:
        self.role = role
        self.apply()

    def set_person(self, text: str) -> None:
        self.person = text.strip().casefold()
        self.apply()

    def source(self) -> Source | None:
        """The reader's pages with the filters of now."""
        reader, role, person = self.reader, self.role, self.person
        if reader is None:
            return None
        return lambda before_id: reader.page(before_id, role, person)

    def _history(self) -> HistoryModel:
        model = self.sourceModel()
        assert isinstance(model, HistoryModel)  # the filter is only ever put over a history model
        return model

    def apply(self) -> None:
        """Read the first page with the filters of now: in a worker thread for a person's text."""
        apart = self.reader.page_apart(self.role, self.person) if self.reader and self.person else None
        if apart is None:
            self._read_here()
        else:
            self.worker.start(apart)

    def _read_here(self) -> None:
        self.worker.cancel()
        source = self.source()
        if source is None:
            self._history().set_changes([])
        else:
            self._history().set_source(source)
        self.answered.emit()

    @Slot(object)
    def _first_page_read(self, changes: list[Change]) -> None:
        source = self.source()
        if source is not None:
            self._history().set_source(source, changes)
        self.answered.emit()

    def changes(self) -> list[Change]:
        """Every change the filters keep, read or not yet read (what an export writes)."""
        if self.reader is None:
            return [self.index(row, 0).data(CHANGE_DATA) for row in range(self.rowCount())]
        return list(self.reader.every(self.role, self.person))
