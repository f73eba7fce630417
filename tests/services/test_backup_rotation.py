"""The automatic backups: at most one a day, the last seven kept, the other copies never pruned."""

import re
import sqlite3
from datetime import UTC, datetime, timedelta

import pytest

from contact_manager.services.backup_files import (
    BEFORE_DELETE,
    BEFORE_UPGRADE,
    DAILY,
    DAILY_KEPT,
    backup_folder,
    daily_due,
    list_backups,
    make_daily_backup,
    new_backup_path,
)
from contact_manager.services.backups import BackupService, check_backup, default_backup_path
from contact_manager.services.start_recovery import latest_good_backup, restore_over
from contact_manager.store.connection import Store
from contact_manager.store.migrations import backup_path

pytestmark = pytest.mark.sqlite_file  # copies of the SQLite file

NOON = datetime(2026, 3, 10, 12, 0, tzinfo=UTC)


def _daily_names(services):
    return sorted(b.path.name for b in list_backups(services.store.path) if b.kind == DAILY)


def test_a_backup_name_carries_the_time_to_the_second_not_microseconds(services, account):
    path = default_backup_path("before-delete", services.store.path)
    assert re.fullmatch(r"contacts-before-delete-\d{8}T\d{6}Z\.db", path.name), path.name


def test_two_backups_in_the_same_second_get_two_names(services, account):
    first = services.store.backup_to(new_backup_path(BEFORE_DELETE, services.store.path, NOON))
    second = new_backup_path(BEFORE_DELETE, services.store.path, NOON)
    assert second != first and not second.exists()
    assert second.name == first.name.replace("Z.db", "Z-2.db")


def test_the_daily_backup_is_made_once_a_day(services, account):
    made = make_daily_backup(services.store, NOON)
    assert made is not None and check_backup(made).accounts == 1
    assert made.name == "contacts-daily-20260310T120000Z.db"
    assert make_daily_backup(services.store, NOON + timedelta(hours=3)) is None
    assert _daily_names(services) == [made.name]
    assert make_daily_backup(services.store, NOON + timedelta(days=1)) is not None
    assert len(_daily_names(services)) == 2


def test_eight_daily_backups_leave_the_last_seven_and_the_other_copies(services, account, tmp_path):
    upgrade = services.store.backup_to(backup_path(services.store.path, 1))  # beside the database
    delete = services.store.backup_to(new_backup_path(BEFORE_DELETE, services.store.path, NOON))
    days = [NOON + timedelta(days=n) for n in range(8)]
    made = [make_daily_backup(services.store, day) for day in days]
    assert all(made)
    kept = _daily_names(services)
    assert len(kept) == DAILY_KEPT == 7
    assert made[0].name not in kept and not made[0].exists()  # the oldest daily went
    assert kept == sorted(path.name for path in made[1:])
    assert upgrade.exists() and delete.exists()
    kinds = [b.kind for b in list_backups(services.store.path)]
    assert kinds.count(BEFORE_UPGRADE) == 1 and kinds.count(BEFORE_DELETE) == 1


def test_the_day_is_the_persons_day_not_utcs(services, account, monkeypatch):
    monkeypatch.setenv("TZ", "Pacific/Auckland")  # UTC+13 in March
    import time

    time.tzset()
    try:
        late_utc = datetime(2026, 3, 10, 10, 30, tzinfo=UTC)  # 23:30 in Auckland, 10 March
        assert make_daily_backup(services.store, late_utc) is not None
        # 11:30 UTC is already 11 March in Auckland: a new day there, though the same day in UTC
        assert make_daily_backup(services.store, late_utc + timedelta(hours=1)) is not None
    finally:
        monkeypatch.delenv("TZ")
        time.tzset()


def test_no_daily_backup_of_an_empty_database(services):
    assert make_daily_backup(services.store, NOON) is None
    assert list_backups(services.store.path) == []


