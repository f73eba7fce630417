"""What happens when something goes wrong that no one expected.

The installed app has no console: an uncaught exception would otherwise vanish with the
window. ``install_excepthook()`` (called once by start-up) writes every unexpected error with
its traceback to a rotating log file in the user's data folder and, when the GUI is running,
tells the user in plain words what happened, that their saved data is safe, and where the
log file is. ``setup_logging()`` alone gives the same log file to a front end without a GUI.

Nothing is created at import time: the log folder appears (owner-only) when logging is set up.
"""

from __future__ import annotations

import logging
import os
import sys
import threading
import traceback
from logging.handlers import RotatingFileHandler
from pathlib import Path
from types import TracebackType

from contact_manager import files, paths

LOG_FILE_NAME = "contact-manager.log"
LOG_MAX_BYTES = 1_000_000
LOG_BACKUPS = 3
LOG_FORMAT = "%(asctime)s %(levelname)s %(name)s: %(message)s"

log = logging.getLogger("contact_manager.crash")

_handler: RotatingFileHandler | None = None


class PrivateLogHandler(RotatingFileHandler):
    """A rotating log whose every file is created owner-only (0600), whatever the umask:
    a traceback may quote an address or a name."""

    def _open(self):
        flags = os.O_WRONLY | os.O_CREAT | os.O_APPEND | getattr(os, "O_BINARY", 0)  # Python ends lines
        descriptor = files.open_private(self.baseFilename, flags)
        return os.fdopen(descriptor, "a", encoding=self.encoding, errors=self.errors)


def log_file() -> Path:
    """Where the log is written (the folder may not exist yet)."""
    return paths.log_dir() / LOG_FILE_NAME


def setup_logging(level: int = logging.INFO) -> Path:
    """Send the root logger to a rotating file in the log folder; return the file's path.

    The folder is created readable by the owner only. Calling again with the same folder
    keeps the one handler; with another folder (a test, a changed CONTACT_MANAGER_HOME) the
    handler moves there.
    """
    global _handler
    target = log_file()
    if _handler is not None and _handler.baseFilename == os.path.abspath(target):
        return target
    shutdown_logging()
    paths.ensure_private_dir(paths.data_dir())  # private if logging is first to create it
    paths.ensure_private_dir(target.parent)
    handler = PrivateLogHandler(target, maxBytes=LOG_MAX_BYTES, backupCount=LOG_BACKUPS, encoding="utf-8")
    handler.setFormatter(logging.Formatter(LOG_FORMAT))
    root = logging.getLogger()
    root.addHandler(handler)
    root.setLevel(min(root.level, level) if root.level != logging.NOTSET else level)
    _handler = handler
    return target


def shutdown_logging() -> None:
    """Detach and close the log file handler set up here, if any."""
    global _handler
    if _handler is None:
        return
    logging.getLogger().removeHandler(_handler)
    _handler.close()
    _handler = None


def install_excepthook() -> Path:
    """Set up the log file and route every uncaught exception through ``handle_exception``.

    Returns the log file's path. Exceptions in other threads are logged too (no dialog: a
    message box may only be shown from the GUI thread).
    """
    path = setup_logging()
    sys.excepthook = handle_exception
    threading.excepthook = _handle_thread_exception
    log.info("Contact Manager started; unexpected errors are logged here")
    return path


def handle_exception(exc_type: type[BaseException], exc: BaseException, tb: TracebackType | None) -> None:
    """Log the error with its traceback and, if the GUI is up, tell the user."""
    if issubclass(exc_type, KeyboardInterrupt):
        sys.__excepthook__(exc_type, exc, tb)
        return
    log.critical("Unexpected error", exc_info=(exc_type, exc, tb))
    if sys.stderr is not None:  # a windowed build has no stderr
        traceback.print_exception(exc_type, exc, tb, file=sys.stderr)
    if not _gui_running():
        return
    details = "".join(traceback.format_exception(exc_type, exc, tb))
    try:
        show_dialog(crash_title(), crash_message(log_file()), details)
    except Exception:  # the error dialog itself must never bring the app down
        log.exception("Could not show the error dialog")


def _handle_thread_exception(args: threading.ExceptHookArgs) -> None:
    if args.exc_type is SystemExit:
        return
    thread = args.thread.name if args.thread is not None else "?"
    log.critical(
        "Unexpected error in thread %s", thread, exc_info=(args.exc_type, args.exc_value, args.exc_traceback)
    )


def _gui_running() -> bool:
    if "PySide6.QtWidgets" not in sys.modules:
        return False
    from PySide6.QtWidgets import QApplication

    return isinstance(QApplication.instance(), QApplication)


def crash_title() -> str:
    from PySide6.QtCore import QCoreApplication

    return QCoreApplication.translate("Crash", "Contact Manager: something went wrong")


def crash_message(path: Path) -> str:
    """The plain-words explanation shown to the user; ``path`` is the log file."""
    from PySide6.QtCore import QCoreApplication

    text = QCoreApplication.translate(
        "Crash",
        "Something went wrong that Contact Manager did not expect, and what you were doing "
        "may not have been finished.\n\n"
        "Everything you had already saved is safe. Please check that your last change is "
        "there, and try again.\n\n"
        "The details were written to this log file, which you can send to whoever looks "
        "after the app:\n%1",
    )
    return text.replace("%1", str(path))


def build_dialog(title: str, message: str, details: str):
    """The message box for an unexpected error (not shown)."""
    from PySide6.QtCore import QCoreApplication, Qt
    from PySide6.QtWidgets import QMessageBox

    box = QMessageBox()
    box.setObjectName("crashDialog")
    box.setIcon(QMessageBox.Icon.Critical)
    box.setWindowTitle(title)
    box.setText(message)
    box.setDetailedText(details)
    box.setStandardButtons(QMessageBox.StandardButton.Ok)
    box.setAccessibleName(QCoreApplication.translate("Crash", "Unexpected error"))
    box.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)  # the path can be copied
    return box


def show_dialog(title: str, message: str, details: str) -> None:
    """The seam tests replace: show the error and wait until the user closes it."""
    build_dialog(title, message, details).exec()
