"""What the front ends need to open an office database, without reaching for the store.

Whether a name is a server URL, how it may be shown (``shown``: no password) or kept
(``keepable``), the password to use for it (typed in this run, else the system keyring's,
else None: libpq's ~/.pgpass and PGPASSWORD), keeping one in the keyring, and
``open_database``: Services over the database with that password. ``label(services)`` and
``on_server(services)`` say which database a front end has open.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from contact_manager.domain.target import is_server, parse_target, redact, without_password
from contact_manager.store import credentials

if TYPE_CHECKING:
    from contact_manager.services import Services

__all__ = [
    "is_server",
    "keep_password",
    "file_of",
    "keepable",
    "label",
    "on_server",
    "open_database",
    "password_for",
    "shown",
]


def file_of(target: str) -> Path | None:
    """The file a database name stands for (a path or ``sqlite:///`` URL); None for a server."""
    return parse_target(target)[1]


def shown(target: str) -> str:
    """``target`` as any message may show it: a server URL without its password."""
    return redact(target) if is_server(target) else target


def keepable(target: str) -> str:
    """``target`` as it may be stored (Open recent, the settings): no password in it."""
    return without_password(target) if is_server(target) else target


def password_for(target: str) -> str | None:
    """The password for a server ``target`` (this run's, else the keyring's); None for a file."""
    return credentials.get_password(target) if is_server(target) else None


def keep_password(url: str, password: str, *, in_keyring: bool) -> bool:
    """Use ``password`` for ``url`` for the rest of this run, and keep it in the system keyring
    when asked; False when the keyring was asked and could not keep it."""
    credentials.remember_for_session(url, password)
    return credentials.set_password(url, password) if in_keyring else True


def open_database(target: str, password: str | None = None) -> Services:
    """Services over ``target``: with ``password``, else this run's or the keyring's for a server."""
    from contact_manager.services import Services

    return Services.open(target, password=password or password_for(target))


def label(services: Services) -> str:
    """The open database as it is shown: the file's path, or the server URL without password."""
    return services.store.label


def on_server(services: Services) -> bool:
    return services.store.server
