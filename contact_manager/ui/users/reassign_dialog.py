"""Someone who holds roles leaves: list the roles, then pick a new holder for each one.

The deactivation or removal and every hand-over are saved in one transaction by the
reassign service; Cancel (or a refusal) leaves everything as it was.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, Slot
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QListWidget,
    QPushButton,
    QSizePolicy,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from contact_manager.domain.contacts import Person
from contact_manager.domain.emails import normalize_email
from contact_manager.domain.errors import ContactError, UserHoldsRoles
from contact_manager.domain.roles import Role
from contact_manager.services.reassign import Leave, NewHolder
from contact_manager.ui.kit import undo, undo_texts
from contact_manager.ui.kit.context import AppContext
from contact_manager.ui.kit.look import ERROR_STYLE
from contact_manager.ui.kit.retranslating import Retranslating
from contact_manager.ui.kit.undo import UndoFailures
from contact_manager.ui.kit.widgets import named

NOBODY = "nobody"


class ReassignDialog(Retranslating, QDialog):
    def __init__(
        self,
        context: AppContext,
        person: Person,
        leave: Leave,
        roles: list[Role],
        parent: QWidget | None = None,
        *,
        failures: UndoFailures | None = None,
    ) -> None:
        super().__init__(parent)
        self.context, self.person, self.leave, self.roles = context, person, leave, list(roles)
        self.failures = failures  # where a refused undo of the change says why
        self.setObjectName("reassignDialog")
        self.setModal(True)
        self.setMinimumWidth(520)
        self.pages = named(QStackedWidget(), "reassignPages")

        # page 1: why it was refused, and the way forward
        self.refusal = named(QLabel(), "reassignRefusal", wrap=True)
        self.role_list = named(QListWidget(), "reassignRoleList")
        self.role_list.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.role_list.setMaximumHeight(22 * max(3, len(self.roles)) + 8)
        first = QWidget()
        first_layout = QVBoxLayout(first)
        first_layout.setContentsMargins(0, 0, 0, 0)
        first_layout.addWidget(self.refusal)
        first_layout.addWidget(self.role_list)
        self.pages.addWidget(first)

        # page 2: a new holder for each role
        self.intro = named(QLabel(), "reassignIntro", wrap=True)
        self.form = QFormLayout()
        self.form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.ExpandingFieldsGrow)
        self.combos: dict[Role, QComboBox] = {}
        self.combo_labels: dict[Role, QLabel] = {}
        account_id = context.account_id
        assert account_id is not None  # roles are reassigned in the open account
        candidates = [
            p for p in context.services.users.list(account_id) if p.active and p.user_id != person.user_id
        ]
        sheet = context.services.contacts.sheet(account_id)
        billing = {p.user_id for p in sheet.billing}
        self.no_candidates = not candidates
        for role in self.roles:
            combo = QComboBox()
            combo.setObjectName(f"reassign_{role.value}")
            if role.accepts_external_email:
                combo.setEditable(True)
                combo.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
            combo.setMinimumContentsLength(30)
            combo.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
            combo.addItem("", None)
            for candidate in candidates:
                if role.multi and candidate.user_id in billing:
                    continue  # already a billing contact: can't take a second slot
                combo.addItem(candidate.display, candidate.user_id)
            if not role.required:
                combo.addItem("", NOBODY)
            combo.setCurrentIndex(0)
            combo.currentIndexChanged.connect(self._check)
            combo.editTextChanged.connect(self._check)
            label = QLabel()
            label.setBuddy(combo)
            self.form.addRow(label, combo)
            self.combos[role], self.combo_labels[role] = combo, label
        self.error = named(QLabel(), "reassignError", wrap=True)
        self.error.setStyleSheet(ERROR_STYLE)
        second = QWidget()
        second_layout = QVBoxLayout(second)
        second_layout.setContentsMargins(0, 0, 0, 0)
        second_layout.addWidget(self.intro)
        second_layout.addLayout(self.form)
        second_layout.addWidget(self.error)
        second_layout.addStretch(1)
        self.pages.addWidget(second)

        self.buttons = named(QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel), "reassignButtons")
        self.reassign_button = named(QPushButton(), "reassignStartButton")
        self.confirm_button = named(QPushButton(), "reassignConfirmButton")
        self.buttons.addButton(self.reassign_button, QDialogButtonBox.ButtonRole.ActionRole)
        self.buttons.addButton(self.confirm_button, QDialogButtonBox.ButtonRole.AcceptRole)
        self.reassign_button.clicked.connect(self.show_pickers)
        self.buttons.accepted.connect(self.save)
        self.buttons.rejected.connect(self.reject)
        self.confirm_button.hide()
        self.reassign_button.setDefault(True)

        layout = QVBoxLayout(self)
        layout.addWidget(self.pages)
        layout.addWidget(self.buttons)
        self.retranslate()

    # --- texts --------------------------------------------------------------------------

    def retranslate(self) -> None:
        removing = self.leave == "remove"
        name = self.person.display
        self.setWindowTitle(
            self.tr("Remove {person}").format(person=name)
            if removing
            else self.tr("Deactivate {person}").format(person=name)
        )
        self.setAccessibleName(self.windowTitle())
        self.refusal.setText(UserHoldsRoles(name, self.roles, self.leave).message)
        self.role_list.clear()
        self.role_list.addItems([role.label for role in self.roles])
        self.role_list.setAccessibleName(self.tr("Roles held"))
        if self.no_candidates:
            self.intro.setText(
                self.tr("There is no other active user to take over. Add or reactivate a user first.")
            )
        else:
            self.intro.setText(
                self.tr("Choose who takes over each role. Nothing is saved until you press {button}.").format(
                    button=self._confirm_text().replace("&", "")
                )
            )
        for role, combo in self.combos.items():
            self.combo_labels[role].setText(role.label + ":")
            combo.setAccessibleName(self.tr("New {role}").format(role=role.label.lower()))
            combo.setItemText(0, "" if combo.isEditable() else self.tr("Select a user"))
            nobody = combo.findData(NOBODY)
            if nobody >= 0:
                combo.setItemText(nobody, self.tr("Nobody (leave the role empty)"))
            if role.accepts_external_email:
                edit = combo.lineEdit()
                assert edit is not None  # the box of a role that takes outside addresses is editable
                edit.setPlaceholderText(self.tr("Select a user or type an external address"))
                combo.setToolTip(
                    self.tr("The {role} may also be an external address.").format(role=role.label.lower())
                )
        self.error.setAccessibleName(self.tr("Why nothing was saved"))
        self.reassign_button.setText(self.tr("&Reassign..."))
        self.reassign_button.setAccessibleName(self.tr("Reassign the roles"))
        self.confirm_button.setText(self._confirm_text())
        self.buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Cancel"))
        self._check()

    def _confirm_text(self) -> str:
        return (
            self.tr("Reassign and &remove") if self.leave == "remove" else self.tr("Reassign and &deactivate")
        )

    # --- the flow -----------------------------------------------------------------------

    @Slot()
    def show_pickers(self) -> None:
        self.pages.setCurrentIndex(1)
        self.reassign_button.hide()
        self.confirm_button.show()
        self.confirm_button.setDefault(True)
        if self.combos:
            next(iter(self.combos.values())).setFocus()
        self._check()

    def choice(self, role: Role) -> NewHolder | bool:
        """The chosen new holder of ``role``; False when none is chosen yet."""
        combo = self.combos[role]
        data = combo.currentData()
        if combo.isEditable():
            text = combo.currentText().strip()
            if combo.currentIndex() <= 0 or text != combo.itemText(combo.currentIndex()):
                return text or False  # an address typed in
        if data == NOBODY:
            return None
        return data if data is not None else False

    def choices(self) -> dict[Role, NewHolder]:
        return {role: value for role in self.roles if (value := self.choice(role)) is not False}

    @Slot()
    def _check(self) -> bool:
        ready = len(self.choices()) == len(self.roles)
        self.confirm_button.setEnabled(ready)
        return ready

    @Slot()
    def save(self) -> None:
        if not self._check():
            return
        choices = self.choices()
        sheet = self.context.sheet
        billing = [p.user_id for p in sheet.billing if p.user_id is not None] if sheet else []  # all users
        service = self.context.services.reassign
        user_id, leave, roles = self.person.user_id, self.leave, list(self.roles)
        assert user_id is not None  # the one leaving is a user

        def hand_over(account_id: int, version: int | None) -> object:
            return service.reassign_and_leave(account_id, user_id, choices, leave, expected_version=version)

        def take_back(account_id: int, version: int | None) -> object:
            return service.take_back(account_id, user_id, roles, billing, expected_version=version)

        try:
            for value in choices.values():
                if isinstance(value, str):
                    normalize_email(value)
        except ContactError as error:  # an invalid typed address
            self.error.setText(error.message)
            return
        if self.context.apply(hand_over, failure=lambda error: self.error.setText(error.message)) is None:
            return  # a refusal, a conflict: said in the dialog
        self.context.usersChanged.emit()
        done = self.tr("Removed {person}.") if self.leave == "remove" else self.tr("Deactivated {person}.")
        self.context.saved.emit(done.format(person=self.person.display))
        if leave == "remove":
            undo.cannot_undo(self.context, undo_texts.removal(self.person))
        else:
            what = undo_texts.deactivation(self.person)
            undo.push(self.context, self.failures, what, hand_over, take_back, users=True)
        self.accept()
