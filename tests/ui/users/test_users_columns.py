"""The Users table's columns are declared once (``users_columns.COLUMNS``): the model, its search
and the tab take the number, titles, cells, sorting, widths and alignment from there."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt

from contact_manager.services.users import UserRowsService
from contact_manager.ui.kit.context import AppContext
from contact_manager.ui.users import users_columns
from contact_manager.ui.users.users_columns import COLUMNS, Column, Shows
from contact_manager.ui.users.users_tab import UsersTab
from contact_manager.ui.users.users_table_model import UsersModel

# one more column, declared as a newcomer would: the phone again, right-aligned, 30 characters
EXTRA = Column("phone", "Phone again", Shows.FIELD, at=6, width=30, alignment=Qt.AlignmentFlag.AlignRight)


@pytest.fixture
def model(services, account, people):
    model = UsersModel()
    model.set_users(UserRowsService(services.store).read(account.id), services.contacts.sheet(account.id))
    return model


def test_the_headers_are_the_declared_titles(model):
    assert model.columnCount() == len(COLUMNS)
    titles = [model.headerData(i, Qt.Orientation.Horizontal) for i in range(model.columnCount())]
    assert titles == [column.header for column in COLUMNS]
    assert titles[0] == "First name" and titles[-1] == "Roles"


def test_a_new_column_is_one_declaration(qtbot, qtmodeltester, monkeypatch, services, account, people):
    monkeypatch.setattr(users_columns, "COLUMNS", (*COLUMNS, EXTRA))
    source = UsersModel()
    source.set_users(UserRowsService(services.store).read(account.id), services.contacts.sheet(account.id))
    new = len(COLUMNS)
    assert source.columnCount() == new + 1
    assert source.headerData(new, Qt.Orientation.Horizontal) == "Phone again"
    phones = {p.email: p.phone for p in services.users.list(account.id)}
    email = users_columns.EMAIL
    assert all(source.index(r, new).data() == phones[source.index(r, email).data()] for r in range(5))
    assert source.index(0, new).data(Qt.ItemDataRole.TextAlignmentRole) == int(Qt.AlignmentFlag.AlignRight)
    assert source.index(0, email).data(Qt.ItemDataRole.TextAlignmentRole) is None
    source.sort(new, Qt.SortOrder.DescendingOrder)
    shown = [source.index(r, new).data() for r in range(5)]
    assert shown == sorted(shown, reverse=True)
    qtmodeltester.check(source)

    context = AppContext(services)
    context.switch_account(account.id)
    tab = UsersTab(context)
    qtbot.addWidget(tab)
    tab.show()
    assert tab.proxy.columnCount() == new + 1
    qtbot.waitUntil(lambda: tab.proxy.rowCount() == len(people))
    tab.refresh()
    assert tab.table.columnWidth(new) == 30 * tab.fontMetrics().averageCharWidth()
