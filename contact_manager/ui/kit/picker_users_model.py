"""The users of the current account as Qt item models, for every "Select a user" box.

``UserListModel`` is the ONE model per account: a list model over the account's shared read
(``services.user_rows``: compact rows the Users tab shows too; no item objects, and a row's
tuple is made only when a view asks for it).
``UserFilterModel`` is a per-box filtering proxy over it: active users only (plus the
box's own deactivated holder, flagged), minus users excluded by the box (a billing contact
is not offered in the other billing boxes), and optionally the type-ahead text, matched on
any part of the name or address. It keeps an index list into the shared rows and filters in
bulk (the type-ahead text is looked for in the shared folded texts, a block at a time), which
stays fast where a per-row ``filterAcceptsRow`` in Python would not.
"""

from __future__ import annotations

from bisect import bisect_left
from collections.abc import Iterable, Sequence

from PySide6.QtCore import (
    QAbstractListModel,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
    Slot,
)
from PySide6.QtWidgets import QApplication, QStyle

from contact_manager.domain.damage import damaged_mark, is_damaged
from contact_manager.domain.sorting import fold
from contact_manager.services.compact_rows import UserRows
from contact_manager.ui.kit.offered_rows import OfferedRows

MAX_MATCHES = 200  # a type-ahead list longer than this is narrowed by typing more

Row = tuple[int, str, str, str, int]  # (id, first, last, email, active)
USER_ID_DATA = Qt.ItemDataRole.UserRole + 1
ACTIVE_DATA = Qt.ItemDataRole.UserRole + 2

_Index = QModelIndex | QPersistentModelIndex
_QT_DEFAULT = Qt.MatchFlag.MatchStartsWith | Qt.MatchFlag.MatchWrap  # match's own default
# the kinds of match answered from the addresses (the whole text, in either case)
_TEXT_MATCHES = (Qt.MatchFlag.MatchExactly, Qt.MatchFlag.MatchFixedString)


def display_of(row: Row) -> str:
    """ "First Last <email>", followed by "(damaged)" when some of it could not be read."""
    name = f"{row[1]} {row[2]}".strip()
    text = f"{name} <{row[3]}>" if name else row[3]
    if is_damaged(row[1]) or is_damaged(row[2]) or is_damaged(row[3]):
        return f"{text} {damaged_mark()}"
    return text


def deactivated_suffix() -> str:
    return QCoreApplication.translate("UserModel", "(deactivated)")


