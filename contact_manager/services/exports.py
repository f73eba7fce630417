"""Every file the app exports, each declared once: its name, what it exports, its file suffix
and filter, its File-menu text, and its writer.

    exports.of(exports.ACCOUNT)                   # the account's exports, in the menu's order
    exports.find(exports.HISTORY, "csv").write(Request(services, account_id), path)

The command line's ``--format`` choices, the File menu's export actions and their file
questions are made from this list. Adding a format is one ``declare(Export(...))`` and its
writer: a pure renderer in the domain (``domain/sheet_export.py``, ``domain/history_export.py``)
and the one atomic write (``files.write_text_atomically``), so a failure never leaves half a
file behind. A writer that needs Qt (the PDF contact sheet) is declared by its own module in
the ui, the same way, and so exists only where that module is loaded.
"""

from __future__ import annotations

import os
from collections.abc import Callable
from dataclasses import dataclass
from typing import TYPE_CHECKING

from contact_manager.domain.text import QT_TRANSLATE_NOOP, translate
from contact_manager.files import atomic_write, write_text_atomically

if TYPE_CHECKING:
    from contact_manager.domain.contacts import ContactSheet
    from contact_manager.domain.roles import Role
    from contact_manager.services import Services

ACCOUNT = "account"  # the account: its details, contacts and users
HISTORY = "history"  # the account's changes
CONTEXT = "Exports"  # the translation context of the texts below


def _iso(at: str) -> str:
    return at


@dataclass(frozen=True)
class Request:
    """What to export: the account, and the front end's choices for the file."""

    services: Services
    account_id: int
    delimiter: str = ","  # the window passes its locale's (";" where the decimal mark is a comma)
    when: Callable[[str], str] = _iso  # how the history's "When" column reads a UTC time
    role: Role | None = None  # the history's filters
    person: str = ""


Writer = Callable[[Request, "str | os.PathLike[str]"], int]  # -> how many entries were written


@dataclass(frozen=True)
class Export:
    """One export. The texts are marked for translation in the "Exports" context; ``label``
    gives one in the current language."""

    name: str  # the command line's --format word
    subject: str  # ACCOUNT or HISTORY
    suffix: str  # the suggested file name's
    files: str  # the file chooser's filters (";;"-separated)
    write: Writer
    text: str = ""  # the File menu's text (an ACCOUNT export is a File-menu action)
    tip: str = ""  # the action's tooltip and status tip
    title: str = ""  # the file chooser's title, when not the subject's usual one
    folder: str = "export"  # the folder the file chooser remembers (ui.kit.file_folders)
    action: str = ""  # the File-menu action's name; export_<name> when not given
    question: str = ""  # the file question's kind (the dialogs seam); export_<name> when not given

    @property
    def action_name(self) -> str:
        return self.action or f"export_{self.name}"

    @property
    def question_kind(self) -> str:
        return self.question or f"export_{self.name}"

    def label(self, text: str) -> str:
        return translate(CONTEXT, text) if text else ""


_EXPORTS: list[Export] = []


def declare(export: Export) -> Export:
    """Add ``export`` to the list (again: replaces the one of that subject and name)."""
    for index, known in enumerate(_EXPORTS):
        if (known.subject, known.name) == (export.subject, export.name):
            _EXPORTS[index] = export
            return export
    _EXPORTS.append(export)
    return export


def of(subject: str) -> list[Export]:
    """The exports of ``subject``, in the order declared."""
    return [export for export in _EXPORTS if export.subject == subject]


def names(subject: str) -> list[str]:
    return [export.name for export in of(subject)]


def find(subject: str, name: str) -> Export:
    for export in of(subject):
        if export.name == name:
            return export
    raise KeyError(name)


def write(
    services: Services,
    account_id: int,
    name: str,
    path: str | os.PathLike[str],
    *,
    subject: str = ACCOUNT,
    **choices,
) -> int:
    """Write the export ``name`` of ``subject`` for the account; how many entries it holds.
    ``choices``: the Request's (``delimiter``, ``when``, ``role``, ``person``)."""
    return find(subject, name).write(Request(services, account_id, **choices), path)


