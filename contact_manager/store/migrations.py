"""Schema versions: small named functions, applied in order, each in one transaction.

The version lives in ``PRAGMA user_version``. Before an existing database is upgraded,
a copy is made with SQLite's backup API. A database from a newer version, or another
program's SQLite file (tables but no version), is refused and left untouched. The DDL is
SQLite's; a server backend would get its own list.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path
from typing import TYPE_CHECKING

from contact_manager.store.errors import StorageError
from contact_manager.store.schema import APPLICATION_ID

if TYPE_CHECKING:  # LATEST_VERSION is read without peewee (the first look at a file)
    from peewee import Database

# The roles as the first schema knew them, frozen here: a new Role needs a migration of its own
# that widens these CHECKs (tests/store/test_migrations.py fails until it exists).
ROLES_SQL = "'primary','billing','decision_maker','onboarding','security','technical_admin'"


def m001_initial(db: Database) -> None:
    """Accounts, users, role assignments and history, with the rules as constraints."""
    db.execute_sql(
        """
        CREATE TABLE account (
            id INTEGER PRIMARY KEY,
            name VARCHAR(200) NOT NULL CHECK (length(trim(name)) > 0),
            name_key VARCHAR(200) NOT NULL UNIQUE,
            address TEXT NOT NULL DEFAULT '',
            country VARCHAR(2) NOT NULL DEFAULT '',
            phone VARCHAR(25) NOT NULL DEFAULT '',
            website VARCHAR(200) NOT NULL DEFAULT '',
            vat_number VARCHAR(30) NOT NULL DEFAULT '',
            reviewed_on DATE,
            version INTEGER NOT NULL DEFAULT 1 CHECK (version >= 1),
            created_at TIMESTAMP NOT NULL
        )"""
    )
    db.execute_sql(
        """
        CREATE TABLE app_user (
            id INTEGER PRIMARY KEY,
            account_id INTEGER NOT NULL REFERENCES account (id) ON DELETE CASCADE,
            first_name VARCHAR(100) NOT NULL,
            last_name VARCHAR(100) NOT NULL,
            email VARCHAR(254) NOT NULL CHECK (email LIKE '%_@_%'),
            email_key VARCHAR(254) NOT NULL,
            active BOOLEAN NOT NULL DEFAULT 1 CHECK (active IN (0, 1)),
            job_title VARCHAR(100) NOT NULL DEFAULT '',
            phone VARCHAR(25) NOT NULL DEFAULT '',
            CHECK (length(trim(first_name)) + length(trim(last_name)) > 0),
            UNIQUE (account_id, email_key),
            UNIQUE (id, account_id)
        )"""
    )
    db.execute_sql(
        f"""
        CREATE TABLE role_assignment (
            id INTEGER PRIMARY KEY,
            account_id INTEGER NOT NULL REFERENCES account (id) ON DELETE CASCADE,
            role VARCHAR(20) NOT NULL CHECK (role IN ({ROLES_SQL})),
            slot INTEGER NOT NULL DEFAULT 0
                CHECK (slot = 0 OR (role = 'billing' AND slot BETWEEN 0 AND 2)),
            user_id INTEGER,
            external_email VARCHAR(254),
            CHECK ((user_id IS NULL) <> (external_email IS NULL)),
            CHECK (external_email IS NULL OR role = 'security'),
            UNIQUE (account_id, role, slot),
            UNIQUE (account_id, role, user_id),
            FOREIGN KEY (user_id, account_id) REFERENCES app_user (id, account_id)
                ON DELETE RESTRICT
        )"""
    )
    db.execute_sql("CREATE INDEX role_assignment_user ON role_assignment (user_id)")
    db.execute_sql(
        f"""
        CREATE TABLE history (
            id INTEGER PRIMARY KEY,
            account_id INTEGER NOT NULL REFERENCES account (id) ON DELETE CASCADE,
            at VARCHAR(32) NOT NULL,
            actor VARCHAR(100) NOT NULL,
            action VARCHAR(40) NOT NULL,
            role VARCHAR(20) CHECK (role IS NULL OR role IN ({ROLES_SQL})),
            subject TEXT NOT NULL DEFAULT '',
            old_value TEXT,
            new_value TEXT
        )"""
    )
    db.execute_sql("CREATE INDEX history_account ON history (account_id, id)")


def m002_guard_holders_and_history(db: Database) -> None:
    """Refuse, in the schema, a role for a deactivated user, deactivating a holder, and
    rewriting history. Data written before this version may still have a deactivated
    holder: the app flags it rather than changing it."""
    db.execute_sql(
        """
        CREATE TRIGGER role_assignment_active_insert BEFORE INSERT ON role_assignment
        WHEN NEW.user_id IS NOT NULL
             AND (SELECT active FROM app_user WHERE id = NEW.user_id) = 0
        BEGIN SELECT RAISE(ABORT, 'a deactivated user cannot hold a role'); END"""
    )
    db.execute_sql(
        """
        CREATE TRIGGER role_assignment_active_update BEFORE UPDATE OF user_id ON role_assignment
        WHEN NEW.user_id IS NOT NULL
             AND (SELECT active FROM app_user WHERE id = NEW.user_id) = 0
        BEGIN SELECT RAISE(ABORT, 'a deactivated user cannot hold a role'); END"""
    )
    db.execute_sql(
        """
        CREATE TRIGGER app_user_deactivate_holder BEFORE UPDATE OF active ON app_user
        WHEN NEW.active = 0 AND OLD.active = 1
             AND EXISTS (SELECT 1 FROM role_assignment WHERE user_id = NEW.id)
        BEGIN SELECT RAISE(ABORT, 'a user who holds a role cannot be deactivated'); END"""
    )
    db.execute_sql(
        """
        CREATE TRIGGER history_append_only BEFORE UPDATE ON history
        BEGIN SELECT RAISE(ABORT, 'history is append-only'); END"""
    )


def _is_address(column: str) -> str:
    """SQL that is true when ``column`` has the shape of an email address: one @, something
    before it, a domain with a dot inside, at most 254 characters, no space or control
    character (C0, DEL, C1, U+2028, U+2029). The full rules are the app's (email_validator)."""
    domain = f"substr({column}, instr({column}, '@') + 1)"
    return (
        f"(typeof({column}) = 'text' AND length({column}) <= 254"
        f" AND length({column}) - length(replace({column}, '@', '')) = 1"
        f" AND instr({column}, '@') > 1"
        f" AND {domain} LIKE '%_._%' AND {domain} NOT LIKE '.%' AND {domain} NOT LIKE '%.'"
        f" AND instr({column}, char(0)) = 0"
        f" AND {column} NOT GLOB '*[' || char(1) || '- ]*'"
        f" AND {column} NOT GLOB '*[' || char(127) || '-' || char(159) || ']*'"
        f" AND instr({column}, char(8232)) = 0 AND instr({column}, char(8233)) = 0)"
    )


