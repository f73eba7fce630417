"""Importing users from a CSV file: read, preview every row's verdict, import in one transaction.

The entry points, for the dialog and the command line alike::

    table = services.importing.read(path)                 # ImportFileError if unreadable
    mapping = guess_mapping(table.header)                  # None: ask the user for one
    preview = services.importing.preview(account_id, table, mapping)
    result = services.importing.run(account_id, preview, progress=..., cancelled=...)
    services.importing.write_refused(preview, "refused.csv")

``run`` writes every accepted row or none: a failure or a cancel rolls the whole import back.
"""

from __future__ import annotations

import errno
import io
import os
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path

from contact_manager.domain.contacts import shown
from contact_manager.domain.csv_file import Import, bulk, os_reason
from contact_manager.domain.csv_import import (
    CsvTable,
    ImportCancelled,
    ImportFileError,
    Preview,
    UnplacedColumns,
    Verdict,
    columns_to_place,
    guess_mapping,
    judge,
    refused_rows,
    write_csv,
)
from contact_manager.domain.history import Action
from contact_manager.domain.text import translate
from contact_manager.domain.user_files import read_users_file
from contact_manager.files import write_text_atomically
from contact_manager.services.base import Service
from contact_manager.store.models import User

CHUNK_SIZE = 5000

Progress = Callable[[int, int], None]
CancelCheck = Callable[[], bool]

_HISTORY = (
    "INSERT INTO history (account_id, at, actor, action, role, subject, old_value, new_value) "
    "VALUES (?, ?, ?, ?, ?, ?, ?, ?)"
)
_INSERT = (
    "INSERT INTO app_user (account_id, first_name, last_name, email, email_key, active, job_title, phone) "
    "VALUES (?, ?, ?, ?, ?, 1, ?, ?)"
)


@dataclass(frozen=True)
class ImportResult:
    imported: int  # new users written
    present: int  # rows skipped because the account already has the address
    refused: int  # rows refused in the preview


