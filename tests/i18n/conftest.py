"""Language tests must leave the app speaking English.

They need the compiled catalogues: `make test` builds them first (`make translations`), and
test_translation_complete.py fails when they are stale rather than rebuilding them.
"""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QApplication

from contact_manager import language


@pytest.fixture(autouse=True)
def source_language(qapp):
    language.uninstall()
    yield
    language.uninstall()


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
