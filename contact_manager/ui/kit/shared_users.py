"""The current account's users, read once for every model that shows them.

``SharedUsers`` holds the account's ``UserRows`` (services.user_rows): the user boxes' model
and the Users tab both show these rows, so 100,000 users are read, sorted and folded once
per change, not once per model. A small account is read at once, in the window's thread (a
thread costs more than the read); a large one (``BACKGROUND_FROM`` users or more) in a worker
thread on a sqlite3 connection of its own, and until its answer arrives every view keeps the
rows it shows. ``changed`` fires when new rows are in place. An answer to a read that a newer
one replaced (the admin switched account again) is dropped.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Signal, Slot

from contact_manager.domain.errors import ContactError
from contact_manager.services import Services
from contact_manager.services.user_rows import UserRows, read_apart

if TYPE_CHECKING:
    from contact_manager.ui.kit.read_worker import PageReader

BACKGROUND_FROM = 5000  # from this many users on, the read runs in a worker thread


def forget_sources() -> None:
    """Drop the source lines Python keeps for tracebacks, before a large read adds its rows.

    PySide's import hook reads the source of every module imported after it (to see whether
    it names PySide), and ``linecache`` keeps them all: 10 MiB by the time the window is
    built, held for nothing. A traceback reads the lines it needs again.
    """
    import linecache

    linecache.clearcache()


class SharedUsers(QObject):
    changed = Signal()  # new rows are in place
    status = Signal(str)  # the read failed: the sentence that says why

    def __init__(self, services: Services, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.services = services
        self.rows = UserRows()
        self.wanted = False  # read only once some view shows users
        self.account_id: int | None = None
        # made for the first large read: a start of a small account needs none
        self._worker: PageReader | None = None

    @property
    def busy(self) -> bool:
        """Whether a read is under way in a worker (the views show the rows before it)."""
        return self._worker is not None and self._worker.busy

    def _cancel(self) -> None:
        if self._worker is not None:
            self._worker.cancel()

    def _start(self, read: Callable[[], object]) -> None:
        if self._worker is None:
            from contact_manager.ui.kit.read_worker import PageReader  # one answer at a time, the newest

            self._worker = PageReader(self)
            self._worker.finished.connect(self._arrived)
            self._worker.failed.connect(lambda _error: self._read_here(self.account_id))
        self._worker.start(read)

    def want(self) -> None:
        """Some view shows users: read them now if nothing was read yet."""
        if not self.wanted:
            self.wanted = True
            self.reload(self.account_id)

    def follow(self, account_id: int, shown: UserRows | None = None) -> None:
        """``account_id`` is the current account; ``shown``: its users as the views show them
        already (read again and found the same), else they are read when a view wants them."""
        if shown is None:
            self.reload(account_id)
        else:
            self._cancel()
            self.account_id, self.rows = account_id, shown

    def reload(self, account_id: int | None) -> None:
        """Read the users of ``account_id`` again (nothing is read until some view wants them)."""
        self.account_id = account_id
        if not self.wanted:
            return
        if account_id is None:
            self._cancel()
            self._install(UserRows())
            return
        path = self.services.reader_path  # its own connection in a worker thread (None: this one)
        service = self.services.user_rows
        try:
            large = path is not None and service.has_at_least(account_id, BACKGROUND_FROM)
        except ContactError as error:
            self._failed(error)
            return
        if large and path is not None:  # (large only with a path)
            forget_sources()
            shown = self.rows  # what is unchanged is shared with the rows shown, not held twice
            self._start(lambda: read_apart(path, account_id, shown))
        else:
            self._read_here(account_id)

    def _read_here(self, account_id: int | None) -> None:
        self._cancel()
        if account_id is None:
            self._install(UserRows())
            return
        try:
            rows = self.services.user_rows.read(account_id)
        except ContactError as error:  # the database can't be read (damaged, locked): say so
            self._failed(error)
            return
        self._install(rows)

    def _failed(self, error: ContactError) -> None:
        self._cancel()
        self._install(UserRows())
        self.status.emit(error.message)

    @Slot(object)
    def _arrived(self, rows: UserRows) -> None:
        self._install(rows)

    def _install(self, rows: UserRows) -> None:
        self.rows = rows
        self.changed.emit()
