"""Start-up: arguments, the demo, the smoke test, build_main_window."""

from __future__ import annotations

import os
import subprocess
import sys

from contact_manager import __version__
from contact_manager.app import build_main_window, ensure_demo, main
from contact_manager.demo import DEMO_ACCOUNT, create_demo
from contact_manager.domain.roles import OTHER_ROLES
from contact_manager.services import Services


def _run(*args: str, env_extra: dict | None = None) -> subprocess.CompletedProcess:
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", **(env_extra or {}))
    return subprocess.run(
        [sys.executable, "-m", "contact_manager", *args], capture_output=True, text=True, env=env, timeout=120
    )


def test_version_prints_and_exits_without_starting_the_gui():
    code = (
        "import sys, runpy; sys.argv=['x','--version']\n"
        "from contact_manager.app import main\n"
        "rc = main(['--version'])\n"
        "assert 'PySide6.QtWidgets' not in sys.modules, 'widgets imported'\n"
        "sys.exit(rc)"
    )
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=60)
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == f"Contact Manager {__version__}"


def test_smoke_test_on_a_demo_database(tmp_path):
    db = tmp_path / "demo.db"
    result = _run(
        "--db",
        str(db),
        "--demo-if-empty",
        "--smoke-test",
        "--lang",
        "it",
        env_extra={"CONTACT_MANAGER_HOME": str(tmp_path / "home")},
    )
    assert result.returncode == 0, result.stdout + result.stderr
    assert "smoke test ok" in result.stdout and "language=it translated=yes" in result.stdout
    assert DEMO_ACCOUNT in result.stdout


def test_smoke_test_fails_on_a_file_that_is_not_a_database(tmp_path):
    bad = tmp_path / "bad.db"
    bad.write_bytes(b"this is not sqlite" * 100)
    result = _run("--db", str(bad), "--smoke-test", env_extra={"CONTACT_MANAGER_HOME": str(tmp_path / "h")})
    assert result.returncode == 1
    assert "FAILED" in result.stdout


def _account_names(path) -> list[str]:
    services = Services.open(str(path))
    try:
        return [info.name for info in services.accounts.list()]
    finally:
        services.close()


def test_demo_if_empty_creates_only_a_missing_database(tmp_path):
    db = tmp_path / "fresh.db"
    assert ensure_demo(str(db))
    assert _account_names(db) == [DEMO_ACCOUNT]
    assert (db.stat().st_mode & 0o777) == 0o600
    before = db.read_bytes()
    assert not ensure_demo(str(db))
    assert db.read_bytes() == before


def test_demo_if_empty_leaves_the_users_own_database_alone(tmp_path):
    db = tmp_path / "mine.db"
    services = Services.open(str(db))
    services.accounts.create("Rossi & Figli")
    services.close()
    assert not ensure_demo(str(db))
    assert _account_names(db) == ["Rossi & Figli"]


def test_the_demo_is_a_realistic_company(services):
    info = create_demo(services)
    users = services.users.list(info.id)
    assert 30 <= len(users) <= 60
    assert sum(not u.active for u in users) == 1
    sheet = services.contacts.sheet(info.id)
    assert sheet.primary is not None and len(sheet.billing) == 2
    assert all(sheet.others[role] is not None for role in OTHER_ROLES)
    assert info.details.country == "IT"


def test_build_main_window_returns_the_shown_window(qtbot, tmp_path):
    db = tmp_path / "demo.db"
    ensure_demo(str(db))
    window = build_main_window(db)
    qtbot.addWidget(window)
    assert window.isVisible()
    assert window.objectName() == "mainWindow"
    assert window.windowTitle().endswith(DEMO_ACCOUNT)
    assert not window.windowIcon().isNull()


def test_a_database_that_cannot_be_opened_is_explained_in_a_dialog(qtbot, tmp_path, capsys, monkeypatch):
    """Started from a desktop icon there is no console: the reason must appear on screen
    (and on stderr for a terminal), with no traceback."""
    from contact_manager import crash
    from tests.ui.helpers import read_and_close_when_shown

    installed = []
    monkeypatch.setattr(crash, "install_excepthook", lambda: installed.append(True))
    bad = tmp_path / "bad.db"
    bad.write_bytes(b"this is not sqlite" * 100)
    seen = read_and_close_when_shown("cannotStartDialog")
    assert main(["--db", str(bad)]) == 2
    assert len(seen) == 1 and "bad.db" in seen[0] and "not a Contact Manager database" in seen[0]
    assert installed == [True]
    err = capsys.readouterr().err
    assert "Contact Manager:" in err and "Traceback" not in err
