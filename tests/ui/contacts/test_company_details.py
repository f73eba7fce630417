"""Company details: checked and saved when the person leaves each field; undo restores."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QComboBox, QLabel, QLineEdit


def _field(window, name: str):
    return window.findChild(QLineEdit, f"company_{name}")


def _leave(qtbot, window, edit: QLineEdit, text: str) -> None:
    qtbot.mouseClick(edit, Qt.MouseButton.LeftButton)
    edit.selectAll()
    qtbot.keyClicks(edit, text)
    qtbot.keyClick(edit, Qt.Key.Key_Tab)


def test_a_valid_field_is_saved_on_leaving_it_and_undone(qtbot, window, services, account):
    phone = _field(window, "phone")
    _leave(qtbot, window, phone, "+39 02 1234 5678")
    assert services.accounts.get(account.id).details.phone == "+39 02 1234 5678"
    assert "saved at" in window.statusBar().currentMessage()
    window.undo_action.trigger()
    assert services.accounts.get(account.id).details.phone == ""
    assert phone.text() == ""
    window.redo_action.trigger()
    assert phone.text() == "+39 02 1234 5678"


def test_an_invalid_field_shows_the_reason_keeps_the_text_saves_nothing(qtbot, window, services, account):
    version = services.accounts.get(account.id).version
    vat = _field(window, "vat_number")
    _leave(qtbot, window, vat, "IT 12#45")
    error = window.findChild(QLabel, "company_vat_numberError")
    assert error.isVisible() and "VAT number has letters and digits only" in error.text()
    assert vat.text() == "IT 12#45"
    assert services.accounts.get(account.id).version == version
    _leave(qtbot, window, vat, "it 12345678901")
    assert not error.isVisible()
    assert services.accounts.get(account.id).details.vat_number == "IT12345678901"
    assert vat.text() == "IT12345678901"


def test_an_empty_company_name_is_refused(qtbot, window, services, account):
    name = _field(window, "name")
    _leave(qtbot, window, name, "   ")
    assert window.findChild(QLabel, "company_nameError").isVisible()
    assert services.accounts.get(account.id).name == "Acme S.p.A."


def test_renaming_the_company_renames_the_window(qtbot, window, services, account):
    _leave(qtbot, window, _field(window, "name"), "Acme Italia S.p.A.")
    assert window.windowTitle() == "Contact Manager \u2014 Acme Italia S.p.A."


def test_country_comes_from_qt_territories_and_is_stored_as_its_code(qtbot, window, services, account):
    country = window.findChild(QComboBox, "company_country")
    assert country.count() > 200
    index = country.findData("IT")
    assert country.itemText(index) == "Italy (IT)"
    country.setFocus()
    qtbot.keyClicks(country, "Italy")  # type-ahead in the closed list
    assert country.currentIndex() == index
    assert services.accounts.get(account.id).details.country == "IT"
