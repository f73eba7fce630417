"""Handing an account to another database, and taking one back: the JSON exchange.

Entry points (the File menu and the command line reach them through ``services.exports``)::

    services.exchange.export_data(account_id)           # the account as a JSON-ready document
    services.exchange.export_json(account_id, path)     # read back by import_json
    services.exchange.import_json(path, name=None)      # a new account; AccountExists if taken

The other exports (CSV, vCard, Excel, the history) are declared in ``services/exports.py``, their
renderers in the domain. Every file is written with ``files.atomic_write``: owner-only,
and moved into place whole, so a failure never leaves half a file behind.
"""

from __future__ import annotations

import json
import os
from datetime import UTC, date, datetime
from pathlib import Path
from typing import Any

from contact_manager.domain import contacts as rules
from contact_manager.domain.company import clean_field, clean_name, clean_optional, clean_person_name
from contact_manager.domain.contacts import ContactSheet, Person
from contact_manager.domain.csv_file import Import, os_reason
from contact_manager.domain.csv_import import ImportFileError
from contact_manager.domain.emails import email_key, normalize_email
from contact_manager.domain.errors import AccountExists, DuplicateContact, DuplicateEmail, NotFound
from contact_manager.domain.history import Action
from contact_manager.domain.roles import Role
from contact_manager.domain.text import translate
from contact_manager.services.account_document import (
    DETAIL_FIELDS,
    FORMAT,
    FORMAT_VERSION,
    AccountDocument,
    read_document,
    write_document,
)
from contact_manager.services.accounts import name_key
from contact_manager.services.base import Service
from contact_manager.store.models import Account, RoleAssignment, User


class ExchangeService(Service):
    # --- exporting --------------------------------------------------------------------

    def export_data(self, account_id: int) -> dict[str, Any]:
        """The account as a JSON-ready document: details, users, every role, reviewed date."""
        return self.document(account_id).as_dict()

    def document(self, account_id: int) -> AccountDocument:
        """The account as exported (``services/account_document.py``), read in one read."""
        with self.store.read():
            return read_document(self.store.db, account_id)

    def export_json(self, account_id: int, path: str | os.PathLike[str]) -> Path:
        """The account's JSON file, as ``import_json`` reads it back."""
        return write_document(self.document(account_id), path)

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


__all__ = ["ExchangeService", "read_json"]
