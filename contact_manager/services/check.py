"""Checking a database file from top to bottom, without changing it.

What ``contact-manager-cli check`` and Help > Check database... run: SQLite's
``integrity_check`` and ``foreign_key_check``, the comparison of the schema with the one our
migrations make (``store.schema``), and a read of every row: every text is UTF-8, every date
is a date, every enumerated value is one the app knows, and the rules hold (at most three
billing contacts, no deactivated holder). Each problem is one sentence in the user's language.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date, datetime
from pathlib import Path

from contact_manager.domain.errors import StorageError
from contact_manager.domain.history import Action
from contact_manager.domain.roles import BILLING_CAP, Role
from contact_manager.domain.text import translate
from contact_manager.store import schema, snapshot
from contact_manager.store.migrations import LATEST_VERSION

MAX_LISTED = 50  # problems of one kind past this are counted, not listed


@dataclass(frozen=True)
class CheckReport:
    path: Path
    version: int
    problems: list[str]

    @property
    def clean(self) -> bool:
        return not self.problems


def _is_date(value: str) -> bool:
    date.fromisoformat(value)
    return True


def _is_timestamp(value: str) -> bool:
    datetime.fromisoformat(value)
    return True


def _known(values: set[str], *, null: bool = False) -> Callable[[str | None], bool]:
    return lambda value: (null and value is None) or value in values


ROLES = {role.value for role in Role}
ACTIONS = {action.value for action in Action}
DATES = {
    ("account", "reviewed_on"): _is_date,
    ("account", "created_at"): _is_timestamp,
    ("history", "at"): _is_timestamp,
}
ENUMS = {
    ("role_assignment", "role"): _known(ROLES),
    ("history", "role"): _known(ROLES, null=True),
    ("history", "action"): _known(ACTIONS),
}


def _shown(value: object) -> str:
    """A value as the report quotes it: control characters escaped, long texts cut."""
    text = repr(value)
    return text if len(text) <= 60 else text[:57] + "..."


def check_database(path: str | Path) -> CheckReport:
    """Check the database file at ``path``; raises StorageError when it is none of ours."""
    path = Path(path)
    if not path.is_file():
        raise StorageError(StorageError.CANNOT_OPEN, str(path), translate("Check", "there is no such file."))
    if path.stat().st_size == 0:
        return CheckReport(path, 0, [translate("Check", "The file is empty: it holds no database yet.")])
    try:
        with snapshot.reading(path, in_memory=True) as con:
            # text that is no UTF-8 is reported by _rows, not fatal to the other queries
            con.text_factory = lambda raw: raw.decode("utf-8", "replace")
            version, application = schema.header(con)
            if version > LATEST_VERSION and application in (0, schema.APPLICATION_ID):
                raise StorageError(StorageError.NEWER, str(path))
            if version < 1 or schema.is_foreign(con, version, application):
                raise StorageError(StorageError.NOT_A_DATABASE, str(path))
            problems = _integrity(con) + _foreign_keys(con)
            problems += [_capital(finding.text) for finding in schema.schema_findings(con, version)]
            problems += _rows(con, version) + _rules(con)
    except (sqlite3.DatabaseError, UnicodeDecodeError) as error:  # the second: SQLite's own message
        raise StorageError(StorageError.NOT_A_DATABASE, str(path), str(error)) from error  # undecodable
    except OSError as error:  # the file or its -wal can't be read
        raise StorageError(StorageError.CANNOT_OPEN, str(path), error.strerror or str(error)) from error
    return CheckReport(path, version, problems)


def _capital(text: str) -> str:
    return text[:1].upper() + text[1:] + "."


def _integrity(con: sqlite3.Connection) -> list[str]:
    rows = [row[0] for row in con.execute("PRAGMA integrity_check(100)")]
    if rows == ["ok"]:
        return []
    return [translate("Check", "SQLite finds the file damaged: {detail}").format(detail=row) for row in rows]


def _foreign_keys(con: sqlite3.Connection) -> list[str]:
    text = translate("Check", "Row {row} of {table} refers to a row of {parent} that does not exist.")
    return [
        text.format(row=row, table=table, parent=parent)
        for table, row, parent, _key in con.execute("PRAGMA foreign_key_check").fetchmany(MAX_LISTED)
    ]


def _rows(con: sqlite3.Connection, version: int) -> list[str]:
    """Read every row of our tables: text that is no UTF-8, dates that are no dates, values unknown."""
    problems: list[str] = []
    present = {name for kind, name in schema.objects(con) if kind == "table"}
    # a full-text index (the history's, migration 6) and its own tables hold no data of ours:
    # what it indexes is read in its table, and its tables are SQLite's to keep
    virtual = [
        name
        for (name,) in con.execute(
            "SELECT name FROM sqlite_master WHERE type = 'table' AND sql LIKE 'CREATE VIRTUAL TABLE%'"
        )
    ]
    present -= {name for name in present if any(name == v or name.startswith(f"{v}_") for v in virtual)}
    tables = [name for kind, name in schema.expected(version) if kind == "table" and name in present]
    for table in sorted(tables):
        columns = [row[1] for row in con.execute(f'PRAGMA table_info("{table}")')]
        selected = ", ".join(f'typeof("{c}"), CAST("{c}" AS BLOB)' for c in columns)
        try:
            rows = con.execute(f'SELECT rowid, {selected} FROM "{table}" ORDER BY rowid')
            for row in rows:
                problems += _row_problems(table, columns, row)
                if len(problems) >= MAX_LISTED:
                    return problems
        except sqlite3.Error as error:
            problems.append(
                translate("Check", "The table {table} can't be read to the end: {detail}").format(
                    table=table, detail=error
                )
            )
    return problems


def _row_problems(table: str, columns: list[str], row: tuple) -> list[str]:
    problems = []
    rowid = row[0]
    for index, column in enumerate(columns):
        kind, raw = row[1 + 2 * index], row[2 + 2 * index]
        if kind != "text":
            continue
        try:
            value = raw.decode("utf-8")
        except UnicodeDecodeError:
            problems.append(
                translate("Check", "Row {row} of {table}: {column} is not valid text (not UTF-8).").format(
                    row=rowid, table=table, column=column
                )
            )
            continue
        parse = DATES.get((table, column))
        if parse is not None:
            try:
                parse(value)
            except ValueError:
                problems.append(
                    translate("Check", "Row {row} of {table}: {column} is not a date: {value}").format(
                        row=rowid, table=table, column=column, value=_shown(value)
                    )
                )
        known = ENUMS.get((table, column))
        if known is not None and not known(value):
            problems.append(
                translate(
                    "Check", "Row {row} of {table}: {column} holds a value this app does not know: {value}"
                ).format(row=rowid, table=table, column=column, value=_shown(value))
            )
    for (t, column), known in ENUMS.items():
        # a NULL where a known value is required (text values were checked above)
        if t == table and row[1 + 2 * columns.index(column)] == "null" and not known(None):
            problems.append(
                translate("Check", "Row {row} of {table}: {column} is empty.").format(
                    row=rowid, table=table, column=column
                )
            )
    return problems


def _rules(con: sqlite3.Connection) -> list[str]:
    """Rows that break the contact rules, whatever the schema let through."""
    problems = []
    try:
        for name, count in con.execute(
            "SELECT a.name, count(*) FROM role_assignment r JOIN account a ON a.id = r.account_id "
            "WHERE r.role = 'billing' GROUP BY r.account_id HAVING count(*) > ?",
            (BILLING_CAP,),
        ):
            problems.append(
                translate(
                    "Check", "The account {account} has {count} billing contacts; at most {cap} are allowed."
                ).format(account=_shown(name), count=count, cap=BILLING_CAP)
            )
        for rowid, slot in con.execute(
            "SELECT id, slot FROM role_assignment WHERE typeof(slot) <> 'integer' LIMIT ?", (MAX_LISTED,)
        ):
            problems.append(
                translate(
                    "Check", "Row {row} of role_assignment: the slot {value} is not a whole number."
                ).format(row=rowid, value=_shown(slot))
            )
        for account, email, role in con.execute(
            "SELECT a.name, u.email, r.role FROM role_assignment r JOIN app_user u ON u.id = r.user_id "
            "JOIN account a ON a.id = r.account_id WHERE u.active = 0 LIMIT ?",
            (MAX_LISTED,),
        ):
            problems.append(
                translate(
                    "Check",
                    "In the account {account}, {email} is deactivated but still holds a role ({role}).",
                ).format(
                    account=_shown(account),
                    email=_shown(email),
                    role=Role(role).label if role in ROLES else _shown(role),
                )
            )
    except sqlite3.Error as error:
        problems.append(translate("Check", "The rules can't be checked: {detail}").format(detail=error))
    return problems
