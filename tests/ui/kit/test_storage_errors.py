"""A full disk seen from the window: the change is refused with one sentence in a message
box, nothing is saved, and the window goes on showing what is saved."""

from __future__ import annotations

import peewee
import pytest

from contact_manager import language
from tests.store.test_errors import FULL_MESSAGE, FULL_MESSAGE_IT, coded, fill_to_the_limit, room_again
from tests.ui.helpers import close_dialog, picker, type_and_pick, wait_dialog

pytestmark = pytest.mark.sqlite_file  # a full disk: the SQLite file's page limit


def test_a_full_disk_refuses_a_change_in_the_window(qtbot, window, services, account, people):
    type_and_pick(qtbot, picker(window, "primaryContactCombo"), "Anna")
    fill_to_the_limit(services.store.db)
    history = services.history.list(account.id)

    type_and_pick(qtbot, picker(window, "primaryContactCombo"), "Luca")
    dialog = wait_dialog(qtbot, window, "errorDialog")
    assert dialog.text() == FULL_MESSAGE
    close_dialog(qtbot, dialog)

    assert services.contacts.sheet(account.id).primary.user_id == people[0].user_id
    assert services.history.list(account.id) == history
    # reads go on: the window reads the account again and shows what is saved
    window.context.reload()
    assert picker(window, "primaryContactCombo").currentText().startswith("Anna Rossi")

    room_again(services.store.db)
    window.tabs.setCurrentWidget(window.company_tab)
    type_and_pick(qtbot, picker(window, "primaryContactCombo"), "Luca")
    assert services.contacts.sheet(account.id).primary.user_id == people[1].user_id


def test_the_window_says_it_in_italian(qtbot, qapp, window, services, account, people):
    fill_to_the_limit(services.store.db)
    language.switch(qapp, "it")
    type_and_pick(qtbot, picker(window, "primaryContactCombo"), "Marta")
    dialog = wait_dialog(qtbot, window, "errorDialog")
    assert dialog.text() == FULL_MESSAGE_IT
    close_dialog(qtbot, dialog)
    assert services.contacts.sheet(account.id).primary is None


def test_an_io_error_on_a_full_disk_is_told_as_a_full_disk(
    qtbot, window, services, account, people, monkeypatch
):
    """SQLite reports no room for its -shm file as "disk I/O error" (SQLITE_IOERR_SHMSIZE):
    on a disk with no room left the window says the disk is full, and saves nothing."""
    from contact_manager.services import base
    from contact_manager.store import errors

    def no_room(db, row):
        raise peewee.OperationalError(coded(4874, "SQLITE_IOERR_SHMSIZE", "disk I/O error"))

    monkeypatch.setattr(base.queries, "insert_history", no_room)
    monkeypatch.setattr(errors, "disk_nearly_full", lambda path: True)
    type_and_pick(qtbot, picker(window, "primaryContactCombo"), "Paolo")
    dialog = wait_dialog(qtbot, window, "errorDialog")
    assert dialog.text() == FULL_MESSAGE
    close_dialog(qtbot, dialog)
    assert services.contacts.sheet(account.id).primary is None
