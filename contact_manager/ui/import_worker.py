"""The import, run in a worker thread so the window stays responsive.

peewee gives each thread its own SQLite connection, so the worker's one transaction does not
touch the connection the window reads with; the worker closes its connection when done.
"""

from __future__ import annotations

import threading

from PySide6.QtCore import QObject, Signal, Slot

from contact_manager.domain.csv_import import ImportCancelled, Preview
from contact_manager.domain.errors import ContactError
from contact_manager.services import Services


class ImportWorker(QObject):
    """Runs ``services.importing.run`` in a worker thread; ``cancel()`` is safe from any thread."""

    progressed = Signal(int, int)
    succeeded = Signal(object)  # ImportResult
    cancelled = Signal()
    failed = Signal(str)

    def __init__(self, services: Services, account_id: int, preview: Preview, chunk_size: int) -> None:
        super().__init__()
        self._services, self._account_id, self._preview = services, account_id, preview
        self._chunk_size = chunk_size
        self._cancel = threading.Event()

    def cancel(self) -> None:
        self._cancel.set()

    @Slot()
    def run(self) -> None:
        try:
            result = self._services.importing.run(
                self._account_id,
                self._preview,
                progress=self.progressed.emit,
                cancelled=self._cancel.is_set,
                chunk_size=self._chunk_size,
            )
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
