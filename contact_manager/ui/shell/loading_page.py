"""What a tab shows until it is built: the database being opened. Built from Qt alone, for the
window's first frame."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QHBoxLayout, QLabel, QVBoxLayout, QWidget


class LoadingPage(QWidget):
    """What a tab shows until it is built: the database being opened."""

    def __init__(self, name: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName(name)
        self.label = QLabel(self)
        self.label.setObjectName("loadingLabel")
        self.label.setEnabled(False)  # the palette's quieter text colour
        row = QHBoxLayout()  # centred by stretches, which need none of Qt's enums
        row.addStretch(1)
        row.addWidget(self.label)
        row.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addStretch(1)
        layout.addLayout(row)
        layout.addStretch(2)
        self.database = ""

    def set_database(self, database: str) -> None:
        self.database = database
        self.retranslate()

    def retranslate(self) -> None:
        self.label.setText(
            QCoreApplication.translate("MainWindow", "Opening {database}...").format(database=self.database)
        )
