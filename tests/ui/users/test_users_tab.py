"""The Users tab, driven by clicks and typing as an admin would."""

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QMessageBox, QPushButton

from contact_manager.domain.history import Action
from contact_manager.domain.roles import Role
from contact_manager.services.users import UserRowsService
from contact_manager.ui.users.person_view import PersonView
from contact_manager.ui.users.reassign_dialog import ReassignDialog
from contact_manager.ui.users.user_dialog import UserDialog
from contact_manager.ui.users.users_tab import UsersTab
from contact_manager.ui.users.users_table_model import EMAIL, LAST, PERSON_DATA, UsersModel
from tests.ui.helpers import context_on, on_screen


@pytest.fixture
def context(services, account, people):
    return context_on(services, account.id)


@pytest.fixture
def tab(qtbot, context):
    widget = on_screen(qtbot, UsersTab(context), (900, 400))
    yield widget
    for dialog in widget.findChildren(QDialog):  # leave no modal dialog behind for the next test
        dialog.close()


def shown_emails(tab):
    proxy = tab.proxy
    return [proxy.index(r, EMAIL).data() for r in range(proxy.rowCount())]


def select(tab, email):
    user_id = next(
        p.user_id for p in tab.context.services.users.list(tab.context.account_id) if p.email == email
    )
    assert tab.select(user_id)


def opened(tab, kind):
    found = [d for d in tab.findChildren(kind) if d.isVisible()]
    assert len(found) == 1, found
    return found[0]


def test_model_passes_qt_checks(qtmodeltester, services, account, people):
    model = UsersModel()
    model.set_users(UserRowsService(services.store).read(account.id), services.contacts.sheet(account.id))
    qtmodeltester.check(model)
    model.sort(EMAIL, Qt.SortOrder.DescendingOrder)
    assert [model.index(r, EMAIL).data() for r in range(5)] == sorted((p.email for p in people), reverse=True)
    qtmodeltester.check(model)


def test_selection_follows_the_row_when_sorting(tab, people):
    select(tab, people[3].email)
    tab.table.sortByColumn(EMAIL, Qt.SortOrder.DescendingOrder)
    assert tab.selected().email == people[3].email
    tab.table.sortByColumn(LAST, Qt.SortOrder.AscendingOrder)
    assert tab.selected().email == people[3].email


def test_lists_users_with_roles(tab, context, people):
    context.apply(
        lambda a, v: context.services.contacts.set_primary(a, people[0].user_id, expected_version=v)
    )
    assert tab.objectName() == "usersTab"
    assert sorted(shown_emails(tab)) == sorted(p.email for p in people)
    row = tab.model.row_of(people[0].user_id)
    assert tab.model.index(row, 6).data() == Role.PRIMARY.label


def test_search_filters(qtbot, tab):
    qtbot.keyClicks(tab.search, "VERDI")
    assert shown_emails(tab) == ["marta.verdi@acme.example"]
    assert tab.count.text() == "1 of 5 users"
    tab.search.clear()
    assert len(shown_emails(tab)) == 5


def test_sorting_by_clicking_header(qtbot, tab):
    header = tab.table.horizontalHeader()
    tab.table.sortByColumn(EMAIL, Qt.SortOrder.AscendingOrder)
    assert shown_emails(tab) == sorted(shown_emails(tab))
    qtbot.mouseClick(header.viewport(), Qt.MouseButton.LeftButton, pos=_section_center(header, EMAIL))
    assert shown_emails(tab) == sorted(shown_emails(tab), reverse=True)
    tab.table.sortByColumn(LAST, Qt.SortOrder.AscendingOrder)
    lasts = [tab.proxy.index(r, LAST).data() for r in range(tab.proxy.rowCount())]
    assert lasts == ["Bianchi", "Neri", "Rossi", "Russo", "Verdi"]


def _section_center(header, section):
    from PySide6.QtCore import QPoint

    return QPoint(
        header.sectionViewportPosition(section) + header.sectionSize(section) // 2, header.height() // 2
    )


