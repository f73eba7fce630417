"""A heartbeat for the benchmarks: the longest the event loop went without running a timer.

Imported by the code each benchmark runs in a fresh interpreter (never by the app). A 5 ms
repeating timer notes the time of every tick; ``scenario`` starts a step from the event loop,
spins the loop until ``done()`` holds, and returns how long the step took to answer and the
longest gap between two ticks while it ran (a gap of more than 50 ms is a frozen window).
"""

from __future__ import annotations

import time
from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, QEventLoop, QObject, QTimer

TICK_MS = 5


class Heartbeat:
    def __init__(self) -> None:
        self.timer = QTimer()
        self.timer.setInterval(TICK_MS)
        self.timer.timeout.connect(self._tick)
        self.last = time.perf_counter()
        self.longest = 0.0

    def _tick(self) -> None:
        now = time.perf_counter()
        self.longest = max(self.longest, now - self.last)
        self.last = now

    def scenario(
        self, start: Callable[[], None], done: Callable[[], bool], timeout: float = 60.0
    ) -> tuple[float, float]:
        """(seconds until ``done()``, longest gap between ticks in seconds) for one step."""
        settle = time.perf_counter() + 0.05
        self.timer.start()
        while time.perf_counter() < settle:  # a few ticks first: the gap is the step's own
            _turn()
        self.longest, self.last = 0.0, time.perf_counter()
        began: list[float] = []

        def go() -> None:
            began.append(time.perf_counter())
            start()

        QTimer.singleShot(0, go)
        return self._until(began, done, timeout)

    def from_the_first_frame(
        self, loader: QObject, done: Callable[[], bool], timeout: float = 60.0
    ) -> tuple[float, float]:
        """(seconds from the window's first frame until ``done()``, longest gap between ticks
        meanwhile) for a window just opened, before its first event-loop turn: the gaps are
        counted from the frame on (``loader.begun``), every step of the start among them."""
        began: list[float] = []

        def begin() -> None:
            began.append(time.perf_counter())
            self.longest, self.last = 0.0, began[0]

        loader.begun.connect(begin)
        self.timer.start()
        return self._until(began, done, timeout)

    def _until(self, began: list[float], done: Callable[[], bool], timeout: float) -> tuple[float, float]:
        """Turn the event loop until the step has begun and ``done()``; (seconds from its
        beginning, the longest gap), once the frame that shows the answer is painted."""
        limit = time.perf_counter() + timeout
        while not (began and done()) and time.perf_counter() < limit:
            _turn()
        answered = time.perf_counter() - began[0]
        app = QCoreApplication.instance()
        for _ in range(3):  # the frame that shows the answer
            app.processEvents()
        self._tick()
        self.timer.stop()
        return answered, self.longest


def _turn() -> None:
    QCoreApplication.instance().processEvents(QEventLoop.ProcessEventsFlag.WaitForMoreEvents, 10)
