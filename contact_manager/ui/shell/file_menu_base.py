"""What every File-menu action shares: the window and context, the file questions (through the
dialogs seam, starting in the folder last used for that kind of file), the refusals, and
making an account current after one goes."""

from __future__ import annotations

import re
from collections.abc import Callable
from typing import TypeVar

from PySide6.QtCore import QObject, Qt, Signal
from PySide6.QtWidgets import QWidget

from contact_manager.domain.errors import ContactError
from contact_manager.ui.kit import dialogs, file_folders
from contact_manager.ui.kit.context import AppContext

T = TypeVar("T")

# the questions answered by a save dialog (the others choose an existing file)
SAVE_KINDS = {"backup_database", "save_refused_rows"}


def safe_file_name(name: str) -> str:
    return re.sub(r'[\\/:*?"<>|\x00-\x1f]+', "-", name).strip(" .") or "account"


class FileMenuBase(QObject):
    dialogOpened = Signal(object)  # every dialog opened, for the window and tests
    noAccountLeft = Signal()  # the last account was deleted: the window shows its first-run page

    def __init__(self, context: AppContext, window: QWidget, parent: QObject | None = None) -> None:
        super().__init__(parent or window)
        self.context, self.window = context, window

    def ask_path(self, kind: str, *, folder: str = "", save: bool = False, **details) -> str | None:
        """A file to read or write: the dialogs seam answers in tests, else a file dialog.

        It starts in the folder last used for that kind of file (``folder``, else the one
        ``file_folders`` keeps for ``kind``); ``save``: a save dialog.
        """
        folders = folder or file_folders.QUESTIONS.get(kind, "import")
        details["start"] = file_folders.start_path(folders, details.get("start", ""))
        path = self._ask_path(kind, details, save or kind in SAVE_KINDS)
        if path:
            file_folders.remember(folders, path)
        return path or None

    def _ask_path(self, kind: str, details: dict, save: bool) -> str | None:
        try:
            return dialogs.ask(kind, self.window, **details)
        except ValueError:
            pass  # a question the seam has no dialog of its own for
        return dialogs.choose_file(
            self.window,
            save=save,
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

    def update_enabled(self) -> None:
        """Enable the actions by what is open (the File menu's own)."""

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
