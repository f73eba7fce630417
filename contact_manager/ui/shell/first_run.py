"""The first-run page: name the account and type in its first users.

Shown instead of an empty window when the database has no account, and by File > New
account. Every row is checked before anything is written; then the account and its users
are created in one transaction, so a refusal leaves nothing half-made.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal, Slot
from PySide6.QtWidgets import (
    QAbstractItemDelegate,
    QAbstractItemView,
    QFormLayout,
    QFrame,
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

from contact_manager.domain.company import clean_name, clean_person_name
from contact_manager.domain.emails import email_key, normalize_email
from contact_manager.domain.errors import ContactError
from contact_manager.services import Services
from contact_manager.ui.kit.retranslating import Retranslating
from contact_manager.ui.kit.widgets import named

START_ROWS = 5


class _UsersTable(QTableWidget):
    """The first users' cells; an open cell editor is finished before the page acts.

    A button's shortcut (Alt+C) leaves the focus in the cell being typed into, so its editor
    would still be open, its text not yet in the cell, when the page reads the rows: the
    account was created without it, and the editor wrote it later into the hidden form.
    """

    def finish_editing(self) -> None:
        """Write what an open cell editor holds into its cell, and close the editor."""
        if self.state() != QAbstractItemView.State.EditingState:
            return
        editor = self.indexWidget(self.currentIndex())
        if editor is None:
            return
        self.commitData(editor)
        self.closeEditor(editor, QAbstractItemDelegate.EndEditHint.NoHint)

    def cell_text(self, row: int, column: int) -> str:
        """A cell's text, read from the model: no Python wrapper of a Qt-owned item is kept."""
        value = self.model().index(row, column).data()
        return value.strip() if isinstance(value, str) else ""


