"""Remember the main window's size, position, last open tab and account, per user (QSettings).

The settings live where ``contact_manager.settings`` says: an INI file in
``CONTACT_MANAGER_HOME`` when that is set (tests, portable installs), else the platform's
per-user settings. The tab is remembered by its page's objectName, so reordering the tabs
in a later version does not reopen the wrong one. The account is remembered by its id, per
database file (a rename keeps it; another database has other ids).
"""

from __future__ import annotations

from typing import SupportsInt

from PySide6.QtCore import QByteArray, QCryptographicHash, QRect, QSize
from PySide6.QtWidgets import QMainWindow, QTabWidget, QWidget

from contact_manager.settings import open_settings
from contact_manager.settings import save as save_settings

GROUP = "mainWindow"
DEFAULT_SIZE = QSize(1180, 780)
# Title bar and borders, until the window manager has drawn them and they can be measured.
FRAME_ALLOWANCE = QSize(16, 40)


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
    if restored:
        keep_inside(window)
    else:
        place_default(window)
    if isinstance(window, QMainWindow) and isinstance(state, QByteArray):
        window.restoreState(state)
    if tabs is not None:
        _restore_tab(tabs, tab_name, tab_index)
    return restored


def _account_key(database: str) -> str:
    # SHA-256 by Qt, the same digest as hashlib's (keys saved by earlier versions still match):
    # hashlib would load OpenSSL on the way to the first frame, for one hash.
    digest = QCryptographicHash.hash(database.encode("utf-8"), QCryptographicHash.Algorithm.Sha256)
    return "lastAccount/" + bytes(digest.toHex().data()).decode("ascii")[:16]


def save_account(database: str, account_id: int | None) -> None:
    """Remember ``account_id`` as the one open in ``database`` (None forgets it)."""
    if account_id == last_account(database):  # the same account again (most starts)
        return
    settings = open_settings()
    if account_id is None:
        settings.remove(_account_key(database))
    else:
        settings.setValue(_account_key(database), account_id)
    settings.sync()


def last_account(database: str) -> int | None:
    """The account last open in ``database``, if one was remembered."""
    try:
        return int(open_settings().value(_account_key(database)))
    except (TypeError, ValueError):  # none saved, or a damaged value
        return None


def _restore_tab(tabs: QTabWidget, name: object, index: object) -> None:
    if isinstance(name, str) and name:
        for i in range(tabs.count()):
            widget = tabs.widget(i)
            if widget is not None and widget.objectName() == name:
                tabs.setCurrentIndex(i)
                return
    if not isinstance(index, str | SupportsInt):  # none saved, or a damaged value
        return
    try:
        position = int(index)  # INI files give the number back as text
    except (TypeError, ValueError):
        return
    if 0 <= position < tabs.count():
        tabs.setCurrentIndex(position)


def _frame_allowance(window: QWidget) -> QSize:
    """What the window manager adds around the window: measured once shown, else a fair guess."""
    frame, inner = window.frameGeometry(), window.geometry()
    if window.isVisible() and frame.height() > inner.height():
        return QSize(frame.width() - inner.width(), frame.height() - inner.height())
    return FRAME_ALLOWANCE


def _available(window: QWidget) -> QRect:
    screen = window.screen()
    return screen.availableGeometry() if screen is not None else QRect(0, 0, 1920, 1080)


def place_default(window: QWidget) -> None:
    """A comfortable size that fits the screen's free area with its title bar, centred on it.

    On a 1280x800 or 1366x768 screen (a panel and a title bar taken off) the window shrinks
    to the room there is, down to its minimum size.
    """
    available = _available(window)
    allowance = _frame_allowance(window)
    room = QSize(available.width() - allowance.width(), available.height() - allowance.height())
    width = min(DEFAULT_SIZE.width(), room.width())
    height = min(DEFAULT_SIZE.height(), room.height())
    width = max(width, min(window.minimumWidth(), room.width()))
    height = max(height, min(window.minimumHeight(), room.height()))
    window.resize(width, height)
    left = available.left() + max(0, (available.width() - width - allowance.width()) // 2)
    top = available.top() + max(0, (available.height() - height - allowance.height()) // 2)
    window.move(left, top)


def keep_inside(window: QWidget) -> None:
    """A restored window that would reach past the screen's free area (a smaller screen than
    when it was saved, a panel added) is shrunk to fit and moved back inside."""
    available = _available(window)
    allowance = _frame_allowance(window)
    width = min(window.width(), max(window.minimumWidth(), available.width() - allowance.width()))
    height = min(window.height(), max(window.minimumHeight(), available.height() - allowance.height()))
    if (width, height) != (window.width(), window.height()):
        window.resize(width, height)
    outer_width, outer_height = width + allowance.width(), height + allowance.height()
    left = min(max(window.x(), available.left()), available.right() + 1 - outer_width)
    top = min(max(window.y(), available.top()), available.bottom() + 1 - outer_height)
    left, top = max(left, available.left()), max(top, available.top())
    if (left, top) != (window.x(), window.y()):
        window.move(left, top)
