"""Backups of an office database on a server: a JSON export of every account, in a folder.

A server's own files are not ours to copy: the server's ``pg_dump`` is its administrator's
tool for a full backup (roles, history and all). What the app keeps, daily or when asked, is
what it can bring back itself: each account as an export (``exchange.export_json``), one
file per account, in a folder named by the kind and the moment, like a file's backups.
"""

from __future__ import annotations

import hashlib
import re
import shutil
from datetime import UTC, datetime
from pathlib import Path

from contact_manager import paths
from contact_manager.paths import ensure_private_dir
from contact_manager.services.backup_files import DAILY, DAILY_KEPT, STAMP
from contact_manager.store.connection import Store
from contact_manager.store.target import redact

_SLUG = re.compile(r"[^A-Za-z0-9._-]+")


def server_backup_root(store: Store) -> Path:
    """The folder of this server database's exports: one per database, never mixed."""
    url = redact(str(store.db.database))
    name = url.rsplit("/", 1)[-1].split("?", 1)[0] or "office"
    digest = hashlib.sha1(url.encode("utf-8")).hexdigest()[:8]
    return paths.data_dir() / "backups" / f"{_SLUG.sub('_', name)}-{digest}"


def new_export_folder(store: Store, kind: str, now: datetime | None = None) -> Path:
    stamp = (now or datetime.now(UTC)).astimezone(UTC).strftime(STAMP)
    folder, number = server_backup_root(store) / f"{kind}-{stamp}", 1
    while folder.exists():
        number += 1
        folder = server_backup_root(store) / f"{kind}-{stamp}-{number}"
    return folder


def export_every_account(store: Store, folder: Path) -> Path:
    """Write each account of ``store`` as a JSON export into ``folder``; return the folder."""
    from contact_manager.services.accounts import AccountService
    from contact_manager.services.exchange import ExchangeService

    exchange = ExchangeService(store)
    ensure_private_dir(folder)
    for account in AccountService(store).list():
        slug = _SLUG.sub("_", account.name).strip("_") or "account"
        exchange.export_json(account.id, folder / f"{slug}-{account.id}.json")
    return folder


def make_daily_export(store: Store, now: datetime | None = None) -> Path | None:
    """Today's exports of a server database, if due (none made today, some account to
    export); only the last ``DAILY_KEPT`` daily folders are kept."""
    now = now or datetime.now(UTC)
    root = server_backup_root(store)
    today = now.astimezone().date()
    daily = sorted(root.glob(f"{DAILY}-*")) if root.is_dir() else []
    if any(_made(folder).astimezone().date() == today for folder in daily):
        return None
    with store.read():
        if not store.db.execute_sql("SELECT count(*) FROM account").fetchone()[0]:
            return None
    made = export_every_account(store, new_export_folder(store, DAILY, now))
    for old in sorted(root.glob(f"{DAILY}-*"), key=_made)[:-DAILY_KEPT]:
        shutil.rmtree(old, ignore_errors=True)
    return made


def _made(folder: Path) -> datetime:
    stamp = folder.name.split("-", 1)[1][: len("20260101T000000Z") - 1]
    return datetime.strptime(stamp, "%Y%m%dT%H%M%S").replace(tzinfo=UTC)
