"""The File menu's account and database actions: accounts, import, export, PDF, backup, restore.

``AdminActions(context, window)`` creates the QActions; ``populate_file_menu(menu)`` puts them
in the window's File menu. Files are chosen through ``ask_path`` (the dialogs seam's answerer
in tests, the platform's file dialog otherwise); refusals go through the dialogs seam.
The code behind each command (PDF, backups, the account dialogs) is imported when the
command is first used, so the File menu costs the window's start-up little.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from pathlib import Path
from typing import TypeVar

from PySide6.QtCore import QEvent, QObject, Qt, Signal, Slot
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QMenu, QWidget

from contact_manager.domain.errors import AccountExists, ContactError
from contact_manager.language import csv_separator
from contact_manager.ui.kit import dialogs, file_folders
from contact_manager.ui.kit.context import AppContext, reraise
from contact_manager.ui.shell import office_menu

T = TypeVar("T")

NAMES = (
    "rename_account",
    "delete_account",
    "import_users",
    "import_account",
    "export_json",
    "export_csv",
    "export_vcard",
    "export_xlsx",
    "print_pdf",
    "backup",
    "restore",
)
NEEDS_ACCOUNT = {"rename_account", "delete_account", "export_json", "export_csv"}
NEEDS_ACCOUNT |= {"export_vcard", "export_xlsx", "print_pdf"}
SAVE_KINDS = {
    "export_json",
    "export_csv",
    "export_vcard",
    "export_xlsx",
    "export_pdf",
    "backup_database",
    "save_refused_rows",
}


def _safe_file_name(name: str) -> str:
    return re.sub(r'[\\/:*?"<>|\x00-\x1f]+', "-", name).strip(" .") or "account"


class AdminActions(QObject):
    dialogOpened = Signal(object)  # every dialog opened, for the window and tests
    noAccountLeft = Signal()  # the last account was deleted: the window shows its first-run page

    def __init__(self, context: AppContext, window: QWidget, parent: QObject | None = None) -> None:
        super().__init__(parent or window)
        self.context, self.window = context, window
        self.setObjectName("adminActions")
        self.actions: dict[str, QAction] = {}
        for name in NAMES:
            camel = re.sub(r"_(\w)", lambda m: m.group(1).upper(), name)
            action = QAction(window)
            action.setObjectName(f"{camel}Action")
            action.triggered.connect(getattr(self, name))
            self.actions[name] = action
        context.accountSwitched.connect(lambda _id: self.update_enabled())
        context.sheetChanged.connect(lambda _sheet: self.update_enabled())
        window.installEventFilter(self)
        self.retranslate()
        self.update_enabled()

    # --- the menu -----------------------------------------------------------------------

    def populate_file_menu(self, menu: QMenu) -> None:
        """Add the actions in groups, before the menu's Quit action if it has one."""
        quit_action = next((a for a in menu.actions() if a.menuRole() == QAction.MenuRole.QuitRole), None)
        before = quit_action
        if before is not None:
            index = menu.actions().index(before)
            if index > 0 and menu.actions()[index - 1].isSeparator():
                before = menu.actions()[index - 1]
        groups = (
            ("rename_account", "delete_account"),  # New account... is the window's own
            ("import_users", "import_account"),
            ("export_json", "export_csv", "export_vcard", "export_xlsx", "print_pdf"),
            ("backup", "restore"),
        )
        for group in groups:
            menu.insertSeparator(before) if before is not None else menu.addSeparator()
            for name in group:
                action = self.actions[name]
                menu.insertAction(before, action) if before is not None else menu.addAction(action)
        office_menu.install(self.window)  # Connect to an office database..., Open recent, Move to...

    def retranslate(self) -> None:
        texts = {
            "rename_account": (
                self.tr("Rena&me account..."),
                self.tr("Give the current account another name"),
            ),
            "delete_account": (
                self.tr("&Delete account..."),
                self.tr("Delete the current account, after a backup of the database"),
            ),
            "import_users": (
                self.tr("Import &users..."),
                self.tr("Add users from a CSV, Excel or vCard file"),
            ),
            "import_account": (
                self.tr("&Import account..."),
                self.tr("Create an account from an exported JSON file"),
            ),
            "export_json": (self.tr("Export as &JSON..."), self.tr("Save the account to a JSON file")),
            "export_csv": (self.tr("Export as &CSV..."), self.tr("Save the contacts to a CSV file")),
            "export_vcard": (
                self.tr("Export as &vCard..."),
                self.tr("Save the contacts for an address book"),
            ),
            "export_xlsx": (
                self.tr("Export as E&xcel..."),
                self.tr("Save the contacts and the users to an Excel workbook"),
            ),
            "print_pdf": (
                self.tr("&Print contact sheet to PDF..."),
                self.tr("A printable contact sheet of the account"),
            ),
            "backup": (self.tr("&Back up database..."), self.tr("Save a copy of the whole database")),
            "restore": (self.tr("&Restore..."), self.tr("Replace the database with a backup")),
        }
        for name, (text, tip) in texts.items():
            self.actions[name].setText(text)
            self.actions[name].setToolTip(tip)
            self.actions[name].setStatusTip(tip)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.window and event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        return False

    def update_enabled(self) -> None:
        """The actions that need an account are enabled only while one is open."""
        has_account = self.context.account_id is not None
        for name in NEEDS_ACCOUNT:
            self.actions[name].setEnabled(has_account)

    # --- the seams ----------------------------------------------------------------------

    def ask_path(self, kind: str, **details) -> str | None:
        """A file to read or write: the dialogs seam answers in tests, else a file dialog.

        It starts in the folder last used for that kind of file (``file_folders``).
        """
        folders = file_folders.QUESTIONS.get(kind, "import")
        details["start"] = file_folders.start_path(folders, details.get("start", ""))
        path = self._ask_path(kind, details)
        if path:
            file_folders.remember(folders, path)
        return path or None

    def _ask_path(self, kind: str, details: dict) -> str | None:
        try:
            return dialogs.ask(kind, self.window, **details)
        except ValueError:
            pass  # a question the seam has no dialog of its own for
        return dialogs.choose_file(
            self.window,
            save=kind in SAVE_KINDS,
            title=details.get("title", ""),
            start=details["start"],
            filters=details.get("filters", ""),
        )

    def _open(self, dialog) -> None:
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()
        self.dialogOpened.emit(dialog)

    def _refused(self, error: ContactError) -> None:
        self.dialogOpened.emit(dialogs.refused(self.window, error))

    def _attempt(
        self, call: Callable[[], T], file: str | Callable[[OSError], str] = ""
    ) -> tuple[bool, T | None]:
        """``(True, call())``; or, once the seam has said why, ``(False, None)``: a refusal,
        or (``file`` given: the file, or a function of the OSError naming it) a file that
        could not be written."""
        try:
            return True, call()
        except ContactError as error:
            self._refused(error)
        except OSError as error:
            if not file:
                raise
            self._file_error(file(error) if callable(file) else file, error)
        return False, None

    def _file_error(self, path: str, error: OSError) -> None:
        text = self.tr("{path} could not be written: {reason}").format(
            path=path, reason=error.strerror or str(error)
        )
        self.dialogOpened.emit(dialogs.message(self.window, "fileErrorDialog", self.tr("Not saved"), text))

    def _account_name(self) -> str:
        return self.context.sheet.account_name if self.context.sheet else ""

    def _show_account(self, account_id: int | None) -> None:
        """Make ``account_id`` current, else the first account, else tell the window none is left."""
        ids = [info.id for info in self.context.services.accounts.list()]
        if account_id in ids:
            self.context.switch_account(account_id)
        elif ids:
            self.context.switch_account(ids[0])
        else:
            self.context.account_id, self.context.sheet = None, None
            self.context.undo_stack.clear()
            self.update_enabled()
            self.noAccountLeft.emit()

    # --- accounts -----------------------------------------------------------------------

    @Slot()
    def rename_account(self) -> None:
        from contact_manager.ui.accounts.account_dialogs import NameDialog

        if self.context.account_id is None:
            return
        old = self._account_name()

        def save(name: str) -> object:
            return self.context.apply(
                lambda account_id, version: self.context.services.accounts.rename(account_id, name, version),
                failure=reraise,  # said on the dialog's own error line
            )

        dialog = NameDialog(
            "renameAccountDialog",
            lambda: (
                self.tr("Rename account"),
                self.tr("New name of \u201c{name}\u201d:").format(name=old),
                self.tr("Rename"),
            ),
            save,
            self.window,
            old,
        )
        dialog.accepted.connect(
            lambda: self.context.saved.emit(
                self.tr("Renamed {old} to {new}.").format(old=old, new=self._account_name())
            )
        )
        self._open(dialog)

    @Slot()
    def delete_account(self) -> None:
        from contact_manager.ui.accounts.account_dialogs import DeleteAccountDialog

        if self.context.account_id is None:
            return
        account_id, name = self.context.account_id, self._account_name()
        dialog = DeleteAccountDialog(name, self.window)
        dialog.accepted.connect(lambda: self._delete(account_id, name))
        self._open(dialog)

    def _delete(self, account_id: int, name: str) -> None:
        backups = self.context.services.backups
        before_delete = backups.new_path("before-delete")

        def backup_then_delete() -> Path:
            copy = backups.backup(before_delete)
            self.context.services.accounts.delete(account_id)
            return copy

        done, copy = self._attempt(backup_then_delete, file=str(before_delete.parent))
        if not done:
            return
        self._show_account(None)
        text = self.tr("Deleted the account {name}. A backup made before was saved to {path}.").format(
            name=name, path=copy
        )
        self.context.saved.emit(text)
        self.context.status.emit(text)

    # --- importing ----------------------------------------------------------------------

    @Slot()
    def import_users(self) -> None:
        """The exchange's import dialog, with its file questions through ``ask_path``; before
        any account exists, the file fills the first-run page's list instead."""
        csv_filter = self.tr("CSV files (*.csv *.txt);;All files (*)")
        page = getattr(self.window, "first_run", None)
        pages = getattr(self.window, "pages", None)
        if page is not None and pages is not None and pages.currentWidget() is page:
            from contact_manager.ui.shell.first_run_import import fill_first_run

            path = self.ask_path("import_users", title=self.tr("Import users"), filters=csv_filter)
            if path:
                self.context.status.emit(fill_first_run(page, self.context.services, path))
            return
        if self.context.account_id is None:
            return
        from contact_manager.ui.importing.import_dialog import import_users, users_file_filters

        dialog = import_users(
            self.window,
            self.context,
            choose_file=lambda _parent: (
                self.ask_path("import_users", title=self.tr("Import users"), filters=users_file_filters())
                or ""
            ),
            choose_save=lambda _parent: (
                self.ask_path(
                    "save_refused_rows",
                    title=self.tr("Save refused rows"),
                    filters=self.tr("CSV files (*.csv)"),
                    start="refused-rows.csv",
                )
                or ""
            ),
        )
        if dialog is not None:
            self.dialogOpened.emit(dialog)

    @Slot()
    def import_account(self) -> None:
        path = self.ask_path(
            "import_account",
            title=self.tr("Import account"),
            filters=self.tr("Contact Manager accounts (*.json);;All files (*)"),
        )
        if not path:
            return
        exchange = self.context.services.exchange
        try:
            account_id = exchange.import_json(path)
        except AccountExists as error:
            self._import_as(path, error)
            return
        except ContactError as error:
            self._refused(error)
            return
        self._imported(account_id)

    def _import_as(self, path: str, error: AccountExists) -> None:
        from contact_manager.ui.accounts.account_dialogs import NameDialog

        dialog = NameDialog(
            "importAccountNameDialog",
            lambda: (
                self.tr("Import account"),
                error.message + " " + self.tr("Import it as a new account called:"),
                self.tr("Import"),
            ),
            lambda name: self.context.services.exchange.import_json(path, name=name),
            self.window,
            self.tr("{name} (imported)").format(name=error.name),
        )

        def imported() -> None:
            account_id = dialog.result_value  # what import_json returned: the new account's id
            assert isinstance(account_id, int)
            self._imported(account_id)

        dialog.accepted.connect(imported)
        self._open(dialog)

    def _imported(self, account_id: int) -> None:
        self.context.switch_account(account_id)
        self.context.saved.emit(self.tr("Imported the account {name}.").format(name=self._account_name()))

    # --- exporting ----------------------------------------------------------------------

    def _export(self, kind: str, suffix: str, filters: str, write, title: str = "") -> None:
        if self.context.account_id is None:
            return
        start = f"{_safe_file_name(self._account_name())}.{suffix}"
        path = self.ask_path(kind, title=title or self.tr("Export account"), filters=filters, start=start)
        if not path:
            return
        if not self._attempt(lambda: write(self.context.account_id, path), file=path)[0]:
            return
        self.context.saved.emit(
            self.tr("Exported {name} to {path}.").format(name=self._account_name(), path=path)
        )

    @Slot()
    def export_json(self) -> None:
        exchange = self.context.services.exchange
        self._export("export_json", "json", self.tr("JSON files (*.json)"), exchange.export_json)

    @Slot()
    def export_csv(self) -> None:
        exchange = self.context.services.exchange

        def write(account_id: int, path: str) -> Path:
            return exchange.export_csv(account_id, path, delimiter=csv_separator())

        self._export("export_csv", "csv", self.tr("CSV files (*.csv)"), write)

    @Slot()
    def export_vcard(self) -> None:
        exchange = self.context.services.exchange
        self._export("export_vcard", "vcf", self.tr("vCard files (*.vcf)"), exchange.export_vcard)

    @Slot()
    def export_xlsx(self) -> None:
        exchange = self.context.services.exchange
        self._export("export_xlsx", "xlsx", self.tr("Excel workbooks (*.xlsx)"), exchange.export_xlsx)

    @Slot()
    def print_pdf(self) -> None:
        from contact_manager.ui.contacts.contact_sheet_pdf import write_contact_sheet_pdf

        def write(account_id: int, path: str) -> Path:
            return write_contact_sheet_pdf(self.context.services.contacts.sheet(account_id), path)

        title = self.tr("Save the contact sheet as PDF")
        self._export("export_pdf", "pdf", self.tr("PDF files (*.pdf)"), write, title)

    # --- the database -------------------------------------------------------------------

    @Slot()
    def backup(self) -> None:
        backups = self.context.services.backups
        start = backups.new_path().name
        path = self.ask_path(
            "backup_database",
            title=self.tr("Back up database"),
            filters=self.tr("Contact Manager databases (*.db)"),
            start=start,
        )
        if not path:
            return
        done, written = self._attempt(lambda: backups.backup(path), file=path)
        if not done:
            return
        self.context.saved.emit(self.tr("Backed up the database to {path}.").format(path=written))

    @Slot()
    def restore(self) -> None:
        backups = self.context.services.backups
        path = self.ask_path(
            "restore_database",
            title=self.tr("Restore a backup"),
            filters=self.tr("Contact Manager databases (*.db);;All files (*)"),
            backups=backups.list(),
            note=self.tr("A copy of the current data is saved before the backup replaces it."),
        )
        if not path:
            return
        done, info = self._attempt(lambda: backups.check(path))
        if not done:
            return
        assert info is not None
        box = dialogs.confirm(
            self.window,
            "confirmRestoreDialog",
            self.tr("Restore a backup"),
            self.tr("Replace all the data with this backup?"),
            self.tr("Restore"),
            lambda: self._restore(path),
            details=self.tr(
                "{path}\n\nIt holds %n account(s). A copy of the current data is saved first.",
                "",
                info.accounts,
            ).format(path=path),
            icon=dialogs.WARNING,
        )
        self._open(box)

    def _restore(self, path: str) -> None:
        current = self.context.account_id
        backups = self.context.services.backups
        # an OSError: the copy of the current data, made first, could not be written
        done, saved = self._attempt(lambda: backups.restore(path), file=lambda error: error.filename or path)
        if not done:
            return
        self._show_account(current)
        text = self.tr("Restored the backup {path}. The data from before was saved to {saved}.").format(
            path=path, saved=saved
        )
        self.context.saved.emit(text)
        self.context.status.emit(text)