class ImportService(Service):
    def read(self, path: str | os.PathLike[str], sheet: str | None = None) -> CsvTable:
        """Read a CSV, .xlsx (``sheet``, else the first) or vCard file from disk; ImportFileError
        when it can't be read at all. The file is only read."""
        source = Path(path)
        try:
            data = source.read_bytes()
        except OSError as error:
            raise ImportFileError(source.name, os_reason(error)) from None
        return read_users_file(data, source.name, sheet)

    def existing_keys(self, account_id: int) -> set[str]:
        with self.store.read():
            self._account(account_id)
            cursor = self.store.db.execute_sql(
                "SELECT email_key FROM app_user WHERE account_id = ?", (account_id,)
            )
            return {key for (key,) in cursor}

    def preview(
        self,
        account_id: int,
        table: CsvTable,
        mapping: dict[str, int] | None = None,
        *,
        progress: Progress | None = None,
        cancelled: CancelCheck | None = None,
    ) -> Preview:
        """Every row's verdict. Without ``mapping`` the headers must be recognised, and place
        every column while a field is missing (else UnplacedColumns: nothing is dropped unseen).

        ``progress``/``cancelled`` as for ``run`` (a cancel raises ImportCancelled).
        """
        if mapping is None and table.format is not None:  # an admin console's export: its own rules
            mapping = table.format.mapping
        elif mapping is None:
            mapping = guess_mapping(table.header) if table.has_header else None
            if mapping is None:
                problem = translate(
                    "Import", "the column titles are not recognised; choose which column is which."
                )
                raise ImportFileError(table.name, problem)
            unplaced = columns_to_place(table, mapping)
            if unplaced:
                raise UnplacedColumns(table, mapping, unplaced)
        return judge(table, mapping, self.existing_keys(account_id), progress=progress, cancelled=cancelled)

    def run(
        self,
        account_id: int,
        preview: Preview,
        *,
        progress: Progress | None = None,
        cancelled: CancelCheck | None = None,
        expected_version: int | None = None,
        chunk_size: int = CHUNK_SIZE,
    ) -> ImportResult:
        """Import the rows judged new, in one transaction, in chunks.

        ``progress(done, total)`` is called after each chunk, ``cancelled()`` before each: when
        it returns True the transaction is rolled back and ImportCancelled is raised. A row whose
        address was added meanwhile (by another window) is skipped, not duplicated.
        """
        accepted = preview.of(Verdict.NEW)
        refused = len(preview.of(Verdict.REFUSED))
        total = len(accepted)
        with self.store.roomy_cache(), self.store.transaction(), bulk():
            existing = self._keys_now(account_id)
            rows = [
                (account_id, r.first_name, r.last_name, r.email, r.key, r.job_title, r.phone)
                for r in accepted
                if r.key not in existing
            ]
            skipped = total - len(rows)
            if rows:
                self._touch(account_id, expected_version)
            done = 0
            for start in range(0, len(rows), chunk_size):
                if cancelled is not None and cancelled():
                    raise ImportCancelled()
                chunk = rows[start : start + chunk_size]
                self.store.execute_many(_INSERT, chunk)
                self.store.execute_many(_HISTORY, self._history_rows(account_id, chunk))
                done += len(chunk)
                if progress is not None:
                    progress(done, len(rows))
            if cancelled is not None and cancelled():
                raise ImportCancelled()
            if rows:
                summary = Import.tr("Imported %n user(s) from {file}", "", len(rows)).format(
                    file=preview.table.name
                )
                self._record(account_id, Action.USER_ADD, subject=preview.table.name, new=summary)
        present = len(preview.of(Verdict.PRESENT)) + skipped
        return ImportResult(imported=len(rows), present=present, refused=refused)

    def _history_rows(self, account_id: int, chunk: list[tuple]) -> list[tuple]:
        """One "User added" row per imported user, naming them (History's person filter finds each)."""
        at = datetime.now(UTC).isoformat(timespec="seconds")
        action = Action.USER_ADD.value
        # Person.display's text without making a Person: this runs once per imported user
        return [
            (account_id, at, self.actor, action, None, email, None, shown(first, last, email))
            for (_account, first, last, email, _key, _title, _phone) in chunk
        ]

    def import_file(
        self, account_id: int, path: str | os.PathLike[str], mapping: dict[str, int] | None = None
    ) -> tuple[Preview, ImportResult]:
        """Read, judge and import a file in one call (the command line's path)."""
        preview = self.preview(account_id, self.read(path), mapping)
        return preview, self.run(account_id, preview)

    def write_refused(self, preview: Preview, path: str | os.PathLike[str]) -> int:
        """Write the refused rows (their original columns plus a reason) to ``path``.

        Same separator as the source file, UTF-8 with a BOM so spreadsheets read the accents,
        every cell neutralised against formulas. Returns how many rows were written.
        """
        stream = io.StringIO(newline="")
        write_csv(stream, refused_rows(preview), preview.table.delimiter)
        write_text_atomically(path, stream.getvalue(), encoding="utf-8-sig")
        return len(preview.of(Verdict.REFUSED))

    def check_writable(self, path: str | os.PathLike[str]) -> None:
        """Raise OSError now if ``write_refused`` could not write ``path``: checked before an
        import, so that a typo in the path refuses the command before anything is imported."""
        target = Path(path)
        if target.is_dir():
            raise IsADirectoryError(errno.EISDIR, os.strerror(errno.EISDIR), str(target))
        temporary = target.with_name(target.name + ".part")
        existed = temporary.exists()
        with temporary.open("a", encoding="utf-8"):
            pass
        if not existed:
            temporary.unlink(missing_ok=True)

    def _keys_now(self, account_id: int) -> set[str]:
        self._account(account_id)
        # the stub gives .tuples() the model query's type; its rows are (email_key,) tuples
        query: Iterable[tuple[str]] = (
            User.select(User.email_key).where(User.account == account_id).tuples()  # type: ignore[assignment]
        )
        return {key for (key,) in query}
