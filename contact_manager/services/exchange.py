"""Handing an account to others, and taking one back: JSON, CSV, vCard and Excel.

Entry points (the File menu and the command line call these)::

    services.exchange.export_json(account_id, path)     # read back by import_json
    services.exchange.export_csv(account_id, path)      # role, name, email, external, active
    services.exchange.export_vcard(account_id, path)    # one vCard 3.0 per person holding a role
    services.exchange.export_xlsx(account_id, path)     # the contact sheet and the users, a sheet each
    services.exchange.import_json(path, name=None)      # a new account; AccountExists if taken

Every file is written with ``files.write_text_atomically``: owner-only, and moved into place
whole, so a failure never leaves half a file behind.
"""

from __future__ import annotations

import io
import json
import os
from datetime import UTC, date, datetime
from pathlib import Path
from typing import Any

from contact_manager.domain import contacts as rules
from contact_manager.domain.company import FIELDS, clean_field, clean_name, clean_optional, clean_person_name
from contact_manager.domain.contacts import ContactSheet, Person
from contact_manager.domain.csv_file import Import, os_reason
from contact_manager.domain.csv_import import ImportFileError, write_csv
from contact_manager.domain.damage import DamagedData, collect
from contact_manager.domain.emails import email_key, normalize_email
from contact_manager.domain.errors import AccountExists, DuplicateContact, DuplicateEmail, NotFound
from contact_manager.domain.history import Action
from contact_manager.domain.roles import Role
from contact_manager.domain.text import translate, without_controls
from contact_manager.domain.workbook import write_workbook
from contact_manager.files import atomic_write, write_text_atomically
from contact_manager.services.accounts import account_damage, name_key
from contact_manager.services.base import Service, person_of
from contact_manager.services.contacts import ContactService
from contact_manager.store.models import Account, RoleAssignment, User

FORMAT = "contact-manager/account"
FORMAT_VERSION = 1
DETAIL_FIELDS = tuple(f for f in FIELDS if f != "name")


def refuse_damaged(*damage: tuple) -> None:
    """An export carries no damaged value: DamagedData names them instead."""
    found = collect(damage)
    if found:
        raise DamagedData(found)


