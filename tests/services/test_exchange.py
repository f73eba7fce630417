"""Exporting an account (JSON, CSV, vCard) and importing the JSON back."""

from __future__ import annotations

import csv
import json
from datetime import date
from pathlib import Path

import pytest

from contact_manager.domain.csv_import import ImportFileError
from contact_manager.domain.errors import AccountExists, UserInactive
from contact_manager.domain.roles import Role
from contact_manager.domain.sheet_export import vcard_escape, vcard_fold
from contact_manager.services import exports


@pytest.fixture
def full_account(services, account, people):
    """Every kind of role filled, an outside security address, a deactivated user, details."""
    anna, luca, marta, paolo, giulia = people
    services.accounts.update(
        account.id, address="Via Roma 1, Milano", country="IT", vat_number="IT12345678901"
    )
    services.users.edit(
        account.id,
        anna.user_id,
        first_name="Anna",
        last_name="Rossi",
        email=anna.email,
        job_title="CFO; Finance",
        phone="+39 02 1234",
    )
    services.contacts.set_primary(account.id, anna.user_id)
    services.contacts.add_billing(account.id, luca.user_id)
    services.contacts.add_billing(account.id, anna.user_id)
    services.contacts.set_role(account.id, Role.DECISION_MAKER, marta.user_id)
    services.contacts.set_role(account.id, Role.TECHNICAL_ADMIN, luca.user_id)
    services.contacts.set_security_email(account.id, "soc@outside.example")
    services.users.deactivate(account.id, giulia.user_id)
    services.contacts.mark_reviewed(account.id, date(2026, 10, 1))
    return account


def test_json_round_trip_gives_an_identical_account(services, full_account, tmp_path):
    first = tmp_path / "acme.json"
    services.exchange.export_json(full_account.id, first)
    copy_id = services.exchange.import_json(first, name="Acme Copy")
    second = tmp_path / "copy.json"
    services.exchange.export_json(copy_id, second)
    original, copied = json.loads(first.read_text()), json.loads(second.read_text())
    assert copied["account"].pop("name") == "Acme Copy"
    assert original["account"].pop("name") == "Acme S.p.A."
    assert copied == original
    # and the copy really is an account with the same holders
    sheet = services.contacts.sheet(copy_id)
    assert sheet.primary.email == "anna.rossi@acme.example"
    assert [p.email for p in sheet.billing] == ["luca.bianchi@acme.example", "anna.rossi@acme.example"]
    assert sheet.others[Role.SECURITY].external and sheet.reviewed_on == date(2026, 10, 1)
    assert not services.users.find(copy_id, "giulia.russo@acme.example").active


def test_json_holds_what_an_identical_account_needs(services, full_account):
    data = services.exchange.export_data(full_account.id)
    assert data["account"]["vat_number"] == "IT12345678901" and data["account"]["reviewed_on"] == "2026-10-01"
    assert {"role": "security", "email": "soc@outside.example", "external": True} in data["contacts"]
    assert [u["active"] for u in data["users"] if u["email"].startswith("giulia")] == [False]


def test_import_under_the_same_name_is_refused_and_writes_nothing(services, full_account, tmp_path):
    path = tmp_path / "acme.json"
    services.exchange.export_json(full_account.id, path)
    before = services.accounts.list()
    with pytest.raises(AccountExists):
        services.exchange.import_json(path)
    with pytest.raises(AccountExists):
        services.exchange.import_json(path, name="  acme s.p.a. ")
    assert services.accounts.list() == before


def test_import_into_an_empty_database_keeps_the_name(services, full_account, tmp_path, db_path):
    from contact_manager.services import Services

    path = tmp_path / "acme.json"
    services.exchange.export_json(full_account.id, path)
    other = Services.open(str(tmp_path / "other.db"), actor="tester")
    try:
        new_id = other.exchange.import_json(path)
        assert other.accounts.get(new_id).name == "Acme S.p.A."
        assert other.exchange.export_data(new_id) == services.exchange.export_data(full_account.id)
    finally:
        other.close()


def test_a_broken_document_is_refused_before_anything_is_written(services, full_account, tmp_path):
    data = services.exchange.export_data(full_account.id)
    data["users"] = [dict(u, active=False) if u["email"].startswith("marta") else u for u in data["users"]]
    with pytest.raises(UserInactive):
        services.exchange.import_data(data, name="Broken")
    (tmp_path / "junk.json").write_text("{not json", encoding="utf-8")
    with pytest.raises(ImportFileError):
        services.exchange.import_json(tmp_path / "junk.json", name="Junk")
    with pytest.raises(ImportFileError):
        services.exchange.import_data({"format": "something else"}, name="Other")
    assert [a.name for a in services.accounts.list()] == ["Acme S.p.A."]


def test_csv_export_lists_every_role_and_neutralises_formulas(services, account, people, tmp_path):
    anna = people[0]
    services.users.edit(
        account.id, anna.user_id, first_name="=cmd|' /C calc'!A0", last_name="Rossi", email=anna.email
    )
    services.contacts.set_primary(account.id, anna.user_id)
    services.contacts.add_billing(account.id, people[1].user_id)
    services.contacts.set_security_email(account.id, "soc@outside.example")
    path = tmp_path / "sheet.csv"
    exports.write(services, account.id, "csv", path)
    with path.open(encoding="utf-8-sig", newline="") as stream:
        rows = list(csv.reader(stream))
    assert rows[0] == ["Role", "Name", "Email", "External", "Active"]
    assert rows[1] == ["Account primary contact", "'=cmd|' /C calc'!A0 Rossi", anna.email, "no", "yes"]
    assert rows[2][0] == "Billing contact" and rows[2][2] == people[1].email
    assert rows[3] == ["Security contact", "", "soc@outside.example", "yes", "yes"]


