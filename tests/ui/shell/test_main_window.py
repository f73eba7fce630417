"""The main window: title, menus, the account button, tab shortcuts, first run, databases."""

from __future__ import annotations

import shiboken6
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QLineEdit, QMenu, QPushButton, QToolButton

from contact_manager import __version__
from contact_manager.services import Services
from contact_manager.ui.kit import dialogs
from contact_manager.ui.shell.main_window import MainWindow
from tests.ui.helpers import close_dialog, type_cell, wait_dialog


def test_title_tabs_and_menus(window):
    assert window.objectName() == "mainWindow"
    assert window.windowTitle() == "Contact Manager \u2014 Acme S.p.A."
    assert [window.tabs.tabText(i) for i in range(window.tabs.count())] == [
        "Account and billing",
        "Company information",
        "Users",
        "History",
    ]
    assert window.tabs.widget(0).objectName() == "accountBillingTab"
    assert window.tabs.widget(1).objectName() == "companyInfoTab"
    assert [window.tabs.widget(i).objectName() for i in (2, 3)] == ["usersTab", "historyTab"]
    titles = [a.text() for a in window.menuBar().actions()]
    assert titles == ["&File", "&Edit", "&View", "&Help"]
    assert [a.text() for a in window.view_menu.actions()] == ["&Language"]
    assert [a.text() for a in window.file_menu.actions() if a.text()] == [
        "&New account...",
        "S&witch account",
        "&Open database...",
        "Connect to an o&ffice database...",
        "Open recen&t",
        "Move to an office databa&se...",
        "Rena&me account...",
        "&Delete account...",
        "Import &users...",
        "&Import account...",
        "Export as &JSON...",
        "Export as &CSV...",
        "Export as &vCard...",
        "Export as E&xcel...",
        "&Print contact sheet to PDF...",
        "&Back up database...",
        "&Restore...",
        "&Quit",
    ]
    assert window.undo_action.shortcut().toString() == "Ctrl+Z"
    redo_keys = [key.toString() for key in window.redo_action.shortcuts()]
    assert "Ctrl+Y" in redo_keys and "Ctrl+Shift+Z" in redo_keys


def test_ctrl_1_and_ctrl_2_switch_tabs(qtbot, window):
    qtbot.keyClick(window, Qt.Key.Key_1, Qt.KeyboardModifier.ControlModifier)
    assert window.tabs.currentWidget() is window.billing_tab
    qtbot.keyClick(window, Qt.Key.Key_2, Qt.KeyboardModifier.ControlModifier)
    assert window.tabs.currentWidget() is window.company_tab


def test_about_shows_the_version(qtbot, window):
    window.about_action.trigger()
    box = wait_dialog(qtbot, window, "aboutDialog")
    assert __version__ in box.text()
    close_dialog(qtbot, box)


def _account_menu(qtbot, window) -> QMenu:
    button = window.findChild(QToolButton, "accountMenuButton")
    assert window.menuBar().cornerWidget(Qt.Corner.TopRightCorner) is button
    assert button.text() == "Acme S.p.A."
    menu = button.menu()
    menu.aboutToShow.emit()  # what opening it does; the popup's own loop is not needed
    return menu


def test_account_menu_opens_account_and_billing(qtbot, window):
    menu = _account_menu(qtbot, window)
    menu.findChild(type(menu.actions()[0]), "openAccountBillingAction").trigger()
    assert window.tabs.currentWidget() is window.billing_tab


def test_account_menu_switches_account(qtbot, window, services):
    other = services.accounts.create("Beta S.r.l.")
    services.users.add(other.id, "Bruno", "Galli", "bruno@beta.example")
    menu = _account_menu(qtbot, window)
    names = [a.text() for a in menu.actions() if a.isCheckable()]
    assert names == ["Acme S.p.A.", "Beta S.r.l."]
    next(a for a in menu.actions() if a.text() == "Beta S.r.l.").trigger()
    assert window.windowTitle().endswith("Beta S.r.l.")
    assert window.findChild(QToolButton, "accountMenuButton").text() == "Beta S.r.l."
    assert window.company_tab.primary.choices.rowCount() == 1