def _email_key_matches(email: str, key: str) -> str:
    """SQL that is true when ``key`` is the comparison form of ``email`` (the app's
    ``email_key``: casefold). SQLite lowers ASCII letters only, so an ASCII address must have
    exactly lower(email) as its key; for any other the key must hold no ASCII capital."""
    return (
        f"(({email} NOT GLOB '*[^ -~]*' AND {key} = lower({email}))"
        f" OR ({email} GLOB '*[^ -~]*' AND {key} NOT GLOB '*[A-Z]*' AND {key} GLOB '*?@?*'))"
    )


def _assignment_checks(row: str) -> str:
    """The statements refusing an assignment row ``row`` (NEW) that breaks a rule a CHECK or a
    foreign key cannot hold on its own (a foreign key holds only while foreign_keys is on)."""
    return f"""
        SELECT RAISE(ABORT, 'a role slot must be a whole number')
        WHERE typeof({row}.slot) <> 'integer';
        SELECT RAISE(ABORT, 'a role must belong to an existing account')
        WHERE NOT EXISTS (SELECT 1 FROM account WHERE id = {row}.account_id);
        SELECT RAISE(ABORT, 'a role holder must be a user of the same account')
        WHERE {row}.user_id IS NOT NULL AND NOT EXISTS (
            SELECT 1 FROM app_user WHERE id = {row}.user_id AND account_id = {row}.account_id);
        SELECT RAISE(ABORT, 'an outside contact must be an email address')
        WHERE {row}.external_email IS NOT NULL AND NOT {_is_address(f"{row}.external_email")};"""


