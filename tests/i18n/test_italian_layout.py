"""Every window and dialog, rendered in Italian at 1024x700, shows its texts whole.

Italian runs longer than English ("Contatto principale dell'account"); a label, button,
title, tab or column header that would be cut off fails here, naming the text.
The screenshots go to the test's temporary folder for a person to look at.
"""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QApplication, QMessageBox, QTableView, QWidget

from contact_manager import language
from contact_manager.demo import create_demo
from contact_manager.domain.errors import BillingCapReached, Conflict, InvalidEmail, UserHoldsRoles
from contact_manager.domain.roles import Role
from contact_manager.ui.kit import dialogs
from contact_manager.ui.shell.file_menu import AdminActions
from contact_manager.ui.shell.main_window import MainWindow
from tests.i18n.helpers import full_window
from tests.i18n.layout_checks import clipped

SIZE = (1024, 700)  # the smallest the app promises to fit
FULL_HD = (1920, 1080)


def settle() -> None:
    for _ in range(3):
        QApplication.processEvents()


@pytest.fixture
def italian(qapp):
    language.install(qapp, "it")
    yield
    language.uninstall()


def _window(qtbot, services, size=SIZE) -> MainWindow:
    window = full_window(qtbot, services, size)
    settle()
    return window


@pytest.fixture
def demo_window(qtbot, italian, services):
    create_demo(services)
    return _window(qtbot, services)


@pytest.fixture
def empty_account_window(qtbot, italian, services, account, people):
    """Few contacts: the "not set" texts, the health findings, an outside-address flag."""
    services.contacts.set_primary(account.id, people[0].user_id)
    services.contacts.set_security_email(account.id, "soc@outside.example")
    return _window(qtbot, services)


def _check_tabs(window, tmp_path, prefix) -> list[str]:
    problems = []
    for index in range(window.tabs.count()):
        window.tabs.setCurrentIndex(index)
        settle()
        window.grab().save(str(tmp_path / f"{prefix}-tab{index}.png"))
        problems += [f"{window.tabs.tabText(index)}: {p}" for p in clipped(window)]
    return problems


def test_every_tab_holds_up_at_full_hd(qtbot, italian, services, tmp_path):
    create_demo(services)
    window = _window(qtbot, services, FULL_HD)
    assert window.size().width() == FULL_HD[0]
    problems = _check_tabs(window, tmp_path, "full-hd")
    assert not problems, "\n".join(problems)


def test_every_tab_of_the_demo_account_fits(demo_window, tmp_path):
    assert demo_window.size().width() == SIZE[0]
    problems = _check_tabs(demo_window, tmp_path, "demo")
    assert not problems, "\n".join(problems)


def test_every_tab_of_a_barely_filled_account_fits(empty_account_window, tmp_path):
    problems = _check_tabs(empty_account_window, tmp_path, "empty")
    assert not problems, "\n".join(problems)


def test_the_first_run_page_fits(qtbot, italian, services, tmp_path):
    window = _window(qtbot, services)
    assert window.pages.currentWidget() is window.first_run
    window.grab().save(str(tmp_path / "first-run.png"))
    assert clipped(window) == []


def _message_boxes(window, people):
    yield dialogs.billing_cap(window, BillingCapReached([p.display for p in people[:3]]))
    yield dialogs.refused(window, InvalidEmail("anna@", "There must be something after the @-sign."))
    yield dialogs.refused(window, Conflict("Acme S.p.A."))
    yield dialogs.refused(window, UserHoldsRoles(people[0].display, [Role.PRIMARY, Role.SECURITY]))
    yield dialogs.about(window, "1.0")


def test_every_message_box_fits(qtbot, empty_account_window, people, tmp_path):
    problems = []
    for box in _message_boxes(empty_account_window, people):
        qtbot.waitUntil(box.isVisible)
        settle()
        box.grab().save(str(tmp_path / f"{box.objectName()}.png"))
        problems += [f"{box.objectName()}: {p}" for p in clipped(box)]
        ok = box.button(QMessageBox.StandardButton.Ok)
        assert ok is not None and ok.text().replace("&", "") == "OK"
        box.close()
    assert not problems, "\n".join(problems)


def _select_user(window, email: str) -> None:
    users = window.findChild(QWidget, "usersTab")
    window.tabs.setCurrentWidget(users)
    table = users.findChild(QTableView, "usersTable")
    model = table.model()
    for row in range(model.rowCount()):
        for column in range(model.columnCount()):
            if model.index(row, column).data() == email:
                table.selectRow(row)
                return
    raise AssertionError(f"{email} not in the users table")


def test_every_dialog_fits(qtbot, demo_window, services, tmp_path):
    """The dialogs of the Users tab and of the File menu's account actions."""
    window = demo_window
    opened: list[QWidget] = []
    users = window.findChild(QWidget, "usersTab")
    actions = window.findChild(AdminActions)
    users.dialogOpened.connect(opened.append)
    actions.dialogOpened.connect(opened.append)
    sheet = window.context.sheet
    csv = tmp_path / "nuovi.csv"
    csv.write_text("Nome;Cognome;Email\nMario;Bianchi;mario.bianchi@example.it\nLuisa;;non-valida\n", "utf-8")
    dialogs.set_answerer(lambda kind, **details: str(csv) if kind == "import_users" else None)

    users.add_user()
    _select_user(window, sheet.primary.email)
    users.edit_user()
    users.who_is()
    users.leave("deactivate")  # the primary contact: the reassign dialog
    users.replace_everywhere()  # (New account is a page of the window, not a dialog)
    actions.rename_account()
    actions.delete_account()
    actions.import_users()
    problems = []
    names = []
    for dialog in opened:
        qtbot.waitUntil(dialog.isVisible)
        settle()
        names.append(dialog.objectName())
        dialog.grab().save(str(tmp_path / f"{dialog.objectName()}.png"))
        problems += [f"{dialog.objectName()}: {p}" for p in clipped(dialog)]
        dialog.close()
    assert {"userDialog", "reassignDialog", "importDialog", "deleteAccountDialog"} <= set(names)
    assert len(names) >= 8
    assert not problems, "\n".join(problems)
