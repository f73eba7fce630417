"""The File menu's database actions: back up the database, and restore a backup."""

from __future__ import annotations

from PySide6.QtCore import Slot

from contact_manager.domain.text import QT_TRANSLATE_NOOP
from contact_manager.ui.kit import dialogs
from contact_manager.ui.shell.file_menu_base import FileMenuBase
from contact_manager.ui.shell.menu_actions import menu_action


class BackupActions(FileMenuBase):
    @menu_action(
        "backup",
        QT_TRANSLATE_NOOP("AdminActions", "&Back up database..."),
        QT_TRANSLATE_NOOP("AdminActions", "Save a copy of the whole database"),
        group=3,
    )
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

    @menu_action(
        "restore",
        QT_TRANSLATE_NOOP("AdminActions", "&Restore..."),
        QT_TRANSLATE_NOOP("AdminActions", "Replace the database with a backup"),
        group=3,
    )
    @Slot()
    def restore(self) -> None:
        backups = self.context.services.backups
        if not self._attempt(backups.can_restore)[0]:  # an office database: said why, no file asked
            return
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
        if done:
            text = self.tr("Restored the backup {path}. The data from before was saved to {saved}.")
            self._replaced(current, text.format(path=path, saved=saved))
