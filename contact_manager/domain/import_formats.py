"""User lists as admin consoles and address books export them, recognised by their headers.

One ``ImportFormat`` per export: the headers that identify it, where each field is (header
aliases, first found wins), the columns it deliberately leaves out, and its row rules: a full
name to split, where the address is when there is no plain email column (the primary
``SMTP:`` proxy address, the sign-in name), and which rows are guests, bots or deactivated
members (left out, with the reason). ``format_rows.recognise(header)`` reads a file by
them. Pure, no Qt.

Headers are compared three ways, after removing case and everything but letters and digits:
whole ("emailaddressrequired"), without their decorations ("First Name [Required]" ->
"firstname") and by the attribute in brackets ("First name [givenName]" -> "givenname").
"""

from __future__ import annotations

import re
from dataclasses import dataclass

EXAMPLE_DOMAINS = ("contoso.com", "contoso.onmicrosoft.com")  # Microsoft's templates' examples
ALL_OTHERS = ("*",)  # left_out: every column the aliases don't use (address books have dozens)

GUEST, BOT, DEACTIVATED = "guest", "bot", "deactivated"

_BRACKETS = re.compile(r"\[([^\]]*)\]")
_DECORATION_WORDS = re.compile(r"\b(required|read only|upload only)\s*$", re.IGNORECASE)


def _key(text: str) -> str:
    return "".join(ch for ch in text.casefold() if ch.isalnum())


def header_keys(title: str) -> tuple[str, ...]:
    """The keys a header is known by: whole, without decorations, and its bracketed attribute."""
    text = title.strip().lstrip("\ufeff")
    whole = _key(text)
    plain = _key(_DECORATION_WORDS.sub("", _BRACKETS.sub(" ", text)))
    inside = [_key(part) for part in _BRACKETS.findall(text)]
    attributes = [key for key in inside if key not in ("required", "readonly", "uploadonly")]
    return tuple(dict.fromkeys(key for key in (whole, plain, *attributes) if key))


@dataclass(frozen=True)
class ImportFormat:
    """One export's shape. Keys are compared as ``header_keys`` gives them."""

    key: str
    name: str  # shown in the preview (a product name: not translated)
    signatures: tuple[frozenset[str], ...]  # the file is this format when one is fully present
    aliases: dict[str, tuple[str, ...]]  # field -> header keys, first found wins
    left_out: tuple[str, ...] = ()  # header keys deliberately not imported (ALL_OTHERS: any)
    full_name: tuple[str, ...] = ()  # split when the row has no first and last name
    proxy: tuple[str, ...] = ()  # "SMTP:a@x+smtp:b@y": the primary address
    sign_in: tuple[str, ...] = ()  # the sign-in name, the address when nothing else is
    # (header key, kind, values casefolded; "#ext#" in a value means "contains")
    inactive: tuple[tuple[str, str, tuple[str, ...]], ...] = ()
    several: str = ""  # separator of several values in one cell (Google's " ::: ")
    # a template's example row, which the admin is told to delete: addresses at these domains
    example_domains: tuple[str, ...] = ()


def _sig(*keys: str) -> frozenset[str]:
    return frozenset(keys)


def words(text: str) -> tuple[str, ...]:
    return tuple(text.split())


