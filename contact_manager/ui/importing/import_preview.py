"""The import dialog's preview step: the counts, and every row of the file with its verdict."""

from __future__ import annotations

from PySide6.QtCore import Qt, QTimer, Slot
from PySide6.QtWidgets import (
    QCheckBox,
    QHBoxLayout,
    QLabel,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from contact_manager.domain.csv_import import Preview, Verdict
from contact_manager.ui.importing.import_model import PreviewModel
from contact_manager.ui.kit.retranslating import Retranslating
from contact_manager.ui.kit.widgets import reading_table

WRAP_LIMIT = 1000  # rows up to which long reasons wrap onto several lines


class PreviewPage(Retranslating, QWidget):
    """A summary line, "Show only refused rows", and the table of rows and verdicts."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("importPreviewPage")
        self.preview: Preview | None = None
        self._tall_rows: list[int] = []
        self.summary = QLabel(wordWrap=True)
        self.summary.setObjectName("importSummary")
        self.refusedOnlyCheck = QCheckBox()
        self.refusedOnlyCheck.setObjectName("importRefusedOnly")
        self.refusedOnlyCheck.toggled.connect(self._refused_only_toggled)
        self.model = PreviewModel(self)
        self.view = reading_table(QTableView(), "importPreviewTable", self.model, spaced=True)
        self.view.setWordWrap(True)
        self.view.setTextElideMode(Qt.TextElideMode.ElideRight)
        header = self.view.horizontalHeader()
        # Row heights depend on the reason column's width: fit them again once it settles.
        self._fitTimer = QTimer(self, singleShot=True, interval=0)
        self._fitTimer.timeout.connect(self.fit_rows)
        header.sectionResized.connect(lambda *_: self._fitTimer.start())

        top = QHBoxLayout()
        top.addWidget(self.summary, 1)
        top.addWidget(self.refusedOnlyCheck)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(top)
        layout.addWidget(self.view, 1)
        self.retranslate()

    def retranslate(self) -> None:
        self.view.setAccessibleName(self.tr("Rows of the file and what the import will do with each"))
        self.refusedOnlyCheck.setText(self.tr("Show only refused rows"))
        self.model.retranslate()
        if self.preview is not None:
            counts = self.preview.counts()
            text = (
                self.tr("%1 new, %2 already present (skipped), %3 refused.")
                .replace("%1", str(counts[Verdict.NEW]))
                .replace("%2", str(counts[Verdict.PRESENT]))
                .replace("%3", str(counts[Verdict.REFUSED]))
            )
            if counts[Verdict.LEFT_OUT]:
                text += " " + self.tr("%1 left out (guests, bots or deactivated members).").replace(
                    "%1", str(counts[Verdict.LEFT_OUT])
                )
            self.summary.setText(" ".join(part for part in (self._source(), text) if part))

    def _source(self) -> str:
        """What the rows were read as: a recognised export, a vCard file, a workbook's sheet."""
        assert self.preview is not None
        table = self.preview.table
        if self.preview.format_name:
            return self.tr("Recognised: %1.").replace("%1", self.preview.format_name)
        if table.kind == "vcard":
            return self.tr("vCard file, one row per card.")
        if table.kind == "xlsx":
            return self.tr("Excel sheet \u201c%1\u201d.").replace("%1", table.sheet)
        return ""

    def show_preview(self, preview: Preview) -> None:
        self.preview = preview
        self.model.set_preview(preview)
        self.refusedOnlyCheck.blockSignals(True)
        self.refusedOnlyCheck.setChecked(False)
        self.refusedOnlyCheck.blockSignals(False)
        self.refusedOnlyCheck.setEnabled(bool(preview.of(Verdict.REFUSED)))
        self.view.resizeColumnsToContents()
        for column in (PreviewModel.FIRST, PreviewModel.LAST, PreviewModel.TITLE, PreviewModel.PHONE):
            self.view.setColumnWidth(column, min(self.view.columnWidth(column), 200))
        self.fit_rows()
        self.retranslate()

    @Slot(bool)
    def _refused_only_toggled(self, checked: bool) -> None:
        self.model.set_refused_only(checked)
        self.fit_rows()

    @Slot()
    def fit_rows(self) -> None:
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