def test_vcard_one_card_per_person_with_roles(services, full_account, tmp_path):
    path = tmp_path / "acme.vcf"
    exports.write(services, full_account.id, "vcard", path)
    raw = path.read_bytes()
    assert b"\n" not in raw.replace(b"\r\n", b"")  # CRLF line ends only
    text = raw.decode("utf-8")
    cards = text.split("BEGIN:VCARD\r\n")[1:]
    assert len(cards) == 4  # Anna, Luca, Marta, and the outside security address
    anna = next(card for card in cards if "anna.rossi@acme.example" in card)
    assert "VERSION:3.0\r\n" in anna and "FN:Anna Rossi\r\n" in anna and "N:Rossi;Anna;;;\r\n" in anna
    assert "TITLE:CFO\\; Finance\r\n" in anna and "TEL;TYPE=WORK,VOICE:+39 02 1234\r\n" in anna
    assert "ORG:Acme S.p.A.\r\n" in anna
    unfolded = anna.replace("\r\n ", "")
    assert "NOTE:Acme S.p.A.: Account primary contact\\, Billing contact\r\n" in unfolded
    outside = next(card for card in cards if "soc@outside.example" in card)
    assert "FN:soc@outside.example" in outside and "Security contact" in outside
    assert all(len(line.encode()) <= 75 for line in text.split("\r\n"))


def test_vcard_escaping_and_folding():
    assert vcard_escape("a,b;c\\d\ne") == "a\\,b\\;c\\\\d\\ne"
    line = "NOTE:" + "è" * 60
    folded = vcard_fold(line)
    parts = folded.split("\r\n ")
    assert len(parts) > 1 and all(len(p.encode()) <= 74 for p in parts[1:]) and len(parts[0].encode()) <= 75
    assert "".join(parts) == line


def test_vcard_turns_every_line_boundary_into_an_escape_and_drops_other_controls():
    value = "a\rb\nc\r\nd\x0be\x0cf\x85g\u2028h\u2029i\x1cj\x1bk\x07l\tm"
    assert vcard_escape(value) == "a\\nb\\nc\\nd\\ne\\nf\\ng\\nh\\ni\\njkl m"


@pytest.mark.sqlite_file  # writes hostile bytes into the file with sqlite3
def test_a_vcard_with_hostile_text_stays_one_card_per_person(services, account, tmp_path):
    """A reader that splits on U+2028, NEL, VT or FF would otherwise see extra cards."""
    import sqlite3

    anna = services.users.add(account.id, "Anna", "Rossi", "anna@acme.example")
    services.contacts.set_primary(account.id, anna.user_id)
    with sqlite3.connect(services.store.path) as raw:
        raw.execute(
            "UPDATE app_user SET job_title = ?",
            ("CFO\u2028END:VCARD\x85BEGIN:VCARD\x0bFN:Mallory\x0cX\u2029Y\x1b[2J",),
        )
    path = tmp_path / "acme.vcf"
    exports.write(services, account.id, "vcard", path)
    text = path.read_bytes().decode("utf-8")
    lines = text.split("\r\n")
    assert text.splitlines() == lines[:-1]  # no line boundary but CRLF, for any reader
    assert lines.count("BEGIN:VCARD") == 1 and lines.count("END:VCARD") == 1
    assert "TITLE:CFO\\nEND:VCARD\\nBEGIN:VCARD\\nFN:Mallory\\nX\\nY[2J" in text.replace("\r\n ", "")


def test_a_failed_write_leaves_no_file_behind(services, full_account, tmp_path, monkeypatch):
    target = tmp_path / "acme.json"
    target.write_text("the previous export", encoding="utf-8")

    def full_disk(self, *args, **kwargs):
        raise OSError(28, "No space left on device")

    monkeypatch.setattr("contact_manager.files.os.replace", full_disk)
    with pytest.raises(OSError):
        services.exchange.export_json(full_account.id, target)
    assert target.read_text(encoding="utf-8") == "the previous export"
    assert sorted(p.name for p in tmp_path.iterdir() if "acme" in p.name) == ["acme.json"]


def test_a_file_exported_by_version_1_still_imports(services, tmp_path):
    """tests/data/account_rossi_figli.json was written once by this format's first version."""
    path = Path(__file__).parent.parent / "data" / "account_rossi_figli.json"
    account_id = services.exchange.import_json(path)
    sheet = services.contacts.sheet(account_id)
    assert sheet.account_name == "Rossi & Figli S.r.l."
    assert sheet.primary.display == "Anna Rossi <anna.rossi@rossiefigli.example>"
    assert [p.short for p in sheet.billing] == ["Luca Bianchi", "Marta Verdi"]
    assert sheet.others[Role.DECISION_MAKER].email == "anna.rossi@rossiefigli.example"
    assert sheet.others[Role.TECHNICAL_ADMIN].first_name == "Niccolò"
    assert sheet.others[Role.SECURITY].external and sheet.others[Role.ONBOARDING] is None
    assert sheet.reviewed_on == date(2026, 9, 15)
    assert services.accounts.get(account_id).details.vat_number == "IT01234567890"
    assert not services.users.find(account_id, "paolo.neri@rossiefigli.example").active
    # and exporting it again gives the file back, byte for byte
    again = services.exchange.export_json(account_id, tmp_path / "again.json")
    assert again.read_bytes() == path.read_bytes()
