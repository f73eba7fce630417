"""The main window: menus, the account button, the tabs, the status bar.

Start-up shows the window's frame first: menus, the account button, the four tab titles
and an "Opening..." line, built from Qt and this module alone. The database, the account
and the tabs follow step by step from the event loop (``ui.staged``); ``MainWindow(services)``
and ``build_main_window`` still give a complete window, as they run every step at once.

Other tabs join with ``add_tab``; menus are attributes (``file_menu``, ``edit_menu``,
``view_menu``, ``help_menu``) for other modules to add actions to. View > Language switches
the language live; size, position and last tab are saved on close (``window_state``).
"""

from __future__ import annotations

import importlib
from collections.abc import Callable
from functools import partial
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6 import QtCore  # QtCore.Qt when needed: its enums cost the first frame ~40 ms
from PySide6.QtCore import QCoreApplication, QEvent, QLocale, QTime, QTimer, Slot
from PySide6.QtGui import QAction, QCloseEvent, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QApplication,
    QHBoxLayout,
    QLabel,
    QMainWindow,
    QMenu,
    QStackedWidget,
    QTabWidget,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from contact_manager import __version__
from contact_manager.domain.errors import ContactError
from contact_manager.ui.kit.retranslating import Retranslating
from contact_manager.ui.kit.undo import UndoStack
from contact_manager.ui.shell import admin_gui, auto_backup, read_only, window_state
from contact_manager.ui.shell.account_button import AccountButton
from contact_manager.ui.shell.change_watcher import ChangeWatcher
from contact_manager.ui.shell.language_menu import LanguageMenu
from contact_manager.ui.shell.staged import StagedLoader

if TYPE_CHECKING:
    from contact_manager.domain.roles import Role
    from contact_manager.services import Services
    from contact_manager.ui.contacts.account_billing_tab import AccountBillingTab
    from contact_manager.ui.contacts.company_info_tab import CompanyInfoTab
    from contact_manager.ui.kit.context import AppContext
    from contact_manager.ui.shell.first_run import FirstRunPage

_open_windows: set[MainWindow] = set()  # windows opened by File > Open database


# The tabs in their order: the page's objectName and its title in the current language.
TABS: tuple[tuple[str, Callable[[], str]], ...] = (
    ("accountBillingTab", lambda: QCoreApplication.translate("MainWindow", "Account and billing")),
    ("companyInfoTab", lambda: QCoreApplication.translate("MainWindow", "Company information")),
    ("usersTab", admin_gui.users_title),
    ("historyTab", admin_gui.history_title),
)


