"""The admin GUI inside the real main window (MainWindow installs it)."""

from PySide6.QtCore import Qt

from contact_manager.ui.accounts.account_dialogs import DeleteAccountDialog


def test_tabs_and_menu_in_the_main_window(qtbot, window, services, account, people):
    gui = window.admin
    titles = [window.tabs.tabText(i) for i in range(window.tabs.count())]
    assert titles[-2:] == ["Users", "History"]
    assert window.findChild(type(gui.users_tab), "usersTab") is gui.users_tab
    assert window.findChild(type(gui.history_tab), "historyTab") is gui.history_tab
    assert gui.actions.actions["backup"] in window.file_menu.actions()
    window.tabs.setCurrentWidget(gui.users_tab)
    assert gui.users_tab.model.rowCount() == len(people)
    window.tabs.setCurrentWidget(gui.history_tab)
    assert gui.history_tab.model.rowCount() == len(services.history.list(account.id))


def test_deleting_the_last_account_shows_the_first_run_page(qtbot, window, services, account):
    gui = window.admin
    opened = []
    gui.actions.dialogOpened.connect(opened.append)
    gui.actions.actions["delete_account"].trigger()
    dialog = next(d for d in opened if isinstance(d, DeleteAccountDialog))
    qtbot.keyClicks(dialog.typed, account.name)
    qtbot.keyClick(dialog.typed, Qt.Key.Key_Return)
    assert services.accounts.list() == []
    assert window.pages.currentWidget() is window.first_run
    assert window.windowTitle() == "Contact Manager"  # the deleted account's name is gone
    assert not window.account_button.isVisible()
