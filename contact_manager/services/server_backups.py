"""Backups of an office database on a server: a JSON export of every account, in a folder.

A server's own files are not ours to copy: the server's ``pg_dump`` is its administrator's
tool for a full backup (roles, history and all). What the app keeps, daily or when asked, is
what it can bring back itself: each account as an export (``exchange.export_json``), one
file per account, in a folder named by the kind and the moment, like a file's backups.
"""

from __future__ import annotations

import contextlib
import hashlib
import re
import shutil
import tempfile
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path

from contact_manager import paths
from contact_manager.domain.errors import NotFound
from contact_manager.domain.target import redact
from contact_manager.paths import ensure_private_dir
from contact_manager.services.backup_files import DAILY, DAILY_KEPT, STAMP
from contact_manager.services.backups_daily import PARTIAL, STALE_PARTIAL_S
from contact_manager.store.connection import Store

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

    ensure_private_dir(folder)
    for account in AccountService(store).list():
        export_account(store, folder, account.id, account.name)
    return folder


def export_account(store: Store, folder: Path, account_id: int, name: str) -> Path:
    """One account's JSON export in ``folder``, named by the account."""
    from contact_manager.services.exchange import ExchangeService

    slug = _SLUG.sub("_", name).strip("_") or "account"
    return ExchangeService(store).export_json(account_id, folder / f"{slug}-{account_id}.json")


@dataclass
class DailyExport:
    """Today's exports of a server database, made an account at a time: ``step()`` exports
    the next one (so a window can turn its event loop between accounts), ``finish()`` names
    the folder and removes the daily folders beyond ``DAILY_KEPT``. Until then the exports are
    in a hidden partial folder, which ``abandon()`` removes: a daily folder is whole or absent.
    """

    store: Store
    folder: Path  # where it goes when whole
    partial: Path
    accounts: list[tuple[int, str]]  # (id, name) of each account still to export

    @property
    def closed(self) -> bool:
        """The database was closed meanwhile (its window went): there is nothing to go on with."""
        return self.store.closed

    def step(self) -> bool:
        """Export the next account; True while some are left."""
        if self.accounts:
            account_id, name = self.accounts.pop(0)
            with contextlib.suppress(NotFound):  # deleted since: nothing of it to keep
                export_account(self.store, self.partial, account_id, name)
        return bool(self.accounts)

    def finish(self) -> Path:
        while self.step():
            pass
        try:
            self.partial.rename(self.folder)
        except OSError:
            if not self.folder.is_dir():
                raise
            self.abandon()  # another window made today's meanwhile, under the same name
            return self.folder
        root = self.folder.parent
        for old in sorted(root.glob(f"{DAILY}-*"), key=_made)[:-DAILY_KEPT]:
            shutil.rmtree(old, ignore_errors=True)
        return self.folder

    def abandon(self) -> None:
        shutil.rmtree(self.partial, ignore_errors=True)


def daily_export(store: Store, now: datetime | None = None) -> DailyExport | None:
    """Today's exports of a server database to make, if due (none made today, some account to
    export); None when not. Partial folders a process left more than a day ago are removed."""
    from contact_manager.services.accounts import AccountService

    now = now or datetime.now(UTC)
    root = server_backup_root(store)
    today = now.astimezone().date()
    daily = sorted(root.glob(f"{DAILY}-*")) if root.is_dir() else []
    if any(_made(folder).astimezone().date() == today for folder in daily):
        return None
    accounts = [(account.id, account.name) for account in AccountService(store).list()]
    if not accounts:
        return None
    _remove_stale_partials(root, now)
    folder = new_export_folder(store, DAILY, now)
    # its own hidden folder (0700), even for two windows starting in the same second
    partial = Path(tempfile.mkdtemp(prefix=f".{folder.name}.", suffix=PARTIAL, dir=ensure_private_dir(root)))
    return DailyExport(store, folder, partial, accounts)


def make_daily_export(store: Store, now: datetime | None = None) -> Path | None:
    """Today's exports of a server database, if due, all at once (``daily_export``)."""
    export = daily_export(store, now)
    if export is None:
        return None
    try:
        return export.finish()
    except BaseException:
        export.abandon()
        raise


def _remove_stale_partials(root: Path, now: datetime) -> None:
    old = now.timestamp() - STALE_PARTIAL_S
    for partial in root.glob(f".{DAILY}-*{PARTIAL}"):  # never one being written (a day old)
        with contextlib.suppress(OSError):
            if partial.stat().st_mtime < old:
                shutil.rmtree(partial, ignore_errors=True)


def _made(folder: Path) -> datetime:
    stamp = folder.name.split("-", 1)[1][: len("20260101T000000Z") - 1]
    return datetime.strptime(stamp, "%Y%m%dT%H%M%S").replace(tzinfo=UTC)
