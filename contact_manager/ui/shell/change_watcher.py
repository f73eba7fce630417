"""Changes made elsewhere: the window reloads when another client commits.

On a SQLite file the watcher looks at the file's data version every ``POLL_MS`` (the
``timer``, objectName ``refreshTimer``). On an office database it polls nothing: the server
notifies every change (LISTEN/NOTIFY), and a QSocketNotifier on the listening connection's
socket reads each notice as it arrives, without blocking the event loop. A notice for the
open account, heard while the user is editing or a dialog is open, waits for the window to
be idle again (the timer looks at that, not at the server).

When the listening connection drops (the server restarts, the network goes), the status
bar says so and the watcher reconnects, waiting a little longer after each failure; once
back it reloads the account, since what was committed meanwhile was not heard.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QObject, QSocketNotifier, QTimer, Slot

from contact_manager.domain.errors import ContactError, NotFound

if TYPE_CHECKING:  # the feed is imported when a database is attached: it needs the store
    from contact_manager.services import Services
    from contact_manager.services.changes import ChangeFeed
    from contact_manager.ui.shell.main_window import MainWindow

POLL_MS = 1500
RECONNECT_MS = (1000, 2000, 4000, 8000, 15000)  # waits between tries, the last one repeated
_EVERY = -1  # the pending set's marker: reload whatever account is open


class ChangeWatcher(QObject):
    """Reloads ``window`` with what other clients committed."""

    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self.setObjectName("changeWatcher")
        self.window = window
        self.feed: ChangeFeed | None = None
        self.timer = QTimer(self)
        self.timer.setObjectName("refreshTimer")
        self.timer.setInterval(POLL_MS)
        self.timer.timeout.connect(self._tick)
        self.notifier: QSocketNotifier | None = None
        self.reconnect_timer = QTimer(self)
        self.reconnect_timer.setObjectName("reconnectTimer")
        self.reconnect_timer.setSingleShot(True)
        self.reconnect_timer.timeout.connect(self.reconnect)
        self.failures = 0
        self.connected = False
        self._version = 0
        self._pending: set[int] = set()

    # --- wiring ---------------------------------------------------------------------------

    def attach(self, services: Services) -> None:
        """Watch the database ``services`` opened."""
        from contact_manager.services.changes import ChangeFeed

        self.feed = ChangeFeed(services)
        if self.feed.polls:
            self._version = self.feed.version()
        else:
            self._listen(quiet=True)

    def remember(self) -> None:
        """What is on screen now is the database as it is (an account was just loaded)."""
        if self.feed is not None and self.feed.polls:
            self._version = self.feed.version()

    def stop(self) -> None:
        self.timer.stop()
        self.reconnect_timer.stop()
        self._drop_notifier()
        if self.feed is not None:
            self.feed.close()

    # --- the server's notices -------------------------------------------------------------

    def _listen(self, *, quiet: bool = False) -> bool:
        from contact_manager.services.changes import ChangeFeedLost

        assert self.feed is not None  # attached
        try:
            fileno = self.feed.listen()
        except ChangeFeedLost:
            self._lost()
            return False
        self._drop_notifier()
        self.notifier = QSocketNotifier(fileno, QSocketNotifier.Type.Read, self)
        self.notifier.setObjectName("changeNotifier")
        self.notifier.activated.connect(self._heard)
        self.connected = True
        if self.failures and not quiet:
            self.window.statusBar().showMessage(self.tr("Connected to the office database again."), 5000)
        self.failures = 0
        return True

    def _drop_notifier(self) -> None:
        if self.notifier is not None:
            self.notifier.setEnabled(False)
            self.notifier.deleteLater()
            self.notifier = None

    @Slot()
    def _heard(self) -> None:
        from contact_manager.services.changes import ChangeFeedLost

        assert self.feed is not None  # the notifier exists once attached
        try:
            self._pending |= self.feed.arrived()
        except ChangeFeedLost:
            self._lost()
            return
        self.check()

    def _lost(self) -> None:
        self.connected = False
        self._drop_notifier()
        wait = RECONNECT_MS[min(self.failures, len(RECONNECT_MS) - 1)]
        self.failures += 1
        self.window.statusBar().showMessage(
            self.tr("The connection to the office database was lost. Trying to connect again...")
        )
        self.reconnect_timer.start(wait)

    @Slot()
    def reconnect(self) -> None:
        """Listen again; once back, reload: changes made meanwhile were not heard."""
        if self._listen():
            self._pending.add(_EVERY)
            self.check()

    # --- reloading ------------------------------------------------------------------------

    @Slot()
    def _tick(self) -> None:
        if self.feed is None:
            return
        if self.feed.polls or self._pending:
            self.check()

    def _changed(self) -> bool:
        """Whether the open account may differ from the database (and forget it: it is reloaded)."""
        assert self.feed is not None and self.window.context is not None  # attached
        if self.feed.polls:
            version = self.feed.version()
            if version == self._version:
                return False
            self._version = version
            return True
        account_id = self.window.context.account_id
        relevant = bool(self._pending) and (
            account_id is None or account_id in self._pending or _EVERY in self._pending
        )
        self._pending.clear()
        return relevant

    def check(self) -> bool:
        """Reload when another client committed to the database; True if it did."""
        window = self.window
        if self.feed is None or not window.is_idle():
            return False
        assert window.services is not None and window.context is not None  # is_idle: loaded
        context = window.context
        try:
            if not self._changed():
                return False
            if context.account_id is not None:
                context.reload()
                if window.undo_stack.is_own(context.account_id, context.version):
                    return False  # this window's own write, from another connection (the import's)
        except NotFound:
            accounts = window.services.accounts.list()
            if accounts:
                window.switch_account(accounts[0].id)
            else:
                context.account_id, context.sheet = None, None
                window.show_first_run(can_cancel=False)
                if window.admin is not None:  # no account: nothing to export or rename
                    window.admin.actions.update_enabled()
        except ContactError as error:  # locked for longer than the busy timeout: try again later
            if not self.feed.polls:
                self._pending.add(_EVERY)
            window.statusBar().showMessage(error.message, 5000)
            return False
        updated = QCoreApplication.translate("MainWindow", "Updated with changes made elsewhere.")
        window.statusBar().showMessage(updated, 5000)
        return True
