"""The main window's menus: File (its own actions, declared once like the File menu's others in
``file_menu``), Edit (undo, redo), View (the language), Help, and the account button's menu.

``WindowMenus`` is a part of ``MainWindow``: it builds the menus (``file_menu``, ``edit_menu``,
``view_menu``, ``help_menu``, for other modules to add actions to) and names them in the
current language. Choosing an account from a menu is ``account_menus``'."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, Slot
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QMenu, QToolButton

from contact_manager import __version__
from contact_manager.domain.text import QT_TRANSLATE_NOOP
from contact_manager.ui.kit.undo import UndoStack
from contact_manager.ui.kit.undo_keys import UndoKeys
from contact_manager.ui.kit.widgets import named_action
from contact_manager.ui.shell import menu_actions
from contact_manager.ui.shell.account_button import AccountButton
from contact_manager.ui.shell.account_menus import AccountMenus
from contact_manager.ui.shell.language_menu import LanguageMenu
from contact_manager.ui.shell.menu_actions import menu_action

if TYPE_CHECKING:
    from contact_manager.services import Services


class WindowMenus(AccountMenus):
    services: Services | None
    undo_stack: UndoStack
    typing_given_up = False  # the person chose to close over refused typing (unsaved_typing)

    def find_people(self) -> None: ...  # WindowTabs'

    def show_first_run(self, can_cancel: bool) -> None: ...  # MainWindow's

    def open_database(self) -> None: ...  # MainWindow's

    # --- the File menu's own actions (before the account and database ones of file_menu) ---

    @menu_action("new_account", QT_TRANSLATE_NOOP("MainWindow", "&New account..."), "", context="MainWindow")
    @Slot()
    def new_account(self) -> None:
        self.show_first_run(can_cancel=True)

    @menu_action(
        "open_database",
        QT_TRANSLATE_NOOP("MainWindow", "&Open database..."),
        "",
        shortcut=QKeySequence.StandardKey.Open,  # every binding the platform has for the command
        context="MainWindow",
    )
    @Slot()
    def _open_database(self) -> None:
        self.open_database()

    @menu_action(
        "quit",
        QT_TRANSLATE_NOOP("MainWindow", "&Quit"),
        "",
        shortcut=QKeySequence.StandardKey.Quit,
        menu_role=QAction.MenuRole.QuitRole,
        context="MainWindow",
    )
    @Slot()
    def quit(self) -> None:
        from contact_manager.ui.shell import unsaved_typing

        if unsaved_typing.may_close(self):  # type: ignore[arg-type]  # a WindowTabs, as MainWindow is
            self.close()

    def _build_menus(self) -> None:
        bar = self.menuBar()
        self.file_menu = bar.addMenu("")
        self.file_menu.setObjectName("fileMenu")
        self.file_declarations = menu_actions.declared(WindowMenus)
        self.file_actions = menu_actions.make_actions(self, self, self.file_declarations)
        self.new_account_action = self.file_actions["new_account"]
        self.open_database_action = self.file_actions["open_database"]
        self.quit_action = self.file_actions["quit"]
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
        self.undo_action, self.redo_action = self.undo_stack.create_actions(self)  # texts name the change
        self.undo_keys = UndoKeys(self)  # Ctrl+Z from a field with no typing of its own to undo
        self.edit_menu.addAction(self.undo_action)
        self.edit_menu.addAction(self.redo_action)
        self.edit_menu.addSeparator()
        self.find_action = named_action(
            self, "findAction", lambda: self.find_people(), QKeySequence.StandardKey.Find
        )
        self.edit_menu.addAction(self.find_action)

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

    def _retranslate_menus(self) -> None:
        self.file_menu.setTitle(QCoreApplication.translate("MainWindow", "&File"))
        menu_actions.retranslate(self.file_actions, self.file_declarations)
        self.switch_menu.setTitle(QCoreApplication.translate("MainWindow", "S&witch account"))
        self.edit_menu.setTitle(QCoreApplication.translate("MainWindow", "&Edit"))
        self.undo_stack.retranslate()
        self.find_action.setText(QCoreApplication.translate("MainWindow", "&Find"))
        self.find_action.setStatusTip(
            QCoreApplication.translate("MainWindow", "Find a user (on History: the changes about a person)")
        )
        self.view_menu.setTitle(QCoreApplication.translate("MainWindow", "&View"))
        self.help_menu.setTitle(QCoreApplication.translate("MainWindow", "&Help"))
        self.check_database_action.setText(QCoreApplication.translate("MainWindow", "&Check database..."))
        self.about_action.setText(QCoreApplication.translate("MainWindow", "&About Contact Manager"))
        self.account_button.setToolTip(
            QCoreApplication.translate(
                "MainWindow", "The current account: open it, switch to another, or create one"
            )
        )

    @Slot()
    def _about(self) -> None:
        from contact_manager.ui.kit import dialogs

        dialogs.about(self, __version__)

    @Slot()
    def _check_database(self) -> None:
        from contact_manager.ui.shell import check_dialog

        assert self.services is not None  # the action is enabled once the database is open
        check_dialog.show_check(self, self.services.path)
