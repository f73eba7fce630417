"""The "Account and billing" tab driven as a user would, over a real database."""

from __future__ import annotations

from datetime import date, timedelta

import pytest
from PySide6.QtCore import QCoreApplication, QEvent, QLocale, Qt
from PySide6.QtWidgets import QLabel, QMessageBox, QPushButton, QTableView, QWidget

from contact_manager.domain.health import Check
from contact_manager.domain.history import Action
from contact_manager.domain.roles import Role
from contact_manager.domain.routing import Notice
from contact_manager.domain.text import install_translator
from contact_manager.ui.contacts.account_billing_tab import AccountBillingTab
from contact_manager.ui.contacts.routing_model import RoutingModel
from contact_manager.ui.kit.context import AppContext
from tests.ui.helpers import on_screen


@pytest.fixture
def context(services):
    return AppContext(services)


@pytest.fixture
def tab(qtbot, context):
    return on_screen(qtbot, AccountBillingTab(context), (1100, 700))


@pytest.fixture
def opened(tab, context, account, people):
    context.switch_account(account.id)
    return tab


def apply(context, method, *args):
    """Change the contacts the way the other tab does: a service call through the context."""
    contacts = context.services.contacts
    return context.apply(
        lambda account_id, version: getattr(contacts, method)(account_id, *args, expected_version=version)
    )


def routing_lines(tab, notice: Notice) -> list[str]:
    model = tab.routingTable.model()
    row = next(
        r for r in range(model.rowCount()) if model.index(r, 0).data(RoutingModel.NOTICE_DATA) == notice
    )
    return model.index(row, 1).data(Qt.ItemDataRole.ToolTipRole).split("\n")


def checks(tab) -> set[Check]:
    return {finding.check for finding in tab.healthPanel.findings}


def holder_texts(tab, role: Role) -> list[str]:
    """What the summary shows for ``role``, one line per holder on screen (as read aloud)."""
    lines = [tab.findChild(QLabel, f"holder_{role.value}_{number}") for number in range(role.slots)]
    assert None not in lines, role
    return [line.accessibleName() for line in lines if line.isVisibleTo(tab)]


def fix_button(tab, check: Check, number: int = 0) -> QPushButton:
    button = tab.findChild(QPushButton, f"healthFix_{check.value}_{number}")
    assert button is not None, f"no fix button for {check}"
    return button


def make_healthy(context, people, today=None):
    apply(context, "set_primary", people[0].user_id)
    apply(context, "add_billing", people[1].user_id)
    apply(context, "add_billing", people[3].user_id)
    apply(context, "set_role", Role.SECURITY, people[2].user_id)
    apply(context, "mark_reviewed", today or date.today())


# --- names and the empty state ------------------------------------------------------


def test_names_that_the_window_and_tests_rely_on(tab):
    assert tab.objectName() == "accountBillingTab"
    assert isinstance(tab.findChild(QTableView, "notificationRoutingTable"), QTableView)
    assert tab.findChild(QWidget, "healthChecksList") is tab.healthPanel.list
    assert tab.findChild(QPushButton, "markReviewedButton").text() == "Mark as &reviewed"
    assert tab.findChild(QTableView, "notificationRoutingTable").accessibleName() == "Who receives what"
    assert tab.findChild(QWidget, "healthChecksList").accessibleName() == "Health checks"


def test_without_an_account_it_shows_nothing_and_offers_nothing(tab, context):
    assert context.account_id is None
    assert tab.routingTable.model().rowCount() == 0
    assert tab.healthPanel.messages() == []
    assert not tab.markReviewedButton.isEnabled()
    assert not tab.editContactsButton.isEnabled()
    assert tab.reviewedLabel.text() == ""
    tab.markReviewedButton.click()  # disabled: nothing happens, nothing raises
    context.sheetChanged.emit(None)
    assert tab.routingTable.model().rowCount() == 0


