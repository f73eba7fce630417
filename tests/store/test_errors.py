"""Storage errors: sorted by SQLite's result code, never by the words of the message; a full
disk refuses the write with one sentence and nothing saved, reads go on; a failed rollback
never hides the error that made it necessary."""

from __future__ import annotations

import sqlite3

import peewee
import pytest

from contact_manager import language
from contact_manager.store import errors
from contact_manager.store.errors import StorageError, classify, result_code

FULL_MESSAGE = "The disk is full: nothing was saved. Free some space and try again."
FULL_MESSAGE_IT = "Il disco è pieno: non è stato salvato nulla. Libera un po' di spazio e riprova."


def coded(code: int, name: str, text: str = "whatever the message says") -> sqlite3.OperationalError:
    """An error as SQLite reports it: with its (extended) result code."""
    error = sqlite3.OperationalError(text)
    error.sqlite_errorcode, error.sqlite_errorname = code, name
    return error


def fill_to_the_limit(db) -> None:
    """Make the database file unable to grow (PRAGMA max_page_count, as a full disk does),
    with its last pages full: the next row of any write needs a page it can't have."""
    db.execute_sql("INSERT INTO account (name, name_key, created_at) VALUES ('Filler', 'filler', '2026')")
    filler = db.execute_sql("SELECT id FROM account WHERE name_key = 'filler'").fetchone()[0]
    (pages,) = db.execute_sql("PRAGMA page_count").fetchone()
    db.execute_sql(f"PRAGMA max_page_count = {pages + 2}")
    rows = {
        "history": (
            "INSERT INTO history (account_id, at, actor, action, subject) VALUES (?, '', '', '', ?)",
            lambda size, number: (filler, "x" * size),
        ),
        "app_user": (
            "INSERT INTO app_user (account_id, first_name, last_name, email, email_key) "
            "VALUES (?, ?, '', ?, ?)",
            lambda size, number: (filler, "x" * size, *[f"f{size}.{number}@x.example"] * 2),
        ),
    }
    for statement, values in rows.values():  # every write records history: it needs a new page
        for size in (2000, 300, 40, 1):
            for number in range(100_000):
                try:
                    db.execute_sql(statement, values(size, number))
                except peewee.OperationalError as error:
                    assert result_code(error) == errors.SQLITE_FULL
                    break


def room_again(db) -> None:
    db.execute_sql("PRAGMA max_page_count = 1073741823")


@pytest.mark.parametrize(
    ("code", "name", "kind"),
    [
        (5, "SQLITE_BUSY", StorageError.LOCKED),
        (517, "SQLITE_BUSY_SNAPSHOT", StorageError.LOCKED),
        (6, "SQLITE_LOCKED", StorageError.LOCKED),
        (8, "SQLITE_READONLY", StorageError.READ_ONLY),
        (1032, "SQLITE_READONLY_DBMOVED", StorageError.READ_ONLY),
        (13, "SQLITE_FULL", StorageError.FULL),
        (11, "SQLITE_CORRUPT", StorageError.NOT_A_DATABASE),
        (26, "SQLITE_NOTADB", StorageError.NOT_A_DATABASE),
        (14, "SQLITE_CANTOPEN", StorageError.CANNOT_OPEN),
        (3, "SQLITE_PERM", StorageError.CANNOT_OPEN),
    ],
)
def test_classified_by_result_code(code, name, kind):
    problem = classify(coded(code, name), "c.db")
    assert problem.kind == kind
    assert problem.message and problem.path == "c.db"


@pytest.mark.parametrize(
    ("code", "name"),
    [
        (1, "SQLITE_ERROR"),
        (19, "SQLITE_CONSTRAINT"),
        (1811, "SQLITE_CONSTRAINT_TRIGGER"),
        (21, "SQLITE_MISUSE"),
    ],
)
def test_a_bug_or_a_rule_is_not_a_storage_problem_whatever_its_words(code, name):
    assert classify(coded(code, name, "database or disk is full; database is locked"), "c.db") is None


def test_words_without_a_result_code_are_not_a_storage_problem():
    """The sqlite3 module's own errors (no result code) are bugs, whatever they say."""
    assert classify(sqlite3.OperationalError("database or disk is full"), "c.db") is None
    assert classify(sqlite3.ProgrammingError("Cannot operate on a closed database."), "c.db") is None


def test_a_trigger_that_says_full_is_not_a_full_disk(tmp_path):
    connection = sqlite3.connect(tmp_path / "t.db")
    connection.execute("CREATE TABLE t (x)")
    connection.execute(
        "CREATE TRIGGER t_no BEFORE INSERT ON t BEGIN SELECT RAISE(ABORT, 'disk is full'); END"
    )
    with pytest.raises(sqlite3.IntegrityError) as info:
        connection.execute("INSERT INTO t VALUES (1)")
    connection.close()
    assert classify(info.value, "t.db") is None


def test_the_error_peewee_wraps_is_classified(services, account, db_path):
    other = sqlite3.connect(db_path, isolation_level=None)
    other.execute("BEGIN IMMEDIATE")
    try:
        services.store.db.execute_sql("PRAGMA busy_timeout = 0")
        with pytest.raises(peewee.OperationalError) as info:
            services.store.db.execute_sql("BEGIN IMMEDIATE")
    finally:
        other.execute("ROLLBACK")
        other.close()
    assert result_code(info.value) == errors.SQLITE_BUSY
    assert classify(info.value, str(db_path)).kind == StorageError.LOCKED


