"""Add or edit a user: the email is checked as it is typed, with the validator's reason shown."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal, Slot
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from contact_manager.domain.company import USER_MAX_LENGTHS, clean_optional
from contact_manager.domain.contacts import Person
from contact_manager.domain.emails import normalize_email
from contact_manager.domain.errors import ContactError, DuplicateEmail, InvalidEmail, InvalidField
from contact_manager.ui.kit import dialogs, undo, undo_texts
from contact_manager.ui.kit.context import AppContext
from contact_manager.ui.kit.look import ERROR_STYLE
from contact_manager.ui.kit.retranslating import Retranslating
from contact_manager.ui.kit.undo import UndoFailures
from contact_manager.ui.kit.widgets import named

# A hint, not an error: an empty style sheet would leave the red of the previous error on screen.
NEUTRAL_STYLE = "color: palette(window-text);"


class UserDialog(Retranslating, QDialog):
    """Saves through the users service; closes only once the service accepted the change."""

    userSaved = Signal(int)  # the id of the user added or edited, once saved

    def __init__(
        self,
        context: AppContext,
        user: Person | None = None,
        parent: QWidget | None = None,
        *,
        failures: UndoFailures | None = None,
    ) -> None:
        super().__init__(parent)
        self.context, self.user = context, user
        self.failures = failures  # where a refused undo of the change says why
        self.saved_person: Person | None = None
        self.setObjectName("userDialog")
        self.setModal(True)
        self.setMinimumWidth(540)

        self.first = named(QLineEdit(), "userFirstName")
        self.last = named(QLineEdit(), "userLastName")
        self.email = named(QLineEdit(), "userEmail")
        self.email_reason = named(QLabel(), "userEmailReason", wrap=True)
        # two lines kept free, so the dialog doesn't jump (or clip) as the reason changes
        self.email_reason.setMinimumHeight(2 * self.fontMetrics().lineSpacing() + 2)
        self.email_reason.setAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
        self.email_reason.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        self.email_reason.setStyleSheet(ERROR_STYLE)
        self.title = named(QLineEdit(), "userJobTitle")
        self.phone = named(QLineEdit(), "userPhone")
        self.phone_reason = QLabel()  # checked as typed, like the email
        self.phone_reason.setObjectName("userPhoneReason")
        self.phone_reason.setWordWrap(True)
        self.phone_reason.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        self.phone_reason.setStyleSheet(ERROR_STYLE)
        self.phone_reason.hide()
        for field, name in (
            (self.first, "first_name"),
            (self.last, "last_name"),
            (self.email, "email"),
            (self.title, "job_title"),
            (self.phone, "phone"),
        ):
            field.setMaxLength(USER_MAX_LENGTHS[name])
        self.error = named(QLabel(), "userDialogError", wrap=True)
        self.error.setStyleSheet(ERROR_STYLE)
        self.error.hide()

        self.form = QFormLayout()
        self.form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.ExpandingFieldsGrow)
        self.labels = [QLabel() for _ in range(5)]
        self.form.addRow(self.labels[0], self.first)
        self.form.addRow(self.labels[1], self.last)
        self.form.addRow(self.labels[2], self.email)
        self.form.addRow("", self.email_reason)
        self.form.addRow(self.labels[3], self.title)
        self.form.addRow(self.labels[4], self.phone)
        self.form.addRow("", self.phone_reason)
        for label, field in zip(
            self.labels, (self.first, self.last, self.email, self.title, self.phone), strict=True
        ):
            label.setBuddy(field)

        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        self.buttons.setObjectName("userDialogButtons")
        self.buttons.accepted.connect(self.save)
        self.buttons.rejected.connect(self.reject)
        self.save_button = self.buttons.button(QDialogButtonBox.StandardButton.Save)
        self.save_button.setObjectName("userSaveButton")
        self.save_button.setDefault(True)

        layout = QVBoxLayout(self)
        layout.addLayout(self.form)
        layout.addWidget(self.error)
        layout.addStretch(1)
        layout.addWidget(self.buttons)

        if user is not None:
            self.first.setText(user.first_name)
            self.last.setText(user.last_name)
            self.email.setText(user.email)
            self.title.setText(user.job_title)
            self.phone.setText(user.phone)
        self.opened_with = self._typed()  # what Cancel or Escape would throw away is what differs
        for field in (self.first, self.last, self.email, self.phone):
            field.textChanged.connect(self._check)
        self.retranslate()

    def _typed(self) -> tuple[str, ...]:
        return tuple(field.text() for field in (self.first, self.last, self.email, self.title, self.phone))

    def reject(self) -> None:
        """Cancel, Escape or the title bar's close: nothing typed is thrown away without asking."""
        if self._typed() == self.opened_with:
            super().reject()
            return
        if self.user is None:
            text = self.tr("The new user is not saved yet.")
        else:
            text = self.tr("The changes to {person} are not saved yet.").format(person=self.user.short)
        dialogs.ask_to_discard(
            self,
            "discardUserChangesDialog",
            self.tr("Discard what you typed?"),
            text,
            self.tr("&Discard"),
            lambda: QDialog.reject(self),
        )

    # --- texts --------------------------------------------------------------------------

    def retranslate(self) -> None:
        editing = self.user is not None
        self.setWindowTitle(self.tr("Edit user") if editing else self.tr("Add user"))
        self.setAccessibleName(self.windowTitle())
        texts = (
            (self.tr("&First name:"), self.tr("First name")),
            (self.tr("&Last name:"), self.tr("Last name")),
            (self.tr("&Email:"), self.tr("Email address")),
            (self.tr("&Job title:"), self.tr("Job title")),
            (self.tr("&Phone:"), self.tr("Phone")),
        )
        for label, field, (text, name) in zip(
            self.labels, (self.first, self.last, self.email, self.title, self.phone), texts, strict=True
        ):
            label.setText(text)
            field.setAccessibleName(name)
        self.email.setPlaceholderText(self.tr("name@example.com"))
        self.email_reason.setAccessibleName(self.tr("Email address check"))
        self.error.setAccessibleName(self.tr("Why the user was not saved"))
        self.save_button.setText(self.tr("&Save") if editing else self.tr("&Add"))
        self.buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Cancel"))
        self._check()

    # --- checking as typed --------------------------------------------------------------

    @Slot()
    def _check(self) -> bool:
        text = self.email.text()
        ok_email = False
        if not text.strip():
            self.email_reason.setText("")
        else:
            try:
                normalized = normalize_email(text)
            except InvalidEmail as error:
                self.email_reason.setText(error.explanation)
                self.email_reason.setStyleSheet(ERROR_STYLE)
            else:
                taken = self._taken(normalized)
                if taken is not None:
                    self.email_reason.setText(DuplicateEmail(normalized).message)
                    self.email_reason.setStyleSheet(ERROR_STYLE)
                else:
                    ok_email = True
                    self.email_reason.setStyleSheet(NEUTRAL_STYLE)  # "" keeps the red in Qt 6
                    shown = self.tr("Will be saved as {address}.").format(address=normalized)
                    self.email_reason.setText(shown if normalized != text.strip() else "")
        has_name = bool(self.first.text().strip() or self.last.text().strip())
        ok_phone = self._check_phone()
        self.save_button.setEnabled(ok_email and has_name and ok_phone)
        return ok_email and has_name and ok_phone

    def _check_phone(self) -> bool:
        try:
            clean_optional("phone", self.phone.text())
        except InvalidField as error:
            self.phone_reason.setText(error.message)
            self.phone_reason.setAccessibleName(self.tr("Phone number check"))
            self.phone_reason.show()
            return False
        self.phone_reason.hide()
        self.phone_reason.clear()
        return True

    def _taken(self, address: str) -> Person | None:
        """Another user of the account with this address, if any (checked as typed)."""
        if self.context.account_id is None:
            return None
        try:
            other = self.context.services.users.find(self.context.account_id, address)
        except ContactError:
            return None
        return None if self.user is not None and other.user_id == self.user.user_id else other

    # --- saving ---------------------------------------------------------------------------

    @Slot()
    def save(self) -> None:
        if not self._check() or self.context.account_id is None:
            return
        users = self.context.services.users
        values = dict(
            first_name=self.first.text(),
            last_name=self.last.text(),
            email=self.email.text(),
            job_title=self.title.text(),
            phone=self.phone.text(),
        )
        saved: list[Person] = []

        def change(account_id: int, version: int | None) -> Person:
            if self.user is None:
                fields = dict(values)
                person = users.add(
                    account_id,
                    fields.pop("first_name"),
                    fields.pop("last_name"),
                    fields.pop("email"),
                    expected_version=version,
                    **fields,
                )
            else:
                assert self.user.user_id is not None  # a user being edited is saved, so has an id
                person = users.edit(account_id, self.user.user_id, expected_version=version, **values)
            saved.append(person)
            return person

        if self.context.apply(change, failure=self._show_error) is None:  # on Conflict: reloaded
            return
        person = self.saved_person = saved[0]
        self.context.usersChanged.emit()
        message = self.tr("Added {person}.") if self.user is None else self.tr("Saved {person}.")
        self.context.saved.emit(message.format(person=person.display))
        self._push_undo(person)
        self.userSaved.emit(person.user_id)
        self.accept()

    def _push_undo(self, person: Person) -> None:
        services = self.context.services
        if self.user is None:
            assert person.user_id is not None  # the service gave the saved user its id
            what = undo_texts.addition(person)
            do = undo.user_back_change(services, person)
            back = undo.user_removal_change(services, person.user_id)
        elif person == self.user:
            return  # nothing changed, nothing saved
        else:
            what = undo_texts.edit(person)
            do, back = undo.user_values_change(services, person), undo.user_values_change(services, self.user)
        undo.ServiceCommand(self.context, self.failures, what, do, back, users=True).push()

    def _show_error(self, error: ContactError) -> None:
        self.error.setText(error.message)
        self.error.show()
        if isinstance(error, InvalidEmail):
            self.email.setFocus()
