"""What the window's start runs besides building: how it opens its database, and which
modules its steps import first, each a step of its own (``MainWindow._loading_steps``).

No step may hold the window's event loop long enough to be felt (issue 15: 50 ms with
100,000 users), so an import that takes a while is a step before the one that needs it, and
what takes longer still runs apart, in a worker thread (``staged.Apart``).
"""

from __future__ import annotations

import importlib
from collections.abc import Callable, Iterable
from functools import partial
from typing import TYPE_CHECKING

from contact_manager.domain.target import is_server
from contact_manager.ui.shell.staged import Apart

if TYPE_CHECKING:
    from contact_manager.services import Services

# what opening the database imports, each its own step of the start
SERVICE_MODULES = (
    # the standard library's modules peewee and the store import that take longest (about a
    # third of peewee's import), then peewee with the store
    *("decimal", "hashlib", "json", "calendar", "uuid", "getpass"),
    "contact_manager.store.connection",
    "contact_manager.services.contacts",
    "contact_manager.ui.kit.context",
    "contact_manager.ui.contacts.tell_them",
)
# what a tab's building step imports, each module a step of its own before it
TAB_MODULES = {
    "company tab": ("contact_manager.ui.contacts.company_info_tab",),
    "admin": (  # the Users and History tabs
        "contact_manager.ui.users.user_dialog",
        "contact_manager.ui.users.reassign_dialog",
        "contact_manager.ui.users.users_tab",
        "contact_manager.ui.history.history_tab",
        "contact_manager.ui.shell.file_menu",
    ),
}


def imports(modules: Iterable[str]) -> list[tuple[str, Callable[[], object]]]:
    """A step importing each of ``modules``: a step is one stretch of the event loop."""
    return [(f"import {name}", partial(importlib.import_module, name)) for name in modules]


def open_services(database: str) -> Services:
    from contact_manager.services import connecting

    return connecting.open_database(database)  # a server's: this run's or the keyring's password


def services_opener(database: str) -> tuple[Callable[[], Services], Apart | None]:
    """How the start opens ``database``, and for a server what is made ready apart first (its
    driver, libpq, and the keyring's password: a third of a second, more than the window may
    be held)."""
    if not is_server(database):
        return partial(open_services, database), None
    found: dict[str, str | None] = {}

    def prepare() -> None:  # in a worker thread: after peewee's import (pg_driver), before the open
        import psycopg  # noqa: F401 - its import, libpq's loading, is the long part

        from contact_manager.services import connecting

        found["password"] = connecting.password_for(database)

    def open_prepared() -> Services:  # the keyring was asked apart: not again here
        from contact_manager.services import Services

        return Services.open(database, password=found.get("password"))

    return open_prepared, Apart(prepare)
