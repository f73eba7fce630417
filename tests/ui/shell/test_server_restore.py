"""File > Restore... on an office database: said why at once, no file asked for, nothing changed."""

from __future__ import annotations

from PySide6.QtGui import QAction

from contact_manager.services import Services
from contact_manager.ui.kit import dialogs
from contact_manager.ui.shell.main_window import MainWindow
from tests.ui.helpers import close_dialog, wait_dialog


def test_restore_on_an_office_database_says_why_without_asking_for_a_file(qtbot, pg_url):
    asked: list[str] = []
    dialogs.set_answerer(lambda kind, **details: asked.append(kind) or "")  # a file asked: cancelled
    services = Services.open(pg_url)
    services.accounts.create("Acme S.p.A.")
    window = MainWindow(services, owns_services=True)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    window.findChild(QAction, "restoreAction").trigger()
    box = wait_dialog(qtbot, window, "errorDialog")
    assert "office database on a server" in box.text() + box.informativeText()
    assert "File > Import account..." in box.text() + box.informativeText()
    close_dialog(qtbot, box)
    assert asked == []
    assert [a.name for a in services.accounts.list()] == ["Acme S.p.A."]
