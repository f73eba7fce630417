"""Tell them...: after a change of a point of contact, the notice to the new and the old holder.

``TellThem.attach`` puts a ``tellThemButton`` in the window's status bar; it shows after every
saved change of a point of contact (a change to the security contact included, always) and
opens ``TellThemDialog``: the message in the account's language (English or Italian, chosen
there and kept per account), handed to the mail client through a ``mailto:`` link or saved
as an ``.eml`` draft. The app never sends it. Tests replace ``open_url`` (the mail client).
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QUrl, Slot
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QMainWindow,
    QPlainTextEdit,
    QPushButton,
    QWidget,
)

from contact_manager import language
from contact_manager.domain.errors import ContactError
from contact_manager.domain.notice import NOTICE_LANGUAGES, is_contact_change, mailto_link, render_notice
from contact_manager.ui.kit import dialogs
from contact_manager.ui.kit.context import AppContext
from contact_manager.ui.kit.retranslating import Retranslating
from contact_manager.ui.kit.widgets import column, named

if TYPE_CHECKING:
    from email.message import EmailMessage


def open_url(url: QUrl) -> bool:
    """The seam to the system: the mail client opens a ``mailto:`` link."""
    return QDesktopServices.openUrl(url)


class TellThem(Retranslating, QPushButton):
    """The status bar's "Tell them..." button for the latest change of a point of contact."""

    @classmethod
    def attach(cls, window: QMainWindow, context: AppContext) -> TellThem:
        button = window.statusBar().findChild(TellThem, "tellThemButton")
        if button is None:
            button = cls(window)
            window.statusBar().addPermanentWidget(button)
        button.bind(context)
        return button

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("tellThemButton")
        self.setFlat(True)
        self.context: AppContext | None = None
        self.change_id: int | None = None
        self.dialog: TellThemDialog | None = None
        self.clicked.connect(self.tell)
        self.hide()
        self.retranslate()

    def bind(self, context: AppContext) -> None:
        if self.context is not None:
            self.context.saved.disconnect(self._after_save)
            self.context.accountSwitched.disconnect(self._forget)
        self.context = context
        context.saved.connect(self._after_save)
        context.accountSwitched.connect(self._forget)
        self._forget()

    def retranslate(self) -> None:
        self.setText(self.tr("Tell them..."))
        self.setToolTip(self.tr("Prepare a message to the new and the previous holder of the role"))
        self.setAccessibleName(self.tr("Tell them"))

    @Slot(int)
    def _forget(self, *_args: object) -> None:
        self.change_id = None
        self.hide()

    @Slot(str)
    def _after_save(self, _text: str) -> None:
        """Offer the notice when the change just saved is a change of a point of contact."""
        context = self.context
        if context is None or context.account_id is None:
            return self._forget()
        try:
            latest = context.services.history.list(context.account_id, limit=1)
        except ContactError:
            return self._forget()
        if latest and is_contact_change(latest[0]):
            self.change_id = latest[0].id
            self.show()
        else:
            self._forget()

    @Slot()
    def tell(self) -> None:
        if self.context is None or self.context.account_id is None or self.change_id is None:
            return
        self.dialog = TellThemDialog(self.context, self.change_id, self.window())
        self.dialog.open()


