"""Past twenty accounts the account menus search: type part of a name, Enter switches."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QToolButton

from contact_manager.ui.accounts.account_chooser import AccountChooser


def _many(services, count):
    with services.store.transaction():
        return [services.accounts.create(f"Cliente {n:03d} S.r.l.") for n in range(count)]


def test_up_to_twenty_accounts_are_menu_items(qtbot, window, services):
    _many(services, 19)  # with Acme, twenty
    menu = window.findChild(QToolButton, "accountMenuButton").menu()
    menu.aboutToShow.emit()
    assert len([a for a in menu.actions() if a.isCheckable()]) == 20
    assert menu.findChild(AccountChooser) is None


def test_past_twenty_the_menu_searches_and_switches(qtbot, window, services):
    accounts = _many(services, 40)
    menu = window.findChild(QToolButton, "accountMenuButton").menu()
    menu.aboutToShow.emit()
    chooser = menu.findChild(AccountChooser)
    assert chooser is not None
    assert not [a for a in menu.actions() if a.isCheckable()]  # no item per account
    assert len(chooser.visible_names()) == 41
    qtbot.keyClicks(chooser.search, "CLIENTE 03")
    assert chooser.visible_names() == [f"Cliente {n:03d} S.r.l." for n in range(30, 40)]
    qtbot.keyClick(chooser.search, Qt.Key.Key_Down)  # moves in the list, the text stays
    assert chooser.search.text() == "CLIENTE 03"
    qtbot.keyClick(chooser.search, Qt.Key.Key_Return)
    assert window.context.account_id == accounts[31].id
    assert window.windowTitle().endswith("Cliente 031 S.r.l.")


def test_the_file_menu_searches_too_and_a_miss_switches_nothing(qtbot, window, services):
    _many(services, 25)
    before = window.context.account_id
    window.switch_menu.aboutToShow.emit()
    chooser = window.switch_menu.findChild(AccountChooser)
    qtbot.keyClicks(chooser.search, "nessuno")
    assert chooser.visible_names() == []
    qtbot.keyClick(chooser.search, Qt.Key.Key_Return)
    assert window.context.account_id == before
