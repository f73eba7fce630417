"""Every file the app writes is owner-only (0600), whatever the umask: exports, refused rows,
the contact sheet, the history CSV, the log and the settings all hold personal data."""

from __future__ import annotations

import logging
import os
import stat
import subprocess
import sys
from datetime import date

import pytest

from contact_manager import crash, files
from contact_manager.settings import open_settings
from contact_manager.settings import save as save_settings
from tests.cli.helpers import run_process

pytestmark = pytest.mark.skipif(sys.platform == "win32", reason="POSIX permission bits")


def mode(path) -> int:
    return stat.S_IMODE(os.stat(path).st_mode)


@pytest.fixture
def open_umask():
    """Run the test under umask 000, the widest: a file left to the umask would be 0666."""
    old = os.umask(0)
    yield
    os.umask(old)


def cli_wide_open(env, *args: str) -> subprocess.CompletedProcess:
    """The command line run with no umask at all (its environment: the cli_env fixture)."""
    return run_process(list(args), env, preexec_fn=lambda: os.umask(0))


@pytest.fixture
def filled_db(services, account, people, db_path):
    services.contacts.set_primary(account.id, people[0].user_id)
    services.contacts.add_billing(account.id, people[1].user_id)
    return db_path


@pytest.mark.parametrize("kind", ["json", "csv", "vcard"])
def test_cli_exports_are_owner_only_under_umask_000(cli_env, filled_db, tmp_path, kind):
    out = tmp_path / f"export.{kind}"
    done = cli_wide_open(cli_env, "export", "--format", kind, "--output", str(out), "--db", str(filled_db))
    assert done.returncode == 0, done.stderr
    assert mode(out) == 0o600
    assert [p.name for p in tmp_path.iterdir() if p.name.startswith((".export", "export"))] == [out.name]


def test_cli_export_over_a_world_readable_file_leaves_it_owner_only(cli_env, filled_db, tmp_path):
    out = tmp_path / "old.json"
    out.write_text("old")
    os.chmod(out, 0o644)
    done = cli_wide_open(cli_env, "export", "--output", str(out), "--db", str(filled_db))
    assert done.returncode == 0, done.stderr
    assert mode(out) == 0o600
    assert '"format"' in out.read_text(encoding="utf-8")


def test_cli_refused_rows_are_owner_only_under_umask_000(cli_env, filled_db, tmp_path):
    source = tmp_path / "people.csv"
    source.write_text("first_name,last_name,email\nAna,Bo,ana.bo@acme.example\nX,Y,not-an-address\n")
    refused = tmp_path / "refused.csv"
    done = cli_wide_open(
        cli_env, "users", "import", str(source), "--refused", str(refused), "--db", str(filled_db)
    )
    assert done.returncode == 3, done.stderr  # done in part: one row imported, one refused
    assert "not-an-address" in refused.read_text(encoding="utf-8-sig")
    assert mode(refused) == 0o600


def test_history_csv_is_owner_only(open_umask, services, account, tmp_path):
    from contact_manager.services import exports

    path = tmp_path / "history.csv"
    assert exports.write(services, account.id, "csv", path, subject=exports.HISTORY) == 1
    assert mode(path) == 0o600


def test_contact_sheet_pdf_is_owner_only(qapp, open_umask, services, account, people, tmp_path):
    from contact_manager.ui.contacts.contact_sheet_pdf import write_contact_sheet_pdf

    services.contacts.set_primary(account.id, people[0].user_id)
    path = write_contact_sheet_pdf(
        services.contacts.sheet(account.id), tmp_path / "sheet.pdf", date(2026, 3, 1)
    )
    assert path.read_bytes().startswith(b"%PDF")
    assert mode(path) == 0o600
    assert [p.name for p in tmp_path.iterdir() if "sheet" in p.name] == ["sheet.pdf"]


def test_log_file_and_its_rotations_are_owner_only(open_umask, private_home):
    path = crash.setup_logging()
    try:
        logging.getLogger("contact_manager.test").warning("a line with a name in it")
        assert mode(path) == 0o600
        crash._handler.doRollover()
        logging.getLogger("contact_manager.test").warning("after the rollover")
        assert mode(path) == 0o600
        assert mode(path.with_name(path.name + ".1")) == 0o600
    finally:
        crash.shutdown_logging()


def test_settings_file_is_owner_only(qapp, open_umask, private_home):
    settings = open_settings()
    settings.setValue("language", "it")
    save_settings(settings)
    assert mode(settings.fileName()) == 0o600
    assert open_settings().value("language") == "it"


def test_a_world_readable_settings_file_is_narrowed_when_saved(qapp, private_home):
    settings = open_settings()
    settings.setValue("language", "en")
    settings.sync()
    os.chmod(settings.fileName(), 0o644)
    settings.setValue("language", "it")
    save_settings(settings)
    assert mode(settings.fileName()) == 0o600


def test_atomic_write_failure_leaves_the_old_file_and_no_temporary(tmp_path):
    target = tmp_path / "kept.txt"
    target.write_text("old")
    with pytest.raises(RuntimeError), files.atomic_write(target) as stream:
        stream.write("half")
        raise RuntimeError("disk gone")
    assert target.read_text() == "old"
    assert [p.name for p in tmp_path.iterdir()] == ["kept.txt"]


def test_the_window_and_language_settings_are_saved_owner_only(qapp, qtbot, open_umask, private_home):
    from PySide6.QtWidgets import QMainWindow

    from contact_manager import language
    from contact_manager.ui.shell import window_state

    window = QMainWindow()
    qtbot.addWidget(window)
    window_state.save(window)
    path = open_settings().fileName()
    assert mode(path) == 0o600 and os.path.getsize(path) > 0
    os.remove(path)
    try:
        language.switch(qapp, "it")
    finally:
        language.uninstall()
    assert mode(path) == 0o600 and open_settings().value(language.SETTINGS_KEY) == "it"
