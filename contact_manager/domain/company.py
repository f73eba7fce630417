"""Company details and a user's own fields: plain field rules, checked before anything is saved.

The limits are said here once (``MAX_LENGTHS`` for the company, ``USER_MAX_LENGTHS`` for a
user): the dialogs' fields, the services, the import and the store's models read them.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from contact_manager.domain import emails
from contact_manager.domain.errors import InvalidField
from contact_manager.domain.text import clean_text, translate

FIELDS = ("name", "address", "country", "phone", "website", "vat_number")
MAX_LENGTHS = {"name": 200, "address": 500, "country": 2, "phone": 25, "website": 200, "vat_number": 30}
USER_FIELDS = ("first_name", "last_name", "email", "job_title", "phone")
USER_MAX_LENGTHS = {
    "first_name": 100,
    "last_name": 100,
    "email": emails.MAX_LENGTH,
    "job_title": 100,
    "phone": 25,
}

_PHONE = re.compile(r"^\+?[0-9 ()./-]{4,25}$")
_WEBSITE = re.compile(r"^(https?://)?[A-Za-z0-9-]+(\.[A-Za-z0-9-]+)+(:[0-9]+)?(/\S*)?$")
_VAT = re.compile(r"^[A-Z]{0,2}[0-9A-Z+*.]{2,13}$")
_COUNTRY = re.compile(r"^[A-Z]{2}$")


@dataclass(frozen=True)
class CompanyDetails:
    name: str
    address: str = ""
    country: str = ""
    phone: str = ""
    website: str = ""
    vat_number: str = ""


def field_label(field: str) -> str:
    labels = {
        "name": translate("Company", "Company name"),
        "address": translate("Company", "Address"),
        "country": translate("Company", "Country"),
        "phone": translate("Company", "Phone"),
        "website": translate("Company", "Website"),
        "vat_number": translate("Company", "VAT number"),
    }
    return labels[field]


def clean_name(text: str, field: str = "name") -> str:
    value = clean_text(text)
    if not value:
        raise InvalidField(field, translate("Company", "The account needs a name."))
    if len(value) > MAX_LENGTHS["name"]:
        raise InvalidField(field, translate("Company", "The name is too long."))
    return value


def clean_field(field: str, text: str) -> str:
    """Return the value to store for ``field``, or raise InvalidField with the reason."""
    if field == "name":
        return clean_name(text)
    value = clean_text(text)
    if field == "vat_number":
        value = value.replace(" ", "").upper()
    if field == "country":
        value = value.upper()
    if len(value) > MAX_LENGTHS[field]:
        raise InvalidField(
            field,
            translate("Company", "{field} can be at most {count} characters long.").format(
                field=field_label(field), count=MAX_LENGTHS[field]
            ),
        )
    if not value:
        return value
    rules = {
        "phone": (_PHONE, translate("Company", "A phone number has digits, spaces and + ( ) - . / only.")),
        "website": (_WEBSITE, translate("Company", "Enter a web address such as www.example.com.")),
        "vat_number": (
            _VAT,
            translate("Company", "A VAT number has letters and digits only, such as IT12345678901."),
        ),
        "country": (_COUNTRY, translate("Company", "Choose a country from the list.")),
    }
    if field in rules and not rules[field][0].match(value):
        raise InvalidField(field, rules[field][1])
    return value


def clean_person_name(first: str, last: str) -> tuple[str, str]:
    first, last = clean_text(first), clean_text(last)
    if not first and not last:
        raise InvalidField("name", translate("Users", "Enter the person's first or last name."))
    for value, field in ((first, "first_name"), (last, "last_name")):
        limit = USER_MAX_LENGTHS[field]
        if len(value) > limit:
            message = translate("Users", "A name can be at most {count} characters long.")
            raise InvalidField("name", message.format(count=limit))
    return first, last


def clean_optional(field: str, text: str, limit: int | None = None) -> str:
    """A user's optional field (``job_title``, ``phone``) as stored, at most its limit long."""
    limit = USER_MAX_LENGTHS[field] if limit is None else limit
    value = clean_text(text)
    if len(value) > limit:
        raise InvalidField(
            field,
            translate("Users", "This field can be at most {count} characters long.").format(count=limit),
        )
    if field == "phone" and value and not _PHONE.match(value):
        raise InvalidField(
            field, translate("Company", "A phone number has digits, spaces and + ( ) - . / only.")
        )
    return value
