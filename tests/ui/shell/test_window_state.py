"""The main window reopens where it was, at its size, on the tab last open."""

from __future__ import annotations

import hashlib
import os

from PySide6.QtCore import QPoint, QSize
from PySide6.QtWidgets import QMainWindow, QTabWidget, QWidget

from contact_manager import paths
from contact_manager.settings import open_settings
from contact_manager.ui.shell import recent, window_state


def _window(qtbot, names=("accountTab", "usersTab", "historyTab")):
    window = QMainWindow()
    qtbot.addWidget(window)
    tabs = QTabWidget()
    for name in names:
        page = QWidget()
        page.setObjectName(name)
        tabs.addTab(page, name)
    window.setCentralWidget(tabs)
    return window, tabs


def test_size_position_and_tab_come_back(qtbot):
    window, tabs = _window(qtbot)
    window.resize(700, 500)  # the offscreen screen is 800x600
    window.move(40, 30)
    tabs.setCurrentIndex(2)
    window_state.save(window, tabs)

    again, again_tabs = _window(qtbot)
    assert window_state.restore(again, again_tabs) is True
    assert again.size() == QSize(700, 500)
    assert again.pos() == QPoint(40, 30)
    assert again_tabs.currentWidget().objectName() == "historyTab"


def test_tab_is_found_by_name_when_tabs_are_reordered(qtbot):
    window, tabs = _window(qtbot)
    tabs.setCurrentIndex(1)  # usersTab
    window_state.save(window, tabs)
    again, again_tabs = _window(qtbot, names=("usersTab", "accountTab", "historyTab"))
    window_state.restore(again, again_tabs)
    assert again_tabs.currentWidget().objectName() == "usersTab"


def test_first_start_gets_a_default_size_that_fits_the_screen(qtbot):
    window, tabs = _window(qtbot)
    assert window_state.restore(window, tabs) is False
    available = window.screen().availableGeometry()
    assert window.width() <= available.width() and window.height() <= available.height()
    room = available.size() - window_state.FRAME_ALLOWANCE  # the title bar and borders fit too
    assert window.width() >= min(1024, room.width())
    assert tabs.currentIndex() == 0


def test_damaged_settings_fall_back_to_the_default(qtbot):
    settings = open_settings()
    settings.setValue("mainWindow/geometry", "not a geometry")
    settings.setValue("mainWindow/tabIndex", "seven")
    settings.sync()
    window, tabs = _window(qtbot)
    assert window_state.restore(window, tabs) is False
    assert tabs.currentIndex() == 0


def test_settings_stay_in_the_private_home(qtbot, private_home):
    window, tabs = _window(qtbot)
    window_state.save(window, tabs)
    assert (private_home / "settings.ini").is_file()
    assert paths.data_dir() == private_home


def test_the_account_remembered_by_an_earlier_version_is_found(qtbot, tmp_path):
    # Earlier versions keyed the account by the first 16 hex digits of the path's SHA-256.
    database = str(tmp_path / "città" / "office.db")
    key = "lastAccount/" + hashlib.sha256(database.encode("utf-8")).hexdigest()[:16]
    settings = open_settings()
    settings.setValue(key, 7)
    settings.sync()
    assert window_state.last_account(database) == 7
    assert window_state.last_account(str(tmp_path / "other.db")) is None
    window_state.save_account(database, None)
    assert window_state.last_account(database) is None


def test_opening_the_same_account_and_database_again_writes_no_settings(qtbot, private_home, tmp_path):
    database = str(tmp_path / "office.db")
    recent.add(database)
    window_state.save_account(database, 3)
    settings_file = private_home / "settings.ini"
    os.utime(settings_file, ns=(1_000_000_000, 1_000_000_000))
    recent.add(database)
    window_state.save_account(database, 3)
    assert settings_file.stat().st_mtime_ns == 1_000_000_000
    window_state.save_account(database, 4)
    recent.add(str(tmp_path / "other.db"))
    assert settings_file.stat().st_mtime_ns != 1_000_000_000
    assert window_state.last_account(database) == 4
    assert recent.entries() == [str(tmp_path / "other.db"), database]
