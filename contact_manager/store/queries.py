"""The hot-path statements, written once as plain parametrised SQL.

Building a query through peewee's expression tree costs about a millisecond of CPU; a
contact change runs several, and the benchmark (bench/bench_core.py) holds it to twice
plain sqlite3. These statements are portable SQL; ``db.param`` is the driver's
placeholder, so a server backend can run them unchanged.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING, Any, Protocol

if TYPE_CHECKING:
    from peewee import Database


class Runner(Protocol):
    """What a reading statement needs of a connection: peewee's ``Database`` has it, and so
    has the window's first look at a file, before peewee is loaded (``store/first_look.py``)."""

    param: str

    def execute_sql(self, sql: str, params: Sequence[object] = ...) -> Any: ...


PERSON_COLUMNS = "u.id, u.first_name, u.last_name, u.email, u.active, u.job_title, u.phone"


def _sql(db: Runner, text: str) -> str:
    return text.replace("?", db.param) if db.param != "?" else text


def account_row(db: Runner, account_id: int, *, lock: bool = False) -> tuple | None:
    """(id, name, version, reviewed_on) of the account, or None; ``lock``: the row locked
    until the commit (a server's write: ``Store.locks_rows``)."""
    text = "SELECT id, name, version, reviewed_on FROM account WHERE id = ?"
    cursor = db.execute_sql(_sql(db, text + " FOR UPDATE" if lock else text), (account_id,))
    return cursor.fetchone()


def sheet_rows(db: Runner, account_id: int, *, lock: bool = False) -> list[tuple]:
    """The account's sheet in one statement: a row per assignment, by role and slot, each
    (id, name, version, reviewed_on) of the account, then (id, role, slot, external_email,
    *person columns) of the assignment; one row with the assignment's columns NULL when it
    has none, and no row for an account that does not exist. ``lock``: the account row is
    locked until the commit (as ``account_row``'s)."""
    text = (
        f"SELECT a.id, a.name, a.version, a.reviewed_on, r.id, r.role, r.slot, r.external_email, "
        f"{PERSON_COLUMNS} FROM account a "
        "LEFT JOIN role_assignment r ON r.account_id = a.id LEFT JOIN app_user u ON u.id = r.user_id "
        "WHERE a.id = ? ORDER BY r.role, r.slot"
    )
    return db.execute_sql(_sql(db, text + " FOR UPDATE OF a" if lock else text), (account_id,)).fetchall()


def account_names(db: Runner) -> list[tuple]:
    """(id, name) of every account, by name."""
    return db.execute_sql("SELECT id, name FROM account ORDER BY name_key, id").fetchall()


# When the security contact was last set: the newest history row naming the role, or replacing
# a person in every role with the role in its subject. Each half is read from its own index
# (the role's; migration 7's of the replacements: the action is written out, so the planner
# may use that partial index), never from every change of the account.
SECURITY_SET_AT = (
    "SELECT max(at) FROM ("
    "SELECT max(at) AS at FROM history WHERE account_id = ? AND role = 'security' "
    "UNION ALL SELECT max(at) AS at FROM history WHERE account_id = ? "
    "AND action = 'person.replace' AND ',' || subject || ',' LIKE ?) AS found"
)


def security_set_at(db: Runner, account_id: int) -> str | None:
    """When the security contact was last set (``SECURITY_SET_AT``), as stored. The pattern
    is a parameter: a ``%`` written in the text would be a placeholder to psycopg."""
    row = db.execute_sql(_sql(db, SECURITY_SET_AT), (account_id, account_id, "%,security,%")).fetchone()
    return row[0] if row else None


ACCOUNT_COLUMNS = (
    *("id", "name", "version", "reviewed_on"),
    *("address", "country", "phone", "website", "vat_number"),
)


def account_rows(db: Runner, account_id: int | None = None) -> list[tuple]:
    """``ACCOUNT_COLUMNS`` of every account by name (or of the one account), as stored: the
    services check each value."""
    columns = ", ".join(ACCOUNT_COLUMNS)
    if account_id is None:
        return db.execute_sql(f"SELECT {columns} FROM account ORDER BY name_key, id").fetchall()
    return db.execute_sql(_sql(db, f"SELECT {columns} FROM account WHERE id = ?"), (account_id,)).fetchall()


