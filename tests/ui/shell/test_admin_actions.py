"""The File menu's account and database actions, driven as an admin would."""

import json

import pytest
import shiboken6
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox

from contact_manager.domain.roles import Role
from contact_manager.services import Services
from contact_manager.services.backup_files import BEFORE_DELETE, list_backups
from contact_manager.services.backups import check_backup
from contact_manager.ui.accounts.account_dialogs import DeleteAccountDialog, NameDialog
from contact_manager.ui.kit import dialogs
from contact_manager.ui.shell.main_window import MainWindow


@pytest.fixture
def window(qtbot, services, account, people):
    services.contacts.set_primary(account.id, people[0].user_id)
    services.contacts.add_billing(account.id, people[1].user_id)
    main = MainWindow(services)
    main.poll.stop()
    qtbot.addWidget(main)
    main.show()
    return main


@pytest.fixture
def admin(window):
    actions = window.admin.actions  # the window's own File-menu controller, as the person uses it
    actions.opened = []
    actions.dialogOpened.connect(actions.opened.append)
    yield actions
    for dialog in actions.opened:  # leave no modal dialog behind for the next test
        if shiboken6.isValid(dialog):
            dialog.close()


@pytest.fixture
def answer():
    """Answer the next file questions: answer(kind=path, ...)."""
    given = {}

    def answerer(kind, **details):
        return given.get(kind)

    dialogs.set_answerer(answerer)
    yield given.update
    dialogs.set_answerer(None)


def last(admin, kind):
    found = [d for d in admin.opened if isinstance(d, kind)]
    assert found, admin.opened
    return found[-1]


def names(services):
    return [info.name for info in services.accounts.list()]


def test_file_menu_gets_every_action_before_quit(window, admin):
    menu = [a.objectName() for a in window.file_menu.actions() if not a.isSeparator()]
    assert menu[-1] == "quitAction"
    for name in (
        "renameAccountAction",
        "deleteAccountAction",
        "importAccountAction",
        "exportJsonAction",
        "exportCsvAction",
        "exportVcardAction",
        "printPdfAction",
        "backupAction",
        "restoreAction",
    ):
        assert name in menu
    assert "newAccountAction" in menu and "newAccountAction" not in [
        a.objectName() for a in window.file_menu.actions() if a in admin.actions.values()
    ]
    assert all(a.text() for a in admin.actions.values())


def test_the_file_menu_holds_each_action_once(window, admin):
    named = [a.objectName() for a in window.file_menu.actions() if not a.isSeparator()]
    assert len(named) == len(set(named)), named
    shown = [a for a in window.file_menu.actions() if a in admin.actions.values()]
    assert len(shown) == len(admin.actions)  # New account is the window's own, not among them
    kinds = ["-" if a.isSeparator() else "a" for a in window.file_menu.actions()]
    assert "--" not in "".join(kinds), kinds  # a group added twice leaves its separators behind


def test_import_users_opens_the_import_dialog(qtbot, window, admin, services, account, answer):
    from pathlib import Path

    from contact_manager.ui.importing.import_dialog import ImportDialog

    answer(import_users=str(Path(__file__).parents[2] / "data" / "users_semicolon_it.csv"))
    assert admin.actions["import_users"] in window.file_menu.actions()
    before = len(services.users.list(account.id))
    admin.actions["import_users"].trigger()
    dialog = last(admin, ImportDialog)
    assert dialog.isVisible()
    with qtbot.waitSignal(window.context.usersChanged, timeout=10000):
        qtbot.mouseClick(dialog.confirmButton, Qt.MouseButton.LeftButton)
    assert len(services.users.list(account.id)) > before


def create_account(qtbot, window, name: str) -> None:
    """File > New account... (the window's own action): the first-run page, a name, Create."""
    window.new_account_action.trigger()
    page = window.first_run
    qtbot.keyClicks(page.name, name)
    qtbot.mouseClick(page.create_button, Qt.MouseButton.LeftButton)


def test_new_account(qtbot, window, admin, services):
    create_account(qtbot, window, "Beta S.r.l.")
    assert "Beta S.r.l." in names(services)
    assert window.context.sheet.account_name == "Beta S.r.l."


