"""Language tests need the compiled catalogues, and must leave the app speaking English."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QApplication

from contact_manager import build_translations, language


@pytest.fixture(scope="session", autouse=True)
def compiled_catalogues():
    """Build the .qm files when a .ts is newer (a quick pytest run without `make`)."""
    sources = list(build_translations.SOURCES.glob("*.ts"))
    stale = [
        ts
        for ts in sources
        if not (qm := build_translations.OUTPUT / f"{ts.stem}.qm").exists()
        or qm.stat().st_mtime < ts.stat().st_mtime
    ]
    if stale:
        build_translations.build()


@pytest.fixture(autouse=True)
def source_language(qapp):
    language.uninstall()
    yield
    language.uninstall()


def full_window(qtbot, services, size=None):
    """The main window as the app builds it (admin tabs and menus included), shown."""
    from contact_manager.ui.main_window import MainWindow

    window = MainWindow(services)
    qtbot.addWidget(window)
    window.poll.stop()  # the tests reload themselves
    if size is not None:
        window.resize(*size)
    window.show()
    qtbot.waitExposed(window)
    QApplication.processEvents()
    return window

