"""The users of the current account as Qt item models, for every "Select a user" box.

``UserListModel`` is the ONE model per account: a list model over the plain row tuples of
``services.users.picker_rows`` (no item objects, so 100,000 users cost one list).
``UserFilterModel`` is a per-box filtering proxy over it: active users only (plus the
box's own deactivated holder, flagged), minus users excluded by the box (a billing contact
is not offered in the other billing boxes), and optionally the type-ahead text, matched on
any part of the name or address. It keeps an index list into the shared rows and filters in
bulk, which stays fast where a per-row ``filterAcceptsRow`` in Python would not.
"""

from __future__ import annotations

from collections.abc import Iterable

from PySide6.QtCore import (
    QAbstractListModel,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtWidgets import QApplication, QStyle

Row = tuple[int, str, str, str, int]  # (id, first, last, email, active)
UserIdRole = Qt.ItemDataRole.UserRole + 1
ActiveRole = Qt.ItemDataRole.UserRole + 2

_Index = QModelIndex | QPersistentModelIndex


def display_of(row: Row) -> str:
    name = f"{row[1]} {row[2]}".strip()
    return f"{name} <{row[3]}>" if name else row[3]


def deactivated_suffix() -> str:
    return QCoreApplication.translate("UserModel", "(deactivated)")


class UserListModel(QAbstractListModel):
    """Every user of one account, in the order the service sorts them."""

    def __init__(self, rows: Iterable[Row] = (), parent=None) -> None:
        super().__init__(parent)
        self._rows: list[Row] = list(rows)
        self._keys: list[str] | None = None  # lower-case "first last email", built on first filter
        self._row_of: dict[int, int] | None = None

    # --- loading ----------------------------------------------------------------------

    def set_rows(self, rows: Iterable[Row]) -> None:
        self.beginResetModel()
        self._rows = list(rows)
        self._keys = None
        self._row_of = None
        self.endResetModel()

    @property
    def rows(self) -> list[Row]:
        return self._rows

    def search_keys(self) -> list[str]:
        if self._keys is None:
            self._keys = [f"{r[1]} {r[2]} {r[3]}".casefold() for r in self._rows]
        return self._keys

    def row_of(self, user_id: int) -> int | None:
        if self._row_of is None:
            self._row_of = {r[0]: i for i, r in enumerate(self._rows)}
        return self._row_of.get(user_id)

    # --- the model --------------------------------------------------------------------

    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008 - Qt's signature
        return 0 if parent.isValid() else len(self._rows)

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole):
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        return row_data(self._rows[index.row()], role)

    def flags(self, index: _Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable | Qt.ItemFlag.ItemNeverHasChildren


def row_data(row: Row, role: int):
    active = bool(row[4])
    if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.EditRole):
        text = display_of(row)
        return text if active else f"{text} {deactivated_suffix()}"
    if role == Qt.ItemDataRole.AccessibleTextRole:
        return display_of(row) if active else f"{display_of(row)} {deactivated_suffix()}"
    if role == UserIdRole:
        return row[0]
    if role == ActiveRole:
        return active
    if role == Qt.ItemDataRole.DecorationRole and not active:
        return QApplication.style().standardIcon(QStyle.StandardPixmap.SP_MessageBoxWarning)
    if role == Qt.ItemDataRole.ToolTipRole and not active:
        return QCoreApplication.translate(
            "UserModel", "This user is deactivated: choose an active user for this role."
        )
    return None


class UserFilterModel(QAbstractListModel):
    """The users one box offers: a filtered view of the shared ``UserListModel``."""

    def __init__(self, source: UserListModel, parent=None, *, require_text: bool = False) -> None:
        super().__init__(parent)
        self._source = source
        self._require_text = require_text  # a type-ahead list: empty until something is typed
        self._text = ""
        self._excluded: frozenset[int] = frozenset()
        self._keep_inactive: frozenset[int] = frozenset()
        self._map: list[int] = []
        self._row_of: dict[int, int] | None = None
        source.modelReset.connect(self._refilter)
        source.dataChanged.connect(self._refilter)
        self._refilter()

    @property
    def source(self) -> UserListModel:
        return self._source

    def set_filter(
        self,
        *,
        text: str | None = None,
        excluded: Iterable[int] | None = None,
        keep_inactive: Iterable[int] | None = None,
    ) -> None:
        """Change what the box offers; only a real change resets the model."""
        new_text = self._text if text is None else text.strip().casefold()
        new_excluded = self._excluded if excluded is None else frozenset(excluded)
        new_keep = self._keep_inactive if keep_inactive is None else frozenset(keep_inactive)
        if (new_text, new_excluded, new_keep) == (self._text, self._excluded, self._keep_inactive):
            return
        self._text, self._excluded, self._keep_inactive = new_text, new_excluded, new_keep
        self._refilter()

    @property
    def filter_text(self) -> str:
        return self._text

    def _refilter(self, *_args) -> None:
        self.beginResetModel()
        rows = self._source.rows
        keep, excluded = self._keep_inactive, self._excluded
        if self._require_text and not self._text:
            candidates: Iterable[int] = ()
        elif self._text:
            keys, text = self._source.search_keys(), self._text
            candidates = (i for i, key in enumerate(keys) if text in key)
        else:
            candidates = range(len(rows))
        self._map = [
            i
            for i in candidates
            if (rows[i][4] or rows[i][0] in keep) and (not excluded or rows[i][0] not in excluded)
        ]
        self._row_of = None
        self.endResetModel()

    def row_of(self, user_id: int) -> int | None:
        """This box's row of a user, or None when the box does not offer them."""
        if self._row_of is None:
            rows = self._source.rows
            self._row_of = {rows[i][0]: r for r, i in enumerate(self._map)}
        return self._row_of.get(user_id)

    def user_id(self, row: int) -> int | None:
        if 0 <= row < len(self._map):
            return self._source.rows[self._map[row]][0]
        return None

    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008 - Qt's signature
        return 0 if parent.isValid() else len(self._map)

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole):
        if not index.isValid() or not 0 <= index.row() < len(self._map):
            return None
        return row_data(self._source.rows[self._map[index.row()]], role)

    def flags(self, index: _Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable | Qt.ItemFlag.ItemNeverHasChildren
