import sqlite3

import pytest

from contact_manager.services.backups import BackupService, check_backup
from contact_manager.store.errors import StorageError
from contact_manager.store.migrations import LATEST_VERSION

pytestmark = pytest.mark.sqlite_file  # copies of the SQLite file


def _snapshot(services):
    return [
        (a.name, [p.display for p in services.users.list(a.id)], len(services.history.list(a.id)))
        for a in services.accounts.list()
    ]


def test_backup_then_restore_gives_back_earlier_data(services, account, people, tmp_path, private_home):
    backups = BackupService(services.store)
    copy = backups.backup(tmp_path / "saved" / "copy.db")
    earlier = _snapshot(services)
    services.users.remove(account.id, people[0].user_id)
    services.accounts.create("Later")
    later = _snapshot(services)
    assert later != earlier

    info = backups.check(copy)
    assert (info.version, info.accounts) == (LATEST_VERSION, 1)
    safety = backups.restore(copy)

    assert _snapshot(services) == earlier
    assert safety.is_file() and private_home in safety.parents
    # the copy of what was current before the restore holds the later data
    assert BackupService(services.store).check(safety).accounts == 2
    # the app keeps working on the same connection
    services.users.add(account.id, "After", "Restore", "after@acme.example")
    assert services.users.find(account.id, "after@acme.example").first_name == "After"


def _newer_copy(services, path):
    services.store.backup_to(path)
    con = sqlite3.connect(path)
    con.execute(f"PRAGMA user_version = {LATEST_VERSION + 1}")
    con.commit()
    con.close()
    return path


def _not_a_database(services, path):
    path.write_bytes(b"name,email\nAnna,anna@example.com\n" * 100)
    return path


def _foreign_sqlite(services, path):
    con = sqlite3.connect(path)
    con.execute("CREATE TABLE notes (x)")
    con.execute("PRAGMA user_version = 1")
    con.commit()
    con.close()
    return path


def _missing(services, path):
    return path


@pytest.mark.parametrize(
    "make, kind",
    [
        (_newer_copy, StorageError.NEWER),
        (_not_a_database, StorageError.NOT_A_DATABASE),
        (_foreign_sqlite, StorageError.NOT_A_DATABASE),
        (_missing, StorageError.CANNOT_OPEN),
    ],
)
def test_restore_refuses_and_leaves_current_data(
    services, account, people, tmp_path, private_home, make, kind
):
    chosen = make(services, tmp_path / "chosen.db")
    before = _snapshot(services)
    with pytest.raises(StorageError) as refused:
        BackupService(services.store).restore(chosen)
    assert refused.value.kind == kind
    assert str(chosen) in refused.value.message
    assert _snapshot(services) == before
    assert not (private_home / "backups").exists()  # refused before anything was written


def test_check_reports_a_damaged_file(services, account, tmp_path):
    copy = BackupService(services.store).backup(tmp_path / "copy.db")
    data = bytearray(copy.read_bytes())
    for page in range(1, len(data) // 4096):  # every b-tree page header after the schema
        data[page * 4096 : page * 4096 + 12] = b"\x0d\xff\xff" * 4
    copy.write_bytes(bytes(data))
    with pytest.raises(StorageError) as refused:
        check_backup(copy)
    assert refused.value.kind == StorageError.NOT_A_DATABASE


def test_restore_of_an_older_version_upgrades_it(services, account, people, tmp_path):
    from peewee import SqliteDatabase

    from contact_manager.store import migrations

    old = tmp_path / "v1.db"
    db = SqliteDatabase(str(old))
    db.connect()
    migrations.migrate(db, None, migrations=migrations.MIGRATIONS[:1])
    db.execute_sql(
        "INSERT INTO account (name, name_key, created_at) VALUES ('Old Co', 'old co', '2025-01-01')"
    )
    db.close()
    assert check_backup(old).version == 1

    BackupService(services.store).restore(old)

    assert [a.name for a in services.accounts.list()] == ["Old Co"]
    assert services.store.db.execute_sql("PRAGMA user_version").fetchone()[0] == LATEST_VERSION
    old_id = services.accounts.find("Old Co").id
    services.users.add(old_id, "New", "User", "new@old.example")  # the upgraded schema is in use


def test_restore_of_a_copy_with_another_page_size(services, account, people, tmp_path):
    copy = BackupService(services.store).backup(tmp_path / "copy.db")
    con = sqlite3.connect(copy)
    con.execute("PRAGMA journal_mode = DELETE")
    con.execute("PRAGMA page_size = 1024")
    con.execute("VACUUM")
    assert con.execute("PRAGMA page_size").fetchone()[0] == 1024
    con.close()
    services.users.remove(account.id, people[0].user_id)

    BackupService(services.store).restore(copy)

    assert people[0].email in [p.email for p in services.users.list(account.id)]


def test_restoring_the_open_database_onto_itself_is_refused(services, account, db_path, private_home):
    from contact_manager.services.backups import SameDatabase

    with pytest.raises(SameDatabase) as refused:
        BackupService(services.store).restore(db_path)
    assert "is the database in use" in refused.value.message
    assert [a.name for a in services.accounts.list()] == [account.name]
    assert not (private_home / "backups").exists()
