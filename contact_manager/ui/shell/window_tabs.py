"""The main window's tabs: their order and titles, the loading pages they replace, Ctrl+1..9,
and the steps that build each (the Users and History tabs come with the File menu's actions,
from ``admin_gui``).

``WindowTabs`` is a part of ``MainWindow`` (its parts are one line of bases, tabs over
menus over account menus: Qt finds the slots of a single line of bases only). Other tabs
join with ``add_tab``."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import QTabWidget, QWidget

from contact_manager.ui.shell import admin_gui
from contact_manager.ui.shell.loading_page import LoadingPage
from contact_manager.ui.shell.window_menus import WindowMenus

if TYPE_CHECKING:
    from contact_manager.domain.roles import Role
    from contact_manager.ui.contacts.account_billing_tab import AccountBillingTab
    from contact_manager.ui.contacts.company_info_tab import CompanyInfoTab
    from contact_manager.ui.kit.context import AppContext

# The tabs in their order: the page's objectName and its title in the current language.
TABS: tuple[tuple[str, Callable[[], str]], ...] = (
    ("accountBillingTab", lambda: QCoreApplication.translate("MainWindow", "Account and billing")),
    ("companyInfoTab", lambda: QCoreApplication.translate("MainWindow", "Company information")),
    ("usersTab", admin_gui.users_title),
    ("historyTab", admin_gui.history_title),
)


class WindowTabs(WindowMenus):
    tabs: QTabWidget
    context: AppContext | None
    billing_tab: AccountBillingTab | None
    company_tab: CompanyInfoTab | None
    admin: admin_gui.AdminGui | None
    _tab_titles: list[Callable[[], str]]
    _placeholders: dict[str, LoadingPage]

    def edit_contacts(self, role: Role | None) -> None: ...  # MainWindow's

    def finish_loading(self) -> None: ...  # MainWindow's

    def find_people(self) -> None:
        """Edit > Find (Ctrl+F): on History its person filter, else the Users tab's search,
        its text selected to type over."""
        if self.admin is None:
            self.finish_loading()  # the Users and History tabs, built now rather than waited for
        if self.admin is None:
            return
        history = self.admin.history_tab
        if self.tabs.currentWidget() is history:
            field = history.person
        else:
            self.tabs.setCurrentWidget(self.admin.users_tab)
            field = self.admin.users_tab.search
        field.setFocus(Qt.FocusReason.ShortcutFocusReason)
        field.selectAll()

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

    def _retranslate_tabs(self) -> None:
        for index, title in enumerate(self._tab_titles):
            self.tabs.setTabText(index, title())
        for page in self._placeholders.values():
            page.retranslate()
