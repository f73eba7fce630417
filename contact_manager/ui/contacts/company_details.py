"""The "Company details" group: name, address, country, phone, website, VAT number.

Each field is checked and saved when the person leaves it (``services.accounts.update``,
whose ``clean_field`` gives the reason for a refusal). A refused value stays in the field
for correcting, with the reason shown under it; nothing is saved.
"""

from __future__ import annotations

from PySide6.QtCore import Signal, Slot
from PySide6.QtWidgets import QComboBox, QFormLayout, QGroupBox, QLabel, QLineEdit, QVBoxLayout, QWidget

from contact_manager.domain import countries
from contact_manager.domain.errors import Conflict, ContactError, NotFound
from contact_manager.services.account_info import AccountInfo
from contact_manager.ui.kit import undo_texts
from contact_manager.ui.kit.a11y import name_popup_list
from contact_manager.ui.kit.context import AppContext
from contact_manager.ui.kit.retranslating import Retranslating
from contact_manager.ui.kit.undo import ServiceCommand, UndoFailures, company_change

TEXT_FIELDS = ("name", "address", "phone", "website", "vat_number")


class CompanyDetailsBox(Retranslating, QGroupBox):
    fieldSaved = Signal(str)

    def __init__(self, context: AppContext, failures: UndoFailures, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("companyDetailsGroup")
        self.context, self.failures = context, failures
        self.info: AccountInfo | None = None
        form = QFormLayout(self)
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.edits: dict[str, QWidget] = {}  # every field's editor: the texts' and the country box
        self.texts: dict[str, QLineEdit] = {}
        self.errors: dict[str, QLabel] = {}
        self.labels: dict[str, QLabel] = {}
        for field in ("name", "address", "country", "phone", "website", "vat_number"):
            editor: QWidget
            if field == "country":
                box = QComboBox(self)
                box.addItem("", "")
                # Not as wide as the longest country name: the contacts beside need the room.
                box.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
                box.setMinimumContentsLength(18)
                box.activated.connect(self._country_chosen)
                self.country = editor = box
            else:
                line = QLineEdit(self)
                line.editingFinished.connect(lambda f=field: self._left(f))
                self.texts[field] = editor = line
            editor.setObjectName(f"company_{field}")
            error = QLabel(self)
            error.setObjectName(f"company_{field}Error")
            error.setWordWrap(True)
            error.hide()
            column = QVBoxLayout()
            column.setSpacing(2)
            column.addWidget(editor)
            column.addWidget(error)
            label = QLabel(self)
            label.setBuddy(editor)
            form.addRow(label, column)
            self.edits[field], self.errors[field], self.labels[field] = editor, error, label
        self.retranslate()

    def retranslate(self) -> None:
        self.setTitle(self.tr("Company details"))
        texts = {
            "name": self.tr("Company &name:"),
            "address": self.tr("Add&ress:"),
            "country": self.tr("Co&untry:"),
            "phone": self.tr("&Phone:"),
            "website": self.tr("&Website:"),
            "vat_number": self.tr("VAT nu&mber:"),
        }
        for field, text in texts.items():
            self.labels[field].setText(text)
            self.edits[field].setAccessibleName(text.replace("&", "").rstrip(":"))
        name_popup_list(self.country, self.tr("Countries"))
        self._fill_countries()

    def _fill_countries(self) -> None:
        """The countries by name in the current language; the chosen one stays chosen."""
        box = self.country
        chosen = box.currentData()
        box.blockSignals(True)
        while box.count() > 1:
            box.removeItem(box.count() - 1)
        box.setItemText(0, self.tr("(not set)"))
        for code, name in countries.choices():
            box.addItem(f"{name} ({code})", code)
        box.setCurrentIndex(max(0, box.findData(chosen or "")))
        box.blockSignals(False)

    # --- showing the saved values ---------------------------------------------------------

    def load(self) -> None:
        if self.context.account_id is None:
            return
        self.info = self.context.account_info(self.context.account_id)
        details = self.info.details
        for field in TEXT_FIELDS:
            edit = self.texts[field]
            if edit.isModified() and edit.hasFocus():
                continue  # the person is typing here: keep it
            edit.setText(getattr(details, field) or "")
            edit.setModified(False)
            self._show_error(field, "")
        self.country.setCurrentIndex(max(0, self.country.findData(details.country or "")))

    def pending(self) -> bool:
        """True while a field holds typed text that is not saved (polling waits then)."""
        return any(self.texts[f].isModified() for f in TEXT_FIELDS)

    def _show_error(self, field: str, reason: str) -> None:
        label = self.errors[field]
        label.setText(f"\u26a0 {reason}" if reason else "")
        label.setVisible(bool(reason))
        self.edits[field].setAccessibleDescription(reason)

    # --- saving -------------------------------------------------------------------------

    def _left(self, field: str) -> None:
        edit = self.texts[field]
        if not edit.isModified():
            return
        self._save(field, edit.text())

    @Slot(int)
    def _country_chosen(self, index: int) -> None:
        self._save("country", self.country.itemData(index) or "")

    def _save(self, field: str, value: str) -> None:
        if self.info is None:
            return
        old = getattr(self.info.details, field) or ""
        services = self.context.services
        label = self.labels[field].text().replace("&", "").rstrip(":")
        description = self.tr("{field} saved").format(field=label)

        def refused(error: ContactError) -> None:
            if isinstance(error, Conflict):
                self.context.show_refusal(error, self.window())
                self.load()
            elif isinstance(error, NotFound):  # deleted elsewhere: said once, then the poll shows another
                self.context.show_refusal(error, self.window())
                if field in TEXT_FIELDS:
                    self.texts[field].setModified(False)
            else:  # a value the rules refuse: said beside the field
                self._show_error(field, error.message)

        if self.context.apply(company_change(services, field, value), description, failure=refused) is None:
            return
        self._show_error(field, "")
        if field in TEXT_FIELDS:
            self.texts[field].setModified(False)
        account_id = self.context.account_id
        assert account_id is not None  # self.info is the open account's
        new = getattr(self.context.services.accounts.get(account_id).details, field) or ""
        if new != old:
            command = ServiceCommand(
                self.context,
                self.failures,
                undo_texts.company_field(field),
                company_change(services, field, new),
                company_change(services, field, old),
            )
            command.push()
        self.load()
        self.fieldSaved.emit(field)
