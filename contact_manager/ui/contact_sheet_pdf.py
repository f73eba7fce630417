"""A printable contact sheet as PDF (Qt's own printing): the account, each role and its holder,
who receives which notice, and when the contacts were last reviewed."""

from __future__ import annotations

import html
import os
from datetime import date
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QDate, QLocale, QMarginsF, QSizeF
from PySide6.QtGui import QPageLayout, QPageSize, QTextDocument
from PySide6.QtPrintSupport import QPrinter

from contact_manager.domain.contacts import ContactSheet, Person
from contact_manager.domain.roles import OTHER_ROLES, Role
from contact_manager.domain.routing import routing_table


def _tr(text: str) -> str:
    return QCoreApplication.translate("ContactSheetPdf", text)


def _date(day: date) -> str:
    return QLocale().toString(QDate(day.year, day.month, day.day), QLocale.FormatType.LongFormat)


def _holder(person: Person | None) -> str:
    if person is None:
        return f"<i>{html.escape(_tr('Not set'))}</i>"
    text = html.escape(person.display)
    if person.external:
        text += f" <i>({html.escape(_tr('outside address'))})</i>"
    elif not person.active:
        text += f" <b>({html.escape(_tr('deactivated'))})</b>"
    return text


def contact_sheet_html(sheet: ContactSheet, today: date | None = None) -> str:
    today = today or date.today()
    rows: list[tuple[str, str]] = [(Role.PRIMARY.label, _holder(sheet.primary))]
    if sheet.billing:
        rows += [(Role.BILLING.label, _holder(person)) for person in sheet.billing]
    else:
        rows.append((Role.BILLING.label, _holder(None)))
    rows += [(role.label, _holder(sheet.others.get(role))) for role in OTHER_ROLES]
    roles = "".join(f"<tr><td>{html.escape(label)}</td><td>{holder}</td></tr>" for label, holder in rows)
    notices = "".join(
        "<tr><td>{}</td><td>{}</td></tr>".format(
            html.escape(notice.label),
            "<br/>".join(html.escape(p.display) for p in people) or f"<i>{html.escape(_tr('Nobody'))}</i>",
        )
        for notice, people in routing_table(sheet)
    )
    reviewed = (
        _tr("Contacts last reviewed on {date}.").format(date=_date(sheet.reviewed_on))
        if sheet.reviewed_on
        else _tr("The contacts have never been reviewed.")
    )
    style = (
        "body { font-family: sans-serif; font-size: 10pt; }"
        "h1 { font-size: 18pt; margin-bottom: 2pt; } h2 { font-size: 12pt; margin-top: 14pt; }"
        "table { border-collapse: collapse; } th { text-align: left; background: #e8e8e8; }"
        "td, th { padding: 4px 8px; border: 1px solid #999; vertical-align: top; }"
        ".note { color: #444; }"
    )
    head = f"<tr><th>{html.escape(_tr('Role'))}</th><th>{html.escape(_tr('Holder'))}</th></tr>"
    route_head = f"<tr><th>{html.escape(_tr('Notice'))}</th><th>{html.escape(_tr('Recipients'))}</th></tr>"
    printed = _tr("Points of contact, printed on {date}.").format(date=_date(today))
    return (
        f"<html><head><style>{style}</style></head><body>"
        f"<h1>{html.escape(sheet.account_name)}</h1>"
        f"<p class='note'>{html.escape(printed)}</p>"
        f"<h2>{html.escape(_tr('Points of contact'))}</h2>"
        f"<table width='100%' cellspacing='0' cellpadding='4' border='1'>{head}{roles}</table>"
        f"<h2>{html.escape(_tr('Who receives which notice'))}</h2>"
        f"<table width='100%' cellspacing='0' cellpadding='4' border='1'>{route_head}{notices}</table>"
        f"<h2>{html.escape(_tr('Review'))}</h2><p>{html.escape(reviewed)}</p>"
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
    """Print the contact sheet to a PDF file at ``path`` (written aside, then moved into place)."""
    target = Path(path)
    partial = target.with_name(target.name + ".part")
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    printer.setOutputFileName(str(partial))
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
    try:
        document.print_(printer)
        if not partial.is_file() or partial.stat().st_size == 0:
            raise OSError(_tr("The PDF could not be written."))
        os.replace(partial, target)
    finally:
        partial.unlink(missing_ok=True)
    return target
