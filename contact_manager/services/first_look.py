"""What the window shows in its first frame: the account it opens, read before the services.

``first_look(target, remembered)`` reads, with plain SQL and without loading peewee
(``store/first_look.py``), the accounts' names and the sheet of the account the window will
show: the remembered one if it still exists, else the first; with ``company``, what "Company
information" shows of it too: its company details and its users (for the boxes), unless it
has more than ``USERS_UP_TO``. ``None`` when a file can't be looked at so simply (a server,
a file to upgrade or to check, a -wal to read, anything unreadable): the window then waits
for the services as before. The services read the same account again a moment later; the
window keeps what it shows when that read is the same, and shows the new one when not.
Nothing is written.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Callable
from dataclasses import dataclass, replace
from datetime import date
from typing import TYPE_CHECKING

from contact_manager.domain.contacts import ContactSheet
from contact_manager.domain.errors import ContactError
from contact_manager.domain.roles import Role
from contact_manager.domain.target import parse_target
from contact_manager.services.sheets import read_sheet, security_since
from contact_manager.store import queries
from contact_manager.store.first_look import looking

if TYPE_CHECKING:  # loaded for "Company information" only: "Account and billing" needs neither
    from contact_manager.services.account_info import AccountInfo
    from contact_manager.services.compact_rows import UserRows

USERS_UP_TO = 2000  # a larger account's users are read apart, once the services are loaded


@dataclass(frozen=True)
class FirstLook:
    label: str  # the database as the services will name it (``Services.label``)
    accounts: tuple[tuple[int, str], ...]  # (id, name) of every account, by name
    sheet: ContactSheet  # the account to show
    security_since: date | None  # for the health check of an outside security address
    info: AccountInfo | None = None  # its company details (``company``)
    users: UserRows | None = None  # its users (``company``, and not too many)


def first_look(
    target: str, remembered: Callable[[str], int | None], *, company: bool = False
) -> FirstLook | None:
    """The account to show first in ``target``: ``remembered(label)`` if it exists, else the
    first by name; None when the file can't be looked at quickly and safely, or has none.
    ``company``: read its company details and users too (``FirstLook.info``, ``.users``)."""
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
            look = FirstLook(label, accounts, sheet, since)
            return _with_company(reader, look) if company else look
    except (sqlite3.Error, ContactError, OSError):
        return None


def _with_company(reader: queries.Runner, look: FirstLook) -> FirstLook:
    """``look`` with its account's company details and, unless there are too many to read
    before the first frame, its users as the services would give them."""
    from contact_manager.services import user_rows
    from contact_manager.services.account_info import COLUMNS, account_info

    account_id = look.sheet.account_id
    (row,) = queries.account_rows(reader, account_id)
    info = account_info(dict(zip(COLUMNS, row, strict=True)))
    if queries.user_count_up_to(reader, account_id, USERS_UP_TO + 1) > USERS_UP_TO:
        return replace(look, info=info)
    return replace(look, info=info, users=user_rows.build(queries.user_rows(reader, account_id)))
