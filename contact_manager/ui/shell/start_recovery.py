"""The way out when the database can't be opened at start-up.

``recover(error, database)`` asks, through the dialogs seam, what to do instead: restore a
backup (the chooser opens on the latest good one), open another database, create a new one,
or quit. It returns the database to open now, already checked, or None to quit. A choice
that fails (a damaged backup, another bad file) brings the question back with its reason.
"""

from __future__ import annotations

import logging
from pathlib import Path

from PySide6.QtCore import QCoreApplication

from contact_manager.domain.errors import ContactError, StorageError
from contact_manager.domain.target import parse_target
from contact_manager.services.connecting import is_server
from contact_manager.ui.kit import dialogs

log = logging.getLogger("contact_manager.start")
NO_RESTORE = (StorageError.NEWER, StorageError.LOCKED)  # the file is fine: it must not be replaced


def recover(error: ContactError, database: str) -> str | None:
    from contact_manager.services.start_recovery import latest_good_backup

    while True:
        if getattr(error, "kind", None) == StorageError.PASSWORD and is_server(database):
            typed = _ask_password(database, error.message)
            if typed is not None:  # else (cancelled): the usual choices below
                try:
                    _check_opens(typed)
                    return typed
                except ContactError as failed:  # asked again, saying why
                    error, database = failed, typed
                    continue
        _url, path = parse_target(database)
        can_restore = path is not None and getattr(error, "kind", None) not in NO_RESTORE
        search = latest_good_backup(path) if can_restore and path is not None else None
        choice = dialogs.ask(
            "cannot_start", error=error, latest=search.latest if search else None, can_restore=can_restore
        )
        target: str | None = None
        try:
            if choice == "restore" and search is not None and path is not None:  # path: search has one
                target = _restore(path, search)
            elif choice == "open":
                target = dialogs.ask("open_database", start=_folder(path))
            elif choice == "create":
                target = _create(path)
            else:
                return None
            if target:
                _check_opens(target)
                return target
        except ContactError as failed:  # the question comes back, about the file that failed
            log.warning("start-up choice %s failed: %s", choice, failed.message)
            error, database = failed, target or database


def _folder(path: Path | None) -> str:
    return str(path.parent) if path is not None else ""


def _check_opens(database: str) -> None:
    """Open and close ``database`` (creating it if new); raises the ContactError if it can't."""
    from contact_manager.services import connecting

    connecting.open_database(database).close()  # a server's: the password typed, or the keyring's


def _ask_password(url: str, problem: str) -> str | None:
    """The server asked for a password (or refused one): ask for it, with the rest of the
    connection filled in. The database to open (the URL as corrected), or None if cancelled.
    The password is used for this run; kept in the system keyring if the tick box says so."""
    found, answer = dialogs.answered("server_password", url=url, problem=problem)
    if not found:
        from PySide6.QtWidgets import QDialog

        from contact_manager.ui.shell.connect_dialog import ConnectDialog

        dialog = ConnectDialog.for_password(None, url, problem)
        accepted = dialog.exec() == QDialog.DialogCode.Accepted  # no window yet: waiting here is expected
        answer = (dialog.url(), dialog.password(), dialog.remember.isChecked()) if accepted else None
        dialog.deleteLater()
    if answer is None:
        return None
    typed_url, password, remember = answer
    from contact_manager.services import connecting

    connecting.keep_password(typed_url, password, in_keyring=remember)
    return typed_url


def _restore(path: Path, search) -> str | None:
    """The chooser over the backups; the chosen one is put in place of ``path``."""
    from contact_manager.services.start_recovery import restore_over

    chosen = dialogs.ask(
        "restore_database",
        backups=search.backups,
        damaged=search.damaged,
        final=True,
        note=QCoreApplication.translate(
            "StartRecovery",
            "The backup you choose replaces {name}. The file that can't be opened is kept "
            "beside it, renamed.",
        ).format(name=path.name),
        filters=QCoreApplication.translate(
            "StartRecovery", "Contact Manager databases (*.db);;All files (*)"
        ),
    )
    if not chosen:
        return None
    aside = restore_over(path, chosen)
    log.info("restored %s over %s; the file that could not be opened is now %s", chosen, path, aside)
    return str(path)


def _create(path: Path | None) -> str | None:
    """A new, empty database where the person says; an existing file there is set aside."""
    from contact_manager.services.start_recovery import set_aside

    start = str(path.with_name("contacts-new.db")) if path is not None else "contacts.db"
    chosen = dialogs.ask("new_database", start=start)
    if not chosen:
        return None
    if Path(chosen).exists():  # the file dialog asked whether to replace it: kept, renamed
        try:
            set_aside(Path(chosen), "replaced")
        except OSError as error:
            raise StorageError(StorageError.CANNOT_OPEN, chosen, error.strerror or str(error)) from error
    return chosen