def test_file_menu_switches_account_too(qtbot, window, services):
    other = services.accounts.create("Beta S.r.l.")
    menu = window.switch_menu
    menu.aboutToShow.emit()
    assert [(a.text(), a.isChecked()) for a in menu.actions()] == [
        ("Acme S.p.A.", True),
        ("Beta S.r.l.", False),
    ]
    menu.findChild(type(menu.actions()[0]), f"fileSwitchAccountAction{other.id}").trigger()
    assert window.context.account_id == other.id
    assert window.windowTitle().endswith("Beta S.r.l.")


def test_account_menu_creates_an_account_through_the_first_run_page(qtbot, window, services):
    menu = _account_menu(qtbot, window)
    next(a for a in menu.actions() if a.objectName() == "accountMenuNewAccountAction").trigger()
    assert window.pages.currentWidget() is window.first_run
    assert window.first_run.cancel.isVisible()
    assert window.first_run.title.text() == "New account", "not a welcome: the app is in use"
    qtbot.mouseClick(window.first_run.cancel, Qt.MouseButton.LeftButton)
    assert window.pages.currentWidget() is window.tabs
    assert len(services.accounts.list()) == 1


def test_first_run_on_an_empty_database(qtbot, database_target):
    services = Services.open(database_target)
    win = MainWindow(services, owns_services=True)
    qtbot.addWidget(win)
    win.show()
    qtbot.waitExposed(win)
    win.activateWindow()
    page = win.first_run
    assert win.pages.currentWidget() is page and page.isVisible()
    assert not page.cancel.isVisible()
    assert page.title.text() == "Welcome to Contact Manager"
    name = win.findChild(QLineEdit, "firstRunAccountName")
    create = win.findChild(QPushButton, "firstRunCreateButton")
    qtbot.mouseClick(create, Qt.MouseButton.LeftButton)  # no name yet
    assert page.error.isVisible() and "needs a name" in page.error.text()
    qtbot.keyClicks(name, "Rossi Costruzioni S.p.A.")
    for row, values in enumerate((("Mario", "Rossi", "mario@rossi.example"), ("Ada", "Neri", "ada@@rossi"))):
        for column, text in enumerate(values):
            type_cell(qtbot, page.users, row, column, text)
    qtbot.mouseClick(create, Qt.MouseButton.LeftButton)
    assert "Row 2" in page.error.text() and "ada@@rossi" in page.error.text()
    assert services.accounts.list() == []  # nothing half-made
    type_cell(qtbot, page.users, 1, 2, "ada@rossi.example")
    qtbot.mouseClick(create, Qt.MouseButton.LeftButton)
    assert win.pages.currentWidget() is win.tabs
    assert win.windowTitle().endswith("Rossi Costruzioni S.p.A.")
    (account,) = services.accounts.list()
    assert [p.email for p in services.users.list(account.id)] == ["ada@rossi.example", "mario@rossi.example"]
    win.close()


def test_enter_in_the_account_name_creates_the_account(qtbot, window, services):
    """"Create account" looks like the default button; Enter in the name does what it shows."""
    menu = _account_menu(qtbot, window)
    next(a for a in menu.actions() if a.objectName() == "accountMenuNewAccountAction").trigger()
    name = window.first_run.name
    qtbot.keyClicks(name, "Verdi Impianti S.r.l.")
    qtbot.keyClick(name, Qt.Key.Key_Return)
    assert window.pages.currentWidget() is window.tabs
    assert window.windowTitle().endswith("Verdi Impianti S.r.l.")
    assert len(services.accounts.list()) == 2


def test_open_database_through_the_dialogs_seam(qtbot, window, tmp_path):
    other_path = tmp_path / "other.db"
    other = Services.open(str(other_path))
    other.accounts.create("Gamma S.n.c.")
    other.close()
    asked = []
    dialogs.set_answerer(lambda kind, **details: asked.append(kind) or str(other_path))
    window.open_database_action.trigger()
    assert asked == ["open_database"]
    (opened,) = [w for w in QApplication.topLevelWidgets() if isinstance(w, MainWindow) and w.isVisible()]
    assert opened is not window and opened.windowTitle().endswith("Gamma S.n.c.")
    assert not window.isVisible()
    opened.close()
    qtbot.waitUntil(lambda: not shiboken6.isValid(opened))  # closed, the window goes, database and all


