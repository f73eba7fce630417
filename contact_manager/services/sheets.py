"""An account's points of contact as stored, read with plain SQL.

``read_sheet`` is the one reading of a sheet: the services read it through the store's
connection (peewee's, which only runs the SQL), the window's first look through a plain
``sqlite3`` connection before peewee is even loaded (``services/first_look.py``). Both hand it
anything with ``execute_sql`` and ``param`` (``store/queries.py``).
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date, datetime
from typing import TypeGuard

from contact_manager.domain.contacts import ContactSheet, Person
from contact_manager.domain.damage import collect
from contact_manager.domain.errors import Conflict, NotFound
from contact_manager.domain.roles import OTHER_ROLES, Role
from contact_manager.store import queries
from contact_manager.store.decoding import RowReader


def read_sheet(
    db: queries.Runner, account_id: int, *, lock: bool = False, expected_version: int | None = None
) -> ContactSheet:
    """The sheet as stored. A row that can't be read is left out or shown marked, and
    noted in ``sheet.damage`` (see domain.damage). ``lock``: the account row stays locked
    until the commit (a server's write); ``expected_version``: raise Conflict if it moved on."""
    rows = queries.sheet_rows(db, account_id, lock=lock)
    if not rows:
        raise NotFound("account", account_id)
    account = rows[0][:4]
    read = RowReader("account", account[0])
    name = read.text("name", account[1])
    version = read.integer("version", account[2])
    if expected_version is not None and version != expected_version:
        raise Conflict(name)
    reviewed = read.day("reviewed_on", account[3])
    damage = list(read.damage)
    primary: Person | None = None
    billing: list[Person] = []
    others: dict[Role, Person | None] = {role: None for role in OTHER_ROLES}
    for row_id, role_value, _slot, external_email, *person in (row[4:] for row in rows):
        if row_id is None:  # the account's one row when it has no assignment
            continue
        read = RowReader("role_assignment", row_id)
        role = read.choice("role", role_value, Role)
        if person[0] is not None:
            holder = person_from_row(person)
            damage.extend(holder.damage)
        elif role is not None and role.accepts_external_email and type(external_email) is str:
            holder = Person(email=external_email)
        else:  # neither a user nor an outside address that can be read
            read.text("external_email", external_email)
            role = None
        damage.extend(read.damage)
        if role is None:
            continue
        if role is Role.PRIMARY:
            primary = holder
        elif role is Role.BILLING:
            billing.append(holder)
        else:
            others[role] = holder
    return ContactSheet(
        account_id=account_id,
        account_name=name,
        version=version,
        primary=primary,
        billing=tuple(billing),
        others=others,
        reviewed_on=reviewed,
        damage=collect([damage]),
    )


def security_since(db: queries.Runner, account_id: int) -> date | None:
    """The day the security contact was last set (for the health check of an outside address)."""
    at = queries.security_set_at(db, account_id)
    try:
        return datetime.fromisoformat(at).date() if isinstance(at, str) and at else None
    except ValueError:  # a damaged time: as if never set, so the check asks for a look
        return None


def reads_as_stored(row: Sequence[object]) -> TypeGuard[tuple[int, str, str, str, int, str, str]]:
    """Every value of a ``queries.PERSON_COLUMNS`` row is what the schema promises (texts, an
    integer id, a 0/1 flag): the row needs no ``RowReader``."""
    user_id, first, last, email, active, job_title, phone = row
    return (
        type(first) is str
        and type(last) is str
        and type(email) is str
        and type(job_title) is str
        and type(phone) is str
        and type(user_id) is int
        and (active == 0 or active == 1)
    )


def person_from_row(row: Sequence[object]) -> Person:
    """A Person from the columns of ``queries.PERSON_COLUMNS``; a value that can't be read is
    kept as DamagedText and noted in ``person.damage``."""
    if reads_as_stored(row):  # the usual case, checked at once
        uid, given, family, address, flag, title, number = row
        return Person(address, given, family, uid, bool(flag), title, number)
    user_id, first, last, email, active, job_title, phone = row
    read = RowReader("app_user", user_id)
    return Person(
        email=read.text("email", email),
        first_name=read.text("first_name", first),
        last_name=read.text("last_name", last),
        user_id=user_id if type(user_id) is int else None,
        active=read.flag("active", active, default=False),
        job_title=read.text("job_title", job_title),
        phone=read.text("phone", phone),
        damage=tuple(read.damage),
    )
