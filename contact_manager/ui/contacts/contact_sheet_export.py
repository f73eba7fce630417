"""The PDF contact sheet as an export: declared here, beside the services' own exports
(``services/exports.py``), since Qt prints it; loading this module adds it to the File menu.
The printing code (``contact_sheet_pdf``) is imported when a sheet is first printed."""

from __future__ import annotations

import os

from contact_manager.domain.text import QT_TRANSLATE_NOOP
from contact_manager.services import exports
from contact_manager.services.exports import ACCOUNT, Export, Request


def _write(request: Request, path: str | os.PathLike[str]) -> int:
    from contact_manager.ui.contacts.contact_sheet_pdf import write_contact_sheet_pdf

    sheet = request.services.contacts.sheet(request.account_id)
    write_contact_sheet_pdf(sheet, path)
    return len(sheet.assignments())


PDF = exports.declare(
    Export(
        "pdf",
        ACCOUNT,
        "pdf",
        QT_TRANSLATE_NOOP("Exports", "PDF files (*.pdf)"),
        _write,
        QT_TRANSLATE_NOOP("Exports", "&Print contact sheet to PDF..."),
        QT_TRANSLATE_NOOP("Exports", "A printable contact sheet of the account"),
        title=QT_TRANSLATE_NOOP("Exports", "Save the contact sheet as PDF"),
        folder="pdf",
        action="print_pdf",
    )
)
