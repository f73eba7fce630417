"""The History tab: newest first, local times, filters, and a CSV a spreadsheet can't run."""

import csv
import os
import time

import pytest
from PySide6.QtCore import QLocale, Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication

from contact_manager.domain.csv_file import neutralise
from contact_manager.domain.history import Action, Change
from contact_manager.domain.roles import Role
from contact_manager.ui.history.history_model import HistoryModel, local_time
from contact_manager.ui.history.history_tab import HistoryTab
from tests.ui.helpers import context_on

WHAT, ROLE, SUBJECT, NEW = 2, 3, 4, 6


@pytest.fixture
def context(services, account, people):
    services.contacts.set_primary(account.id, people[0].user_id)
    services.contacts.add_billing(account.id, people[1].user_id)
    services.contacts.set_security_email(account.id, "soc@outside.example")
    services.users.add(account.id, '=HYPERLINK("http://evil.example")', "-2", "+sales@acme.example")
    return context_on(services, account.id)


@pytest.fixture
def tab(qtbot, context):
    widget = HistoryTab(context)
    qtbot.addWidget(widget)
    widget.show()
    return widget


def column(tab, col):
    """The column as shown once the filter's read (in a worker thread for a person) answered."""
    deadline = time.monotonic() + 5
    while tab.busy and time.monotonic() < deadline:
        QTest.qWait(5)
    return [tab.proxy.index(r, col).data() for r in range(tab.proxy.rowCount())]


def test_model_passes_qt_checks(qtmodeltester, services, account, people):
    model = HistoryModel()
    model.set_changes(services.history.list(account.id))
    qtmodeltester.check(model)


def test_newest_first_and_follows_changes(qtbot, tab, context, services, account, people):
    assert tab.objectName() == "historyTab"
    whats = column(tab, WHAT)
    assert whats[-1] == Action.ACCOUNT_CREATE.label
    assert whats[:2] == [Action.USER_ADD.label, Action.CONTACT_SET.label]
    context.apply(lambda a, v: services.contacts.mark_reviewed(a, __import__("datetime").date(2026, 1, 5), v))
    assert column(tab, WHAT)[0] == Action.ACCOUNT_REVIEW.label
    assert len(column(tab, WHAT)) == len(services.history.list(account.id))


@pytest.fixture
def in_rome():
    """The process's time zone is Europe/Rome for the test, then what it was."""
    before = os.environ.get("TZ")
    os.environ["TZ"] = "Europe/Rome"
    time.tzset()
    try:
        yield
    finally:
        if before is None:
            del os.environ["TZ"]
        else:
            os.environ["TZ"] = before
        time.tzset()


@pytest.mark.parametrize(
    ("locale", "winter", "summer"),
    [
        ("it_IT", "01/03/2026 10:30", "02/07/2026 01:30"),
        ("en_US", "3/1/2026 10:30\u202fAM", "7/2/2026 1:30\u202fAM"),
    ],
)
def test_time_is_local_in_the_locale_format_with_a_four_digit_year(in_rome, locale, winter, summer):
    """Rome is UTC+1 in March and UTC+2 in July, when 23:30 UTC is already the next day."""
    before = QLocale()
    try:
        QLocale.setDefault(QLocale(locale))
        assert local_time("2026-03-01T09:30:00+00:00") == winter
        assert local_time("2026-07-01T23:30:00+00:00") == summer
    finally:
        QLocale.setDefault(before)
    assert local_time("not a time") == "not a time"


def test_columns_fit_the_new_language_after_a_switch(qtbot, tab):
    from contact_manager import language

    role_column = 3
    english = tab.table.columnWidth(role_column)
    try:
        app = QApplication.instance()
        language.install(app, "it")
        app.processEvents()  # the switch reaches the widgets as posted events
        longest = max(
            tab.table.fontMetrics().horizontalAdvance(text or "") for text in column(tab, role_column)
        )
        assert "Contatto per la sicurezza" in column(tab, role_column)
        assert tab.table.columnWidth(role_column) >= min(longest, 260 - 20)
        assert tab.table.columnWidth(role_column) != english
    finally:
        language.uninstall()


def test_filter_by_role(qtbot, tab):
    tab.role.setCurrentIndex(tab.role.findText(Role.BILLING.label))
    assert column(tab, ROLE) == [Role.BILLING.label]
    assert column(tab, WHAT) == [Action.BILLING_ADD.label]
    tab.role.setCurrentIndex(0)
    assert len(column(tab, ROLE)) > 1


def test_filter_by_person(qtbot, tab, people):
    qtbot.keyClicks(tab.person, "ANNA.rossi")
    assert set(column(tab, WHAT)) == {Action.USER_ADD.label, Action.CONTACT_SET.label}
    tab.role.setCurrentIndex(tab.role.findText(Role.PRIMARY.label))
    assert column(tab, WHAT) == [Action.CONTACT_SET.label]
    qtbot.keyClicks(tab.person, "nobody")
    assert column(tab, WHAT) == []


