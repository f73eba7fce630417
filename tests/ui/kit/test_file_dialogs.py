"""Every file chooser of the app, as the person sees it: save or open, title, filters, folder.

The dialogs seam builds each chooser (``dialogs.file_dialog``) and, with a runner installed,
hands it over instead of running it: the test reads the real dialog the action built.
"""

from __future__ import annotations

import re
from pathlib import Path
from typing import NamedTuple

import pytest
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QFileDialog, QMessageBox, QPushButton

from contact_manager.store.errors import StorageError
from contact_manager.ui.kit import dialogs, file_folders
from contact_manager.ui.kit.restore_chooser import RestoreChooser
from contact_manager.ui.shell import start_recovery

DATA = Path(__file__).parents[2] / "data"
SAVE = (QFileDialog.AcceptMode.AcceptSave, QFileDialog.FileMode.AnyFile)
OPEN = (QFileDialog.AcceptMode.AcceptOpen, QFileDialog.FileMode.ExistingFile)
CSV_IN = ["CSV files (*.csv *.txt)", "All files (*)"]
USERS_IN = [
    "Users files (*.csv *.txt *.xlsx *.vcf)",
    "CSV files (*.csv *.txt)",
    "Excel workbooks (*.xlsx)",
    "vCard files (*.vcf)",
    "All files (*)",
]
ACCOUNTS = ["Contact Manager accounts (*.json)", "All files (*)"]
DATABASES = ["Contact Manager databases (*.db)", "All files (*)"]


class Shown(NamedTuple):
    kind: tuple
    title: str
    filters: list[str]
    folder: Path
    name: str  # the file name suggested in a save dialog ("" when none)


@pytest.fixture
def shown(user_home):
    """The file dialogs built, in order; ``answers`` (a list) gives the paths they return."""
    seen: list[Shown] = []
    answers: list[str | None] = []

    def run(dialog: QFileDialog) -> str | None:
        selected = [Path(name).name for name in dialog.selectedFiles() if not Path(name).is_dir()]
        seen.append(
            Shown(
                (dialog.acceptMode(), dialog.fileMode()),
                dialog.windowTitle(),
                dialog.nameFilters(),
                Path(dialog.directory().absolutePath()),
                selected[0] if selected else "",
            )
        )
        return answers.pop(0) if answers else None

    dialogs.set_file_runner(run)
    yield seen, answers
    dialogs.set_file_runner(None)


# (action, folder kind, dialog kind, title, filters, suggested name)
FILE_MENU = [
    ("import_users", "import", OPEN, "Import users", USERS_IN, ""),
    ("import_account", "import", OPEN, "Import account", ACCOUNTS, ""),
    ("export_json", "export", SAVE, "Export account", ["JSON files (*.json)"], "Acme S.p.A.json"),
    ("export_csv", "export", SAVE, "Export account", ["CSV files (*.csv)"], "Acme S.p.A.csv"),
    ("export_vcard", "export", SAVE, "Export account", ["vCard files (*.vcf)"], "Acme S.p.A.vcf"),
    ("print_pdf", "pdf", SAVE, "Save the contact sheet as PDF", ["PDF files (*.pdf)"], "Acme S.p.A.pdf"),
    ("backup", "backup", SAVE, "Back up database", ["Contact Manager databases (*.db)"], "contacts-backup-"),
]


@pytest.mark.parametrize(("action", "folder", "kind", "title", "filters", "name"), FILE_MENU)
def test_each_file_menu_question_opens_its_own_dialog_in_documents(
    window, shown, user_home, action, folder, kind, title, filters, name
):
    seen, _answers = shown
    window.admin.actions.actions[action].trigger()
    assert len(seen) == 1
    assert seen[0][:4] == (kind, title, filters, user_home / "Documents")
    if action != "backup":
        assert seen[0].name.startswith(name) if name else seen[0].name == ""
    elif window.services.path is not None:
        assert re.fullmatch(rf"{name}[0-9TZ-]+\.db", seen[0].name)
    else:  # a server's backup is a folder of JSON exports, named as its own backups are
        assert re.fullmatch(r"backup-[0-9TZ-]+", seen[0].name)


@pytest.mark.parametrize(("action", "folder", "kind", "title", "filters", "name"), FILE_MENU)
def test_each_file_menu_question_opens_in_the_folder_last_used_for_its_kind(
    window, shown, tmp_path, action, folder, kind, title, filters, name
):
    seen, _answers = shown
    used = tmp_path / "shared" / folder
    used.mkdir(parents=True)
    file_folders.remember(folder, str(used / "earlier.file"))
    window.admin.actions.actions[action].trigger()
    assert [(shown.kind, shown.folder) for shown in seen] == [(kind, used)]


def test_the_chosen_path_is_the_one_written(window, shown, tmp_path):
    seen, answers = shown
    target = tmp_path / "out" / "acme.json"
    target.parent.mkdir()
    answers.append(str(target))
    window.admin.actions.actions["export_json"].trigger()
    assert target.is_file() and len(seen) == 1
    assert file_folders.folder("export") == target.parent  # and remembered for the next export