def test_rename_refuses_a_taken_name_then_renames(qtbot, window, admin, services, account):
    services.accounts.create("Beta")
    admin.actions["rename_account"].trigger()
    dialog = last(admin, NameDialog)
    assert dialog.name.text() == "Acme S.p.A."
    dialog.name.setText("beta")
    qtbot.mouseClick(dialog.ok, Qt.MouseButton.LeftButton)
    assert dialog.isVisible() and dialog.error.text() == "An account called \u201cbeta\u201d already exists."
    dialog.name.setText("Acme Italia")
    qtbot.mouseClick(dialog.ok, Qt.MouseButton.LeftButton)
    assert not dialog.isVisible()
    assert services.accounts.get(account.id).name == "Acme Italia"
    assert window.windowTitle().endswith("Acme Italia")


@pytest.mark.sqlite_file  # the copy of the SQLite file made first
def test_delete_needs_the_typed_name_and_backs_up_first(
    qtbot, window, admin, services, account, private_home
):
    other = services.accounts.create("Beta")
    admin.actions["delete_account"].trigger()
    dialog = last(admin, DeleteAccountDialog)
    qtbot.keyClicks(dialog.typed, "Acme")
    assert not dialog.delete_button.isEnabled()
    qtbot.keyClick(dialog.typed, Qt.Key.Key_Return)
    assert dialog.isVisible() and account.name in names(services)
    qtbot.keyClicks(dialog.typed, " S.p.A.")
    with qtbot.waitSignal(window.context.status) as said:
        qtbot.mouseClick(dialog.delete_button, Qt.MouseButton.LeftButton)
    assert names(services) == ["Beta"]
    assert window.context.account_id == other.id
    backups = [b.path for b in list_backups(services.store.path) if b.kind == BEFORE_DELETE]
    assert len(backups) == 1 and str(backups[0]) in said.args[0]
    assert private_home / "backups" in backups[0].parents
    assert check_backup(backups[0]).accounts == 2


def test_on_a_server_delete_saves_every_account_as_json_first(qtbot, pg_url, private_home):
    services = Services.open(pg_url)
    acme, beta = services.accounts.create("Acme S.p.A."), services.accounts.create("Beta")
    main = MainWindow(services, owns_services=True)
    qtbot.addWidget(main)
    main.show()
    main.switch_account(acme.id)
    actions = main.admin.actions
    opened = []
    actions.dialogOpened.connect(opened.append)
    actions.actions["delete_account"].trigger()
    (dialog,) = [d for d in opened if isinstance(d, DeleteAccountDialog)]
    qtbot.keyClicks(dialog.typed, "Acme S.p.A.")
    with qtbot.waitSignal(main.context.status) as said:
        qtbot.mouseClick(dialog.delete_button, Qt.MouseButton.LeftButton)
    assert names(services) == ["Beta"] and main.context.account_id == beta.id
    (folder,) = [p for p in (private_home / "backups").glob("*/before-delete-*") if str(p) in said.args[0]]
    exports = sorted(
        json.loads(f.read_text(encoding="utf-8"))["account"]["name"] for f in folder.glob("*.json")
    )
    assert exports == ["Acme S.p.A.", "Beta"]


def test_delete_cancelled_keeps_the_account(qtbot, window, admin, services, account):
    admin.actions["delete_account"].trigger()
    dialog = last(admin, DeleteAccountDialog)
    qtbot.keyClicks(dialog.typed, account.name)
    qtbot.keyClick(dialog, Qt.Key.Key_Escape)
    assert names(services) == [account.name]


def test_deleting_the_last_account_tells_the_window(qtbot, window, admin, account):
    admin.actions["delete_account"].trigger()
    dialog = last(admin, DeleteAccountDialog)
    qtbot.keyClicks(dialog.typed, account.name)
    with qtbot.waitSignal(admin.noAccountLeft):
        qtbot.mouseClick(dialog.delete_button, Qt.MouseButton.LeftButton)
    assert window.context.account_id is None
    assert not admin.actions["rename_account"].isEnabled()


def test_export_json_then_import_it_under_another_name(
    qtbot, window, admin, services, account, tmp_path, answer
):
    target = tmp_path / "acme.json"
    answer(export_json=str(target), import_account=str(target))
    admin.actions["export_json"].trigger()
    assert json.loads(target.read_text(encoding="utf-8"))
    admin.actions["import_account"].trigger()
    dialog = last(admin, NameDialog)  # the name is taken: import under another
    assert "already exists" in dialog.prompt.text()
    assert dialog.name.text() == "Acme S.p.A. (imported)"
    qtbot.keyClick(dialog.name, Qt.Key.Key_Return)
    assert window.context.sheet.account_name == "Acme S.p.A. (imported)"
    copy = window.context.sheet
    assert copy.primary.email == services.contacts.sheet(account.id).primary.email


