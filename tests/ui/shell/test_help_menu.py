"""Help: a getting-started guide in the user's language, the data folder, a readable About."""

from __future__ import annotations

from PySide6.QtWidgets import QApplication

from contact_manager import language, paths
from contact_manager.ui.shell import help_menu
from tests.ui.helpers import close_dialog, wait_dialog


def test_help_menu_offers_the_guide_and_the_folder_before_about(window):
    texts = [a.text() for a in window.help_menu.actions() if not a.isSeparator()]
    assert texts == [
        "&Getting started",
        "Open &log and data folder",
        "&Check database...",
        "&About Contact Manager",
    ]


def test_getting_started_explains_each_tab_and_follows_the_language(qtbot, window):
    window.findChild(type(window.about_action), "gettingStartedAction").trigger()
    dialog = window.help_actions.dialog
    assert dialog.isVisible() and dialog.windowTitle() == "Getting started"
    text = dialog.text.toPlainText()
    for part in ("Account and billing (Ctrl+1)", "Company information (Ctrl+2)", "Users (Ctrl+3)", "History"):
        assert part in text
    language.install(QApplication.instance(), "it")
    QApplication.processEvents()
    assert dialog.windowTitle() == "Primi passi"
    italian = dialog.text.toPlainText()
    assert "Informazioni sull'azienda (Ctrl+2)" in italian and "Company information" not in italian
    assert [a.text() for a in window.help_menu.actions() if not a.isSeparator()][0] == "&Primi passi"


def test_open_data_folder_opens_the_folder_with_the_log(qtbot, window, monkeypatch, private_home):
    opened = []
    monkeypatch.setattr(help_menu, "open_url", opened.append)
    window.help_actions.open_folder.trigger()
    assert [url.toLocalFile() for url in opened] == [str(paths.data_dir())]
    assert paths.data_dir() == private_home and private_home.is_dir()


def test_about_is_wide_and_says_where_the_data_is(qtbot, window):
    window.about_action.trigger()
    box = wait_dialog(qtbot, window, "aboutDialog")
    assert "min-width: 30em" in box.styleSheet()
    assert str(paths.data_dir()) in box.informativeText()
    close_dialog(qtbot, box)