class UserListModel(QAbstractListModel):
    """Every user of one account, in the order the service sorts them."""

    def __init__(self, rows: Iterable[Row] = (), parent=None) -> None:
        super().__init__(parent)
        self._users = UserRows.of(rows)

    # --- loading ----------------------------------------------------------------------

    def set_users(self, users: UserRows) -> None:
        """Show ``users`` (the shared read: kept, not copied; it is never changed)."""
        self.beginResetModel()
        self._users = users
        self.endResetModel()

    def set_rows(self, rows: Iterable[Row]) -> None:
        """Show ``rows``, tuples ``(id, first, last, email, active)``, in their order."""
        self.set_users(UserRows.of(rows))

    @property
    def users(self) -> UserRows:
        return self._users

    def row_of(self, user_id: int) -> int | None:
        return self._users.row_of.get(user_id)

    def active_rows(self) -> Sequence[int]:
        """Rows of the active users, ascending; one list shared by every box (don't change it)."""
        return self._users.active

    # --- the model --------------------------------------------------------------------

    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008 - Qt's signature
        return 0 if parent.isValid() else len(self._users)

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole):
        if not index.isValid() or not 0 <= index.row() < len(self._users):
            return None
        return row_data(self._users.row(index.row()), role)

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
    if role == USER_ID_DATA:
        return row[0]
    if role == ACTIVE_DATA:
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
        self._map: Sequence[int] = []  # ascending rows of the source
        self.limit = MAX_MATCHES if require_text else 1 << 62
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
        new_text = self._text if text is None else fold(text.strip())
        new_excluded = self._excluded if excluded is None else frozenset(excluded)
        new_keep = self._keep_inactive if keep_inactive is None else frozenset(keep_inactive)
        if (new_text, new_excluded, new_keep) == (self._text, self._excluded, self._keep_inactive):
            return
        self._text, self._excluded, self._keep_inactive = new_text, new_excluded, new_keep
        self._refilter()

    @property
    def filter_text(self) -> str:
        return self._text

    @property
    def excluded(self) -> frozenset[int]:
        return self._excluded

    @Slot("QModelIndex", "QModelIndex", "QList<int>")
    @Slot()
    def _refilter(self, *_args) -> None:
        self.beginResetModel()
        source = self._source
        if self._require_text and not self._text:
            self._map = []
        elif self._text:
            self._map = self._matching(source)
        else:
            self._map = self._offered(source)
        self.endResetModel()

    def _offered(self, source: UserListModel) -> Sequence[int]:
        """Active users, plus kept holders, minus excluded ones: the shared list when unchanged."""
        shared = source.active_rows()
        kept = [source.row_of(uid) for uid in self._keep_inactive]
        excluded = [source.row_of(uid) for uid in self._excluded]
        extra = [r for r in kept if r is not None and not source.users.is_active(r)]
        drop = [r for r in excluded if r is not None]
        if not extra and not drop:
            return shared
        return OfferedRows(shared, extra, drop)  # the shared list and the few changes, not a copy

    def _matching(self, source: UserListModel) -> list[int]:
        """The first ``limit`` offered users whose name or address contains the typed text."""
        users, keep, excluded = source.users, self._keep_inactive, self._excluded
        active = users.flags
        if keep or excluded:

            def wanted(row: int) -> bool:
                user_id = users.user_id(row)
                return (active[row] == 1 or user_id in keep) and user_id not in excluded

        else:
            wanted = active.__getitem__  # type: ignore[assignment]  # 1 (active) or 0
        return users.find_names(self._text, self.limit, wanted)

    def row_of(self, user_id: int) -> int | None:
        """This box's row of a user, or None when the box does not offer them."""
        source_row = self._source.row_of(user_id)
        if source_row is None:
            return None
        at = bisect_left(self._map, source_row)
        return at if at < len(self._map) and self._map[at] == source_row else None

    def user_id(self, row: int) -> int | None:
        if 0 <= row < len(self._map):
            return self._source.users.user_id(self._map[row])
        return None

    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008 - Qt's signature
        return 0 if parent.isValid() else len(self._map)

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole):
        if not index.isValid() or not 0 <= index.row() < len(self._map):
            return None
        return row_data(self._source.users.row(self._map[index.row()]), role)

    def flags(self, index: _Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable | Qt.ItemFlag.ItemNeverHasChildren

    def match(
        self, start: _Index, role: int, value: object, hits: int = 1, flags=_QT_DEFAULT
    ) -> list[QModelIndex]:
        """The rows whose text is ``value``, as Qt's ``match`` finds them, without asking for
        the text of each of 100,000 rows (QComboBox does so whenever its box loses focus,
        freezing the window for a third of a second): a row's text holds its address, so only
        the rows with an address the text can hold are looked at. Other kinds of match: Qt's."""
        kind = Qt.MatchFlag(flags) & Qt.MatchFlag.MatchTypeMask
        text_role = role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.EditRole)
        if not (text_role and isinstance(value, str) and kind in _TEXT_MATCHES and start.isValid()):
            return super().match(start, role, value, hits, flags)
        # Qt compares an exact match as values (case and all), a fixed string by the flag
        same_case = kind == Qt.MatchFlag.MatchExactly or bool(
            Qt.MatchFlag(flags) & Qt.MatchFlag.MatchCaseSensitive
        )
        wanted = value if same_case else value.casefold()
        suffix = deactivated_suffix() if same_case else deactivated_suffix().casefold()
        users, first, shown_rows = self._source.users, start.row(), self._map
        # the few rows whose address the text can hold, then the rows of this box among them
        candidates = users.rows_with_address(addresses_shown(wanted, suffix), casefold=not same_case)
        rows = []
        for source_row in sorted(candidates):
            at = bisect_left(shown_rows, source_row)
            if at < len(shown_rows) and shown_rows[at] == source_row:
                rows.append(at)
        order = [row for row in rows if row >= first]
        if Qt.MatchFlag(flags) & Qt.MatchFlag.MatchWrap:  # after the end, from the top
            order += [row for row in rows if row < first]
        found: list[QModelIndex] = []
        for row in order:
            shown = row_data(users.row(shown_rows[row]), role)
            if (shown if same_case else shown.casefold()) == wanted:
                found.append(self.index(row, 0))
                if len(found) == hits:
                    break
        return found


def addresses_shown(text: str, suffix: str) -> set[str]:
    """Every address a user shown as ``text`` can have: a row's text is "Name <address>" or
    the address alone, maybe followed by a space and ``suffix`` (a value that could not be
    read is marked too, but such a row is looked at whatever its address)."""
    cores = {text}
    if text.endswith(f" {suffix}"):
        cores.add(text[: -len(suffix) - 1])
    found = set(cores)
    for core in cores:
        if core.endswith(">"):
            at = core.find("<")
            while at != -1:
                found.add(core[at + 1 : -1])
                at = core.find("<", at + 1)
    return found
