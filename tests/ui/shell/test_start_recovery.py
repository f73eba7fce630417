"""A database that will not open at start-up: restore a backup, open another, create one, or quit."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication, QMessageBox, QPushButton

from contact_manager import app as app_module
from contact_manager import crash
from contact_manager.services import Services
from contact_manager.services.backup_files import DAILY, make_daily_backup, new_backup_path
from contact_manager.services.backups import check_backup
from contact_manager.store.errors import StorageError
from contact_manager.ui.kit import dialogs
from contact_manager.ui.shell.main_window import MainWindow

NOON = datetime(2026, 3, 10, 12, 0, tzinfo=UTC)
DAMAGED = b"this is not sqlite" * 300


@pytest.fixture
def damaged(services, account, people, db_path):
    """The database, with a good daily backup and a newer damaged one, then damaged itself."""
    good = make_daily_backup(services.store, NOON)
    newer = new_backup_path(DAILY, services.store.path, NOON + timedelta(days=1))
    newer.write_bytes(DAMAGED)
    services.close()
    db_path.write_bytes(DAMAGED)
    return {"path": db_path, "good": good, "newer": newer}


@pytest.fixture
def asked(monkeypatch):
    """Answer the start-up questions from a script: ``asked.script["cannot_start"] = [...]``."""
    monkeypatch.setattr(crash, "install_excepthook", lambda: None)

    class Asked:
        def __init__(self) -> None:
            self.script: dict[str, list] = {}
            self.seen: list[tuple[str, dict]] = []

        def __call__(self, kind, **details):
            self.seen.append((kind, details))
            answers = self.script.get(kind, [])
            return answers.pop(0) if answers else None

        def kinds(self) -> list[str]:
            return [kind for kind, _details in self.seen]

    asked = Asked()
    dialogs.set_answerer(asked)
    yield asked
    dialogs.set_answerer(None)


def _run_main(db, shown: list[str]) -> int:
    """``main(["--db", db])``; once a window is complete, note its title and page, and close it."""

    running = [True]  # the poll ends with main(): left running, it would close a later test's window

    def close_when_loaded():
        if not running[0]:
            return
        window = next(
            (w for w in QApplication.topLevelWidgets() if isinstance(w, MainWindow) and w.isVisible()), None
        )
        if window is None or window.loader is None or not window.loader.done:
            QTimer.singleShot(20, close_when_loaded)
            return
        shown.append(window.windowTitle())
        shown.append(window.pages.currentWidget().objectName())
        window.close()
        QApplication.instance().exit(0)

    QTimer.singleShot(0, close_when_loaded)
    try:
        return app_module.main(["--db", str(db)])
    finally:
        running[0] = False


# --- the dialog's buttons -------------------------------------------------------------------


def _error(path):
    return StorageError(StorageError.NOT_A_DATABASE, str(path))


@pytest.mark.parametrize("choice", ["restore", "open", "create", "quit"])
def test_each_button_of_the_dialog_gives_its_choice(qtbot, damaged, choice):
    from contact_manager.services.start_recovery import latest_good_backup

    latest = latest_good_backup(damaged["path"]).latest
    box = dialogs.cannot_start(_error(damaged["path"]), latest)
    qtbot.addWidget(box)
    box.open()
    button = box.findChild(QPushButton, f"cannotStart{choice.capitalize()}Button")
    assert button is not None and button.isVisible()
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    assert dialogs.start_choice(box) == choice


def test_the_dialog_names_the_latest_good_backup_and_offers_it_first(qtbot, damaged):
    from contact_manager.services.start_recovery import latest_good_backup

    search = latest_good_backup(damaged["path"])
    assert search.latest.path == damaged["good"] and search.damaged == [damaged["newer"]]
    box = dialogs.cannot_start(_error(damaged["path"]), search.latest)
    qtbot.addWidget(box)
    assert "not a Contact Manager database" in box.text()
    assert "The latest good backup of it was made on" in box.informativeText()
    assert "2026" in box.informativeText() and "(daily)" in box.informativeText()
    assert box.defaultButton().objectName() == "cannotStartRestoreButton"
    assert box.escapeButton().objectName() == "cannotStartQuitButton"


def test_with_no_backup_opening_another_is_the_default(qtbot, tmp_path):
    box = dialogs.cannot_start(_error(tmp_path / "x.db"), None)
    qtbot.addWidget(box)
    assert "No good backup of it was found." in box.informativeText()
    assert box.defaultButton().objectName() == "cannotStartOpenButton"


def test_a_newer_database_is_not_offered_a_restore(qtbot, tmp_path):
    box = dialogs.cannot_start(StorageError(StorageError.NEWER, "x.db"), None, can_restore=False)
    qtbot.addWidget(box)
    assert box.findChild(QPushButton, "cannotStartRestoreButton") is None
    assert box.findChild(QPushButton, "cannotStartOpenButton") is not None


def test_closing_the_dialog_any_other_way_quits(qtbot, tmp_path):
    box = dialogs.cannot_start(_error(tmp_path / "x.db"), None)
    qtbot.addWidget(box)
    box.open()
    box.reject()
    assert dialogs.start_choice(box) == "quit"


# --- what each choice does, through main() --------------------------------------------------


def test_restore_puts_the_latest_good_backup_back_and_opens_it(qtbot, damaged, asked):
    asked.script["cannot_start"] = ["restore"]
    asked.script["restore_database"] = [str(damaged["good"])]
    shown: list[str] = []
    assert _run_main(damaged["path"], shown) == 0
    details = dict(asked.seen)
    assert details["cannot_start"]["latest"].path == damaged["good"]
    offered = details["restore_database"]
    assert [b.path for b in offered["backups"]] == [damaged["newer"], damaged["good"]]
    assert offered["damaged"] == [damaged["newer"]]  # newer, but damaged: not offered first
    assert check_backup(damaged["path"]).accounts == 1
    assert shown == ["Contact Manager \u2014 Acme S.p.A.", "mainTabs"]
    aside = [p for p in damaged["path"].parent.iterdir() if p.name.startswith("contacts.damaged-")]
    assert len(aside) == 1 and aside[0].read_bytes() == DAMAGED


def test_open_another_database_opens_it(qtbot, damaged, asked, tmp_path):
    other = tmp_path / "other.db"
    opened = Services.open(str(other))
    opened.accounts.create("Globex")
    opened.close()
    asked.script["cannot_start"] = ["open"]
    asked.script["open_database"] = [str(other)]
    shown: list[str] = []
    assert _run_main(damaged["path"], shown) == 0
    assert shown == ["Contact Manager \u2014 Globex", "mainTabs"]
    assert damaged["path"].read_bytes() == DAMAGED  # the damaged file is left as it was


def test_create_a_new_database_opens_it_on_the_first_run_page(qtbot, damaged, asked, tmp_path):
    new = tmp_path / "fresh" / "new.db"
    asked.script["cannot_start"] = ["create"]
    asked.script["new_database"] = [str(new)]
    shown: list[str] = []
    assert _run_main(damaged["path"], shown) == 0
    assert new.is_file() and shown == ["Contact Manager", "firstRunPage"]
    assert damaged["path"].read_bytes() == DAMAGED


def test_quit_leaves_everything_as_it_was(qtbot, damaged, asked):
    asked.script["cannot_start"] = ["quit"]
    before = sorted(p.name for p in damaged["path"].parent.iterdir())
    assert _run_main(damaged["path"], []) == 2
    assert asked.kinds() == ["cannot_start"]
    assert damaged["path"].read_bytes() == DAMAGED
    assert sorted(p.name for p in damaged["path"].parent.iterdir()) == before


def test_a_choice_that_fails_asks_again_with_its_reason(qtbot, damaged, asked, tmp_path):
    also_bad = tmp_path / "also-bad.db"
    also_bad.write_bytes(b"nope" * 1000)
    asked.script["cannot_start"] = ["open", "restore", "quit"]
    asked.script["open_database"] = [str(also_bad)]
    asked.script["restore_database"] = [str(damaged["newer"])]  # "Other file..." on a damaged one
    assert _run_main(damaged["path"], []) == 2
    errors = [details["error"].message for kind, details in asked.seen if kind == "cannot_start"]
    assert "also-bad.db" in errors[1]
    assert "daily" in errors[2] or str(damaged["newer"]) in errors[2]
    assert also_bad.read_bytes() == b"nope" * 1000


def test_cancelling_a_choice_asks_again(qtbot, damaged, asked):
    asked.script["cannot_start"] = ["open", "create", "restore", "quit"]  # each file question: Cancel
    assert _run_main(damaged["path"], []) == 2
    assert asked.kinds() == [
        "cannot_start",
        "open_database",
        "cannot_start",
        "new_database",
        "cannot_start",
        "restore_database",
        "cannot_start",
    ]
    assert damaged["path"].read_bytes() == DAMAGED


def test_the_real_dialog_answers_quit_when_closed(qtbot, damaged, monkeypatch):
    monkeypatch.setattr(crash, "install_excepthook", lambda: None)
    seen: list[str] = []

    def read_and_close():
        if seen:
            return
        box = next((w for w in QApplication.topLevelWidgets() if w.objectName() == "cannotStartDialog"), None)
        if box is None or not box.isVisible():
            QTimer.singleShot(20, read_and_close)
            return
        assert isinstance(box, QMessageBox)
        seen.extend(button.text() for button in box.buttons())
        box.escapeButton().click()

    QTimer.singleShot(0, read_and_close)
    assert app_module.main(["--db", str(damaged["path"])]) == 2
    assert sorted(seen) == sorted(
        ["&Restore a backup...", "&Open another database...", "&Create a new database...", "&Quit"]
    )


def test_a_database_whose_folder_cannot_be_made_gets_the_dialog_not_a_crash(qtbot, asked, tmp_path):
    blocker = tmp_path / "not-a-folder"
    blocker.write_text("a file where the database's folder should be")
    asked.script["cannot_start"] = ["quit"]
    assert _run_main(blocker / "contacts.db", []) == 2
    (kind, details), *_rest = asked.seen
    assert kind == "cannot_start" and "can't be opened" in details["error"].message


# --- an office database that asks for a password at start-up ----------------------------------


@pytest.fixture
def office_url(monkeypatch, tmp_path):
    from tests.pg_server import need_own_server, role_with_password

    monkeypatch.delenv("PGPASSWORD", raising=False)
    monkeypatch.setenv("PGPASSFILE", str(tmp_path / "no-pgpass"))
    url = role_with_password(need_own_server(), "anna", "s3cret", "office_start")
    made = Services.open(url, password="s3cret")
    made.accounts.create("Acme S.p.A.")
    made.close()
    yield url
    from contact_manager.store import credentials

    credentials._session.clear()


def test_a_password_asked_at_start_up_opens_the_office_database(qtbot, asked, office_url):
    asked.script["server_password"] = [(office_url, "wrong", False), (office_url, "s3cret", False)]
    shown: list[str] = []
    assert _run_main(office_url, shown) == 0
    assert shown == ["Contact Manager \u2014 Acme S.p.A.", "mainTabs"]
    problems = [details["problem"] for kind, details in asked.seen if kind == "server_password"]
    assert len(problems) == 2 and all(
        p.startswith("The server refused the user name or password") for p in problems
    )
    assert "cannot_start" not in asked.kinds()  # asked for the password, not what else to open


def test_no_password_given_at_start_up_offers_the_usual_way_out(qtbot, asked, office_url):
    asked.script["server_password"] = [None]  # cancelled
    asked.script["cannot_start"] = ["quit"]
    assert _run_main(office_url, []) == 2
    assert asked.kinds() == ["server_password", "cannot_start"]


def test_the_start_up_password_dialog_fills_in_the_rest_and_keeps_the_password_for_the_run(qtbot):
    from contact_manager.store import credentials
    from contact_manager.ui.shell import start_recovery
    from contact_manager.ui.shell.connect_dialog import ConnectDialog

    url = "postgresql://anna@db.office.lan:5433/contacts?sslmode=require"

    def answer():
        (dialog,) = [
            w for w in QApplication.topLevelWidgets() if isinstance(w, ConnectDialog) and w.isVisible()
        ]
        assert dialog.problem.text() == "Wrong password."
        assert (dialog.host.text(), dialog.port.value(), dialog.user.text()) == (
            "db.office.lan",
            5433,
            "anna",
        )
        qtbot.keyClicks(dialog.password_edit, "s3cret")
        dialog.accept()

    QTimer.singleShot(50, answer)
    try:
        assert start_recovery._ask_password(url, "Wrong password.") == url
        assert credentials.get_password(url) == "s3cret"
    finally:
        credentials._session.clear()
