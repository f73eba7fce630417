"""An account as the JSON exchange writes it, read with plain SQL (no peewee).

``read_document(db, account_id)`` reads the account's details, every role and its users on
anything ``store/queries.py`` can run statements on: the store's connection (the File menu's
export, ``services/exchange.py``, inside one read) or a worker thread's own connection (a
server's daily exports, ``services/server_backups.py``, one snapshot per account). An export
carries no damaged value: a value that can't be read raises DamagedData naming it.

``AccountDocument.as_dict()`` is the JSON-ready document; ``chunks()`` is its text a user at a
time, the same characters ``json.dumps(as_dict(), indent=2)`` gives, without the dictionary of
each of 100,000 users held at once (and a few times quicker); ``write_document`` writes them
to a file whole or not at all.
"""

from __future__ import annotations

import json
import os
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from contact_manager.domain.company import FIELDS
from contact_manager.domain.contacts import Person
from contact_manager.domain.damage import DamagedData, collect
from contact_manager.domain.errors import NotFound
from contact_manager.files import atomic_write
from contact_manager.services.account_info import COLUMNS, account_info
from contact_manager.services.backups_daily import Cancelled
from contact_manager.services.sheets import person_from_row, read_sheet
from contact_manager.store import queries

FORMAT = "contact-manager/account"
FORMAT_VERSION = 1
DETAIL_FIELDS = tuple(f for f in FIELDS if f != "name")
_quoted = json.encoder.encode_basestring  # a text as json.dumps writes it (ensure_ascii=False)
BATCH = 1000  # users fetched at a time: a worker thread lets the window's thread in between


def refuse_damaged(*damage: tuple) -> None:
    """An export carries no damaged value: DamagedData names them instead."""
    found = collect(damage)
    if found:
        raise DamagedData(found)


@dataclass(frozen=True)
class AccountDocument:
    head: dict[str, Any]  # the format and the account's details
    users: list[Person]  # by last name, first name and address
    contacts: list[dict[str, Any]]  # every role held, by role and slot

    def as_dict(self) -> dict[str, Any]:
        return {**self.head, "users": [_user(person) for person in self.users], "contacts": self.contacts}

    def chunks(self) -> Iterator[str]:
        """The document's JSON text (``ensure_ascii=False, indent=2``, a line end at the
        end), in pieces: the users' part a user at a time."""
        head = _dumps(self.head)
        yield head[: -len("\n}")]  # its last member, then the users' list
        yield ',\n  "users": ['
        for number, person in enumerate(self.users):
            yield ("\n    " if number == 0 else ",\n    ") + _user_text(person)
        yield "\n  ],\n" if self.users else "],\n"
        contacts = _indented(_dumps(self.contacts), "  ")
        yield f'  "contacts": {contacts}\n}}\n'


def write_document(
    document: AccountDocument, path: str | os.PathLike[str], cancelled: Callable[[], bool] | None = None
) -> Path:
    """Write ``document``'s JSON text to ``path`` (``files.atomic_write``: whole or not at all);
    ``cancelled()`` is asked every ``BATCH`` users (``backups_daily.Cancelled``, no file left)."""
    with atomic_write(path) as stream:
        for number, chunk in enumerate(document.chunks(), 1):
            if cancelled is not None and number % BATCH == 0 and cancelled():
                raise Cancelled
            stream.write(chunk)
    return Path(path)


def read_document(
    db: queries.Runner, account_id: int, *, cancelled: Callable[[], bool] | None = None
) -> AccountDocument:
    """The account as exported; NotFound if it is gone, DamagedData if a value can't be read.
    Its statements should see one state of the database: the caller's read or snapshot.
    ``cancelled()`` is asked between batches of users (``backups_daily.Cancelled`` then)."""
    rows = queries.account_rows(db, account_id)
    if not rows:
        raise NotFound("account", account_id)
    info = account_info(dict(zip(COLUMNS, rows[0], strict=True)))
    sheet = read_sheet(db, account_id)
    cursor = queries.user_cursor(db, account_id)
    users: list[Person] = []
    while batch := cursor.fetchmany(BATCH):
        if cancelled is not None and cancelled():
            raise Cancelled
        users.extend(person_from_row(row) for row in batch)
    refuse_damaged(info.damage, sheet.damage, *(person.damage for person in users))
    head = {
        "format": FORMAT,
        "format_version": FORMAT_VERSION,
        "account": {
            "name": info.name,
            **{field: getattr(info.details, field) for field in DETAIL_FIELDS},
            "reviewed_on": sheet.reviewed_on.isoformat() if sheet.reviewed_on else None,
        },
    }
    contacts = [
        {"role": role.value, "email": person.email, "external": person.external}
        for role, person in sheet.assignments()
    ]
    return AccountDocument(head, users, contacts)


def _user(person: Person) -> dict[str, Any]:
    return {
        "first_name": person.first_name,
        "last_name": person.last_name,
        "email": person.email,
        "job_title": person.job_title,
        "phone": person.phone,
        "active": person.active,
    }


def _user_text(person: Person) -> str:
    """``_user(person)`` as ``_dumps`` writes it inside the users' list. Not json.dumps itself:
    each of its calls with an indent leaves a few dozen objects in reference cycles, which
    only a collection frees (for 100,000 users, one that holds the interpreter a second)."""
    return (
        f'{{\n      "first_name": {_quoted(person.first_name)},'
        f'\n      "last_name": {_quoted(person.last_name)},'
        f'\n      "email": {_quoted(person.email)},'
        f'\n      "job_title": {_quoted(person.job_title)},'
        f'\n      "phone": {_quoted(person.phone)},'
        f'\n      "active": {"true" if person.active else "false"}\n    }}'
    )


def _dumps(value: object) -> str:
    return json.dumps(value, ensure_ascii=False, indent=2)


def _indented(text: str, margin: str) -> str:
    """``text`` (JSON: no line end inside a string) with every line but the first indented."""
    return text.replace("\n", "\n" + margin)