# --- the writers ------------------------------------------------------------------------------


def read_sheet(request: Request) -> ContactSheet:
    """The account's contact sheet; DamagedData when a value of it could not be read."""
    from contact_manager.services.account_document import refuse_damaged

    sheet = request.services.contacts.sheet(request.account_id)
    refuse_damaged(sheet.damage)
    return sheet


def _json(request: Request, path: str | os.PathLike[str]) -> int:
    from contact_manager.services.account_document import write_document

    document = request.services.exchange.document(request.account_id)
    write_document(document, path)
    return len(document.contacts)


def _csv(request: Request, path: str | os.PathLike[str]) -> int:
    from contact_manager.domain.sheet_export import contacts_csv

    sheet = read_sheet(request)
    write_text_atomically(path, contacts_csv(sheet, request.delimiter), encoding="utf-8-sig")
    return len(sheet.assignments())


def _vcard(request: Request, path: str | os.PathLike[str]) -> int:
    from contact_manager.domain.sheet_export import holders, vcards

    sheet = read_sheet(request)
    write_text_atomically(path, vcards(sheet))
    return len(holders(sheet))


def _xlsx(request: Request, path: str | os.PathLike[str]) -> int:
    from contact_manager.domain.sheet_export import workbook_sheets
    from contact_manager.domain.workbook import write_workbook

    document = request.services.exchange.export_data(request.account_id)
    sheet = read_sheet(request)
    with atomic_write(path, encoding=None) as stream:
        write_workbook(stream, workbook_sheets(sheet, document["users"]))
    return len(sheet.assignments())


def _history_csv(request: Request, path: str | os.PathLike[str]) -> int:
    from contact_manager.domain.history_export import history_csv

    changes = request.services.history.every(request.account_id, role=request.role, person=request.person)
    text, count = history_csv(changes, request.when, request.delimiter)
    write_text_atomically(path, text, encoding="utf-8-sig")  # BOM: spreadsheets read it as UTF-8
    return count


declare(
    Export(
        "json",
        ACCOUNT,
        "json",
        QT_TRANSLATE_NOOP("Exports", "JSON files (*.json)"),
        _json,
        QT_TRANSLATE_NOOP("Exports", "Export as &JSON..."),
        QT_TRANSLATE_NOOP("Exports", "Save the account to a JSON file"),
    )
)
declare(
    Export(
        "csv",
        ACCOUNT,
        "csv",
        QT_TRANSLATE_NOOP("Exports", "CSV files (*.csv)"),
        _csv,
        QT_TRANSLATE_NOOP("Exports", "Export as &CSV..."),
        QT_TRANSLATE_NOOP("Exports", "Save the contacts to a CSV file"),
    )
)
declare(
    Export(
        "vcard",
        ACCOUNT,
        "vcf",
        QT_TRANSLATE_NOOP("Exports", "vCard files (*.vcf)"),
        _vcard,
        QT_TRANSLATE_NOOP("Exports", "Export as &vCard..."),
        QT_TRANSLATE_NOOP("Exports", "Save the contacts for an address book"),
    )
)
declare(
    Export(
        "xlsx",
        ACCOUNT,
        "xlsx",
        QT_TRANSLATE_NOOP("Exports", "Excel workbooks (*.xlsx)"),
        _xlsx,
        QT_TRANSLATE_NOOP("Exports", "Export as E&xcel..."),
        QT_TRANSLATE_NOOP("Exports", "Save the contacts and the users to an Excel workbook"),
    )
)
declare(
    Export(
        "csv",
        HISTORY,
        "csv",
        QT_TRANSLATE_NOOP("Exports", "CSV files (*.csv);;All files (*)"),
        _history_csv,
        title=QT_TRANSLATE_NOOP("Exports", "Export history"),
    )
)