def m003_guard_rules_whatever_the_pragma(db: Database) -> None:
    """Refuse in the schema, whether or not the connection enforces foreign keys: a billing
    slot that is not a whole number, an outside address that is not an address, a holder who
    is not a user of the account, removing the primary contact or a holder, deleting history,
    and an email key that is not the address's (which let a case variant in twice). Deleting
    an account still takes everything of it with it (also with foreign keys off). Rows
    written before this version are left as they are."""
    account_gone = "NOT EXISTS (SELECT 1 FROM account WHERE id = OLD.account_id)"
    db.execute_sql(
        f"""
        CREATE TRIGGER role_assignment_rules_insert BEFORE INSERT ON role_assignment
        BEGIN {_assignment_checks("NEW")}
        END"""
    )
    db.execute_sql(
        f"""
        CREATE TRIGGER role_assignment_rules_update BEFORE UPDATE ON role_assignment
        BEGIN {_assignment_checks("NEW")}
        SELECT RAISE(ABORT, 'the account primary contact can be replaced, not removed')
        WHERE OLD.role = 'primary' AND (NEW.role <> 'primary' OR NEW.account_id <> OLD.account_id);
        END"""
    )
    db.execute_sql(
        f"""
        CREATE TRIGGER role_assignment_keep_primary BEFORE DELETE ON role_assignment
        WHEN OLD.role = 'primary' AND NOT {account_gone}
        BEGIN SELECT RAISE(ABORT, 'the account primary contact can be replaced, not removed'); END"""
    )
    db.execute_sql(
        f"""
        CREATE TRIGGER app_user_keep_holder BEFORE DELETE ON app_user
        WHEN EXISTS (SELECT 1 FROM role_assignment WHERE user_id = OLD.id) AND NOT {account_gone}
        BEGIN SELECT RAISE(ABORT, 'a user who holds a role cannot be removed'); END"""
    )
    db.execute_sql(
        """
        CREATE TRIGGER app_user_holder_stays BEFORE UPDATE OF id, account_id ON app_user
        WHEN (NEW.id <> OLD.id OR NEW.account_id <> OLD.account_id)
             AND EXISTS (SELECT 1 FROM role_assignment WHERE user_id = OLD.id)
        BEGIN SELECT RAISE(ABORT, 'a user who holds a role cannot move'); END"""
    )
    key_rule = _email_key_matches("NEW.email", "NEW.email_key")
    db.execute_sql(
        f"""
        CREATE TRIGGER app_user_email_key_insert BEFORE INSERT ON app_user
        BEGIN
        SELECT RAISE(ABORT, 'a user must belong to an existing account')
        WHERE NOT EXISTS (SELECT 1 FROM account WHERE id = NEW.account_id);
        SELECT RAISE(ABORT, 'the email key must be the address in lower case')
        WHERE NOT {key_rule};
        END"""
    )
    db.execute_sql(
        f"""
        CREATE TRIGGER app_user_email_key_update BEFORE UPDATE OF email, email_key ON app_user
        WHEN NOT {key_rule}
        BEGIN SELECT RAISE(ABORT, 'the email key must be the address in lower case'); END"""
    )
    db.execute_sql(
        f"""
        CREATE TRIGGER history_keep_rows BEFORE DELETE ON history
        WHEN NOT {account_gone}
        BEGIN SELECT RAISE(ABORT, 'history is append-only'); END"""
    )
    db.execute_sql(
        """
        CREATE TRIGGER account_delete_everything AFTER DELETE ON account
        BEGIN
        DELETE FROM role_assignment WHERE account_id = OLD.id;
        DELETE FROM app_user WHERE account_id = OLD.id;
        DELETE FROM history WHERE account_id = OLD.id;
        END"""
    )


def m004_notice_language(db: Database) -> None:
    """The language (English or Italian) of the notices that tell people about a change of
    a point of contact, chosen per account."""
    db.execute_sql(
        "ALTER TABLE account ADD COLUMN notice_language VARCHAR(2) NOT NULL DEFAULT 'en' "
        "CHECK (notice_language IN ('en', 'it'))"
    )