def test_add_user_by_typing(qtbot, tab, context, services, account):
    qtbot.mouseClick(tab.buttons["add"], Qt.MouseButton.LeftButton)
    dialog = opened(tab, UserDialog)
    qtbot.keyClicks(dialog.first, "Mario")
    qtbot.keyClicks(dialog.last, "Gialli")
    qtbot.keyClicks(dialog.email, "  Mario.Gialli@ACME.example ")
    assert dialog.save_button.isEnabled()
    with qtbot.waitSignal(context.usersChanged):
        qtbot.keyClick(dialog.email, Qt.Key.Key_Return)
    assert not dialog.isVisible()
    added = services.users.find(account.id, "mario.gialli@acme.example")
    assert (added.first_name, added.last_name) == ("Mario", "Gialli")
    assert "Mario.Gialli@acme.example" in shown_emails(tab)


def test_invalid_email_reason_shown_live(qtbot, tab):
    qtbot.mouseClick(tab.buttons["add"], Qt.MouseButton.LeftButton)
    dialog = opened(tab, UserDialog)
    qtbot.keyClicks(dialog.first, "Mario")
    qtbot.keyClicks(dialog.email, "mario")
    assert "@-sign" in dialog.email_reason.text()
    assert not dialog.save_button.isEnabled()
    qtbot.keyClicks(dialog.email, "@acme")
    assert "period" in dialog.email_reason.text()
    qtbot.keyClicks(dialog.email, ".example")
    assert dialog.email_reason.text() == ""
    assert dialog.save_button.isEnabled()
    qtbot.keyClick(dialog, Qt.Key.Key_Escape)
    discard_what_was_typed(qtbot, dialog)
    assert not dialog.isVisible()


def discard_question(qtbot, dialog) -> QMessageBox:
    """The open "Discard what you typed?" question (one asked before may still await deletion)."""

    def asking() -> list[QMessageBox]:
        boxes = dialog.findChildren(QMessageBox, "discardUserChangesDialog")
        return [box for box in boxes if box.isVisible()]

    qtbot.waitUntil(lambda: len(asking()) == 1)
    return asking()[0]


def discard_what_was_typed(qtbot, dialog) -> None:
    box = discard_question(qtbot, dialog)
    qtbot.mouseClick(box.findChild(QPushButton, "discardUserChangesButton"), Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not dialog.isVisible())


def test_escape_asks_before_throwing_away_what_was_typed(qtbot, tab, services, account, people):
    before = len(services.users.list(account.id))
    qtbot.mouseClick(tab.buttons["add"], Qt.MouseButton.LeftButton)
    dialog = opened(tab, UserDialog)
    qtbot.keyClicks(dialog.first, "Mario")
    qtbot.keyClicks(dialog.email, "mario@acme.example")
    qtbot.keyClick(dialog, Qt.Key.Key_Escape)
    box = discard_question(qtbot, dialog)
    assert box.text() == "The new user is not saved yet."
    assert box.button(QMessageBox.StandardButton.Cancel).text() == "&Keep editing"
    qtbot.keyClick(box, Qt.Key.Key_Escape)  # no: back to the form, as it was
    qtbot.waitUntil(lambda: not box.isVisible())
    assert dialog.isVisible()
    assert (dialog.first.text(), dialog.email.text()) == ("Mario", "mario@acme.example")
    qtbot.mouseClick(dialog.buttons.button(QDialogButtonBox.StandardButton.Cancel), Qt.MouseButton.LeftButton)
    discard_what_was_typed(qtbot, dialog)
    assert len(services.users.list(account.id)) == before


def test_an_edit_left_as_it_was_closes_without_a_question(qtbot, tab, people):
    select(tab, people[0].email)
    qtbot.mouseClick(tab.buttons["edit"], Qt.MouseButton.LeftButton)
    dialog = opened(tab, UserDialog)
    qtbot.keyClicks(dialog.title, "x")
    qtbot.keyClick(dialog.title, Qt.Key.Key_Backspace)  # typed, then taken back: nothing to lose
    qtbot.keyClick(dialog, Qt.Key.Key_Escape)
    qtbot.waitUntil(lambda: not dialog.isVisible())
    assert dialog.findChild(QMessageBox, "discardUserChangesDialog") is None


