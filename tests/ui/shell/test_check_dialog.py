"""Help > Check database... and File > Open database... with a file that is not ours."""

from __future__ import annotations

import sqlite3

from contact_manager.ui.kit import dialogs
from tests.store import damaged
from tests.ui.helpers import close_dialog, read_and_close_when_shown, wait_dialog


def test_help_menu_offers_the_check(window):
    texts = [action.text() for action in window.help_menu.actions() if not action.isSeparator()]
    assert texts[-2:] == ["&Check database...", "&About Contact Manager"]
    assert window.check_database_action.isEnabled()


def test_a_clean_database_is_said_to_be_clean(qtbot, window, db_path):
    window.check_database_action.trigger()
    box = wait_dialog(qtbot, window, "checkDatabaseDialog")
    assert box.text() == f"No problems found in {db_path}."
    close_dialog(qtbot, box)


def test_damaged_rows_are_listed(qtbot, window, db_path):
    other = sqlite3.connect(db_path)
    other.execute(
        "INSERT INTO history (id, account_id, at, actor, action) VALUES (99, 1, 'soon', 'me', 'user.explode')"
    )
    other.commit()
    other.close()
    before = db_path.read_bytes()
    window.check_database_action.trigger()
    box = wait_dialog(qtbot, window, "checkDatabaseDialog")
    assert box.text() == f"Problems found in {db_path}: 2."
    assert "Row 99 of history: at is not a date: 'soon'" in box.informativeText()
    assert "Row 99 of history: action holds a value this app does not know: 'user.explode'" in (
        box.informativeText()
    )
    assert db_path.read_bytes() == before  # the check only reads
    close_dialog(qtbot, box)


def test_file_open_refuses_a_hostile_database_by_name(qtbot, window, tmp_path):
    hostile = damaged.zz_wipe(tmp_path / "hostile.db")
    before = hostile.read_bytes()
    dialogs.set_answerer(lambda kind, **details: str(hostile))
    window.open_database()
    box = wait_dialog(qtbot, window, "errorDialog")
    assert "it contains a trigger this app does not make: zz_wipe" in box.text()
    assert hostile.read_bytes() == before
    close_dialog(qtbot, box)


def test_start_up_refuses_a_hostile_database_in_a_dialog(qtbot, tmp_path, monkeypatch):
    from contact_manager import crash
    from contact_manager.app import main

    monkeypatch.setattr(crash, "install_excepthook", lambda: None)
    hostile = damaged.zz_wipe(tmp_path / "hostile.db")
    before = damaged.files(tmp_path)
    seen = read_and_close_when_shown("cannotStartDialog")
    assert main(["--db", str(hostile)]) == 2
    assert len(seen) == 1 and "it contains a trigger this app does not make: zz_wipe" in seen[0]
    assert damaged.files(tmp_path) == before
