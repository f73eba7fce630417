"""The window fixtures of the GUI tests; the gestures they repeat are in tests/ui/helpers.py."""

from __future__ import annotations

import pytest

from contact_manager import language
from contact_manager.ui.kit import dialogs
from contact_manager.ui.shell.main_window import MainWindow


@pytest.fixture(autouse=True)
def english(qapp):
    language.uninstall()
    dialogs.set_answerer(None)
    yield
    dialogs.set_answerer(None)
    language.uninstall()


@pytest.fixture
def window(qtbot, services, account, people):
    win = MainWindow(services)
    qtbot.addWidget(win)
    win.poll.stop()  # tests call check_for_changes() themselves
    win.show()
    qtbot.waitExposed(win)
    win.activateWindow()
    win.tabs.setCurrentWidget(win.company_tab)
    return win


@pytest.fixture
def active_window(qtbot, services, account, people):
    """The main window shown and active (keyboard focus in it), on the tab it opens with."""
    win = MainWindow(services)
    qtbot.addWidget(win)
    win.poll.stop()
    with qtbot.waitExposed(win):
        win.show()
    win.activateWindow()
    qtbot.waitUntil(win.isActiveWindow)
    return win


@pytest.fixture
def tab(window):
    return window.company_tab


@pytest.fixture
def another_client(database_target):
    """Another client of the test's database (another window, the command line) acting as
    "other": its own connection to the file or to the server database."""
    from contact_manager.services import Services

    other = Services.open(database_target, actor="other")
    yield other
    other.close()
