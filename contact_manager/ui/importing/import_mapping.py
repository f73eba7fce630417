"""The import dialog's column-mapping step: which column of the file holds which field."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtGui import QStandardItem, QStandardItemModel
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from contact_manager.domain.csv_import import FIELDS, CsvTable, field_label
from contact_manager.ui.kit.retranslating import Retranslating

SAMPLE_ROWS = 5


class ColumnMappingPage(Retranslating, QWidget):
    """A combo box per field, "the first line holds titles", and the file's first lines."""

    headerToggled = Signal(bool)
    nextRequested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("importMappingPage")
        self.intro = QLabel(wordWrap=True)
        self.intro.setObjectName("importMappingIntro")
        self.headerCheck = QCheckBox()
        self.headerCheck.setObjectName("importHeaderCheck")
        self.headerCheck.toggled.connect(self.headerToggled)
        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.combos: dict[str, QComboBox] = {}
        self.labels: dict[str, QLabel] = {}
        for name in FIELDS:
            combo = QComboBox()
            combo.setObjectName(f"importMap_{name}")
            combo.setMinimumContentsLength(30)
            label = QLabel()
            label.setBuddy(combo)
            self.combos[name], self.labels[name] = combo, label
            form.addRow(label, combo)
        self.nextButton = QPushButton()
        self.nextButton.setObjectName("importMappingNextButton")
        self.nextButton.clicked.connect(self.nextRequested)
        next_row = QHBoxLayout()
        next_row.addStretch(1)
        next_row.addWidget(self.nextButton)
        self.sampleLabel = QLabel()
        self.sampleLabel.setObjectName("importSampleLabel")
        self.sampleModel = QStandardItemModel(self)
        self.sampleView = QTableView()
        self.sampleView.setObjectName("importSampleTable")
        self.sampleView.setModel(self.sampleModel)
        self.sampleView.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.sampleView.verticalHeader().hide()
        self.sampleView.horizontalHeader().setStretchLastSection(True)
        self.sampleLabel.setBuddy(self.sampleView)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.intro)
        layout.addWidget(self.headerCheck)
        layout.addLayout(form)
        layout.addLayout(next_row)
        layout.addWidget(self.sampleLabel)
        layout.addWidget(self.sampleView, 1)
        self.retranslate()

    def retranslate(self) -> None:
        self.intro.setText(
            self.tr(
                "Choose which column of the file holds each field: the email address and a first "
                "or last name are needed."
            )
        )
        self.headerCheck.setText(self.tr("The first line holds column titles"))
        self.nextButton.setText(self.tr("Show preview"))
        self.sampleLabel.setText(self.tr("The first lines of the file:"))
        self.sampleView.setAccessibleName(self.tr("The first lines of the file"))
        for name in FIELDS:
            self.labels[name].setText(field_label(name) + ":")
            combo = self.combos[name]
            combo.setAccessibleName(field_label(name))
            if combo.count():
                combo.setItemText(0, self.tr("(not in the file)"))

    def fill(self, table: CsvTable, guess: dict[str, int] | None) -> None:
        """Offer the table's columns (title and a sample value) and preselect ``guess``."""
        self.headerCheck.blockSignals(True)
        self.headerCheck.setChecked(table.has_header)
        self.headerCheck.blockSignals(False)
        titles = table.column_titles()
        sample = table.rows[0] if table.rows else []
        for name, combo in self.combos.items():
            combo.clear()
            combo.addItem(self.tr("(not in the file)"), -1)
            for index, title in enumerate(titles):
                example = sample[index].strip() if index < len(sample) else ""
                combo.addItem(f"{title} \u2014 {example}" if example and example != title else title, index)
            combo.setCurrentIndex((guess or {}).get(name, -1) + 1)
        self.sampleModel.clear()
        self.sampleModel.setHorizontalHeaderLabels(titles)
        for cells in table.rows[:SAMPLE_ROWS]:
            self.sampleModel.appendRow([QStandardItem(cell) for cell in cells[: len(titles)]])
        self.sampleView.resizeColumnsToContents()

    def mapping(self) -> dict[str, int]:
        """Field name -> column index of every field given a column."""
        chosen = {name: combo.currentData() for name, combo in self.combos.items()}
        return {name: index for name, index in chosen.items() if index is not None and index >= 0}
