"""Keyboard only: walk the "Company information" tab with Tab and set every contact.

No mouse click anywhere: Ctrl+2 opens the tab, Tab moves between the boxes in the order
they are read (company details, primary contact, billing contacts, other contacts), typing
filters the users, Down and Enter choose one, Space presses "Add another", and Alt+letter
jumps to a labelled box.
"""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QDialog, QMessageBox, QPushButton, QWidget

from contact_manager import language
from contact_manager.domain.roles import Role
from tests.i18n.helpers import full_window

ORDER = [
    "company_name",
    "company_address",
    "company_country",
    "company_phone",
    "company_website",
    "company_vat_number",
    "primaryContactCombo",
    "addBillingContactButton",
    "decisionMakerCombo",
    "onboardingContactCombo",
    "securityContactCombo",
    "technicalAdminCombo",
]


@pytest.fixture(params=["en", "it"])
def window(request, qtbot, qapp, services, account, people):
    language.install(qapp, request.param)
    win = full_window(qtbot, services)
    win.activateWindow()
    qtbot.waitUntil(win.isActiveWindow)
    return win


def focused() -> str:
    widget = QApplication.focusWidget()
    return widget.objectName() if widget is not None else ""


def press(qtbot, key, modifier=Qt.KeyboardModifier.NoModifier) -> None:
    qtbot.keyClick(QApplication.focusWidget(), key, modifier)


def tab_to(qtbot, name: str, limit: int = 40) -> None:
    for _ in range(limit):
        if focused() == name:
            return
        press(qtbot, Qt.Key.Key_Tab)
    raise AssertionError(f"Tab never reached {name}")


def choose(qtbot, text: str) -> None:
    """Type ``text`` in the focused box, then Down and Enter on the offered match."""
    box = QApplication.focusWidget()
    qtbot.keyClicks(box, text)
    popup = box.completer_.popup() if hasattr(box, "completer_") else box.parentWidget().completer_.popup()
    qtbot.waitUntil(popup.isVisible)
    qtbot.keyClick(popup, Qt.Key.Key_Down)
    qtbot.keyClick(popup, Qt.Key.Key_Return)


def test_ctrl_2_then_tab_walks_the_tab_in_reading_order(qtbot, window):
    qtbot.keyClick(window, Qt.Key.Key_2, Qt.KeyboardModifier.ControlModifier)
    assert window.tabs.currentWidget() is window.company_tab
    window.tabs.tabBar().setFocus()
    seen = []
    for _ in range(30):
        press(qtbot, Qt.Key.Key_Tab)
        if focused() in ORDER and focused() not in seen:
            seen.append(focused())
    assert seen == ORDER


