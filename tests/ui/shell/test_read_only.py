"""A database that can only be read opens read-only: a banner, and every edit action disabled."""

from __future__ import annotations

import hashlib

import pytest
from PySide6.QtWidgets import QLabel, QPushButton, QWidget

from contact_manager.services import Services
from contact_manager.store.connection import Store
from contact_manager.store.errors import StorageError
from contact_manager.ui.shell.main_window import MainWindow
from contact_manager.ui.shell.read_only import EDIT_ACTIONS, ReadOnlyBanner

READ_ONLY_ACTIONS = [name for name in EDIT_ACTIONS if name != "accountMenuNewAccountAction"]


def _digest(path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


@pytest.fixture
def filled(services, account, people, db_path):
    services.contacts.set_primary(account.id, people[0].user_id)
    services.close()
    return db_path


@pytest.fixture(params=["file", "folder"])
def read_only_db(request, filled):
    """The database with its file, or its folder, not writable (root too honours no write bit)."""
    target = filled if request.param == "file" else filled.parent
    mode = target.stat().st_mode
    target.chmod(0o444 if request.param == "file" else 0o555)
    yield filled
    target.chmod(mode)


def _window(qtbot, path) -> MainWindow:
    window = MainWindow(Services.open(str(path)), owns_services=True)
    qtbot.addWidget(window)
    window.poll.stop()
    window.show()
    qtbot.waitExposed(window)
    return window


def _action(window, name):
    from PySide6.QtGui import QAction

    found = window.findChild(QAction, name)
    assert found is not None, name
    return found


def test_the_store_opens_it_for_reading_and_refuses_writes_at_once(read_only_db):
    before = _digest(read_only_db)
    listing = sorted(p.name for p in read_only_db.parent.iterdir())
    store = Store.open(read_only_db)
    services = Services(store)
    try:
        assert store.read_only
        account = services.accounts.list()[0]
        with pytest.raises(StorageError) as refused:
            services.accounts.rename(account.id, "Changed")
        assert refused.value.kind == StorageError.READ_ONLY
    finally:
        services.close()
    assert _digest(read_only_db) == before
    assert sorted(p.name for p in read_only_db.parent.iterdir()) == listing  # no -wal, no -shm


def test_the_window_shows_the_banner_and_disables_every_edit(qtbot, read_only_db):
    window = _window(qtbot, read_only_db)
    banner = window.findChild(ReadOnlyBanner, "readOnlyBanner")
    assert banner is not None and banner.isVisible()
    text = banner.findChild(QLabel, "readOnlyBannerText").text()
    assert "This database can only be read: changes are disabled." in text
    assert str(read_only_db) in text
    for name in READ_ONLY_ACTIONS:
        assert not _action(window, name).isEnabled(), name
    for name in ("backupAction", "exportJsonAction", "exportCsvAction", "printPdfAction"):
        assert _action(window, name).isEnabled(), name  # reading and copying stay possible
    assert not window.findChild(QPushButton, "markReviewedButton").isEnabled()
    for group in ("primaryContactGroup", "billingContactsGroup", "otherContactsGroup", "companyDetailsGroup"):
        assert not window.findChild(QWidget, group).isEnabled(), group
    window.close()


def test_selecting_a_user_does_not_enable_the_edits(qtbot, read_only_db):
    window = _window(qtbot, read_only_db)
    users = window.admin.users_tab
    window.show_tab(users)
    users.table.selectRow(0)
    assert users.selected() is not None
    assert users.buttons["whois"].isEnabled()  # reading about a person still works
    for name in ("add", "edit", "deactivate", "remove"):
        assert not users.buttons[name].isEnabled(), name
    users.table.activated.emit(users.table.currentIndex())  # double-click or Enter
    assert window.findChild(QWidget, "userDialog") is None
    window.close()


def test_the_account_menus_new_account_is_disabled_too(qtbot, read_only_db):
    window = _window(qtbot, read_only_db)
    window.account_menu.aboutToShow.emit()
    assert not _action(window, "accountMenuNewAccountAction").isEnabled()
    window.close()


def test_a_read_only_database_with_no_account_cannot_create_one(qtbot, tmp_path):
    empty = tmp_path / "empty.db"
    Store.open(empty).close()
    empty.chmod(0o444)
    window = _window(qtbot, empty)
    assert window.pages.currentWidget() is window.first_run
    assert not window.findChild(QWidget, "firstRunCard").isEnabled()
    assert window.findChild(ReadOnlyBanner, "readOnlyBanner").isVisible()
    window.close()


def test_an_ordinary_database_has_no_banner(qtbot, filled):
    window = _window(qtbot, filled)
    assert window.findChild(ReadOnlyBanner) is None
    assert _action(window, "renameAccountAction").isEnabled()
    window.close()


def test_the_banner_follows_the_language(qtbot, read_only_db):
    from PySide6.QtWidgets import QApplication

    from contact_manager import language

    window = _window(qtbot, read_only_db)
    language.switch(QApplication.instance(), "it")
    label = window.findChild(QLabel, "readOnlyBannerText")
    try:
        qtbot.waitUntil(lambda: "Questo database si può solo leggere" in label.text())
    finally:
        language.switch(QApplication.instance(), "en")
    qtbot.waitUntil(lambda: "can only be read" in label.text())
    window.close()


def test_the_banner_is_above_the_tabs(qtbot, read_only_db):
    window = _window(qtbot, read_only_db)
    banner = window.findChild(ReadOnlyBanner)
    assert (
        banner.mapTo(window, banner.rect().bottomLeft()).y()
        <= window.tabs.mapTo(window, window.tabs.rect().topLeft()).y()
    )
    assert window.centralWidget().isAncestorOf(window.tabs)
    window.close()


def test_edits_are_disabled_from_the_moment_each_tab_is_built(qtbot, read_only_db):
    """At start-up the tabs come one step at a time: none offers an edit in between."""
    from PySide6.QtCore import QTimer

    from contact_manager.app import open_main_window

    window = open_main_window(read_only_db, "en")
    qtbot.addWidget(window)
    seen: list[tuple[str, list[bool]]] = []

    def look(name: str) -> None:
        buttons = window.findChildren(QPushButton, "markReviewedButton")
        buttons += window.findChildren(QPushButton, "users_add")
        seen.append((name, [button.isEnabled() for button in buttons]))

    window.loader.stepDone.connect(lambda name: QTimer.singleShot(0, lambda: look(name)))
    qtbot.waitUntil(lambda: window.loader.done, timeout=10000)
    qtbot.waitUntil(lambda: bool(seen) and seen[-1][0] == "daily backup")
    assert any(states for _name, states in seen)  # the buttons were looked at once built
    assert not any(any(states) for _name, states in seen), seen
    window.close()