class LoadingPage(QWidget):
    """What a tab shows until it is built: the database being opened."""

    def __init__(self, name: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName(name)
        self.label = QLabel(self)
        self.label.setObjectName("loadingLabel")
        self.label.setEnabled(False)  # the palette's quieter text colour
        row = QHBoxLayout()  # centred by stretches, which need none of Qt's enums
        row.addStretch(1)
        row.addWidget(self.label)
        row.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addStretch(1)
        layout.addLayout(row)
        layout.addStretch(2)
        self.database = ""

    def set_database(self, database: str) -> None:
        self.database = database
        self.retranslate()

    def retranslate(self) -> None:
        self.label.setText(
            QCoreApplication.translate("MainWindow", "Opening {database}...").format(database=self.database)
        )


class MainWindow(Retranslating, QMainWindow):
    def __init__(
        self, services: Services | None = None, parent: QWidget | None = None, *, owns_services: bool = False
    ) -> None:
        """The complete window over ``services``; without them only its frame, which
        ``MainWindow.opening`` gives a loader that opens the database."""
        super().__init__(parent)
        self.setObjectName("mainWindow")
        self.services: Services | None = None
        self.owns_services = owns_services  # close the database with the window
        self.context: AppContext | None = None
        self.billing_tab: AccountBillingTab | None = None
        self.company_tab: CompanyInfoTab | None = None
        self.admin: admin_gui.AdminGui | None = None
        self.loader: StagedLoader | None = None
        self.undo_stack = UndoStack(self)  # every undoable change of this window
        self._tab_titles: list[Callable[[], str]] = []
        self._placeholders: dict[str, LoadingPage] = {}

        self.pages = QStackedWidget(self)
        self.first_run: FirstRunPage | None = None  # built when first needed
        self.tabs = QTabWidget(self.pages)
        self.tabs.setObjectName("mainTabs")
        self.tabs.setDocumentMode(True)
        self.pages.addWidget(self.tabs)
        self.setCentralWidget(self.pages)
        for name, title in TABS:
            self._placeholders[name] = LoadingPage(name, self.tabs)
            self._append_tab(self._placeholders[name], title)

        self._build_menus()
        self.statusBar().setObjectName("statusBar")
        self.watcher = ChangeWatcher(self)  # changes other clients commit

        self.retranslate()
        self.setMinimumSize(1024, 640)
        window_state.restore(self, self.tabs)  # size, position and last tab, per user
        if services is not None:
            self.loader = StagedLoader(self._loading_steps(lambda: services, owns_services), self)
            self.loader.finish()

    @classmethod
    def opening(cls, database: str) -> MainWindow:
        """The window's frame, which opens ``database`` once it is shown (see ``loader``)."""
        window = cls()
        label = Path(database).name or database
        for page in window._placeholders.values():
            page.set_database(label)
        window.loader = StagedLoader(window._loading_steps(lambda: _open_services(database), True), window)
        window.loader.start_after_paint(window)
        return window

    def finish_loading(self) -> None:
        """Build now whatever is not built yet; raises what stopped the loading."""
        if self.loader is not None:
            self.loader.finish()

    # --- building -----------------------------------------------------------------------

    def _loading_steps(
        self, open_services: Callable[[], Services], owns: bool
    ) -> list[tuple[str, Callable[[], object]]]:
        """The database, then the tab on screen and the account, then the other tabs."""
        builders = {  # by the page each builds; Users and History come from one step
            "accountBillingTab": ("billing tab", self._build_billing_tab),
            "companyInfoTab": ("company tab", self._build_company_tab),
            "usersTab": ("admin", self._build_admin),
            "historyTab": ("admin", self._build_admin),
        }
        current = builders[self.tabs.currentWidget().objectName()]
        rest: list[tuple[str, Callable[[], object]]] = [
            step for step in dict(builders.values()).items() if step != current
        ]
        # a step is one stretch of the event loop: the admin tabs' code is imported a module
        # per step first, so no stretch is long enough to be felt
        at = rest.index(("admin", self._build_admin)) if ("admin", self._build_admin) in rest else len(rest)
        rest[at:at] = [(f"import {name}", partial(importlib.import_module, name)) for name in _ADMIN_MODULES]
        return [
            ("icons", self._load_icons),
            ("import services", lambda: importlib.import_module("contact_manager.services")),
            ("database", lambda: self._attach(open_services(), owns)),
            current,
            ("account", self._load_account),
            *rest,
            ("poll", self.watcher.timer.start),
            *([("daily backup", lambda: auto_backup.start(self))] if owns else []),
        ]

    def _load_icons(self) -> None:
        from contact_manager.ui.kit import icons, look

        app = QApplication.instance()
        assert isinstance(app, QApplication)  # a window exists only in a QApplication
        look.confirm_scheme(app)
        look.apply_app_icon(app)
        self.undo_action.setIcon(icons.icon("undo"))
        self.redo_action.setIcon(icons.icon("redo"))

    def _attach(self, services: Services, owns: bool) -> None:
        from contact_manager.ui.kit.context import AppContext

        self.services, self.owns_services = services, owns
        self.context = AppContext(services, self, undo_stack=self.undo_stack)
        self.context.sheetChanged.connect(lambda _sheet: self._update_title())
        self.context.saved.connect(self._saved)
        self.context.status.connect(lambda text: self.statusBar().showMessage(text, 15000))
        from contact_manager.ui.contacts.tell_them import TellThem

        self.tell_them = TellThem.attach(self, self.context)
        self.watcher.attach(services)
        for action in self._needs_database:
            action.setEnabled(True)
        read_only.guard(self)  # a database that can only be read: a banner, and no edits

    def _build_billing_tab(self) -> None:
        from contact_manager.ui.contacts.account_billing_tab import AccountBillingTab

        assert self.context is not None  # the database step came first
        self.billing_tab = AccountBillingTab(self.context, self.tabs)
        self.billing_tab.editContactsRequested.connect(self.edit_contacts)
        self.add_tab(self.billing_tab, TABS[0][1])

    def _build_company_tab(self) -> None:
        from contact_manager.ui.contacts.company_info_tab import CompanyInfoTab

        assert self.context is not None  # the database step came first
        self.company_tab = CompanyInfoTab(self.context, self.tabs)
        self.add_tab(self.company_tab, TABS[1][1])

    def _build_admin(self) -> None:
        self.admin = admin_gui.install_admin_gui(self)  # Users and History tabs, File menu's actions

    def _load_account(self) -> None:
        assert self.services is not None  # the database step came first
        accounts = self.services.accounts.list()
        if accounts:
            last = window_state.last_account(self._database_key())
            ids = [account.id for account in accounts]
            # the first, if it was deleted
            self.switch_account(last if last is not None and last in ids else ids[0])
        else:
            self.show_first_run(can_cancel=False)
        # On screen now, laid out as it will stay, before the other tabs are built.
        QCoreApplication.sendPostedEvents(None, QEvent.Type.LayoutRequest)
        self.repaint()

    def add_tab(self, widget: QWidget, title: Callable[[], str]) -> int:
        """Add a tab whose title ``title()`` gives in the current language; Ctrl+N goes to it.

        A tab whose page has the objectName of a loading page takes that page's place.
        """
        placeholder = self._placeholders.pop(widget.objectName(), None)
        if placeholder is None:
            return self._append_tab(widget, title)
        index, current = self.tabs.indexOf(placeholder), self.tabs.currentIndex()
        self.tabs.insertTab(index, widget, title())
        self.tabs.removeTab(index + 1)
        self.tabs.setCurrentIndex(current)
        placeholder.setParent(None)
        placeholder.deleteLater()
        self._tab_titles[index] = title
        return index

    def _append_tab(self, widget: QWidget, title: Callable[[], str]) -> int:
        index = self.tabs.addTab(widget, title())
        self._tab_titles.append(title)
        if index < 9:
            shortcut = QShortcut(QKeySequence(f"Ctrl+{index + 1}"), self)
            shortcut.setObjectName(f"tabShortcut{index + 1}")
            shortcut.activated.connect(lambda i=index: self.tabs.setCurrentIndex(i))
        return index

    def _build_menus(self) -> None:
        bar = self.menuBar()
        self.file_menu = bar.addMenu("")
        self.file_menu.setObjectName("fileMenu")
        self.new_account_action = QAction(self)
        self.new_account_action.setObjectName("newAccountAction")
        self.new_account_action.triggered.connect(lambda: self.show_first_run(can_cancel=True))
        # setShortcuts(StandardKey): every binding the platform has for the command
        self.open_database_action = QAction(self)
        self.open_database_action.setObjectName("openDatabaseAction")
        self.open_database_action.setShortcuts(QKeySequence.StandardKey.Open)
        self.open_database_action.triggered.connect(self.open_database)
        self.quit_action = QAction(self)
        self.quit_action.setObjectName("quitAction")
        self.quit_action.setShortcuts(QKeySequence.StandardKey.Quit)
        self.quit_action.setMenuRole(QAction.MenuRole.QuitRole)
        self.quit_action.triggered.connect(self.close)
        self.switch_menu = QMenu(self.file_menu)
        self.switch_menu.setObjectName("switchAccountMenu")
        self.switch_menu.aboutToShow.connect(self._fill_switch_menu)
        self._needs_database: tuple[QAction, ...] = (
            self.new_account_action,
            self.switch_menu.menuAction(),
            self.open_database_action,
        )
        for action in self._needs_database:  # until the database is open
            action.setEnabled(False)
        self.file_menu.addAction(self.new_account_action)
        self.file_menu.addMenu(self.switch_menu)
        self.file_menu.addAction(self.open_database_action)
        self.file_menu.addSeparator()
        self.file_menu.addAction(self.quit_action)

        self.edit_menu = bar.addMenu("")
        self.edit_menu.setObjectName("editMenu")
        stack = self.undo_stack
        self.undo_action, self.redo_action = stack.create_actions(self)  # texts name the change
        self.edit_menu.addAction(self.undo_action)
        self.edit_menu.addAction(self.redo_action)

        self.view_menu = bar.addMenu("")
        self.view_menu.setObjectName("viewMenu")
        self.language_menu = LanguageMenu(self.view_menu)
        self.view_menu.addMenu(self.language_menu)

        self.help_menu = bar.addMenu("")
        self.help_menu.setObjectName("helpMenu")
        self.about_action = QAction(self)
        self.about_action.setObjectName("aboutAction")
        self.about_action.setMenuRole(QAction.MenuRole.AboutRole)
        self.about_action.triggered.connect(self._about)
        self.check_database_action = QAction(self, enabled=False)
        self.check_database_action.setObjectName("checkDatabaseAction")
        self.check_database_action.triggered.connect(self._check_database)
        self._needs_database += (self.check_database_action,)
        self.help_menu.addAction(self.about_action)
        from contact_manager.ui.shell.help_menu import HelpActions

        self.help_actions = HelpActions(self, self.help_menu, self.about_action)  # before About
        self.help_menu.insertAction(self.about_action, self.check_database_action)

        self.account_button = AccountButton(bar)
        self.account_button.setObjectName("accountMenuButton")
        self.account_button.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        self.account_menu = QMenu(self.account_button)
        self.account_menu.setObjectName("accountMenu")
        self.account_menu.aboutToShow.connect(self._fill_account_menu)
        self.account_button.setMenu(self.account_menu)
        bar.setCornerWidget(self.account_button)  # the top-right corner

    @Slot()
    def _about(self) -> None:
        from contact_manager.ui.kit import dialogs

        dialogs.about(self, __version__)

    @Slot()
    def _check_database(self) -> None:
        from contact_manager.ui.shell import check_dialog

        assert self.services is not None  # the action is enabled once the database is open
        check_dialog.show_check(self, self.services.path)

    @Slot()
    def _fill_account_menu(self) -> None:
        menu = self.account_menu
        menu.clear()
        billing = menu.addAction(self.tr("Account and billing"))
        billing.setObjectName("openAccountBillingAction")
        billing.triggered.connect(self._show_billing_tab)
        menu.addSection(self.tr("Switch account"))
        self._add_account_choices(menu, "switchAccountAction")
        menu.addSeparator()
        create = menu.addAction(self.tr("New account..."))
        create.setObjectName("accountMenuNewAccountAction")
        create.triggered.connect(lambda: self.show_first_run(can_cancel=True))

    @Slot()
    def _fill_switch_menu(self) -> None:
        """File > Switch account: the same choice as the corner button's menu."""
        self.switch_menu.clear()
        self._add_account_choices(self.switch_menu, "fileSwitchAccountAction")

    def _add_account_choices(self, menu: QMenu, name: str) -> None:
        """One checkable action per account of the database; choosing one switches to it.
        Past about twenty accounts, a searchable list instead (ui/accounts/account_chooser.py)."""
        from contact_manager.ui.accounts import account_chooser

        assert self.services is not None and self.context is not None  # the database is open
        accounts = self.services.accounts.names()
        if len(accounts) > account_chooser.SEARCHABLE_PAST:
            account_chooser.add_chooser(menu, accounts, self.context.account_id, self.switch_account)
            return
        for account_id, account_name in accounts:
            action = menu.addAction(account_name)
            action.setObjectName(f"{name}{account_id}")
            action.setCheckable(True)
            action.setChecked(account_id == self.context.account_id)
            action.triggered.connect(lambda _checked=False, i=account_id: self.switch_account(i))

    def retranslate(self) -> None:
        for index, title in enumerate(self._tab_titles):
            self.tabs.setTabText(index, title())
        for page in self._placeholders.values():
            page.retranslate()
        self.file_menu.setTitle(self.tr("&File"))
        self.new_account_action.setText(self.tr("&New account..."))
        self.switch_menu.setTitle(self.tr("S&witch account"))
        self.open_database_action.setText(self.tr("&Open database..."))
        self.quit_action.setText(self.tr("&Quit"))
        self.edit_menu.setTitle(self.tr("&Edit"))
        self.undo_stack.retranslate()
        self.view_menu.setTitle(self.tr("&View"))
        self.help_menu.setTitle(self.tr("&Help"))
        self.check_database_action.setText(self.tr("&Check database..."))
        self.about_action.setText(self.tr("&About Contact Manager"))
        self.tabs.setAccessibleName(self.tr("Account tabs"))
        self.account_button.setToolTip(
            self.tr("The current account: open it, switch to another, or create one")
        )
        self._update_title()

    # --- what is shown ------------------------------------------------------------------

    def _update_title(self) -> None:
        sheet = self.context.sheet if self.context is not None else None
        if sheet is None:
            self.setWindowTitle(self.tr("Contact Manager"))
            self.account_button.setText("")
        else:
            self.setWindowTitle(
                self.tr("Contact Manager \u2014 {account}").format(account=sheet.account_name)
            )
            self.account_button.setText(sheet.account_name)
        self.account_button.setVisible(sheet is not None)  # none while opening, or with no account
        self.account_button.setAccessibleName(
            self.tr("Account: {name}").format(name=self.account_button.text())
        )
        # The menu bar sizes its corner only when the widget is set: a longer name would be cut.
        self.menuBar().setCornerWidget(self.account_button)

    @Slot(int)
    def switch_account(self, account_id: int) -> None:
        assert self.services is not None and self.context is not None  # the database is open
        self.context.switch_account(account_id)
        self.pages.setCurrentWidget(self.tabs)
        self.watcher.remember()
        window_state.save_account(self._database_key(), account_id)

    def _database_key(self) -> str:
        assert self.services is not None  # the database is open
        return self.services.label

    def show_first_run(self, can_cancel: bool) -> None:
        if self.first_run is None:
            from contact_manager.ui.shell.first_run import FirstRunPage

            assert self.services is not None  # the database is open
            self.first_run = FirstRunPage(self.services, self.pages)
            self.first_run.accountCreated.connect(self.switch_account)
            self.first_run.cancelled.connect(lambda: self.pages.setCurrentWidget(self.tabs))
            self.pages.addWidget(self.first_run)
        assert self.context is not None  # the database is open
        self.first_run.reset(can_cancel and self.context.account_id is not None)
        self.pages.setCurrentWidget(self.first_run)
        self._update_title()

    def show_tab(self, widget: QWidget) -> None:
        self.finish_loading()
        self.pages.setCurrentWidget(self.tabs)
        self.tabs.setCurrentWidget(widget)

    @Slot()
    def _show_billing_tab(self) -> None:
        """The account menu's "Account and billing"."""
        self.finish_loading()
        assert self.billing_tab is not None  # finish_loading built it
        self.show_tab(self.billing_tab)

    @Slot(object)
    def edit_contacts(self, role: Role | None) -> None:
        """Go to "Company information" with the box of ``role`` focused."""
        self.finish_loading()
        assert self.company_tab is not None  # finish_loading built it
        self.show_tab(self.company_tab)
        self.company_tab.picker_for(role).setFocus(QtCore.Qt.FocusReason.OtherFocusReason)

    @Slot(str)
    def _saved(self, text: str) -> None:
        time = QLocale().toString(QTime.currentTime(), QLocale.FormatType.ShortFormat)
        # A sentence of its own: "Billing contact added: ...", and no ". \u2014" before the time.
        change = text.strip().rstrip(".")
        change = change[:1].upper() + change[1:]
        self.statusBar().showMessage(
            self.tr("{change} \u2014 saved at {time}").format(change=change, time=time)
        )

    # --- changes from elsewhere -----------------------------------------------------------

    def is_idle(self) -> bool:
        if QApplication.activeModalWidget() is not None or QApplication.activePopupWidget() is not None:
            return False
        if self.company_tab is None or self.services is None:
            return False  # still loading
        return self.pages.currentWidget() is self.tabs and not self.company_tab.is_editing()

    @property
    def poll(self) -> QTimer:
        """The watcher's timer (tests stop it and look for changes themselves)."""
        return self.watcher.timer

    def check_for_changes(self) -> bool:
        """Reload when another client committed to the database; True if it did."""
        return self.watcher.check()

    # --- the database -------------------------------------------------------------------

    @Slot()
    def open_database(self) -> None:
        from contact_manager.ui.kit import dialogs

        assert self.services is not None  # the action is enabled once the database is open
        path = dialogs.ask("open_database", self, start=str(self.services.path or ""))
        if not path:
            return
        try:
            services = _open_services(path)
        except ContactError as error:
            dialogs.refused(self, error)
            return
        self.replace_with(services)

    def replace_with(self, services: Services) -> MainWindow:
        """A new window over ``services`` (opened elsewhere, now its own) takes this one's place."""
        window = MainWindow(services, owns_services=True)
        window.setAttribute(QtCore.Qt.WidgetAttribute.WA_DeleteOnClose)
        window.destroyed.connect(lambda: _open_windows.discard(window))
        _open_windows.add(window)
        window.show()
        self.close()
        return window

    def closeEvent(self, event: QCloseEvent) -> None:
        window_state.save(self, self.tabs)
        if self.services is not None and self.context is not None and self.context.account_id is not None:
            window_state.save_account(self._database_key(), self.context.account_id)
        self.watcher.stop()
        super().closeEvent(event)
        if self.owns_services and self.services is not None:
            self.services.close()


# what the Users and History tabs import, each its own step of the start
_ADMIN_MODULES = (
    "contact_manager.ui.users.user_dialog",
    "contact_manager.ui.users.reassign_dialog",
    "contact_manager.ui.users.users_tab",
    "contact_manager.ui.history.history_tab",
    "contact_manager.ui.shell.file_menu",
)


def _open_services(database: str) -> Services:
    from contact_manager.services import connecting

    return connecting.open_database(database)  # a server's: this run's or the keyring's password