@pytest.mark.parametrize(("nearly_full", "kind"), [(True, StorageError.FULL), (False, StorageError.DISK)])
def test_an_io_error_is_a_full_disk_when_there_is_no_room_left(monkeypatch, nearly_full, kind):
    """SQLite reports no room for its -shm or journal as an I/O error (SQLITE_IOERR_SHMSIZE)."""
    monkeypatch.setattr(errors, "disk_nearly_full", lambda path: nearly_full)
    problem = classify(coded(4874, "SQLITE_IOERR_SHMSIZE", "disk I/O error"), "c.db")
    assert problem.kind == kind
    if kind == StorageError.DISK:
        assert problem.message.startswith("The disk holding c.db could not be read or written")
        assert "nothing was saved" in problem.message


def test_disk_nearly_full_reads_the_file_system(tmp_path):
    assert errors.disk_nearly_full(str(tmp_path / "c.db")) is False  # the test machine has room
    assert errors.disk_nearly_full(str(tmp_path / "no" / "such" / "c.db")) is False


def test_the_real_errors_sqlite_gives(tmp_path):
    garbage = tmp_path / "notes.db"
    garbage.write_bytes(b"not a database at all\n" * 100)
    connection = sqlite3.connect(garbage)
    with pytest.raises(sqlite3.DatabaseError) as info:
        connection.execute("SELECT * FROM sqlite_master")
    connection.close()
    assert classify(info.value, str(garbage)).kind == StorageError.NOT_A_DATABASE
    with pytest.raises(sqlite3.OperationalError) as info:
        sqlite3.connect(tmp_path / "no" / "folder" / "c.db")
    assert classify(info.value, "c.db").kind == StorageError.CANNOT_OPEN


# --- a full disk through the services -------------------------------------------------------


def test_a_full_disk_refuses_every_write_with_one_sentence(services, account, people, refused):
    fill_to_the_limit(services.store.db)
    writes = [
        lambda: services.users.add(account.id, "Nina", "Galli", "nina@acme.example"),
        lambda: services.contacts.set_primary(account.id, people[0].user_id),
        lambda: services.contacts.add_billing(account.id, people[1].user_id),
        lambda: services.accounts.rename(account.id, "Acme Renamed S.p.A."),
        lambda: services.users.deactivate(account.id, people[4].user_id),
    ]
    for write in writes:
        with refused(account.id, StorageError) as info:
            write()
        assert info.value.kind == StorageError.FULL
        assert info.value.message == FULL_MESSAGE
    language.install_core("it")
    try:
        with refused(account.id, StorageError) as info:
            writes[0]()
        assert info.value.message == FULL_MESSAGE_IT
    finally:
        language.uninstall()


def test_reads_go_on_while_the_disk_is_full(services, account, people):
    services.contacts.set_primary(account.id, people[0].user_id)
    fill_to_the_limit(services.store.db)
    with pytest.raises(StorageError):
        services.contacts.add_billing(account.id, people[1].user_id)
    assert services.contacts.sheet(account.id).primary.user_id == people[0].user_id
    assert len(services.users.list(account.id)) == 5
    assert services.history.list(account.id, limit=1)[0].action.value == "contact.set"
    room_again(services.store.db)
    services.contacts.add_billing(account.id, people[1].user_id)  # space freed: saved again
    assert [p.user_id for p in services.contacts.sheet(account.id).billing] == [people[1].user_id]


# --- a failed rollback does not hide the first error ----------------------------------------


def failing(db, method, error):
    real = getattr(db, method)

    def fail(*args, **kwargs):
        raise error

    setattr(db, method, fail)
    return real


def test_a_failed_rollback_does_not_hide_the_full_disk(services, account, people, refused):
    db = services.store.db
    fill_to_the_limit(db)
    failing(db, "rollback", peewee.OperationalError(coded(4874, "SQLITE_IOERR_SHMSIZE", "disk I/O error")))
    try:
        with pytest.raises(StorageError) as info:
            services.users.add(account.id, "Nina", "Galli", "nina@acme.example")
    finally:
        del db.rollback  # the class's own again
    assert info.value.kind == StorageError.FULL
    assert info.value.message == FULL_MESSAGE
    # the connection left in a transaction it could not end was closed; the next one is clean
    emails = {p.email for p in services.users.list(account.id)}
    assert emails == {p.email for p in people}


def test_a_failed_commit_is_the_error_reported_not_the_rollback_after_it(services, account):
    db = services.store.db
    failing(db, "commit", peewee.OperationalError(coded(13, "SQLITE_FULL", "database or disk is full")))
    failing(db, "rollback", peewee.OperationalError(coded(1, "SQLITE_ERROR", "cannot rollback")))
    try:
        with pytest.raises(StorageError) as info:
            services.accounts.rename(account.id, "Renamed")
    finally:
        del db.commit, db.rollback
    assert info.value.kind == StorageError.FULL
    assert services.accounts.get(account.id).name == "Acme S.p.A."


def test_a_savepoint_that_cannot_be_rolled_back_keeps_the_first_error(services, account):
    """A write inside a write: SQLite may already have ended the transaction, so ROLLBACK TO
    fails; the error raised is still the first one."""
    store = services.store
    with pytest.raises(StorageError) as info, store.transaction():
        store.db.execute_sql("UPDATE account SET name = 'Inside'")
        with store.transaction():
            store.db.execute_sql("ROLLBACK")  # what SQLite does itself after some I/O errors
            raise peewee.OperationalError(coded(13, "SQLITE_FULL", "database or disk is full"))
    assert info.value.kind == StorageError.FULL
    assert services.accounts.get(account.id).name == "Acme S.p.A."


def test_a_bug_inside_a_transaction_stays_a_bug(services, account):
    with pytest.raises(ZeroDivisionError), services.store.transaction():
        services.store.db.execute_sql("UPDATE account SET name = 'Half done'")
        _ = 1 / 0
    assert services.accounts.get(account.id).name == "Acme S.p.A."
