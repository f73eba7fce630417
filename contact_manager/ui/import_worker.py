"""The import, run in a worker thread so the window stays responsive.

peewee gives each thread its own SQLite connection, so the worker's one transaction does not
touch the connection the window reads with; the worker closes its connection when done.
"""

from __future__ import annotations

import threading
from collections.abc import Callable

from PySide6.QtCore import QObject, Signal, Slot

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
        except Exception as error:  # noqa: BLE001 - reported to the user, nothing was written
            self.failed.emit(str(error))
        else:
            self.succeeded.emit(result)
        finally:
            self._services.store.db.close()  # this thread's connection only