def user_rows(db: Runner, account_id: int, *, include_inactive: bool = True) -> list[tuple]:
    """The person columns of every user of the account, by last name, first name and address."""
    return user_cursor(db, account_id, include_inactive=include_inactive).fetchall()


def user_count_up_to(db: Runner, account_id: int, limit: int) -> int:
    """How many users the account has, counted no further than ``limit``: whether it is
    large is known from ``limit`` index entries, not from all of its 100,000."""
    sql = "SELECT count(*) FROM (SELECT 1 FROM app_user WHERE account_id = ? LIMIT ?) AS found"
    return int(db.execute_sql(_sql(db, sql), (account_id, limit)).fetchone()[0])


def user_cursor(db: Runner, account_id: int, *, include_inactive: bool = True) -> Any:
    """``user_rows`` as a cursor, to be fetched a batch at a time."""
    only_active = "" if include_inactive else "AND u.active = 1 "
    return db.execute_sql(
        _sql(
            db,
            f"SELECT {PERSON_COLUMNS} FROM app_user u WHERE u.account_id = ? {only_active}"
            "ORDER BY u.last_name, u.first_name, u.email_key",
        ),
        (account_id,),
    )


HISTORY_COLUMNS = "id, at, actor, action, role, subject, old_value, new_value"


def history_rows(
    db: Database, account_id: int, *, newest_first: bool = True, limit: int | None = None
) -> list:
    """(id, at, actor, action, role, subject, old_value, new_value) of the account's history."""
    order = "DESC" if newest_first else "ASC"
    text = f"SELECT {HISTORY_COLUMNS} FROM history WHERE account_id = ? ORDER BY id {order}"
    params: tuple = (account_id,)
    if limit:
        text += " LIMIT ?"
        params = (account_id, int(limit))
    return db.execute_sql(_sql(db, text), params).fetchall()


def person_row(db: Database, account_id: int, user_id: int) -> tuple | None:
    cursor = db.execute_sql(
        _sql(db, f"SELECT {PERSON_COLUMNS} FROM app_user u WHERE u.id = ? AND u.account_id = ?"),
        (user_id, account_id),
    )
    return cursor.fetchone()


def bump_version(db: Database, account_id: int, expected_version: int | None) -> object | None:
    """Claim the account's next version: the version as now stored, or None when it is not
    ``expected_version`` any more (or there is no such account)."""
    text = "UPDATE account SET version = version + 1 WHERE id = ?"
    params: tuple[int, ...] = (account_id,)
    if expected_version is not None:
        text, params = text + " AND version = ?", (account_id, expected_version)
    rows = db.execute_sql(_sql(db, text + " RETURNING version"), params).fetchall()
    return rows[0][0] if rows else None


def insert_history(db: Database, row: tuple) -> None:
    """row: (account_id, at, actor, action, role, subject, old_value, new_value)."""
    db.execute_sql(
        _sql(
            db,
            "INSERT INTO history (account_id, at, actor, action, role, subject, old_value, new_value) "
            "VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
        ),
        row,
    )


def replace_holder(
    db: Database, account_id: int, role: str, user_id: int | None, external_email: str | None
) -> None:
    """Make ``role`` (slot 0) held by the user, or by the outside address.

    An existing holder is replaced in place (UPDATE): the schema refuses deleting the primary
    contact's row, so a replacement must never need one.
    """
    cursor = db.execute_sql(
        _sql(
            db,
            "UPDATE role_assignment SET user_id = ?, external_email = ? "
            "WHERE account_id = ? AND role = ? AND slot = 0",
        ),
        (user_id, external_email, account_id, role),
    )
    if cursor.rowcount:
        return
    db.execute_sql(
        _sql(
            db,
            "INSERT INTO role_assignment (account_id, role, slot, user_id, external_email) "
            "VALUES (?, ?, 0, ?, ?)",
        ),
        (account_id, role, user_id, external_email),
    )
