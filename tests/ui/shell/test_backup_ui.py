"""File > Restore lists the backups by date and kind; the window makes the daily backup itself."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest
import shiboken6
from PySide6.QtCore import QLocale, Qt, QTimer
from PySide6.QtWidgets import QApplication, QMessageBox, QPushButton

from contact_manager import language
from contact_manager.app import open_main_window
from contact_manager.services.backup_files import (
    BEFORE_DELETE,
    DAILY,
    list_backups,
    make_daily_backup,
    new_backup_path,
)
from contact_manager.services.backups import check_backup
from contact_manager.store.migrations import backup_path
from contact_manager.ui.kit import dialogs
from contact_manager.ui.kit.restore_chooser import RestoreChooser, when_text
from contact_manager.ui.shell.auto_backup import DailyBackup
from contact_manager.ui.shell.file_menu import AdminActions

NOON = datetime(2026, 3, 10, 12, 0, tzinfo=UTC)

pytestmark = pytest.mark.sqlite_file  # the backups are copies of the SQLite file


@pytest.fixture
def backups(services, account, people):
    """A before-upgrade copy, a before-delete copy and two daily backups, oldest first."""
    store = services.store
    upgrade = store.backup_to(backup_path(store.path, 1).with_name("contacts.v1-backup-20260308T090000Z.db"))
    delete = store.backup_to(new_backup_path(BEFORE_DELETE, store.path, NOON - timedelta(days=1)))
    first = make_daily_backup(store, NOON)
    services.accounts.create("After the first daily backup")
    second = make_daily_backup(store, NOON + timedelta(days=1))
    return [second, first, delete, upgrade]  # newest first


@pytest.fixture
def window(active_window):
    return active_window  # tests/ui/conftest.py: shown, its poll stopped


def _rows(chooser: RestoreChooser) -> list[tuple[str, str]]:
    tree = chooser.list
    return [
        (tree.topLevelItem(i).text(0), tree.topLevelItem(i).text(1)) for i in range(tree.topLevelItemCount())
    ]


def _us_date(moment: datetime) -> str:
    day = moment.astimezone().date()
    return f"{day.month}/{day.day}/{day.year} "


def test_the_chooser_lists_the_backups_newest_first_with_local_time_and_kind(qtbot, services, backups):
    # US English whatever the machine's locale (the fixture puts the system's back)
    QLocale.setDefault(QLocale(QLocale.Language.English, QLocale.Country.UnitedStates))
    chooser = RestoreChooser(list_backups(services.store.path))
    qtbot.addWidget(chooser)
    rows = _rows(chooser)
    assert [kind for _when, kind in rows] == ["daily", "daily", "before delete", "before upgrade"]
    assert rows[0][0].startswith(_us_date(NOON + timedelta(days=1)))  # US English: month/day/year
    assert rows[3][0].startswith(_us_date(datetime(2026, 3, 8, 9, 0, tzinfo=UTC)))
    hour = (NOON + timedelta(days=1)).astimezone().strftime("%-I:%M")
    assert hour in rows[0][0]  # the local time, not UTC's
    assert chooser.chosen_backup().path == backups[0]  # the newest is offered first
    assert chooser.list.topLevelItem(0).toolTip(0) == str(backups[0])


def test_the_chooser_in_italian_speaks_italian(qtbot, services, backups):
    language.switch(QApplication.instance(), "it")
    chooser = RestoreChooser(list_backups(services.store.path))
    qtbot.addWidget(chooser)
    rows = _rows(chooser)
    assert [kind for _when, kind in rows] == [
        "giornaliero",
        "giornaliero",
        "prima dell'eliminazione",
        "prima dell'aggiornamento",
    ]
    assert rows[0][0].startswith("11/03/2026")  # the Italian date order, with the year in full
    assert chooser.windowTitle() == "Ripristina un backup"
    assert chooser.other_button.text() == "&Altro file..."


def test_the_year_is_written_in_full(qapp):
    assert "2026" in when_text(NOON)


def test_a_damaged_backup_is_marked_and_cannot_be_chosen(qtbot, services, backups):
    chooser = RestoreChooser(list_backups(services.store.path), damaged=[backups[0]])
    qtbot.addWidget(chooser)
    assert "damaged" in _rows(chooser)[0][1]
    assert chooser.chosen_backup().path == backups[1]  # the newest good one
    assert not chooser.list.topLevelItem(0).flags() & Qt.ItemFlag.ItemIsSelectable


def test_restore_chooses_the_selected_backup(qtbot, services, backups):
    chooser = RestoreChooser(list_backups(services.store.path))
    qtbot.addWidget(chooser)
    chooser.show()
    chooser.list.setCurrentItem(chooser.list.topLevelItem(2))
    qtbot.mouseClick(chooser.restore_button, Qt.MouseButton.LeftButton)
    assert chooser.result() == RestoreChooser.DialogCode.Accepted
    assert chooser.chosen == str(backups[2])


def test_other_file_asks_for_any_file_through_the_seam(qtbot, services, backups, tmp_path):
    elsewhere = tmp_path / "from-a-usb-stick.db"
    asked = []
    dialogs.set_answerer(lambda kind, **details: asked.append(kind) or str(elsewhere))
    chooser = RestoreChooser(list_backups(services.store.path))
    qtbot.addWidget(chooser)
    chooser.show()
    qtbot.mouseClick(chooser.other_button, Qt.MouseButton.LeftButton)
    assert asked == ["restore_other_file"]
    assert chooser.chosen == str(elsewhere) and chooser.result() == RestoreChooser.DialogCode.Accepted


def test_with_no_backups_the_chooser_says_so_and_offers_other_file(qtbot):
    chooser = RestoreChooser([])
    qtbot.addWidget(chooser)
    chooser.show()
    assert chooser.empty.isVisible() and "No backups" in chooser.empty.text()
    assert not chooser.intro.isVisible() and not chooser.list.isVisible()
    assert not chooser.restore_button.isEnabled() and chooser.other_button.isEnabled()


def test_file_restore_lists_the_backups_and_restores_the_one_chosen(qtbot, window, services, backups):
    """Through the real chooser: File > Restore, pick the older daily backup, confirm."""
    assert len(services.accounts.list()) == 2
    actions = AdminActions(window.context, window)
    opened = []
    actions.dialogOpened.connect(opened.append)
    seen: list[list[tuple[str, str]]] = []

    def choose():
        chooser = next((w for w in QApplication.topLevelWidgets() if isinstance(w, RestoreChooser)), None)
        if chooser is None or not chooser.isVisible():
            QTimer.singleShot(20, choose)
            return
        seen.append(_rows(chooser))
        chooser.list.setCurrentItem(chooser.list.topLevelItem(1))  # the first daily backup
        chooser.restore_button.click()

    QTimer.singleShot(0, choose)
    actions.actions["restore"].trigger()
    assert seen and [kind for _when, kind in seen[0]] == ["daily", "daily", "before delete", "before upgrade"]
    confirm = next(d for d in opened if isinstance(d, QMessageBox))
    assert str(backups[1]) in confirm.informativeText()
    confirm.findChild(QPushButton, "confirmRestoreButton").click()
    assert [a.name for a in services.accounts.list()] == ["Acme S.p.A."]
    for dialog in opened:
        if shiboken6.isValid(dialog):
            dialog.close()


def test_the_window_makes_the_daily_backup_after_it_is_complete(qtbot, services, account, db_path):
    services.close()
    window = open_main_window(db_path, "en")
    qtbot.addWidget(window)
    assert window.loader.remaining()[-1] == "daily backup"  # after everything else
    qtbot.waitUntil(lambda: window.loader.done, timeout=10000)
    daily = window.findChild(DailyBackup, "dailyBackup")
    qtbot.waitUntil(lambda: not daily.busy, timeout=10000)  # copied in a worker thread
    made = [b for b in list_backups(db_path) if b.kind == DAILY]
    assert len(made) == 1 and check_backup(made[0].path).accounts == 1
    assert window.findChild(DailyBackup, "dailyBackup").timer.isActive()  # and again every hour
    window.close()

    again = open_main_window(db_path, "en")  # the same day: no second backup
    qtbot.addWidget(again)
    qtbot.waitUntil(lambda: again.loader.done, timeout=10000)
    qtbot.waitUntil(lambda: not again.findChild(DailyBackup, "dailyBackup").busy, timeout=10000)
    assert len([b for b in list_backups(db_path) if b.kind == DAILY]) == 1
    again.close()


def test_a_daily_backup_that_fails_is_said_in_the_status_bar(qtbot, services, account, db_path, private_home):
    private_home.mkdir(parents=True, exist_ok=True)
    (private_home / "backups").write_text("a file where the folder should be")
    services.close()
    window = open_main_window(db_path, "en")
    qtbot.addWidget(window)
    qtbot.waitUntil(lambda: window.loader.done, timeout=10000)
    qtbot.waitUntil(lambda: "automatic backup could not be made" in window.statusBar().currentMessage())
    assert window.windowTitle().endswith("Acme S.p.A.")  # the window works on
    window.close()
