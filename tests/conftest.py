"""Shared fixtures. Qt runs offscreen: without a display Qt would abort the whole run."""

from __future__ import annotations

import functools
import os

os.environ["QT_QPA_PLATFORM"] = "offscreen"
os.environ.setdefault("QT_QUICK_BACKEND", "software")
# PySide's own warnings, off by default: a method a signal calls without @Slot() says
# "Registering dynamic slot ...", and qt_log_level_fail (pyproject.toml) fails its test.
os.environ.setdefault("QT_LOGGING_RULES", "qt.pyside.libpyside.warning=true")

import pytest

from contact_manager.domain.text import install_translator
from contact_manager.services import Services
from tests.cli.helpers import cli_environment, run_cli
from tests.services.helpers import leaves_no_trace


@pytest.fixture(autouse=True)
def private_home(tmp_path, monkeypatch):
    """Every test gets its own data folder: nothing touches the real user's files."""
    home = tmp_path / "home"
    monkeypatch.setenv("CONTACT_MANAGER_HOME", str(home))
    monkeypatch.delenv("CONTACT_MANAGER_DB", raising=False)
    monkeypatch.setenv("LANGUAGE", "en")
    install_translator(None)
    yield home
    install_translator(None)


@pytest.fixture
def db_path(tmp_path):
    return tmp_path / "contacts.db"


@pytest.fixture
def services(db_path):
    opened = Services.open(str(db_path), actor="tester")
    yield opened
    opened.close()


@pytest.fixture
def account(services):
    return services.accounts.create("Acme S.p.A.")


@pytest.fixture
def people(services, account):
    """Five active users of the account, in creation order."""
    names = [
        ("Anna", "Rossi"),
        ("Luca", "Bianchi"),
        ("Marta", "Verdi"),
        ("Paolo", "Neri"),
        ("Giulia", "Russo"),
    ]
    return [
        services.users.add(account.id, first, last, f"{first.lower()}.{last.lower()}@acme.example")
        for first, last in names
    ]


# Shared by two test folders each (the helpers behind them: tests/cli/helpers.py,
# tests/services/helpers.py).


@pytest.fixture
def cli_env(private_home):
    """The environment of a command-line process: its own data folder, English, warnings as errors."""
    return cli_environment(private_home)


@pytest.fixture
def cli(cli_env):
    """``cli("users", "list", db=path)`` runs the command line and returns its Result
    (``env=`` another environment)."""

    def run(*args: str, db=None, env=None):
        return run_cli(*args, env=env or cli_env, db=db)

    return run


@pytest.fixture
def refused(services):
    """``with refused(account_id, SomeError) as info:`` asserts the error was raised and that
    nothing was written: no history row, no version bump, the same contact sheet and users."""
    return functools.partial(leaves_no_trace, services)
