"""Reading a page of history in a worker thread, so a slow filter never freezes the window.

A person's text is looked for in every change (LIKE '%text%' uses no index), which over a
million changes takes a second or more: the read runs on a QThreadPool thread with its own
sqlite3 connection (opened and closed there; the peewee connection stays with the thread
that opened it), and the answer comes back as a queued signal. Each read carries a number;
an answer to a read that a newer one replaced is dropped, so typing "ross" shows the rows of
"ross", never those of "ro" arriving late.
"""

from __future__ import annotations

import contextlib
import sys
from collections.abc import Callable

from PySide6.QtCore import QObject, QRunnable, QThreadPool, Signal, Slot


class _Answer(QObject):
    done = Signal(int, object)  # the read's number, its list of Change or the exception


class _Read(QRunnable):
    def __init__(self, answer: _Answer, number: int, read: Callable[[], object]) -> None:
        super().__init__()
        self.answer, self.number, self.read = answer, number, read

    def run(self) -> None:
        try:
            result: object = self.read()
        except Exception as error:  # handed back to the window's thread
            result = error
        with contextlib.suppress(RuntimeError):  # the window closed first: nobody is left to tell
            self.answer.done.emit(self.number, result)


class PageReader(QObject):
    """Runs one read at a time that counts (the newest); ``finished`` gets its changes."""

    finished = Signal(object)  # list[Change]
    failed = Signal(object)  # the exception

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._answer = _Answer(self)
        self._answer.done.connect(self._done)
        self._number = 0
        self.busy = False
        # while a worker runs Python, the window's thread waits for the interpreter up to the
        # switch interval (5 ms by default) at every event: 1 ms keeps a worker's run unfelt
        sys.setswitchinterval(min(sys.getswitchinterval(), 0.001))

    def start(self, read: Callable[[], object]) -> None:
        """Run ``read()`` (which opens a connection of its own) in a worker thread; its answer
        (a list of Change for the history, anything for other readers) goes to ``finished``."""
        self._number += 1
        self.busy = True
        QThreadPool.globalInstance().start(_Read(self._answer, self._number, read))

    def cancel(self) -> None:
        """Drop the answer of the read under way (a synchronous read replaced it)."""
        self._number += 1
        self.busy = False

    @Slot(int, object)
    def _done(self, number: int, result: object) -> None:
        if number != self._number:
            return  # a newer read replaced this one
        self.busy = False
        if isinstance(result, Exception):
            self.failed.emit(result)
        else:
            self.finished.emit(result)
