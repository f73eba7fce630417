"""``backup list``: the database's backups, newest first, through a real process."""

from __future__ import annotations

import json
from datetime import UTC, datetime, timedelta

from contact_manager.services.backup_files import BEFORE_DELETE, make_daily_backup, new_backup_path
from contact_manager.store.migrations import backup_path
from tests.cli.helpers import assert_refused

NOON = datetime(2026, 3, 10, 12, 0, tzinfo=UTC)


def _backups(services):
    store = services.store
    daily = make_daily_backup(store, NOON + timedelta(days=1))
    delete = store.backup_to(new_backup_path(BEFORE_DELETE, store.path, NOON))
    upgrade = store.backup_to(backup_path(store.path, 1))
    return daily, delete, upgrade


def test_backup_list_shows_every_backup_newest_first(cli, services, account, db_path):
    daily, delete, upgrade = _backups(services)
    listed = cli("backup", "list", db=db_path)
    assert (listed.code, listed.err) == (0, "")
    lines = listed.out.splitlines()
    assert [line.split("  ")[-1].strip() for line in lines] == [str(upgrade), str(daily), str(delete)]
    assert "before upgrade" in lines[0] and "daily" in lines[1] and "before delete" in lines[2]
    local = (NOON + timedelta(days=1)).astimezone().strftime("%Y-%m-%d %H:%M:%S")
    assert lines[1].startswith(local)


def test_backup_list_as_json_and_in_italian(cli, services, account, db_path):
    daily, delete, _upgrade = _backups(services)
    listed = cli("backup", "list", "--json", db=db_path)
    rows = json.loads(listed.out)
    assert [(row["kind"], row["path"]) for row in rows[1:]] == [
        ("daily", str(daily)),
        ("before-delete", str(delete)),
    ]
    assert rows[1]["made"] == "2026-03-11T12:00:00+00:00"
    italian = cli("--lang", "it", "backup", "list", db=db_path)
    assert "giornaliero" in italian.out and "prima dell'eliminazione" in italian.out


def test_backup_list_answers_for_a_database_that_cannot_be_opened(cli, services, account, db_path):
    daily, _delete, _upgrade = _backups(services)
    services.close()
    db_path.write_bytes(b"damaged" * 2000)
    listed = cli("backup", "list", db=db_path)
    assert listed.code == 0 and str(daily) in listed.out
    assert db_path.read_bytes() == b"damaged" * 2000


def test_backup_list_with_no_backups_says_so(cli, tmp_path):
    listed = cli("backup", "list", db=tmp_path / "new.db")
    assert (listed.code, listed.out.strip()) == (0, f"There are no backups of {tmp_path / 'new.db'} yet.")
    assert not (tmp_path / "new.db").exists()


def test_backup_list_of_a_server_database_is_refused(cli):
    assert_refused(cli("backup", "list", "--db", "postgresql://db.example/contacts"), "database files only")
