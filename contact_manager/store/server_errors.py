"""A server's failures sorted into StorageError kinds by SQLSTATE, never by message words.

A connection that could not be made carries no SQLSTATE (libpq reports it before any
exchange with a result): it is sorted by what libpq knows of it instead, whether the
server asked for a password and whether one was sent. Constraint violations (class 23) and
a trigger's refusal are rules, not storage problems: None, as on SQLite.
"""

from __future__ import annotations

from contact_manager.store.errors import StorageError

_BY_STATE = {
    "28P01": StorageError.PASSWORD,  # invalid_password
    "28000": StorageError.PASSWORD,  # invalid_authorization_specification
    "57014": StorageError.TIMEOUT,  # query_canceled (statement_timeout)
    "42501": StorageError.PERMISSION,  # insufficient_privilege
    "25006": StorageError.PERMISSION,  # read_only_sql_transaction
    "40001": StorageError.CONFLICT,  # serialization_failure
    "40P01": StorageError.CONFLICT,  # deadlock_detected
    "55P03": StorageError.LOCKED,  # lock_not_available
    "53100": StorageError.FULL,  # disk_full
    "42P01": StorageError.NO_SCHEMA,  # undefined_table: the database lacks our schema
    "3D000": StorageError.UNREACHABLE,  # invalid_catalog_name: no such database
}
_BY_CLASS = {
    "08": StorageError.CONNECTION_LOST,  # connection_exception
    "57": StorageError.CONNECTION_LOST,  # admin_shutdown, crash_shutdown, cannot_connect_now
    "53": StorageError.DISK,  # insufficient_resources
    "58": StorageError.DISK,  # system_error (an I/O error on the server)
}


def psycopg_error(error: BaseException) -> BaseException | None:
    """The psycopg error behind ``error`` (itself, or the one peewee wrapped)."""
    try:
        import psycopg
    except ImportError:  # no driver: nothing of ours can have failed on a server
        return None
    seen: set[int] = set()
    current: BaseException | None = error
    while current is not None and id(current) not in seen:
        seen.add(id(current))
        if isinstance(current, psycopg.Error):
            return current
        current = getattr(current, "orig", None) or current.__cause__ or current.__context__
    return None


def classify_server(error: BaseException, label: str) -> StorageError | None:
    """The StorageError a server failure stands for, or None when it is a bug or a rule."""
    import psycopg

    found = psycopg_error(error)
    if found is None:
        return None
    detail = str(found).strip().splitlines()[0] if str(found).strip() else ""
    state = getattr(found, "sqlstate", None)
    if state:
        kind = _BY_STATE.get(state) or _BY_CLASS.get(state[:2])
        return StorageError(kind, label, detail) if kind else None
    if isinstance(found, psycopg.OperationalError | psycopg.InterfaceError):
        return StorageError(StorageError.CONNECTION_LOST, label, detail)
    return None


def connection_failure(error: BaseException, label: str) -> StorageError:
    """Why a connection could not be opened: a password refused (or needed), else the server
    could not be reached (libpq's own words as the detail)."""
    found = psycopg_error(error)
    pgconn = getattr(found, "pgconn", None)
    detail = _libpq_detail(found)
    if pgconn is not None and (pgconn.needs_password or pgconn.used_password):
        return StorageError(StorageError.PASSWORD, label, detail)
    state = getattr(found, "sqlstate", None)
    if state and state in _BY_STATE:
        return StorageError(_BY_STATE[state], label, detail)
    return StorageError(StorageError.UNREACHABLE, label, detail)


def _libpq_detail(found: BaseException | None) -> str:
    """libpq's explanation, one line (its last: the first only says which address failed)."""
    if found is None:
        return ""
    lines = [line.strip() for line in str(found).splitlines() if line.strip()]
    if not lines:
        return ""
    text = lines[0]
    if "failed:" in text:  # "connection to server at ... failed: <why>"
        text = text.rsplit("failed:", 1)[1].strip()
    return text.removeprefix("FATAL:").strip()
