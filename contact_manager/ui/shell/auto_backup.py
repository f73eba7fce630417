"""The daily backup of the window's database: once the window is complete, then every hour.

``start(window)`` is the start-up's last step (the window is on screen and filled in by
then): it makes today's backup if none was made yet (``services.backup_files``), and checks
again every hour, for a window left open over midnight. A backup that fails is said in the
status bar and logged; it never stops the window.

The backup is made in a worker thread on a connection of its own: a file's copied
(``services.backups_daily``: with a million changes the copy takes about a second), a
server's exported an account at a time with plain SQL (``services.server_backups``: an
account of 100,000 users takes a second or two), and the window stays usable meanwhile.
Closing the window stops a backup under way (its partial file or folder is removed; the next
start makes the day's backup).
"""

from __future__ import annotations

import contextlib
import logging
import sqlite3
import threading
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QEvent, QObject, QTimer, Signal, Slot
from PySide6.QtWidgets import QMainWindow

from contact_manager.domain.errors import ContactError

if TYPE_CHECKING:
    from contact_manager.services.backups import BackupService

CHECK_EVERY_MS = 60 * 60 * 1000
log = logging.getLogger("contact_manager.backups")


class _Answer(QObject):
    done = Signal(object)  # the Path made, None, or the exception


class DailyBackup(QObject):
    made = Signal(object)  # the Path of a new daily backup
    finished = Signal()  # a check is over (made, not due, failed or stopped)

    def __init__(self, window: QMainWindow) -> None:
        super().__init__(window)
        self.setObjectName("dailyBackup")
        self.window = window
        self.timer = QTimer(self)
        self.timer.setObjectName("dailyBackupTimer")
        self.timer.setInterval(CHECK_EVERY_MS)
        self.timer.timeout.connect(self.run)
        self.worker: threading.Thread | None = None
        self._stop = threading.Event()
        self._answer = _Answer(self)
        self._answer.done.connect(self._done)
        window.installEventFilter(self)
        app = QCoreApplication.instance()
        if app is not None:
            app.aboutToQuit.connect(self.stop)

    @property
    def busy(self) -> bool:
        return self.worker is not None

    @Slot()
    def run(self) -> None:
        """Make today's backup in a worker thread if it is due (``made`` or the status bar
        tells when it is over)."""
        services = getattr(self.window, "services", None)
        if services is None or self.busy:
            return
        if not services.backups.daily_runs_apart:  # a file that can only be read: nothing to do
            self.finished.emit()
            return
        self._stop.clear()
        self.worker = threading.Thread(
            target=self._copy, args=(services.backups, self._stop), name="daily backup", daemon=False
        )
        self.worker.start()

    def _copy(self, backups: BackupService, stop: threading.Event) -> None:
        """The worker thread: the copy or the exports on a connection of its own; the answer
        goes back queued."""
        from contact_manager.services.backups_daily import Cancelled

        try:
            result: object = backups.daily_apart(stop.is_set)
        except Cancelled:
            result = None
        except Exception as error:  # handed to the window's thread, which says it
            result = error
        with contextlib.suppress(RuntimeError):  # the window is gone: nobody is left to tell
            self._answer.done.emit(result)

    @Slot(object)
    def _done(self, result: object) -> None:
        if self.worker is not None:
            self.worker.join()
            self.worker = None
        if isinstance(result, BaseException):
            self._failed(result)
        elif isinstance(result, Path) and not self._stop.is_set():
            log.info("daily backup made: %s", result)
            self.made.emit(result)
        self.finished.emit()

    def _failed(self, error: BaseException) -> None:
        if not isinstance(error, (ContactError, OSError, sqlite3.Error)):
            raise error  # a bug: the crash handler's, as it was on this thread
        if isinstance(error, sqlite3.Error):  # not a storage problem: said as it is
            reason = str(error)
        elif isinstance(error, OSError):
            reason = error.strerror or str(error)
        else:
            reason = error.message
        log.warning("the daily backup could not be made: %s", reason)
        text = self.tr("Today's automatic backup could not be made: {reason}").format(reason=reason)
        self.window.statusBar().showMessage(text, 15000)

    @Slot()
    def stop(self) -> None:
        """Stop a backup under way and wait for its worker (one step of the copy, or a
        thousand of an account's users, at most)."""
        self._stop.set()
        self.timer.stop()
        worker, self.worker = self.worker, None
        if worker is not None:
            worker.join()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.window and event.type() == QEvent.Type.Close:
            QTimer.singleShot(0, self._closed)  # after the window decided whether it closes
        return False

    @Slot()
    def _closed(self) -> None:
        if not self.window.isVisible():
            self.stop()


def start(window: QMainWindow) -> DailyBackup:
    """Make today's backup now if due (a file's apart), and check again every hour."""
    backup = DailyBackup(window)
    backup.run()
    backup.timer.start()
    return backup