class FirstRunPage(Retranslating, QWidget):
    accountCreated = Signal(int)
    cancelled = Signal()

    def __init__(self, services: Services, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("firstRunPage")
        self.services = services
        outer = QHBoxLayout(self)
        outer.setContentsMargins(24, 32, 24, 32)
        outer.addStretch(1)
        card = named(QFrame(self), "firstRunCard")
        card.setFrameShape(QFrame.Shape.StyledPanel)
        card.setMinimumWidth(720)
        card.setMaximumWidth(900)
        card.setMaximumHeight(620)
        outer.addWidget(card, 4, Qt.AlignmentFlag.AlignVCenter)
        outer.addStretch(1)
        layout = QVBoxLayout(card)
        layout.setContentsMargins(24, 24, 24, 24)
        layout.setSpacing(12)

        self.title = named(QLabel(card), "firstRunTitle")
        font = self.title.font()
        font.setPointSizeF(font.pointSizeF() * 1.5)
        font.setBold(True)
        self.title.setFont(font)
        self.intro = QLabel(card)
        self.intro.setWordWrap(True)
        layout.addWidget(self.title)
        layout.addWidget(self.intro)

        form = QFormLayout()
        self.name_label = QLabel(card)
        self.name = named(QLineEdit(card), "firstRunAccountName")
        self.name_label.setBuddy(self.name)
        form.addRow(self.name_label, self.name)
        layout.addLayout(form)

        self.users_label = QLabel(card)
        layout.addWidget(self.users_label)
        self.users = _UsersTable(START_ROWS, 3, card)
        self.users.setObjectName("firstRunUsers")
        self.users.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.users.verticalHeader().setVisible(False)
        self.users_label.setBuddy(self.users)
        layout.addWidget(self.users, 1)

        self.error = named(QLabel(card), "firstRunError", wrap=True)
        self.error.hide()
        layout.addWidget(self.error)

        buttons = QHBoxLayout()
        self.add_row = named(QPushButton(card), "firstRunAddRowButton")
        self.add_row.clicked.connect(lambda: self.users.insertRow(self.users.rowCount()))
        self.cancel = named(QPushButton(card), "firstRunCancelButton")
        self.cancel.clicked.connect(self.cancelled)
        self.create_button = QPushButton(card)  # not ``create``: that would hide QWidget.create()
        self.create_button.setObjectName("firstRunCreateButton")
        self.create_button.setDefault(True)
        self.create_button.clicked.connect(self.create_account)
        # a default button acts on Enter only in a dialog: in this page the name field says so
        self.name.returnPressed.connect(self.create_account)
        buttons.addWidget(self.add_row)
        buttons.addStretch(1)
        buttons.addWidget(self.cancel)
        buttons.addWidget(self.create_button)
        layout.addLayout(buttons)
        self.retranslate()

    def retranslate(self) -> None:
        # "Welcome" only on a first start; File > New account... creates another one.
        another = getattr(self, "another_account", False)
        self.title.setText(self.tr("New account") if another else self.tr("Welcome to Contact Manager"))
        self.intro.setText(
            self.tr(
                "Name the company account, then type in its first users: the people you will "
                "choose as its primary, billing and other contacts. You can add more later."
            )
        )
        self.name_label.setText(self.tr("Account &name:"))
        self.name.setAccessibleName(self.tr("Account name"))
        self.name.setPlaceholderText(self.tr("e.g. Rossi Costruzioni S.p.A."))
        self.users_label.setText(self.tr("First &users:"))
        self.users.setAccessibleName(self.tr("First users"))
        self.users.setHorizontalHeaderLabels([self.tr("First name"), self.tr("Last name"), self.tr("Email")])
        self.add_row.setText(self.tr("Add &row"))
        self.cancel.setText(self.tr("Cancel"))
        self.create_button.setText(self.tr("&Create account"))

    def reset(self, can_cancel: bool) -> None:
        self.another_account = can_cancel  # there is an account to go back to
        self.retranslate()
        self.name.clear()
        self.users.clearContents()
        self.users.setRowCount(START_ROWS)
        self.error.hide()
        self.cancel.setVisible(can_cancel)
        self.name.setFocus(Qt.FocusReason.OtherFocusReason)

    def add_users(self, people: list[tuple[str, str, str]]) -> None:
        """Append (first, last, email) rows after the ones already filled (File > Import users...)."""
        rows = self._rows()
        start = rows[-1][0] + 1 if rows else 0
        for offset, (first, last, email) in enumerate(people):
            self.set_user(start + offset, first, last, email)

    def set_user(self, row: int, first: str, last: str, email: str) -> None:
        """Fill a row (what typing does; used by tests and the screenshot script)."""
        while self.users.rowCount() <= row:
            self.users.insertRow(self.users.rowCount())
        for column, text in enumerate((first, last, email)):
            self.users.setItem(row, column, QTableWidgetItem(text))

    def _rows(self) -> list[tuple[int, str, str, str]]:
        rows: list[tuple[int, str, str, str]] = []
        for row in range(self.users.rowCount()):
            first, last, email = (self.users.cell_text(row, column) for column in range(3))
            if first or last or email:
                rows.append((row, first, last, email))
        return rows

    def _show_error(self, text: str) -> None:
        self.error.setText(f"\u26a0 {text}")
        self.error.setAccessibleDescription(text)
        self.error.show()

    @Slot()
    def create_account(self) -> None:
        self.users.finish_editing()  # the cell being typed in counts
        try:
            name = clean_name(self.name.text())
        except ContactError as error:
            self._show_error(error.message)
            self.name.setFocus()
            return
        people, seen = [], set()
        for row, first, last, email in self._rows():
            try:
                first, last = clean_person_name(first, last)
                address = normalize_email(email)
            except ContactError as error:
                self._show_error(self.tr("Row {row}: {reason}").format(row=row + 1, reason=error.message))
                return
            if email_key(address) in seen:
                self._show_error(
                    self.tr("Row {row}: {email} is typed twice.").format(row=row + 1, email=address)
                )
                return
            seen.add(email_key(address))
            people.append((first, last, address))
        try:
            account = self.services.create_account(name, people)
        except ContactError as error:
            self._show_error(error.message)
            return
        self.error.hide()
        self.accountCreated.emit(account.id)
