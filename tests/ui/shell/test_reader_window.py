"""A reader's window on an office database: the read-only banner, saying why, and no edits."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QLabel, QWidget

from contact_manager.services import Services
from contact_manager.store import server_roles
from contact_manager.store.errors import StorageError
from contact_manager.ui.shell.main_window import MainWindow
from contact_manager.ui.shell.read_only import EDIT_ACTIONS
from tests.pg_databases import with_user

READ_ONLY_ACTIONS = [name for name in EDIT_ACTIONS if name != "accountMenuNewAccountAction"]


@pytest.fixture
def reader_url(pg_cluster):
    """An office database set up with the account Acme, and a login that may only read it."""
    name, url = pg_cluster.fresh(migrated=False)
    owner = server_roles.setup(url)
    try:
        reader = pg_cluster.roles.make("rita", "rita-pw")
        server_roles.grant(owner, reader, server_roles.READER)
    finally:
        owner.close()
    editor = Services.open(url)
    editor.accounts.create("Acme S.p.A.")
    editor.close()
    yield with_user(url, reader), reader
    pg_cluster.drop(name)


def test_a_readers_window_shows_why_and_disables_every_edit(qtbot, reader_url):
    from PySide6.QtGui import QAction

    url, reader = reader_url
    services = Services.open(url, password="rita-pw")
    assert services.read_only
    window = MainWindow(services, owns_services=True)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    text = window.findChild(QLabel, "readOnlyBannerText").text()
    assert "You can only read this office database" in text
    assert reader in text and "editor" in text
    for name in READ_ONLY_ACTIONS:
        action = window.findChild(QAction, name)
        assert action is not None and not action.isEnabled(), name
    for group in ("primaryContactGroup", "billingContactsGroup", "otherContactsGroup", "companyDetailsGroup"):
        assert not window.findChild(QWidget, group).isEnabled(), group
    assert window.findChild(QAction, "exportJsonAction").isEnabled()  # reading and copying stay
    with pytest.raises(StorageError):
        services.accounts.create("Beta")  # and the server would refuse it anyway
    window.close()
