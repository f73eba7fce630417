"""The first-run page's cell editors against the page acting: creating, emptying, switching language.

A new user's crash came right after "Create account" on the first-run page, with a cell
just corrected in its editor. These drive that sequence as the user did, then force Qt's
deferred deletions and Python's garbage collection, so a Python reference to a Qt object
already deleted, or an editor outliving its form, shows here rather than at random later.
"""

from __future__ import annotations

import pytest
import shiboken6
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QAbstractItemView, QApplication, QLineEdit

from contact_manager import language
from tests.ui.helpers import open_editor, settle, type_cell


@pytest.fixture
def window(active_window):
    return active_window


def switch_language(window, code: str) -> None:
    window.language_menu.actions_by_language[code].trigger()
    QApplication.processEvents()


def new_account_page(qtbot, window):
    window.new_account_action.trigger()
    page = window.first_run
    assert window.pages.currentWidget() is page
    qtbot.keyClicks(page.name, "Seconda S.r.l.")
    return page


def test_the_users_sequence_correct_an_email_then_create_the_second_account(qtbot, window, services):
    switch_language(window, "it")
    switch_language(window, "en")
    page = new_account_page(qtbot, window)
    for column, text in enumerate(("Rita", "Gallo", "rita.gallo@@seconda")):
        type_cell(qtbot, page.users, 0, column, text)
    qtbot.mouseClick(page.create_button, Qt.MouseButton.LeftButton)
    assert "Row 1" in page.error.text()
    type_cell(qtbot, page.users, 0, 2, "rita.gallo@seconda.example")  # the correction
    qtbot.mouseClick(page.create_button, Qt.MouseButton.LeftButton)
    settle(qtbot)
    assert window.pages.currentWidget() is window.tabs
    created = next(a for a in services.accounts.list() if a.name == "Seconda S.r.l.")
    assert [p.email for p in services.users.list(created.id)] == ["rita.gallo@seconda.example"]
    assert page.users.state() != QAbstractItemView.State.EditingState
    assert page.users.findChildren(QLineEdit) == []  # no editor left behind the hidden page
    switch_language(window, "it")  # every retranslation after it finds live objects
    settle(qtbot)
    assert window.windowTitle().endswith("Seconda S.r.l.")
    language.uninstall()


def test_create_by_its_shortcut_takes_the_cell_still_being_typed(qtbot, window, services):
    """Alt+C leaves the focus in the cell: its editor is still open when the page reads the rows."""
    page = new_account_page(qtbot, window)
    for column, text in enumerate(("Rita", "Gallo")):
        type_cell(qtbot, page.users, 0, column, text)
    editor = open_editor(qtbot, page.users, 0, 2)
    qtbot.keyClicks(editor, "rita.gallo@seconda.example")  # no Return
    qtbot.keyClick(window, Qt.Key.Key_C, Qt.KeyboardModifier.AltModifier)
    qtbot.waitUntil(lambda: window.pages.currentWidget() is window.tabs or page.error.isVisible())
    settle(qtbot)
    assert not page.error.isVisible(), page.error.text()
    created = next(a for a in services.accounts.list() if a.name == "Seconda S.r.l.")
    assert [p.email for p in services.users.list(created.id)] == ["rita.gallo@seconda.example"]
    assert not shiboken6.isValid(editor)  # closed and deleted, not left open on a hidden page


def test_a_new_form_is_not_written_into_by_the_old_forms_editor(qtbot, window, services):
    """File > New account again while a cell is being typed in: the form empties, editor and all."""
    page = new_account_page(qtbot, window)
    editor = open_editor(qtbot, page.users, 1, 0)
    qtbot.keyClicks(editor, "Stale")
    window.new_account_action.trigger()  # from the menu: the focus stays in the cell
    settle(qtbot)
    assert page.users.state() != QAbstractItemView.State.EditingState
    assert not shiboken6.isValid(editor)
    page.name.setFocus()
    settle(qtbot)
    assert all(page.users.cell_text(row, column) == "" for row in range(5) for column in range(3))


def test_a_language_switch_while_a_cell_is_being_typed_in(qtbot, window, services):
    page = new_account_page(qtbot, window)
    editor = open_editor(qtbot, page.users, 0, 0)
    qtbot.keyClicks(editor, "Rita")
    switch_language(window, "it")
    settle(qtbot)
    assert page.users.horizontalHeaderItem(2).text() != ""
    qtbot.keyClick(editor, Qt.Key.Key_Return)
    settle(qtbot)
    assert page.users.cell_text(0, 0) == "Rita"
    language.uninstall()
