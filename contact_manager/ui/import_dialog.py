"""File > Import users...: choose a CSV file, map its columns if needed, preview, import.

Entry point for the main window::

    from contact_manager.ui.import_dialog import import_users
    import_users(parent_widget, context)    # asks for a file; reloads the context after importing

The import itself runs in a worker thread (peewee gives that thread its own connection), in
one transaction, behind a progress dialog with Cancel; a cancel or a failure imports nothing.
"""

from __future__ import annotations

import threading
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QEvent, QObject, Qt, QThread, QTimer, Signal, Slot
from PySide6.QtGui import QStandardItem, QStandardItemModel
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QDialog,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QProgressDialog,
    QPushButton,
    QStackedWidget,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from contact_manager.domain.csv_import import (
    FIELDS,
    CsvTable,
    ImportCancelled,
    Preview,
    Verdict,
    check_mapping,
    field_label,
    guess_mapping,
    set_has_header,
)
from contact_manager.domain.errors import ContactError
from contact_manager.services import Services
from contact_manager.ui.import_model import PreviewModel

FileChooser = Callable[[QWidget], str]
SAMPLE_ROWS = 5
WRAP_LIMIT = 1000  # rows up to which long reasons wrap onto several lines


def _open_file(parent: QWidget) -> str:
    path, _ = QFileDialog.getOpenFileName(
        parent,
        parent.tr("Import users"),
        "",
        parent.tr("CSV files (*.csv *.txt);;All files (*)"),
    )
    return path


def _save_file(parent: QWidget) -> str:
    path, _ = QFileDialog.getSaveFileName(
        parent, parent.tr("Save refused rows"), "refused-rows.csv", parent.tr("CSV files (*.csv)")
    )
    return path


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


