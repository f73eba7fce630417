"""The File menu's office database actions: Connect to an office database..., Open recent,
Move to an office database... (``move_to_office``).

``OfficeActions.install(window)`` adds them after File > Open database... and remembers the
window's database in Open recent. Connecting asks with ``ConnectDialog`` (opened, not run in
a nested loop); what the server refuses (a wrong or missing password, no server there, no
Contact Manager data) is said in the dialog in one sentence, and the open database stays as
it was. A password is used for the connection and, when the tick box says so, kept in the
system keyring; never in the URL, the settings or Open recent. A recent file that is gone
is said so and taken off the list.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QObject, Qt, Slot
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QApplication, QMenu, QWidget

from contact_manager.domain.errors import ContactError
from contact_manager.services import connecting
from contact_manager.services.connecting import is_server
from contact_manager.ui.kit import dialogs
from contact_manager.ui.shell import recent

if TYPE_CHECKING:
    from contact_manager.services import Services
    from contact_manager.ui.shell.connect_dialog import ConnectDialog
    from contact_manager.ui.shell.main_window import MainWindow


class OfficeActions(QObject):
    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self.setObjectName("officeActions")
        self.window = window
        self.dialog: ConnectDialog | None = None
        self.connect_action = QAction(window)
        self.connect_action.setObjectName("connectOfficeAction")
        self.connect_action.triggered.connect(self._connect_chosen)
        self.move_action = QAction(window)
        self.move_action.setObjectName("moveToOfficeAction")
        self.move_action.triggered.connect(self._move_chosen)
        services = window.services
        self.move_action.setEnabled(services is not None and not connecting.on_server(services))  # a file's
        self.recent_menu = QMenu(window.file_menu)
        self.recent_menu.setObjectName("recentMenu")
        self.recent_menu.menuAction().setObjectName("recentMenuAction")
        self.recent_menu.aboutToShow.connect(self.fill_recent)
        window.installEventFilter(self)
        self.retranslate()

    @classmethod
    def install(cls, window: MainWindow) -> OfficeActions:
        """The actions in ``window``'s File menu, after Open database...; its database in Open recent."""
        actions = cls(window)
        menu = window.file_menu
        items = menu.actions()
        anchor = window.open_database_action
        at = items.index(anchor) + 1 if anchor in items else len(items)
        if at < len(items):
            menu.insertAction(items[at], actions.connect_action)
            menu.insertMenu(items[at], actions.recent_menu)
            menu.insertAction(items[at], actions.move_action)
        else:
            menu.addAction(actions.connect_action)
            menu.addMenu(actions.recent_menu)
            menu.addAction(actions.move_action)
        if window.services is not None:
            recent.add(connecting.label(window.services))
        return actions

    def retranslate(self) -> None:
        self.connect_action.setText(self.tr("Connect to an o&ffice database..."))
        self.connect_action.setStatusTip(
            self.tr("Open the contacts your office keeps on a PostgreSQL server")
        )
        self.recent_menu.setTitle(self.tr("Open recen&t"))
        self.move_action.setText(self.tr("Move to an office databa&se..."))
        self.move_action.setStatusTip(
            self.tr("Copy every account of this file onto an office database, and open it there")
        )

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.window and event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        return False

    # --- Open recent ----------------------------------------------------------------------

    @Slot()
    def fill_recent(self) -> None:
        self.recent_menu.clear()
        entries = recent.entries()
        for index, entry in enumerate(entries):
            label = connecting.shown(entry)
            action = self.recent_menu.addAction(f"&{index + 1} {label}" if index < 9 else label)
            action.setObjectName(f"recentEntry{index}")
            action.setData(entry)
            action.triggered.connect(lambda _checked=False, e=entry: self.open_recent(e))
        if not entries:
            empty = self.recent_menu.addAction(self.tr("No database opened yet"))
            empty.setObjectName("recentEmpty")
            empty.setEnabled(False)
            return
        self.recent_menu.addSeparator()
        clear = self.recent_menu.addAction(self.tr("&Clear the list"))
        clear.setObjectName("recentClear")
        clear.triggered.connect(recent.clear)

    def open_recent(self, entry: str) -> None:
        if is_server(entry):
            self.connect_to(entry, "")
            return
        if not Path(entry).is_file():
            recent.remove(entry)
            dialogs.message(
                self.window,
                "recentMissingDialog",
                self.tr("Database not found"),
                self.tr("{path} is no longer there, so it was taken off Open recent.").format(path=entry),
            )
            return
        self._open(entry, None)

    # --- connecting -----------------------------------------------------------------------

    @Slot()
    def _connect_chosen(self) -> None:
        self.ask_to_connect()

    @Slot()
    def _move_chosen(self) -> None:
        self.ask_to_move()

    def ask_to_connect(self, url: str = "", problem: str = "") -> ConnectDialog:
        """Open the Connect dialog (over ``url``, saying ``problem`` when there is one)."""
        return self._ask(url, problem, moving=False)

    def ask_to_move(self, url: str = "", problem: str = "") -> ConnectDialog:
        """The Connect dialog for File > Move to an office database..."""
        return self._ask(url, problem, moving=True)

    def _ask(self, url: str, problem: str, *, moving: bool) -> ConnectDialog:
        from contact_manager.ui.shell.connect_dialog import ConnectDialog

        if self.dialog is not None:
            self.dialog.close()
        if not url:
            url = next((entry for entry in recent.entries() if is_server(entry)), "")
        services = self.window.services
        moving_file = connecting.label(services) if moving and services is not None else ""
        dialog = ConnectDialog(self.window, url, moving=moving_file)
        if problem:
            dialog.show_problem(problem)
        chosen = self._move_from if moving else self._connect_from
        dialog.accepted.connect(lambda: chosen(dialog))
        dialog.finished.connect(lambda _code: dialog.deleteLater())
        self.dialog = dialog
        dialog.open()
        return dialog

    def _connect_from(self, dialog: ConnectDialog) -> None:
        self.connect_to(dialog.url(), dialog.password(), remember=dialog.remember.isChecked())

    def _move_from(self, dialog: ConnectDialog) -> None:
        from contact_manager.ui.shell import move_to_office

        move_to_office.move(self, dialog.url(), dialog.password(), remember=dialog.remember.isChecked())

    def connect_to(self, url: str, password: str, *, remember: bool = False) -> MainWindow | None:
        """Open the server database ``url``: with ``password``, else the one the keyring keeps
        (else libpq's ~/.pgpass or PGPASSWORD). A refusal opens the dialog again, saying why."""
        try:
            opened = self.open_server(url, password)
        except ContactError as error:
            self.ask_to_connect(url, error.message)
            return None
        self.keep_password(url, password, remember)
        return self.show_opened(url, opened)

    def open_server(self, url: str, password: str) -> Services:
        """The server database ``url`` opened with ``password`` or the keyring's (ContactError if not)."""
        self.window.statusBar().showMessage(
            self.tr("Connecting to {database}...").format(database=connecting.shown(url))
        )
        QApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)  # up to the connect timeout
        try:
            return connecting.open_database(url, password or None)
        finally:
            QApplication.restoreOverrideCursor()
            self.window.statusBar().clearMessage()

    def keep_password(self, url: str, password: str, remember: bool) -> None:
        """The password that worked: for this run, and in the system keyring if the tick box says so."""
        if password and not connecting.keep_password(url, password, in_keyring=remember):
            self.window.statusBar().showMessage(
                self.tr("The system keyring could not keep the password: it will be asked for next time."),
                15000,
            )

    def _open(self, path: str, password: str | None) -> MainWindow | None:
        try:
            opened = connecting.open_database(path, password)
        except ContactError as error:
            dialogs.refused(self.window, error)
            return None
        return self.show_opened(path, opened)

    def show_opened(self, target: str, services: Services) -> MainWindow:
        """A window over ``services`` in this one's place; ``target`` first in Open recent."""
        recent.add(target)
        return self.window.replace_with(services)


def install(window: QWidget) -> OfficeActions | None:
    """What ``file_menu`` calls: the actions in the main window's File menu (none elsewhere)."""
    from contact_manager.ui.shell.main_window import MainWindow

    return OfficeActions.install(window) if isinstance(window, MainWindow) else None