def test_export_csv_and_vcard(window, admin, tmp_path, answer, people):
    answer(export_csv=str(tmp_path / "a.csv"), export_vcard=str(tmp_path / "a.vcf"))
    admin.actions["export_csv"].trigger()
    admin.actions["export_vcard"].trigger()
    assert people[0].email in (tmp_path / "a.csv").read_text(encoding="utf-8-sig")
    assert (tmp_path / "a.vcf").read_text(encoding="utf-8").startswith("BEGIN:VCARD")


def test_export_to_a_missing_folder_reports(window, admin, tmp_path, answer):
    answer(export_csv=str(tmp_path / "nowhere" / "a.csv"))
    admin.actions["export_csv"].trigger()
    shown = [d for d in admin.opened if isinstance(d, QMessageBox)]
    assert shown and str(tmp_path / "nowhere") in shown[-1].text()


def test_print_pdf(window, admin, tmp_path, answer):
    answer(export_pdf=str(tmp_path / "sheet.pdf"))
    admin.actions["print_pdf"].trigger()
    data = (tmp_path / "sheet.pdf").read_bytes()
    assert data.startswith(b"%PDF") and len(data) > 1024


def _snapshot(services):
    return [
        (a.name, services.contacts.sheet(a.id), services.users.list(a.id)) for a in services.accounts.list()
    ]


@pytest.mark.sqlite_file  # a copy of the SQLite file, restored
def test_backup_then_restore_brings_back_the_data(
    qtbot, window, admin, services, account, people, tmp_path, answer
):
    copy = tmp_path / "backup.db"
    answer(backup_database=str(copy), restore_database=str(copy))
    admin.actions["backup"].trigger()
    assert check_backup(copy).accounts == 1
    earlier = _snapshot(services)
    window.context.apply(lambda a, v: services.contacts.set_role(a, Role.SECURITY, people[2].user_id, v))
    services.users.add(account.id, "Late", "Comer", "late@acme.example")
    window.context.reload()

    admin.actions["restore"].trigger()
    box = last(admin, QMessageBox)
    assert box.objectName() == "confirmRestoreDialog" and str(copy) in box.informativeText()
    with qtbot.waitSignal(window.context.sheetChanged):
        qtbot.mouseClick(
            box.findChild(type(box.defaultButton()), "confirmRestoreButton"), Qt.MouseButton.LeftButton
        )
    assert _snapshot(services) == earlier
    assert window.context.sheet == services.contacts.sheet(account.id)
    assert window.context.sheet.others[Role.SECURITY] is None


def test_restore_cancelled_changes_nothing(qtbot, window, admin, services, tmp_path, answer):
    copy = tmp_path / "backup.db"
    answer(backup_database=str(copy), restore_database=str(copy))
    admin.actions["backup"].trigger()
    services.accounts.create("After the backup")
    before = _snapshot(services)
    admin.actions["restore"].trigger()
    box = last(admin, QMessageBox)
    qtbot.keyClick(box, Qt.Key.Key_Escape)
    assert _snapshot(services) == before


@pytest.mark.sqlite_file  # a server's database is not restored from a file (test_server_restore.py)
@pytest.mark.parametrize("content", [b"not a database at all\n" * 200, b""])
def test_restore_of_a_non_database_is_refused(window, admin, services, tmp_path, answer, content):
    bogus = tmp_path / "bogus.db"
    bogus.write_bytes(content)
    answer(restore_database=str(bogus))
    before = _snapshot(services)
    admin.actions["restore"].trigger()
    shown = [d for d in admin.opened if isinstance(d, QMessageBox)]
    assert [d.objectName() for d in shown] == ["errorDialog"]
    assert "is not a Contact Manager database" in shown[0].text()
    assert _snapshot(services) == before


def test_actions_have_object_names_and_need_an_account(qtbot, window, admin, account):
    assert all(a.objectName().endswith("Action") for a in admin.actions.values())
    assert admin.actions["export_json"].isEnabled()
    admin.actions["delete_account"].trigger()
    dialog = last(admin, DeleteAccountDialog)
    qtbot.keyClicks(dialog.typed, account.name)
    qtbot.mouseClick(dialog.delete_button, Qt.MouseButton.LeftButton)
    needs_one = ("rename_account", "delete_account", "export_json", "export_csv", "export_vcard", "print_pdf")
    assert [name for name in needs_one if admin.actions[name].isEnabled()] == []
    assert admin.actions["restore"].isEnabled() and admin.actions["backup"].isEnabled()
    create_account(qtbot, window, "Beta")
    assert [name for name in needs_one if not admin.actions[name].isEnabled()] == []