def test_opening_an_account_shows_its_rows(opened, context, people):
    assert opened.routingTable.model().rowCount() == len(Notice)
    assert not opened.markReviewedButton.isEnabled(), "nothing is set: nothing to review"
    assert "nothing to review yet" in opened.markReviewedButton.toolTip()
    apply(context, "set_primary", people[0].user_id)
    assert opened.markReviewedButton.isEnabled()
    assert opened.markReviewedButton.toolTip() == "Record today as the day the contacts were checked"


def test_a_tab_made_after_the_account_was_opened_shows_it_at_once(qtbot, context, account, people):
    context.switch_account(account.id)
    apply(context, "set_primary", people[0].user_id)
    late = AccountBillingTab(context)
    qtbot.addWidget(late)
    assert holder_texts(late, Role.PRIMARY) == [people[0].display]
    assert late.routingTable.model().rowCount() == len(Notice)


# --- the summary --------------------------------------------------------------------


def test_summary_names_every_holder_and_says_not_set(opened, context, people):
    assert holder_texts(opened, Role.PRIMARY) == ["Not set"]
    apply(context, "set_primary", people[0].user_id)
    apply(context, "set_billing", [people[1].user_id, people[2].user_id])
    apply(context, "set_security_email", "soc@outside.example")
    assert holder_texts(opened, Role.PRIMARY) == [people[0].display]
    assert holder_texts(opened, Role.BILLING) == [people[1].display, people[2].display]
    assert holder_texts(opened, Role.SECURITY) == ["soc@outside.example (external address)"]
    assert holder_texts(opened, Role.DECISION_MAKER) == ["Not set"]


def test_edit_button_asks_for_company_information(opened, qtbot):
    with qtbot.waitSignal(opened.editContactsRequested) as emitted:
        qtbot.mouseClick(opened.editContactsButton, Qt.MouseButton.LeftButton)
    assert emitted.args == [None]


# --- live redraw ---------------------------------------------------------------------


def test_routing_follows_the_contacts_as_they_change(opened, context, people):
    anna, luca, marta = people[:3]
    apply(context, "set_primary", anna.user_id)
    assert routing_lines(opened, Notice.RECEIPTS) == [f"{anna.display} (primary contact, as fallback)"]
    apply(context, "add_billing", luca.user_id)
    assert routing_lines(opened, Notice.RECEIPTS) == [luca.display]
    assert routing_lines(opened, Notice.INVOICES) == [anna.display, luca.display]
    apply(context, "set_role", Role.DECISION_MAKER, marta.user_id)
    assert routing_lines(opened, Notice.RENEWALS) == [anna.display, luca.display, marta.display]
    apply(context, "remove_billing", luca.user_id)
    assert routing_lines(opened, Notice.ORDERS) == [f"{anna.display} (primary contact, as fallback)"]


# --- health checks appear and disappear with the data --------------------------------


def test_each_health_check_comes_and_goes_with_the_data(opened, context, people):
    assert {Check.NO_PRIMARY, Check.NO_BILLING, Check.NO_SECURITY, Check.NOT_REVIEWED} == checks(opened)
    apply(context, "set_primary", people[0].user_id)
    assert Check.NO_PRIMARY not in checks(opened)
    apply(context, "add_billing", people[1].user_id)
    assert Check.NO_BILLING not in checks(opened)
    assert Check.ONE_BILLING in checks(opened)
    apply(context, "add_billing", people[2].user_id)
    assert Check.ONE_BILLING not in checks(opened)
    apply(context, "set_security_email", "soc@outside.example")
    assert Check.NO_SECURITY not in checks(opened)
    assert Check.OUTSIDE_SECURITY_UNREVIEWED not in checks(opened)  # set today: just checked
    apply(context, "clear_role", Role.SECURITY)
    assert Check.NO_SECURITY in checks(opened)
    apply(context, "set_role", Role.SECURITY, people[0].user_id)
    apply(context, "set_role", Role.DECISION_MAKER, people[0].user_id)
    assert Check.CONCENTRATED in checks(opened)  # Anna: 3 of the 4 roles
    apply(context, "set_role", Role.DECISION_MAKER, people[3].user_id)
    assert Check.CONCENTRATED not in checks(opened)
    apply(context, "mark_reviewed", date.today() - timedelta(days=91))
    assert Check.NOT_REVIEWED in checks(opened)
    apply(context, "mark_reviewed", date.today() - timedelta(days=90))
    assert checks(opened) == set()
    assert opened.healthPanel.messages()[0].startswith("All checks passed")