FORMATS: tuple[ImportFormat, ...] = (
    ImportFormat(
        "entra-template",
        "Microsoft Entra ID (bulk create template)",
        (_sig("displayname", "userprincipalname", "passwordprofile", "accountenabled"),),
        {
            "first_name": ("givenname",),
            "last_name": ("surname",),
            "job_title": ("jobtitle",),
            "phone": ("telephonenumber", "mobile"),
        },
        left_out=words(
            "passwordprofile accountenabled department usagelocation streetaddress state country "
            "physicaldeliveryofficename city postalcode"
        ),
        full_name=("displayname",),
        sign_in=("userprincipalname",),
        inactive=(("accountenabled", DEACTIVATED, ("yes",)),),  # "Block sign in (Yes/No)"
        example_domains=EXAMPLE_DOMAINS,
    ),
    ImportFormat(
        "entra-download",
        "Microsoft Entra ID (download users)",
        (_sig("userprincipalname", "displayname", "givenname", "surname", "usertype"),),
        {
            "first_name": ("givenname",),
            "last_name": ("surname",),
            "email": ("mail",),
            "job_title": ("jobtitle",),
            "phone": ("telephonenumber", "mobilephone"),
        },
        left_out=words(
            "id usertype department accountenabled usagelocation streetaddress state country "
            "officelocation city postalcode alternateemailaddress agegroup consentprovidedforminor "
            "legalagegroupclassification companyname creationtype directorysynced invitationstate "
            "identityissuer createddatetime"
        ),
        full_name=("displayname",),
        sign_in=("userprincipalname",),
        inactive=(
            ("usertype", GUEST, ("guest",)),
            ("userprincipalname", GUEST, ("#ext#",)),
            ("accountenabled", DEACTIVATED, ("false",)),
        ),
    ),
    ImportFormat(
        "m365-export",
        "Microsoft 365 (export users)",
        (_sig("displayname", "userprincipalname", "objectid", "proxyaddresses"),),
        {
            "first_name": ("firstname",),
            "last_name": ("lastname",),
            "job_title": ("title",),  # here Title is the job title
            "phone": ("phonenumber", "mobilephone"),
        },
        left_out=words(
            "objectid dirsyncenabled whencreated softdeletiontimestamp department preferreddatalocation city "
            "countryorregion office stateorprovince usagelocation lastdirsynctime blockcredential "
            "licenses passwordneverexpires lastpasswordchangetimestamp postalcode preferredlanguage "
            "streetaddress fax"
        ),
        full_name=("displayname",),
        proxy=("proxyaddresses",),
        sign_in=("userprincipalname",),
        inactive=(("blockcredential", DEACTIVATED, ("true",)), ("userprincipalname", GUEST, ("#ext#",))),
    ),
    ImportFormat(
        "m365-template",
        "Microsoft 365 (add multiple users template)",
        (_sig("username", "firstname", "lastname", "displayname", "officenumber", "alternateemailaddress"),),
        {
            "first_name": ("firstname",),
            "last_name": ("lastname",),
            "job_title": ("jobtitle",),
            "phone": ("officephone", "mobilephone"),
        },
        left_out=words(
            "department officenumber fax alternateemailaddress address city stateorprovince "
            "ziporpostalcode countryorregion"
        ),
        full_name=("displayname",),
        sign_in=("username",),
        example_domains=EXAMPLE_DOMAINS,
    ),
    ImportFormat(
        "google-workspace",
        "Google Workspace",
        (_sig("firstnamerequired", "lastnamerequired", "emailaddressrequired"),),
        {
            "first_name": ("firstname",),
            "last_name": ("lastname",),
            "email": ("emailaddress",),
            "job_title": ("employeetitle",),
            "phone": ("workphone", "mobilephone"),
        },
        left_out=words(
            "status lastsignin emailusage password passwordhashfunction orgunitpath newprimaryemail "
            "recoveryemail homesecondaryemail worksecondaryemail recoveryphone homephone workaddress "
            "homeaddress employeeid employeetype manageremail department costcenter buildingid "
            "floorname floorsection changepasswordatnextsignin newstatus newlicenses "
            "advancedprotectionprogramenrollment 2svenrolled"
        ),
        inactive=(("status", DEACTIVATED, ("suspended", "archived")),),
    ),
    ImportFormat(
        "slack",
        "Slack (member list)",
        (_sig("username", "email", "status", "billingactive", "userid", "fullname"),),
        {"email": ("email",)},
        left_out=words("username status billingactive has2fa hassso userid displayname expirationtimestamp"),
        full_name=("fullname", "displayname"),
        inactive=(
            ("status", DEACTIVATED, ("deactivated",)),
            ("status", BOT, ("bot",)),
            ("status", GUEST, ("single-channel guest", "multi-channel guest")),
        ),
    ),
    ImportFormat(
        "atlassian",
        "Atlassian",
        (_sig("userid", "username", "email", "userstatus", "addedtoorg"),),
        {"email": ("email",)},
        left_out=words("userid userstatus addedtoorg orgrole lastseenin*"),
        full_name=("username",),  # the display name, not a login
        inactive=(("userstatus", DEACTIVATED, ("suspended", "deactivated", "inactive")),),
    ),
    ImportFormat(
        "salesforce",
        "Salesforce",
        (_sig("id", "username", "lastname", "firstname", "email", "isactive"),),
        {
            "first_name": ("firstname",),
            "last_name": ("lastname",),
            "email": ("email",),
            "job_title": ("title",),
            "phone": ("phone", "mobilephone"),
        },
        left_out=ALL_OTHERS,  # the User object has dozens of fields
        sign_in=("username",),
        inactive=(("isactive", DEACTIVATED, ("false", "0")),),
    ),
    ImportFormat(
        "hubspot",
        "HubSpot",
        tuple(
            _sig("firstname", "lastname", "emailaddress", other)
            for other in ("assignedteams", "assignedrole", "permissions", "lastlogindate")
        ),
        {"first_name": ("firstname",), "last_name": ("lastname",), "email": ("emailaddress",)},
        left_out=words("userid lastlogindate assignedteams assignedrole permissions"),
    ),
    ImportFormat(
        "okta",
        "Okta",
        (_sig("login", "firstname", "lastname", "email"),),
        {
            "first_name": ("firstname",),
            "last_name": ("lastname",),
            "email": ("email",),
            "job_title": ("title",),
            "phone": ("primaryphone", "mobilephone"),
        },
        left_out=ALL_OTHERS,  # the template carries every profile attribute
        full_name=("displayname",),
        sign_in=("login",),
    ),
    ImportFormat(
        "google-contacts",
        "Google Contacts",
        (_sig("firstname", "lastname", "email1value"), _sig("givenname", "familyname", "email1value")),
        {
            "first_name": ("firstname", "givenname"),
            "last_name": ("lastname", "familyname"),
            "email": ("email1value",),
            "job_title": ("organizationtitle", "organization1title"),
            "phone": ("phone1value",),
        },
        left_out=ALL_OTHERS,
        full_name=("name",),
        several=":::",
    ),
    ImportFormat(
        "outlook",
        "Outlook contacts",
        (_sig("title", "firstname", "middlename", "lastname", "suffix", "emailaddress"),),
        {
            "first_name": ("firstname",),
            "last_name": ("lastname",),
            "email": ("emailaddress",),
            "job_title": ("jobtitle",),  # "Title" is Mr./Ms., not the job
            "phone": ("businessphone", "mobilephone"),
        },
        left_out=ALL_OTHERS,
    ),
)
