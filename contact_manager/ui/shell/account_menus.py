"""Choosing an account from the window's menus: the account button's menu (the account and
billing tab, every account, a new one) and File > Switch account. Past about twenty accounts,
each offers a searchable list instead (ui/accounts/account_chooser.py).

``AccountMenus`` is a part of ``MainWindow``, which switches (``switch_account``)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, Slot
from PySide6.QtWidgets import QMainWindow, QMenu

if TYPE_CHECKING:
    from contact_manager.services import Services
    from contact_manager.ui.kit.context import AppContext


class AccountMenus(QMainWindow):
    services: Services | None
    context: AppContext | None
    account_menu: QMenu
    switch_menu: QMenu

    def show_first_run(self, can_cancel: bool) -> None: ...  # MainWindow's

    def switch_account(self, account_id: int) -> None: ...  # MainWindow's

    def show_billing_tab(self) -> None: ...  # MainWindow's

    @Slot()
    def _fill_account_menu(self) -> None:
        menu = self.account_menu
        menu.clear()
        billing = menu.addAction(QCoreApplication.translate("MainWindow", "Account and billing"))
        billing.setObjectName("openAccountBillingAction")
        billing.triggered.connect(self.show_billing_tab)
        menu.addSection(QCoreApplication.translate("MainWindow", "Switch account"))
        self._add_account_choices(menu, "switchAccountAction")
        menu.addSeparator()
        create = menu.addAction(QCoreApplication.translate("MainWindow", "New account..."))
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
