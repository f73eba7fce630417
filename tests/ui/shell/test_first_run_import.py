"""File > Import users... on the first-run page fills its list of first users."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import QApplication, QTableWidget

from contact_manager.services import Services
from contact_manager.ui.kit import dialogs
from contact_manager.ui.shell.main_window import MainWindow

DATA = Path(__file__).parents[2] / "data"


def _empty_window(qtbot, database_target):
    services = Services.open(database_target)
    win = MainWindow(services, owns_services=True)
    qtbot.addWidget(win)
    win.poll.stop()
    win.show()
    qtbot.waitExposed(win)
    win.finish_loading()
    QApplication.processEvents()
    return win


def test_import_users_is_enabled_on_the_first_run_page_and_fills_its_list(qtbot, tmp_path, database_target):
    win = _empty_window(qtbot, database_target)
    assert win.pages.currentWidget() is win.first_run
    action = win.admin.actions.actions["import_users"]
    assert action.isEnabled()
    dialogs.set_answerer(lambda kind, **details: str(DATA / "users_semicolon_it.csv"))
    try:
        action.trigger()
    finally:
        dialogs.set_answerer(None)
    page = win.first_run
    table = page.findChild(QTableWidget, "firstRunUsers")
    rows = [
        tuple(table.item(row, column).text() if table.item(row, column) else "" for column in range(3))
        for row in range(table.rowCount())
    ]
    rows = [row for row in rows if any(row)]
    assert rows[0] == ("Giulia", "Russo", "giulia.russo@esempio.it")
    assert len(rows) >= 2
    assert "added to the list from users_semicolon_it.csv: " in win.statusBar().currentMessage()
    page.name.setText("Esempio S.r.l.")
    page.create_account()
    account = win.services.accounts.list()[0]
    assert {p.email for p in win.services.users.list(account.id)} >= {"giulia.russo@esempio.it"}


def test_an_admin_console_export_fills_the_list_by_its_own_rules(qtbot, tmp_path, database_target):
    """Entra ID's download: the address from the sign-in name where mail is empty, the guest
    left out, recognised without a mapping step."""
    win = _empty_window(qtbot, database_target)
    dialogs.set_answerer(lambda kind, **details: str(DATA / "formats" / "entra_download.csv"))
    try:
        win.admin.actions.actions["import_users"].trigger()
    finally:
        dialogs.set_answerer(None)
    table = win.first_run.findChild(QTableWidget, "firstRunUsers")
    emails = [table.item(row, 2).text() for row in range(table.rowCount()) if table.item(row, 2)]
    assert "anna.gallo@esempio.it" in emails and "sara.conti@esempio.it" in emails
    assert not any("fornitore" in email or "#EXT#" in email for email in emails)
    assert "added to the list from entra_download.csv" in win.statusBar().currentMessage()