def test_save_refused_rows_is_a_save_dialog(qtbot, window, shown, user_home):
    seen, answers = shown
    answers.append(str(DATA / "users_broken.csv"))
    with qtbot.waitSignal(window.admin.actions.dialogOpened, timeout=10000) as opened:
        window.admin.actions.actions["import_users"].trigger()
    import_dialog = opened.args[0]
    qtbot.waitUntil(lambda: import_dialog.saveRefusedButton.isEnabled(), timeout=10000)
    import_dialog.saveRefusedButton.click()
    assert seen[1] == Shown(SAVE, "Save refused rows", ["CSV files (*.csv)"], DATA, "refused-rows.csv")
    import_dialog.close()


def test_import_users_on_the_first_run_page_opens_a_csv(window, shown, user_home):
    seen, _answers = shown
    window.show_first_run(can_cancel=True)
    window.admin.actions.actions["import_users"].trigger()
    assert seen == [Shown(OPEN, "Import users", CSV_IN, user_home / "Documents", "")]


def test_history_export_is_a_save_dialog(window, shown, user_home):
    seen, _answers = shown
    window.admin.history_tab.export()
    assert seen == [
        Shown(
            SAVE,
            "Export history",
            ["CSV files (*.csv)", "All files (*)"],
            user_home / "Documents",
            "Acme S.p.A. history.csv",
        )
    ]


@pytest.mark.sqlite_file  # a server's database is not restored from a file (test_server_restore.py)
def test_restore_other_file_opens_a_database_in_the_backup_folder(qtbot, window, shown, tmp_path):
    seen, _answers = shown
    kept = tmp_path / "kept-backups"
    kept.mkdir()
    file_folders.remember("backup", str(kept / "old.db"))
    clicked = []

    def press_other_file():
        chooser = QApplication.activeModalWidget()
        if not isinstance(chooser, RestoreChooser):
            QTimer.singleShot(20, press_other_file)
            return
        chooser.other_button.click()  # the runner answers None: the chooser stays
        clicked.append(True)
        chooser.reject()

    QTimer.singleShot(0, press_other_file)
    window.admin.actions.actions["restore"].trigger()
    assert clicked and seen == [Shown(OPEN, "Restore a backup", DATABASES, kept, "")]


def test_open_database_opens_a_database_in_the_folder_of_the_current_one(window, shown, db_path):
    seen, _answers = shown
    window.open_database_action.trigger()
    assert seen == [Shown(OPEN, "Open database", DATABASES, db_path.parent, "contacts.db")]


def _answer_start_up(choices: list[str]) -> None:
    """Press, in turn, the "can't start" dialog's buttons for ``choices``."""

    def press():
        box = QApplication.activeModalWidget()
        if not isinstance(box, QMessageBox) or box.objectName() != "cannotStartDialog":
            QTimer.singleShot(20, press)
            return
        choice = choices.pop(0)
        box.findChild(QPushButton, f"cannotStart{choice.capitalize()}Button").click()
        if choices:
            QTimer.singleShot(20, press)

    QTimer.singleShot(0, press)


def test_at_start_up_open_another_database_and_create_a_new_one(qtbot, shown, tmp_path):
    seen, _answers = shown
    broken = tmp_path / "data" / "contacts.db"
    broken.parent.mkdir()
    error = StorageError(StorageError.NOT_A_DATABASE, str(broken))
    _answer_start_up(["open", "create", "quit"])
    assert start_recovery.recover(error, str(broken)) is None
    assert seen == [
        Shown(OPEN, "Open database", DATABASES, broken.parent, ""),
        Shown(SAVE, "New database", ["Contact Manager databases (*.db)"], broken.parent, "contacts-new.db"),
    ]


def test_without_a_runner_the_dialog_runs_and_returns_what_was_typed(qtbot, user_home, tmp_path):
    """The real path: the dialog is executed, a new name is typed and accepted."""
    typed = tmp_path / "a-new-file.json"

    def type_name():
        dialog = QApplication.activeModalWidget()
        if not isinstance(dialog, QFileDialog):
            QTimer.singleShot(20, type_name)
            return
        dialog.setOption(QFileDialog.Option.DontUseNativeDialog)
        dialog.selectFile(str(typed))
        dialog.accept()

    QTimer.singleShot(0, type_name)
    chosen = dialogs.choose_file(None, save=True, title="Export", start=str(tmp_path), filters="")
    assert chosen == str(typed)


def test_the_import_dialog_on_its_own_asks_with_the_same_dialogs(qtbot, services, account, shown, user_home):
    from contact_manager.ui.importing.import_dialog import ImportDialog

    seen, answers = shown
    answers.append(str(DATA / "users_broken.csv"))
    dialog = ImportDialog(services, account.id)
    qtbot.addWidget(dialog)
    assert dialog.start()
    qtbot.waitUntil(lambda: dialog.saveRefusedButton.isEnabled(), timeout=10000)
    dialog.saveRefusedButton.click()
    assert seen == [
        Shown(OPEN, "Import users", USERS_IN, user_home / "Documents", ""),
        Shown(SAVE, "Save refused rows", ["CSV files (*.csv)"], DATA, "refused-rows.csv"),
    ]
