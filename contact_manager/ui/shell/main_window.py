"""The main window: menus, the account button, the tabs, the status bar.

Its parts are modules of their own: the menus (``window_menus``), the account menus
(``account_menus``), the tabs (``window_tabs``, ``loading_page``), the status bar's sentences
(``status_bar``); this module opens the database and follows changes made elsewhere.

Start-up shows the account in the window's first frame: menus, the account button, the four
tab titles and, when "Account and billing" or "Company information" is the tab on screen,
that tab over a first look at the file with plain SQL (``services/first_look.py``); otherwise
an "Opening..." line. The database layer, the account's read through the services and the
other tabs follow step by step from the event loop (``ui.staged``); ``MainWindow(services)``
and ``build_main_window`` still give a complete window, as they run every step at once.

Other tabs join with ``add_tab``; menus are attributes (``file_menu``, ``edit_menu``,
``view_menu``, ``help_menu``) for other modules to add actions to. View > Language switches
the language live; size, position and last tab are saved on close (``window_state``).
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6 import QtCore  # QtCore.Qt when needed: its ~95 enums are made at its first use
from PySide6.QtCore import QCoreApplication, QEvent, QTimer, Signal, Slot
from PySide6.QtGui import QCloseEvent
from PySide6.QtWidgets import (
    QApplication,
    QStackedWidget,
    QTabWidget,
    QWidget,
)

from contact_manager.domain.errors import ContactError
from contact_manager.ui.kit.retranslating import Retranslating
from contact_manager.ui.kit.undo import UndoStack
from contact_manager.ui.shell import admin_gui, start_steps, status_bar, window_state
from contact_manager.ui.shell.change_watcher import ChangeWatcher
from contact_manager.ui.shell.loading_page import LoadingPage
from contact_manager.ui.shell.staged import Apart, StagedLoader
from contact_manager.ui.shell.window_tabs import TABS, WindowTabs

if TYPE_CHECKING:
    from contact_manager.domain.roles import Role
    from contact_manager.services import Services
    from contact_manager.ui.contacts.account_billing_tab import AccountBillingTab
    from contact_manager.ui.contacts.company_info_tab import CompanyInfoTab
    from contact_manager.ui.kit.context import AppContext
    from contact_manager.ui.shell.first_run import FirstRunPage

_open_windows: set[MainWindow] = set()  # windows opened by File > Open database


class MainWindow(Retranslating, WindowTabs):
    accountShown = Signal()  # the account's contacts are on screen (the window is usable)

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
        self._looked = False  # the first frame showed the account (``_show_first_look``)

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
        looked = window._show_first_look(database)
        opening, prepare = start_steps.services_opener(database)
        window.loader = StagedLoader(window._loading_steps(opening, True, prepare), window)
        if looked:
            window.loader.begun.connect(window.accountShown)
        window.loader.start_after_paint(window)
        return window

    def _show_first_look(self, database: str) -> bool:
        """Put the account in the first frame, read with plain SQL while the services are not
        loaded yet (``services/first_look.py``), when the tab on screen is "Account and billing"
        or "Company information" (with the account's users for its boxes, when there are not
        too many) and the file can be looked at so; True if it did."""
        page = self.tabs.currentWidget().objectName()
        if page not in ("accountBillingTab", "companyInfoTab"):
            return False
        from contact_manager.services.first_look import first_look

        company = page == "companyInfoTab"
        look = first_look(database, window_state.last_account, company=company)
        if look is None or (company and look.users is None):
            return False
        self._make_context(None)
        assert self.context is not None  # just made
        self.context.show_first_look(look)
        if company:
            self._build_company_tab()
        else:
            self._build_billing_tab()
        self._update_title()
        self._looked = True
        return True

    def finish_loading(self) -> None:
        """Build now whatever is not built yet; raises what stopped the loading."""
        if self.loader is not None:
            self.loader.finish()

    # --- building -----------------------------------------------------------------------

    def _loading_steps(
        self, open_services: Callable[[], Services], owns: bool, prepare: Apart | None = None
    ) -> list[tuple[str, Callable[[], object]]]:
        """The database (after ``prepare``, run apart, when given), then the tab on screen and
        the account, then the other tabs."""
        builders = {  # by the page each builds; Users and History come from one step
            "accountBillingTab": ("billing tab", self._build_billing_tab),
            "companyInfoTab": ("company tab", self._build_company_tab),
            "usersTab": ("admin", self._build_admin),
            "historyTab": ("admin", self._build_admin),
        }
        if self.billing_tab is not None:  # built for the first look
            del builders["accountBillingTab"]
        if self.company_tab is not None:
            del builders["companyInfoTab"]
        current = builders.get(self.tabs.currentWidget().objectName())
        rest: list[tuple[str, Callable[[], object]]] = [
            step for step in dict(builders.values()).items() if step != current
        ]
        if current is not None:
            rest.insert(0, current)

        def imported_first(step: tuple[str, Callable[[], object]]) -> list[tuple[str, Callable[[], object]]]:
            return [*start_steps.imports(start_steps.TAB_MODULES.get(step[0], ())), step]

        tabs = [made for step in rest for made in imported_first(step)]
        first = len(imported_first(current)) if current is not None else 0
        return [
            ("icons", self._load_icons),
            # peewee and the store, the services, what the window attaches to them: each a step
            # of its own, and opening the database one more, so none holds the window long
            *start_steps.imports(start_steps.SERVICE_MODULES),
            *([("prepare the server", prepare)] if prepare is not None else []),
            ("database", lambda: self._attach(open_services(), owns)),
            *tabs[:first],
            ("account", self._load_account),
            *tabs[first:],
            ("poll", self.watcher.timer.start),
            *([("daily backup", self._start_daily_backup)] if owns else []),
        ]

    def _load_icons(self) -> None:
        from contact_manager.ui.kit import icons, look

        app = QApplication.instance()
        assert isinstance(app, QApplication)  # a window exists only in a QApplication
        look.confirm_scheme(app)
        look.apply_app_icon(app)
        self.undo_action.setIcon(icons.icon("undo"))
        self.redo_action.setIcon(icons.icon("redo"))

    def _make_context(self, services: Services | None) -> None:
        """The window's context: over ``services``, or waiting for them (the first look's)."""
        from contact_manager.ui.kit.context import AppContext

        self.context = AppContext(services, self, undo_stack=self.undo_stack, load=self.finish_loading)
        self.context.sheetChanged.connect(lambda _sheet: self._update_title())
        self.context.saved.connect(self._saved)
        self.context.status.connect(lambda text: self.statusBar().showMessage(text, 15000))

    def _attach(self, services: Services, owns: bool) -> None:
        self.services, self.owns_services = services, owns
        if self.context is None:
            self._make_context(services)
        else:
            self.context.attach(services)
        assert self.context is not None  # made or attached above
        from contact_manager.ui.contacts.tell_them import TellThem

        self.tell_them = TellThem.attach(self, self.context)
        self.watcher.attach(services)
        for action in self._needs_database:
            action.setEnabled(True)
        from contact_manager.ui.shell import read_only  # not before: the first frame needs none of it

        read_only.guard(self)  # a database that can only be read: a banner, and no edits

    def _start_daily_backup(self) -> None:
        from contact_manager.ui.shell import auto_backup

        auto_backup.start(self)

    def _load_account(self) -> None:
        assert self.services is not None  # the database step came first
        accounts = self.services.accounts.list()
        if accounts:
            last = window_state.last_account(self._database_key())
            ids = [account.id for account in accounts]
            account_id = last if last is not None and last in ids else ids[0]  # the first, if deleted
            assert self.context is not None  # made with the services
            if self._looked and account_id == self.context.account_id and self.context.keep_first_look():
                self.watcher.remember()  # on screen as read: nothing is shown again
            else:
                self.switch_account(account_id)
        else:
            self.show_first_run(can_cancel=False)
        if self._looked:
            return  # on screen since the first frame: the new read repaints what changed, if anything
        # On screen now, laid out as it will stay, before the other tabs are built.
        QCoreApplication.sendPostedEvents(None, QEvent.Type.LayoutRequest)
        self.repaint()
        if accounts:
            self.accountShown.emit()

    def retranslate(self) -> None:
        self._retranslate_tabs()
        self._retranslate_menus()
        self.tabs.setAccessibleName(self.tr("Account tabs"))
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
    def show_billing_tab(self) -> None:
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
        status_bar.show_saved(self.statusBar(), text)

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
            services = start_steps.open_services(path)
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
        from contact_manager.ui.shell import unsaved_typing

        if event.spontaneous() and not unsaved_typing.may_close(self):  # the title bar's close
            event.ignore()
            return
        window_state.save(self, self.tabs)
        if self.services is not None and self.context is not None and self.context.account_id is not None:
            window_state.save_account(self._database_key(), self.context.account_id)
        self.watcher.stop()
        super().closeEvent(event)
        if self.owns_services and self.services is not None:
            self.services.close()