class ExchangeService(Service):
    # --- exporting --------------------------------------------------------------------

    def export_data(self, account_id: int) -> dict[str, Any]:
        """The account as a JSON-ready document: details, users, every role, reviewed date."""
        with self.store.read():
            account = self._account(account_id)
            sheet = ContactService(self.store, self.actor)._sheet(account_id)
            users = User.select().where(User.account == account_id)
            users = users.order_by(User.last_name, User.first_name, User.email_key)
            people = [person_of(user) for user in users]
        refuse_damaged(account_damage(account), sheet.damage, *(p.damage for p in people))
        return {
            "format": FORMAT,
            "format_version": FORMAT_VERSION,
            "account": {
                "name": account.name,
                **{f: getattr(account, f) for f in DETAIL_FIELDS},
                "reviewed_on": sheet.reviewed_on.isoformat() if sheet.reviewed_on else None,
            },
            "users": [
                {
                    "first_name": p.first_name,
                    "last_name": p.last_name,
                    "email": p.email,
                    "job_title": p.job_title,
                    "phone": p.phone,
                    "active": p.active,
                }
                for p in people
            ],
            "contacts": [
                {"role": role.value, "email": person.email, "external": person.external}
                for role, person in sheet.assignments()
            ],
        }

    def export_json(self, account_id: int, path: str | os.PathLike[str]) -> Path:
        text = json.dumps(self.export_data(account_id), ensure_ascii=False, indent=2) + "\n"
        return write_text_atomically(path, text)

    def export_csv(self, account_id: int, path: str | os.PathLike[str], delimiter: str = ",") -> Path:
        """The contact sheet as CSV (UTF-8 with BOM), every cell neutralised against formulas.

        ``delimiter``: the window passes its locale's (";" where the decimal mark is a comma).
        """
        stream = io.StringIO(newline="")
        write_csv(stream, csv_rows(self._read_sheet(account_id)), delimiter)
        return write_text_atomically(path, stream.getvalue(), encoding="utf-8-sig")

    def export_vcard(self, account_id: int, path: str | os.PathLike[str]) -> Path:
        return write_text_atomically(path, vcards(self._read_sheet(account_id)))

    def export_xlsx(self, account_id: int, path: str | os.PathLike[str]) -> Path:
        """The contact sheet and the users as an Excel workbook, one sheet each."""
        document = self.export_data(account_id)
        users = [
            [
                translate("Export", "First name"),
                translate("Export", "Last name"),
                translate("Export", "Email"),
                translate("Export", "Job title"),
                translate("Export", "Phone"),
                translate("Export", "Active"),
            ]
        ]
        for user in document["users"]:
            fields = ("first_name", "last_name", "email", "job_title", "phone")
            users.append([user[f] or "" for f in fields] + [_yes_no(user["active"])])
        contacts = csv_rows(self._read_sheet(account_id))
        sheets = [(translate("Export", "Contacts"), contacts), (translate("Export", "Users"), users)]
        with atomic_write(path, encoding=None) as stream:
            write_workbook(stream, sheets)
        return Path(path)

    def _read_sheet(self, account_id: int) -> ContactSheet:
        sheet = ContactService(self.store, self.actor).sheet(account_id)
        refuse_damaged(sheet.damage)
        return sheet

    # --- importing --------------------------------------------------------------------

    def import_json(self, path: str | os.PathLike[str], name: str | None = None) -> int:
        """Create a new account from an exported JSON file; return its id.

        ``name`` gives it another name than the file's. An account of that name already
        existing raises AccountExists: nothing is ever overwritten.
        """
        source = Path(path)
        try:
            text = source.read_text(encoding="utf-8-sig")
        except OSError as error:
            raise ImportFileError(source.name, os_reason(error)) from None
        except UnicodeDecodeError:
            raise ImportFileError(source.name, translate("Import", "it is not a JSON file.")) from None
        return self.import_data(read_json(text, source.name), name=name, source=source.name)

    def import_data(self, document: Any, *, name: str | None = None, source: str = "") -> int:
        plan = _Plan.read(document, name, source)
        with self.store.transaction():
            if Account.get_or_none(Account.name_key == name_key(plan.name)) is not None:
                raise AccountExists(plan.name)
            account = Account.create(
                name=plan.name,
                name_key=name_key(plan.name),
                created_at=datetime.now(UTC),
                reviewed_on=plan.reviewed_on,
                **plan.details,
            )
            ids = {}
            for user in plan.users:
                ids[user["key"]] = User.create(
                    account=account.id, **{k: v for k, v in user.items() if k != "key"}
                ).id
            for role, slot, key, external in plan.contacts:
                RoleAssignment.create(
                    account=account.id,
                    role=role.value,
                    slot=slot,
                    user=None if external else ids[key],
                    external_email=key if external else None,
                )
            self._record(account.id, Action.ACCOUNT_CREATE, subject=plan.name, new=plan.name)
            if plan.users:
                count = len(plan.users)
                summary = Import.tr("Imported %n user(s) from {file}", "", count)
                summary = summary.format(file=source or plan.name)
                self._record(account.id, Action.USER_ADD, subject=source, new=summary)
            return account.id


def read_json(text: str, name: str = "") -> Any:
    """The document in ``text``, or ImportFileError: hostile JSON (nested thousands deep, a
    number of thousands of digits) is refused with a sentence, not a traceback."""
    try:
        return json.loads(text)
    except RecursionError:
        problem = translate("Import", "it is nested too deeply to be an exported account.")
    except json.JSONDecodeError:
        problem = translate("Import", "it is not a JSON file.")
    except ValueError:  # Python's limit on the digits of an integer
        problem = translate("Import", "it holds a number too long to be an exported account.")
    raise ImportFileError(name, problem)


def _text(value: Any) -> str:
    """A text field of the document: a string (or a plain number); anything else is refused."""
    if value is None:
        return ""
    if isinstance(value, str):
        return value
    if isinstance(value, int | float) and not isinstance(value, bool):
        return str(value)
    raise TypeError(value)


