"""A database with damaged rows: the window shows what it can, marks the rest, and says once on
the status bar that the database has damaged rows and how to learn more."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt

from contact_manager.domain.history_export import WHAT, WHEN
from contact_manager.services.users import UserRowsService
from contact_manager.store.errors import StorageError
from contact_manager.ui.history.history_model import HistoryModel
from contact_manager.ui.history.history_tab import HistoryTab
from contact_manager.ui.kit.context import AppContext
from contact_manager.ui.kit.picker_users_model import row_data
from contact_manager.ui.shell.main_window import MainWindow
from contact_manager.ui.users.users_tab import UsersTab
from contact_manager.ui.users.users_table_model import EMAIL, FIRST, LAST, STATUS, UsersModel
from tests.damage import corrupt_table_page, spoil, spoil_text


@pytest.fixture
def spoilt(services, account, people, db_path):
    """A billing contact whose last name is not UTF-8, a user whose flag is neither 0 nor 1,
    and a history row with an action this app never records and a time that is no time."""
    services.contacts.set_primary(account.id, people[0].user_id)
    services.contacts.add_billing(account.id, people[1].user_id)
    spoil_text(db_path, "app_user", "last_name", people[1].user_id)
    spoil(db_path, "UPDATE app_user SET active = 'x' WHERE id = ?", (people[3].user_id,))
    newest = services.history.list(account.id)[0]
    spoil(db_path, "UPDATE history SET action = 'zz.wipe', at = 'soon' WHERE id = ?", (newest.id,))
    return {"name": people[1], "flag": people[3], "history": newest.id}


def test_history_model_shows_a_damaged_entry(qtmodeltester, services, account, spoilt):
    model = HistoryModel()
    model.set_changes(services.history.list(account.id))
    qtmodeltester.check(model)
    assert model.index(0, WHAT).data() == "(damaged entry)"
    assert model.index(0, WHEN).data() == "soon (damaged)"
    assert "Check database" in model.index(0, WHAT).data(Qt.ItemDataRole.ToolTipRole)
    assert "(damaged" not in model.index(1, WHAT).data() and model.index(1, WHAT).data(
        Qt.ItemDataRole.ToolTipRole
    ) in (None, "")


def test_users_model_marks_the_cells_that_could_not_be_read(qtmodeltester, services, account, spoilt):
    model = UsersModel()
    model.set_users(UserRowsService(services.store).read(account.id), services.contacts.sheet(account.id))
    qtmodeltester.check(model)
    rows = {model.person(r).user_id: r for r in range(model.rowCount())}
    named = rows[spoilt["name"].user_id]
    assert model.index(named, LAST).data() == "C\ufffdl\ufffdmbo (damaged)"
    assert (
        model.index(named, FIRST).data() == "Luca"
        and model.index(named, EMAIL).data() == spoilt["name"].email
    )
    flagged = rows[spoilt["flag"].user_id]
    assert model.index(flagged, STATUS).data() == "Deactivated (damaged)"
    others = [r for uid, r in rows.items() if uid not in (spoilt["name"].user_id, spoilt["flag"].user_id)]
    assert all("(damaged)" not in model.index(r, c).data() for r in others for c in range(7))


def test_user_boxes_mark_a_name_that_could_not_be_read(services, account, spoilt):
    rows = {row[0]: row for row in services.users.picker_rows(account.id)}
    shown = row_data(rows[spoilt["name"].user_id], Qt.ItemDataRole.DisplayRole)
    assert shown.endswith("(damaged)") and spoilt["name"].email in shown
    assert not row_data(rows[spoilt["flag"].user_id], Qt.ItemDataRole.DisplayRole).endswith("(damaged)")


def test_the_window_opens_shows_the_rest_and_says_so_on_the_status_bar(qtbot, services, account, spoilt):
    window = MainWindow(services)
    qtbot.addWidget(window)
    window.poll.stop()
    window.show()
    qtbot.waitExposed(window)
    qtbot.waitUntil(lambda: "damaged rows" in window.statusBar().currentMessage())
    message = window.statusBar().currentMessage()
    assert f"table app_user, row {spoilt['name'].user_id}, column last_name" in message
    assert "Check database" in message
    window.tabs.setCurrentWidget(window.findChild(HistoryTab))
    history = window.findChild(HistoryTab)
    qtbot.waitUntil(lambda: history.proxy.rowCount() > 0)
    assert history.proxy.index(0, WHAT).data() == "(damaged entry)"
    window.tabs.setCurrentWidget(window.findChild(UsersTab))
    users = window.findChild(UsersTab)
    qtbot.waitUntil(lambda: users.proxy.rowCount() == 5)
    lasts = [users.proxy.index(r, LAST).data() for r in range(5)]
    assert "C\ufffdl\ufffdmbo (damaged)" in lasts


def test_damage_is_told_once_not_at_every_reload(qtbot, services, account, spoilt):
    context = AppContext(services)
    told = []
    context.status.connect(told.append)
    context.switch_account(account.id)
    context.reload()
    context.reload()
    assert len(told) == 1 and "damaged rows" in told[0]


def test_history_tab_says_when_the_database_cannot_be_read(qtbot, services, account, monkeypatch):
    context = AppContext(services)
    context.switch_account(account.id)
    told = []
    context.status.connect(told.append)

    def malformed(*_args, **_kwargs):
        raise StorageError(StorageError.NOT_A_DATABASE, "contacts.db", "database disk image is malformed")

    for read in ("list", "has_any", "page"):  # the tab reads a page at a time
        monkeypatch.setattr(services.history, read, malformed)
    tab = HistoryTab(context)
    qtbot.addWidget(tab)
    tab.show()
    qtbot.waitUntil(lambda: bool(told))
    assert told == ["contacts.db is not a Contact Manager database, or it is damaged."]
    assert tab.proxy.rowCount() == 0


def test_user_boxes_say_when_the_users_cannot_be_read(qtbot, services, account, people, db_path):
    context = AppContext(services)
    context.switch_account(account.id)
    told = []
    context.status.connect(told.append)
    corrupt_table_page(db_path, "app_user")
    assert context.picker_users.rowCount() == 0
    assert told and "damaged" in told[0]


def test_a_person_filter_read_in_a_worker_still_marks_the_damaged_entry(qtbot, services, account, spoilt):
    context = AppContext(services)
    context.switch_account(account.id)
    tab = HistoryTab(context)
    qtbot.addWidget(tab)
    tab.show()
    change = next(c for c in services.history.list(account.id) if c.id == spoilt["history"])
    about = change.subject or change.new_value or change.old_value
    assert about
    tab.person.setText(about)
    assert tab.busy  # read on the worker's own connection
    qtbot.waitUntil(lambda: not tab.busy)
    whats = [tab.proxy.index(r, WHAT).data() for r in range(tab.proxy.rowCount())]
    assert "(damaged entry)" in whats
