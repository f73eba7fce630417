"""The import dialog's work in a worker thread: checking a large file's rows, and importing,
each behind a progress dialog with Cancel (a cancel or a failure imports nothing), and the
sentences that say how it ended.

``ImportJobs`` is a part of ``ImportDialog`` (its one base: Qt finds the slots of a single line
of bases only)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, Signal, Slot
from PySide6.QtWidgets import QDialog

from contact_manager.domain.csv_import import Preview, Verdict
from contact_manager.ui.importing import import_summary
from contact_manager.ui.importing.import_worker import BackgroundJob

if TYPE_CHECKING:
    from contact_manager.domain.csv_import import CsvTable
    from contact_manager.services import Services


class ImportJobs(QDialog):
    imported = Signal(int)  # how many users were added
    importStarting = Signal(object)  # the import's Worker, before its thread starts
    workerStarting = Signal(str, object)  # "check" or "import", and the Worker, before it starts
    importEnded = Signal(str)  # "done", "cancelled" or "failed"

    services: Services
    account_id: int
    chunk_size: int
    table: CsvTable | None
    preview: Preview | None
    _job: BackgroundJob | None
    _job_kind: str
    _done: bool

    def _say(self, text: str, *, error: bool = False) -> None: ...  # ImportDialog's

    def _update_buttons(self) -> None: ...  # ImportDialog's

    def _show_preview(self, preview: Preview) -> None: ...  # ImportDialog's

    @Slot()
    def start_import(self) -> None:
        if self.preview is None or self._job is not None or not self.preview.of(Verdict.NEW):
            return
        preview, account_id, chunk = self.preview, self.account_id, self.chunk_size
        total = len(preview.of(Verdict.NEW))
        self._start_job(
            "import",
            lambda progress, cancelled: self.services.importing.run(
                account_id, preview, progress=progress, cancelled=cancelled, chunk_size=chunk
            ),
            QCoreApplication.translate("ImportDialog", "Importing users"),
            QCoreApplication.translate("ImportDialog", "Importing %1 users\u2026").replace("%1", str(total)),
            total,
        )
        self._say(QCoreApplication.translate("ImportDialog", "Importing\u2026"))

    def _start_check(self, mapping: dict[str, int]) -> None:
        """Judge a large file's rows in the worker thread, behind a progress dialog."""
        table, account_id = self.table, self.account_id
        assert table is not None
        self._start_job(
            "check",
            lambda progress, cancelled: self.services.importing.preview(
                account_id, table, mapping, progress=progress, cancelled=cancelled
            ),
            QCoreApplication.translate("ImportDialog", "Checking the file"),
            QCoreApplication.translate("ImportDialog", "Checking %1 rows\u2026").replace(
                "%1", str(len(table.rows))
            ),
            len(table.rows),
        )

    def _start_job(self, kind: str, job, title: str, label: str, total: int) -> None:
        self._job_kind = kind
        self._job = BackgroundJob(self.services, job, self, title=title, label=label, total=total)
        self._job.succeeded.connect(self._on_succeeded)
        self._job.cancelled.connect(self._on_cancelled)
        self._job.failed.connect(self._on_failed)
        self._update_buttons()
        self.workerStarting.emit(kind, self._job.worker)
        if kind == "import":
            self.importStarting.emit(self._job.worker)
        self._job.start()

    @property
    def busy(self) -> bool:
        """True while the worker checks or imports (the file can't be changed meanwhile)."""
        return self._job is not None

    @Slot()
    def cancel_import(self) -> None:
        """Cancel what runs in the worker (checking or importing); nothing is written."""
        if self._job is not None:
            importing = self._job_kind == "import"
            self._job.cancel(
                QCoreApplication.translate("ImportDialog", "Cancelling: nothing will be imported\u2026")
                if importing
                else None
            )

    @Slot(object)
    def _on_succeeded(self, result) -> None:
        kind = self._finish()
        if kind == "check":
            self._say("")
            self._show_preview(result)
            return
        self._done = True
        text = import_summary.imported_text(result)
        self._say(text)
        self._update_buttons()
        self.imported.emit(result.imported)
        self.importEnded.emit("done")

    @Slot()
    def _on_cancelled(self) -> None:
        if self._finish() == "check":
            self._say(
                QCoreApplication.translate(
                    "ImportDialog", "Checking cancelled. Choose another file, or show the preview again."
                )
            )
            self._update_buttons()
            return
        self._say(QCoreApplication.translate("ImportDialog", "Import cancelled: nothing was imported."))
        self._update_buttons()
        self.importEnded.emit("cancelled")

    @Slot(str)
    def _on_failed(self, message: str) -> None:
        if self._finish() == "check":
            self._say(message, error=True)
            self._update_buttons()
            return
        self._say(
            QCoreApplication.translate("ImportDialog", "Nothing was imported: %1").replace("%1", message),
            error=True,
        )
        self._update_buttons()
        self.importEnded.emit("failed")

    def _finish(self) -> str:
        """Forget the finished job (it tidies itself up); returns which job it was."""
        kind, self._job_kind, self._job = self._job_kind, "", None
        return kind