def test_the_backups_of_two_databases_do_not_mix(services, account, tmp_path, private_home):
    other = Store.open(tmp_path / "elsewhere" / "contacts.db")
    try:
        other.db.execute_sql("INSERT INTO account (name, name_key, created_at) VALUES ('B', 'b', 'x')")
        assert make_daily_backup(other, NOON) is not None
        assert daily_due(services.store.path, NOON.date())
        assert list_backups(services.store.path) == []
        assert backup_folder(other.path) != backup_folder(services.store.path)
        assert private_home / "backups" in backup_folder(other.path).parents
    finally:
        other.close()


def test_the_database_in_the_data_folder_keeps_its_backups_in_backups(private_home):
    store = Store.open(private_home / "contacts.db")
    try:
        assert backup_folder(store.path) == private_home / "backups"
        assert default_backup_path(database=store.path).parent == private_home / "backups"
    finally:
        store.close()


def test_the_listing_is_newest_first_with_the_kind_and_time(services, account):
    BackupService(services.store).backup(new_backup_path(BEFORE_DELETE, services.store.path, NOON))
    make_daily_backup(services.store, NOON + timedelta(days=1))
    upgrade = services.store.backup_to(
        services.store.path.with_name("contacts.v1-backup-20260309T080000Z.db")
    )
    listed = BackupService(services.store).list()
    assert [(b.kind, b.made) for b in listed] == [
        (DAILY, NOON + timedelta(days=1)),
        (BEFORE_DELETE, NOON),
        (BEFORE_UPGRADE, datetime(2026, 3, 9, 8, 0, tzinfo=UTC)),
    ]
    assert listed[2].path == upgrade
    assert [b.kind_text() for b in listed] == ["daily", "before delete", "before upgrade"]


def test_older_names_with_microseconds_are_still_listed(services, account):
    folder = backup_folder(services.store.path)
    services.store.backup_to(folder / "contacts-before-delete-20260301T101010123456Z.db")
    assert [b.made for b in list_backups(services.store.path)] == [
        datetime(2026, 3, 1, 10, 10, 10, tzinfo=UTC)
    ]


def test_the_latest_good_backup_skips_a_damaged_newer_one(services, account):
    good = make_daily_backup(services.store, NOON)
    damaged = new_backup_path(DAILY, services.store.path, NOON + timedelta(days=1))
    damaged.write_bytes(b"not a database" * 300)
    search = latest_good_backup(services.store.path)
    assert search.latest.path == good and search.damaged == [damaged]
    assert [b.path for b in search.backups] == [damaged, good]


def test_restore_over_a_damaged_file_keeps_that_file_beside_it(services, account, tmp_path):
    backup = make_daily_backup(services.store, NOON)
    broken = tmp_path / "broken" / "contacts.db"
    broken.parent.mkdir()
    broken.write_bytes(b"garbage" * 1000)
    (broken.parent / "contacts.db-wal").write_bytes(b"old wal")
    aside = restore_over(broken, backup)
    assert aside.read_bytes() == b"garbage" * 1000 and aside.name.startswith("contacts.damaged-")
    assert (aside.parent / (aside.name + "-wal")).read_bytes() == b"old wal"
    assert not (broken.parent / "contacts.db-wal").exists()
    assert check_backup(broken).accounts == 1
    assert broken.stat().st_mode & 0o077 == 0
    assert sorted(p.name for p in broken.parent.iterdir() if p.name.startswith(".")) == []


def test_restore_over_refuses_a_bad_backup_and_changes_nothing(services, account, tmp_path):
    broken = tmp_path / "contacts.db"
    services.close()
    content = broken.read_bytes()
    bogus = tmp_path / "bogus.db"
    sqlite3.connect(bogus).execute("CREATE TABLE notes (x)").connection.close()
    with pytest.raises(Exception) as refused:
        restore_over(broken, bogus)
    assert "not a Contact Manager database" in refused.value.message
    assert broken.read_bytes() == content
    assert {p.name for p in tmp_path.iterdir()} - {"home"} == {"bogus.db", "contacts.db"}
