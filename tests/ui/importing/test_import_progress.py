"""The import's progress dialog while its worker ends: nothing deleted under the window's feet.

A modal QProgressDialog runs the event loop inside ``setValue``; the worker's end, queued just
behind its last tick, was handled in the middle of that call, and the dialog the job then
scheduled for deletion could go while ``setValue`` still used it (a crash in Qt, inside
shiboken's call of the slot, at random after an import).
"""

from __future__ import annotations

import gc
import threading
import time

from PySide6.QtCore import QCoreApplication, QEvent, QTimer
from PySide6.QtWidgets import QApplication, QProgressDialog, QWidget

from contact_manager.ui.importing.import_worker import BackgroundJob


def test_the_end_queued_behind_the_last_tick_with_a_handler_that_runs_events(qtbot, services):
    parent = QWidget()
    qtbot.addWidget(parent)
    parent.show()
    gate = threading.Event()

    def job(progress, cancelled):
        progress(1, 10)
        time.sleep(0.4)  # long enough for the dialog to be on screen
        progress(2, 10)
        gate.wait(5)
        progress(10, 10)  # the last tick and the end, queued together behind a busy window
        return "done"

    background = BackgroundJob(services, job, parent, title="Importing", label="Importing", total=10)
    seen, results, poisoned = {}, [], []

    def on_done(result):
        results.append(result)
        # what a handler may do after an import: something that runs the event loop
        QApplication.processEvents()
        QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
        QApplication.processEvents()
        # memory Qt freed is handed out again at once: a dialog still in use reads garbage and crashes
        poisoned.extend(b"\xff" * size for size in range(600, 1000, 4) for _ in range(16))

    def window_busy():
        progress = parent.findChild(QProgressDialog, "importProgress")
        seen["shown"], seen["value"] = progress.isVisible(), progress.value()
        gate.set()
        time.sleep(0.5)

    background.succeeded.connect(on_done)
    QTimer.singleShot(700, window_busy)
    background.start()
    qtbot.waitUntil(lambda: bool(results), timeout=10000)
    for _ in range(3):
        QApplication.processEvents()
        QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
        gc.collect()
    assert results == ["done"]
    assert seen == {"shown": True, "value": 2}  # on screen past 300 ms, showing the ticks
    assert parent.findChild(QProgressDialog) is None  # closed and deleted once the job ended