def test_export_csv_is_neutralised(qtbot, tab, tmp_path, services, account):
    target = tmp_path / "history.csv"
    tab.choose_export_path = lambda: str(target)
    qtbot.mouseClick(tab.export_button, Qt.MouseButton.LeftButton)
    with open(target, encoding="utf-8-sig", newline="") as source:
        rows = list(csv.reader(source))
    assert rows[0][:3] == ["Time (UTC)", "When", "Who"]
    assert len(rows) - 1 == len(services.history.list(account.id))
    assert rows[1][0] == services.history.list(account.id)[0].at
    cells = [cell for row in rows for cell in row]
    assert "'+sales@acme.example" in cells
    assert '\'=HYPERLINK("http://evil.example") -2 <+sales@acme.example>' in cells
    assert not any(cell.startswith(("=", "+", "-", "@", "\t", "\r")) for cell in cells)
    assert str(target) in tab.status.text()


def test_export_only_what_is_shown(qtbot, tab, tmp_path):
    tab.role.setCurrentIndex(tab.role.findText(Role.BILLING.label))
    target = tmp_path / "billing.csv"
    tab.choose_export_path = lambda: str(target)
    qtbot.mouseClick(tab.export_button, Qt.MouseButton.LeftButton)
    with open(target, encoding="utf-8-sig", newline="") as source:
        rows = list(csv.reader(source))
    assert [row[3] for row in rows[1:]] == [Action.BILLING_ADD.label]


def test_export_to_unwritable_place_reports(qtbot, tab, tmp_path):
    tab.choose_export_path = lambda: str(tmp_path / "missing" / "h.csv")
    qtbot.mouseClick(tab.export_button, Qt.MouseButton.LeftButton)
    assert "could not be written" in tab.status.text()
    assert not (tmp_path / "missing").exists()


@pytest.mark.parametrize(
    "cell, safe",
    [
        ("=1+1", "'=1+1"),
        ("+39 02", "'+39 02"),
        ("-x", "'-x"),
        ("@a", "'@a"),
        ("\tx", "'\tx"),
        ("\rx", "'\rx"),
        ("Anna", "Anna"),
        ("", ""),
    ],
)
def test_neutralise(cell, safe):
    assert neutralise(cell) == safe


def test_account_field_names_are_shown_as_labels(tab, context, services):
    context.services.accounts.update(context.account_id, phone="+39 02 1234")
    context.reload()
    change: Change = tab.model.change(0)
    assert change.subject == "phone"
    assert column(tab, SUBJECT)[0] == "Phone"
    assert column(tab, NEW)[0] == "+39 02 1234"


def test_hidden_tab_reads_again_when_shown(qtbot, context, services, account):
    hidden = HistoryTab(context)
    qtbot.addWidget(hidden)
    assert hidden.model.rowCount() == 0  # built behind another tab: nothing read yet
    hidden.show()
    shown_rows = hidden.model.rowCount()
    assert shown_rows > 0
    hidden.hide()
    services.users.add(account.id, "Late", "Comer", "late@acme.example")
    context.reload()
    assert hidden.model.rowCount() == shown_rows  # not read while nobody sees it
    hidden.show()
    assert hidden.model.rowCount() == shown_rows + 1
    assert column(hidden, WHAT)[0] == Action.USER_ADD.label


def test_a_long_history_is_read_a_page_at_a_time(qtbot, tab, context, services, account, tmp_path):
    with services.store.transaction():
        for n in range(500):
            services.history._record(account.id, Action.USER_EDIT, subject=f"user{n}@acme.example")
    total = len(services.history.list(account.id))
    context.reload()
    tab.refresh()
    assert tab.model.rowCount() == 200  # the first page, not every change
    tab.table.scrollToBottom()
    qtbot.waitUntil(lambda: tab.model.rowCount() > 200)  # scrolling reads the next page
    assert column(tab, WHAT)[0] == Action.USER_EDIT.label
    # a filter finds a change far older than the pages read, and the export writes them all
    qtbot.keyClicks(tab.person, "anna.rossi")
    assert set(column(tab, WHAT)) == {Action.USER_ADD.label, Action.CONTACT_SET.label}
    tab.person.clear()
    target = tmp_path / "all.csv"
    tab.choose_export_path = lambda: str(target)
    qtbot.mouseClick(tab.export_button, Qt.MouseButton.LeftButton)
    with open(target, encoding="utf-8-sig", newline="") as source:
        assert len(list(csv.reader(source))) - 1 == total
    tab.role.setCurrentIndex(tab.role.findText(Role.SECURITY.label))
    qtbot.keyClicks(tab.person, "nobody")
    assert column(tab, WHAT) == [] and tab.empty.isVisible()


def test_a_person_filter_reads_in_a_worker_and_keeps_the_rows_until_it_answers(qtbot, tab):
    everything = column(tab, WHAT)
    tab.person.setText("nobody")
    tab.person.setText("anna.rossi")  # the answer for "nobody" comes back too late and is dropped
    assert tab.busy  # the read is under way in another thread...
    assert tab.proxy.rowCount() == len(everything)  # ...and the rows shown stay until it answers
    qtbot.waitUntil(lambda: not tab.busy)
    assert set(column(tab, WHAT)) == {Action.USER_ADD.label, Action.CONTACT_SET.label}
    assert not tab.empty.isVisible()
