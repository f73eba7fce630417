"""The one object every widget is handed: the services, the current account, and signals.

Widgets never call the store; they call ``context.apply(...)`` with a service call, and
redraw when ``sheetChanged`` fires. A refusal goes to ``apply``'s ``failure`` callback; without
one, ``show_refusal`` shows it through the dialogs seam in the user's language, so a caller
writes no ``except ContactError`` of its own.

At start-up a context may exist before its services: the window's first frame shows the
account from a first look (``show_first_look``) and the services are attached a moment later;
whatever needs them sooner (a click, a key) loads them at once.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from datetime import date
from typing import TYPE_CHECKING, NoReturn

from PySide6.QtCore import QObject, QTimer, Signal, Slot
from PySide6.QtGui import QUndoStack
from PySide6.QtWidgets import QWidget

from contact_manager.domain.contacts import ContactSheet
from contact_manager.domain.damage import Damage, DamagedRows, collect
from contact_manager.domain.errors import Conflict, ContactError
from contact_manager.ui.kit.undo import UndoStack

if TYPE_CHECKING:
    from contact_manager.services import Services
    from contact_manager.services.account_info import AccountInfo
    from contact_manager.services.first_look import FirstLook
    from contact_manager.ui.kit.picker_users_model import UserListModel
    from contact_manager.ui.kit.shared_users import SharedUsers

Failure = Callable[[ContactError], object]
LET_GO_MS = 1  # a timer, not a posted call: the frame and the heartbeat's due ticks go first


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
        self,
        services: Services | None,
        parent: QObject | None = None,
        undo_stack: QUndoStack | None = None,
        *,
        load: Callable[[], object] | None = None,
    ) -> None:
        """``services`` None: attached later (``attach``); ``load`` brings them at once when
        something needs them sooner (the window's loader)."""
        super().__init__(parent)
        self._services: Services | None = None
        self._load = load
        self._users: SharedUsers | None = None
        self._first_look: FirstLook | None = None
        self.account_id: int | None = None
        self.sheet: ContactSheet | None = None
        self._picker_users: UserListModel | None = None
        # every undoable change of this window (the window's own, when it has one already)
        self.undo_stack = undo_stack if undo_stack is not None else UndoStack(self)
        self._damage_told: set[Damage] = set()
        self._shown_users: object = None  # the UserRows the views show (see _users_read)
        self._letting_go: list[object] = []
        if services is not None:
            self.attach(services)

    @property
    def services(self) -> Services:
        if self._services is None and self._load is not None:
            self._load()
        if self._services is None:
            raise RuntimeError("the database is not open yet")
        return self._services

    @property
    def attached(self) -> bool:
        """The services are here (not only the first look's sheet)."""
        return self._services is not None

    def attach(self, services: Services) -> None:
        from contact_manager.ui.kit.shared_users import SharedUsers

        self._services = services
        # the account's users, read once for the user boxes and the Users tab (users.changed)
        self._users = SharedUsers(services, self)
        self._users.status.connect(self.status)
        self._users.changed.connect(self._users_read)
        self.usersChanged.connect(lambda: self.users.reload(self.account_id))
        if self._picker_users is not None:  # the boxes show the first look's users: read them
            self._users.wanted = True  # with the account (``switch_account``), not before

    @property
    def users(self) -> SharedUsers:
        if self._users is None:
            self.services  # noqa: B018 (loads them, and the users with them)
        assert self._users is not None  # attach made them
        return self._users

    def show_first_look(self, look: FirstLook) -> None:
        """Show the account of the window's first look, before the services are attached."""
        self._first_look = look
        self.account_id = look.sheet.account_id
        self.sheet = look.sheet
        self.report_damage(self.sheet.damage)
        self.sheetChanged.emit(self.sheet)

    def account_info(self, account_id: int) -> AccountInfo:
        """The account's company details (the first look's, until the services are here)."""
        look = self._first_look
        info = look.info if look is not None and look.sheet.account_id == account_id else None
        if self._services is None and info is not None:  # (read for "Company information")
            return info
        return self.services.accounts.get(account_id)

    def security_since(self, account_id: int) -> date | None:
        """The day the security contact was last set (the health check of an outside address)."""
        look = self._first_look
        if self._services is None and look is not None and look.sheet.account_id == account_id:
            return look.security_since
        return self.services.notices.security_since(account_id)

    # --- the users of the current account, one shared Qt model -------------------------

    @property
    def picker_users(self) -> UserListModel:
        """The ONE item model over the current account's users that every picker shares."""
        if self._picker_users is None:
            from contact_manager.ui.kit.picker_users_model import UserListModel

            self._picker_users = UserListModel(parent=self)
            look = self._first_look
            if self._services is None and look is not None and look.users is not None:
                # the first look's users until the services read them (``attach``)
                self._picker_users.set_users(look.users)
                self.report_damage(*look.users.damage.values())
            else:
                self._users_read()
                self.users.want()
        return self._picker_users

    @Slot()
    def _users_read(self) -> None:
        # the rows shown until now are let go in a turn of their own: freeing a large account's
        # rows (100,000 users: about 10 ms) would lengthen the switch's or the reload's stretch
        self._letting_go.append(self._shown_users)
        self._shown_users = self.users.rows
        QTimer.singleShot(LET_GO_MS, self, self._letting_go.clear)
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

    def keep_first_look(self) -> bool:
        """Take the services' read of the first look's account without showing it again when
        it is what the look shows (the person may be typing in a box already): True if so.
        False when it changed meanwhile: ``switch_account`` then shows the new read."""
        look = self._first_look
        if look is None:
            return False
        account_id = look.sheet.account_id
        sheet = self.services.contacts.sheet(account_id)
        if sheet != look.sheet:
            return False
        shown = look.users if self._picker_users is not None else None
        if shown is not None and tuple(self.services.user_rows.read(account_id).rows) != tuple(shown.rows):
            return False
        self.users.follow(account_id, shown)
        if shown is not None:
            self._shown_users = shown
        self._first_look = None
        self.sheet = sheet
        return True

    def switch_account(self, account_id: int) -> None:
        self._first_look = None
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
        from contact_manager.ui.kit import dialogs

        dialogs.refused(parent, error)