def test_duplicate_refused_with_service_message(qtbot, tab, services, account):
    before = len(services.users.list(account.id))
    qtbot.mouseClick(tab.buttons["add"], Qt.MouseButton.LeftButton)
    dialog = opened(tab, UserDialog)
    qtbot.keyClicks(dialog.first, "Other")
    qtbot.keyClicks(dialog.email, "LUCA.bianchi@acme.example")
    message = "Another user of this account already has the address LUCA.bianchi@acme.example."
    assert dialog.email_reason.text() == message  # told as typed
    assert not dialog.save_button.isEnabled()
    qtbot.keyClick(dialog.email, Qt.Key.Key_Return)
    assert dialog.isVisible()
    assert len(services.users.list(account.id)) == before


def test_duplicate_added_meanwhile_refused_on_save(qtbot, tab, services, account):
    qtbot.mouseClick(tab.buttons["add"], Qt.MouseButton.LeftButton)
    dialog = opened(tab, UserDialog)
    qtbot.keyClicks(dialog.first, "Mario")
    qtbot.keyClicks(dialog.email, "mario@acme.example")
    services.users.add(account.id, "Mario", "Elsewhere", "MARIO@acme.example")  # another window
    before = services.users.list(account.id)
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    assert dialog.isVisible()
    assert (
        dialog.email_reason.text()
        == "Another user of this account already has the address mario@acme.example."
    )
    assert not dialog.save_button.isEnabled()
    assert services.users.list(account.id) == before


def test_editing_keeps_own_address_allowed(qtbot, tab, people):
    select(tab, people[0].email)
    qtbot.mouseClick(tab.buttons["edit"], Qt.MouseButton.LeftButton)
    dialog = opened(tab, UserDialog)
    assert dialog.save_button.isEnabled() and dialog.email_reason.text() == ""


def test_edit_user(qtbot, tab, services, account, people):
    select(tab, people[2].email)
    qtbot.mouseClick(tab.buttons["edit"], Qt.MouseButton.LeftButton)
    dialog = opened(tab, UserDialog)
    assert dialog.email.text() == people[2].email
    dialog.title.clear()
    qtbot.keyClicks(dialog.title, "Office manager")
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    assert services.users.get(account.id, people[2].user_id).job_title == "Office manager"
    assert tab.selected().job_title == "Office manager"


def test_deactivate_non_holder_then_reactivate(qtbot, tab, services, account, people):
    select(tab, people[4].email)
    qtbot.mouseClick(tab.buttons["deactivate"], Qt.MouseButton.LeftButton)
    assert services.users.get(account.id, people[4].user_id).active is False
    assert tab.selected().active is False and tab.buttons["reactivate"].isEnabled()
    qtbot.mouseClick(tab.buttons["reactivate"], Qt.MouseButton.LeftButton)
    assert services.users.get(account.id, people[4].user_id).active is True


def test_remove_non_holder_after_confirming(qtbot, tab, services, account, people):
    select(tab, people[3].email)
    qtbot.mouseClick(tab.buttons["remove"], Qt.MouseButton.LeftButton)
    box = opened(tab, QMessageBox)
    assert box.objectName() == "confirmRemoveUserDialog"
    qtbot.mouseClick(
        box.findChild(type(tab.buttons["add"]), "confirmRemoveUserButton"), Qt.MouseButton.LeftButton
    )
    assert people[3].email not in shown_emails(tab)
    assert people[3].user_id not in [p.user_id for p in services.users.list(account.id)]


def test_delete_on_the_list_asks_to_remove_the_selected_user(qtbot, tab, services, account, people):
    select(tab, people[3].email)
    tab.table.setFocus()
    qtbot.waitUntil(tab.table.hasFocus)
    qtbot.keyClick(tab.table, Qt.Key.Key_Delete)
    box = opened(tab, QMessageBox)
    assert box.objectName() == "confirmRemoveUserDialog" and people[3].display in box.text()
    qtbot.keyClick(box, Qt.Key.Key_Escape)  # asked, not done
    assert people[3].user_id in [p.user_id for p in services.users.list(account.id)]


