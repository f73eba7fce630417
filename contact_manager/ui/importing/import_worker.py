"""Checking and importing, run in a worker thread so the window stays responsive.

peewee gives each thread its own SQLite connection, so the worker's one transaction does not
touch the connection the window reads with; the worker closes its connection when done.
"""

from __future__ import annotations

import threading
from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, QObject, Qt, QThread, Signal, Slot
from PySide6.QtWidgets import QProgressBar, QProgressDialog, QWidget

from contact_manager.domain.csv_import import ImportCancelled
from contact_manager.domain.errors import ContactError
from contact_manager.services import Services

Progress = Callable[[int, int], None]
CancelCheck = Callable[[], bool]
Job = Callable[[Progress, CancelCheck], object]


class Worker(QObject):
    """Runs ``job(progress, cancelled)`` (a service call) in a worker thread.

    ``cancel()`` is safe from any thread; the job sees it through ``cancelled()`` and raises
    ImportCancelled, which rolls its transaction back.
    """

    progressed = Signal(int, int)
    succeeded = Signal(object)  # what the job returned
    cancelled = Signal()
    failed = Signal(str)

    def __init__(self, services: Services, job: Job) -> None:
        super().__init__()
        self._services, self._job = services, job
        self._cancel = threading.Event()

    def cancel(self) -> None:
        self._cancel.set()

    @Slot()
    def run(self) -> None:
        try:
            result = self._job(self.progressed.emit, self._cancel.is_set)
        except ImportCancelled:
            self.cancelled.emit()
        except ContactError as error:
            self.failed.emit(error.message)
        except Exception as error:  # reported to the user, nothing was written
            self.failed.emit(str(error))
        else:
            self.succeeded.emit(result)
        finally:
            self._services.close_thread_connection()


class BackgroundJob(QObject):
    """One job in a worker thread, behind a window-modal progress dialog with Cancel.

    Emits ``succeeded(result)``, ``cancelled()`` or ``failed(message)`` once, in the window's
    thread, after the thread has ended and the progress dialog has closed.

    Progress moves the dialog's bar, never ``QProgressDialog.setValue``: on a modal dialog that
    runs the event loop inside the call, so the job's end (or anything else queued) ran in the
    middle of it, and the dialog this class then deletes could be deleted under ``setValue``.
    """

    succeeded = Signal(object)
    cancelled = Signal()
    failed = Signal(str)

    def __init__(
        self, services: Services, job: Job, parent: QWidget, *, title: str, label: str, total: int
    ) -> None:
        super().__init__(parent)
        self.worker = Worker(services, job)
        self._thread = QThread(self)  # not ``thread``: that would hide QObject.thread()
        self.worker.moveToThread(self._thread)
        self._thread.started.connect(self.worker.run)
        # bound methods of an object of the window's thread: Qt queues these calls to it
        self.worker.progressed.connect(self._on_progress)
        self.worker.succeeded.connect(self._on_succeeded)
        self.worker.cancelled.connect(self._on_cancelled)
        self.worker.failed.connect(self._on_failed)

        self.progress = QProgressDialog(parent)
        self.progress.setObjectName("importProgress")
        self.bar = QProgressBar(self.progress)
        self.progress.setBar(self.bar)
        self.progress.setWindowTitle(title)
        self.progress.setLabelText(label)
        self.progress.setCancelButtonText(QCoreApplication.translate("ImportDialog", "Cancel"))
        self.progress.setRange(0, total)
        self.progress.setMinimumWidth(max(380, parent.fontMetrics().averageCharWidth() * 50))
        self.progress.setMinimumDuration(300)
        self.progress.setAutoClose(False)
        self.progress.setAutoReset(False)
        self.progress.setWindowModality(Qt.WindowModality.WindowModal)
        self.progress.canceled.connect(self.cancel)
        self.progress.setValue(0)  # the minimum: starts the dialog's timer that shows it past 300 ms

    def start(self) -> None:
        self._thread.start()

    @Slot()
    def cancel(self, label: str | None = None) -> None:
        self.worker.cancel()
        if label:
            self.progress.setLabelText(label)

    @Slot(int, int)
    def _on_progress(self, done: int, total: int) -> None:
        self.bar.setValue(done)  # returns at once: no event loop runs inside it

    @Slot(object)
    def _on_succeeded(self, result: object) -> None:
        self._finish()
        self.succeeded.emit(result)

    @Slot()
    def _on_cancelled(self) -> None:
        self._finish()
        self.cancelled.emit()

    @Slot(str)
    def _on_failed(self, message: str) -> None:
        self._finish()
        self.failed.emit(message)

    def _finish(self) -> None:
        self.progress.canceled.disconnect(self.cancel)
        self.progress.close()
        self.progress.setObjectName("")  # found no more; Qt deletes it (it stays Qt's to delete)
        self.progress.deleteLater()
        self._thread.quit()
        self._thread.wait()
        self.worker.deleteLater()
        self.deleteLater()
