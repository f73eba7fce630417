"""The File menu's account actions: rename and delete the account, import users or an account."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Slot

from contact_manager.domain.errors import AccountExists, ContactError
from contact_manager.domain.text import QT_TRANSLATE_NOOP
from contact_manager.ui.kit.context import reraise
from contact_manager.ui.shell.file_menu_base import FileMenuBase
from contact_manager.ui.shell.menu_actions import menu_action


class AccountActions(FileMenuBase):
    @menu_action(
        "rename_account",
        QT_TRANSLATE_NOOP("AdminActions", "Rena&me account..."),
        QT_TRANSLATE_NOOP("AdminActions", "Give the current account another name"),
        group=0,
        needs_account=True,
    )
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

    @menu_action(
        "delete_account",
        QT_TRANSLATE_NOOP("AdminActions", "&Delete account..."),
        QT_TRANSLATE_NOOP("AdminActions", "Delete the current account, after a backup of the database"),
        group=0,
        needs_account=True,
    )
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

    @menu_action(
        "import_users",
        QT_TRANSLATE_NOOP("AdminActions", "Import &users..."),
        QT_TRANSLATE_NOOP("AdminActions", "Add users from a CSV, Excel or vCard file"),
        group=1,
    )
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

    @menu_action(
        "import_account",
        QT_TRANSLATE_NOOP("AdminActions", "&Import account..."),
        QT_TRANSLATE_NOOP("AdminActions", "Create an account from an exported JSON file"),
        group=1,
    )
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