def test_the_list_says_when_it_shows_nobody(qtbot, tab, services):
    """A new account's empty list says how to fill it; a search that finds nobody says so."""
    assert not tab.empty.isVisible()
    qtbot.keyClicks(tab.search, "zzz")
    qtbot.waitUntil(lambda: tab.proxy.rowCount() == 0)
    qtbot.waitUntil(tab.empty.isVisible)
    assert tab.empty.text() == "No user matches “zzz”."
    tab.search.clear()
    qtbot.waitUntil(lambda: not tab.empty.isVisible())

    empty = services.accounts.create("Nuova S.r.l.")
    tab.context.switch_account(empty.id)
    tab.refresh()
    qtbot.waitUntil(tab.empty.isVisible)
    assert tab.empty.text().startswith("This account has no users yet.")


def test_remove_cancelled_keeps_user(qtbot, tab, services, account, people):
    select(tab, people[3].email)
    qtbot.mouseClick(tab.buttons["remove"], Qt.MouseButton.LeftButton)
    box = opened(tab, QMessageBox)
    qtbot.keyClick(box, Qt.Key.Key_Escape)
    assert people[3].user_id in [p.user_id for p in services.users.list(account.id)]


@pytest.fixture
def holder(context, services, account, people):
    anna = people[0]
    services.contacts.set_primary(account.id, anna.user_id)
    services.contacts.add_billing(account.id, anna.user_id)
    services.contacts.set_role(account.id, Role.SECURITY, anna.user_id)
    context.reload()
    return anna


def _snapshot(services, account_id):
    return (
        services.contacts.sheet(account_id),
        services.users.list(account_id),
        services.history.list(account_id),
    )


def _pick(combo, text):
    index = combo.findText(text, Qt.MatchFlag.MatchContains)
    assert index > 0, text
    combo.setCurrentIndex(index)


def _leave(qtbot, tab, holder, how: str) -> ReassignDialog:
    """Select the holder of roles and press Deactivate or Remove: the reassign dialog opens."""
    select(tab, holder.email)
    qtbot.mouseClick(tab.buttons[how], Qt.MouseButton.LeftButton)
    return opened(tab, ReassignDialog)


def test_deactivate_holder_reassigns_in_one_transaction(
    qtbot, tab, context, services, account, people, holder
):
    before = len(services.history.list(account.id))
    dialog = _leave(qtbot, tab, holder, "deactivate")
    texts = [dialog.role_list.item(i).text() for i in range(dialog.role_list.count())]
    assert texts == [Role.PRIMARY.label, Role.BILLING.label, Role.SECURITY.label]
    qtbot.mouseClick(dialog.reassign_button, Qt.MouseButton.LeftButton)
    assert not dialog.confirm_button.isEnabled()
    combo = dialog.combos[Role.PRIMARY]
    assert holder.display not in [combo.itemText(i) for i in range(combo.count())]
    _pick(combo, "Marta")
    _pick(dialog.combos[Role.BILLING], "Paolo")
    qtbot.keyClicks(dialog.combos[Role.SECURITY].lineEdit(), "soc@outside.example")
    assert dialog.confirm_button.isEnabled()
    with qtbot.waitSignal(context.usersChanged):
        qtbot.mouseClick(dialog.confirm_button, Qt.MouseButton.LeftButton)
    assert not dialog.isVisible()
    sheet = services.contacts.sheet(account.id)
    assert sheet.primary.email == people[2].email
    assert [p.email for p in sheet.billing] == [people[3].email]
    assert sheet.others[Role.SECURITY].email == "soc@outside.example"
    assert services.users.get(account.id, holder.user_id).active is False
    # one transaction: the account's version and the history moved together, ending with the deactivation
    changes = services.history.list(account.id)[: len(services.history.list(account.id)) - before]
    assert changes[0].action is Action.USER_DEACTIVATE and len(changes) == 4
    assert context.sheet == sheet


def test_refused_reassignment_changes_nothing(qtbot, tab, services, account, people, holder):
    before = _snapshot(services, account.id)
    dialog = _leave(qtbot, tab, holder, "remove")
    dialog.show_pickers()
    _pick(dialog.combos[Role.PRIMARY], "Marta")
    _pick(dialog.combos[Role.BILLING], "Paolo")
    qtbot.keyClicks(dialog.combos[Role.SECURITY].lineEdit(), "not an address")
    qtbot.mouseClick(dialog.confirm_button, Qt.MouseButton.LeftButton)
    assert dialog.isVisible() and "not a valid email address" in dialog.error.text()
    assert _snapshot(services, account.id) == before