class TellThemDialog(Retranslating, QDialog):
    """``tellThemDialog``: To, Cc, Subject and the text, in the chosen language."""

    def __init__(self, context: AppContext, change_id: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("tellThemDialog")
        self.setMinimumSize(560, 400)
        self.context, self.change_id = context, change_id
        account_id = context.account_id
        assert account_id is not None  # opened for a change in the open account
        self.account_id = account_id
        self.message: EmailMessage | None = None  # rendered in the chosen language
        notices = context.services.notices
        self.facts = notices.facts(self.account_id, change_id)

        self.language = named(QComboBox(), "tellThemLanguage")
        for code in NOTICE_LANGUAGES:
            self.language.addItem("", code)
        self.language.setCurrentIndex(NOTICE_LANGUAGES.index(notices.language(self.account_id)))
        self.language.currentIndexChanged.connect(self._language_chosen)
        self.to = named(QLabel(), "tellThemTo")
        self.cc = named(QLabel(), "tellThemCc")
        self.subject = named(QLabel(), "tellThemSubject")
        for label in (self.to, self.cc, self.subject):
            label.setWordWrap(True)
        self.body = named(QPlainTextEdit(), "tellThemBody")
        self.body.setReadOnly(True)
        self.form = QFormLayout()
        self._labels = [QLabel() for _ in range(4)]
        for label, field in zip(self._labels, (self.language, self.to, self.cc, self.subject), strict=True):
            label.setBuddy(field)
            self.form.addRow(label, field)
        self.note = named(QLabel(), "tellThemNote", wrap=True)
        self.buttons = named(QDialogButtonBox(QDialogButtonBox.StandardButton.Close), "tellThemButtons")
        self.mail = self.buttons.addButton("", QDialogButtonBox.ButtonRole.ActionRole)
        self.mail.setObjectName("tellThemMail")
        self.save = self.buttons.addButton("", QDialogButtonBox.ButtonRole.ActionRole)
        self.save.setObjectName("tellThemSave")
        self.mail.clicked.connect(self.open_in_mail_client)
        self.save.clicked.connect(self.save_draft)
        self.buttons.rejected.connect(self.reject)
        column(self, self.form, (self.body, 1), self.note, self.buttons)
        self.retranslate()

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Tell them"))
        self.setAccessibleName(self.windowTitle())
        for label, text in zip(
            self._labels,
            (self.tr("&Language of the message:"), self.tr("To:"), self.tr("Cc:"), self.tr("Subject:")),
            strict=True,
        ):
            label.setText(text)
        self.language.setItemText(0, self.tr("English"))
        self.language.setItemText(1, self.tr("Italian"))
        self.body.setAccessibleName(self.tr("Text of the message"))
        self.mail.setText(self.tr("&Open in mail client"))
        self.save.setText(self.tr("&Save as draft..."))
        self.buttons.button(QDialogButtonBox.StandardButton.Close).setText(self.tr("Close"))
        self.note.setText(self.tr("Nothing is sent by Contact Manager: your mail client sends the message."))
        self._render()

    def chosen_language(self) -> str:
        return self.language.currentData()

    @Slot(int)
    def _language_chosen(self, _index: int) -> None:
        try:
            self.context.services.notices.set_language(self.account_id, self.chosen_language())
        except ContactError as error:
            self.note.setText(error.message)
        self._render()

    def _render(self) -> None:
        self.message = message = render_notice(self.facts, language.translator_for(self.chosen_language()))
        self.to.setText(str(message["To"]))
        cc = message["Cc"]
        self.cc.setText(str(cc) if cc else self.tr("(nobody)"))
        self.subject.setText(str(message["Subject"]))
        self.body.setPlainText(message.get_content())

    @Slot()
    def open_in_mail_client(self) -> None:
        assert self.message is not None  # rendered when the dialog was built
        if not open_url(QUrl(mailto_link(self.message), QUrl.ParsingMode.StrictMode)):
            self.note.setText(
                self.tr("No mail client opened the message: save it as a draft and open that instead.")
            )
            return
        self.context.status.emit(self.tr("The message is in your mail client, ready to send."))
        self.accept()

    @Slot()
    def save_draft(self) -> None:
        path = dialogs.ask("save_notice", self, start=f"{self.facts.account_name}.eml")
        if not path:
            return
        assert self.message is not None  # rendered when the dialog was built
        try:
            Path(path).write_bytes(self.message.as_bytes())
        except OSError as error:
            self.note.setText(
                self.tr("Could not save {path}: {reason}").format(path=path, reason=error.strerror or error)
            )
            return
        self.context.status.emit(self.tr("Saved the message as {path}.").format(path=path))
        self.accept()