class _Plan:
    """An exported document, checked against every rule before anything is written."""

    def __init__(self) -> None:
        self.name = ""
        self.details: dict[str, str] = {}
        self.reviewed_on: date | None = None
        self.users: list[dict[str, Any]] = []
        self.contacts: list[tuple[Role, int, str, bool]] = []

    @classmethod
    def read(cls, document: Any, name: str | None, source: str) -> _Plan:
        try:
            return cls._read(document, name, source)
        except (TypeError, ValueError, AttributeError, RecursionError):  # a value of the wrong kind
            raise ImportFileError(source, translate("Import", "the file is incomplete.")) from None

    @classmethod
    def _read(cls, document: Any, name: str | None, source: str) -> _Plan:
        def bad(problem: str) -> ImportFileError:
            return ImportFileError(source, problem)

        if not isinstance(document, dict) or document.get("format") != FORMAT:
            raise bad(translate("Import", "it is not an account exported by Contact Manager."))
        if document.get("format_version") != FORMAT_VERSION:
            raise bad(translate("Import", "it was written by a newer version of Contact Manager."))
        account, users, contacts = document.get("account"), document.get("users"), document.get("contacts")
        if not isinstance(account, dict) or not isinstance(users, list) or not isinstance(contacts, list):
            raise bad(translate("Import", "the file is incomplete."))
        plan = cls()
        plan.name = clean_name(name if name is not None else _text(account.get("name")))
        plan.details = {f: clean_field(f, _text(account.get(f))) for f in DETAIL_FIELDS}
        try:
            reviewed = account.get("reviewed_on")
            plan.reviewed_on = date.fromisoformat(reviewed) if reviewed else None
        except (TypeError, ValueError):
            raise bad(translate("Import", "the review date is not a date.")) from None
        people: dict[str, Person] = {}
        for number, user in enumerate(users, start=1):
            if not isinstance(user, dict):
                raise bad(translate("Import", "the file is incomplete."))
            first, last = clean_person_name(_text(user.get("first_name")), _text(user.get("last_name")))
            address = normalize_email(_text(user.get("email")))
            key = email_key(address)
            if key in people:
                raise DuplicateEmail(address)
            active = user.get("active", True)
            if not isinstance(active, bool):
                raise bad(translate("Import", "the file is incomplete."))
            values = dict(
                first_name=first,
                last_name=last,
                email=address,
                email_key=key,
                job_title=clean_optional("job_title", _text(user.get("job_title"))),
                phone=clean_optional("phone", _text(user.get("phone"))),
                active=active,
            )
            plan.users.append({"key": key, **values})
            people[key] = Person(address, first, last, user_id=number, active=active)
        plan._read_contacts(contacts, people, bad)
        return plan

    def _read_contacts(self, contacts: list[Any], people: dict[str, Person], bad: Any) -> None:
        billing: list[Person] = []
        taken: set[Role] = set()
        for item in contacts:
            try:
                role = Role(item["role"])
                address = normalize_email(_text(item["email"]))
            except (TypeError, KeyError, ValueError):
                raise bad(translate("Import", "a contact in the file names no known role.")) from None
            person = people.get(email_key(address))
            if person is None:
                if item.get("external") is not True:
                    raise NotFound("user", address)
                person = Person(address)
            rules.check_can_hold(role, person)
            if role is Role.BILLING:
                sheet = ContactSheet(0, self.name, 1, billing=tuple(billing))
                rules.check_add_billing(sheet, person)
                slot = len(billing)
                billing.append(person)
            else:
                if role in taken:
                    raise DuplicateContact(role, person.display)
                taken.add(role)
                slot = 0
            key = person.email if person.external else email_key(person.email)
            self.contacts.append((role, slot, key, person.external))


# --- the CSV and vCard renderings (pure: a sheet in, text out) ---------------------------------


def _yes_no(flag: bool) -> str:
    return translate("Export", "yes") if flag else translate("Export", "no")


def csv_rows(sheet: ContactSheet) -> list[list[str]]:
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
            [role.label, person.name or "", person.email, _yes_no(person.external), _yes_no(person.active)]
        )
    return rows


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


__all__ = ["ExchangeService", "csv_rows", "holders", "vcard_escape", "vcard_fold", "vcards"]
