"""Who may do what on an office database: two database roles, granted to login roles.

``contact_manager_editor`` may read and change the accounts (history: add rows only);
``contact_manager_reader`` may read them. ``setup`` (run once by the database's owner) makes
the schema and both roles; ``grant`` makes a login role one or the other, ``revoke`` neither.
The server enforces it: a reader's write is refused by the server itself (42501), whatever
the client does, and the store opens a reader's connection read-only.
"""

from __future__ import annotations

from contact_manager.store.connection import Store
from contact_manager.store.errors import StorageError
from contact_manager.store.server_migrations import VERSION_TABLE

EDITOR = "contact_manager_editor"
READER = "contact_manager_reader"
ROLES = (EDITOR, READER)
TABLES = ("account", "app_user", "role_assignment", "history", VERSION_TABLE)


class RoleProblem(StorageError):
    """A grant or revoke that can't be done as asked: the sentence says what to do."""

    NO_SUCH_ROLE = "no_such_role"
    NOT_SET_UP = "not_set_up"

    def __init__(self, kind: str, path: str = "", detail: str = "") -> None:
        super().__init__(kind, path, detail)

    @property
    def message(self) -> str:
        from contact_manager.domain.text import translate

        if self.kind == self.NO_SUCH_ROLE:
            return translate(
                "Storage",
                "The server has no login role {detail}: its administrator creates it first "
                "(CREATE ROLE {detail} LOGIN PASSWORD '...').",
            ).format(detail=self.detail)
        return translate(
            "Storage",
            "{path} is not set up for Contact Manager yet: run contact-manager-cli server setup first.",
        ).format(path=self.path)


def _quoted(name: str) -> str:
    """``name`` as an SQL identifier, quoted (a role name can hold any character)."""
    return '"' + name.replace('"', '""') + '"'


def _role_exists(store: Store, name: str) -> bool:
    row = store.db.execute_sql("SELECT 1 FROM pg_catalog.pg_roles WHERE rolname = %s", (name,)).fetchone()
    return row is not None


def setup(url: str, password: str | None = None) -> Store:
    """Create (or bring up to date) the schema and the two roles with their rights; the store
    it opened (closed by the caller). Safe to run again."""
    store = Store.open(url, password=password)
    try:
        with store.transaction():
            for role in ROLES:
                if not _role_exists(store, role):
                    store.db.execute_sql(f"CREATE ROLE {role} NOLOGIN")
            tables = ", ".join(TABLES)
            store.db.execute_sql(f"GRANT USAGE ON SCHEMA {_schema(store)} TO {EDITOR}, {READER}")
            store.db.execute_sql(f"GRANT SELECT ON {tables} TO {READER}, {EDITOR}")
            changed = "account, app_user, role_assignment"
            store.db.execute_sql(f"GRANT INSERT, UPDATE, DELETE ON {changed} TO {EDITOR}")
            store.db.execute_sql(f"GRANT INSERT ON history TO {EDITOR}")
            store.db.execute_sql(f"GRANT USAGE ON ALL SEQUENCES IN SCHEMA {_schema(store)} TO {EDITOR}")
    except BaseException:
        store.close()
        raise
    return store


def _schema(store: Store) -> str:
    return _quoted(store.db.execute_sql("SELECT current_schema()").fetchone()[0])


def grant(store: Store, user: str, role: str) -> None:
    """Make the login role ``user`` an editor or a reader (and not the other)."""
    if role not in ROLES:
        raise ValueError(role)
    with store.transaction():
        _require(store, user)
        other = READER if role == EDITOR else EDITOR
        store.db.execute_sql(f"REVOKE {other} FROM {_quoted(user)}")
        store.db.execute_sql(f"GRANT {role} TO {_quoted(user)}")


def revoke(store: Store, user: str) -> None:
    """Take both roles from ``user``: it can no longer open the office database's data."""
    with store.transaction():
        _require(store, user)
        store.db.execute_sql(f"REVOKE {EDITOR}, {READER} FROM {_quoted(user)}")


def role_of(store: Store, user: str) -> str | None:
    """EDITOR, READER or None: what ``user`` was granted."""
    for role in ROLES:
        row = store.db.execute_sql("SELECT pg_has_role(%s, %s, 'MEMBER')", (user, role)).fetchone()
        if row[0]:
            return role
    return None


def _require(store: Store, user: str) -> None:
    if not all(_role_exists(store, role) for role in ROLES):
        raise RoleProblem(RoleProblem.NOT_SET_UP, store.label)
    if not _role_exists(store, user):
        raise RoleProblem(RoleProblem.NO_SUCH_ROLE, store.label, user)
