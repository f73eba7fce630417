"""A PostgreSQL server database, through peewee's PostgreSQL support on psycopg 3.

The SQL the services and the store's hot path write is portable, with ``?`` placeholders
(SQLite's). ``ServerDatabase`` turns those into psycopg's ``%s`` (once per statement text,
cached), so the same statements run on both backends; peewee's own queries already use
``%s`` and pass through untouched.

A password is never part of the URL that is kept or shown: libpq reads ``~/.pgpass`` and
``PGPASSWORD`` itself, and ``password=`` is how a caller passes one it asked for.
"""

from __future__ import annotations

from functools import lru_cache
from typing import Any

from peewee import PostgresqlDatabase

from contact_manager.domain.target import redact, without_password
from contact_manager.store.pg_driver import give_to_peewee

CHANGES_CHANNEL = "contact_manager_changes"  # pg_notify payload: the changed account's id, as text
CONNECT_TIMEOUT_S = 10
APPLICATION_NAME = "contact-manager"


@lru_cache(maxsize=512)
def to_format_style(sql: str) -> str:
    """``sql`` with its ``?`` placeholders (outside quotes) as ``%s``, every ``%`` doubled."""
    out: list[str] = []
    quote = ""
    for char in sql:
        if quote:
            if char == quote:
                quote = ""
            out.append("%%" if char == "%" else char)
        elif char in "'\"":
            quote = char
            out.append(char)
        elif char == "?":
            out.append("%s")
        elif char == "%":
            out.append("%%")
        else:
            out.append(char)
    return "".join(out)


class ServerDatabase(PostgresqlDatabase):
    """peewee's PostgreSQL database, taking the store's ``?``-style SQL as well as its own."""

    def execute_sql(self, sql: str, params: Any = None) -> Any:
        if params:
            if "?" in sql:
                sql = to_format_style(sql)
        elif "%" in sql:  # peewee passes () for no parameters, and psycopg then reads every %
            sql = sql.replace("%", "%%")
        return super().execute_sql(sql, params)


def connect_args(url: str, password: str | None) -> dict[str, Any]:
    """What psycopg.connect gets besides the URL (no password in it unless one was given)."""
    args: dict[str, Any] = {"connect_timeout": CONNECT_TIMEOUT_S, "application_name": APPLICATION_NAME}
    if password is not None:
        args["password"] = password
    return args


def open_database(url: str, password: str | None = None) -> ServerDatabase:
    """An unconnected ServerDatabase for ``url`` (a password in the URL itself, as its user's or
    as a ``password=`` option, is taken out of what is kept and used as ``password`` instead:
    ``connect_params["password"]``)."""
    from urllib.parse import parse_qsl, unquote, urlsplit

    parts = urlsplit(url)
    options = [value for key, value in parse_qsl(parts.query) if key.lower() == "password"]
    inline = parts.password if parts.password is not None else (options[-1] if options else None)
    if inline is not None and password is None:
        password = unquote(inline) if parts.password is not None else inline
    clean = without_password(url)
    give_to_peewee()  # peewee was imported without it (pg_driver)
    database = ServerDatabase(clean, autoconnect=True, prefer_psycopg3=True, **connect_args(clean, password))
    database.shown_url = redact(clean)  # type: ignore[attr-defined]
    return database


class ServerReader:
    """A connection of one thread's own to the server that only reads, answering
    ``execute(sql, params)`` with ``?`` placeholders as an sqlite3 connection does."""

    def __init__(self, url: str, password: str | None) -> None:
        import psycopg

        from contact_manager.store.server_errors import connection_failure

        self.label = redact(url)
        try:
            self.connection = psycopg.connect(url, autocommit=True, **connect_args(url, password))
        except psycopg.Error as error:  # the worker's answer is then the one sentence
            raise connection_failure(error, self.label) from error
        self.execute("SET default_transaction_read_only = on")

    def execute(self, sql: str, params: Any = ()) -> Any:
        from contact_manager.store.server_errors import classify_server

        try:
            return self.connection.execute(to_format_style(sql) if params else sql, params or None)
        except Exception as error:
            problem = classify_server(error, self.label)
            if problem is None:
                raise
            raise problem from error

    def close(self) -> None:
        self.connection.close()


class ServerTarget(str):
    """What a worker thread needs to open its own reading connection to the server: the URL
    (the str itself, without password) and the password the store was opened with."""

    password: str | None

    def __new__(cls, url: str, password: str | None = None) -> ServerTarget:
        made = super().__new__(cls, url)
        made.password = password
        return made

    def __repr__(self) -> str:  # never the password
        return f"ServerTarget({redact(str(self))!r})"


def connect_and_prepare(database: ServerDatabase, label: str, *, migrate: bool) -> bool:
    """Connect, bring the schema up to date when this role may, and say whether the
    connection is read-only (a reader role: no right to change the accounts)."""
    from contact_manager.store import server_migrations
    from contact_manager.store.errors import StorageError
    from contact_manager.store.server_errors import connection_failure

    try:
        database.connect(reuse_if_open=True)
    except Exception as error:
        raise connection_failure(error, label) from error
    if server_migrations.has_schema(database) and not can_read(database):
        raise StorageError(StorageError.NO_ACCESS, label)
    version = server_migrations.schema_version(database)
    latest = server_migrations.SERVER_MIGRATIONS[-1].version
    if version > latest:
        raise StorageError(StorageError.NEWER, label)
    read_only = version > 0 and not can_write(database)
    if version < latest:
        if read_only or not migrate:
            if version == 0:
                raise StorageError(StorageError.NO_SCHEMA, label)
            if read_only:
                raise StorageError(StorageError.READ_ONLY, label)  # can't be upgraded by a reader
        else:
            server_migrations.migrate(database, label)
    return read_only


def server_migrations_table() -> str:
    from contact_manager.store.server_migrations import VERSION_TABLE

    return VERSION_TABLE


def can_read(database: ServerDatabase) -> bool:
    """Whether this role was granted a role on the office database (or owns it)."""
    row = database.execute_sql(
        "SELECT has_table_privilege(%s, 'SELECT')", (server_migrations_table(),)
    ).fetchone()
    return bool(row[0])


def can_write(database: ServerDatabase) -> bool:
    """Whether this role may change the accounts (an editor or the owner)."""
    row = database.execute_sql("SELECT has_table_privilege('account', 'UPDATE')").fetchone()
    return bool(row[0])


class StoreReader:
    """The store's own server connection answering ``execute(sql, params)`` with ``?``
    placeholders, for the reads written for an sqlite3 connection (``Store.reading_connection``)."""

    def __init__(self, database: ServerDatabase) -> None:
        self.database = database

    def execute(self, sql: str, params: Any = ()) -> Any:
        return self.database.execute_sql(sql, tuple(params))


def execute_many(database: ServerDatabase, sql: str, rows: list[tuple]) -> None:
    """``sql`` (``?`` placeholders) once per row, in one round of the protocol's pipeline."""
    with database.cursor() as cursor:
        cursor.executemany(to_format_style(sql), rows)
