"""Damaged or hand-edited account JSON: each document is refused with its own message, and
nothing is written (no account, no user, no history row)."""

from __future__ import annotations

import copy
import json
from pathlib import Path

import pytest

from contact_manager.domain.csv_import import ImportFileError
from contact_manager.domain.errors import (
    AccountExists,
    BillingCapReached,
    DuplicateContact,
    DuplicateEmail,
    ExternalNotAllowed,
    InvalidEmail,
    NotFound,
    UserInactive,
)

SAMPLE = Path(__file__).resolve().parents[1] / "data" / "account_rossi_figli.json"
ANNA = "anna.rossi@rossiefigli.example"
PAOLO = "paolo.neri@rossiefigli.example"  # deactivated in the sample


def _sample() -> dict:
    return json.loads(SAMPLE.read_text(encoding="utf-8"))


def _set(path: str, value):
    def change(doc):
        *parents, last = path.split(".")
        target = doc
        for key in parents:
            target = target[int(key)] if isinstance(target, list) else target[key]
        if isinstance(target, list):
            target[int(last)] = value
        else:
            target[last] = value

    return change


def _drop(key: str):
    return lambda doc: doc.pop(key)


def _add_contact(role: str, email: str, external: bool = False):
    return lambda doc: doc["contacts"].append({"role": role, "email": email, "external": external})


def _add_user(email: str):
    def change(doc):
        doc["users"].append(dict(doc["users"][0], email=email))

    return change


def _four_billing(doc):
    """The sample has two billing contacts: two more active users make four."""
    billing = {c["email"] for c in doc["contacts"] if c["role"] == "billing"}
    others = [u["email"] for u in doc["users"] if u["active"] and u["email"] not in billing]
    for email in others[:2]:
        doc["contacts"].append({"role": "billing", "email": email, "external": False})


# A file that is not a readable account export, refused as an ImportFileError:
# (what was done to the file, the change, words of the message)
UNREADABLE = [
    ("not our format", _set("format", "someone-else/account"), "not an account exported"),
    ("newer format version", _set("format_version", 99), "newer version"),
    ("no users list", _drop("users"), "incomplete"),
    ("contacts not a list", _set("contacts", {"role": "primary"}), "incomplete"),
    ("a user that is not an object", _set("users.0", "Luca Bianchi"), "incomplete"),
    ("active that is not true or false", _set("users.0.active", "yes"), "incomplete"),
    ("a review date that is no date", _set("account.reviewed_on", "15/09/2026"), "not a date"),
    ("an unknown role", _add_contact("ceo", ANNA), "no known role"),
    ("a contact without a role", _set("contacts.0", {"email": ANNA}), "no known role"),
]
# A readable file whose data break a rule: (what was done, the change, the error, words of its message)
BREAKING = [
    ("the same address twice", _add_user(ANNA.upper()), DuplicateEmail, ANNA.upper().split("@")[0]),
    ("an address that is no address", _set("users.0.email", "luca.bianchi"), InvalidEmail, "luca.bianchi"),
    (
        "a contact who is not a user",
        _add_contact("onboarding", "ghost@rossiefigli.example"),
        NotFound,
        "ghost",
    ),
    ("a deactivated holder", _add_contact("onboarding", PAOLO), UserInactive, "Paolo Neri"),
    (
        "a role given twice",
        _add_contact("primary", PAOLO.replace("paolo.neri", "luca.bianchi")),
        DuplicateContact,
        "Luca Bianchi",
    ),
    ("four billing contacts", _four_billing, BillingCapReached, "3"),
    (
        "an outside address on a role other than security",
        _add_contact("onboarding", "help@outside.example", external=True),
        ExternalNotAllowed,
        "",
    ),
]
CASES = [(label, change, ImportFileError, words) for label, change, words in UNREADABLE] + BREAKING


def _counts(services) -> tuple:
    db = services.store.db
    return tuple(
        db.execute_sql(f"SELECT count(*) FROM {t}").fetchone()[0]
        for t in ("account", "app_user", "role_assignment", "history")
    )


def test_the_sample_itself_imports(services):
    account_id = services.exchange.import_data(_sample(), source=SAMPLE.name)
    assert services.accounts.get(account_id).name == "Rossi & Figli S.r.l."


@pytest.mark.parametrize(("label", "change", "error", "words"), CASES, ids=[c[0] for c in CASES])
def test_a_damaged_document_is_refused_and_writes_nothing(services, tmp_path, label, change, error, words):
    document = copy.deepcopy(_sample())
    change(document)
    path = tmp_path / "edited.json"
    path.write_text(json.dumps(document), encoding="utf-8")
    before_file = path.read_bytes()
    before = _counts(services)
    with pytest.raises(error) as info:
        services.exchange.import_json(path)
    assert words in info.value.message, info.value.message
    assert _counts(services) == before
    assert path.read_bytes() == before_file


def test_an_account_of_the_same_name_is_refused_and_writes_nothing(services, tmp_path):
    services.exchange.import_data(_sample())
    before = _counts(services)
    path = tmp_path / "again.json"
    path.write_text(SAMPLE.read_text(encoding="utf-8"), encoding="utf-8")
    with pytest.raises(AccountExists) as info:
        services.exchange.import_json(path)
    assert "Rossi & Figli S.r.l." in info.value.message
    assert _counts(services) == before


@pytest.mark.parametrize(
    ("content", "words"),
    [
        (b'{"format": ', "not a JSON file"),
        (b"\xff\xfe\x00garbage", "not a JSON file"),
        (b"[]", "not an account"),
    ],
)
def test_a_file_that_is_no_account_document_is_refused(services, tmp_path, content, words):
    path = tmp_path / "broken.json"
    path.write_bytes(content)
    before = _counts(services)
    with pytest.raises(ImportFileError) as info:
        services.exchange.import_json(path)
    assert words in info.value.message
    assert _counts(services) == before
    assert path.read_bytes() == content
