"""An office database's administration: setting up the schema and its two roles on a
PostgreSQL server once, and saying which login may edit it or only read it.

Each call opens the server, does its work and closes it again, and answers with the
database's label (its URL without a password) for the sentence the front end prints.
"""

from __future__ import annotations

from contact_manager.store import server_roles
from contact_manager.store.connection import Store


def setup(url: str, password: str | None = None) -> str:
    """Create the schema and the editor and reader roles (run once, by the database's owner)."""
    store = server_roles.setup(url, password)
    try:
        return store.label
    finally:
        store.close()


def grant(url: str, user: str, *, editor: bool, password: str | None = None) -> str:
    """Let ``user`` read and change the database (``editor``), or only read it."""
    store = Store.open(url, password=password)
    try:
        server_roles.grant(store, user, server_roles.EDITOR if editor else server_roles.READER)
        return store.label
    finally:
        store.close()


def revoke(url: str, user: str, password: str | None = None) -> str:
    """Take both roles from ``user``: the login can no longer open the database."""
    store = Store.open(url, password=password)
    try:
        server_roles.revoke(store, user)
        return store.label
    finally:
        store.close()
