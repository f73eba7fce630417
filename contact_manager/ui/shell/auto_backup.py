"""The daily backup of the window's database: once the window is complete, then every hour.

``start(window)`` is the start-up's last step (the window is on screen and filled in by
then): it makes today's backup if none was made yet (``services.backup_files``), and checks
again every hour, for a window left open over midnight. A backup that fails is said in the
status bar and logged; it never stops the window.
"""

from __future__ import annotations

import logging
import sqlite3
from pathlib import Path

from PySide6.QtCore import QObject, QTimer, Signal, Slot
from PySide6.QtWidgets import QMainWindow

from contact_manager.domain.errors import ContactError

CHECK_EVERY_MS = 60 * 60 * 1000
log = logging.getLogger("contact_manager.backups")


class DailyBackup(QObject):
    made = Signal(object)  # the Path of a new daily backup

    def __init__(self, window: QMainWindow) -> None:
        super().__init__(window)
        self.setObjectName("dailyBackup")
        self.window = window
        self.timer = QTimer(self)
        self.timer.setObjectName("dailyBackupTimer")
        self.timer.setInterval(CHECK_EVERY_MS)
        self.timer.timeout.connect(self.run)

    @Slot()
    def run(self) -> Path | None:
        """Make today's backup if it is due; the new file, or None."""
        services = getattr(self.window, "services", None)
        if services is None:
            return None
        try:
            made = services.backups.daily()
        except (ContactError, OSError, sqlite3.Error) as error:
            if isinstance(error, sqlite3.Error):  # not a storage problem: said as it is
                reason = str(error)
            elif isinstance(error, OSError):
                reason = error.strerror or str(error)
            else:
                reason = error.message
            log.warning("the daily backup could not be made: %s", reason)
            text = self.tr("Today's automatic backup could not be made: {reason}").format(reason=reason)
            self.window.statusBar().showMessage(text, 15000)
            return None
        if made is not None:
            log.info("daily backup made: %s", made)
            self.made.emit(made)
        return made


def start(window: QMainWindow) -> DailyBackup:
    """Make today's backup now if due, and check again every hour."""
    backup = DailyBackup(window)
    backup.run()
    backup.timer.start()
    return backup
