"""What happens when something goes wrong that no one expected.

The installed app has no console: an uncaught exception would otherwise vanish with the
window. ``install_excepthook()`` (called once by start-up) writes every unexpected error with
its traceback to a rotating log file in the user's data folder and, when the GUI is running,
tells the user in plain words what happened, that their saved data is safe, and where the
log file is. ``setup_logging()`` alone gives the same log file to a front end without a GUI.

A crash that no Python code can catch (a segmentation fault in Qt or its bindings) is caught
by ``faulthandler``, which writes the Python traceback of every thread into the same log
file. ``begin_session()`` also leaves a marker file while the window runs and
``end_session()`` removes it on a clean exit, so the next start knows the app closed
unexpectedly (a crash, a kill, a power cut) and can say so, and where the log is.

Nothing is created at import time: the log folder appears (owner-only) when logging is set up.
"""

from __future__ import annotations

import atexit
import faulthandler
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
FATAL_ERROR_LINE = "Fatal Python error"  # how faulthandler starts a dump
SESSION_SUFFIX = ".running"  # marker files: "session-<pid>.running" in the log folder

log = logging.getLogger("contact_manager.crash")

_handler: RotatingFileHandler | None = None
_fatal_file = None  # the log file, kept open for faulthandler (it writes to the descriptor)


class PrivateLogHandler(RotatingFileHandler):
    """A rotating log whose every file is created owner-only (0600), whatever the umask:
    a traceback may quote an address or a name."""

    def _open(self):
        flags = os.O_WRONLY | os.O_CREAT | os.O_APPEND | getattr(os, "O_BINARY", 0)  # Python ends lines
        descriptor = files.open_private(self.baseFilename, flags)
        return os.fdopen(descriptor, "a", encoding=self.encoding, errors=self.errors)


class _LogHandler(PrivateLogHandler):
    """The rotating log; after a rollover, fatal errors follow the new file too."""

    def doRollover(self) -> None:  # noqa: N802 - logging's name
        super().doRollover()
        if _fatal_file is not None:
            enable_fatal_handler()


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
    handler = _LogHandler(target, maxBytes=LOG_MAX_BYTES, backupCount=LOG_BACKUPS, encoding="utf-8")
    handler.setFormatter(logging.Formatter(LOG_FORMAT))
    root = logging.getLogger()
    root.addHandler(handler)
    root.setLevel(min(root.level, level) if root.level != logging.NOTSET else level)
    _handler = handler
    return target


def shutdown_logging() -> None:
    """Detach and close the log file handler set up here (and the fatal error handler), if any."""
    global _handler
    disable_fatal_handler()
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
    enable_fatal_handler()
    log.info("Contact Manager started; unexpected errors are logged here")
    return path


# --- fatal errors: crashes no exception handler sees ------------------------------------


def enable_fatal_handler() -> Path:
    """Let ``faulthandler`` write a crash's traceback (every thread) into the log file.

    A segmentation fault, an abort or a fatal signal ends the process without an
    exception; faulthandler writes to a file descriptor from its signal handler, so the
    log file is opened here once and kept open for as long as the handler is enabled.
    """
    global _fatal_file
    target = log_file()
    paths.ensure_private_dir(target.parent)
    opened = open(target, "a", encoding="utf-8")  # noqa: SIM115 - kept open on purpose
    faulthandler.enable(file=opened, all_threads=True)
    if _fatal_file is not None:
        _fatal_file.close()
    _fatal_file = opened
    return target


def disable_fatal_handler() -> None:
    """Stop writing crashes to the log (faulthandler back to stderr, if there is one)."""
    global _fatal_file
    if _fatal_file is None:
        return
    faulthandler.disable()
    _fatal_file.close()
    _fatal_file = None
    stderr = sys.__stderr__  # a windowed build has none
    if stderr is not None and _has_descriptor(stderr):
        faulthandler.enable(file=stderr, all_threads=True)


def _has_descriptor(stream) -> bool:
    try:
        stream.fileno()
    except (OSError, ValueError, AttributeError):
        return False
    return True


def _marker(pid: int) -> Path:
    return paths.log_dir() / f"session-{pid}{SESSION_SUFFIX}"


def begin_session() -> Path | None:
    """Mark this run as running; return the log file if an earlier run ended unexpectedly.

    An earlier run left its marker when it did not reach ``end_session`` (a crash, a kill).
    Markers of runs still going (another window of the app) are left alone. The marker goes
    at a clean exit (``end_session``, also registered with ``atexit``), never on a crash.
    """
    folder = paths.ensure_private_dir(paths.log_dir())
    crashed = False
    for marker in folder.glob(f"session-*{SESSION_SUFFIX}"):
        pid = marker.name[len("session-") : -len(SESSION_SUFFIX)]
        if pid.isdigit() and (int(pid) == os.getpid() or _running(int(pid))):
            continue  # this process's own (an earlier main() in a test), or another run
        crashed = True
        marker.unlink(missing_ok=True)
    _marker(os.getpid()).write_text(f"{os.getpid()}\n", encoding="utf-8")
    atexit.register(end_session)
    if crashed:
        log.warning("The last run of Contact Manager ended unexpectedly (see the lines above)")
        return log_file()
    return None


def end_session() -> None:
    """A clean exit: remove this run's marker."""
    _marker(os.getpid()).unlink(missing_ok=True)


def _running(pid: int) -> bool:
    """Whether process ``pid`` exists (signal 0 on POSIX; on Windows, ask for its exit code)."""
    if sys.platform == "win32":
        import ctypes

        kernel = ctypes.windll.kernel32
        handle = kernel.OpenProcess(0x1000, False, pid)  # PROCESS_QUERY_LIMITED_INFORMATION
        if not handle:
            return False
        code = ctypes.c_ulong()
        try:
            return bool(kernel.GetExitCodeProcess(handle, ctypes.byref(code))) and code.value == 259
        finally:
            kernel.CloseHandle(handle)
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        return True  # someone else's process
    return True


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
    # the exception carries its own type and traceback (the ones the hook is given beside it)
    log.critical("Unexpected error in thread %s", thread, exc_info=args.exc_value)


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
    """The message box for an unexpected error (not shown), from the dialogs seam."""
    from contact_manager.ui.kit import dialogs

    return dialogs.crashed(title, message, details)


def show_dialog(title: str, message: str, details: str) -> None:
    """The seam tests replace: show the error and wait until the user closes it."""
    build_dialog(title, message, details).exec()
