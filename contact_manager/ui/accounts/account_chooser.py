"""Past about twenty accounts, the account menus offer a searchable list instead of one item
per account: typing part of a name keeps the accounts that contain it (accents and case
ignored), Up and Down move in the list, Enter or a click switches."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QEvent, QObject, Qt, QTimer, Signal, Slot
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QMenu,
    QVBoxLayout,
    QWidget,
    QWidgetAction,
)

from contact_manager.domain.sorting import fold

SEARCHABLE_PAST = 20  # accounts; up to this many, one menu item each
ACCOUNT_ID_DATA = Qt.ItemDataRole.UserRole + 1


class AccountChooser(QWidget):
    chosen = Signal(int)  # the account's id

    def __init__(self, accounts: list[tuple[int, str]], current: int | None, parent: QWidget | None = None):
        super().__init__(parent)
        self.search = QLineEdit()
        self.search.setObjectName("accountChooserSearch")
        self.search.setClearButtonEnabled(True)
        self.search.setPlaceholderText(self.tr("Find an account"))
        self.search.setAccessibleName(self.tr("Find an account by its name"))
        self.list = QListWidget()
        self.list.setObjectName("accountChooserList")
        self.list.setAccessibleName(self.tr("Accounts"))
        self._keys: list[str] = []
        for account_id, name in accounts:
            item = QListWidgetItem(name, self.list)
            item.setData(ACCOUNT_ID_DATA, account_id)
            if account_id == current:
                font = item.font()
                font.setBold(True)
                item.setFont(font)
                item.setToolTip(self.tr("The account shown now"))
            self._keys.append(fold(name))
        self.list.setCurrentRow(0)
        self.list.setMinimumWidth(320)
        self.list.setMinimumHeight(self.list.sizeHintForRow(0) * 12 + 4 if accounts else 0)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(6, 6, 6, 6)
        layout.addWidget(self.search)
        layout.addWidget(self.list)
        self.search.textChanged.connect(self._filter)
        self.search.returnPressed.connect(self._choose_current)
        self.search.installEventFilter(self)
        self.list.itemActivated.connect(self._choose)
        self.list.itemClicked.connect(self._choose)

    def visible_names(self) -> list[str]:
        return [
            self.list.item(row).text()
            for row in range(self.list.count())
            if not self.list.item(row).isHidden()
        ]

    @Slot(str)
    def _filter(self, text: str) -> None:
        needle = fold(text.strip())
        first = None
        for row, key in enumerate(self._keys):
            hidden = bool(needle) and needle not in key
            self.list.item(row).setHidden(hidden)
            if not hidden and first is None:
                first = row
        if first is not None:
            self.list.setCurrentRow(first)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        moves = (Qt.Key.Key_Up, Qt.Key.Key_Down, Qt.Key.Key_PageUp, Qt.Key.Key_PageDown)
        if (
            watched is self.search
            and event.type() == QEvent.Type.KeyPress
            and isinstance(event, QKeyEvent)
            and event.key() in moves
        ):
            QListWidget.keyPressEvent(self.list, event)  # move in the list, typing stays here
            return True
        return super().eventFilter(watched, event)

    @Slot()
    def _choose_current(self) -> None:
        item = self.list.currentItem()
        if item is not None and not item.isHidden():
            self._choose(item)

    @Slot("QListWidgetItem*")
    def _choose(self, item: QListWidgetItem) -> None:
        self.chosen.emit(item.data(ACCOUNT_ID_DATA))


def add_chooser(
    menu: QMenu, accounts: list[tuple[int, str]], current: int | None, switch: Callable[[int], object]
) -> AccountChooser:
    """Put a chooser of ``accounts`` in ``menu``; choosing one closes the menu and calls ``switch``."""
    chooser = AccountChooser(accounts, current, menu)
    action = QWidgetAction(menu)
    action.setDefaultWidget(chooser)
    menu.addAction(action)

    def chosen(account_id: int) -> None:
        top: QMenu = menu
        while isinstance(parent := top.parentWidget(), QMenu):
            top = parent
        top.close()
        menu.close()
        switch(account_id)

    chooser.chosen.connect(chosen)
    QTimer.singleShot(0, chooser.search.setFocus)  # typing goes to the search as the menu opens
    return chooser
