"""The File menu's account and database actions: accounts, import, export, PDF, backup, restore.

Each action is declared once, beside its slot (``menu_actions.menu_action``): the account
actions in ``account_actions``, the backups in ``backup_actions``; the export actions are made
from the exports of ``services/exports.py`` (the PDF contact sheet's included). ``AdminActions``
makes their QActions (``actions``, by name) and ``install(window)`` puts them in the window's
File menu. Files are chosen through ``ask_path`` (the dialogs seam's answerer in tests, the
platform's file dialog otherwise); refusals go through the dialogs seam. The code behind each
command (backups, the account dialogs) is imported when the command is first used, so the File
menu costs the window's start-up little.
"""

from __future__ import annotations

from functools import partial

from PySide6.QtCore import QEvent, QObject
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QMenu, QWidget

from contact_manager.language import csv_separator
from contact_manager.services import exports
from contact_manager.services.exports import Export
from contact_manager.ui.contacts import contact_sheet_export  # noqa: F401 - declares the PDF export
from contact_manager.ui.kit.context import AppContext
from contact_manager.ui.shell import menu_actions, office_menu
from contact_manager.ui.shell.account_actions import AccountActions
from contact_manager.ui.shell.backup_actions import BackupActions
from contact_manager.ui.shell.file_menu_base import safe_file_name
from contact_manager.ui.shell.menu_actions import MenuAction

EXPORT_GROUP = 2  # between the imports (1) and the backups (3)


class AdminActions(AccountActions, BackupActions):
    def __init__(self, context: AppContext, window: QWidget, parent: QObject | None = None) -> None:
        super().__init__(context, window, parent)
        self.setObjectName("adminActions")
        self.declarations = sorted(
            [*menu_actions.declared(type(self)), *self._export_actions()], key=lambda d: d.group
        )
        self.actions: dict[str, QAction] = menu_actions.make_actions(self, window, self.declarations)
        context.accountSwitched.connect(lambda _id: self.update_enabled())
        context.sheetChanged.connect(lambda _sheet: self.update_enabled())
        window.installEventFilter(self)
        self.retranslate()
        self.update_enabled()

    @classmethod
    def install(cls, window) -> AdminActions:
        """The actions of ``window`` (a MainWindow), in its File menu; deleting the last account
        shows its first-run page."""
        actions = cls(window.context, window)
        actions.populate_file_menu(window.file_menu)
        actions.noAccountLeft.connect(lambda: window.show_first_run(can_cancel=False))
        return actions

    def _export_actions(self) -> list[MenuAction]:
        return [
            MenuAction(
                export.action_name,
                export.text,
                export.tip,
                EXPORT_GROUP,
                needs_account=True,
                context=exports.CONTEXT,
                slot=partial(self.export, export),
            )
            for export in exports.of(exports.ACCOUNT)
        ]

    # --- the menu -----------------------------------------------------------------------

    def populate_file_menu(self, menu: QMenu) -> None:
        """Add the actions in groups, before the menu's Quit action if it has one."""
        quit_action = next((a for a in menu.actions() if a.menuRole() == QAction.MenuRole.QuitRole), None)
        before = quit_action
        if before is not None:
            index = menu.actions().index(before)
            if index > 0 and menu.actions()[index - 1].isSeparator():
                before = menu.actions()[index - 1]
        group = None
        for declaration in self.declarations:  # New account... is the window's own
            if declaration.group != group:
                menu.insertSeparator(before) if before is not None else menu.addSeparator()
                group = declaration.group
            action = self.actions[declaration.name]
            menu.insertAction(before, action) if before is not None else menu.addAction(action)
        office_menu.install(self.window)  # Connect to an office database..., Open recent, Move to...

    def retranslate(self) -> None:
        menu_actions.retranslate(self.actions, self.declarations)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.window and event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        return False

    def update_enabled(self) -> None:
        """The actions that need an account are enabled only while one is open."""
        has_account = self.context.account_id is not None
        for declaration in self.declarations:
            if declaration.needs_account:
                self.actions[declaration.name].setEnabled(has_account)

    # --- exporting ----------------------------------------------------------------------

    def export(self, export: Export) -> None:
        """Ask where, then write the open account as ``export`` says."""
        account_id = self.context.account_id
        if account_id is None:
            return
        path = self.ask_path(
            export.question_kind,
            folder=export.folder,
            save=True,
            title=export.label(export.title) or self.tr("Export account"),
            filters=export.label(export.files),
            start=f"{safe_file_name(self._account_name())}.{export.suffix}",
        )
        if not path:
            return
        # the window's CSV files are split as the locale's spreadsheets expect (";" in Italy)
        request = exports.Request(self.context.services, account_id, delimiter=csv_separator())
        if not self._attempt(lambda: export.write(request, path), file=path)[0]:
            return
        self.context.saved.emit(
            self.tr("Exported {name} to {path}.").format(name=self._account_name(), path=path)
        )
