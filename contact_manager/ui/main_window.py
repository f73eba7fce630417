"""The main window: menus, the account button, the tabs, the status bar, the refresh poll.

Other tabs join with ``add_tab``; menus are attributes (``file_menu``, ``edit_menu``,
``view_menu``, ``help_menu``) for other modules to add actions to. View > Language switches
the language live; size, position and last tab are saved on close (``window_state``).
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QEvent, QLocale, Qt, QTime, QTimer
from PySide6.QtGui import QAction, QCloseEvent, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QApplication,
    QMainWindow,
    QMenu,
    QStackedWidget,
    QTabWidget,
    QToolButton,
    QWidget,
)

from contact_manager import __version__
from contact_manager.domain.errors import ContactError, NotFound
from contact_manager.domain.roles import Role
from contact_manager.services import Services
from contact_manager.ui import dialogs, icons, window_state
from contact_manager.ui.account_billing_tab import AccountBillingTab
from contact_manager.ui.admin_gui import install_admin_gui
from contact_manager.ui.company_info_tab import CompanyInfoTab
from contact_manager.ui.context import AppContext
from contact_manager.ui.first_run import FirstRunPage
from contact_manager.ui.language_menu import LanguageMenu

POLL_MS = 1500
_open_windows: set[MainWindow] = set()  # windows opened by File > Open database


class MainWindow(QMainWindow):
    def __init__(
        self, services: Services, parent: QWidget | None = None, *, owns_services: bool = False
    ) -> None:
        super().__init__(parent)
        self.setObjectName("mainWindow")
        self.services = services
        self.owns_services = owns_services  # close the database with the window
        self.context = AppContext(services, self)
        self._tab_titles: list[Callable[[], str]] = []

        self.pages = QStackedWidget(self)
        self.first_run: FirstRunPage | None = None  # built when first needed
        self.tabs = QTabWidget(self.pages)
        self.tabs.setObjectName("mainTabs")
        self.tabs.setDocumentMode(True)
        self.pages.addWidget(self.tabs)
        self.setCentralWidget(self.pages)

        self.billing_tab = AccountBillingTab(self.context, self.tabs)
        self.billing_tab.editContactsRequested.connect(self.edit_contacts)
        self.company_tab = CompanyInfoTab(self.context, self.tabs)
        self.add_tab(self.billing_tab, lambda: self.tr("Account and billing"))
        self.add_tab(self.company_tab, lambda: self.tr("Company information"))

        self._build_menus()
        self.admin = install_admin_gui(self)  # Users and History tabs, File menu's account actions
        self.context.sheetChanged.connect(lambda _sheet: self._update_title())
        self.context.saved.connect(self._saved)
        self.context.status.connect(lambda text: self.statusBar().showMessage(text, 15000))
        self.statusBar().setObjectName("statusBar")

        self._data_version = services.store.data_version()
        self.poll = QTimer(self)
        self.poll.setObjectName("refreshTimer")
        self.poll.setInterval(POLL_MS)
        self.poll.timeout.connect(self.check_for_changes)
        self.poll.start()

        self.retranslate()
        self.setMinimumSize(1024, 640)
        window_state.restore(self, self.tabs)  # size, position and last tab, per user
        accounts = services.accounts.list()
        if accounts:
            self.switch_account(accounts[0].id)
        else:
            self.show_first_run(can_cancel=False)

    # --- building -----------------------------------------------------------------------

    def add_tab(self, widget: QWidget, title: Callable[[], str]) -> int:
        """Add a tab whose title ``title()`` gives in the current language; Ctrl+N goes to it."""
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
        self.new_account_action = QAction(self, objectName="newAccountAction")
        self.new_account_action.triggered.connect(lambda: self.show_first_run(can_cancel=True))
        self.open_database_action = QAction(self, objectName="openDatabaseAction")
        self.open_database_action.setShortcut(QKeySequence.StandardKey.Open)
        self.open_database_action.triggered.connect(self.open_database)
        self.quit_action = QAction(self, objectName="quitAction")
        self.quit_action.setShortcut(QKeySequence.StandardKey.Quit)
        self.quit_action.setMenuRole(QAction.MenuRole.QuitRole)
        self.quit_action.triggered.connect(self.close)
        self.switch_menu = QMenu(self.file_menu)
        self.switch_menu.setObjectName("switchAccountMenu")
        self.switch_menu.aboutToShow.connect(self._fill_switch_menu)
        self.file_menu.addAction(self.new_account_action)
        self.file_menu.addMenu(self.switch_menu)
        self.file_menu.addAction(self.open_database_action)
        self.file_menu.addSeparator()
        self.file_menu.addAction(self.quit_action)

        self.edit_menu = bar.addMenu("")
        self.edit_menu.setObjectName("editMenu")
        stack = self.context.undo_stack
        self.undo_action = stack.createUndoAction(self)
        self.undo_action.setObjectName("undoAction")
        self.undo_action.setShortcut(QKeySequence.StandardKey.Undo)
        self.redo_action = stack.createRedoAction(self)
        self.redo_action.setObjectName("redoAction")
        self.redo_action.setShortcut(QKeySequence.StandardKey.Redo)
        self.edit_menu.addAction(self.undo_action)
        self.edit_menu.addAction(self.redo_action)
        self.undo_action.setIcon(icons.icon("undo"))
        self.redo_action.setIcon(icons.icon("redo"))

        self.view_menu = bar.addMenu("")
        self.view_menu.setObjectName("viewMenu")
        self.language_menu = LanguageMenu(self.view_menu)
        self.view_menu.addMenu(self.language_menu)

        self.help_menu = bar.addMenu("")
        self.help_menu.setObjectName("helpMenu")
        self.about_action = QAction(self, objectName="aboutAction")
        self.about_action.setMenuRole(QAction.MenuRole.AboutRole)
        self.about_action.triggered.connect(lambda: dialogs.about(self, __version__))
        self.help_menu.addAction(self.about_action)

        self.account_button = QToolButton(bar)
        self.account_button.setObjectName("accountMenuButton")
        self.account_button.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        self.account_button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
        self.account_menu = QMenu(self.account_button)
        self.account_menu.setObjectName("accountMenu")
        self.account_menu.aboutToShow.connect(self._fill_account_menu)
        self.account_button.setMenu(self.account_menu)
        bar.setCornerWidget(self.account_button, Qt.Corner.TopRightCorner)

    def _fill_account_menu(self) -> None:
        menu = self.account_menu
        menu.clear()
        billing = menu.addAction(self.tr("Account and billing"))
        billing.setObjectName("openAccountBillingAction")
        billing.triggered.connect(lambda: self.show_tab(self.billing_tab))
        menu.addSection(self.tr("Switch account"))
        self._add_account_choices(menu, "switchAccountAction")
        menu.addSeparator()
        create = menu.addAction(self.tr("New account..."))
        create.setObjectName("accountMenuNewAccountAction")
        create.triggered.connect(lambda: self.show_first_run(can_cancel=True))

    def _fill_switch_menu(self) -> None:
        """File > Switch account: the same choice as the corner button's menu."""
        self.switch_menu.clear()
        self._add_account_choices(self.switch_menu, "fileSwitchAccountAction")

    def _add_account_choices(self, menu: QMenu, name: str) -> None:
        """One checkable action per account of the database; choosing one switches to it."""
        for info in self.services.accounts.list():
            action = menu.addAction(info.name)
            action.setObjectName(f"{name}{info.id}")
            action.setCheckable(True)
            action.setChecked(info.id == self.context.account_id)
            action.triggered.connect(lambda _checked=False, i=info.id: self.switch_account(i))

    def retranslate(self) -> None:
        for index, title in enumerate(self._tab_titles):
            self.tabs.setTabText(index, title())
        self.file_menu.setTitle(self.tr("&File"))
        self.new_account_action.setText(self.tr("&New account..."))
        self.switch_menu.setTitle(self.tr("S&witch account"))
        self.open_database_action.setText(self.tr("&Open database..."))
        self.quit_action.setText(self.tr("&Quit"))
        self.edit_menu.setTitle(self.tr("&Edit"))
        self.undo_action.setText(self.tr("&Undo"))
        self.redo_action.setText(self.tr("&Redo"))
        self.view_menu.setTitle(self.tr("&View"))
        self.help_menu.setTitle(self.tr("&Help"))
        self.about_action.setText(self.tr("&About Contact Manager"))
        self.tabs.setAccessibleName(self.tr("Account tabs"))
        self.account_button.setToolTip(
            self.tr("The current account: open it, switch to another, or create one")
        )
        self._update_title()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    # --- what is shown ------------------------------------------------------------------

    def _update_title(self) -> None:
        sheet = self.context.sheet
        if sheet is None:
            self.setWindowTitle(self.tr("Contact Manager"))
            self.account_button.setText(self.tr("No account"))
        else:
            self.setWindowTitle(
                self.tr("Contact Manager \u2014 {account}").format(account=sheet.account_name)
            )
            self.account_button.setText(sheet.account_name)
        self.account_button.setEnabled(sheet is not None)
        self.account_button.setAccessibleName(
            self.tr("Account: {name}").format(name=self.account_button.text())
        )

    def switch_account(self, account_id: int) -> None:
        self.context.switch_account(account_id)
        self.pages.setCurrentWidget(self.tabs)
        self._data_version = self.services.store.data_version()

    def show_first_run(self, can_cancel: bool) -> None:
        if self.first_run is None:
            self.first_run = FirstRunPage(self.services, self.pages)
            self.first_run.accountCreated.connect(self.switch_account)
            self.first_run.cancelled.connect(lambda: self.pages.setCurrentWidget(self.tabs))
            self.pages.addWidget(self.first_run)
        self.first_run.reset(can_cancel and self.context.account_id is not None)
        self.pages.setCurrentWidget(self.first_run)

    def show_tab(self, widget: QWidget) -> None:
        self.pages.setCurrentWidget(self.tabs)
        self.tabs.setCurrentWidget(widget)

    def edit_contacts(self, role: Role | None) -> None:
        """Go to "Company information" with the box of ``role`` focused."""
        self.show_tab(self.company_tab)
        self.company_tab.picker_for(role).setFocus(Qt.FocusReason.OtherFocusReason)

    def _saved(self, text: str) -> None:
        time = QLocale().toString(QTime.currentTime(), QLocale.FormatType.ShortFormat)
        self.statusBar().showMessage(
            self.tr("{change} \u2014 saved at {time}").format(change=text, time=time)
        )

    # --- changes from elsewhere -----------------------------------------------------------

    def is_idle(self) -> bool:
        app = QApplication.instance()
        if app.activeModalWidget() is not None or app.activePopupWidget() is not None:
            return False
        return self.pages.currentWidget() is self.tabs and not self.company_tab.is_editing()

    def check_for_changes(self) -> bool:
        """Reload when another process committed to the database; True if it did."""
        if not self.is_idle():
            return False
        try:
            version = self.services.store.data_version()
            if version == self._data_version:
                return False
            self._data_version = version
            if self.context.account_id is not None:
                self.context.reload()
        except NotFound:
            accounts = self.services.accounts.list()
            if accounts:
                self.switch_account(accounts[0].id)
            else:
                self.context.account_id, self.context.sheet = None, None
                self.show_first_run(can_cancel=False)
        except ContactError as error:  # locked for longer than the busy timeout: try again later
            self.statusBar().showMessage(error.message, 5000)
            return False
        self.statusBar().showMessage(self.tr("Updated with changes made elsewhere."), 5000)
        return True

    # --- the database -------------------------------------------------------------------

    def open_database(self) -> None:
        path = dialogs.ask("open_database", self, start=str(self.services.store.path or ""))
        if not path:
            return
        try:
            services = Services.open(path)
        except ContactError as error:
            dialogs.refused(self, error)
            return
        window = MainWindow(services, owns_services=True)
        window.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        window.destroyed.connect(lambda: _open_windows.discard(window))
        _open_windows.add(window)
        window.show()
        self.close()

    def closeEvent(self, event: QCloseEvent) -> None:
        window_state.save(self, self.tabs)
        self.poll.stop()
        super().closeEvent(event)
        if self.owns_services:
            self.services.close()
