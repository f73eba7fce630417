"""Shared fixtures. Qt runs offscreen: without a display Qt would abort the whole run."""

from __future__ import annotations

import functools
import os
import sys
from pathlib import Path

os.environ["QT_QPA_PLATFORM"] = "offscreen"
os.environ.setdefault("QT_QUICK_BACKEND", "software")
# PySide's own warnings, off by default: a method a signal calls without @Slot() says
# "Registering dynamic slot ...", and qt_log_level_fail (pyproject.toml) fails its test.
os.environ.setdefault("QT_LOGGING_RULES", "qt.pyside.libpyside.warning=true")

import pytest

from contact_manager.domain.text import install_translator
from contact_manager.services import Services
from tests.cli.helpers import cli_environment, run_cli
from tests.pg_databases import PG_ENV, Cluster, require_server
from tests.services.helpers import leaves_no_trace

# The tests that take ``services`` (or ``acme_cli``, or a window over them) run on both backends
# (SQLite, a PostgreSQL server) in these folders and the folders under them, unless they are
# about SQLite files: they ask for ``db_path`` themselves, or are marked ``sqlite_file``.
BOTH_BACKENDS = ("services", "server", "cli", "ui", "i18n")
TESTS = Path(__file__).parent


def pytest_configure(config):
    config.addinivalue_line("markers", "sqlite_file: a test about SQLite files, run on SQLite only")


def pytest_generate_tests(metafunc):
    if "backend" not in metafunc.fixturenames:
        return
    folder = metafunc.definition.path.relative_to(TESTS).parts[0]
    both = (
        folder in BOTH_BACKENDS
        and "db_path" not in metafunc.fixturenames
        and metafunc.definition.get_closest_marker("sqlite_file") is None
    )
    metafunc.parametrize("backend", ["sqlite", "postgresql"] if both else ["sqlite"], scope="function")


def pytest_terminal_summary(terminalreporter):
    """One line saying the server tests were skipped, and why (-ra lists each one)."""
    skipped = [
        report
        for report in terminalreporter.stats.get("skipped", [])
        if "no PostgreSQL test server" in str(getattr(report, "longrepr", ""))
    ]
    if skipped:
        terminalreporter.write_line(
            f"{len(skipped)} PostgreSQL server tests were skipped: set {PG_ENV}=postgresql://... to run them."
        )


@pytest.fixture(scope="session")
def pg_cluster():
    """The PostgreSQL test server (skipped, or failed under CI, when there is none)."""
    url = require_server()
    cluster = Cluster(url)
    yield cluster
    cluster.close()


@pytest.fixture
def pg_url(pg_cluster):
    """The URL of a fresh, migrated database on the test server, dropped afterwards."""
    name, url = pg_cluster.fresh()
    yield url
    pg_cluster.drop(name)


@pytest.fixture
def database_target(backend, request):
    """What ``Services.open`` is given: the test's SQLite file, or a fresh server database."""
    if backend == "postgresql":
        return request.getfixturevalue("pg_url")
    return str(request.getfixturevalue("db_path"))


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
def services(database_target):
    opened = Services.open(database_target, actor="tester")
    yield opened
    delete_closed_widgets()
    opened.close()


def delete_closed_widgets() -> None:
    """Delete the widgets the test closed (pytest-qt closes them, deleting them later) before
    the services close: a server database is dropped then, and a window left alive would read
    it when a later test switches the language or activates a window."""
    if "PySide6.QtWidgets" not in sys.modules:
        return
    from PySide6.QtCore import QCoreApplication, QEvent

    if QCoreApplication.instance() is not None:
        QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)


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
