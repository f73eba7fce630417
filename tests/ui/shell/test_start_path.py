"""What a start imports before the account is on screen ("Account and billing" or "Company
information", whichever was left open): not the database layer (peewee, its
PostgreSQL driver, the store's connection and migrations' checks, the services' queries), none
of the code for the tabs not on screen, the import and export, the History reads, the
searchable account list, the icons or the address checks (each costs milliseconds a person
waits for). Run in a fresh interpreter, as a start is."""

from __future__ import annotations

import json
import os
import subprocess
import sys
import textwrap

import pytest

from contact_manager.app import ensure_demo
from contact_manager.services import Services
from contact_manager.settings import open_settings
from contact_manager.ui.shell import window_state

KEPT_OFF = (
    "peewee",
    "psycopg",
    "contact_manager.store.connection",
    "contact_manager.store.models",
    "contact_manager.services.accounts",
    "contact_manager.services.exports",
    "openpyxl",
    "contact_manager.ui.kit.icons",
    "contact_manager.services.importing",
    "contact_manager.services.exchange",
    "contact_manager.services.backups",
    "contact_manager.services.check",
    "contact_manager.domain.csv_import",
    "contact_manager.domain.csv_file",
    "contact_manager.ui.contacts.company_info_tab",
    "contact_manager.ui.users.users_tab",
    "contact_manager.ui.users.users_table_model",
    "contact_manager.ui.history.history_tab",
    "contact_manager.ui.history.history_model",
    "contact_manager.ui.kit.read_worker",
    "contact_manager.ui.importing.import_dialog",
    "contact_manager.ui.contacts.contact_sheet_pdf",
    "contact_manager.ui.accounts.account_chooser",
    "contact_manager.ui.shell.getting_started",
    "email_validator",
    "hashlib",  # OpenSSL's library, loaded for one hash of the remembered account's key
)

START = textwrap.dedent(
    """
    import json, sys
    from PySide6.QtWidgets import QApplication, QLabel
    from contact_manager.app import open_main_window

    window = open_main_window(sys.argv[1], "en")
    app = QApplication.instance()
    seen = {}

    def account_shown():
        seen["account"] = sorted(sys.modules)
        seen["tab"] = window.tabs.currentWidget().objectName()
        if window.billing_tab is not None:
            seen["primary"] = window.billing_tab.findChild(QLabel, "holder_primary_0").accessibleName()
        else:
            seen["primary"] = window.company_tab.primary.currentText()
        seen["database open"] = window.services is not None

    window.accountShown.connect(account_shown)
    window.loader.finished.connect(lambda: (seen.setdefault("ready", sorted(sys.modules)), app.quit()))
    window.loader.failed.connect(lambda error: app.exit(1))
    app.exec()
    print(json.dumps(seen))
    """
)

BILLING = "contact_manager.ui.contacts.account_billing_tab"
COMPANY = "contact_manager.ui.contacts.company_info_tab"
ICONS = "contact_manager.ui.kit.icons"  # the line icons of "Company information"'s buttons and flags
# what "Company information" reads of the account besides its sheet: its details and users
COMPANY_LOOK = {"contact_manager.services.account_info", "contact_manager.services.user_rows"}
# the tab remembered: the modules it needs on screen, and those it does not (loaded later)
TABS = {
    "accountBillingTab": ({BILLING}, {COMPANY, *COMPANY_LOOK}),
    "companyInfoTab": ({COMPANY, ICONS, *COMPANY_LOOK}, {BILLING}),
}


@pytest.mark.parametrize("tab", list(TABS))
def test_the_start_path_keeps_the_rest_off_until_the_account_is_shown(tmp_path, monkeypatch, tab):
    demo = tmp_path / "demo.db"
    ensure_demo(str(demo))
    monkeypatch.setenv("CONTACT_MANAGER_HOME", str(tmp_path / "home"))
    settings = open_settings()
    settings.setValue(f"{window_state.GROUP}/tab", tab)
    settings.sync()
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    done = subprocess.run(
        [sys.executable, "-c", START, str(demo)], capture_output=True, text=True, env=env, timeout=120
    )
    assert done.returncode == 0, done.stderr
    seen = json.loads(done.stdout.strip().splitlines()[-1])
    on_screen = set(seen["account"])
    shown, other = TABS[tab]
    assert seen["tab"] == tab and shown <= on_screen  # the account is on screen in the tab remembered
    assert not seen["database open"]  # shown from the first look, before the services
    services = Services.open(str(demo))
    primary = services.contacts.sheet(services.accounts.list()[0].id).primary
    services.close()
    assert seen["primary"] == primary.display != ""
    kept_off = [name for name in KEPT_OFF if name not in shown] + sorted(other)
    assert [name for name in kept_off if name in on_screen] == []
    # loaded afterwards, from the event loop: the database layer, the Users and History tabs
    ready = set(seen["ready"])
    assert {"peewee", "contact_manager.store.connection", *other} <= ready
    assert "contact_manager.ui.users.users_tab" in ready
    assert "contact_manager.ui.history.history_tab" in ready
