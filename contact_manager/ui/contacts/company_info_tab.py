"""The "Company information" tab: company details and every point of contact, laid out.

What the boxes show and what each gesture saves is the widget-free ``ContactEditor``'s
(``contact_editor``); this module lays out the boxes and forwards what the user does. Every
box shares the account's one user model (``context.picker_users``). A change is saved the
moment it is made (``context.apply``: one transaction and a history row) and pushed on the
undo stack. Refusals go to the dialogs seam and the box shows what is saved again.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, Slot
from PySide6.QtWidgets import (
    QFormLayout,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from contact_manager.domain.contacts import ContactSheet, Person
from contact_manager.domain.errors import BillingCapReached, ContactError, InvalidEmail
from contact_manager.domain.roles import BILLING_CAP, OTHER_ROLES, Role
from contact_manager.domain.routing import notice_list, notices_for, receives
from contact_manager.ui.contacts.company_details import CompanyDetailsBox
from contact_manager.ui.contacts.contact_editor import ContactEditor, Edit
from contact_manager.ui.contacts.contact_picker import ContactPicker
from contact_manager.ui.kit import dialogs, icons
from contact_manager.ui.kit.context import AppContext
from contact_manager.ui.kit.retranslating import Retranslating
from contact_manager.ui.kit.undo import (
    ServiceCommand,
    UndoFailures,
    cannot_undo,
)


class CompanyInfoTab(Retranslating, QWidget):
    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("companyInfoTab")
        self.context = context
        self.failures = UndoFailures(self)
        self.failures.failed.connect(self._undo_refused)
        # the state and rules of editing the contacts; the services are asked for at a gesture
        self.editor = ContactEditor(lambda: context.services)
        model = context.picker_users

        scroll = QScrollArea(self)
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QScrollArea.Shape.NoFrame)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.addWidget(scroll)
        body = QWidget(scroll)
        scroll.setWidget(body)
        columns = QHBoxLayout(body)
        columns.setContentsMargins(16, 16, 16, 16)
        columns.setSpacing(16)

        self.details = CompanyDetailsBox(context, self.failures, body)
        left = QVBoxLayout()
        left.addWidget(self.details)
        left.addStretch(1)
        columns.addLayout(left, 5)
        right = QVBoxLayout()
        right.setSpacing(12)
        columns.addLayout(right, 6)

        # Account primary contact
        self.primary_group = QGroupBox(body)
        self.primary_group.setObjectName("primaryContactGroup")
        row = QHBoxLayout(self.primary_group)
        self.primary = ContactPicker(
            model, Role.PRIMARY.box_name, self.primary_group, Role.PRIMARY.accepts_external_email
        )
        row.addWidget(self.primary, 1)
        row.addWidget(self.primary.marker)
        right.addWidget(self.primary_group)

        # Billing contacts
        self.billing_group = QGroupBox(body)
        self.billing_group.setObjectName("billingContactsGroup")
        grid = QGridLayout(self.billing_group)
        grid.setColumnStretch(0, 1)
        self.billing: list[ContactPicker] = []
        self.remove_buttons: list[QPushButton] = []
        for slot in range(BILLING_CAP):
            picker = ContactPicker(
                model, f"billingContactCombo{slot}", self.billing_group, Role.BILLING.accepts_external_email
            )
            picker.add_spoken_label()  # "Billing contact 2 of 3", read out with the holder
            remove = QPushButton(self.billing_group)
            remove.setObjectName(f"removeBillingContactButton{slot}")
            remove.setIcon(icons.icon("remove"))
            grid.addWidget(picker, slot, 0)
            grid.addWidget(picker.marker, slot, 1)
            grid.addWidget(remove, slot, 2)
            picker.userChosen.connect(lambda uid, s=slot: self._billing_chosen(s, uid))
            picker.addressEntered.connect(lambda text, p=picker: self._not_a_user(p, text))
            picker.clearRequested.connect(lambda s=slot: self._remove_billing(s))
            picker.unmatched.connect(self.context.status)
            remove.clicked.connect(lambda _checked=False, s=slot: self._remove_billing(s))
            self.billing.append(picker)
            self.remove_buttons.append(remove)
        self.billing_hint = QLabel(self.billing_group)
        self.billing_hint.setObjectName("billingContactsHint")
        self.billing_hint.setWordWrap(True)
        grid.addWidget(self.billing_hint, BILLING_CAP + 2, 0, 1, 3)
        self.no_billing = QLabel(self.billing_group)
        self.no_billing.setObjectName("noBillingContactsLabel")
        grid.addWidget(self.no_billing, BILLING_CAP, 0, 1, 3)
        self.add_billing = QPushButton(self.billing_group)
        self.add_billing.setObjectName("addBillingContactButton")
        self.add_billing.clicked.connect(self._add_another)
        buttons = QHBoxLayout()
        buttons.addWidget(self.add_billing)
        buttons.addStretch(1)
        grid.addLayout(buttons, BILLING_CAP + 1, 0, 1, 3)
        right.addWidget(self.billing_group)

        # Other contacts
        self.others_group = QGroupBox(body)
        self.others_group.setObjectName("otherContactsGroup")
        form = QFormLayout(self.others_group)
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.others: dict[Role, ContactPicker] = {}
        self.other_labels: dict[Role, QLabel] = {}
        for role in OTHER_ROLES:
            picker = ContactPicker(model, role.box_name, self.others_group, role.accepts_external_email)
            label = QLabel(self.others_group)
            label.setBuddy(picker)
            line = QHBoxLayout()
            line.addWidget(picker, 1)
            line.addWidget(picker.marker)
            form.addRow(label, line)
            picker.userChosen.connect(lambda uid, r=role: self._holder_chosen(r, uid))
            picker.addressEntered.connect(lambda text, r=role: self._address_entered(r, text))
            picker.clearRequested.connect(lambda r=role: self._set_holder(r, None))
            picker.unmatched.connect(self.context.status)
            self.others[role], self.other_labels[role] = picker, label
        right.addWidget(self.others_group)
        right.addStretch(1)

        self.primary.userChosen.connect(lambda uid: self._holder_chosen(Role.PRIMARY, uid))
        self.primary.addressEntered.connect(lambda text: self._address_entered(Role.PRIMARY, text))
        self.primary.clearRequested.connect(lambda: self._set_holder(Role.PRIMARY, None))
        self.primary.unmatched.connect(self.context.status)

        context.sheetChanged.connect(self.show_sheet)
        model.modelReset.connect(self._users_reloaded)
        context.accountSwitched.connect(lambda _id: self._account_switched())
        self.retranslate()
        if context.sheet is not None:
            self._account_switched()

    # --- texts ----------------------------------------------------------------------------

    def retranslate(self) -> None:
        self.primary_group.setTitle(self.tr("Account primary contact"))
        self.primary.setAccessibleName(self.tr("Account primary contact"))
        self.billing_group.setTitle(self.tr("Billing contacts"))
        for slot, (picker, remove) in enumerate(zip(self.billing, self.remove_buttons, strict=True)):
            picker.setAccessibleName(
                self.tr("Billing contact {number} of {cap}").format(number=slot + 1, cap=BILLING_CAP)
            )
            remove.setText(self.tr("Remove"))
            remove.setAccessibleName(self.tr("Remove billing contact {number}").format(number=slot + 1))
        billing_notices = notice_list(notices_for(Role.BILLING))  # the routing table's own words
        self.billing_hint.setText(
            self.tr("Up to {cap} people who receive {notices}.").format(
                cap=BILLING_CAP, notices=billing_notices
            )
        )
        self.no_billing.setText(self.tr("No billing contact yet: invoices go to the primary contact."))
        self.add_billing.setText(self.tr("&Add another"))
        self.add_billing.setAccessibleName(self.tr("Add another billing contact"))
        self.others_group.setTitle(self.tr("Other contacts"))
        for role, picker in self.others.items():
            text = role.field_label
            self.other_labels[role].setText(text)
            picker.setAccessibleName(text.replace("&", "").rstrip(":"))
            if role.accepts_external_email:
                picker.setToolTip(
                    self.tr("Choose a user, or type an external email address for the {role}.").format(
                        role=role.label.lower()
                    )
                )
        # What each role receives (the routing table), read out by screen readers.
        self.primary.set_role_description(receives(Role.PRIMARY))
        for picker in self.billing:
            picker.set_role_description(receives(Role.BILLING))
        for role, picker in self.others.items():
            picker.set_role_description(receives(role))

    # --- showing the sheet ------------------------------------------------------------------

    def _account_switched(self) -> None:
        self.editor.account_switched()
        self.details.load()
        if self.context.sheet is not None:
            self.show_sheet(self.context.sheet)

    @Slot()
    def _users_reloaded(self) -> None:
        if self.context.sheet is not None:
            self.show_sheet(self.context.sheet)

    @Slot(object)
    def show_sheet(self, sheet: ContactSheet) -> None:
        self.primary.show_holder(sheet.primary)
        for picker, remove, box in zip(
            self.billing, self.remove_buttons, self.editor.billing_boxes(sheet), strict=True
        ):
            picker.setVisible(box.shown)
            remove.setVisible(box.shown)
            picker.show_holder(box.holder, box.excluded)
            if not box.shown:
                picker.marker.hide()
        self.no_billing.setVisible(self.editor.shows_no_billing(sheet))
        for role, picker in self.others.items():
            picker.show_holder(sheet.others.get(role))
        if self.details.info is None or self.details.info.version != sheet.version:
            self.details.load()

    def is_editing(self) -> bool:
        """True while a box or field holds unsaved typing (the poll does not reload then)."""
        pickers = [self.primary, *self.billing, *self.others.values()]
        return any(p.is_editing() for p in pickers) or self.details.pending()

    def picker_for(self, role: Role | None) -> ContactPicker:
        if role is None or role is Role.PRIMARY:
            return self.primary
        if role.multi:
            return self.billing[0]
        return self.others[role]

    # --- saving ---------------------------------------------------------------------------

    def _account_id(self) -> int:
        """The open account's id: the boxes take changes only while an account is open."""
        assert self.context.account_id is not None
        return self.context.account_id

    def _sheet(self) -> ContactSheet:
        """The open account's sheet: the boxes take changes only while an account is open."""
        assert self.context.sheet is not None
        return self.context.sheet

    def _save(self, edit: Edit, picker: ContactPicker) -> bool:
        """Save ``edit``; on success push a command that undoes it (or say it can't be undone)."""

        def refused(error: ContactError) -> None:
            if isinstance(error, InvalidEmail):
                picker.mark_refused(error.message)  # the typed text stays for correcting
            else:
                picker.revert()
            self.context.show_refusal(error, self.window())

        if self.context.apply(edit.change, edit.description, failure=refused) is None:
            return False
        if edit.undo is not None:
            redo = edit.redo or edit.change
            command = ServiceCommand(self.context, self.failures, edit.undo_text, redo, edit.undo)
            command.push()
        else:  # the status bar says why already
            cannot_undo(self.context, edit.undo_text, say=False)
        return True

    def _user(self, user_id: int) -> Person | None:
        """The chosen user as saved now (another process may have removed them meanwhile)."""
        try:
            return self.context.services.users.get(self._account_id(), user_id)
        except ContactError as error:
            dialogs.refused(self.window(), error)
            self.context.reload()
            return None

    def _holder_chosen(self, role: Role, user_id: int) -> None:
        person = self._user(user_id)
        if person is not None:
            self._set_holder(role, person)

    def _set_holder(self, role: Role, person: Person | None) -> None:
        self._save(self.editor.set_holder(self.context.sheet, role, person), self.picker_for(role))

    def _address_entered(self, role: Role, text: str) -> None:
        try:  # the address as it will be stored, so the status bar says that form
            outside = self.editor.outside_holder(role, text)
        except InvalidEmail as error:
            self.picker_for(role).mark_refused(error.message)
            dialogs.refused(self.window(), error)
            return
        if outside is not None:
            self._set_holder(role, outside)
        else:
            self._not_a_user(self.picker_for(role), text)

    def _not_a_user(self, picker: ContactPicker, text: str) -> None:
        """Text in a box that only takes users: use the user with that address, else say why."""
        try:
            person = self.context.services.users.find(self._account_id(), text)
        except ContactError as error:
            if isinstance(error, InvalidEmail):
                picker.mark_refused(error.message)
                dialogs.refused(self.window(), error)
            else:
                dialogs.refused(self.window(), error)
            return
        if picker in self.billing:
            assert person.user_id is not None  # a user found by address is saved, so has an id
            self._billing_chosen(self.billing.index(picker), person.user_id)
        else:
            role = (
                next(r for r, p in self.others.items() if p is picker) if picker is not self.primary else None
            )
            self._set_holder(role or Role.PRIMARY, person)

    def _billing_chosen(self, slot: int, user_id: int) -> None:
        person = self._user(user_id)
        if person is None:
            return
        if self._save(self.editor.choose_billing(self._sheet(), slot, person), self.billing[slot]):
            self.editor.billing_saved()
            self.show_sheet(self._sheet())

    def _remove_billing(self, slot: int) -> None:
        sheet = self._sheet()
        edit = self.editor.remove_billing(sheet, slot)
        if edit is None:  # an empty box: nothing saved to remove
            self.show_sheet(sheet)
            return
        self._save(edit, self.billing[slot])

    @Slot()
    def _add_another(self) -> None:
        sheet = self._sheet()
        try:
            slot = self.editor.add_another(sheet)
        except BillingCapReached as error:
            dialogs.billing_cap(self.window(), error)
            return
        self.show_sheet(sheet)
        self.billing[slot].setFocus(Qt.FocusReason.OtherFocusReason)

    @Slot(object)
    def _undo_refused(self, error: ContactError) -> None:
        dialogs.refused(self.window(), error)
