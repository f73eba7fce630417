"""Who is this person? Every account an address belongs to, and every role it holds there."""

from __future__ import annotations

from PySide6.QtCore import Qt, Slot
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from contact_manager.domain.errors import ContactError
from contact_manager.services.directory import Holding
from contact_manager.ui.kit.context import AppContext
from contact_manager.ui.kit.retranslating import Retranslating
from contact_manager.ui.kit.widgets import named


class PersonView(Retranslating, QDialog):
    def __init__(self, context: AppContext, email: str = "", parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.holdings: list[Holding] = []
        self.setObjectName("personView")
        self.setMinimumSize(620, 320)

        self.email = named(QLineEdit(email), "personEmail")
        self.look_up = named(QPushButton(), "personLookUp")
        self.look_up.clicked.connect(self.show_person)
        self.email_label = QLabel()
        self.email_label.setBuddy(self.email)
        top = QHBoxLayout()
        top.addWidget(self.email_label)
        top.addWidget(self.email, 1)
        top.addWidget(self.look_up)
        self.summary = named(QLabel(), "personSummary", wrap=True)
        self.table = named(QTableWidget(0, 3), "personTable")
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.verticalHeader().hide()
        self.table.verticalHeader().setDefaultSectionSize(self.fontMetrics().height() + 10)
        self.table.setAlternatingRowColors(True)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.buttons = named(QDialogButtonBox(QDialogButtonBox.StandardButton.Close), "personButtons")
        self.buttons.rejected.connect(self.reject)
        self.replace = self.buttons.addButton("", QDialogButtonBox.ButtonRole.ActionRole)
        self.replace.setObjectName("personReplace")
        self.replace.setAutoDefault(False)
        self.replace.clicked.connect(self.replace_everywhere)
        close = self.buttons.button(QDialogButtonBox.StandardButton.Close)
        close.setAutoDefault(False)
        self.look_up.setDefault(True)  # Enter looks the typed address up; Escape closes

        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.summary)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.buttons)
        self.retranslate()
        if email:
            self.show_person()

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Who is this person?"))
        self.setAccessibleName(self.windowTitle())
        self.email_label.setText(self.tr("&Email:"))
        self.email.setAccessibleName(self.tr("Email address to look up"))
        self.look_up.setText(self.tr("&Look up"))
        self.look_up.setAccessibleName(self.tr("Look up the address"))
        self.table.setHorizontalHeaderLabels([self.tr("Account"), self.tr("Roles"), self.tr("As")])
        self.table.setAccessibleName(self.tr("Roles held in every account"))
        self.summary.setAccessibleName(self.tr("Summary"))
        self.buttons.button(QDialogButtonBox.StandardButton.Close).setText(self.tr("Close"))
        self.replace.setText(self.tr("Replace in every acco&unt..."))
        self.replace.setToolTip(self.tr("Give every role of this person, in every account, to someone else"))
        self._fill()

    @Slot()
    def show_person(self) -> None:
        try:
            self.holdings = self.context.services.directory.person(self.email.text())
        except ContactError as error:
            self.holdings = []
            self._fill()
            self.summary.setText(error.message)
            return
        self._fill()

    @Slot()
    def replace_everywhere(self) -> None:
        from contact_manager.ui.users.replace_dialog import ReplaceDialog

        dialog = ReplaceDialog(self.context, self.email.text().strip(), self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.replaced.connect(lambda _done: self.show_person())
        dialog.open()
        self.replaceOpened = dialog

    def _fill(self) -> None:
        self.replace.setEnabled(bool(self.holdings))
        self.table.setRowCount(len(self.holdings))
        for row, holding in enumerate(self.holdings):
            person = holding.person
            if person.external:
                status = self.tr("External address")
            elif person.active:
                status = self.tr("Active user")
            else:
                status = self.tr("Deactivated user")
            roles = ", ".join(role.label for role in holding.roles) or self.tr("No role")
            for column, text in enumerate((holding.account_name, roles, status)):
                self.table.setItem(row, column, QTableWidgetItem(text))
        if not self.email.text().strip():
            self.summary.setText(self.tr("Type an email address and press Look up."))
            return
        if not self.holdings:
            self.summary.setText(self.tr("No account of this database knows this address."))
            return
        named = next((h.person for h in self.holdings if h.person.name), self.holdings[0].person)
        count = sum(len(h.roles) for h in self.holdings)
        self.summary.setText(
            self.tr("{person}: {roles} in {accounts}.").format(
                person=named.display,
                roles=self.tr("%n role(s)", "", count),
                accounts=self.tr("%n account(s)", "", len(self.holdings)),
            )
        )
