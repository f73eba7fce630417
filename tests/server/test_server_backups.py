"""A server database's backups are JSON exports of every account, daily or by hand."""

from __future__ import annotations

import json
from datetime import UTC, datetime, timedelta

import pytest

from contact_manager.services import Services
from contact_manager.services.backup_files import make_daily_backup
from contact_manager.services.backups import BackupService, NoRestoreOnServer
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


def test_the_daily_exports_are_made_an_account_a_step_and_seen_only_when_whole(pg_url):
    services = Services.open(pg_url)
    try:
        for name in ("Acme", "Globex", "Initech"):
            services.accounts.create(name)
        export = services.backups.daily_export()
        assert export is not None and export.step() and export.step()
        root = export.folder.parent
        assert list(root.glob("daily-*")) == []  # two of three written, in a hidden folder
        assert len(list(export.partial.iterdir())) == 2
        assert services.backups.daily_export() is not None  # not made yet today
        folder = export.finish()
        names = exported_names(folder)
        assert names == ["Acme", "Globex", "Initech"]
        assert not export.partial.exists()
        assert services.backups.daily_export() is None  # made today
    finally:
        services.close()


def test_daily_exports_abandoned_or_of_a_deleted_account_leave_nothing_behind(pg_url):
    services = Services.open(pg_url)
    try:
        acme = services.accounts.create("Acme")
        services.accounts.create("Globex")
        export = services.backups.daily_export()
        assert export is not None and export.step()
        export.abandon()
        assert not export.partial.exists() and list(export.folder.parent.glob("daily-*")) == []
        again = services.backups.daily_export()
        assert again is not None
        services.accounts.delete(acme.id)  # gone before its turn
        folder = again.finish()
        assert [f.name.split("-")[0] for f in folder.iterdir()] == ["Globex"]
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