def test_cancel_reassignment_changes_nothing(qtbot, tab, services, account, people, holder):
    before = _snapshot(services, account.id)
    dialog = _leave(qtbot, tab, holder, "deactivate")
    dialog.show_pickers()
    _pick(dialog.combos[Role.PRIMARY], "Marta")
    qtbot.mouseClick(dialog.buttons.button(QDialogButtonBox.StandardButton.Cancel), Qt.MouseButton.LeftButton)
    assert not dialog.isVisible()
    assert _snapshot(services, account.id) == before


def test_remove_holder_leaving_roles_empty(qtbot, tab, services, account, people, holder):
    dialog = _leave(qtbot, tab, holder, "remove")
    qtbot.keyClick(dialog, Qt.Key.Key_Return)  # Enter takes the default button: Reassign...
    assert dialog.pages.currentIndex() == 1
    _pick(dialog.combos[Role.PRIMARY], "Luca")
    _pick(dialog.combos[Role.BILLING], "Nobody")
    qtbot.keyClicks(dialog.combos[Role.SECURITY].lineEdit(), people[3].email)
    qtbot.keyClick(dialog, Qt.Key.Key_Return)
    assert not dialog.isVisible()
    sheet = services.contacts.sheet(account.id)
    assert (sheet.primary.email, sheet.billing) == (people[1].email, ())
    assert sheet.others[Role.SECURITY].user_id == people[3].user_id  # an address of a user is that user
    assert holder.email not in shown_emails(tab)


def test_who_is_this_across_two_accounts(qtbot, tab, services, account, people, holder):
    other = services.accounts.create("Beta")
    twin = services.users.add(other.id, "Anna", "Rossi", holder.email)
    services.contacts.set_role(other.id, Role.DECISION_MAKER, twin.user_id)
    select(tab, holder.email)
    qtbot.mouseClick(tab.buttons["whois"], Qt.MouseButton.LeftButton)
    view = opened(tab, PersonView)
    rows = [[view.table.item(r, c).text() for c in range(3)] for r in range(view.table.rowCount())]
    assert rows == [
        ["Acme S.p.A.", "Account primary contact, Billing contact, Security contact", "Active user"],
        ["Beta", "Decision maker", "Active user"],
    ]
    view.email.setText("nobody@nowhere.example")
    qtbot.mouseClick(view.look_up, Qt.MouseButton.LeftButton)
    assert view.table.rowCount() == 0 and "No account" in view.summary.text()
    view.email.setText(people[1].email)
    qtbot.keyClick(view.email, Qt.Key.Key_Return)  # Enter looks up, and the view stays open
    assert view.isVisible() and view.table.item(0, 1).text() == "No role"
    qtbot.keyClick(view, Qt.Key.Key_Escape)
    assert not view.isVisible()


def test_selected_person_data(tab, people):
    select(tab, people[1].email)
    assert tab.selected().email == people[1].email
    assert tab.table.selectionModel().selectedRows()[0].data(PERSON_DATA).user_id == people[1].user_id


def test_billing_picker_offers_only_users_not_already_billing(qtbot, tab, services, account, people, holder):
    services.contacts.add_billing(account.id, people[1].user_id)
    tab.context.reload()
    dialog = _leave(qtbot, tab, holder, "deactivate")
    billing = dialog.combos[Role.BILLING]
    offered = [billing.itemText(i) for i in range(billing.count())]
    assert not any(people[1].email in text or holder.email in text for text in offered)
    assert any(people[2].email in text for text in offered)


def test_no_one_to_take_over_is_explained(qtbot, qapp, services):

    solo = services.accounts.create("Solo")
    only = services.users.add(solo.id, "Only", "One", "only@solo.example")
    services.contacts.set_primary(solo.id, only.user_id)
    ctx = context_on(services, solo.id)
    dialog = ReassignDialog(ctx, only, "deactivate", [Role.PRIMARY])
    qtbot.addWidget(dialog)
    dialog.show_pickers()
    assert "no other active user" in dialog.intro.text()
    assert not dialog.confirm_button.isEnabled()


