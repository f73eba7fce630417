"""The "Company information" tab driven by clicking and typing."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel

from contact_manager.domain.roles import Role
from tests.ui.helpers import close_dialog, picker, type_and_enter, type_and_pick, wait_dialog


def test_set_primary_by_typing_part_of_the_address(qtbot, window, services, account, people):
    box = picker(window, "primaryContactCombo")
    type_and_pick(qtbot, box, "verdi@")
    sheet = services.contacts.sheet(account.id)
    assert sheet.primary.user_id == people[2].user_id
    assert box.currentText() == "Marta Verdi <marta.verdi@acme.example>"
    assert "saved at" in window.statusBar().currentMessage()


def test_set_primary_from_the_drop_down_list(qtbot, window, services, account, people):
    box = picker(window, "primaryContactCombo")
    box.showPopup()
    view = box.view()
    qtbot.waitUntil(view.isVisible)
    row = box.choices.row_of(people[3].user_id)
    rect = view.visualRect(box.choices.index(row))
    qtbot.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert services.contacts.sheet(account.id).primary.user_id == people[3].user_id


def test_first_primary_cannot_be_undone_and_says_so(qtbot, window, services, account, people):
    type_and_pick(qtbot, picker(window, "primaryContactCombo"), "Anna")
    assert not window.undo_action.isEnabled()
    assert "can't be undone" in window.statusBar().currentMessage()
    assert "saved at" in window.statusBar().currentMessage()
    type_and_pick(qtbot, picker(window, "primaryContactCombo"), "Luca")
    assert window.undo_action.isEnabled()
    window.undo_action.trigger()
    assert services.contacts.sheet(account.id).primary.user_id == people[0].user_id
    assert picker(window, "primaryContactCombo").currentText().startswith("Anna Rossi")
    window.redo_action.trigger()
    assert services.contacts.sheet(account.id).primary.user_id == people[1].user_id


def test_add_billing_up_to_three_then_the_cap_dialog(qtbot, window, services, account, people):
    add = window.findChild(type(window.company_tab.add_billing), "addBillingContactButton")
    for slot, person in enumerate(people[:3]):
        qtbot.mouseClick(add, Qt.MouseButton.LeftButton)
        box = picker(window, f"billingContactCombo{slot}")
        assert box.isVisible()
        type_and_pick(qtbot, box, person.email)
    billing = services.contacts.sheet(account.id).billing
    assert [p.user_id for p in billing] == [p.user_id for p in people[:3]]

    qtbot.mouseClick(add, Qt.MouseButton.LeftButton)
    dialog = wait_dialog(qtbot, window, "billingCapDialog")
    assert "up to 3 billing contacts" in dialog.text()
    for person in people[:3]:
        assert f"\u2022 {person.display}" in dialog.informativeText().splitlines()
    close_dialog(qtbot, dialog)
    assert len(services.contacts.sheet(account.id).billing) == 3


def test_a_billing_contact_is_not_offered_in_the_other_billing_boxes(
    qtbot, window, services, account, people
):
    services.contacts.add_billing(account.id, people[0].user_id)
    services.contacts.add_billing(account.id, people[1].user_id)
    window.context.reload()
    first, second = picker(window, "billingContactCombo0"), picker(window, "billingContactCombo1")
    assert first.choices.row_of(people[1].user_id) is None
    assert first.choices.row_of(people[0].user_id) is not None
    assert second.choices.row_of(people[0].user_id) is None
    assert picker(window, "decisionMakerCombo").choices.row_of(people[0].user_id) is not None


def test_replace_and_remove_billing_with_undo(qtbot, window, services, account, people):
    services.contacts.add_billing(account.id, people[0].user_id)
    services.contacts.add_billing(account.id, people[1].user_id)
    window.context.reload()
    type_and_pick(qtbot, picker(window, "billingContactCombo0"), "Paolo")
    ids = lambda: [p.user_id for p in services.contacts.sheet(account.id).billing]  # noqa: E731
    assert ids() == [people[3].user_id, people[1].user_id]

    qtbot.mouseClick(
        window.findChild(type(window.company_tab.add_billing), "removeBillingContactButton0"),
        Qt.MouseButton.LeftButton,
    )
    assert ids() == [people[1].user_id]
    assert not picker(window, "billingContactCombo1").isVisible()

    window.undo_action.trigger()
    assert ids() == [people[3].user_id, people[1].user_id]
    window.undo_action.trigger()
    assert ids() == [people[0].user_id, people[1].user_id]
    window.redo_action.trigger()
    window.redo_action.trigger()
    assert ids() == [people[1].user_id]


def test_other_roles_set_and_undo(qtbot, window, services, account, people):
    for name, role, person in (
        ("decisionMakerCombo", Role.DECISION_MAKER, people[0]),
        ("onboardingContactCombo", Role.ONBOARDING, people[1]),
        ("securityContactCombo", Role.SECURITY, people[2]),
        ("technicalAdminCombo", Role.TECHNICAL_ADMIN, people[3]),
    ):
        type_and_pick(qtbot, picker(window, name), person.last_name)
        assert services.contacts.sheet(account.id).others[role].user_id == person.user_id
    window.undo_action.trigger()
    assert services.contacts.sheet(account.id).others[Role.TECHNICAL_ADMIN] is None
    assert picker(window, "technicalAdminCombo").currentText() == ""
    window.redo_action.trigger()
    assert services.contacts.sheet(account.id).others[Role.TECHNICAL_ADMIN].user_id == people[3].user_id


def test_security_outside_address_is_saved_and_marked_external(qtbot, window, services, account, people):
    box = picker(window, "securityContactCombo")
    type_and_enter(qtbot, box, "soc@partner-security.example")
    holder = services.contacts.sheet(account.id).others[Role.SECURITY]
    assert holder.external and holder.email == "soc@partner-security.example"
    assert box.marker.isVisible()
    assert box.marker.text.text() == "External address"
    assert box.currentText() == "soc@partner-security.example"
    window.undo_action.trigger()
    assert services.contacts.sheet(account.id).others[Role.SECURITY] is None
    assert not box.marker.isVisible()


def test_invalid_security_address_opens_the_dialog_keeps_the_text_saves_nothing(
    qtbot, window, services, account, people
):
    version = services.contacts.sheet(account.id).version
    box = picker(window, "securityContactCombo")
    type_and_enter(qtbot, box, "soc@@partner")
    dialog = wait_dialog(qtbot, window, "invalidEmailDialog")
    assert "soc@@partner" in dialog.text()
    assert "not a valid email address" in dialog.text()
    close_dialog(qtbot, dialog)
    assert box.currentText() == "soc@@partner"
    sheet = services.contacts.sheet(account.id)
    assert sheet.others[Role.SECURITY] is None and sheet.version == version


@pytest.mark.sqlite_file  # old data: only a file made before the rule can hold a deactivated holder
def test_a_deactivated_holder_is_shown_flagged_and_not_offered_elsewhere(qtbot, services, account, people):
    from contact_manager.ui.shell.main_window import MainWindow

    services.contacts.set_role(account.id, Role.ONBOARDING, people[4].user_id)
    services.contacts.clear_role(account.id, Role.ONBOARDING)
    services.contacts.set_role(account.id, Role.DECISION_MAKER, people[4].user_id)
    # older data: the holder was deactivated before the database enforced the rule
    services.store.db.execute_sql("DROP TRIGGER app_user_deactivate_holder")
    services.store.db.execute_sql("UPDATE app_user SET active = 0 WHERE id = ?", (people[4].user_id,))
    win = MainWindow(services)
    qtbot.addWidget(win)
    win.show()
    win.tabs.setCurrentWidget(win.company_tab)
    box = picker(win, "decisionMakerCombo")
    assert "(deactivated)" in box.currentText()
    assert box.marker.isVisible() and box.marker.text.text() == "Deactivated"
    assert picker(win, "technicalAdminCombo").choices.row_of(people[4].user_id) is None


def test_conflict_from_another_process_reloads_and_says_so(
    qtbot, window, services, account, people, database_target
):
    import subprocess
    import sys

    window.watcher.stop()  # the window has not heard of it yet: its next change is stale
    code = (
        "from contact_manager.services import Services;"
        f"s = Services.open({database_target!r}, actor='other');"
        "from contact_manager.domain.roles import Role;"
        f"s.contacts.set_role({account.id}, Role.TECHNICAL_ADMIN, {people[4].user_id}); s.close()"
    )
    subprocess.run([sys.executable, "-c", code], check=True, timeout=60)
    type_and_pick(qtbot, picker(window, "decisionMakerCombo"), "Anna")
    dialog = wait_dialog(qtbot, window, "conflictDialog")
    assert "meanwhile" in dialog.text()
    close_dialog(qtbot, dialog)
    sheet = services.contacts.sheet(account.id)
    assert sheet.others[Role.DECISION_MAKER] is None  # the stale change was not saved
    assert sheet.others[Role.TECHNICAL_ADMIN].user_id == people[4].user_id  # theirs is kept
    assert picker(window, "technicalAdminCombo").currentText().startswith("Giulia Russo")
    type_and_pick(qtbot, picker(window, "decisionMakerCombo"), "Anna")  # now it goes through
    assert services.contacts.sheet(account.id).others[Role.DECISION_MAKER].user_id == people[0].user_id


def test_changes_committed_elsewhere_are_noticed_by_the_poll(qtbot, window, account, people, db_path):
    import sqlite3

    assert not window.check_for_changes()
    other = sqlite3.connect(db_path)
    with other:
        other.execute("UPDATE account SET version = version + 1 WHERE id = ?", (account.id,))
        other.execute(
            "INSERT INTO role_assignment (account_id, role, slot, user_id) VALUES (?, 'onboarding', 0, ?)",
            (account.id, people[1].user_id),
        )
    other.close()
    assert window.check_for_changes()
    assert picker(window, "onboardingContactCombo").currentText().startswith("Luca Bianchi")
    assert "elsewhere" in window.statusBar().currentMessage()


def test_keyboard_only_tab_from_the_vat_number_to_the_primary_contact(
    qtbot, window, services, account, people
):
    from PySide6.QtWidgets import QApplication, QLineEdit

    vat = window.findChild(QLineEdit, "company_vat_number")
    vat.setFocus()
    qtbot.waitUntil(vat.hasFocus)
    qtbot.keyClick(vat, Qt.Key.Key_Tab)
    box = picker(window, "primaryContactCombo")
    qtbot.waitUntil(lambda: QApplication.focusWidget() in (box, box.lineEdit()))
    qtbot.keyClicks(box.lineEdit(), "neri")
    popup = box.completer_.popup()
    qtbot.waitUntil(popup.isVisible)
    qtbot.keyClick(popup, Qt.Key.Key_Down)
    qtbot.keyClick(popup, Qt.Key.Key_Return)
    assert services.contacts.sheet(account.id).primary.user_id == people[3].user_id


def test_an_undo_after_a_change_made_elsewhere_is_refused_as_a_conflict(
    qtbot, window, services, account, people, db_path
):
    import sqlite3

    type_and_pick(qtbot, picker(window, "decisionMakerCombo"), "Anna")
    type_and_pick(qtbot, picker(window, "decisionMakerCombo"), "Luca")
    other = sqlite3.connect(db_path)  # Anna left meanwhile, deactivated from another program
    with other:
        other.execute("UPDATE app_user SET active = 0 WHERE id = ?", (people[0].user_id,))
        other.execute("UPDATE account SET version = version + 1 WHERE id = ?", (account.id,))
    other.close()
    assert window.check_for_changes()
    window.undo_action.trigger()
    dialog = wait_dialog(qtbot, window, "conflictDialog")
    assert "changed the account" in dialog.text()
    close_dialog(qtbot, dialog)
    assert services.contacts.sheet(account.id).others[Role.DECISION_MAKER].user_id == people[1].user_id
    assert not window.undo_action.isEnabled()  # nothing older is undone over the refused one


def test_emptying_a_box_clears_the_role_but_never_the_primary(qtbot, window, services, account, people):
    services.contacts.set_primary(account.id, people[0].user_id)
    services.contacts.set_role(account.id, Role.ONBOARDING, people[1].user_id)
    window.context.reload()
    onboarding = picker(window, "onboardingContactCombo")
    qtbot.mouseClick(onboarding.lineEdit(), Qt.MouseButton.LeftButton)
    onboarding.lineEdit().selectAll()
    qtbot.keyClick(onboarding.lineEdit(), Qt.Key.Key_Delete)
    qtbot.keyClick(onboarding.lineEdit(), Qt.Key.Key_Return)
    assert services.contacts.sheet(account.id).others[Role.ONBOARDING] is None

    primary = picker(window, "primaryContactCombo")
    qtbot.mouseClick(primary.lineEdit(), Qt.MouseButton.LeftButton)
    primary.lineEdit().selectAll()
    qtbot.keyClick(primary.lineEdit(), Qt.Key.Key_Delete)
    qtbot.keyClick(primary.lineEdit(), Qt.Key.Key_Return)
    dialog = wait_dialog(qtbot, window, "errorDialog")
    assert "not removed" in dialog.text()
    close_dialog(qtbot, dialog)
    assert services.contacts.sheet(account.id).primary.user_id == people[0].user_id
    assert primary.currentText().startswith("Anna Rossi")


def test_a_refused_security_address_is_kept_flagged_not_saved_and_escape_restores(
    qtbot, window, services, account, people
):
    type_and_enter(qtbot, picker(window, "securityContactCombo"), "soc@partner-security.example")
    box = picker(window, "securityContactCombo")
    type_and_enter(qtbot, box, "SOC@Securitas@Partner.IT")
    close_dialog(qtbot, wait_dialog(qtbot, window, "invalidEmailDialog"))
    assert box.currentText() == "SOC@Securitas@Partner.IT", "the text stays for correcting"
    assert box.marker.isVisible() and box.marker.text.text() == "Not saved"
    assert "External address" not in box.marker.text.text()
    assert "Not saved" in box.accessibleDescription()
    assert "soc@partner-security.example" in box.accessibleDescription(), "names what is still saved"
    assert "#b3261e" in box.lineEdit().styleSheet()
    # the summary and the routing show what is saved
    assert services.contacts.sheet(account.id).others[Role.SECURITY].email == "soc@partner-security.example"
    summary = window.billing_tab.findChild(QLabel, "holder_security_0")
    assert "soc@partner-security.example" in summary.accessibleName()
    routing = window.billing_tab.routingModel
    shown = " ".join(
        str(routing.index(r, c).data() or "") for r in range(routing.rowCount()) for c in range(2)
    )
    assert "Securitas" not in shown

    # leaving the tab and coming back (and a reload meanwhile) keeps the flag
    window.tabs.setCurrentWidget(window.billing_tab)
    window.context.reload()
    window.tabs.setCurrentWidget(window.company_tab)
    assert box.currentText() == "SOC@Securitas@Partner.IT"
    assert box.marker.text.text() == "Not saved"

    box.lineEdit().setFocus()
    qtbot.keyClick(box.lineEdit(), Qt.Key.Key_Escape)
    assert box.currentText() == "soc@partner-security.example"
    assert box.marker.text.text() == "External address"
    assert box.lineEdit().styleSheet() == ""
    assert "Not saved" not in box.accessibleDescription()


def test_the_status_bar_says_the_stored_address_not_the_typed_one(qtbot, window, services, account, people):
    box = picker(window, "securityContactCombo")
    type_and_enter(qtbot, box, "SOC@Securitas-Partner.IT")
    stored = services.contacts.sheet(account.id).others[Role.SECURITY].email
    assert stored == "SOC@securitas-partner.it"
    message = window.statusBar().currentMessage()
    assert stored in message and "Securitas-Partner.IT" not in message


def test_status_messages_are_sentences_without_a_stray_period(qtbot, window, services, account, people):
    add = window.findChild(type(window.company_tab.add_billing), "addBillingContactButton")
    qtbot.mouseClick(add, Qt.MouseButton.LeftButton)
    type_and_pick(qtbot, picker(window, "billingContactCombo0"), people[1].email)
    message = window.statusBar().currentMessage()
    assert message.startswith("Billing contact added: Luca Bianchi")
    window.context.saved.emit("Exported Acme to acme.json.")
    assert window.statusBar().currentMessage().startswith("Exported Acme to acme.json \u2014 saved at")


def test_the_billing_hint_names_what_the_routing_table_sends_to_billing(window, services, account, people):
    from contact_manager.domain.routing import Notice, recipients

    services.contacts.set_primary(account.id, people[0].user_id)
    services.contacts.add_billing(account.id, people[1].user_id)
    for role, person in zip(
        (Role.DECISION_MAKER, Role.ONBOARDING, Role.SECURITY, Role.TECHNICAL_ADMIN), people[2:], strict=False
    ):
        services.contacts.set_role(account.id, role, person.user_id)
    sheet = services.contacts.sheet(account.id)
    billing = people[1].email
    sent = [n.label.lower() for n in Notice if billing in [p.email for p in recipients(sheet, n)]]
    assert sent == ["invoices", "receipts", "orders", "renewal notices"]
    hint = window.company_tab.billing_hint.text()
    assert hint == "Up to 3 people who receive invoices, receipts, orders and renewal notices."
    assert "Receives copies of invoices, receipts, orders and renewal notices." in (
        picker(window, "billingContactCombo0").accessibleDescription()
    )


def test_a_box_takes_a_bare_typed_address_only_when_its_role_takes_outside_addresses(qtbot, window):
    from contact_manager.ui.contacts.contact_picker import ContactPicker

    entered: list[str] = []
    for outside in (False, True):
        box = ContactPicker(window.context.picker_users, f"box{outside}", window.company_tab, outside)
        box.addressEntered.connect(entered.append)
        box.show()
        type_and_enter(qtbot, box, "nobody-here")
    assert entered == ["nobody-here"]  # only the box whose role takes outside addresses


def test_text_that_matches_no_user_stays_and_says_why(qtbot, window, services, account, people):
    """Enter on a name that finds nobody (or several) keeps the text and says so; it was
    silently put back before, as if the box had not heard."""
    box = picker(window, "decisionMakerCombo")
    type_and_enter(qtbot, box, "Zzyzx")
    assert box.currentText() == "Zzyzx"
    assert box.refused_reason == "No user of this account matches “Zzyzx”."
    assert "No user of this account matches" in box.accessibleDescription()
    assert window.statusBar().currentMessage() == box.refused_reason
    qtbot.keyClick(box.lineEdit(), Qt.Key.Key_Escape)  # shows the saved holder (nobody) again
    assert box.currentText() == "" and box.refused_reason == ""

    type_and_enter(qtbot, box, "acme.example")  # every user's address
    assert box.refused_reason == "“acme.example” matches more than one user: choose one from the list."
    assert services.contacts.sheet(account.id).others[Role.DECISION_MAKER] is None
