"""The one object every widget is handed: the services, the current account, and signals.

Widgets never call the store; they call ``context.apply(...)`` with a service call, and
redraw when ``sheetChanged`` fires. A refusal goes to ``apply``'s ``failure`` callback; without
one, ``show_refusal`` shows it through the dialogs seam in the user's language, so a caller
writes no ``except ContactError`` of its own.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import NoReturn

from PySide6.QtCore import QObject, Signal, Slot
from PySide6.QtGui import QUndoStack
from PySide6.QtWidgets import QWidget

from contact_manager.domain.contacts import ContactSheet
from contact_manager.domain.damage import Damage, DamagedRows, collect
from contact_manager.domain.errors import Conflict, ContactError
from contact_manager.services import Services
from contact_manager.ui.kit import dialogs
from contact_manager.ui.kit.picker_users_model import UserListModel
from contact_manager.ui.kit.shared_users import SharedUsers
from contact_manager.ui.kit.undo import UndoStack

Failure = Callable[[ContactError], object]


def reraise(error: ContactError) -> NoReturn:
    """A ``failure`` for a caller that shows the refusal itself (a dialog's own error line)."""
    raise error


class AppContext(QObject):
    """Shared state of one main window."""

    sheetChanged = Signal(object)  # ContactSheet of the current account
    usersChanged = Signal()  # users of the current account were added, edited or removed
    accountSwitched = Signal(int)  # another account became current
    saved = Signal(str)  # a change was saved: a short description for the status bar
    status = Signal(str)  # anything else the status bar should say

    def __init__(
        self, services: Services, parent: QObject | None = None, undo_stack: QUndoStack | None = None
    ) -> None:
        super().__init__(parent)
        self.services = services
        self.account_id: int | None = None
        self.sheet: ContactSheet | None = None
        self._picker_users: UserListModel | None = None
        # every undoable change of this window (the window's own, when it has one already)
        self.undo_stack = undo_stack if undo_stack is not None else UndoStack(self)
        # the account's users, read once for the user boxes and the Users tab (users.changed)
        self.users = SharedUsers(services, self)
        self.users.status.connect(self.status)
        self.users.changed.connect(self._users_read)
        self.usersChanged.connect(lambda: self.users.reload(self.account_id))
        self._damage_told: set[Damage] = set()

    # --- the users of the current account, one shared Qt model -------------------------

    @property
    def picker_users(self) -> UserListModel:
        """The ONE item model over the current account's users that every picker shares."""
        if self._picker_users is None:
            self._picker_users = UserListModel(parent=self)
            self._users_read()
            self.users.want()
        return self._picker_users

    @Slot()
    def _users_read(self) -> None:
        if self._picker_users is not None:
            self._picker_users.set_users(self.users.rows)
        self.report_damage(*self.users.rows.damage.values())

    # --- the current account ----------------------------------------------------------

    def report_damage(self, *groups: Sequence[Damage]) -> None:
        """Say on the status bar that rows could not be read (the views mark them); a damaged
        value is told once, not at every reload."""
        found = collect(groups)
        if set(found) - self._damage_told:
            self._damage_told.update(found)
            self.status.emit(DamagedRows(found).message)

    def switch_account(self, account_id: int) -> None:
        self.undo_stack.clear()
        self.account_id = account_id
        self.sheet = self.services.contacts.sheet(account_id)
        self.report_damage(self.sheet.damage)
        self.accountSwitched.emit(account_id)
        self.usersChanged.emit()
        self.sheetChanged.emit(self.sheet)

    def reload(self) -> None:
        """Read the account again (after another window or the command line changed it)."""
        if self.account_id is None:
            return
        self.sheet = self.services.contacts.sheet(self.account_id)
        self.report_damage(self.sheet.damage)
        self.usersChanged.emit()
        self.sheetChanged.emit(self.sheet)

    @property
    def version(self) -> int | None:
        return self.sheet.version if self.sheet else None

    # --- changing it ------------------------------------------------------------------

    def apply(
        self,
        change: Callable[[int, int | None], object],
        description: str = "",
        *,
        failure: Failure | None = None,
        parent: QWidget | None = None,
    ) -> ContactSheet | None:
        """Run ``change(account_id, expected_version)``; publish the new sheet and return it.

        A change that returns something else than a sheet (company details) is followed by
        reading the sheet again, for its new version. ``description`` goes to ``saved``.

        A refusal (the service's ContactError) returns None after ``failure(error)``, or by
        default ``show_refusal(error, parent)``; on Conflict the account is reloaded first, so
        what the window shows is what is saved.
        """
        if self.account_id is None:
            raise RuntimeError("no current account")
        before = self.version
        try:
            sheet = change(self.account_id, before)
        except ContactError as error:
            if isinstance(error, Conflict):
                self.reload()
            if failure is None:
                self.show_refusal(error, parent)
            else:
                failure(error)
            return None
        if not isinstance(sheet, ContactSheet):
            sheet = self.services.contacts.sheet(self.account_id)
        self.sheet = sheet
        if sheet.version != before and isinstance(self.undo_stack, UndoStack):  # own writes: undo, watcher
            self.undo_stack.own_change(self.account_id, sheet.version)
        self.sheetChanged.emit(sheet)
        if description:
            self.saved.emit(description)
        return sheet

    def show_refusal(self, error: ContactError, parent: QWidget | None = None) -> None:
        """The default display of a refusal: the dialogs seam's, over ``parent`` (default: the
        window that owns this context)."""
        owner = self.parent()
        if parent is None and isinstance(owner, QWidget):
            parent = owner.window()
        dialogs.refused(parent, error)
