"""Remember the main window's size, position and last open tab, per user (QSettings).

The settings live where ``contact_manager.settings`` says: an INI file in
``CONTACT_MANAGER_HOME`` when that is set (tests, portable installs), else the platform's
per-user settings. The tab is remembered by its page's objectName, so reordering the tabs
in a later version does not reopen the wrong one.
"""

from __future__ import annotations

from PySide6.QtCore import QByteArray, QRect, QSize
from PySide6.QtWidgets import QMainWindow, QTabWidget, QWidget

from contact_manager.settings import open_settings
from contact_manager.settings import save as save_settings

GROUP = "mainWindow"
DEFAULT_SIZE = QSize(1180, 780)
MINIMUM_SIZE = QSize(1024, 700)


def save(window: QWidget, tabs: QTabWidget | None = None) -> None:
    settings = open_settings()
    settings.beginGroup(GROUP)
    settings.setValue("geometry", window.saveGeometry())
    if isinstance(window, QMainWindow):
        settings.setValue("state", window.saveState())
    if tabs is not None and tabs.currentWidget() is not None:
        settings.setValue("tab", tabs.currentWidget().objectName())
        settings.setValue("tabIndex", tabs.currentIndex())
    settings.endGroup()
    save_settings(settings)


def restore(window: QWidget, tabs: QTabWidget | None = None) -> bool:
    """Put ``window`` back where it was; True when a saved geometry was restored.

    Without one (first start, or a damaged value) the window gets a default size that fits
    the screen, centred on it.
    """
    settings = open_settings()
    settings.beginGroup(GROUP)
    geometry = settings.value("geometry")
    state = settings.value("state")
    tab_name = settings.value("tab")
    tab_index = settings.value("tabIndex")
    settings.endGroup()

    restored = (
        isinstance(geometry, QByteArray) and not geometry.isEmpty() and window.restoreGeometry(geometry)
    )
    if not restored:
        place_default(window)
    if isinstance(window, QMainWindow) and isinstance(state, QByteArray):
        window.restoreState(state)
    if tabs is not None:
        _restore_tab(tabs, tab_name, tab_index)
    return restored


def _restore_tab(tabs: QTabWidget, name: object, index: object) -> None:
    if isinstance(name, str) and name:
        for i in range(tabs.count()):
            if tabs.widget(i).objectName() == name:
                tabs.setCurrentIndex(i)
                return
    try:
        position = int(index)  # INI files give the number back as text
    except (TypeError, ValueError):
        return
    if 0 <= position < tabs.count():
        tabs.setCurrentIndex(position)


def place_default(window: QWidget) -> None:
    """A comfortable size that fits the screen's free area, centred on it."""
    screen = window.screen()
    available = screen.availableGeometry() if screen is not None else QRect(0, 0, 1920, 1080)
    width = min(DEFAULT_SIZE.width(), available.width())
    height = min(DEFAULT_SIZE.height(), available.height())
    width = max(width, min(MINIMUM_SIZE.width(), available.width()))
    height = max(height, min(MINIMUM_SIZE.height(), available.height()))
    window.resize(width, height)
    frame = window.frameGeometry()
    frame.moveCenter(available.center())
    window.move(frame.topLeft())
