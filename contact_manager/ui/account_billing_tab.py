"""Placeholder of the "Account and billing" tab (the billing-tab branch brings the real one).

It keeps the interface the main window relies on: ``AccountBillingTab(context, parent)``,
objectName ``accountBillingTab``, and ``editContactsRequested(Role | None)``.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, Signal
from PySide6.QtWidgets import QLabel, QPushButton, QVBoxLayout, QWidget

from contact_manager.ui.context import AppContext


class AccountBillingTab(QWidget):
    editContactsRequested = Signal(object)  # a Role, or None for the whole tab

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("accountBillingTab")
        self.context = context
        layout = QVBoxLayout(self)
        self.summary = QLabel(self)
        self.summary.setObjectName("contactSummaryLabel")
        self.summary.setWordWrap(True)
        self.edit_button = QPushButton(self)
        self.edit_button.setObjectName("editContactsButton")
        self.edit_button.clicked.connect(lambda: self.editContactsRequested.emit(None))
        layout.addWidget(self.summary)
        layout.addWidget(self.edit_button)
        layout.addStretch(1)
        context.sheetChanged.connect(lambda _sheet: self.retranslate())
        self.retranslate()

    def retranslate(self) -> None:
        self.edit_button.setText(self.tr("&Edit contacts"))
        sheet = self.context.sheet
        lines = [f"{role.label}: {person.display}" for role, person in sheet.assignments()] if sheet else []
        self.summary.setText("\n".join(lines))

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)
