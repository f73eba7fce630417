"""File > Import users...: choose a CSV file, map its columns if needed, preview, import.

Entry point for the main window::

    from contact_manager.ui.importing.import_dialog import import_users
    import_users(parent_widget, context)    # asks for a file; reloads the context after importing

The import itself runs in a worker thread (peewee gives that thread its own connection), in
one transaction, behind a progress dialog with Cancel; a cancel or a failure imports nothing.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt, Signal, Slot
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from contact_manager.domain.csv_import import (
    CsvTable,
    Preview,
    Verdict,
    check_mapping,
    columns_to_place,
    guess_from_content,
    guess_mapping,
    set_has_header,
)
from contact_manager.domain.errors import ContactError
from contact_manager.services import Services
from contact_manager.ui.importing import import_summary
from contact_manager.ui.importing.import_files import FileChooser, users_file_filters
from contact_manager.ui.importing.import_files import open_file as _open_file
from contact_manager.ui.importing.import_files import save_file as _save_file
from contact_manager.ui.importing.import_jobs import ImportJobs
from contact_manager.ui.importing.import_mapping import ColumnMappingPage
from contact_manager.ui.importing.import_preview import PreviewPage
from contact_manager.ui.importing.import_worker import BackgroundJob
from contact_manager.ui.kit.look import ERROR_STYLE
from contact_manager.ui.kit.retranslating import Retranslating

__all__ = ["ImportDialog", "import_users", "imported", "users_file_filters"]


class ImportDialog(Retranslating, ImportJobs):
    """Mapping step (when headers aren't recognised), preview with verdicts, import (the worker's
    part: ``import_jobs``)."""

    previewReady = Signal()  # every row has its verdict (large files are checked in the worker)

    MAPPING_PAGE, PREVIEW_PAGE = range(2)

    def __init__(
        self,
        services: Services,
        account_id: int,
        parent: QWidget | None = None,
        *,
        choose_file: FileChooser = _open_file,
        choose_save: FileChooser = _save_file,
        chunk_size: int = 5000,
        background_rows: int = 2000,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("importDialog")
        self.services, self.account_id = services, account_id
        self._choose_file, self._choose_save = choose_file, choose_save
        self.chunk_size = chunk_size
        self.background_rows = background_rows  # files with more rows are checked in the worker
        self._job_kind = ""
        self.table: CsvTable | None = None
        self.preview: Preview | None = None
        self._job: BackgroundJob | None = None
        self._done = False  # imported: only Close and Save refused rows remain
        self._build()
        self.retranslate()
        self.resize(820, 520)

    # --- building ---------------------------------------------------------------------------

    def _build(self) -> None:
        self.fileLabel = QLabel()
        self.fileLabel.setObjectName("importFileLabel")
        self.fileLabel.setWordWrap(True)
        self.sheetLabel = QLabel()
        self.sheetLabel.setObjectName("importSheetLabel")
        self.sheetCombo = QComboBox()
        self.sheetCombo.setObjectName("importSheetCombo")
        self.sheetLabel.setBuddy(self.sheetCombo)
        self.sheetCombo.activated.connect(self._sheet_chosen)
        self.sheetLabel.hide()
        self.sheetCombo.hide()
        self._path: str | Path = ""
        self.pages = QStackedWidget()
        self.pages.setObjectName("importPages")
        self.mappingPage = ColumnMappingPage()
        self.mappingPage.headerToggled.connect(self._header_toggled)
        self.mappingPage.nextRequested.connect(self.apply_mapping)
        self.headerCheck = self.mappingPage.headerCheck
        self.mappingCombos = self.mappingPage.combos
        self.mappingNextButton = self.mappingPage.nextButton
        self.pages.addWidget(self.mappingPage)
        self.previewPage = PreviewPage()
        self.summary, self.model, self.view = (
            self.previewPage.summary,
            self.previewPage.model,
            self.previewPage.view,
        )
        self.refusedOnlyCheck = self.previewPage.refusedOnlyCheck
        self.pages.addWidget(self.previewPage)
        self.message = QLabel(wordWrap=True)
        self.message.setObjectName("importMessage")
        self.message.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.message.hide()

        self.chooseButton = QPushButton()
        self.chooseButton.setObjectName("importChooseButton")
        self.backButton = QPushButton()
        self.backButton.setObjectName("importBackButton")
        self.saveRefusedButton = QPushButton()
        self.saveRefusedButton.setObjectName("saveRefusedButton")
        self.confirmButton = QPushButton()
        self.confirmButton.setObjectName("importConfirmButton")
        self.closeButton = QPushButton()
        self.closeButton.setObjectName("importCloseButton")
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
        top = QHBoxLayout()
        top.addWidget(self.fileLabel, 1)
        top.addWidget(self.sheetLabel)
        top.addWidget(self.sheetCombo)
        layout.addLayout(top)
        layout.addWidget(self.pages, 1)
        layout.addWidget(self.message)
        layout.addLayout(buttons)
        self._show_page(self.MAPPING_PAGE)
        self._update_buttons()

    # --- language ---------------------------------------------------------------------------

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Import users"))
        self.setAccessibleName(self.tr("Import users"))
        self.chooseButton.setText(self.tr("Choose file\u2026"))
        self.sheetLabel.setText(self.tr("&Sheet:"))
        self.sheetCombo.setToolTip(self.tr("The sheet of the workbook to import"))
        self.backButton.setText(self.tr("Change columns\u2026"))
        self.saveRefusedButton.setText(self.tr("Save refused rows\u2026"))
        self.saveRefusedButton.setToolTip(
            self.tr("Write the refused rows, with the reason, to a CSV file you can fix and import again.")
        )
        self.closeButton.setText(self.tr("Close") if self._done else self.tr("Cancel"))
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

    def load(self, path: str | Path, sheet: str | None = None) -> None:
        """Read ``path`` (a workbook's ``sheet``, else its first); go to the preview, or to the
        mapping step when headers aren't known."""
        self._done = False
        self.preview = None
        self._path = path
        try:
            self.table = self.services.importing.read(path, sheet)
        except ContactError as error:
            self.table = None
            if sheet is None:  # another file: its sheets are not those offered (an empty sheet keeps them)
                self.sheetLabel.hide()
                self.sheetCombo.hide()
            self._say(error.message, error=True)
            self._update_texts()
            self._update_buttons()
            return
        self._fill_sheets(self.table)
        if self.table.format is not None:  # an admin console's export: no mapping step
            self._fill_mapping(self.table.format.mapping)
            self._say("")
            self._make_preview(self.table.format.mapping)
            return
        mapping = guess_mapping(self.table.header) if self.table.has_header else None
        unplaced = columns_to_place(self.table, mapping) if mapping is not None else []
        self._fill_mapping(mapping or guess_from_content(self.table))
        self._show_page(self.MAPPING_PAGE)  # also what stays behind a cancelled check
        if mapping is None:
            self._say(self.tr("The column titles of this file were not recognised."))
        elif unplaced:  # never drop a column unseen: the user says what it holds
            titles = self.table.column_titles()
            names = ", ".join(f"\u201c{titles[index]}\u201d" for index in unplaced)
            self._say(
                self.tr(
                    "No field was recognised for the column(s) %1: choose the field each holds, "
                    "or leave it out.",
                    "",
                    len(unplaced),
                ).replace("%1", names)
            )
        else:
            self._say("")
            self._make_preview(mapping)

    def _fill_sheets(self, table: CsvTable) -> None:
        """Offer the workbook's sheets when it has more than one."""
        self.sheetCombo.blockSignals(True)
        self.sheetCombo.clear()
        self.sheetCombo.addItems(table.sheets)
        self.sheetCombo.setCurrentText(table.sheet)
        self.sheetCombo.blockSignals(False)
        for widget in (self.sheetLabel, self.sheetCombo):
            widget.setVisible(len(table.sheets) > 1)

    @Slot(int)
    def _sheet_chosen(self, index: int) -> None:
        chosen = self.sheetCombo.itemText(index)
        if self._path and not self.busy and (self.table is None or chosen != self.table.sheet):
            self.load(self._path, chosen)  # after an empty sheet's refusal too

    def current_mapping(self) -> dict[str, int]:
        return self.mappingPage.mapping()

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
        if len(self.table.rows) > self.background_rows:
            self._start_check(mapping)
            return
        try:
            preview = self.services.importing.preview(self.account_id, self.table, mapping)
        except ContactError as error:
            self._say(error.message, error=True)
            return
        self._show_preview(preview)

    def _show_preview(self, preview: Preview) -> None:
        self.preview = preview
        self.previewPage.show_preview(preview)
        self._show_page(self.PREVIEW_PAGE)
        self.previewReady.emit()

    def _fill_mapping(self, guess: dict[str, int] | None) -> None:
        assert self.table is not None
        self.mappingPage.fill(self.table, guess)

    @Slot(bool)
    def _header_toggled(self, checked: bool) -> None:
        if self.table is None:
            return
        set_has_header(self.table, checked)
        self._fill_mapping(
            (guess_mapping(self.table.header) if checked else None) or guess_from_content(self.table)
        )

    def _show_page(self, page: int) -> None:
        self.pages.setCurrentIndex(page)
        self._update_texts()
        self._update_buttons()

    def _update_buttons(self) -> None:
        on_preview = self.pages.currentIndex() == self.PREVIEW_PAGE and self.preview is not None
        running = self._job is not None
        refused = bool(self.preview and self.preview.of(Verdict.REFUSED))
        new = bool(self.preview and self.preview.of(Verdict.NEW))
        self.chooseButton.setEnabled(not running)
        self.backButton.setVisible(on_preview and not self._done)
        self.backButton.setEnabled(not running)
        self.saveRefusedButton.setVisible(on_preview)
        self.saveRefusedButton.setEnabled(refused and not running)
        self.confirmButton.setVisible(not self._done)
        self.confirmButton.setEnabled(on_preview and new and not running)
        self.pages.setVisible(self.table is not None)
        self.closeButton.setText(self.tr("Close") if self._done else self.tr("Cancel"))

    def _say(self, text: str, *, error: bool = False) -> None:
        self.message.setText(text)
        self.message.setProperty("error", error)
        self.message.setStyleSheet(ERROR_STYLE if error else "")
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
            self._say(import_summary.cannot_write_text(path, error), error=True)
            return
        self._say(import_summary.refused_saved_text(count, path))

    # --- importing --------------------------------------------------------------------------

    def reject(self) -> None:
        if self._job is not None:  # finish the transaction first: it is cancelled, not cut
            self.cancel_import()
            return
        super().reject()


def import_users(parent: QWidget, context, **options) -> ImportDialog | None:
    """File > Import users...: ask for a file, show the dialog, reload ``context`` after importing."""
    if context.account_id is None:
        return None
    dialog = ImportDialog(context.services, context.account_id, parent, **options)
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    dialog.imported.connect(lambda count: imported(context, count))
    if not dialog.start():
        dialog.deleteLater()
        return None
    return dialog


def imported(context, count: int) -> None:
    """After an import: read the account again, as this window's own change (not one made
    elsewhere), which can't be undone."""
    from contact_manager.ui.kit import undo, undo_texts

    context.reload()
    if not count:
        return
    if isinstance(context.undo_stack, undo.UndoStack) and context.version is not None:
        context.undo_stack.own_change(context.account_id, context.version)
    undo.cannot_undo(context, undo_texts.import_())