def deactivate_like_old_data(services, user_id: int) -> None:
    """Old databases (before the guard trigger) could hold a deactivated holder; today's
    schema refuses to create one, so drop the trigger and write the state as old data had it."""
    services.store.db.execute_sql("DROP TRIGGER app_user_deactivate_holder")
    services.store.db.execute_sql("UPDATE app_user SET active = 0 WHERE id = ?", (user_id,))


@pytest.mark.sqlite_file  # old data: only a file made before the rule can hold a deactivated holder
def test_a_deactivated_holder_is_flagged_in_words_and_fixed_at_its_role(
    opened, context, services, people, qtbot
):
    anna, luca = people[:2]
    make_healthy(context, people)
    apply(context, "set_role", Role.TECHNICAL_ADMIN, luca.user_id)
    deactivate_like_old_data(services, luca.user_id)
    context.reload()
    assert Check.INACTIVE_HOLDER in checks(opened)
    assert holder_texts(opened, Role.BILLING) == [f"{luca.display} (deactivated)", people[3].display]
    assert routing_lines(opened, Notice.TECHNICAL) == [f"{luca.display} (deactivated)"]
    with qtbot.waitSignal(opened.editContactsRequested) as first:
        fix_button(opened, Check.INACTIVE_HOLDER, 0).click()
    with qtbot.waitSignal(opened.editContactsRequested) as second:
        fix_button(opened, Check.INACTIVE_HOLDER, 1).click()
    assert [first.args, second.args] == [[Role.BILLING], [Role.TECHNICAL_ADMIN]]
    apply(context, "set_billing", [anna.user_id])
    apply(context, "set_role", Role.TECHNICAL_ADMIN, anna.user_id)
    assert Check.INACTIVE_HOLDER not in checks(opened)


@pytest.mark.parametrize(
    ("check", "role"),
    [
        (Check.NO_PRIMARY, Role.PRIMARY),
        (Check.NO_BILLING, Role.BILLING),
        (Check.NO_SECURITY, Role.SECURITY),
    ],
)
def test_fix_buttons_ask_for_the_role_to_edit(opened, qtbot, check, role):
    with qtbot.waitSignal(opened.editContactsRequested) as emitted:
        qtbot.mouseClick(fix_button(opened, check), Qt.MouseButton.LeftButton)
    assert emitted.args == [role]


def test_concentration_fix_opens_the_contacts_in_general(opened, context, people, qtbot):
    make_healthy(context, people)
    apply(context, "set_role", Role.SECURITY, people[0].user_id)
    apply(context, "set_role", Role.DECISION_MAKER, people[0].user_id)
    with qtbot.waitSignal(opened.editContactsRequested) as emitted:
        qtbot.mouseClick(fix_button(opened, Check.CONCENTRATED), Qt.MouseButton.LeftButton)
    assert emitted.args == [None]


# --- mark as reviewed ------------------------------------------------------------------


def test_mark_as_reviewed_records_today_and_clears_the_finding(
    opened, context, services, account, people, qtbot
):
    apply(context, "set_primary", people[0].user_id)
    assert Check.NOT_REVIEWED in checks(opened)
    assert opened.reviewedLabel.text() == "Check the points of contact, then record the review:"
    assert opened.markReviewedButton.isDefault()  # drawn as the fix while a review is due
    with qtbot.waitSignal(context.saved):
        qtbot.mouseClick(opened.markReviewedButton, Qt.MouseButton.LeftButton)
    assert services.contacts.sheet(account.id).reviewed_on == date.today()
    latest = services.history.list(account.id)[0]
    assert (latest.action, latest.new_value) == (Action.ACCOUNT_REVIEW, date.today().isoformat())
    assert Check.NOT_REVIEWED not in checks(opened)
    assert not opened.markReviewedButton.isDefault()
    long_date = QLocale().toString(date.today(), QLocale.FormatType.LongFormat)
    assert opened.reviewedLabel.text() == f"Contacts last reviewed on {long_date}"