class ImportDialog(QDialog):
    """Mapping step (when headers aren't recognised), preview with verdicts, import."""

    imported = Signal(int)  # how many users were added
    importStarting = Signal(object)  # the ImportWorker, before its thread starts
    importEnded = Signal(str)  # "done", "cancelled" or "failed"

    MAPPING_PAGE, PREVIEW_PAGE = range(2)

    def __init__(
        self,
        services: Services,
        account_id: int,
        parent: QWidget | None = None,
        *,
        choose_file: FileChooser = _open_file,
        choose_save: FileChooser = _save_file,
        chunk_size: int = 2000,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("importDialog")
        self.services, self.account_id = services, account_id
        self._choose_file, self._choose_save = choose_file, choose_save
        self.chunk_size = chunk_size
        self.table: CsvTable | None = None
        self.preview: Preview | None = None
        self._worker: ImportWorker | None = None
        self._thread: QThread | None = None
        self._progress: QProgressDialog | None = None
        self._tall_rows: list[int] = []
        self._done = False  # imported: only Close and Save refused rows remain
        self._build()
        self.retranslate()
        self.resize(820, 520)

    # --- building ---------------------------------------------------------------------------

    def _build(self) -> None:
        self.fileLabel = QLabel(objectName="importFileLabel")
        self.fileLabel.setWordWrap(True)
        self.pages = QStackedWidget(objectName="importPages")
        self.pages.addWidget(self._build_mapping())
        self.pages.addWidget(self._build_preview())
        self.message = QLabel(objectName="importMessage", wordWrap=True)
        self.message.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.message.hide()

        self.chooseButton = QPushButton(objectName="importChooseButton")
        self.backButton = QPushButton(objectName="importBackButton")
        self.saveRefusedButton = QPushButton(objectName="saveRefusedButton")
        self.confirmButton = QPushButton(objectName="importConfirmButton")
        self.closeButton = QPushButton(objectName="importCloseButton")
        self.confirmButton.setDefault(True)
        self.chooseButton.clicked.connect(self.choose_file)
        self.backButton.clicked.connect(lambda: self._show_page(self.MAPPING_PAGE))
        self.saveRefusedButton.clicked.connect(self.save_refused)
        self.confirmButton.clicked.connect(self.start_import)
        self.closeButton.clicked.connect(self.reject)
        buttons = QHBoxLayout()
        buttons.addWidget(self.chooseButton)
        buttons.addWidget(self.backButton)
        buttons.addWidget(self.saveRefusedButton)
        buttons.addStretch(1)
        buttons.addWidget(self.closeButton)
        buttons.addWidget(self.confirmButton)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(16, 16, 16, 16)
        layout.setSpacing(10)
        layout.addWidget(self.fileLabel)
        layout.addWidget(self.pages, 1)
        layout.addWidget(self.message)
        layout.addLayout(buttons)
        self._show_page(self.MAPPING_PAGE)
        self._update_buttons()

    def _build_mapping(self) -> QWidget:
        page = QWidget(objectName="importMappingPage")
        self.mappingIntro = QLabel(objectName="importMappingIntro", wordWrap=True)
        self.headerCheck = QCheckBox(objectName="importHeaderCheck")
        self.headerCheck.toggled.connect(self._header_toggled)
        self.mappingForm = QFormLayout()
        self.mappingForm.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.mappingCombos: dict[str, QComboBox] = {}
        self.mappingLabels: dict[str, QLabel] = {}
        for name in FIELDS:
            combo = QComboBox(objectName=f"importMap_{name}")
            combo.setMinimumContentsLength(30)
            label = QLabel()
            label.setBuddy(combo)
            self.mappingCombos[name], self.mappingLabels[name] = combo, label
            self.mappingForm.addRow(label, combo)
        self.mappingNextButton = QPushButton(objectName="importMappingNextButton")
        self.mappingNextButton.clicked.connect(self.apply_mapping)
        next_row = QHBoxLayout()
        next_row.addStretch(1)
        next_row.addWidget(self.mappingNextButton)
        layout = QVBoxLayout(page)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.mappingIntro)
        layout.addWidget(self.headerCheck)
        layout.addLayout(self.mappingForm)
        layout.addLayout(next_row)
        self.sampleLabel = QLabel(objectName="importSampleLabel")
        self.sampleModel = QStandardItemModel(self)
        self.sampleView = QTableView(objectName="importSampleTable")
        self.sampleView.setModel(self.sampleModel)
        self.sampleView.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.sampleView.verticalHeader().hide()
        self.sampleView.horizontalHeader().setStretchLastSection(True)
        self.sampleLabel.setBuddy(self.sampleView)
        layout.addWidget(self.sampleLabel)
        layout.addWidget(self.sampleView, 1)
        return page

    def _build_preview(self) -> QWidget:
        page = QWidget(objectName="importPreviewPage")
        self.summary = QLabel(objectName="importSummary", wordWrap=True)
        self.model = PreviewModel(self)
        self.view = QTableView(objectName="importPreviewTable")
        self.view.setModel(self.model)
        self.view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.view.setWordWrap(True)
        self.view.setTextElideMode(Qt.TextElideMode.ElideRight)
        self.view.verticalHeader().hide()
        self.view.verticalHeader().setDefaultSectionSize(self.fontMetrics().height() + 10)
        header = self.view.horizontalHeader()
        header.setStretchLastSection(True)
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        # Row heights depend on the reason column's width: fit them again once it settles.
        self._fitTimer = QTimer(self, singleShot=True, interval=0)
        self._fitTimer.timeout.connect(self._fit_rows)
        header.sectionResized.connect(lambda *_: self._fitTimer.start())
        layout = QVBoxLayout(page)
        layout.setContentsMargins(0, 0, 0, 0)
        self.refusedOnlyCheck = QCheckBox(objectName="importRefusedOnly")
        self.refusedOnlyCheck.toggled.connect(self._refused_only_toggled)
        top = QHBoxLayout()
        top.addWidget(self.summary, 1)
        top.addWidget(self.refusedOnlyCheck)
        layout.addLayout(top)
        layout.addWidget(self.view, 1)
        return page

    # --- language ---------------------------------------------------------------------------

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Import users"))
        self.setAccessibleName(self.tr("Import users"))
        self.chooseButton.setText(self.tr("Choose file\u2026"))
        self.backButton.setText(self.tr("Change columns\u2026"))
        self.saveRefusedButton.setText(self.tr("Save refused rows\u2026"))
        self.saveRefusedButton.setToolTip(
            self.tr("Write the refused rows, with the reason, to a CSV file you can fix and import again.")
        )
        self.closeButton.setText(self.tr("Close") if self._done else self.tr("Cancel"))
        self.mappingIntro.setText(
            self.tr(
                "The column titles of this file were not recognised. Choose which column holds each "
                "field: the email address and a first or last name are needed."
            )
        )
        self.headerCheck.setText(self.tr("The first line holds column titles"))
        self.mappingNextButton.setText(self.tr("Show preview"))
        self.sampleLabel.setText(self.tr("The first lines of the file:"))
        self.sampleView.setAccessibleName(self.tr("The first lines of the file"))
        for name in FIELDS:
            self.mappingLabels[name].setText(field_label(name) + ":")
            combo = self.mappingCombos[name]
            combo.setAccessibleName(field_label(name))
            if combo.count():
                combo.setItemText(0, self.tr("(not in the file)"))
        self.view.setAccessibleName(self.tr("Rows of the file and what the import will do with each"))
        self.refusedOnlyCheck.setText(self.tr("Show only refused rows"))
        self.model.retranslate()
        self._update_texts()

    def _update_texts(self) -> None:
        self.fileLabel.setText(
            self.tr("File: %1").replace("%1", self.table.name)
            if self.table
            else self.tr("No file chosen yet.")
        )
        if self.preview is None:
            self.confirmButton.setText(self.tr("Import"))
        else:
            new = len(self.preview.of(Verdict.NEW))
            self.confirmButton.setText(
                self.tr("Import 1 user") if new == 1 else self.tr("Import %1 users").replace("%1", str(new))
            )
        if self.preview:
            counts = self.preview.counts()
            self.summary.setText(
                self.tr("%1 new, %2 already present (skipped), %3 refused.")
                .replace("%1", str(counts[Verdict.NEW]))
                .replace("%2", str(counts[Verdict.PRESENT]))
                .replace("%3", str(counts[Verdict.REFUSED]))
            )

    # --- the steps --------------------------------------------------------------------------

    def start(self) -> bool:
        """Ask for a file and show the dialog; False when the user chose none."""
        if not self.choose_file():
            return False
        self.open()
        return True

    @Slot()
    def choose_file(self) -> bool:
        path = self._choose_file(self)
        if not path:
            return False
        self.load(path)
        return True

    def load(self, path: str | Path) -> None:
        """Read ``path``; go to the preview, or to the mapping step when headers aren't known."""
        self._done = False
        self.preview = None
        try:
            self.table = self.services.importing.read(path)
        except ContactError as error:
            self.table = None
            self._say(error.message, error=True)
            self._update_texts()
            self._update_buttons()
            return
        self._say("")
        self.headerCheck.blockSignals(True)
        self.headerCheck.setChecked(self.table.has_header)
        self.headerCheck.blockSignals(False)
        self._fill_mapping(guess_mapping(self.table.header) if self.table.has_header else None)
        mapping = guess_mapping(self.table.header) if self.table.has_header else None
        if mapping is None:
            self._show_page(self.MAPPING_PAGE)
        else:
            self._make_preview(mapping)

    def current_mapping(self) -> dict[str, int]:
        return {
            name: combo.currentData()
            for name, combo in self.mappingCombos.items()
            if combo.currentData() is not None and combo.currentData() >= 0
        }

    @Slot()
    def apply_mapping(self) -> None:
        mapping = self.current_mapping()
        problem = check_mapping(mapping)
        if problem:
            self._say(problem, error=True)
            return
        self._say("")
        self._make_preview(mapping)

    def _make_preview(self, mapping: dict[str, int]) -> None:
        assert self.table is not None
        try:
            self.preview = self.services.importing.preview(self.account_id, self.table, mapping)
        except ContactError as error:
            self._say(error.message, error=True)
            return
        self.model.set_preview(self.preview)
        self.refusedOnlyCheck.blockSignals(True)
        self.refusedOnlyCheck.setChecked(False)
        self.model.set_refused_only(False)
        self.refusedOnlyCheck.blockSignals(False)
        self.view.resizeColumnsToContents()
        for column in (PreviewModel.FIRST, PreviewModel.LAST):
            self.view.setColumnWidth(column, min(self.view.columnWidth(column), 200))
        self._fit_rows()
        self._show_page(self.PREVIEW_PAGE)

    def _fit_rows(self) -> None:
        """Only the reason wraps, so only refused rows with a long reason grow taller."""
        single = self.view.verticalHeader().defaultSectionSize()
        shown = self.model.rowCount()
        for number in self._tall_rows:  # the previous rows' heights: Qt keeps them
            if number < shown:
                self.view.setRowHeight(number, single)
        self._tall_rows = []
        for number in range(min(shown, WRAP_LIMIT)):
            if self.model.row_verdict(number).verdict is Verdict.REFUSED:
                self.view.resizeRowToContents(number)
                needed = self.view.rowHeight(number)
                self.view.setRowHeight(number, single if needed <= single else needed + 6)
                self._tall_rows.append(number)

    def _fill_mapping(self, guess: dict[str, int] | None) -> None:
        assert self.table is not None
        titles = self.table.column_titles()
        sample = self.table.rows[0] if self.table.rows else []
        for name, combo in self.mappingCombos.items():
            combo.clear()
            combo.addItem(self.tr("(not in the file)"), -1)
            for index, title in enumerate(titles):
                example = sample[index].strip() if index < len(sample) else ""
                combo.addItem(f"{title} \u2014 {example}" if example and example != title else title, index)
            chosen = (guess or {}).get(name, -1)
            combo.setCurrentIndex(chosen + 1)
        self.sampleModel.clear()
        self.sampleModel.setHorizontalHeaderLabels(titles)
        for cells in self.table.rows[:SAMPLE_ROWS]:
            self.sampleModel.appendRow([QStandardItem(cell) for cell in cells[: len(titles)]])
        self.sampleView.resizeColumnsToContents()

    def _refused_only_toggled(self, checked: bool) -> None:
        self.model.set_refused_only(checked)
        self._fit_rows()

    def _header_toggled(self, checked: bool) -> None:
        if self.table is None:
            return
        set_has_header(self.table, checked)
        self._fill_mapping(guess_mapping(self.table.header) if checked else None)

    def _show_page(self, page: int) -> None:
        self.pages.setCurrentIndex(page)
        self._update_texts()
        self._update_buttons()

    def _update_buttons(self) -> None:
        on_preview = self.pages.currentIndex() == self.PREVIEW_PAGE and self.preview is not None
        running = self._thread is not None
        refused = bool(self.preview and self.preview.of(Verdict.REFUSED))
        new = bool(self.preview and self.preview.of(Verdict.NEW))
        self.chooseButton.setEnabled(not running)
        self.backButton.setVisible(on_preview and not self._done)
        self.backButton.setEnabled(not running)
        self.saveRefusedButton.setVisible(on_preview)
        self.saveRefusedButton.setEnabled(refused and not running)
        self.refusedOnlyCheck.setEnabled(refused)
        self.confirmButton.setVisible(not self._done)
        self.confirmButton.setEnabled(on_preview and new and not running)
        self.pages.setVisible(self.table is not None)
        self.closeButton.setText(self.tr("Close") if self._done else self.tr("Cancel"))

    def _say(self, text: str, *, error: bool = False) -> None:
        self.message.setText(text)
        self.message.setProperty("error", error)
        self.message.setStyleSheet("color: #a61b1b;" if error else "")
        self.message.setVisible(bool(text))

    # --- saving the refused rows ------------------------------------------------------------

    @Slot()
    def save_refused(self) -> None:
        if not self.preview:
            return
        path = self._choose_save(self)
        if not path:
            return
        try:
            count = self.services.importing.write_refused(self.preview, path)
        except OSError as error:
            self._say(
                self.tr("Can't write %1: %2").replace("%1", path).replace("%2", error.strerror or str(error)),
                error=True,
            )
            return
        text = (
            self.tr("Saved 1 refused row to %2.") if count == 1 else self.tr("Saved %1 refused rows to %2.")
        )
        self._say(text.replace("%1", str(count)).replace("%2", Path(path).name))

    # --- importing --------------------------------------------------------------------------

    @Slot()
    def start_import(self) -> None:
        if self.preview is None or self._thread is not None or not self.preview.of(Verdict.NEW):
            return
        total = len(self.preview.of(Verdict.NEW))
        self._worker = ImportWorker(self.services, self.account_id, self.preview, self.chunk_size)
        self._thread = QThread(self)
        self._worker.moveToThread(self._thread)
        self._thread.started.connect(self._worker.run)
        self._worker.progressed.connect(self._on_progress)
        self._worker.succeeded.connect(self._on_succeeded)
        self._worker.cancelled.connect(self._on_cancelled)
        self._worker.failed.connect(self._on_failed)

        self._progress = QProgressDialog(self)
        self._progress.setObjectName("importProgress")
        self._progress.setWindowTitle(self.tr("Importing users"))
        self._progress.setLabelText(self.tr("Importing %1 users\u2026").replace("%1", str(total)))
        self._progress.setCancelButtonText(self.tr("Cancel"))
        self._progress.setRange(0, total)
        self._progress.setMinimumDuration(300)
        self._progress.setAutoClose(False)
        self._progress.setAutoReset(False)
        self._progress.setWindowModality(Qt.WindowModality.WindowModal)
        self._progress.canceled.connect(self.cancel_import)
        self._progress.setValue(0)
        self._say(self.tr("Importing\u2026"))
        self._update_buttons()
        self.importStarting.emit(self._worker)
        self._thread.start()

    @Slot()
    def cancel_import(self) -> None:
        if self._worker is not None:
            self._worker.cancel()
            if self._progress is not None:
                self._progress.setLabelText(self.tr("Cancelling: nothing will be imported\u2026"))

    @Slot(int, int)
    def _on_progress(self, done: int, total: int) -> None:
        if self._progress is not None:
            self._progress.setValue(done)

    @Slot(object)
    def _on_succeeded(self, result) -> None:
        self._finish()
        self._done = True
        if result.imported == 1:
            text = self.tr("Imported 1 user.")
        else:
            text = self.tr("Imported %1 users.").replace("%1", str(result.imported))
        if result.refused:
            text += " " + (
                self.tr("1 row was refused: save it to fix it and import it again.")
                if result.refused == 1
                else self.tr("%1 rows were refused: save them to fix them and import them again.").replace(
                    "%1", str(result.refused)
                )
            )
        self._say(text)
        self._update_buttons()
        self.imported.emit(result.imported)
        self.importEnded.emit("done")

    @Slot()
    def _on_cancelled(self) -> None:
        self._finish()
        self._say(self.tr("Import cancelled: nothing was imported."))
        self._update_buttons()
        self.importEnded.emit("cancelled")

    @Slot(str)
    def _on_failed(self, message: str) -> None:
        self._finish()
        self._say(self.tr("Nothing was imported: %1").replace("%1", message), error=True)
        self._update_buttons()
        self.importEnded.emit("failed")

    def _finish(self) -> None:
        if self._progress is not None:
            self._progress.canceled.disconnect(self.cancel_import)
            self._progress.close()
            self._progress.deleteLater()
            self._progress = None
        if self._thread is not None:
            self._thread.quit()
            self._thread.wait()
            self._thread.deleteLater()
            self._thread = None
        if self._worker is not None:
            self._worker.deleteLater()
            self._worker = None

    def reject(self) -> None:
        if self._thread is not None:  # finish the transaction first: it is cancelled, not cut
            self.cancel_import()
            return
        super().reject()


def import_users(parent: QWidget, context, **options) -> ImportDialog | None:
    """File > Import users...: ask for a file, show the dialog, reload ``context`` after importing."""
    if context.account_id is None:
        return None
    dialog = ImportDialog(context.services, context.account_id, parent, **options)
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    dialog.imported.connect(lambda _count: context.reload())
    if not dialog.start():
        dialog.deleteLater()
        return None
    return dialog
