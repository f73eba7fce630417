"""A server database's backups are JSON exports of every account, daily or by hand."""

from __future__ import annotations

import json
from datetime import UTC, datetime, timedelta

import pytest

from contact_manager.services import Services
from contact_manager.services.backup_files import DAILY, make_daily_backup
from contact_manager.services.backups import BackupService, NoRestoreOnServer
from contact_manager.services.backups_daily import Cancelled
from contact_manager.services.server_backups import server_backup_root
from contact_manager.store.errors import StorageError


def exported_names(folder):
    """The names of the accounts whose JSON exports are in ``folder``, sorted."""
    return sorted(json.loads(f.read_text(encoding="utf-8"))["account"]["name"] for f in folder.iterdir())


def test_a_backup_of_a_server_database_exports_every_account(pg_url, tmp_path):
    services = Services.open(pg_url)
    try:
        for name in ("Acme", "Globex"):
            account = services.accounts.create(name)
            services.users.add(account.id, "Anna", name, f"anna@{name.lower()}.example")
        folder = BackupService(services.store).backup(tmp_path / "exports")
        names = exported_names(folder)
        assert names == ["Acme", "Globex"]
    finally:
        services.close()


def test_the_daily_backup_of_a_server_database_is_once_a_day_and_keeps_seven(pg_url):
    services = Services.open(pg_url)
    try:
        services.accounts.create("Acme")
        start = datetime(2026, 3, 1, 12, tzinfo=UTC)
        first = make_daily_backup(services.store, start)
        assert first is not None and [f.name for f in first.iterdir()] == [f"Acme-{1}.json"]
        assert make_daily_backup(services.store, start + timedelta(minutes=5)) is None
        for day in range(1, 10):
            assert make_daily_backup(services.store, start + timedelta(days=day)) is not None
        assert len(list(first.parent.glob("daily-*"))) == 7
        assert not first.exists()
    finally:
        services.close()


def test_the_daily_exports_are_written_apart_and_seen_only_when_whole(pg_url):
    services = Services.open(pg_url)
    try:
        for name in ("Acme", "Globex", "Initech"):
            services.accounts.create(name)
        root = server_backup_root(services.store)
        seen = []  # between accounts: (daily folders shown, exports in the hidden folder)

        def look():
            partial = [f for p in root.glob(f".{DAILY}-*") for f in p.iterdir()]
            seen.append((len(list(root.glob(f"{DAILY}-*"))), len(partial)))
            return False

        folder = services.backups.daily_apart(look)
        assert folder is not None and exported_names(folder) == ["Acme", "Globex", "Initech"]
        assert seen == [(0, 0), (0, 1), (0, 2)]  # none shown until all three were written
        assert list(root.glob(f".{DAILY}-*")) == []
        assert services.backups.daily_apart() is None  # made today
    finally:
        services.close()


def test_daily_exports_stopped_or_of_a_deleted_account_leave_nothing_behind(pg_url):
    services = Services.open(pg_url)
    try:
        acme = services.accounts.create("Acme")
        services.accounts.create("Globex")
        root = server_backup_root(services.store)
        asked = []

        def stop_after_one():
            asked.append(True)
            return len(asked) > 1

        with pytest.raises(Cancelled):
            services.backups.daily_apart(stop_after_one)
        assert list(root.iterdir()) == []  # neither the folder nor the one export written

        def delete_acme():  # gone after the accounts were listed, before its turn
            if acme.id not in deleted:
                services.accounts.delete(acme.id)
                deleted.append(acme.id)
            return False

        deleted = []
        folder = services.backups.daily_apart(delete_acme)
        assert [f.name.split("-")[0] for f in folder.iterdir()] == ["Globex"]
    finally:
        services.close()


def test_a_daily_export_is_the_file_menus_json_export(pg_url, tmp_path):
    services = Services.open(pg_url)
    try:
        account = services.accounts.create("Società Ünïcode")
        users = [services.users.add(account.id, "Zoë", f'O"Brien {n}', f"zoe{n}@example.com") for n in "123"]
        services.contacts.set_primary(account.id, users[1].user_id)
        services.contacts.add_billing(account.id, users[2].user_id)
        services.contacts.set_security_email(account.id, "soc@outside.example")
        services.accounts.create("Empty")  # no user, no contact
        folder = services.backups.daily_apart()
        assert folder is not None
        for exported in folder.iterdir():
            account_id = int(exported.stem.rsplit("-", 1)[1])
            by_menu = services.exchange.export_json(account_id, tmp_path / exported.name)
            assert exported.read_bytes() == by_menu.read_bytes()
    finally:
        services.close()


def test_a_server_database_is_never_copied_as_a_file(pg_url, tmp_path):
    services = Services.open(pg_url)
    try:
        with pytest.raises(StorageError) as refused:
            services.store.backup_to(tmp_path / "copy.db")
        assert "JSON exports" in refused.value.message
        assert not (tmp_path / "copy.db").exists()
    finally:
        services.close()


def test_a_server_database_is_not_replaced_by_a_backup_file(pg_url, tmp_path):
    backup = tmp_path / "contacts.db"
    file_services = Services.open(str(backup), actor="tester")
    file_services.accounts.create("Old")
    file_services.close()
    before = backup.read_bytes()
    services = Services.open(pg_url)
    try:
        services.accounts.create("Acme")
        for attempt in (services.backups.check, services.backups.restore):
            with pytest.raises(NoRestoreOnServer) as refused:
                attempt(str(backup))
            assert "File > Import account..." in refused.value.message
        assert [a.name for a in services.accounts.list()] == ["Acme"]
    finally:
        services.close()
    assert backup.read_bytes() == before