def test_edit_contacts_request_focuses_the_role_box(qtbot, window):
    from contact_manager.domain.roles import Role

    window.tabs.setCurrentWidget(window.billing_tab)
    window.billing_tab.editContactsRequested.emit(Role.SECURITY)
    assert window.tabs.currentWidget() is window.company_tab
    qtbot.waitUntil(lambda: window.company_tab.others[Role.SECURITY].hasFocus())


def test_the_window_picks_up_a_change_from_another_process(qtbot, window, account, people, database_target):
    """On a file the refresh timer sees it; on a server the server's notice brings it."""
    import subprocess
    import sys

    assert window.poll.interval() <= 2000
    window.poll.start()
    code = (
        f"from contact_manager.services import Services; s = Services.open({database_target!r});"
        f"s.accounts.update({account.id}, phone='+39 06 555 0101'); s.close()"
    )
    subprocess.run([sys.executable, "-c", code], check=True, timeout=60)
    phone = window.findChild(QLineEdit, "company_phone")
    qtbot.waitUntil(lambda: phone.text() == "+39 06 555 0101", timeout=10_000)


def test_the_account_button_grows_with_a_longer_account_name(qtbot, window, services, account):
    button = window.findChild(QToolButton, "accountMenuButton")
    longer = services.accounts.create("Costruzioni Meccaniche Lombarde Riunite S.p.A.")
    window.switch_account(longer.id)
    QApplication.processEvents()
    assert button.text() == longer.name
    assert button.width() >= button.sizeHint().width()
    assert button.geometry().right() <= window.menuBar().width()


def test_the_account_button_leaves_room_for_its_menu_arrow(window):
    from PySide6.QtWidgets import QStyle

    button = window.findChild(QToolButton, "accountMenuButton")
    arrow = button.style().pixelMetric(QStyle.PixelMetric.PM_MenuButtonIndicator, None, button)
    text = button.fontMetrics().horizontalAdvance(button.text())
    assert button.width() >= text + arrow + 8  # the name, the arrow, and the frame's margins


def test_ctrl_f_goes_to_the_search_of_people(qtbot, window):
    """Edit > Find (Ctrl+F): from a contacts tab, the Users tab's search; on History, its person
    filter; what was typed there before is selected, to type over."""
    users, history = window.admin.users_tab, window.admin.history_tab
    users.search.setText("old search")
    window.tabs.setCurrentWidget(window.company_tab)
    window.company_tab.primary.setFocus()
    qtbot.waitUntil(window.company_tab.primary.hasFocus)
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    assert window.tabs.currentWidget() is users
    qtbot.waitUntil(users.search.hasFocus)
    assert users.search.selectedText() == "old search"

    window.tabs.setCurrentWidget(history)
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    assert window.tabs.currentWidget() is history
    qtbot.waitUntil(history.person.hasFocus)
    assert window.find_action.text() == "&Find"


def test_quitting_over_refused_typing_asks_first(qtbot, window, services, account):
    """A valid typed value is saved as the window closes; a refused one is not thrown away
    without a question."""
    phone = window.findChild(QLineEdit, "company_phone")
    phone.setFocus()
    qtbot.waitUntil(phone.hasFocus)
    qtbot.keyClicks(phone, "call me")  # letters: refused
    window.quit_action.trigger()
    box = wait_dialog(qtbot, window, "closeOverUnsavedTypingDialog")
    assert window.isVisible() and "not saved" in box.text()
    qtbot.keyClick(box, Qt.Key.Key_Escape)  # keep editing
    qtbot.waitUntil(lambda: not box.isVisible())
    assert window.isVisible() and phone.text() == "call me"
    qtbot.waitUntil(phone.hasFocus)  # where the typing was

    phone.setText("+39 02 1234 5678")
    phone.setModified(True)
    phone.setFocus()
    window.quit_action.trigger()  # valid: saved on the way out, no question
    qtbot.waitUntil(lambda: not window.isVisible())
    assert services.accounts.get(account.id).details.phone == "+39 02 1234 5678"


def test_closing_over_refused_typing_when_the_person_says_so(qtbot, window):
    phone = window.findChild(QLineEdit, "company_phone")
    phone.setFocus()
    qtbot.waitUntil(phone.hasFocus)
    qtbot.keyClicks(phone, "call me")
    window.quit_action.trigger()
    box = wait_dialog(qtbot, window, "closeOverUnsavedTypingDialog")
    qtbot.mouseClick(box.findChild(QPushButton, "closeOverUnsavedTypingButton"), Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not window.isVisible())
