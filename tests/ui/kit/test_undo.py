"""Edit > Undo and Redo across the tabs: always the latest change of the window, or nothing."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLineEdit, QMessageBox, QPushButton

from contact_manager import language
from contact_manager.domain.roles import Role
from contact_manager.ui.users.reassign_dialog import ReassignDialog
from contact_manager.ui.users.user_dialog import UserDialog
from tests.ui.helpers import close_dialog, picker, type_and_pick, wait_dialog


@pytest.fixture
def staffed(services, account, people):
    """Luca is the primary contact, Marta the decision maker."""
    services.contacts.set_primary(account.id, people[1].user_id)
    services.contacts.set_role(account.id, Role.DECISION_MAKER, people[2].user_id)


@pytest.fixture
def users_tab(window, staffed):
    window.context.reload()
    return window.admin.users_tab


def show_users(window):
    window.tabs.setCurrentWidget(window.admin.users_tab)
    return window.admin.users_tab


def select(tab, person) -> None:
    assert tab.select(person.user_id)


def opened(tab, kind):
    found = [d for d in tab.findChildren(kind) if d.isVisible()]
    assert len(found) == 1, found
    return found[0]


def deactivate_marta_through_reassign(qtbot, window, people) -> None:
    """Users tab: Marta (the decision maker) is deactivated, Paolo takes over."""
    tab = show_users(window)
    select(tab, people[2])
    qtbot.mouseClick(tab.buttons["deactivate"], Qt.MouseButton.LeftButton)
    dialog = opened(tab, ReassignDialog)
    qtbot.mouseClick(dialog.reassign_button, Qt.MouseButton.LeftButton)
    combo = dialog.combos[Role.DECISION_MAKER]
    combo.setCurrentIndex(combo.findText("Paolo", Qt.MatchFlag.MatchContains))
    qtbot.mouseClick(dialog.confirm_button, Qt.MouseButton.LeftButton)
    assert not dialog.isVisible()


def test_undo_takes_back_the_latest_change_whatever_the_tab(
    qtbot, window, services, account, people, staffed
):
    window.context.reload()
    type_and_pick(qtbot, picker(window, "securityContactCombo"), "Anna")
    assert services.contacts.sheet(account.id).others[Role.SECURITY].user_id == people[0].user_id
    deactivate_marta_through_reassign(qtbot, window, people)
    assert services.users.get(account.id, people[2].user_id).active is False

    assert window.undo_action.text() == f"&Undo deactivation of {people[2].display}"
    window.undo_action.trigger()
    sheet = services.contacts.sheet(account.id)
    assert services.users.get(account.id, people[2].user_id).active is True
    assert sheet.others[Role.DECISION_MAKER].user_id == people[2].user_id
    assert sheet.others[Role.SECURITY].user_id == people[0].user_id  # the older change stays
    assert window.admin.users_tab.selected().active  # the Users tab shows it
    assert window.statusBar().currentMessage().startswith(f"Undone: deactivation of {people[2].display}")

    assert window.undo_action.text() == f"&Undo Security contact: {people[0].display}"
    window.undo_action.trigger()
    assert services.contacts.sheet(account.id).others[Role.SECURITY] is None

    window.redo_action.trigger()
    assert window.statusBar().currentMessage().startswith(f"Redone: Security contact: {people[0].display}")
    window.redo_action.trigger()
    assert window.statusBar().currentMessage().startswith("Redone: deactivation of")
    sheet = services.contacts.sheet(account.id)
    assert services.users.get(account.id, people[2].user_id).active is False
    assert sheet.others[Role.DECISION_MAKER].user_id == people[3].user_id
    assert not window.redo_action.isEnabled()


def test_adding_editing_and_deactivating_users_are_undone_newest_first(
    qtbot, window, services, account, people, users_tab
):
    type_and_pick(qtbot, picker(window, "onboardingContactCombo"), "Giulia")
    tab = show_users(window)
    qtbot.mouseClick(tab.buttons["add"], Qt.MouseButton.LeftButton)
    dialog = opened(tab, UserDialog)
    qtbot.keyClicks(dialog.first, "Sara")
    qtbot.keyClicks(dialog.last, "Galli")
    qtbot.keyClicks(dialog.email, "sara.galli@acme.example")
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    sara = services.users.find(account.id, "sara.galli@acme.example")

    select(tab, people[4])
    qtbot.mouseClick(tab.buttons["edit"], Qt.MouseButton.LeftButton)
    dialog = opened(tab, UserDialog)
    dialog.title.setText("Buyer")
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    select(tab, people[3])
    qtbot.mouseClick(tab.buttons["deactivate"], Qt.MouseButton.LeftButton)  # Paolo holds no role

    window.undo_action.trigger()
    assert services.users.get(account.id, people[3].user_id).active is True
    window.undo_action.trigger()
    assert services.users.get(account.id, people[4].user_id).job_title == ""
    assert window.undo_action.text() == f"&Undo addition of {sara.display}"
    window.undo_action.trigger()
    assert "sara.galli@acme.example" not in {p.email for p in services.users.list(account.id)}
    assert window.admin.users_tab.model.row_of(sara.user_id) is None
    window.undo_action.trigger()
    assert services.contacts.sheet(account.id).others[Role.ONBOARDING] is None
    assert not window.undo_action.isEnabled()

    window.redo_action.trigger()
    window.redo_action.trigger()  # Sara comes back as the same user
    assert services.users.find(account.id, "sara.galli@acme.example").user_id == sara.user_id


def test_a_removal_clears_undo_and_says_why(qtbot, window, services, account, people, users_tab):
    type_and_pick(qtbot, picker(window, "onboardingContactCombo"), "Giulia")
    assert window.undo_action.isEnabled()
    tab = show_users(window)
    select(tab, people[3])
    qtbot.mouseClick(tab.buttons["remove"], Qt.MouseButton.LeftButton)
    box = opened(tab, QMessageBox)
    qtbot.mouseClick(box.findChild(QPushButton, "confirmRemoveUserButton"), Qt.MouseButton.LeftButton)
    assert people[3].user_id not in {p.user_id for p in services.users.list(account.id)}
    assert not window.undo_action.isEnabled()  # the onboarding change is not undone over it
    assert "can't be undone" in window.undo_action.toolTip()
    assert "can't be undone" in window.statusBar().currentMessage()


def test_a_change_saved_without_a_command_is_never_jumped_over(qtbot, window, services, account, people):
    type_and_pick(qtbot, picker(window, "onboardingContactCombo"), "Giulia")
    window.tabs.setCurrentWidget(window.billing_tab)
    qtbot.mouseClick(window.billing_tab.markReviewedButton, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not window.undo_action.isEnabled())
    assert window.undo_action.toolTip() == "The last change can't be undone."


def test_an_undo_after_a_change_elsewhere_is_refused_and_writes_nothing(
    qtbot, window, services, account, people, users_tab, another_client
):
    window.watcher.stop()  # not heard of yet: the undo is what finds out
    tab = show_users(window)
    select(tab, people[4])
    qtbot.mouseClick(tab.buttons["deactivate"], Qt.MouseButton.LeftButton)
    anna = people[0]  # the command line gives a user a job title meanwhile
    another_client.users.edit(
        account.id, anna.user_id, first_name=anna.first_name, last_name=anna.last_name, email=anna.email,
        job_title="CFO",
    )  # fmt: skip
    window.undo_action.trigger()
    dialog = wait_dialog(qtbot, window, "conflictDialog")
    close_dialog(qtbot, dialog)
    assert services.users.get(account.id, people[4].user_id).active is False
    assert not window.undo_action.isEnabled()


def test_undo_texts_in_italian_and_after_a_live_switch(qtbot, qapp, window, services, account, people):
    type_and_pick(qtbot, picker(window, "securityContactCombo"), "Anna")
    type_and_pick(qtbot, picker(window, "securityContactCombo"), "Luca")
    window.undo_action.trigger()
    assert window.undo_action.text() == f"&Undo Security contact: {people[0].display}"
    assert window.redo_action.text() == f"&Redo Security contact: {people[1].display}"
    language.switch(qapp, "it")
    qapp.processEvents()
    assert window.undo_action.text() == f"&Annulla Contatto per la sicurezza: {people[0].display}"
    assert window.redo_action.text() == f"&Ripristina Contatto per la sicurezza: {people[1].display}"
    window.redo_action.trigger()
    assert window.statusBar().currentMessage().startswith("Ripristinato: Contatto per la sicurezza: ")
    window.undo_action.trigger()
    assert window.statusBar().currentMessage().startswith("Annullato: Contatto per la sicurezza: ")
    language.switch(qapp, "en")
    qapp.processEvents()
    assert window.undo_action.text() == f"&Undo Security contact: {people[0].display}"
    window.undo_action.trigger()  # the first of the two: nothing older
    assert window.undo_action.text() == "&Undo" and not window.undo_action.isEnabled()


def test_a_users_tab_change_is_named_in_italian(qtbot, qapp, window, services, account, people, users_tab):
    language.switch(qapp, "it")
    qapp.processEvents()
    tab = show_users(window)
    select(tab, people[4])
    qtbot.mouseClick(tab.buttons["deactivate"], Qt.MouseButton.LeftButton)
    assert window.undo_action.text() == f"&Annulla disattivazione di {people[4].display}"
    window.undo_action.trigger()
    assert window.statusBar().currentMessage().startswith(f"Annullato: disattivazione di {people[4].display}")
    assert window.redo_action.text() == f"&Ripristina disattivazione di {people[4].display}"


def test_ctrl_z_in_a_field_with_nothing_of_its_own_undoes_the_last_change(
    qtbot, window, services, account, people
):
    """Qt's text fields take Ctrl+Z whether or not they have typing to undo: after a contact
    is chosen, the next box (where Tab leaves the person) must not swallow the window's Undo,
    and a field with typing of its own still undoes that first."""
    type_and_pick(qtbot, picker(window, "decisionMakerCombo"), "Paolo")
    assert services.contacts.sheet(account.id).others[Role.DECISION_MAKER].user_id == people[3].user_id
    onboarding = picker(window, "onboardingContactCombo")
    onboarding.setFocus()
    qtbot.waitUntil(onboarding.hasFocus)
    phone = window.findChild(QLineEdit, "company_phone")
    qtbot.keyClick(onboarding, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert services.contacts.sheet(account.id).others[Role.DECISION_MAKER] is None  # undone
    redo = Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier
    qtbot.keyClick(onboarding, Qt.Key.Key_Z, redo)
    assert (
        services.contacts.sheet(account.id).others[Role.DECISION_MAKER].user_id == people[3].user_id
    )  # redone

    phone.setFocus()
    qtbot.waitUntil(phone.hasFocus)
    before = phone.text()
    qtbot.keyClicks(phone, "9")
    qtbot.keyClick(phone, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert phone.text() == before  # the typing, not the decision maker
    assert services.contacts.sheet(account.id).others[Role.DECISION_MAKER].user_id == people[3].user_id