def test_every_contact_is_set_without_the_mouse(qtbot, window, services, account, people):
    anna, luca, marta, paolo, giulia = people
    qtbot.keyClick(window, Qt.Key.Key_2, Qt.KeyboardModifier.ControlModifier)
    window.tabs.tabBar().setFocus()

    tab_to(qtbot, "primaryContactCombo")
    choose(qtbot, "Anna")
    qtbot.waitUntil(lambda: window.context.sheet.primary is not None)
    assert window.context.sheet.primary.user_id == anna.user_id

    tab_to(qtbot, "addBillingContactButton")
    press(qtbot, Qt.Key.Key_Space)
    assert focused() == "billingContactCombo0"
    choose(qtbot, "Luca")
    qtbot.waitUntil(lambda: len(window.context.sheet.billing) == 1)
    tab_to(qtbot, "addBillingContactButton")
    press(qtbot, Qt.Key.Key_Space)
    assert focused() == "billingContactCombo1"
    choose(qtbot, "Marta")
    qtbot.waitUntil(lambda: len(window.context.sheet.billing) == 2)

    press(qtbot, Qt.Key.Key_D, Qt.KeyboardModifier.AltModifier)
    assert focused() == "decisionMakerCombo"
    choose(qtbot, "Paolo")
    press(qtbot, Qt.Key.Key_O, Qt.KeyboardModifier.AltModifier)
    assert focused() == "onboardingContactCombo"
    choose(qtbot, "Giulia")
    tab_to(qtbot, "securityContactCombo")
    qtbot.keyClicks(QApplication.focusWidget(), "soc@outside.example")
    popup = window.company_tab.others[Role.SECURITY].completer_.popup()
    if popup.isVisible():
        qtbot.keyClick(popup, Qt.Key.Key_Escape)
    press(qtbot, Qt.Key.Key_Return)
    press(qtbot, Qt.Key.Key_T, Qt.KeyboardModifier.AltModifier)
    assert focused() == "technicalAdminCombo"
    choose(qtbot, "Luca")

    sheet = services.contacts.sheet(account.id)
    assert sheet.primary.user_id == anna.user_id
    assert [p.user_id for p in sheet.billing] == [luca.user_id, marta.user_id]
    assert sheet.others[Role.DECISION_MAKER].user_id == paolo.user_id
    assert sheet.others[Role.ONBOARDING].user_id == giulia.user_id
    assert sheet.others[Role.SECURITY].external and sheet.others[Role.SECURITY].email == "soc@outside.example"
    assert sheet.others[Role.TECHNICAL_ADMIN].user_id == luca.user_id


def _users_tab(window):
    users = window.findChild(QWidget, "usersTab")
    window.tabs.setCurrentWidget(users)
    return users


def test_enter_saves_a_dialog_and_escape_leaves_it(qtbot, window, services, account):
    users = _users_tab(window)
    opened = []
    users.dialogOpened.connect(opened.append)
    before = len(services.users.list(account.id))

    users.add_user()
    dialog = opened[-1]
    qtbot.waitUntil(dialog.isActiveWindow)  # a new dialog takes the keyboard
    assert focused() == "userFirstName"
    qtbot.keyClicks(QApplication.focusWidget(), "Nuova")
    press(qtbot, Qt.Key.Key_Tab)
    qtbot.keyClicks(QApplication.focusWidget(), "Persona")
    press(qtbot, Qt.Key.Key_Tab)
    qtbot.keyClicks(QApplication.focusWidget(), "nuova.persona@acme.example")
    press(qtbot, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: not dialog.isVisible())
    assert services.users.find(account.id, "nuova.persona@acme.example").first_name == "Nuova"

    users.add_user()
    dialog = opened[-1]
    qtbot.waitUntil(dialog.isActiveWindow)
    qtbot.keyClicks(QApplication.focusWidget(), "Mai")
    press(qtbot, Qt.Key.Key_Escape)  # asks first: "Mai" would be lost
    qtbot.waitUntil(lambda: isinstance(QApplication.activeWindow(), QMessageBox))
    press(qtbot, Qt.Key.Key_Escape)  # no: back to the form, where the typing still is
    qtbot.waitUntil(lambda: not isinstance(QApplication.activeWindow(), QMessageBox))
    dialog.activateWindow()  # as the window manager does once the question is gone
    qtbot.waitUntil(dialog.isActiveWindow)
    assert dialog.first.text() == "Mai"
    press(qtbot, Qt.Key.Key_Escape)
    qtbot.waitUntil(lambda: isinstance(QApplication.activeWindow(), QMessageBox))
    discard = QApplication.activeWindow().findChild(QPushButton, "discardUserChangesButton")
    mnemonic = discard.text()[discard.text().index("&") + 1]
    closed: list[int] = []
    dialog.finished.connect(closed.append)
    press(qtbot, getattr(Qt.Key, f"Key_{mnemonic.upper()}"), Qt.KeyboardModifier.AltModifier)
    qtbot.waitUntil(lambda: closed == [QDialog.DialogCode.Rejected])
    assert len(services.users.list(account.id)) == before + 1