def m005_history_by_role(db: Database) -> None:
    """An index for the History tab's role filter: a page of one role's changes is read from
    it, newest first, however many changes of other roles the account has."""
    db.execute_sql("CREATE INDEX history_account_role ON history (account_id, role, id)")


def m006_history_text(db: Database) -> None:
    """A trigram index of the history's texts (subject, old and new value) for the History
    tab's person filter: "rossi" is looked up in the index, not in every row. FTS5 over the
    history table itself (``content=``, so no text is stored twice; ``detail=none``, the
    smallest index: which rows hold a trigram, not where; ``columnsize=0``: no lengths kept,
    as nothing is ranked), kept in step by triggers: 40 MB beside a million changes' 170. The
    reads check each row the index names with the same LIKE as a scan
    (``history_reads``), so the index only has to name every row that may match."""
    db.execute_sql(
        "CREATE VIRTUAL TABLE history_text USING fts5(subject, old_value, new_value, "
        "content='history', content_rowid='id', tokenize='trigram', detail='none', columnsize=0)"
    )
    db.execute_sql(
        """
        CREATE TRIGGER history_text_add AFTER INSERT ON history
        BEGIN
        INSERT INTO history_text (rowid, subject, old_value, new_value)
        VALUES (NEW.id, NEW.subject, NEW.old_value, NEW.new_value);
        END"""
    )
    db.execute_sql(
        """
        CREATE TRIGGER history_text_remove AFTER DELETE ON history
        BEGIN
        INSERT INTO history_text (history_text, rowid, subject, old_value, new_value)
        VALUES ('delete', OLD.id, OLD.subject, OLD.old_value, OLD.new_value);
        END"""
    )
    db.execute_sql("INSERT INTO history_text (history_text) VALUES ('rebuild')")


def m007_security_changes(db: Database) -> None:
    """An index of the changes that replace a person in every role, the only ones besides the
    security contact's own that may set it: the health check of an outside security address
    asks when it was set, and without this index that read went through every change of the
    account (a fifth of a second, on the window's thread, at a million changes)."""
    db.execute_sql(
        "CREATE INDEX history_person_replace ON history (account_id, id) WHERE action = 'person.replace'"
    )


@dataclass(frozen=True)
class Migration:
    version: int
    apply: Callable[[Database], None]

    @property
    def name(self) -> str:
        return self.apply.__name__


MIGRATIONS: tuple[Migration, ...] = (
    Migration(1, m001_initial),
    Migration(2, m002_guard_holders_and_history),
    Migration(3, m003_guard_rules_whatever_the_pragma),
    Migration(4, m004_notice_language),
    Migration(5, m005_history_by_role),
    Migration(6, m006_history_text),
    Migration(7, m007_security_changes),
)
LATEST_VERSION = MIGRATIONS[-1].version


def schema_version(db: Database) -> int:
    return db.execute_sql("PRAGMA user_version").fetchone()[0]


def backup_path(path: Path, version: int) -> Path:
    stamp = datetime.now(UTC).strftime("%Y%m%dT%H%M%SZ")
    return path.with_name(f"{path.stem}.v{version}-backup-{stamp}{path.suffix or '.db'}")


def migrate(
    db: Database,
    path: Path | None,
    migrations: tuple[Migration, ...] = MIGRATIONS,
    backup: Callable[[Path], object] | None = None,
) -> Path | None:
    """Bring ``db`` to the latest version; return the backup made first, if any."""
    latest = migrations[-1].version
    current = schema_version(db)
    if current > latest:
        raise StorageError(StorageError.NEWER, str(path or ""))
    if current == 0 and db.execute_sql("SELECT count(*) FROM sqlite_master").fetchone()[0]:
        # Tables but no version: another program's database, not ours to change.
        raise StorageError(StorageError.NOT_A_DATABASE, str(path or ""))
    pending = [m for m in migrations if m.version > current]
    if not pending:
        return None
    copy = None
    if current > 0 and path is not None and backup is not None:
        copy = backup_path(path, current)
        backup(copy)
    with db.atomic():
        for migration in pending:
            migration.apply(db)
            db.execute_sql(f"PRAGMA user_version = {int(migration.version)}")
        # Not a numbered step: every file this app creates or upgrades says it is ours.
        db.execute_sql(f"PRAGMA application_id = {int(APPLICATION_ID)}")
    return copy
