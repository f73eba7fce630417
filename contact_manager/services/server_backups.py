"""Backups of an office database on a server: a JSON export of every account, in a folder.

A server's own files are not ours to copy: the server's ``pg_dump`` is its administrator's
tool for a full backup (roles, history and all). What the app keeps, daily or when asked, is
what it can bring back itself: each account as its JSON export (``account_document``, the
File menu's, which ``exchange.import_json`` reads back), one file per account, in a folder
named by the kind and the moment, like a file's backups. The accounts are read on a
connection of the export's own, so a worker thread can make them (the daily exports).
"""

from __future__ import annotations

import contextlib
import hashlib
import re
import shutil
import tempfile
from collections.abc import Callable
from datetime import UTC, datetime
from pathlib import Path
from typing import TYPE_CHECKING, Any

from contact_manager import paths
from contact_manager.domain.errors import NotFound
from contact_manager.domain.target import redact
from contact_manager.paths import ensure_private_dir
from contact_manager.services.account_document import read_document, write_document
from contact_manager.services.backup_files import DAILY, DAILY_KEPT, STAMP
from contact_manager.services.backups_daily import PARTIAL, STALE_PARTIAL_S, Cancelled
from contact_manager.services.user_rows import collector_paused
from contact_manager.store import queries
from contact_manager.store.history_reads import one_state, open_reader

if TYPE_CHECKING:
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
    ensure_private_dir(folder)
    _write_accounts(_reader_target(store), folder)
    return folder


def make_daily_export(
    store: Store, now: datetime | None = None, cancelled: Callable[[], bool] | None = None
) -> Path | None:
    """Today's exports of a server database, if due: the new folder, or None (made today
    already, or no account to export). Older daily folders beyond ``DAILY_KEPT`` are removed.

    Safe to call from a worker thread: the accounts are read on a connection of its own, with
    plain SQL (peewee's models are the window's thread's), each in one snapshot. Until all are
    written they are in a hidden partial folder, renamed when whole: a daily folder is whole or
    absent. ``cancelled()`` is asked between accounts and between a large account's users;
    ``backups_daily.Cancelled`` is raised then, and the partial folder removed.
    """
    now = now or datetime.now(UTC)
    root = server_backup_root(store)
    today = now.astimezone().date()
    daily = sorted(root.glob(f"{DAILY}-*")) if root.is_dir() else []
    if any(_made(folder).astimezone().date() == today for folder in daily):
        return None
    target = _reader_target(store)
    _remove_stale_partials(root, now)
    folder = new_export_folder(store, DAILY, now)
    # its own hidden folder (0700), even for two windows starting in the same second
    partial = Path(tempfile.mkdtemp(prefix=f".{folder.name}.", suffix=PARTIAL, dir=ensure_private_dir(root)))
    try:
        if not _write_accounts(target, partial, cancelled):
            shutil.rmtree(partial, ignore_errors=True)
            return None
        try:
            partial.rename(folder)
        except OSError:
            if not folder.is_dir():
                raise
            shutil.rmtree(partial, ignore_errors=True)  # another window made today's meanwhile
            return folder
    except BaseException:
        shutil.rmtree(partial, ignore_errors=True)
        raise
    for old in sorted(root.glob(f"{DAILY}-*"), key=_made)[:-DAILY_KEPT]:
        shutil.rmtree(old, ignore_errors=True)
    return folder


def _reader_target(store: Store) -> str:
    target = store.reader_target()
    assert target is not None  # a server's: its URL
    return target


def _write_accounts(target: str, folder: Path, cancelled: Callable[[], bool] | None = None) -> int:
    """Each account of the server ``target`` names, as its JSON export in ``folder``; how many
    were written (an account deleted meanwhile is not)."""
    stop = cancelled or (lambda: False)
    connection = open_reader(target)
    try:
        with collector_paused():  # 100,000 users: a full collection would hold the window
            return _write_each(connection, folder, stop)
    finally:
        connection.close()


def _write_each(connection: Any, folder: Path, stop: Callable[[], bool]) -> int:
    with one_state(connection) as db:
        accounts = queries.account_names(db)
    written = 0
    for account_id, name in accounts:
        if stop():
            raise Cancelled
        with one_state(connection) as db:
            try:
                document = read_document(db, account_id, cancelled=stop)
            except NotFound:  # deleted since: nothing of it to keep
                continue
        slug = _SLUG.sub("_", name).strip("_") or "account"
        write_document(document, folder / f"{slug}-{account_id}.json", stop)
        written += 1
    return written


def _remove_stale_partials(root: Path, now: datetime) -> None:
    old = now.timestamp() - STALE_PARTIAL_S
    for partial in root.glob(f".{DAILY}-*{PARTIAL}"):  # never one being written (a day old)
        with contextlib.suppress(OSError):
            if partial.stat().st_mtime < old:
                shutil.rmtree(partial, ignore_errors=True)


def _made(folder: Path) -> datetime:
    stamp = folder.name.split("-", 1)[1][: len("20260101T000000Z") - 1]
    return datetime.strptime(stamp, "%Y%m%dT%H%M%S").replace(tzinfo=UTC)
