"""What the window shows in its first frame: the account it opens, read before the services.

``first_look(target, remembered)`` reads, with plain SQL and without loading peewee
(``store/first_look.py``), the accounts' names and the sheet of the account the window will
show: the remembered one if it still exists, else the first. ``None`` when a file can't be
looked at so simply (a server, a file to upgrade or to check, a -wal to read, anything
unreadable): the window then waits for the services as before. The services read the same
account again a moment later and the window shows their read from then on; nothing is written.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date

from contact_manager.domain.contacts import ContactSheet
from contact_manager.domain.errors import ContactError
from contact_manager.domain.roles import Role
from contact_manager.domain.target import parse_target
from contact_manager.services.sheets import read_sheet, security_since
from contact_manager.store import queries
from contact_manager.store.first_look import looking


@dataclass(frozen=True)
class FirstLook:
    label: str  # the database as the services will name it (``Services.label``)
    accounts: tuple[tuple[int, str], ...]  # (id, name) of every account, by name
    sheet: ContactSheet  # the account to show
    security_since: date | None  # for the health check of an outside security address


def first_look(target: str, remembered: Callable[[str], int | None]) -> FirstLook | None:
    """The account to show first in ``target``: ``remembered(label)`` if it exists, else the
    first by name; None when the file can't be looked at quickly and safely, or has none."""
    url, path = parse_target(target)
    if path is None:
        return None  # a server: its connection is the services' to make
    label = str(path)
    try:
        with looking(path) as reader:
            if reader is None:
                return None
            accounts = tuple((row[0], row[1]) for row in queries.account_names(reader))
            ids = [account_id for account_id, _name in accounts]
            if not ids or not all(type(i) is int for i in ids):
                return None  # no account yet (the first run's page) or a damaged id
            last = remembered(label)
            sheet = read_sheet(reader, last if last is not None and last in ids else ids[0])
            security = sheet.others.get(Role.SECURITY)
            since = security_since(reader, sheet.account_id) if security and security.external else None
    except (sqlite3.Error, ContactError, OSError):
        return None
    return FirstLook(label, accounts, sheet, since)
