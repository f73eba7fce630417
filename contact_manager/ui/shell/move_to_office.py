"""File > Move to an office database...: every account of the open file copied onto a server.

The Connect dialog asks where (saying what will happen); the copy runs with a progress
dialog, in one transaction of the server (``services.copying``): all of it arrives, or none.
A refusal (a password, the server, accounts of the same names there already) is said in one
sentence, the file left as it was and still open. Once moved, the window opens the office
database; the file stays where it was, untouched.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QProgressDialog

from contact_manager.domain.errors import ContactError
from contact_manager.services import connecting
from contact_manager.ui.kit import dialogs

if TYPE_CHECKING:
    from contact_manager.ui.shell.main_window import MainWindow
    from contact_manager.ui.shell.office_menu import OfficeActions


def move(actions: OfficeActions, url: str, password: str, *, remember: bool = False) -> MainWindow | None:
    """Copy the open file's accounts onto ``url`` and open it there; None when refused."""
    from contact_manager.services.copying import copy_everything

    window = actions.window
    assert window.services is not None  # the action is there once a database is open
    source = window.services
    try:
        target = actions.open_server(url, password)
    except ContactError as error:
        actions.ask_to_move(url, error.message)
        return None
    progress = _progress(window)
    try:
        copied = copy_everything(source, target, lambda done, total: _advance(progress, done, total))
    except ContactError as error:
        progress.close()
        target.close()
        dialogs.refused(window, error)
        return None
    progress.close()
    actions.keep_password(url, password, remember)
    opened = actions.show_opened(url, target)
    text = QCoreApplication.translate(
        "MoveToOffice",
        "Moved onto {target}: accounts: {accounts}, users: {users}, history entries: {history}. "
        "The window now shows the office database; the file {file} is left as it was.",
    ).format(
        target=connecting.shown(url),
        accounts=copied.accounts,
        users=copied.users,
        history=copied.history,
        file=connecting.label(source),
    )
    dialogs.message(
        opened,
        "movedDialog",
        QCoreApplication.translate("MoveToOffice", "Moved to the office database"),
        text,
        dialogs.INFORMATION,
    )
    return opened


def _progress(window: MainWindow) -> QProgressDialog:
    progress = QProgressDialog(window)
    progress.setObjectName("moveProgress")
    progress.setWindowTitle(QCoreApplication.translate("MoveToOffice", "Moving to the office database"))
    progress.setLabelText(QCoreApplication.translate("MoveToOffice", "Copying the accounts..."))
    progress.setAccessibleName(progress.windowTitle())
    progress.setCancelButton(None)  # one transaction: stopping half way would leave nothing anyway
    progress.setWindowModality(Qt.WindowModality.WindowModal)
    progress.setMinimumDuration(0)
    progress.setValue(0)
    return progress


def _advance(progress: QProgressDialog, done: int, total: int) -> None:
    progress.setMaximum(max(total, 1))
    progress.setValue(done)  # a modal progress dialog repaints (and keeps the window alive) here
