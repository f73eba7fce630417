"""A large account's users are read and sorted in a worker thread: the window keeps showing
the rows it has until the new ones are ready, and nothing a person relies on changes.

"Large" is lowered to three users here, so five users take the worker's path.
"""

import threading

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog

from contact_manager.services import user_rows
from contact_manager.ui.kit import shared_users
from contact_manager.ui.users import users_table_model
from contact_manager.ui.users.user_dialog import UserDialog
from contact_manager.ui.users.users_tab import UsersTab
from contact_manager.ui.users.users_table_model import EMAIL
from tests.ui.helpers import context_on, on_screen


@pytest.fixture(autouse=True)
def large_from_three(monkeypatch):
    monkeypatch.setattr(shared_users, "BACKGROUND_FROM", 3)
    monkeypatch.setattr(users_table_model, "BACKGROUND_FROM", 3)


@pytest.fixture
def threads(monkeypatch):
    """The names of the threads the users were read on."""
    seen = []
    read = user_rows.read_apart

    def spy(path, account_id, previous=None):
        seen.append(threading.current_thread() is threading.main_thread())
        return read(path, account_id, previous)

    monkeypatch.setattr(shared_users, "read_apart", spy)
    return seen


@pytest.fixture
def context(qtbot, services, account, people, threads):
    return context_on(services, account.id)


@pytest.fixture
def tab(qtbot, context):
    widget = on_screen(qtbot, UsersTab(context), (900, 400))
    qtbot.waitUntil(lambda: not widget.busy and widget.proxy.rowCount() == 5)
    yield widget
    for dialog in widget.findChildren(QDialog):
        dialog.close()


def emails(tab):
    return [tab.proxy.index(r, EMAIL).data() for r in range(tab.proxy.rowCount())]


def test_the_users_are_read_in_a_worker_and_the_old_rows_stay_meanwhile(
    qtbot, tab, context, services, account, threads
):
    assert threads == [False]  # read once, for the tab and the boxes alike, not on the window's thread
    before = emails(tab)
    services.users.add(account.id, "Zeno", "Zorzi", "zeno@acme.example")
    context.usersChanged.emit()
    assert context.users.busy and emails(tab) == before  # the window shows what it had
    qtbot.waitUntil(lambda: not tab.busy and len(emails(tab)) == 6)
    assert emails(tab)[-1] == "zeno@acme.example" and threads == [False, False]
    assert context.picker_users.rowCount() == 6  # the boxes' model shares the same read


def test_a_sort_runs_apart_and_keeps_the_selection(qtbot, tab, people):
    tab.select(people[3].user_id)
    before = emails(tab)
    tab.table.sortByColumn(EMAIL, Qt.SortOrder.DescendingOrder)
    assert tab.model.busy and emails(tab) == before
    qtbot.waitUntil(lambda: not tab.busy)
    assert emails(tab) == sorted(before, reverse=True)
    assert tab.selected().email == people[3].email


def test_while_a_reload_is_sorted_apart_the_rows_shown_stay_whole(
    qtbot, tab, context, services, account, people, monkeypatch
):
    tab.table.sortByColumn(EMAIL, Qt.SortOrder.DescendingOrder)
    qtbot.waitUntil(lambda: not tab.busy)
    before = emails(tab)
    held, sort = threading.Event(), users_table_model.ordered

    def held_sort(*args):
        held.wait(10)  # the new rows' sort waits: the rows shown are the old ones meanwhile
        return sort(*args)

    monkeypatch.setattr(users_table_model, "ordered", held_sort)
    services.users.remove(account.id, people[0].user_id)
    services.users.remove(account.id, people[1].user_id)
    context.usersChanged.emit()
    qtbot.waitUntil(lambda: not context.users.busy and tab.model.busy)  # read; now sorted apart
    assert emails(tab) == before  # the five rows shown, each as it was, until the sort is in
    held.set()
    qtbot.waitUntil(lambda: not tab.busy)
    assert emails(tab) == sorted((p.email for p in people[2:]), reverse=True)


def test_the_selection_is_kept_across_a_reload_read_apart(qtbot, tab, context, people):
    tab.select(people[2].user_id)
    context.usersChanged.emit()
    qtbot.waitUntil(lambda: not tab.busy)
    assert tab.selected().email == people[2].email


def test_a_user_just_added_is_selected_once_the_rows_have_them(qtbot, tab, context):
    qtbot.keyClicks(tab.search, "rossi")
    qtbot.mouseClick(tab.buttons["add"], Qt.MouseButton.LeftButton)
    dialog = next(d for d in tab.findChildren(UserDialog) if d.isVisible())
    qtbot.keyClicks(dialog.first, "Mario")
    qtbot.keyClicks(dialog.last, "Gialli")
    qtbot.keyClicks(dialog.email, "mario.gialli@acme.example")
    qtbot.keyClick(dialog.email, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: not tab.busy and tab.selected() is not None)
    assert tab.selected().email == "mario.gialli@acme.example" and tab.search.text() == ""


def test_a_read_that_fails_apart_is_done_again_in_the_window_thread(qtbot, context, monkeypatch, account):
    def broken(path, account_id, previous=None):
        raise OSError("disk gone")

    monkeypatch.setattr(shared_users, "read_apart", broken)
    said = []
    context.status.connect(said.append)
    context.picker_users  # noqa: B018 - the boxes want the users: they are read
    context.usersChanged.emit()
    qtbot.waitUntil(lambda: not context.users.busy)
    # read again in the window's thread, which works here: the users are shown, nothing said
    assert context.picker_users.rowCount() == 5 and said == []


def test_a_large_read_drops_the_source_lines_kept_for_tracebacks(qtbot, services, account, people):
    import linecache

    linecache.getlines(shared_users.__file__)  # as PySide's import hook leaves every module
    assert shared_users.__file__ in linecache.cache
    context = context_on(services, account.id)
    context.users.want()
    qtbot.waitUntil(lambda: not context.users.busy and len(context.users.rows) == 5)
    assert shared_users.__file__ not in linecache.cache
