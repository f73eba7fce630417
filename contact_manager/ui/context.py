"""The one object every widget is handed: the services, the current account, and signals.

Widgets never call the store; they call ``context.change(...)`` with a service call, and
redraw when ``sheetChanged`` fires. Refusals go to the dialogs seam in the user's language.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QObject, Signal

from contact_manager.domain.contacts import ContactSheet
from contact_manager.domain.errors import Conflict, ContactError
from contact_manager.services import Services


class AppContext(QObject):
    """Shared state of one main window."""

    sheetChanged = Signal(object)  # ContactSheet of the current account
    usersChanged = Signal()  # users of the current account were added, edited or removed
    accountSwitched = Signal(int)  # another account became current
    saved = Signal(str)  # a change was saved: a short description for the status bar

    def __init__(self, services: Services, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.services = services
        self.account_id: int | None = None
        self.sheet: ContactSheet | None = None

    # --- the current account ----------------------------------------------------------

    def switch_account(self, account_id: int) -> None:
        self.account_id = account_id
        self.sheet = self.services.contacts.sheet(account_id)
        self.accountSwitched.emit(account_id)
        self.sheetChanged.emit(self.sheet)
        self.usersChanged.emit()

    def reload(self) -> None:
        """Read the account again (after another window or the command line changed it)."""
        if self.account_id is None:
            return
        self.sheet = self.services.contacts.sheet(self.account_id)
        self.sheetChanged.emit(self.sheet)
        self.usersChanged.emit()

    @property
    def version(self) -> int | None:
        return self.sheet.version if self.sheet else None

    # --- changing it ------------------------------------------------------------------

    def apply(self, change: Callable[[int, int | None], ContactSheet]) -> ContactSheet:
        """Run ``change(account_id, expected_version)``; publish the new sheet.

        Raises the service's ContactError unchanged; on Conflict the account is reloaded
        first, so what the window shows is what is saved.
        """
        if self.account_id is None:
            raise RuntimeError("no current account")
        try:
            sheet = change(self.account_id, self.version)
        except Conflict:
            self.reload()
            raise
        except ContactError:
            raise
        self.sheet = sheet
        self.sheetChanged.emit(sheet)
        return sheet
