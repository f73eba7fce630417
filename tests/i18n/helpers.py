"""What the language tests build again and again."""

from __future__ import annotations

from PySide6.QtWidgets import QApplication


def full_window(qtbot, services, size=None):
    """The main window as the app builds it (admin tabs and menus included), shown."""
    from contact_manager.ui.shell.main_window import MainWindow

    window = MainWindow(services)
    qtbot.addWidget(window)
    window.poll.stop()  # the tests reload themselves
    if size is not None:
        window.resize(*size)
    with qtbot.waitExposed(window):  # pytest-qt waits when the block ends
        window.show()
    QApplication.processEvents()
    return window
