"""Show first, then fill in: the rest of a window's start-up, one step per event-loop turn.

The main window paints its frame (menus, tab titles, an "Opening..." line) before the
database layer and the tabs are even imported. A ``StagedLoader`` then runs the remaining
steps from the event loop, beginning once the window has painted, so the window is on
screen at once and the person sees it fill in rather than waiting for nothing.

``finish()`` runs whatever is left at once, for callers that need the complete window now
(``build_main_window``, tests, a menu command that needs a tab not built yet). A step that
raises ends the sequence: ``failed`` carries the error, and ``finish()`` raises it again.

A step given as ``Apart(work)`` runs ``work`` in a worker thread (a server's driver and the
keyring take a third of a second to import, far too long for one turn of the event loop): the
loader goes on to the next step once it is over, and the window answers meanwhile.
"""

from __future__ import annotations

import threading
from collections.abc import Callable, Iterable

from PySide6.QtCore import QEvent, QObject, QTimer, Signal, Slot

FIRST_PAINT_TIMEOUT_MS = 200  # a window that never paints (minimised, hidden) still loads
APART_LOOK_MS = 5  # how often the loader looks whether a step run apart is over


class Apart:
    """A step whose ``work`` runs in a worker thread; calling it waits for it to be over and
    raises what it raised. ``work`` touches nothing of Qt's, nor the window's database."""

    def __init__(self, work: Callable[[], object]) -> None:
        self._work = work
        self._thread: threading.Thread | None = None
        self._error: BaseException | None = None

    def start(self) -> None:
        if self._thread is None:
            self._thread = threading.Thread(target=self._run, name="start-up step", daemon=True)
            self._thread.start()

    @property
    def over(self) -> bool:
        return self._thread is not None and not self._thread.is_alive()

    def _run(self) -> None:
        try:
            self._work()
        except BaseException as error:  # raised again on the window's thread, by __call__
            self._error = error

    def __call__(self) -> None:
        self.start()
        assert self._thread is not None  # just started
        self._thread.join()
        if self._error is not None:
            raise self._error


class StagedLoader(QObject):
    begun = Signal()  # the window has painted its first frame; the steps begin
    stepDone = Signal(str)  # the name of the step just run
    finished = Signal()
    failed = Signal(object)  # the exception that stopped the sequence

    def __init__(self, steps: Iterable[tuple[str, Callable[[], object]]], parent: QObject | None = None):
        super().__init__(parent)
        self._steps = list(steps)
        self._watched: QObject | None = None
        self._running = False
        self._begun = False
        self.error: BaseException | None = None
        self._fallback = QTimer(self)
        self._fallback.setSingleShot(True)
        self._fallback.timeout.connect(self._begin)
        # The next step's turn: a timer of its own with no delay. Due at once, it still waits
        # its turn behind the timers and input that are due (a zero-delay singleShot is a
        # posted call, which Qt runs before them: two steps would run as one stretch), and
        # no step waits for a clock tick that nothing else needs (1 ms each, 20 ms a start).
        self._turn = QTimer(self)
        self._turn.setSingleShot(True)
        self._turn.setInterval(0)
        self._turn.timeout.connect(self._next)

    @property
    def done(self) -> bool:
        return not self._steps and not self._running

    def remaining(self) -> list[str]:
        return [name for name, _step in self._steps]

    def start_after_paint(self, widget: QObject) -> None:
        """Run the steps from the event loop, the first one after ``widget`` has painted."""
        self._watched = widget
        widget.installEventFilter(self)
        self._fallback.start(FIRST_PAINT_TIMEOUT_MS)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self._watched and event.type() == QEvent.Type.Paint:
            self._begin()
        return False

    @Slot()
    def _begin(self) -> None:
        if self._watched is not None:
            self._watched.removeEventFilter(self)
            self._watched = None
        self._fallback.stop()
        QTimer.singleShot(0, self, self._next)  # cancelled if the loader goes first

    @Slot()
    def _next(self) -> None:
        if not self._begun:
            self._begun = True
            self.begun.emit()
        if self._running or self.error is not None or not self._steps:
            return
        step = self._steps[0][1]
        if isinstance(step, Apart) and not step.over:  # look again soon; the window answers
            step.start()
            QTimer.singleShot(APART_LOOK_MS, self, self._next)
            return
        self._run_one()
        if self._steps and self.error is None:
            self._turn.start()  # stopped if the loader goes first

    def finish(self) -> None:
        """Run every step that is left now; raise the error of a step that failed."""
        self._fallback.stop()
        while self._steps and self.error is None and not self._running:
            self._run_one()
        if self.error is not None:
            raise self.error

    def _run_one(self) -> None:
        name, step = self._steps.pop(0)
        self._running = True
        try:
            step()
        except BaseException as error:
            self.error = error
            self._steps.clear()
            self._running = False
            self.failed.emit(error)
            return
        self._running = False
        self.stepDone.emit(name)
        if not self._steps:
            self.finished.emit()
