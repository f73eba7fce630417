"""The contact sheet rendered for other programs: CSV rows, the users' rows, vCards. Pure: a
sheet (or the exported account document) in, rows or text out; no files, no Qt."""

from __future__ import annotations

import io
from collections.abc import Mapping, Sequence
from typing import Any

from contact_manager.domain.contacts import ContactSheet, Person
from contact_manager.domain.csv_file import write_csv
from contact_manager.domain.emails import email_key
from contact_manager.domain.roles import Role
from contact_manager.domain.text import translate, without_controls

USER_FIELDS = ("first_name", "last_name", "email", "job_title", "phone")


def yes_no(flag: bool) -> str:
    return translate("Export", "yes") if flag else translate("Export", "no")


def csv_rows(sheet: ContactSheet) -> list[list[str]]:
    """The header, then one row per role held: role, name, email, external, active."""
    header = [
        translate("Export", "Role"),
        translate("Export", "Name"),
        translate("Export", "Email"),
        translate("Export", "External"),
        translate("Export", "Active"),
    ]
    rows = [header]
    for role, person in sheet.assignments():
        rows.append(
            [role.label, person.name or "", person.email, yes_no(person.external), yes_no(person.active)]
        )
    return rows


def contacts_csv(sheet: ContactSheet, delimiter: str = ",") -> str:
    """``csv_rows`` as CSV text, every cell neutralised against formulas."""
    stream = io.StringIO(newline="")
    write_csv(stream, csv_rows(sheet), delimiter)
    return stream.getvalue()


def user_rows(users: Sequence[Mapping[str, Any]]) -> list[list[str]]:
    """The header, then one row per user of the exported document (``export_data``'s users)."""
    header = [
        translate("Export", "First name"),
        translate("Export", "Last name"),
        translate("Export", "Email"),
        translate("Export", "Job title"),
        translate("Export", "Phone"),
        translate("Export", "Active"),
    ]
    return [header, *([user[f] or "" for f in USER_FIELDS] + [yes_no(user["active"])] for user in users)]


def workbook_sheets(sheet: ContactSheet, users: Sequence[Mapping[str, Any]]) -> list[tuple[str, list]]:
    """The Excel export's sheets: the contacts, then the users."""
    return [
        (translate("Export", "Contacts"), csv_rows(sheet)),
        (translate("Export", "Users"), user_rows(users)),
    ]


def vcard_escape(text: str) -> str:
    """Escape a vCard 3.0 text value: backslash, comma, semicolon and line breaks.

    Every line boundary a reader may split on (CR, LF, VT, FF, NEL, U+2028, U+2029, the file
    separators) becomes ``\\n``; any other control character is dropped.
    """
    text = text.replace("\\", "\\\\").replace(",", "\\,").replace(";", "\\;")
    return "\\n".join(without_controls(part) for part in text.splitlines())


def vcard_fold(line: str, limit: int = 75) -> str:
    """Fold a content line at ``limit`` octets (CRLF + space), never inside a UTF-8 character."""
    parts: list[str] = []
    current, size = "", 0
    budget = limit
    for char in line:
        width = len(char.encode("utf-8"))
        if size + width > budget:
            parts.append(current)
            current, size, budget = "", 0, limit - 1  # continuation lines start with a space
        current += char
        size += width
    parts.append(current)
    return "\r\n ".join(parts)


def holders(sheet: ContactSheet) -> list[tuple[Person, list[Role]]]:
    """Each person holding a role, once, with their roles, in the sheet's order."""
    grouped: dict[object, tuple[Person, list[Role]]] = {}
    for role, person in sheet.assignments():
        key = person.user_id if person.user_id is not None else ("external", email_key(person.email))
        grouped.setdefault(key, (person, []))[1].append(role)
    return list(grouped.values())


def vcards(sheet: ContactSheet) -> str:
    """One vCard 3.0 per person holding a role: FN, N, EMAIL, TITLE, TEL, ORG, NOTE (the roles)."""
    cards = []
    for person, roles in holders(sheet):
        lines = [
            "BEGIN:VCARD",
            "VERSION:3.0",
            "FN:" + vcard_escape(person.name or person.email),
            "N:" + ";".join([vcard_escape(person.last_name), vcard_escape(person.first_name), "", "", ""]),
            "EMAIL;TYPE=INTERNET:" + vcard_escape(person.email),
        ]
        if person.job_title:
            lines.append("TITLE:" + vcard_escape(person.job_title))
        if person.phone:
            lines.append("TEL;TYPE=WORK,VOICE:" + vcard_escape(person.phone))
        lines.append("ORG:" + vcard_escape(sheet.account_name))
        note = translate("Export", "{account}: {roles}").format(
            account=sheet.account_name, roles=", ".join(role.label for role in roles)
        )
        lines.append("NOTE:" + vcard_escape(note))
        lines.append("END:VCARD")
        cards.append("".join(vcard_fold(line) + "\r\n" for line in lines))
    return "".join(cards)