def test_a_stale_version_is_refused_with_a_message_and_reloaded(
    opened, context, services, account, people, another_client
):
    apply(context, "set_primary", people[0].user_id)
    before = context.version
    another_client.accounts.update(account.id, phone="+39 06 555 0101")  # another process's change
    opened.markReviewedButton.click()
    (box,) = [box for box in opened.findChildren(QMessageBox) if box.isVisible()]
    assert "changed the account" in box.text() and account.name in box.text()
    box.accept()
    assert services.contacts.sheet(account.id).reviewed_on is None  # nothing was written
    assert context.version == before + 1  # the window now shows what is saved
    assert services.history.list(account.id)[0].action is not Action.ACCOUNT_REVIEW


# --- language ------------------------------------------------------------------------------


def test_language_change_redraws_every_text(opened, context, people):
    apply(context, "set_primary", people[0].user_id)
    install_translator(lambda ctx, text: f"[{text}]")
    QCoreApplication.sendEvent(opened, QEvent(QEvent.Type.LanguageChange))
    labels = [label.text() for label in opened.summaryBox.findChildren(QLabel) if label.isVisibleTo(opened)]
    assert "[Account primary contact]:" in labels
    assert opened.routingTable.model().index(0, 0).data() == "[Invoices]"
    assert all(f.message.startswith("[") for f in opened.healthPanel.findings)


# --- layout ----------------------------------------------------------------------------------


@pytest.mark.parametrize("size", [(1100, 700), (1920, 1080)])
def test_the_routing_table_shows_every_row_without_scrolling(opened, context, people, qtbot, size):
    make_healthy(context, people)
    apply(context, "set_billing", [p.user_id for p in people[1:4]])
    apply(context, "set_role", Role.DECISION_MAKER, people[4].user_id)
    opened.resize(*size)
    table = opened.routingTable
    # laid out (the box asks again once its new width rewraps the intro): every row, no blank tail
    qtbot.waitUntil(lambda: 0 <= table.viewport().height() - table.verticalHeader().length() < 10)
    assert not table.verticalScrollBar().isVisible()


def test_a_short_window_scrolls_the_routing_table_and_keeps_every_contact_whole(
    opened, context, people, qtbot
):
    make_healthy(context, people)
    apply(context, "set_billing", [p.user_id for p in people[1:4]])
    opened.resize(560, 560)  # the holders wrap onto two lines each
    opened.show()
    qtbot.waitUntil(lambda: opened.routingTable.verticalScrollBar().isVisible())
    holders = [label.text for labels in opened._holders.values() for label in labels if label.isVisible()]
    wrapped = [text for text in holders if text.height() > 1.5 * text.fontMetrics().height()]
    assert wrapped  # the case this is about
    assert [text.objectName() for text in holders if text.height() < text.heightForWidth(text.width())] == []


# --- the keyboard ----------------------------------------------------------------------


def test_tab_reaches_the_fix_buttons_before_mark_as_reviewed_and_leaves_the_routing_table(opened):
    # Fix buttons are made after the tab: without their place in the chain Tab reached them
    # last, after the routing table, where Tab moved from cell to cell.
    fix = fix_button(opened, Check.NO_PRIMARY)
    chain, widget = [], opened.editContactsButton.nextInFocusChain()
    while widget is not opened.editContactsButton:
        if widget.focusPolicy() & Qt.FocusPolicy.TabFocus and widget.isVisibleTo(opened):
            chain.append(widget)
        widget = widget.nextInFocusChain()
    assert fix in chain, [w.objectName() for w in chain]
    assert chain.index(fix) < chain.index(opened.markReviewedButton)
    assert not opened.routingTable.tabKeyNavigation()
