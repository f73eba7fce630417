"""Small account dialogs of the File menu: a name (new, rename, import as) and deleting by
typing the account's name."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Slot
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QLabel, QLineEdit, QPushButton, QVBoxLayout, QWidget

from contact_manager.domain.company import MAX_LENGTHS
from contact_manager.domain.errors import ContactError
from contact_manager.ui.kit.look import ERROR_STYLE
from contact_manager.ui.kit.retranslating import Retranslating
from contact_manager.ui.kit.widgets import named


class NameDialog(Retranslating, QDialog):
    """Asks for an account name; ``save(name)`` runs the change, and the dialog stays open
    with the refusal shown until it succeeds or the user cancels."""

    def __init__(
        self,
        name: str,
        texts: Callable[[], tuple[str, str, str]],
        save: Callable[[str], object],
        parent: QWidget | None = None,
        text: str = "",
    ) -> None:
        super().__init__(parent)
        self.setObjectName(name)
        self.setModal(True)
        self.setMinimumWidth(420)
        self._texts, self._save = texts, save
        self.result_value: object = None
        self.prompt = named(QLabel(), "accountNamePrompt", wrap=True)
        self.name = named(QLineEdit(text), "accountNameField")
        self.name.setMaxLength(MAX_LENGTHS["name"])
        self.name.selectAll()
        self.prompt.setBuddy(self.name)
        self.error = named(QLabel(), "accountNameError", wrap=True)
        self.error.setStyleSheet(ERROR_STYLE)
        self.error.hide()
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.ok = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.ok.setObjectName("accountNameOk")
        self.ok.setDefault(True)
        self.buttons.accepted.connect(self.save)
        self.buttons.rejected.connect(self.reject)
        self.name.textChanged.connect(lambda text: self.ok.setEnabled(bool(text.strip())))
        layout = QVBoxLayout(self)
        layout.addWidget(self.prompt)
        layout.addWidget(self.name)
        layout.addWidget(self.error)
        layout.addWidget(self.buttons)
        self.ok.setEnabled(bool(text.strip()))
        self.retranslate()

    def retranslate(self) -> None:
        title, prompt, ok = self._texts()
        self.setWindowTitle(title)
        self.setAccessibleName(title)
        self.prompt.setText(prompt)
        self.name.setAccessibleName(self.tr("Account name"))
        self.ok.setText(ok)
        self.buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Cancel"))

    @Slot()
    def save(self) -> None:
        if not self.name.text().strip():
            return
        try:
            self.result_value = self._save(self.name.text())
        except ContactError as error:
            self.error.setText(error.message)
            self.error.show()
            self.name.setFocus()
            return
        self.accept()


class DeleteAccountDialog(Retranslating, QDialog):
    """Delete only once the account's exact name has been typed."""

    def __init__(self, account_name: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.account_name = account_name
        self.setObjectName("deleteAccountDialog")
        self.setModal(True)
        self.setMinimumWidth(460)
        self.explanation = named(QLabel(), "deleteAccountExplanation", wrap=True)
        self.prompt = named(QLabel(), "deleteAccountPrompt", wrap=True)
        self.typed = named(QLineEdit(), "deleteAccountName")
        self.prompt.setBuddy(self.typed)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.delete_button = self.buttons.addButton("", QDialogButtonBox.ButtonRole.DestructiveRole)
        self.delete_button.setObjectName("deleteAccountConfirm")
        self.delete_button.setEnabled(False)
        for button in self.buttons.buttons():  # Enter deletes only through the typed name
            assert isinstance(button, QPushButton)  # a button box holds push buttons
            button.setAutoDefault(False)
            button.setDefault(False)
        self.delete_button.clicked.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        self.typed.textChanged.connect(lambda _t: self.delete_button.setEnabled(self.confirmed()))
        self.typed.returnPressed.connect(self._enter)
        layout = QVBoxLayout(self)
        layout.addWidget(self.explanation)
        layout.addWidget(self.prompt)
        layout.addWidget(self.typed)
        layout.addWidget(self.buttons)
        self.retranslate()

    def confirmed(self) -> bool:
        return self.typed.text().strip() == self.account_name

    @Slot()
    def _enter(self) -> None:
        if self.confirmed():
            self.accept()

    def retranslate(self) -> None:
        title = self.tr("Delete account")
        self.setWindowTitle(title)
        self.setAccessibleName(title)
        self.explanation.setText(
            self.tr(
                "Deleting \u201c{name}\u201d removes its users, contacts and history. "
                "A backup of the whole database is made first."
            ).format(name=self.account_name)
        )
        self.prompt.setText(self.tr("Type the account's name to confirm:"))
        self.typed.setPlaceholderText(self.account_name)
        self.typed.setAccessibleName(self.tr("Type the account's name to confirm"))
        self.delete_button.setText(self.tr("Delete account"))
        self.buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Cancel"))
