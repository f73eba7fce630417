"""A printable contact sheet as PDF (Qt's own printing): the account, each role and its holder,
who receives which notice, and when the contacts were last reviewed.

Qt prints it, so this export is declared in the ui (``contact_sheet_export``), the same way as
those of ``services/exports.py``."""

from __future__ import annotations

import html
import os
from datetime import date
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QDate, QLocale, QMarginsF, QSizeF
from PySide6.QtGui import QPageLayout, QPageSize, QTextDocument
from PySide6.QtPrintSupport import QPrinter

from contact_manager.domain.contacts import ContactSheet, Person
from contact_manager.domain.roles import Role
from contact_manager.domain.routing import routing_table
from contact_manager.files import atomic_path


def _date(day: date) -> str:
    return QLocale().toString(QDate(day.year, day.month, day.day), QLocale.FormatType.LongFormat)


def _holder(person: Person | None) -> str:
    if person is None:
        return "<i>" + html.escape(QCoreApplication.translate("ContactSheetPdf", "Not set")) + "</i>"
    text = html.escape(person.display)
    if person.external:
        note = QCoreApplication.translate("ContactSheetPdf", "external address")
        text += f" <i>({html.escape(note)})</i>"
    elif not person.active:
        note = QCoreApplication.translate("ContactSheetPdf", "deactivated")
        text += f" <b>({html.escape(note)})</b>"
    return text


def contact_sheet_html(sheet: ContactSheet, today: date | None = None) -> str:
    today = today or date.today()
    rows = [(role.label, _holder(person)) for role in Role for person in sheet.holders(role) or (None,)]
    roles = "".join(f"<tr><td>{html.escape(label)}</td><td>{holder}</td></tr>" for label, holder in rows)
    nobody = "<i>" + html.escape(QCoreApplication.translate("ContactSheetPdf", "Nobody")) + "</i>"
    notices = "".join(
        "<tr><td>{}</td><td>{}</td></tr>".format(
            html.escape(notice.label),
            "<br/>".join(html.escape(p.display) for p in people) or nobody,
        )
        for notice, people in routing_table(sheet)
    )
    reviewed = (
        QCoreApplication.translate("ContactSheetPdf", "Contacts last reviewed on {date}.").format(
            date=_date(sheet.reviewed_on)
        )
        if sheet.reviewed_on
        else QCoreApplication.translate("ContactSheetPdf", "The contacts have never been reviewed.")
    )
    style = (
        "body { font-family: sans-serif; font-size: 10pt; }"
        "h1 { font-size: 18pt; margin-bottom: 2pt; } h2 { font-size: 12pt; margin-top: 14pt; }"
        "table { border-collapse: collapse; } th { text-align: left; background: #e8e8e8; }"
        "td, th { padding: 4px 8px; border: 1px solid #999; vertical-align: top; }"
        ".note { color: #444; }"
    )
    text = {
        "role": QCoreApplication.translate("ContactSheetPdf", "Role"),
        "holder": QCoreApplication.translate("ContactSheetPdf", "Holder"),
        "notice": QCoreApplication.translate("ContactSheetPdf", "Notice"),
        "recipients": QCoreApplication.translate("ContactSheetPdf", "Recipients"),
        "contacts": QCoreApplication.translate("ContactSheetPdf", "Points of contact"),
        "routing": QCoreApplication.translate("ContactSheetPdf", "Who receives which notice"),
        "review": QCoreApplication.translate("ContactSheetPdf", "Review"),
        "printed": QCoreApplication.translate(
            "ContactSheetPdf", "Points of contact, printed on {date}."
        ).format(date=_date(today)),
    }
    e = {key: html.escape(value) for key, value in text.items()}
    table = "<table width='100%' cellspacing='0' cellpadding='4' border='1'>"
    return (
        f"<html><head><style>{style}</style></head><body>"
        f"<h1>{html.escape(sheet.account_name)}</h1>"
        f"<p class='note'>{e['printed']}</p>"
        f"<h2>{e['contacts']}</h2>"
        f"{table}<tr><th>{e['role']}</th><th>{e['holder']}</th></tr>{roles}</table>"
        f"<h2>{e['routing']}</h2>"
        f"{table}<tr><th>{e['notice']}</th><th>{e['recipients']}</th></tr>{notices}</table>"
        f"<h2>{e['review']}</h2><p>{html.escape(reviewed)}</p>"
        "</body></html>"
    )


def contact_sheet_document(sheet: ContactSheet, today: date | None = None) -> QTextDocument:
    document = QTextDocument()
    document.setDocumentMargin(0)
    document.setHtml(contact_sheet_html(sheet, today))
    return document


def write_contact_sheet_pdf(
    sheet: ContactSheet, path: str | os.PathLike[str], today: date | None = None
) -> Path:
    """Print the contact sheet to a PDF file at ``path`` (owner-only, written aside, then moved
    into place)."""
    target = Path(path)
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    printer.setDocName(sheet.account_name)
    printer.setCreator("Contact Manager")
    printer.setPageLayout(
        QPageLayout(
            QPageSize(QPageSize.PageSizeId.A4),
            QPageLayout.Orientation.Portrait,
            QMarginsF(18, 18, 18, 18),
            QPageLayout.Unit.Millimeter,
        )
    )
    document = contact_sheet_document(sheet, today)
    document.setPageSize(QSizeF(printer.pageRect(QPrinter.Unit.Point).size()))
    with atomic_path(target) as partial:
        printer.setOutputFileName(str(partial))
        document.print_(printer)
        if not partial.is_file() or partial.stat().st_size == 0:
            raise OSError(QCoreApplication.translate("ContactSheetPdf", "The PDF could not be written."))
    return target