def test_enter_or_double_click_on_a_row_edits(qtbot, tab, people):
    select(tab, people[1].email)
    tab.table.setFocus()
    qtbot.keyClick(tab.table, Qt.Key.Key_Return)
    dialogs = [d for d in tab.findChildren(UserDialog) if d.isVisible()]
    assert len(dialogs) == 1 and dialogs[0].email.text() == people[1].email
    qtbot.keyClick(dialogs[0], Qt.Key.Key_Escape)
    rect = tab.table.visualRect(tab.table.currentIndex())
    qtbot.mouseClick(tab.table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    qtbot.mouseDClick(tab.table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert len([d for d in tab.findChildren(UserDialog) if d.isVisible()]) == 1


def test_roles_column_follows_contact_changes_made_elsewhere(tab, context, services, people):
    tab.table.sortByColumn(6, Qt.SortOrder.DescendingOrder)  # by roles: holders first
    select(tab, people[3].email)
    context.apply(lambda a, v: services.contacts.set_role(a, Role.TECHNICAL_ADMIN, people[3].user_id, v))
    assert tab.proxy.index(0, EMAIL).data() == people[3].email
    assert tab.proxy.index(0, 6).data() == Role.TECHNICAL_ADMIN.label
    assert tab.selected().email == people[3].email


def test_change_made_elsewhere_meanwhile_is_a_conflict_then_saves(qtbot, tab, services, account):
    qtbot.mouseClick(tab.buttons["add"], Qt.MouseButton.LeftButton)
    dialog = opened(tab, UserDialog)
    qtbot.keyClicks(dialog.first, "Mario")
    qtbot.keyClicks(dialog.email, "mario@acme.example")
    services.accounts.update(account.id, phone="+39 02 1234")  # another window, unseen here
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    assert dialog.isVisible() and "meanwhile, so nothing was saved" in dialog.error.text()
    assert "mario@acme.example" not in [p.email for p in services.users.list(account.id)]
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)  # the window has reloaded
    assert not dialog.isVisible()
    assert "mario@acme.example" in [p.email for p in services.users.list(account.id)]


def test_a_tab_built_behind_another_reads_its_users_when_first_shown(qtbot, context, people):
    hidden = UsersTab(context)
    qtbot.addWidget(hidden)
    assert hidden.model.rowCount() == 0  # nothing read for a tab nobody sees (100,000 users)
    hidden.show()
    assert hidden.model.rowCount() == len(people)


def test_phone_is_checked_live_like_the_email(qtbot, tab):
    qtbot.mouseClick(tab.buttons["add"], Qt.MouseButton.LeftButton)
    dialog = opened(tab, UserDialog)
    qtbot.keyClicks(dialog.first, "Mario")
    qtbot.keyClicks(dialog.email, "mario@acme.example")
    assert dialog.save_button.isEnabled()
    qtbot.keyClicks(dialog.phone, "+39 02 abc")
    assert dialog.phone_reason.isVisible()
    assert "digits, spaces" in dialog.phone_reason.text()
    assert not dialog.save_button.isEnabled()
    for _ in range(3):
        qtbot.keyClick(dialog.phone, Qt.Key.Key_Backspace)
    qtbot.keyClicks(dialog.phone, "1234")
    assert not dialog.phone_reason.isVisible()
    assert dialog.save_button.isEnabled()


def test_a_new_user_is_selected_after_add(qtbot, tab, context, services, account):
    qtbot.keyClicks(tab.search, "Rossi")  # a search that would hide the new user
    qtbot.mouseClick(tab.buttons["add"], Qt.MouseButton.LeftButton)
    dialog = opened(tab, UserDialog)
    qtbot.keyClicks(dialog.first, "Zeno")
    qtbot.keyClicks(dialog.last, "Zanardi")
    qtbot.keyClicks(dialog.email, "zeno@acme.example")
    with qtbot.waitSignal(context.usersChanged):
        qtbot.keyClick(dialog.email, Qt.Key.Key_Return)
    selected = tab.selected()
    assert selected is not None and selected.email == "zeno@acme.example"
    assert tab.buttons["edit"].isEnabled()
