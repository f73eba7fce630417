"""The Users tab's search: the rows of ``UsersModel`` whose texts contain what is typed.

Not a QSortFilterProxyModel: that asks Python about every row, one call each, at every
reset, sort and keystroke (a third of a second for 100,000 users). This model keeps the list
of the source rows it shows and makes it in one pass over the shared folded texts; with no
search it shows every row as they are (a ``range``, nothing to build). Sorting is the source
model's; the selection follows its rows (the source moves them, this model maps them again).
"""

from __future__ import annotations

from bisect import bisect_left
from collections.abc import Sequence

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt, Slot

from contact_manager.domain.sorting import fold
from contact_manager.ui.users import users_columns as cols
from contact_manager.ui.users.users_table_model import ANSWERED, UsersModel

Index = QModelIndex | QPersistentModelIndex


class UsersFilter(QAbstractTableModel):
    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self._source: UsersModel | None = None
        self._needle = ""
        self._map: Sequence[int] = range(0)  # the source rows shown, ascending
        self._moving: list[tuple[QPersistentModelIndex, int | None]] = []

    def setSourceModel(self, source: UsersModel) -> None:  # as a proxy's
        self.beginResetModel()
        self._source = source
        source.modelAboutToBeReset.connect(self._before_reset)
        source.modelReset.connect(self._reset)
        source.layoutAboutToBeChanged.connect(self._before_move)
        source.layoutChanged.connect(self._moved)
        source.dataChanged.connect(self._data_changed)
        source.headerDataChanged.connect(self.headerDataChanged)
        self._map = self._matching()
        self.endResetModel()

    def sourceModel(self) -> UsersModel:
        assert self._source is not None
        return self._source

    @Slot(str)
    def set_search(self, text: str) -> None:
        needle = fold(text.strip())
        if needle == self._needle:
            return
        self.beginResetModel()
        self._needle = needle
        self._map = self._matching()
        self.endResetModel()

    def _matching(self) -> Sequence[int]:
        source, needle = self._source, self._needle
        if source is None:
            return range(0)
        return source.matching(needle) if needle else range(source.rowCount())

    @Slot()
    def _before_reset(self) -> None:
        self.beginResetModel()

    @Slot()
    def _reset(self) -> None:
        self._map = self._matching()
        self.endResetModel()

    @Slot()
    def _before_move(self, *_args) -> None:
        self.layoutAboutToBeChanged.emit()
        source = self.sourceModel()
        self._moving = [
            (QPersistentModelIndex(index), source.user_id(self._map[index.row()]))
            for index in self.persistentIndexList()
        ]

    @Slot()
    def _moved(self, *_args) -> None:
        self._map = self._matching()
        source = self.sourceModel()
        old = [index for index, _ in self._moving]
        new = []
        for index, user_id in self._moving:
            row = None if user_id is None else self.map_from_source_row(source.row_of(user_id))
            new.append(QModelIndex() if row is None else self.index(row, index.column()))
        # The stub takes only QModelIndex; Qt converts a persistent index to one (C++'s implicit
        # conversion), which the stub does not say.
        self.changePersistentIndexList(old, new)  # type: ignore[arg-type]
        self._moving = []
        self.layoutChanged.emit()

    @Slot(QModelIndex, QModelIndex, "QList<int>")
    def _data_changed(self, top_left: QModelIndex, bottom_right: QModelIndex, roles=()) -> None:
        if self._map:
            self.dataChanged.emit(
                self.index(0, top_left.column()), self.index(len(self._map) - 1, bottom_right.column())
            )

    # --- mapping ----------------------------------------------------------------------

    def map_from_source_row(self, source_row: int | None) -> int | None:
        if source_row is None:
            return None
        at = bisect_left(self._map, source_row)
        return at if at < len(self._map) and self._map[at] == source_row else None

    def mapFromSource(self, source_index: Index) -> QModelIndex:
        row = self.map_from_source_row(source_index.row()) if source_index.isValid() else None
        return QModelIndex() if row is None else self.index(row, source_index.column())

    def mapToSource(self, index: Index) -> QModelIndex:
        if not index.isValid() or not 0 <= index.row() < len(self._map):
            return QModelIndex()
        return self.sourceModel().index(self._map[index.row()], index.column())

    # --- the model --------------------------------------------------------------------

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._map)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(cols.COLUMNS)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole):
        return self.sourceModel().headerData(section, orientation, role)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole):
        if role not in ANSWERED or not index.isValid() or not 0 <= index.row() < len(self._map):
            return None
        return self.sourceModel().cell(self._map[index.row()], index.column(), role)

    def flags(self, index: Index) -> Qt.ItemFlag:
        return self.sourceModel().flags(self.mapToSource(index))

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        self.sourceModel().sort(column, order)
